"""Feedback on a draft: rule packs, code checks, grammar. Plain Python, no Qt, no storage."""
