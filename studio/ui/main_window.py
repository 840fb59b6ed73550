"""The main window: navigation between the four sections, the workspace switcher, menus, status.

    Composer  — write one post, adapt it per network (issue 4)
    Calendar  — plan posts per workspace, month by month (issue 5)
    Library   — images with alt text and crops (issue 6)
    Review    — drafts waiting for a decision, comments (issue 7)

Sections that are not built yet show an empty state that says what will be there and offers the
next useful step, so the shell never looks unfinished. The window runs no SQL and starts no
threads: it asks WorkspaceService, which writes through the TaskRunner.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import studio.ui.resources_rc  # noqa: F401  (registers the :/icons/… resources)
from studio import __version__
from studio.services.analysis import AnalysisService
from studio.services.drafts import DraftService
from studio.services.workspaces import NewWorkspace, WorkspaceService
from studio.settings import GrammarMode, Settings, SettingsStore, UiState, UiStateStore
from studio.storage.records import WorkspaceData
from studio.ui.composer import ComposerWidget
from studio.ui.empty_state import EmptyState
from studio.ui.i18n import tr
from studio.ui.theme import accent_for, apply_theme
from studio.ui.workspace_dialog import NewWorkspaceDialog, colour_swatch, system_time_zone


class Section(StrEnum):
    COMPOSER = "composer"
    CALENDAR = "calendar"
    LIBRARY = "library"
    REVIEW = "review"

    @property
    def title(self) -> str:
        titles = {
            Section.COMPOSER: QCoreApplication.translate("Section", "Composer"),
            Section.CALENDAR: QCoreApplication.translate("Section", "Calendar"),
            Section.LIBRARY: QCoreApplication.translate("Section", "Library"),
            Section.REVIEW: QCoreApplication.translate("Section", "Review"),
        }
        return titles[self]

    @property
    def icon(self) -> QIcon:
        return QIcon(f":/icons/{self.value}.svg")


SECTIONS = tuple(Section)
NAV_ICON_SIZE = QSize(24, 24)
# Roomy enough for the navigation, the composer, its details and the feedback dock side by side;
# never more than most of the screen (at 200 % scaling a 1920 px screen is 960 px wide).
DEFAULT_SIZE = QSize(1360, 860)
FEEDBACK_DOCK_WIDTH = 360
FEEDBACK_DOCK_MIN_WIDTH = 260
NAV_WIDTH = 172


class SectionStack(QStackedWidget):
    """The sections' pages, as wide as the page on show needs.

    A plain QStackedWidget asks for the widest of all its pages, so the calendar's toolbar would
    keep the composer (with the feedback dock beside it) from fitting a 1280 px laptop screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else QSize(0, 0)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page else super().sizeHint()


def standard_key(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's shortcut for `key`; `fallback` where the platform defines none.

    Some platforms (and Qt's generic theme) leave Quit, Preferences or Full Screen unbound, and a
    menu entry without a shortcut is one a keyboard user cannot reach quickly.
    """
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(fallback)


def default_window_size(available: QSize) -> QSize:
    """DEFAULT_SIZE, or 90 % of the screen where that is smaller."""
    return DEFAULT_SIZE.boundedTo(QSize(available.width() * 9 // 10, available.height() * 9 // 10))


def short_location(location: str) -> str:
    """A path under the home folder as ~/…, the way people recognise it; anything else as is."""
    home = str(Path.home())
    if home not in ("", "/") and (location == home or location.startswith(home + os.sep)):
        return "~" + location[len(home) :]
    return location


def grammar_status_text(settings: Settings) -> str:
    """Where grammar checks run, for the status bar (ARCHITECTURE.md, "Offline and privacy").

    Said before the backend has started; `grammar_backend_text` refines it once it answers.
    (Literal `translate` calls, so pyside6-lupdate can collect the strings.)
    """
    mode = settings.grammar_mode
    if mode is GrammarMode.OFF:
        return QCoreApplication.translate("MainWindow", "Grammar: off")
    if mode is GrammarMode.OFFLINE_SPELLING:
        return QCoreApplication.translate("MainWindow", "Grammar: spelling only, on this computer")
    if mode is GrammarMode.LOCAL:
        return QCoreApplication.translate("MainWindow", "Grammar: LanguageTool on this computer")
    if settings.languagetool_server_url:
        host = settings.languagetool_server_url.split("://", 1)[-1].split("/", 1)[0]
        return QCoreApplication.translate("MainWindow", "Grammar: LanguageTool at {host}").format(
            host=host
        )
    if mode is GrammarMode.SERVER:
        return QCoreApplication.translate(
            "MainWindow", "Grammar: no server set — spelling only, on this computer"
        )
    return QCoreApplication.translate("MainWindow", "Grammar: on this computer")


def grammar_backend_text(description: str, settings: Settings) -> str:
    """The analysis' words for its grammar backend ("Offline spelling (LanguageTool not
    available)", "Grammar check unavailable: …") as a status-bar line starting with "Grammar"."""

    if not description or description == "Grammar checks off":
        return grammar_status_text(settings)
    if description.startswith("Offline spelling"):
        reason = description.removeprefix("Offline spelling").strip(" ()")
        spelling = tr("Grammar: spelling only, on this computer")
        return f"{spelling} ({reason})" if reason else spelling
    if description.lower().startswith("grammar"):
        return description
    return tr("Grammar: {backend}").format(backend=description)


class MainWindow(QMainWindow):
    workspace_selected = Signal(object)  # WorkspaceData, or None for "All workspaces"
    section_changed = Signal(str)  # a Section value
    settings_changed = Signal(object)  # Settings, after Preferences was accepted

    def __init__(
        self,
        workspaces: WorkspaceService,
        *,
        database_location: str,
        settings_store: SettingsStore,
        settings: Settings,
        ui_state_store: UiStateStore,
        ui_state: UiState,
        drafts: DraftService | None = None,
        analysis: AnalysisService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Content Studio"))
        self.setAccessibleName(self.tr("Content Studio"))
        self.setWindowIcon(QIcon(":/icons/studio.svg"))
        self.setMinimumSize(720, 480)
        self.workspaces = workspaces
        self.settings_store = settings_store
        self.settings = settings
        self.ui_state_store = ui_state_store
        self.ui_state = ui_state
        self.database_location = database_location
        self.drafts = drafts
        self.analysis = analysis
        self._draft_waiting_for_workspace = False
        # First: the menus offer some of the composer's own actions (Insert Snippet).
        self.composer = ComposerWidget(self, drafts=drafts, analysis=analysis)

        self._build_actions()
        self._build_menus()
        self._build_tool_bar()
        self._build_centre()
        self._build_feedback_dock()
        self._build_status_bar()
        self._set_tab_order()

        workspaces.workspaces_changed.connect(self._fill_workspace_switcher)
        workspaces.workspaces_changed.connect(self.composer.set_workspaces)
        self.composer.set_workspaces(workspaces.workspaces)
        self.composer.message.connect(self._show_message)
        if analysis is not None:
            analysis.grammar_status_changed.connect(self._on_grammar_status)
        workspaces.workspace_created.connect(self._on_workspace_created)
        workspaces.creation_failed.connect(self._on_workspace_creation_failed)
        self._fill_workspace_switcher(workspaces.workspaces)
        self._select_workspace_id(ui_state.last_workspace_id)
        self._update_calendar_empty_state()
        self.workspace_combo.currentIndexChanged.connect(self._on_workspace_switched)

        self._restore_geometry()
        last = ui_state.last_section
        self.show_section(Section(last) if last in Section._value2member_map_ else Section.CALENDAR)

    # ---- public -------------------------------------------------------------------------------

    def current_section(self) -> Section:
        return SECTIONS[self.stack.currentIndex()]

    def show_section(self, section: Section) -> None:
        index = SECTIONS.index(section)
        if self.nav_list.currentRow() != index:
            self.nav_list.setCurrentRow(index)  # → _on_nav_row_changed switches the page
        else:
            self._on_nav_row_changed(index)  # re-check the View menu entry just clicked

    def current_workspace(self) -> WorkspaceData | None:
        return self.workspaces.find(self.workspace_combo.currentData())

    def new_post(self) -> None:
        """Open the composer on a fresh draft with the cursor in the text.

        A draft lives in a workspace; on the very first run there is none yet, so one named
        "My posts" in this computer's time zone is made, rather than letting words go unsaved.
        """
        self.composer_stack.setCurrentWidget(self.composer)
        self.show_section(Section.COMPOSER)
        if self.drafts is not None and not self.workspaces.workspaces:
            self._draft_waiting_for_workspace = True
            self.workspaces.create(NewWorkspace(self.tr("My posts"), system_time_zone()))
            self.composer.start_new_draft(None)  # typing may start; saving follows the workspace
            return
        workspace = self.current_workspace()
        self.composer.start_new_draft(workspace.id if workspace else None)

    def save_revision(self) -> None:
        if self.current_section() is Section.COMPOSER and self.composer_stack.currentWidget() is (
            self.composer
        ):
            self.composer.save_revision()

    def set_grammar_status(self, text: str) -> None:
        self.grammar_label.setText(text)
        self.grammar_label.setAccessibleName(text)

    def _on_grammar_status(self, text: str) -> None:
        """What the analysis reports: the backend that answers, or why it failed."""
        self.set_grammar_status(grammar_backend_text(text, self.settings))

    def new_workspace(self) -> None:
        dialog = NewWorkspaceDialog({w.name for w in self.workspaces.workspaces}, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.workspaces.create(dialog.request())

    def current_ui_state(self) -> UiState:
        return self.ui_state.replace(
            window_geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            window_state=bytes(self.saveState().toBase64().data()).decode("ascii"),
            last_section=self.current_section().value,
            last_workspace_id=self.workspace_combo.currentData(),
            splitter_sizes={
                **self.ui_state.splitter_sizes,
                "composer": self.composer.splitter.sizes(),
                "composer_text": self.composer.text_splitter.sizes(),
            },
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.composer.flush()  # the last words typed reach the database before anything closes
        self.ui_state = self.current_ui_state()
        self.ui_state_store.save(self.ui_state)
        super().closeEvent(event)

    # ---- actions and menus --------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        icon: QIcon | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if icon is not None:
            action.setIcon(icon)
        if shortcut is not None:
            sequence = (
                QKeySequence(shortcut) if not isinstance(shortcut, QKeySequence) else shortcut
            )
            action.setShortcut(sequence)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden (full screen)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        later = self.tr("Arrives in a later version of Content Studio.")

        self.new_post_action = self._action(
            "new_post",
            self.tr("&New Post"),
            key.New,
            icon=QIcon(":/icons/new.svg"),
            tip=self.tr("Start a new draft in the composer"),
        )
        self.new_post_action.triggered.connect(self.new_post)
        self.new_workspace_action = self._action(
            "new_workspace",
            self.tr("New &Workspace…"),
            icon=QIcon(":/icons/workspace.svg"),
            tip=self.tr("Create a workspace for a client or brand"),
        )
        self.new_workspace_action.triggered.connect(self.new_workspace)
        self.open_review_action = self._action(
            "open_review", self.tr("&Open Review File…"), key.Open, tip=later
        )
        self.import_action = self._action("import", self.tr("&Import…"), tip=later)
        self.export_action = self._action("export", self.tr("&Export…"), tip=later)
        for pending in (self.open_review_action, self.import_action, self.export_action):
            pending.setEnabled(False)
        self.save_action = self._action(
            "save_revision",
            self.tr("&Save Revision"),
            key.Save,
            tip=self.tr("Keep this version of the post; it is autosaved anyway"),
        )
        self.save_action.triggered.connect(self.save_revision)
        self.quit_action = self._action("quit", self.tr("&Quit"), standard_key(key.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.edit_actions: list[QAction] = []
        for name, text, sequence, method in (
            ("undo", self.tr("&Undo"), key.Undo, "undo"),
            ("redo", self.tr("&Redo"), key.Redo, "redo"),
            ("cut", self.tr("Cu&t"), key.Cut, "cut"),
            ("copy", self.tr("&Copy"), key.Copy, "copy"),
            ("paste", self.tr("&Paste"), key.Paste, "paste"),
            ("select_all", self.tr("Select &All"), key.SelectAll, "selectAll"),
        ):
            action = self._action(name, text, sequence)
            action.triggered.connect(lambda _=False, m=method: self._forward_to_focus(m))
            self.edit_actions.append(action)
        self.preferences_action = self._action(
            "preferences", self.tr("Pr&eferences…"), standard_key(key.Preferences, "Ctrl+,")
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)

        self.section_actions: dict[Section, QAction] = {}
        for number, section in enumerate(SECTIONS, start=1):
            action = self._action(
                f"show_{section.value}", section.title, f"Ctrl+{number}", icon=section.icon
            )
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, s=section: self.show_section(s))
            self.section_actions[section] = action
        self.full_screen_action = self._action(
            "full_screen", self.tr("&Full Screen"), standard_key(key.FullScreen, "F11")
        )
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._set_full_screen)
        self.feedback_action = self._action(
            "show_feedback",
            self.tr("&Feedback Panels"),
            "Ctrl+Shift+F",
            tip=self.tr("Show or hide the feedback beside the composer"),
        )
        self.feedback_action.setCheckable(True)
        self.feedback_action.setChecked(True)
        self.feedback_action.toggled.connect(self._on_feedback_toggled)

        self.shortcuts_action = self._action(
            "shortcuts", self.tr("&Keyboard Shortcuts"), standard_key(key.HelpContents, "F1")
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = self._action("about", self.tr("&About Content Studio"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Menu bar"))

        def menu(title: str, name: str) -> QMenu:
            created = bar.addMenu(title)
            created.setObjectName(f"menu_{name}")
            created.setAccessibleName(title.replace("&", ""))
            return created

        file_menu = menu(self.tr("&File"), "file")
        file_menu.addActions([self.new_post_action, self.new_workspace_action])
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addActions([self.open_review_action, self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu(self.tr("&Edit"), "edit")
        edit_menu.addActions(self.edit_actions[:2])
        edit_menu.addSeparator()
        edit_menu.addActions(self.edit_actions[2:])
        edit_menu.addSeparator()
        edit_menu.addAction(self.composer.insert_action)
        self.manage_snippets_action = self._action(
            "manage_snippets",
            self.tr("&Manage Snippets…"),
            tip=self.tr("Snippets and hashtag groups"),
        )
        self.manage_snippets_action.triggered.connect(self.composer.manage_snippets)
        edit_menu.addAction(self.manage_snippets_action)
        edit_menu.addAction(self.composer.posting_slots_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = menu(self.tr("&View"), "view")
        view_menu.addActions(list(self.section_actions.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.feedback_action)
        view_menu.addAction(self.full_screen_action)

        help_menu = menu(self.tr("&Help"), "help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_tool_bar(self) -> None:
        bar = QToolBar(self.tr("Main tool bar"), self)
        bar.setObjectName("main_tool_bar")
        bar.setAccessibleName(self.tr("Main tool bar"))
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        label = QLabel(self.tr("&Workspace:"), bar)
        label.setAccessibleName(self.tr("Workspace"))
        label.setContentsMargins(8, 0, 6, 0)
        self.workspace_combo = QComboBox(bar)
        self.workspace_combo.setObjectName("workspace_switcher")
        self.workspace_combo.setAccessibleName(self.tr("Workspace"))
        self.workspace_combo.setToolTip(self.tr("Show the calendar and posts of one workspace"))
        self.workspace_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.workspace_combo.setMinimumContentsLength(16)
        label.setBuddy(self.workspace_combo)
        bar.addWidget(label)
        bar.addWidget(self.workspace_combo)
        bar.addAction(self.new_workspace_action)
        self.new_workspace_button = bar.widgetForAction(self.new_workspace_action)
        self.new_workspace_button.setAccessibleName(self.tr("New workspace"))

        spacer = QWidget(bar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Fixed)
        spacer.setAccessibleName(self.tr("Spacer"))
        spacer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.addWidget(spacer)
        bar.addAction(self.new_post_action)
        self.new_post_button = bar.widgetForAction(self.new_post_action)
        self.new_post_button.setAccessibleName(self.tr("New post"))
        self.tool_bar = bar

    def _build_centre(self) -> None:
        self.nav_list = QListWidget(self)
        self.nav_list.setObjectName("navigation")
        self.nav_list.setAccessibleName(self.tr("Sections"))
        self.nav_list.setIconSize(NAV_ICON_SIZE)
        self.nav_list.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_list.setSpacing(2)
        self.nav_list.setUniformItemSizes(True)
        self.nav_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, section in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(section.icon, section.title)
            item.setSizeHint(QSize(0, 40))
            item.setToolTip(
                self.tr("{section} (Ctrl+{number})").format(section=section.title, number=number)
            )
            self.nav_list.addItem(item)
        self.nav_list.setFixedWidth(NAV_WIDTH)
        self.nav_list.currentRowChanged.connect(self._on_nav_row_changed)
        self._style_navigation()

        self.section_pages: dict[Section, QWidget] = {}  # real pages installed by app.py
        # Pages whose building app.py put off until after the first paint (see defer_section_page).
        self._deferred_pages: dict[Section, Callable[[], object]] = {}
        self.stack = SectionStack(self)
        self.stack.setObjectName("sections")
        self.stack.setAccessibleName(self.tr("Section content"))
        self.composer_stack = QStackedWidget(self)
        self.composer_stack.setAccessibleName(self.tr("Composer"))
        self.composer_empty = self._composer_empty_state()
        self.composer_stack.addWidget(self.composer_empty)
        self.composer_stack.addWidget(self.composer)
        self.calendar_empty = EmptyState(Section.CALENDAR.icon, "", "", self)
        self.calendar_empty.setObjectName("calendar_empty")
        self.calendar_new_workspace_button = self.calendar_empty.add_button(
            self.tr("New Workspace…"), primary=True
        )
        self.calendar_new_workspace_button.clicked.connect(self.new_workspace)
        self.calendar_compose_button = self.calendar_empty.add_button(self.tr("Open the Composer"))
        self.calendar_compose_button.clicked.connect(self.new_post)
        self.library_empty = EmptyState(
            Section.LIBRARY.icon,
            self.tr("Image library"),
            self.tr(
                "Images you add to posts will be kept here, with their alt text and a crop for "
                "each network. Nothing leaves this computer."
            ),
            self,
        )
        self.library_empty.setObjectName("library_empty")
        self.review_empty = EmptyState(
            Section.REVIEW.icon,
            self.tr("Nothing to review"),
            self.tr(
                "Drafts waiting for a decision, and the comments on them, will be listed here. "
                "Review files a colleague sends you open here too."
            ),
            self,
        )
        self.review_empty.setObjectName("review_empty")
        for page in (self.composer_stack, self.calendar_empty, self.library_empty):
            self.stack.addWidget(page)
        self.stack.addWidget(self.review_empty)

        divider = QFrame(self)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Plain)
        divider.setForegroundRole(QPalette.ColorRole.Mid)
        divider.setAccessibleName(self.tr("Divider"))

        centre = QWidget(self)
        centre.setAccessibleName(self.tr("Main area"))
        row = QHBoxLayout(centre)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav_list)
        row.addWidget(divider)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(centre)

    def _composer_empty_state(self) -> EmptyState:
        page = EmptyState(
            Section.COMPOSER.icon,
            self.tr("Write a post"),
            self.tr(
                "Draft once, adapt it for each network, and get kind, specific feedback while "
                "you type."
            ),
            self,
        )
        page.setObjectName("composer_empty")
        button = page.add_button(self.tr("New Post"), primary=True)
        button.setIcon(QIcon(":/icons/new.svg"))
        button.clicked.connect(self.new_post)
        self.composer_new_post_button = button
        return page

    def _build_feedback_dock(self) -> None:
        """The feedback panels beside the editor, shown while the composer is."""
        dock = QDockWidget(self.tr("Feedback"), self)
        dock.setObjectName("feedback_dock")  # saveState() finds it by name
        dock.setAccessibleName(self.tr("Feedback"))
        dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        dock.setWidget(self.composer.feedback_tabs)
        dock.setMinimumWidth(FEEDBACK_DOCK_MIN_WIDTH)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [FEEDBACK_DOCK_WIDTH], Qt.Orientation.Horizontal)
        dock.visibilityChanged.connect(self._on_feedback_visibility)
        self.feedback_dock = dock

    def _on_feedback_toggled(self, on: bool) -> None:
        if hasattr(self, "feedback_dock"):
            self.feedback_dock.setVisible(on and self._composer_showing())

    def _on_feedback_visibility(self, visible: bool) -> None:
        # The dock's own close button: remember the choice (hiding with the section does not).
        if not visible and self._composer_showing() and self.isVisible():
            self.feedback_action.blockSignals(True)
            self.feedback_action.setChecked(False)
            self.feedback_action.blockSignals(False)

    def _composer_showing(self) -> bool:
        return (
            self.stack.currentWidget() is self.composer_stack
            and self.composer_stack.currentWidget() is self.composer
        )

    def _sync_feedback_dock(self) -> None:
        if hasattr(self, "feedback_dock"):
            wanted = self.feedback_action.isChecked() and self._composer_showing()
            # isHidden, not isVisible: before the window is shown nothing is "visible" yet.
            if self.feedback_dock.isHidden() == wanted:
                self.feedback_dock.blockSignals(True)
                self.feedback_dock.setVisible(wanted)
                self.feedback_dock.blockSignals(False)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setAccessibleName(self.tr("Status bar"))
        self.database_label = QLabel(self)
        self.database_label.setObjectName("database_label")
        text = self.tr("Database: {location}").format(
            location=short_location(self.database_location)
        )
        self.database_label.setText(text)
        self.database_label.setAccessibleName(text)
        self.database_label.setToolTip(self.database_location)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setContentsMargins(8, 0, 8, 0)
        self.grammar_label = QLabel(self)
        self.grammar_label.setObjectName("grammar_label")
        self.grammar_label.setContentsMargins(8, 0, 8, 0)
        status.addPermanentWidget(self.database_label, 1)
        status.addPermanentWidget(self.grammar_label)
        self.set_grammar_status(grammar_status_text(self.settings))

    def _set_tab_order(self) -> None:
        # Tool bar buttons take no focus (Qt's convention); their commands are in the menus.
        chain: list[QWidget] = [
            self.workspace_combo,
            self.nav_list,
            self.composer_new_post_button,
            *self.composer.tab_chain(),
            self.calendar_new_workspace_button,
            self.calendar_compose_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- workspaces ---------------------------------------------------------------------------

    def _fill_workspace_switcher(self, workspaces: list[WorkspaceData]) -> None:
        chosen = self.workspace_combo.currentData()
        self.workspace_combo.blockSignals(True)
        self.workspace_combo.clear()
        self.workspace_combo.addItem(
            QIcon(":/icons/workspace.svg"), self.tr("All workspaces"), None
        )
        for workspace in workspaces:
            self.workspace_combo.addItem(
                colour_swatch(workspace.colour), workspace.name, workspace.id
            )
        self.workspace_combo.blockSignals(False)
        self._select_workspace_id(chosen)
        self._update_calendar_empty_state()

    def _select_workspace_id(self, workspace_id: int | None) -> None:
        index = self.workspace_combo.findData(workspace_id) if workspace_id is not None else 0
        self.workspace_combo.setCurrentIndex(max(index, 0))

    def _on_workspace_switched(self, _index: int) -> None:
        self.ui_state = self.ui_state.replace(last_workspace_id=self.workspace_combo.currentData())
        self._update_calendar_empty_state()
        self.workspace_selected.emit(self.current_workspace())

    def _on_workspace_created(self, workspace: WorkspaceData) -> None:
        self._select_workspace_id(workspace.id)
        if self._draft_waiting_for_workspace:
            self._draft_waiting_for_workspace = False
            self.composer.adopt_workspace(workspace.id)
        self.statusBar().showMessage(
            self.tr("Workspace “{name}” created.").format(name=workspace.name), 5000
        )

    def _on_workspace_creation_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("The workspace was not created"), message)

    def _update_calendar_empty_state(self) -> None:
        has_workspaces = bool(self.workspaces.workspaces)
        workspace = self.current_workspace()
        if not has_workspaces:
            self.calendar_empty.set_text(
                self.tr("No workspaces yet"),
                self.tr(
                    "A workspace holds one client's or brand's calendar, time zone and house "
                    "rules. Create one, or run <code>studio demo</code> for a month of sample "
                    "posts."
                ),
            )
        elif workspace is None:
            self.calendar_empty.set_text(
                self.tr("Calendar"),
                self.tr(
                    "Posts of all {count} workspaces will appear here month by month, each in "
                    "its workspace's colour."
                ).format(count=len(self.workspaces.workspaces)),
            )
        else:
            self.calendar_empty.set_text(
                self.tr("Calendar: {name}").format(name=workspace.name),
                self.tr(
                    "Posts for {name} will appear here month by month, at the times its "
                    "audience sees them ({zone})."
                ).format(name=workspace.name, zone=workspace.timezone),
            )
        self.calendar_new_workspace_button.setVisible(not has_workspaces)
        self.calendar_compose_button.setVisible(has_workspaces)

    # ---- sections, edit forwarding, full screen -----------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_navigation()  # light ⇄ dark while running
        super().changeEvent(event)

    def _style_navigation(self) -> None:
        """A soft accent behind the current section, so its coloured icon stays visible."""
        palette = self.palette()
        accent = QColor(accent_for(palette))
        selected = QColor(accent)
        selected.setAlpha(56)
        hovered = QColor(accent)
        hovered.setAlpha(24)
        text = palette.color(QPalette.ColorRole.WindowText).name()
        argb = QColor.NameFormat.HexArgb
        self.nav_list.setStyleSheet(
            "QListWidget { background: palette(base); padding: 8px 6px; outline: none; }"
            f"QListWidget::item {{ border-radius: 6px; padding: 0 8px; color: {text}; }}"
            f"QListWidget::item:hover {{ background: {hovered.name(argb)}; }}"
            f"QListWidget::item:selected {{ background: {selected.name(argb)}; color: {text}; }}"
        )

    def set_section_page(self, section: Section, page: QWidget) -> None:
        """Show `page` for `section` instead of its placeholder (app.py installs the real pages).

        The composer's section is its own stack and is not replaced this way.
        """
        if section is Section.COMPOSER:
            raise ValueError("the composer page is built by the window itself")
        index = SECTIONS.index(section)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.hide()  # kept alive: the window still updates its texts (e.g. the calendar's)
        if self.nav_list.currentRow() == index:
            self.stack.setCurrentIndex(index)
        self.section_pages[section] = page

    def defer_section_page(self, section: Section, install: Callable[[], object]) -> None:
        """Have `install` build and install `section`'s page later: when the section is first
        shown, or when install_deferred_pages runs, whichever comes first. app.py uses it so the
        window paints before the pages nobody is looking at yet are built; a section is never
        shown with its placeholder."""
        self._deferred_pages[section] = install

    def install_deferred_pages(self) -> None:
        """Build every page still deferred, in the order they were deferred."""
        while self._deferred_pages:
            section = next(iter(self._deferred_pages))
            self._deferred_pages.pop(section)()

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        section = SECTIONS[row]
        install = self._deferred_pages.pop(section, None)
        if install is not None:
            install()
        self.stack.setCurrentIndex(row)
        self._sync_feedback_dock()
        for each, action in self.section_actions.items():
            action.setChecked(each is section)
        self.ui_state = self.ui_state.replace(last_section=section.value)
        self.section_changed.emit(section.value)

    def _forward_to_focus(self, method: str) -> None:
        """Edit menu commands act on the focused text field (QLineEdit, QPlainTextEdit, …)."""
        target = QApplication.focusWidget()
        if target is not None and callable(getattr(target, method, None)):
            getattr(target, method)()

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _restore_geometry(self) -> None:
        geometry = QByteArray.fromBase64(self.ui_state.window_geometry.encode("ascii"))
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(default_window_size(self.screen().availableGeometry().size()))
        state = QByteArray.fromBase64(self.ui_state.window_state.encode("ascii"))
        if not state.isEmpty():
            self.restoreState(state)
        sizes = self.ui_state.splitter_sizes
        if len(sizes.get("composer", [])) == 2 and all(sizes["composer"]):
            self.composer.splitter.setSizes(sizes["composer"])
        if len(sizes.get("composer_text", [])) == 2 and all(sizes["composer_text"]):
            self.composer.text_splitter.setSizes(sizes["composer_text"])

    # ---- dialogs ------------------------------------------------------------------------------

    def open_preferences(self) -> None:
        from studio.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        # A LanguageTool download finished in the dialog counts even if the dialog is cancelled.
        dialog.languagetool_installed.connect(lambda: self.settings_changed.emit(self.settings))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        settings = dialog.settings()
        dialog.deleteLater()
        if accepted:
            self.apply_settings(settings)

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.settings_store.save(settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, settings.theme)
        self.set_grammar_status(grammar_status_text(settings))
        self.settings_changed.emit(settings)

    def shortcuts_dialog(self) -> QDialog:
        """Every action with a shortcut, built from the actions themselves so it never drifts."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard Shortcuts"))
        dialog.setAccessibleName(self.tr("Keyboard Shortcuts"))
        rows = [
            (action.text().replace("&", ""), action.shortcut())
            for action in self.actions()
            if action.isEnabled() and not action.shortcut().isEmpty()
        ]
        table = QTableWidget(len(rows), 2, dialog)
        table.setObjectName("shortcuts_table")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to select; Close takes focus
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for row, (text, sequence) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(text.rstrip("…")))
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            table.setItem(row, 1, QTableWidgetItem(shown))
        table.resizeColumnsToContents()
        table.setColumnWidth(0, max(table.columnWidth(0) + 24, 200))
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        header_height = table.horizontalHeader().sizeHint().height()
        dialog.resize(380, min(640, header_height + 26 * len(rows) + 70))
        return dialog

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog().exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Content Studio"),
            self.tr(
                "<h3>Content Studio {version}</h3>"
                "<p>Write social-media posts that respect the people who read them: kind, "
                "specific feedback while you type, a calendar for several clients, and review "
                "with comments.</p>"
                "<p>Works offline. Your posts stay in {location}.</p>"
            ).format(version=__version__, location=self.database_location),
        )
