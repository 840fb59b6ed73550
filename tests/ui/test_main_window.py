"""The main window on a real SQLite database: sections, workspace switcher, state, shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studio.app import Studio, build_main_window, start_grammar_with_the_composer
from studio.settings import GrammarMode, Settings, UiStateStore
from studio.ui.main_window import (
    SECTIONS,
    MainWindow,
    Section,
    grammar_backend_text,
    grammar_status_text,
    short_location,
    standard_key,
)
from studio.ui.preferences import PreferencesDialog
from studio.ui.workspace_dialog import NewWorkspaceDialog

MakeStudio = Callable[..., Studio]
MakeWindow = Callable[..., MainWindow]


def switcher_entries(window: MainWindow) -> list[tuple[str, object]]:
    combo = window.workspace_combo
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, f"action_{name}")
    assert found is not None, name
    return found


def show(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_window_lists_workspaces_from_the_database(
    make_studio: MakeStudio, make_window: MakeWindow
) -> None:
    studio = make_studio(workspaces=("Zebra Bakery", "Acorn Studio"))
    window = make_window(studio)

    ids = {w.name: w.id for w in studio.workspaces.workspaces}
    assert switcher_entries(window) == [
        ("All workspaces", None),
        ("Acorn Studio", ids["Acorn Studio"]),
        ("Zebra Bakery", ids["Zebra Bakery"]),
    ]
    assert window.current_workspace() is None
    assert window.calendar_empty.title_label.text() == "Calendar"
    assert "2 workspaces" in window.calendar_empty.text_label.text()
    assert window.calendar_compose_button.isVisibleTo(window.calendar_empty)
    assert not window.calendar_new_workspace_button.isVisibleTo(window.calendar_empty)


def test_without_workspaces_the_calendar_says_how_to_start(make_window: MakeWindow) -> None:
    window = make_window()
    assert switcher_entries(window) == [("All workspaces", None)]
    assert window.current_section() is Section.CALENDAR  # the first run starts at the calendar
    assert window.calendar_empty.title_label.text() == "No workspaces yet"
    assert "studio demo" in window.calendar_empty.text_label.text()
    assert window.calendar_new_workspace_button.isVisibleTo(window.calendar_empty)


def test_every_section_has_an_empty_state_with_a_title_and_a_sentence(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    pages = [
        window.composer_empty,
        window.calendar_empty,
        window.library_empty,
        window.review_empty,
    ]
    for page in pages:
        assert page.title_label.text().strip()
        assert len(page.text_label.text()) > 40
        assert not page.icon_label.pixmap().isNull()


def test_sections_switch_with_ctrl_and_a_number(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    show(window, qtbot)
    for number, section in reversed(list(enumerate(SECTIONS, start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() is section
        assert window.nav_list.currentRow() == number - 1
        assert window.stack.currentIndex() == number - 1
        assert action(window, f"show_{section.value}").isChecked()
        assert sum(a.isChecked() for a in window.section_actions.values()) == 1


def test_clicking_the_navigation_switches_sections(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    show(window, qtbot)
    nav = window.nav_list
    rect = nav.visualItemRect(nav.item(2))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section() is Section.LIBRARY
    assert window.stack.currentWidget() is window.section_pages[Section.LIBRARY]


def test_menus_show_the_standard_shortcuts(make_window: MakeWindow) -> None:
    window = make_window()
    key = QKeySequence.StandardKey
    expected = {
        "new_post": QKeySequence(key.New),
        "quit": standard_key(key.Quit, "Ctrl+Q"),
        "undo": QKeySequence(key.Undo),
        "redo": QKeySequence(key.Redo),
        "cut": QKeySequence(key.Cut),
        "copy": QKeySequence(key.Copy),
        "paste": QKeySequence(key.Paste),
        "select_all": QKeySequence(key.SelectAll),
        "save_revision": QKeySequence(key.Save),
        "show_composer": QKeySequence("Ctrl+1"),
        "show_calendar": QKeySequence("Ctrl+2"),
        "show_library": QKeySequence("Ctrl+3"),
        "show_review": QKeySequence("Ctrl+4"),
    }
    for name, sequence in expected.items():
        assert action(window, name).shortcut() == sequence, name
    assert action(window, "new_post").shortcut() == QKeySequence("Ctrl+N")
    assert not action(window, "full_screen").shortcut().isEmpty()
    assert not action(window, "preferences").shortcut().isEmpty()
    assert not action(window, "show_feedback").shortcut().isEmpty()
    edit_menu = window.findChild(QMenu, "menu_edit")
    insert = next(a for a in edit_menu.actions() if a.objectName() == "action_insert_snippet")
    assert insert.shortcut() == QKeySequence("Ctrl+Shift+I")  # shown next to the entry

    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Review", "Help"]
    file_menu = window.findChild(QMenu, "menu_file")
    file_actions = [a.objectName() for a in file_menu.actions() if not a.isSeparator()]
    assert file_actions == [
        "action_new_post",
        "action_new_workspace",
        "action_save_revision",
        "action_open_review",
        "action_import",
        "action_export",
        "action_quit",
    ]


def test_shortcuts_dialog_lists_every_action_with_a_shortcut(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    dialog = window.shortcuts_dialog()
    qtbot.addWidget(dialog)
    table = dialog.findChild(QWidget, "shortcuts_table")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["New Post"] == QKeySequence("Ctrl+N").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert rows["Review"] == QKeySequence("Ctrl+4").toString(QKeySequence.SequenceFormat.NativeText)
    assert "Quit" in rows
    assert rows["Open Review File"] == QKeySequence(QKeySequence.StandardKey.Open).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def test_compose_mode_opens_a_new_draft_with_focus_in_the_text(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(compose=True)
    show(window, qtbot)
    assert window.current_section() is Section.COMPOSER
    assert window.composer_stack.currentWidget() is window.composer
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.composer.body_edit)

    qtbot.keyClicks(window.composer.body_edit, "Hello ")
    # QTest cannot type characters outside the BMP; paste-like insertion stands in for them.
    window.composer.body_edit.insertPlainText("👋🏽")
    assert window.composer.body_edit.toPlainText() == "Hello 👋🏽"
    assert window.composer.count_label.text() == "7 characters"


def test_new_post_shortcut_opens_the_composer_from_anywhere(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    show(window, qtbot)
    assert window.composer_stack.currentWidget() is window.composer_empty
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() is Section.COMPOSER
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.composer.body_edit)


def test_edit_menu_acts_on_the_focused_field(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(compose=True)
    show(window, qtbot)
    title = window.composer.title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(title, "Spring menu")

    action(window, "select_all").trigger()
    assert title.selectedText() == "Spring menu"
    action(window, "cut").trigger()
    assert title.text() == ""
    action(window, "paste").trigger()
    action(window, "paste").trigger()
    assert title.text() == "Spring menuSpring menu"
    action(window, "undo").trigger()
    assert title.text() == "Spring menu"


def test_switcher_choice_and_section_are_remembered(
    make_studio: MakeStudio, make_window: MakeWindow, qtbot: QtBot
) -> None:
    studio = make_studio(workspaces=("Acorn Studio", "Zebra Bakery"))
    window = make_window(studio)
    show(window, qtbot)
    selected: list[object] = []
    window.workspace_selected.connect(selected.append)

    window.workspace_combo.setCurrentIndex(window.workspace_combo.findText("Zebra Bakery"))
    window.show_section(Section.REVIEW)
    window.resize(760, 520)  # inside the offscreen screen (800×600)
    window.close()

    zebra = next(w for w in studio.workspaces.workspaces if w.name == "Zebra Bakery")
    assert selected == [zebra]
    saved = UiStateStore(studio.paths.ui_state_file).load()
    assert saved.last_workspace_id == zebra.id
    assert saved.last_section == "review"

    reopened = make_window(make_studio())
    assert reopened.current_workspace() == zebra
    assert reopened.workspace_combo.currentText() == "Zebra Bakery"
    assert reopened.current_section() is Section.REVIEW
    assert (reopened.width(), reopened.height()) == (760, 520)
    assert reopened.calendar_empty.title_label.text() == "Calendar: Zebra Bakery"
    assert "Europe/Berlin" in reopened.calendar_empty.text_label.text()


def test_a_remembered_workspace_that_is_gone_falls_back_to_all(
    make_studio: MakeStudio, make_window: MakeWindow
) -> None:
    studio = make_studio(workspaces=("Acorn Studio",))
    studio.ui_state_store.save(studio.ui_state.replace(last_workspace_id=9999, last_section="x"))
    window = make_window(make_studio())
    assert window.current_workspace() is None
    assert window.workspace_combo.currentIndex() == 0
    assert window.current_section() is Section.CALENDAR


def test_status_bar_names_the_database_and_the_grammar_backend(
    make_studio: MakeStudio, make_window: MakeWindow
) -> None:
    studio = make_studio()
    window = make_window(studio)
    assert str(studio.paths.database_file) in window.database_label.text()
    # No LanguageTool here: the analysis says so, and the status bar says it in plain words.
    assert window.grammar_label.text() == (
        "Grammar: spelling only, on this computer (LanguageTool not available)"
    )


def test_grammar_backend_wording() -> None:
    settings = Settings()
    off = Settings(grammar_mode=GrammarMode.OFF)
    assert grammar_backend_text("Grammar checks off", off) == "Grammar: off"
    assert grammar_backend_text("Offline spelling", settings) == (
        "Grammar: spelling only, on this computer"
    )
    assert grammar_backend_text("Local LanguageTool", settings) == "Grammar: Local LanguageTool"
    failure = "Grammar check unavailable: the server at lt.example did not answer"
    assert grammar_backend_text(failure, settings) == failure


def test_grammar_status_wording() -> None:
    assert grammar_status_text(Settings(grammar_mode=GrammarMode.OFF)) == "Grammar: off"
    remote = Settings(languagetool_server_url="https://lt.agency.example:8081/v2")
    assert grammar_status_text(remote) == "Grammar: LanguageTool at lt.agency.example:8081"
    local = Settings(grammar_mode=GrammarMode.LOCAL)
    assert grammar_status_text(local) == "Grammar: LanguageTool on this computer"
    assert "no server" in grammar_status_text(Settings(grammar_mode=GrammarMode.SERVER))
    # Spelling only says so even when a server is configured: nothing is sent to it.
    spelling = Settings(
        grammar_mode=GrammarMode.OFFLINE_SPELLING,
        languagetool_server_url="https://lt.agency.example/v2",
    )
    assert grammar_status_text(spelling) == "Grammar: spelling only, on this computer"
    assert grammar_status_text(Settings(grammar_mode=GrammarMode.AUTO)) == (
        "Grammar: on this computer"
    )


def unnamed_interactive_widgets(root: QWidget) -> list[str]:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QListWidget)
    unnamed = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        if isinstance(widget.parent(), QComboBox | QLineEdit):  # their own parts: the parent speaks
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue  # Qt names a button by its text for assistive technology
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r} in {widget.parent()}")
    return unnamed


def test_interactive_widgets_have_accessible_names(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(compose=True)
    show(window, qtbot)
    assert unnamed_interactive_widgets(window) == []


def test_dialog_widgets_have_accessible_names(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    for dialog in (
        NewWorkspaceDialog(set(), window),
        PreferencesDialog(Settings(), window),
        window.shortcuts_dialog(),
    ):
        assert dialog.accessibleName()
        assert unnamed_interactive_widgets(dialog) == [], type(dialog).__name__


def test_tab_moves_from_the_switcher_to_the_sections_and_into_the_page(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    # Tool bar buttons take no focus (as everywhere in Qt); their commands are in the menus.
    window = make_window()
    show(window, qtbot)
    window.workspace_combo.setFocus()
    qtbot.waitUntil(window.workspace_combo.hasFocus)
    order = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [window.nav_list, window.calendar_new_workspace_button]


def test_full_screen_toggles(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    show(window, qtbot)
    action(window, "full_screen").trigger()
    qtbot.waitUntil(window.isFullScreen)
    action(window, "full_screen").trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_home_folder_is_shown_as_a_tilde(monkeypatch) -> None:
    monkeypatch.setenv("HOME", "/home/ana")
    assert short_location("/home/ana/.local/share/studio.sqlite3") == (
        "~/.local/share/studio.sqlite3"
    )
    assert short_location("/home/anabel/studio.sqlite3") == "/home/anabel/studio.sqlite3"
    assert short_location("postgresql+psycopg://db/studio") == "postgresql+psycopg://db/studio"


def test_a_repaired_settings_file_is_mentioned_in_the_status_bar(
    make_studio: MakeStudio, make_window: MakeWindow
) -> None:
    studio = make_studio()
    studio.paths.settings_file.write_text("{ not json", encoding="utf-8")
    window = make_window(make_studio())
    message = window.statusBar().currentMessage()
    assert "preferences could not be read" in message
    assert "settings.broken-" in message


def test_a_section_page_replaces_its_placeholder(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    show(window, qtbot)
    page = QLabel("the library")
    window.set_section_page(Section.LIBRARY, page)
    window.show_section(Section.LIBRARY)
    assert window.stack.currentWidget() is page
    assert window.section_pages[Section.LIBRARY] is page
    assert window.stack.count() == len(Section)


def test_grammar_warms_up_when_the_composer_is_first_shown(
    make_studio: Callable[..., Studio], qtbot: QtBot
) -> None:
    studio = make_studio(workspaces=("Bakery",))
    window = build_main_window(studio, start_grammar=False)
    qtbot.addWidget(window)
    window.show_section(Section.CALENDAR)
    start_grammar_with_the_composer(window, studio)
    assert studio.grammar is None  # planning the calendar loads no dictionary
    window.show_section(Section.COMPOSER)
    assert studio.grammar is not None  # synchronous tasks: ready at once
