"""Themes, preferences, and the compiled icon resources."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.settings import GrammarMode, Settings, SettingsStore, Theme
from studio.ui.main_window import MainWindow
from studio.ui.preferences import PreferencesDialog
from studio.ui.theme import apply_theme, is_dark

ROOT = Path(__file__).resolve().parents[2]


def load_build_resources() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_resources", ROOT / "packaging" / "build_resources.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_resources", module)
    spec.loader.exec_module(module)
    return module


def test_dark_and_light_themes_change_the_palette(app: QApplication) -> None:
    apply_theme(app, Theme.DARK)
    assert is_dark(app.palette())
    apply_theme(app, Theme.LIGHT)
    assert not is_dark(app.palette())
    light_text = app.palette().color(QPalette.ColorRole.WindowText)
    assert light_text.lightness() < 100  # dark text on a light window: readable


def test_navigation_keeps_readable_text_in_both_themes(
    make_window: Callable[..., MainWindow], app: QApplication, qtbot: QtBot
) -> None:
    window = make_window()
    for theme in (Theme.DARK, Theme.LIGHT):
        apply_theme(app, theme)
        window.show()
        qtbot.waitExposed(window)
        sheet = window.nav_list.styleSheet()
        text = window.palette().color(QPalette.ColorRole.WindowText).name()
        assert f"color: {text}" in sheet


def test_preferences_are_saved_and_applied(
    make_studio: Callable[..., Studio],
    make_window: Callable[..., MainWindow],
    app: QApplication,
    qtbot: QtBot,
) -> None:
    studio = make_studio()
    window = make_window(studio)
    changed: list[Settings] = []
    window.settings_changed.connect(changed.append)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.author_edit.setText("Ana")
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
        dialog.grammar_combo.setCurrentIndex(dialog.grammar_combo.findData("off"))
        dialog.accept()

    QTimer.singleShot(0, choose)
    window.open_preferences()

    expected = Settings(author_name="Ana", theme=Theme.DARK, grammar_mode=GrammarMode.OFF)
    assert changed == [expected]
    assert SettingsStore(studio.paths.settings_file).load() == expected
    assert is_dark(app.palette())
    assert window.grammar_label.text() == "Grammar: off"


def test_preferences_refuse_a_malformed_server_address(app: QApplication, qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.server_edit.setText("lt.example.org")
    assert "http" in dialog.problem_label.text()
    dialog.accept()
    assert dialog.result() == 0
    dialog.server_edit.setText("https://lt.example.org")
    assert dialog.problem() == ""
    assert dialog.settings().languagetool_server_url == "https://lt.example.org"


def test_compiled_resources_match_their_sources() -> None:
    build = load_build_resources()
    assert build.recorded_digest() == build.inputs_digest(), (
        "studio/ui/resources_rc.py is stale: run `uv run python packaging/build_resources.py`"
    )


def test_every_listed_icon_renders(app: QApplication) -> None:
    build = load_build_resources()
    import studio.ui.resources_rc  # noqa: F401

    for path in build.listed_files():
        name = path.relative_to(build.QRC_FILE.parent).as_posix()
        icon = QIcon(f":/{name}")
        image: QImage = icon.pixmap(QSize(48, 48)).toImage()
        assert not image.isNull(), name
        opaque = sum(
            image.pixelColor(x, y).alpha() > 0 for x in range(0, 48, 3) for y in range(0, 48, 3)
        )
        assert opaque > 10, f"{name} rendered empty"


def test_the_staleness_check_notices_an_edited_icon(tmp_path: Path) -> None:
    build = load_build_resources()
    copy = tmp_path / "resources"
    shutil.copytree(build.QRC_FILE.parent / "icons", copy / "icons")
    qrc = copy / "studio.qrc"
    shutil.copy(build.QRC_FILE, qrc)
    original = build.inputs_digest(qrc)
    assert original == build.inputs_digest()

    icon = copy / "icons" / "review.svg"
    icon.write_text(icon.read_text(encoding="utf-8").replace("#5c7cfa", "#ff0000"), "utf-8")
    assert build.inputs_digest(qrc) != original


def test_system_theme_restores_the_style_it_started_with(app: QApplication) -> None:
    apply_theme(app, Theme.SYSTEM)
    native = app.style().name()
    apply_theme(app, Theme.DARK)
    apply_theme(app, Theme.SYSTEM)
    assert app.style().name() == native
    assert app.palette() == QPalette()
