"""Light, dark, or whatever the desktop uses.

Qt 6.8+ can ask the platform for a colour scheme (`QStyleHints.setColorScheme`); desktops that
honour it give native colours. Where the platform ignores the request (the offscreen platform of
tests and screenshots, older desktops), the Fusion style gets an explicit palette instead, so the
person's choice always shows.

Widgets never hard-code colours: they take them from the palette, so both schemes look right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from studio.settings import Theme

ACCENT = QColor("#4c6ef5")  # the studio's blue, also the icons' colour
ACCENT_ON_DARK = QColor("#748ffc")


_NATIVE_STYLE = "studio_native_style"  # app property: the style before we forced Fusion


def apply_theme(app: QApplication, theme: Theme) -> None:
    hints = QGuiApplication.styleHints()
    if theme is Theme.SYSTEM:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        native = app.property(_NATIVE_STYLE)
        if native and app.style().name() != native:
            app.setStyle(native)
        app.setPalette(QPalette())
        return
    wanted = Qt.ColorScheme.Dark if theme is Theme.DARK else Qt.ColorScheme.Light
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted:
        app.setPalette(QPalette())  # the platform follows: use its own colours
        return
    if not app.property(_NATIVE_STYLE):
        app.setProperty(_NATIVE_STYLE, app.style().name())
    # Fusion draws everything from the palette; native styles may ignore parts of it.
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme is Theme.DARK else light_palette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent_for(palette: QPalette) -> QColor:
    return ACCENT_ON_DARK if is_dark(palette) else ACCENT


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#f3f4f7",
            role.WindowText: "#1f2330",
            role.Base: "#ffffff",
            role.AlternateBase: "#f0f2f7",
            role.Text: "#1f2330",
            role.PlaceholderText: "#7b8194",
            role.Button: "#e9ebf1",
            role.ButtonText: "#1f2330",
            role.BrightText: "#ffffff",
            role.Highlight: ACCENT.name(),
            role.HighlightedText: "#ffffff",
            role.ToolTipBase: "#1f2330",
            role.ToolTipText: "#ffffff",
            role.Link: "#364fc7",
            role.Mid: "#c5c9d6",
            role.Midlight: "#dfe2ea",
            role.Dark: "#a3a9ba",
            role.Shadow: "#6b7080",
            role.Light: "#ffffff",
        },
        disabled_text="#9da2b3",
    )


def dark_palette() -> QPalette:
    role = QPalette.ColorRole
    return _palette(
        {
            role.Window: "#24262d",
            role.WindowText: "#e6e8ee",
            role.Base: "#1b1d22",
            role.AlternateBase: "#2a2d35",
            role.Text: "#e6e8ee",
            role.PlaceholderText: "#8b90a0",
            role.Button: "#30333c",
            role.ButtonText: "#e6e8ee",
            role.BrightText: "#ffffff",
            role.Highlight: "#4c6ef5",
            role.HighlightedText: "#ffffff",
            role.ToolTipBase: "#e6e8ee",
            role.ToolTipText: "#1b1d22",
            role.Link: ACCENT_ON_DARK.name(),
            role.Mid: "#464a56",
            role.Midlight: "#3a3d47",
            role.Dark: "#15161a",
            role.Shadow: "#0b0c0e",
            role.Light: "#4a4e5a",
        },
        disabled_text="#6f7483",
    )
