"""The window in German: catalogues chosen by --lang / STUDIO_LANG / the system, and loaded."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from studio.ui.i18n import (
    LANGUAGE_ENV,
    chosen_language,
    install_translators,
    language_code,
    remove_translators,
)
from studio.ui.main_window import MainWindow, Section
from studio.ui.workspace_dialog import NewWorkspaceDialog

ROOT = Path(__file__).resolve().parents[2]
# Strings a German-speaking person sees first: they must all be translated.
REQUIRED_CONTEXTS = ("MainWindow", "Section", "NewWorkspaceDialog")


@pytest.fixture
def german(app: QApplication) -> Iterator[list[QTranslator]]:
    translators = install_translators(app, "de")
    yield translators
    remove_translators(app, translators)


def menu_titles(window: MainWindow) -> list[str]:
    return [
        action.menu().title()
        for action in window.menuBar().actions()
        if isinstance(action.menu(), QMenu)
    ]


def test_with_german_loaded_the_file_menu_reads_datei(
    german: list[QTranslator], make_window: Callable[..., MainWindow]
) -> None:
    assert len(german) == 2  # Content Studio's catalogue and Qt's own

    window = make_window()

    assert menu_titles(window) == ["&Datei", "&Bearbeiten", "&Ansicht", "&Prüfen", "&Hilfe"]
    file_menu = window.findChild(QMenu, "menu_file")
    assert file_menu is not None and file_menu.accessibleName() == "Datei"
    assert [window.nav_list.item(row).text() for row in range(window.nav_list.count())] == [
        Section.COMPOSER.title,
        Section.CALENDAR.title,
        Section.LIBRARY.title,
        Section.REVIEW.title,
    ]
    assert Section.CALENDAR.title == "Kalender"
    assert window.quit_action.text() == "&Beenden"


def test_the_workspace_dialog_in_german_down_to_qts_own_buttons(
    german: list[QTranslator], qtbot: QtBot
) -> None:
    dialog = NewWorkspaceDialog(set())
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "Neuer Arbeitsbereich"
    assert dialog.ok_button.text() == "Anlegen"
    assert dialog.problem() == "Gib dem Arbeitsbereich einen Namen."
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"  # from Qt's qtbase_de catalogue


def test_english_needs_no_catalogue(app: QApplication, make_window) -> None:
    assert install_translators(app, "en") == []
    assert menu_titles(make_window())[0] == "&File"


def test_a_language_without_a_catalogue_stays_english(
    app: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    assert install_translators(app, "xx") == []
    assert "'xx'" in caplog.text
    assert Section.CALENDAR.title == "Calendar"


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("de", "de"),
        ("de_DE", "de"),
        ("de-AT", "de"),
        ("de_CH.UTF-8", "de"),
        ("EN", "en"),
        ("C", "en"),  # what QLocale.system() says under LANG=C
        ("POSIX", "en"),
        ("C.UTF-8", "en"),
    ],
)
def test_language_code(tag: str, code: str) -> None:
    assert language_code(tag) == code


def test_the_choice_comes_from_the_caller_then_the_environment_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    system = language_code(QLocale.system().name()) or "en"
    assert chosen_language() == system
    monkeypatch.setenv(LANGUAGE_ENV, "de_DE")
    assert chosen_language() == "de"
    assert chosen_language("en") == "en"


def test_the_german_catalogue_covers_the_window_and_the_workspace_dialog() -> None:
    tree = ElementTree.parse(ROOT / "resources" / "i18n" / "studio_de.ts")
    untranslated = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in tree.getroot().iter("context")
        if context.findtext("name") in REQUIRED_CONTEXTS
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == []


def _update_translations() -> ModuleType:
    path = ROOT / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_compiled_catalogue_matches_its_source() -> None:
    assert _update_translations().stale_languages() == [], (
        "resources/i18n/*.qm is stale: run `uv run python packaging/update_translations.py`"
    )


def test_a_german_system_locale_chooses_german(tmp_path: Path) -> None:
    # QLocale.system() is read once per process, so ask a fresh one with a German environment.
    env = {k: v for k, v in os.environ.items() if k not in (LANGUAGE_ENV, "LANGUAGE", "LC_ALL")}
    env.update(LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8", QT_QPA_PLATFORM="offscreen")
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from studio.ui.i18n import chosen_language\n"
        "app = QCoreApplication([])\n"
        "print(chosen_language())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "de"


def test_strings_outside_qobject_methods_are_translated_too(german: list[QTranslator]) -> None:
    # lupdate files bare tr() calls (models, module helpers) under the empty context.
    from studio.ui.i18n import tr

    assert tr("Changes requested") == "Änderungen erbeten"


def test_english_counts_read_in_the_singular_and_the_plural() -> None:
    from studio.ui.i18n import tr

    assert tr("%n issue(s) found", "", 1) == "1 issue found"
    assert tr("%n issue(s) found", "", 4) == "4 issues found"
    assert tr("%n issue(s) found", "", 0) == "0 issues found"
    assert tr("Issues") == "Issues"


def test_plural_messages_reach_the_catalogue_as_numerus_forms() -> None:
    """lupdate must see the count, or a translator could not give each plural its form."""
    tree = ElementTree.parse(ROOT / "resources" / "i18n" / "studio_de.ts")
    numerus = {
        message.findtext("source")
        for message in tree.iter("message")
        if message.get("numerus") == "yes"
    }
    assert "%n issue(s) found" in numerus
    assert "%n comment(s) added" in numerus


def test_dates_follow_the_window_s_language(german: list[QTranslator]) -> None:
    assert QLocale().dayName(1, QLocale.FormatType.LongFormat) == "Montag"


def test_the_calendar_names_a_month_in_the_window_s_language(german: list[QTranslator]) -> None:
    from datetime import date

    from studio.ui.calendar_views import _first_of_month

    assert _first_of_month(date(2026, 11, 1)).startswith("1. Nov")


def test_an_english_or_c_locale_names_the_month_first() -> None:
    from datetime import date

    from studio.ui.calendar_views import _first_of_month

    assert _first_of_month(date(2026, 11, 1)) == "Nov 1"
