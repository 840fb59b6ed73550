"""Widgets, windows, item models and dialogs."""
