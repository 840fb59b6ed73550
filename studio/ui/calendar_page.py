"""The Calendar section: month, week and list views, health, search, import and export.

    ◀ ▶ Today   March 2027                       [search…]  Month Week List Health
    Filters ▾  ☐ Show in my zone   Times in Europe/Berlin         ● Idea ● Draft …
    ┌ the view ───────────────────────────────────────────┐┌ search results ┐

The page shows one workspace, or all of them (the window's switcher). Times are shown on the
workspace's clock; in "All workspaces" each post on its own workspace's clock; "Show in my zone"
puts everything on this computer's clock. Moves keep the post's wall-clock time in its own zone.

Everything the page knows comes from CalendarService signals; it runs no SQL. Moves are
QUndoCommands on the page's stack; the views forward Edit ▸ Undo to it.

View state (mode, filters, "my zone") is kept in its own small JSON file (`calendar-view.json`
next to the window's ui-state), written whenever it changes.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QShowEvent,
    QTextDocument,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from studio.domain import schedule
from studio.domain.platforms import PLATFORMS, PlatformId
from studio.domain.posts import ContentType, Status
from studio.services.calendar import (
    CalendarService,
    HealthResult,
    LoadedRange,
    MoveRequest,
    ViewFilter,
    target_instant,
)
from studio.storage.exchange_review import is_review_file
from studio.storage.records import PostData, WorkspaceData
from studio.ui.calendar_exchange import (
    EXPORT_FILTERS,
    IMPORT_FILTER,
    ImportPreview,
    export_kind,
    with_extension,
)
from studio.ui.calendar_health import HealthView
from studio.ui.calendar_models import (
    STATUS_COLOURS,
    CalendarItem,
    DragPayload,
    HitRole,
    HtmlRole,
    ListModel,
    MonthModel,
    SearchResultsModel,
    WeekModel,
    content_type_label,
    place_entries,
    status_label,
    tr,
)
from studio.ui.calendar_views import GridView, ListView, MonthView, WeekView
from studio.ui.theme import accent_for
from studio.ui.workspace_dialog import system_time_zone

if TYPE_CHECKING:
    from studio.storage.exchange import ImportReport
    from studio.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STATE_FILE_NAME = "calendar-view.json"
SEARCH_DELAY_MS = 200
PROGRESS_AFTER_MS = 1000  # long runs show progress after a second, quick ones never flash it
DEFAULT_NEW_POST_HOUR = 9
WEEK_SCROLL_HOUR = 7  # the week view opens on the working day, not at midnight


class ViewMode(StrEnum):
    MONTH = "month"
    WEEK = "week"
    LIST = "list"
    HEALTH = "health"

    @property
    def title(self) -> str:
        titles = {
            ViewMode.MONTH: tr("Month"),
            ViewMode.WEEK: tr("Week"),
            ViewMode.LIST: tr("List"),
            ViewMode.HEALTH: tr("Health"),
        }
        return titles[self]


MODES = tuple(ViewMode)


# ---- remembered view state ----------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarViewState:
    mode: str = ViewMode.MONTH.value
    my_zone: bool = False
    campaigns: list[int] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    content_types: list[str] = field(default_factory=list)

    def filter(self, workspace_ids: frozenset[int] | None) -> ViewFilter:
        return ViewFilter(
            workspace_ids=workspace_ids,
            campaign_ids=frozenset(self.campaigns),
            platforms=frozenset(PlatformId(p) for p in self.platforms),
            statuses=frozenset(Status(s) for s in self.statuses),
            content_types=frozenset(ContentType(c) for c in self.content_types),
        )


def load_view_state(path: Path | None) -> CalendarViewState:
    """The saved state; defaults for anything missing, unreadable or unknown (never raises)."""
    if path is None or not path.exists():
        return CalendarViewState()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        log.warning("%s could not be read (%s); the calendar starts with its defaults", path, error)
        return CalendarViewState()
    if not isinstance(raw, dict):
        return CalendarViewState()

    def strings(key: str, allowed: set[str]) -> list[str]:
        values = raw.get(key, [])
        return (
            [v for v in values if isinstance(v, str) and v in allowed]
            if isinstance(values, list)
            else []
        )

    mode = raw.get("mode")
    campaigns = raw.get("campaigns", [])
    return CalendarViewState(
        mode=mode if mode in ViewMode._value2member_map_ else ViewMode.MONTH.value,
        my_zone=raw.get("my_zone") is True,
        campaigns=[c for c in campaigns if isinstance(c, int) and not isinstance(c, bool)]
        if isinstance(campaigns, list)
        else [],
        platforms=strings("platforms", {p.value for p in PlatformId}),
        statuses=strings("statuses", {s.value for s in Status}),
        content_types=strings("content_types", {c.value for c in ContentType}),
    )


def save_view_state(path: Path | None, state: CalendarViewState) -> None:
    """Atomic write (temp file + rename); a failure is logged, never in the person's way."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(asdict(state), stream, indent=2, sort_keys=True)
        os.replace(temp, path)
    except OSError as error:
        log.warning("could not save the calendar view to %s: %s", path, error)


# ---- undo ---------------------------------------------------------------------------------------


def legend_icon(size: int = 16) -> QIcon:
    """Three status dots in a row: the legend button's picture of what it explains."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: sharp at 200 % scaling
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    dot = size * 2 // 3
    for index, status in enumerate((Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED)):
        painter.setBrush(QColor(STATUS_COLOURS[status]))
        painter.drawEllipse(index * (size * 2 - dot) // 2, size - dot // 2, dot, dot)
    painter.end()
    pixmap.setDevicePixelRatio(2)
    return QIcon(pixmap)


class MoveCommand(QUndoCommand):
    """A post moved in the calendar. Created after the first move succeeded (so a refused move
    never lands on the stack); undo moves it back, redo moves it again."""

    def __init__(
        self, service: CalendarService, post_id: int, zone: str, before: datetime, after: datetime
    ) -> None:
        super().__init__(tr("Move Post"))
        self.service = service
        self.post_id = post_id
        self.zone = zone
        self.before = before
        self.after = after
        self._done = True  # pushed after the move itself was written

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.service.move(MoveRequest(self.post_id, None, self.zone, self.after))

    def undo(self) -> None:
        self.service.move(MoveRequest(self.post_id, None, self.zone, self.before))


# ---- search results -----------------------------------------------------------------------------


class HitDelegate(QStyledItemDelegate):
    """A search hit as rich text with the matching words in bold."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        html_text = str(index.data(HtmlRole) or "").replace("palette(placeholder-text)", muted)
        document.setHtml(html_text)
        document.setTextWidth(max(120, option.rect.width()))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        document = self._document(option, index)
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchResultsList(QListView):
    hit_opened = Signal(object)  # SearchHit

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.hit_opened.emit(self.currentIndex().data(HitRole))
            return
        super().keyPressEvent(event)


# ---- the page -----------------------------------------------------------------------------------


class CalendarPage(QWidget):
    """The Calendar section (installed by `install_calendar_page`)."""

    def __init__(
        self,
        service: CalendarService,
        window: MainWindow,
        *,
        state_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_page")
        self.setAccessibleName(tr("Calendar"))
        self.service = service
        self.window_ = window
        self.state_file = state_file
        self.state = load_view_state(state_file)
        self.anchor = date.today()
        self.undo_stack = QUndoStack(self)
        self._workspace: WorkspaceData | None = window.current_workspace()
        self._loaded: LoadedRange | None = None
        self._items: list[CalendarItem] = []
        self._strong: frozenset[int] = frozenset()
        self._pending_select: int | None = None
        self._progress: QProgressDialog | None = None
        self.import_preview: ImportPreview | None = None
        self.last_message = ""

        self.month_model = MonthModel(self)
        self.week_model = WeekModel(self)
        self.list_model = ListModel(self)
        self.search_model = SearchResultsModel(self)
        self._build()
        self._build_actions()
        self._connect()
        self._apply_filter_menu_state()
        self.set_mode(ViewMode(self.state.mode), save=False)
        self._update_empty_state()

    # ---- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.outer = QStackedWidget(self)
        self.outer.setAccessibleName(tr("Calendar"))
        self.content = QWidget(self.outer)
        self.content.setObjectName("calendar_content")
        self.outer.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outer)

        self.prev_button = self._tool_button("calendar_previous", "‹", tr("Previous"))
        self.next_button = self._tool_button("calendar_next", "›", tr("Next"))
        self.today_button = self._tool_button("calendar_today", tr("Today"), tr("Today (T)"))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("calendar_period")
        title_font = QFont(self.period_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.period_label.setFont(title_font)
        self.period_label.setMinimumWidth(220)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("calendar_search")
        self.search_edit.setAccessibleName(tr("Search posts"))
        self.search_edit.setPlaceholderText(tr("Search titles, texts, comments…"))
        self.search_edit.setToolTip(tr("Search every post (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        # Wide enough for its placeholder when there is room, down to 150 px when there is not.
        self.search_edit.setMinimumWidth(150)
        self.search_edit.setMaximumWidth(300)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        self.mode_buttons = QButtonGroup(self)
        self.mode_buttons.setExclusive(True)
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for number, mode in enumerate(MODES):
            button = QToolButton(self)
            button.setObjectName(f"calendar_mode_{mode.value}")
            button.setText(mode.title)
            button.setAccessibleName(mode.title)
            button.setToolTip(
                tr("{view} (Ctrl+Alt+{number})").format(view=mode.title, number=number + 1)
            )
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setMinimumWidth(64)
            self.mode_buttons.addButton(button, number)
            modes.addWidget(button)
        self._style_mode_buttons()

        top = QHBoxLayout()
        top.setContentsMargins(16, 12, 16, 4)
        top.setSpacing(6)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.period_label)
        top.addStretch(1)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addLayout(modes)

        # Push buttons with menus: Fusion draws their arrow beside the words, not over them.
        self.filter_button = QPushButton(self)
        self.filter_button.setObjectName("calendar_filters")
        self.filter_button.setAccessibleName(tr("Filters"))
        self.filter_button.setMinimumWidth(96)
        self.filter_button.setToolTip(tr("Show only some campaigns, networks, statuses or types"))
        self.filter_menu = QMenu(self.filter_button)
        self.filter_menu.setObjectName("calendar_filter_menu")
        self.filter_menu.setAccessibleName(tr("Filters"))
        self.filter_button.setMenu(self.filter_menu)
        self.my_zone_check = QCheckBox(tr("Show in my zone"), self)
        self.my_zone_check.setObjectName("calendar_my_zone")
        self.my_zone_check.setAccessibleName(tr("Show in my zone"))
        self.my_zone_check.setToolTip(
            tr("Show every time on this computer's clock ({zone})").format(zone=system_time_zone())
        )
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("calendar_zone")
        self.zone_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Never what keeps the window wide: in a narrow one the end of the note is cut (its
        # tooltip says it whole).
        self.zone_label.setMinimumWidth(40)
        # The seven status colours in a pop-up behind one button: on a single row they needed
        # 550 px, more than a laptop with the navigation beside the calendar can spare.
        self.legend_button = QPushButton(self)
        self.legend_button.setObjectName("calendar_legend_button")
        self.legend_button.setText(tr("Colours"))
        self.legend_button.setIcon(legend_icon())
        self.legend_button.setAccessibleName(tr("Status colours"))
        self.legend_button.setToolTip(tr("What the coloured dots and edges of a post mean"))
        legend_menu = QMenu(self.legend_button)
        legend_menu.setObjectName("calendar_legend_menu")
        legend_menu.setAccessibleName(tr("Status colours"))
        self.legend = QLabel(legend_menu)
        self.legend.setObjectName("calendar_legend")
        self.legend.setAccessibleName(tr("Status colours"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setContentsMargins(14, 8, 14, 8)
        self.legend.setText(
            "<br>".join(
                f"<span style='color:{STATUS_COLOURS[s]}'>●</span>&nbsp;&nbsp;{status_label(s)}"
                for s in Status
                if s is not Status.ARCHIVED
            )
        )
        legend_action = QWidgetAction(legend_menu)
        legend_action.setDefaultWidget(self.legend)
        legend_menu.addAction(legend_action)
        self.legend_button.setMenu(legend_menu)

        second = QHBoxLayout()
        second.setContentsMargins(16, 0, 16, 8)
        second.setSpacing(14)
        second.addWidget(self.filter_button)
        second.addWidget(self.my_zone_check)
        second.addWidget(self.zone_label)
        second.addStretch(1)
        second.addWidget(self.legend_button)

        self.month_view = MonthView(self)
        self.month_view.setModel(self.month_model)
        self.week_view = WeekView(self)
        self.week_view.setModel(self.week_model)
        self.list_view = ListView(self)
        self.list_view.setModel(self.list_model)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 380, 220, 150, 170)):
            self.list_view.setColumnWidth(column, width)
        self.health_view = HealthView(self)
        self.views = QStackedWidget(self)
        self.views.setObjectName("calendar_views")
        self.views.setAccessibleName(tr("Calendar views"))
        for view in (self.month_view, self.week_view, self.list_view, self.health_view):
            self.views.addWidget(view)

        self.results_panel = QWidget(self)
        self.results_panel.setObjectName("calendar_search_results_panel")
        self.results_label = QLabel(self.results_panel)
        self.results_label.setObjectName("calendar_search_summary")
        self.results_label.setWordWrap(True)
        self.results_label.setContentsMargins(8, 6, 8, 2)
        self.results_view = SearchResultsList(self.results_panel)
        self.results_view.setObjectName("calendar_search_results")
        self.results_view.setAccessibleName(tr("Search results"))
        self.results_view.setModel(self.search_model)
        self.results_view.setItemDelegate(HitDelegate(self.results_view))
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_view.setWordWrap(True)
        self.results_view.setUniformItemSizes(False)
        self.results_label.setBuddy(self.results_view)
        panel_layout = QVBoxLayout(self.results_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.results_label)
        panel_layout.addWidget(self.results_view, 1)
        self.results_panel.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.results_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 320])

        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(top)
        column.addLayout(second)
        column.addWidget(self.splitter, 1)

    def _tool_button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMinimumSize(32, 28)
        if text in ("‹", "›"):
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.4)
            button.setFont(font)
        return button

    def _build_actions(self) -> None:
        window = self.window_
        self.mode_actions: dict[ViewMode, QAction] = {}
        group = QActionGroup(self)
        for number, mode in enumerate(MODES, start=1):
            action = QAction(tr("Calendar: {view}").format(view=mode.title), window)
            action.setObjectName(f"action_calendar_{mode.value}")
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}"))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, m=mode: self._show_mode(m))
            group.addAction(action)
            window.addAction(action)
            self.mode_actions[mode] = action
        self.go_to_date_action = QAction(tr("&Go to Date…"), window)
        self.go_to_date_action.setObjectName("action_calendar_go_to_date")
        self.go_to_date_action.setShortcut(QKeySequence("Ctrl+G"))
        self.go_to_date_action.triggered.connect(self._ask_go_to_date)
        window.addAction(self.go_to_date_action)
        self.find_action = QAction(tr("Find in Calendar"), self)
        self.find_action.setObjectName("action_calendar_find")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        # Only while the calendar shows: the composer may want Ctrl+F for itself one day.
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        view_menu = window.menuBar().findChild(QMenu, "menu_view")
        if view_menu is not None:
            actions = view_menu.actions()
            # After the sections: the calendar's views belong with "Calendar".
            before = next((a for a in actions if a.isSeparator()), None)
            calendar_menu = QMenu(tr("Ca&lendar View"), view_menu)
            calendar_menu.setObjectName("menu_calendar_view")
            calendar_menu.setAccessibleName(tr("Calendar view"))
            calendar_menu.addActions(list(self.mode_actions.values()))
            calendar_menu.addSeparator()
            calendar_menu.addAction(self.go_to_date_action)
            separator = QAction(view_menu)
            separator.setSeparator(True)
            view_menu.insertAction(before, separator)
            view_menu.insertMenu(before, calendar_menu)
            self.view_menu = calendar_menu

    def _connect(self) -> None:
        service = self.service
        service.loaded.connect(self._on_loaded)
        service.strong_posts.connect(self._on_strong)
        service.load_failed.connect(self._show_error)
        service.search_done.connect(self._on_search_done)
        service.health_loaded.connect(self._on_health)
        service.post_moved.connect(self._on_moved)
        service.move_failed.connect(self._on_move_failed)
        service.draft_created.connect(self._on_draft_created)
        service.changed.connect(self.reload)
        service.busy.connect(self._on_busy)
        service.idle.connect(self._on_idle)
        service.import_checked.connect(self._on_import_checked)
        service.import_done.connect(self._on_import_done)
        service.export_done.connect(self._on_export_done)
        service.exchange_failed.connect(self._on_exchange_failed)

        self.prev_button.clicked.connect(lambda: self.step_period(-1))
        self.next_button.clicked.connect(lambda: self.step_period(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.mode_buttons.idClicked.connect(lambda number: self.set_mode(MODES[number]))
        self.my_zone_check.toggled.connect(self._on_my_zone)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.run_search)
        self.search_timer.timeout.connect(self.run_search)
        self.results_view.clicked.connect(lambda index: self.show_hit(index.data(HitRole)))
        self.results_view.doubleClicked.connect(
            lambda index: self.open_post(index.data(HitRole).post.id)
        )
        self.results_view.hit_opened.connect(lambda hit: self.open_post(hit.post.id))

        for view in (self.month_view, self.week_view):
            view.item_activated.connect(lambda item: self.open_post(item.post_id))
            view.item_selected.connect(self._on_item_selected)
            view.empty_activated.connect(self.create_draft_at)
            view.step_requested.connect(self.step)
            view.period_requested.connect(self.step_period)
            view.today_requested.connect(self.go_to_today)
            view.undo_requested.connect(self.undo_stack.undo)
            view.redo_requested.connect(self.undo_stack.redo)
            view.clicked.connect(self._on_cell_clicked)
        self.list_view.item_activated.connect(lambda item: self.open_post(item.post_id))
        self.list_view.period_requested.connect(self.step_period)
        self.list_view.today_requested.connect(self.go_to_today)
        self.list_view.undo_requested.connect(self.undo_stack.undo)
        self.list_view.redo_requested.connect(self.undo_stack.redo)
        for model in (self.month_model, self.week_model):
            model.move_requested.connect(self.move_dropped)
        self.health_view.posts_selected.connect(self.select_posts)
        self.health_view.posts_opened.connect(self._open_first)

        window = self.window_
        window.workspace_selected.connect(self._on_workspace_selected)
        window.workspaces.workspaces_changed.connect(self._on_workspaces_changed)
        window.import_action.setEnabled(True)
        window.import_action.setStatusTip(tr("Import posts from a JSON or CSV file"))
        window.import_action.setToolTip(window.import_action.statusTip())
        window.import_action.triggered.connect(lambda: self.import_file())
        window.export_action.setEnabled(True)
        window.export_action.setStatusTip(tr("Export posts as JSON, CSV or iCalendar"))
        window.export_action.setToolTip(window.export_action.statusTip())
        window.export_action.triggered.connect(lambda: self.export_file())

    def adopt_empty_state(self, empty: QWidget) -> None:
        """Show the window's own empty state ("New Workspace…") while there is no workspace."""
        self.empty_state = empty
        self.outer.insertWidget(0, empty)
        self._update_empty_state()

    # ---- what is shown --------------------------------------------------------------------------

    @property
    def mode(self) -> ViewMode:
        return MODES[self.views.currentIndex()]

    @property
    def workspace(self) -> WorkspaceData | None:
        return self._workspace

    def display_zone(self) -> str | None:
        """The clock the views show: mine, the workspace's, or None (each post's own)."""
        if self.state.my_zone:
            return system_time_zone()
        return self._workspace.timezone if self._workspace is not None else None

    def first_weekday(self) -> int:
        if self._workspace is not None:
            return schedule.first_weekday(self._workspace.locale)
        from PySide6.QtCore import QLocale

        return QLocale().firstDayOfWeek().value - 1

    def today(self) -> date:
        zone = self.display_zone() or system_time_zone()
        return datetime.now(schedule.zone_of(zone)).date()

    def current_filter(self) -> ViewFilter:
        ids = frozenset({self._workspace.id}) if self._workspace is not None else None
        return self.state.filter(ids)

    def _workspaces(self) -> list[WorkspaceData]:
        return self.window_.workspaces.workspaces

    def _update_empty_state(self) -> None:
        has_workspaces = bool(self._workspaces())
        empty = getattr(self, "empty_state", None)
        if empty is not None and not has_workspaces:
            self.outer.setCurrentWidget(empty)
        else:
            self.outer.setCurrentWidget(self.content)

    def _style_mode_buttons(self) -> None:
        """The current view's button in the accent colour: Fusion draws a checked button barely
        darker than the others, which disappears in the dark scheme."""
        accent = accent_for(self.palette())
        tint = QColor(accent)
        tint.setAlpha(60)
        sheet = (
            "QToolButton:checked { "
            f"background-color: rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()}); "
            f"border: 1px solid {accent.name()}; border-radius: 3px; }}"
        )
        for button in self.mode_buttons.buttons():
            if button.styleSheet() != sheet:  # a new sheet is a palette change: do not loop
                button.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_mode_buttons()

    def set_mode(self, mode: ViewMode, *, save: bool = True) -> None:
        self.views.setCurrentIndex(MODES.index(mode))
        button = self.mode_buttons.button(MODES.index(mode))
        if button is not None:
            button.setChecked(True)
        self.mode_actions[mode].setChecked(True)
        if save:
            self._save_state(mode=mode.value)
        self.reload()
        current = self.views.currentWidget()
        if self.isVisible() and current is not None:
            current.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_mode(self, mode: ViewMode) -> None:
        from studio.ui.main_window import Section

        self.window_.show_section(Section.CALENDAR)
        self.set_mode(mode)

    def current_view(self) -> QWidget:
        return self.views.currentWidget()

    # ---- navigation -----------------------------------------------------------------------------

    def go_to_date(self, day: date) -> None:
        self.anchor = day
        self.reload()

    def go_to_today(self) -> None:
        self.go_to_date(self.today())

    def step(self, days: int, hours: int = 0) -> None:
        """Arrow keys: a day (or a week) in the month, an hour in the week."""
        if hours and self.mode is ViewMode.WEEK:
            index = self.week_view.currentIndex()
            row = min(23, max(0, (index.row() if index.isValid() else 9) + hours))
            self.week_view.setCurrentIndex(self.week_model.index(row, max(0, index.column())))
            return
        target = self.anchor + timedelta(days=days)
        if self._period_of(target) == self._period_of(self.anchor):
            self.anchor = target
            self._show_anchor()
        else:
            self.go_to_date(target)

    def step_period(self, delta: int) -> None:
        if self.mode is ViewMode.WEEK:
            self.go_to_date(self.anchor + timedelta(weeks=delta))
            return
        month = self.anchor.year * 12 + self.anchor.month - 1 + delta
        year, month = divmod(month, 12)
        last = (date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - timedelta(days=1)).day
        self.go_to_date(date(year, month + 1, min(self.anchor.day, last)))

    def _period_of(self, day: date) -> tuple[int, int]:
        if self.mode is ViewMode.WEEK:
            start = schedule.week_start(day, self.first_weekday())
            return start.toordinal(), 0
        return day.year, day.month

    def _ask_go_to_date(self) -> None:
        from studio.ui.main_window import Section

        self.window_.show_section(Section.CALENDAR)
        dialog = GoToDateDialog(self.anchor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.go_to_date(dialog.chosen())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ---- loading --------------------------------------------------------------------------------

    def _window_bounds(self) -> tuple[date, date]:
        """[first, end) of the days the current view shows."""
        first_weekday = self.first_weekday()
        if self.mode is ViewMode.WEEK:
            return schedule.week_range(self.anchor, first_weekday)
        if self.mode is ViewMode.LIST:
            return schedule.month_range(self.anchor.year, self.anchor.month)
        weeks = schedule.month_grid(self.anchor.year, self.anchor.month, first_weekday)
        return weeks[0][0], weeks[-1][-1] + timedelta(days=1)

    def reload(self) -> None:
        """Ask for the current period again (after a move, an import, a filter change...)."""
        first_weekday = self.first_weekday()
        today = self.today()
        self.month_model.set_today(today)
        self.week_model.set_today(today)
        self.month_model.set_month(self.anchor.year, self.anchor.month, first_weekday)
        self.week_model.set_week(self.anchor, first_weekday)
        self._update_labels()
        if not self._workspaces():
            return
        if self.mode is ViewMode.HEALTH:
            first, end = schedule.month_range(self.anchor.year, self.anchor.month)
            chosen = [self._workspace] if self._workspace is not None else self._workspaces()
            self.service.load_health(chosen, first, end - timedelta(days=1))
            return
        first, end = self._window_bounds()
        # A day wider on each side: with each post on its own clock (all workspaces), a post
        # may sit on another UTC day than its local one.
        start = schedule.at_wall_clock(first - timedelta(days=1), time(0), "UTC")
        stop = schedule.at_wall_clock(end + timedelta(days=1), time(0), "UTC")
        self.service.load(start, stop, self.current_filter())

    def _on_loaded(self, loaded: LoadedRange) -> None:
        self._loaded = loaded
        names = {w.id: (w.name, w.colour) for w in self._workspaces()}
        items = place_entries(
            loaded.entries,
            display_zone=self.display_zone(),
            workspaces=names if self._workspace is None else None,
        )
        first, end = self._window_bounds()
        self._items = [item for item in items if first <= item.day < end]
        show_workspace = self._workspace is None
        self.month_view.show_workspace = show_workspace
        self.week_view.show_workspace = show_workspace
        self.list_view.setColumnHidden(ListModel.COLUMNS.index("workspace"), not show_workspace)
        self.month_model.set_items(self._items)
        self.week_model.set_items(self._items)
        self.list_model.set_items(self._items)
        self._show_anchor()
        if self._pending_select is not None:
            wanted, self._pending_select = self._pending_select, None
            self.select_post(wanted)

    def _on_strong(self, post_ids: frozenset[int]) -> None:
        self._strong = post_ids
        self.month_model.set_strong(post_ids)
        self.week_model.set_strong(post_ids)
        self.list_model.set_strong(post_ids)

    def _on_health(self, result: HealthResult) -> None:
        self.health_view.set_result(result)

    def _show_anchor(self) -> None:
        """Put the current cell on the anchor day (and scroll the week to the working day)."""
        index = self.month_model.index_of_day(self.anchor)
        if index.isValid():
            self.month_view.setCurrentIndex(index)
        current = self.week_view.currentIndex()
        hour = current.row() if current.isValid() else WEEK_SCROLL_HOUR
        week_index = self.week_model.index_of(self.anchor, hour)
        if week_index.isValid():
            self.week_view.setCurrentIndex(week_index)
            if not current.isValid():
                self.week_view.scrollTo(
                    self.week_model.index(WEEK_SCROLL_HOUR, week_index.column()),
                    QAbstractItemView.ScrollHint.PositionAtTop,
                )
        self._update_labels()

    def _update_labels(self) -> None:
        from PySide6.QtCore import QLocale

        locale = QLocale()
        if self.mode is ViewMode.WEEK:
            first, end = schedule.week_range(self.anchor, self.first_weekday())
            last = end - timedelta(days=1)
            week = (first + timedelta(days=3)).isocalendar().week  # the ISO week of its middle
            span = (
                f"{first.day}–{locale.toString(last, 'd MMMM yyyy')}"
                if first.month == last.month
                else f"{locale.toString(first, 'd MMM')} – {locale.toString(last, 'd MMM yyyy')}"
            )
            text = tr("Week {number} · {span}").format(number=week, span=span)
        else:
            text = locale.toString(self.anchor, "MMMM yyyy")
            if self.mode is ViewMode.HEALTH:
                text = tr("Health · {month}").format(month=text)
        self.period_label.setText(text)
        self.period_label.setAccessibleName(text)
        zone = self.display_zone()
        if zone is None:
            zone_text = tr("Times on each workspace's clock")
        elif self.state.my_zone:
            zone_text = tr("Times on my clock ({zone})").format(zone=zone)
        else:
            zone_text = tr("Times in {zone}").format(zone=zone)
        self.zone_label.setText(zone_text)
        self.zone_label.setAccessibleName(zone_text)
        self.zone_label.setToolTip(zone_text)

    # ---- selection ------------------------------------------------------------------------------

    def _on_item_selected(self, item: CalendarItem | None) -> None:
        if item is not None:
            self.anchor = item.day

    def _on_cell_clicked(self, index: QModelIndex) -> None:
        from studio.ui.calendar_models import DateRole

        day = index.data(DateRole)
        if isinstance(day, date):
            self.anchor = day

    def selected_item(self) -> CalendarItem | None:
        view = self.current_view()
        return view.selected_item() if isinstance(view, GridView) else None

    def select_post(self, post_id: int) -> bool:
        """Select the post's chip (or row) in the current view; False when it is not shown."""
        item = next((i for i in self._items if i.post_id == post_id), None)
        if item is None:
            return False
        self.anchor = item.day
        for view in (self.month_view, self.week_view):
            view.select_item(item)
        row = self.list_model.row_of(item.post_id, item.entry.occurrence)
        if row >= 0:
            self.list_view.selectRow(row)
        return True

    def select_posts(self, post_ids: tuple[int, ...]) -> None:
        """Health ▸ an issue: show its first post in the month, selected."""
        if not post_ids:
            return
        self.go_to_post(post_ids[0], mode=ViewMode.MONTH)

    def go_to_post(self, post_id: int, *, mode: ViewMode | None = None) -> None:
        """Show the month or week holding the post and select it there."""
        post = self.service.post(post_id)
        if post is None or post.scheduled_at is None:
            self._say(tr("That post has no date; it opens in the composer instead."))
            if post is not None:
                self.open_post(post.id)
            return
        zone = self.display_zone() or post.scheduled_zone or "UTC"
        self.anchor = schedule.local_day(post.scheduled_at, zone)
        self._pending_select = post_id
        if mode is not None and mode is not self.mode:
            self.set_mode(mode)
        else:
            self.reload()

    def _open_first(self, post_ids: tuple[int, ...]) -> None:
        if post_ids:
            self.open_post(post_ids[0])

    # ---- search ---------------------------------------------------------------------------------

    def run_search(self) -> None:
        self.search_timer.stop()
        text = self.search_edit.text()
        if not text.strip():
            self.search_model.set_hits([])
            self.results_panel.hide()
            return
        workspace_id = self._workspace.id if self._workspace is not None else None
        self.service.search(text, workspace_id)

    def _on_search_done(self, query: str, hits: list[Any]) -> None:
        if query != self.search_edit.text():
            return  # typed on since: a newer search follows
        zones = {w.id: w.timezone for w in self._workspaces()}
        self.search_model.set_hits(hits, zones)
        if hits:
            text = tr("%n post(s) found for “{query}”", "", len(hits)).format(query=query)
        else:
            text = tr("No post matches “{query}”.").format(query=query)
        self.results_label.setText(text)
        self.results_label.setAccessibleName(text)
        self.results_panel.show()

    def show_hit(self, hit: Any) -> None:
        if hit is not None:
            self.go_to_post(hit.post.id)

    # ---- filters --------------------------------------------------------------------------------

    def _apply_filter_menu_state(self) -> None:
        """(Re)build the filter menu from the state and the workspaces' campaigns."""
        menu = self.filter_menu
        menu.clear()
        self.filter_actions: dict[tuple[str, str], QAction] = {}

        def section(title: str, key: str, options: list[tuple[str, str]], chosen: list) -> None:
            menu.addSection(title)
            for value, label in options:
                action = menu.addAction(label)
                action.setCheckable(True)
                action.setChecked(value in {str(c) for c in chosen})
                action.setObjectName(f"filter_{key}_{value}")
                action.toggled.connect(lambda on, k=key, v=value: self._on_filter(k, v, on))
                self.filter_actions[(key, value)] = action

        ids = [self._workspace.id] if self._workspace is not None else None
        try:
            campaigns = self.service.campaigns(ids) if self._workspaces() else []
        except Exception as error:  # a database gone away: the filter is not worth a crash
            log.warning("campaigns could not be read: %s", error)
            campaigns = []
        section(
            tr("Campaign"),
            "campaigns",
            [(str(c.id), c.name) for c in campaigns],
            self.state.campaigns,
        )
        section(
            tr("Network"),
            "platforms",
            [(p.value, PLATFORMS[p].name) for p in PlatformId],
            self.state.platforms,
        )
        section(
            tr("Status"),
            "statuses",
            [(s.value, status_label(s)) for s in Status],
            self.state.statuses,
        )
        section(
            tr("Content type"),
            "content_types",
            [(c.value, content_type_label(c.value)) for c in ContentType],
            self.state.content_types,
        )
        menu.addSeparator()
        clear = menu.addAction(tr("Show Everything"))
        clear.setObjectName("filter_clear")
        clear.triggered.connect(self.clear_filters)
        self._update_filter_button()

    def _update_filter_button(self) -> None:
        active = self.state.filter(None).active
        text = tr("Filters ({count})").format(count=active) if active else tr("Filters")
        self.filter_button.setText(text)
        self.filter_button.setAccessibleName(text)

    def _on_filter(self, key: str, value: str, on: bool) -> None:
        current = list(getattr(self.state, key))
        typed: Any = int(value) if key == "campaigns" else value
        if on and typed not in current:
            current.append(typed)
        elif not on and typed in current:
            current.remove(typed)
        self._save_state(**{key: current})
        self._update_filter_button()
        self.reload()

    def set_filter(
        self,
        *,
        campaigns: list[int] | None = None,
        platforms: list[PlatformId] | None = None,
        statuses: list[Status] | None = None,
        content_types: list[ContentType] | None = None,
    ) -> None:
        """Set filters in code (tests, a saved view); None leaves one as it is."""
        changes: dict[str, Any] = {}
        if campaigns is not None:
            changes["campaigns"] = list(campaigns)
        if platforms is not None:
            changes["platforms"] = [PlatformId(p).value for p in platforms]
        if statuses is not None:
            changes["statuses"] = [Status(s).value for s in statuses]
        if content_types is not None:
            changes["content_types"] = [ContentType(c).value for c in content_types]
        self._save_state(**changes)
        self._apply_filter_menu_state()
        self.reload()

    def clear_filters(self) -> None:
        self.set_filter(campaigns=[], platforms=[], statuses=[], content_types=[])

    def _on_my_zone(self, on: bool) -> None:
        self._save_state(my_zone=on)
        self.reload()

    def _save_state(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        save_view_state(self.state_file, self.state)

    # ---- workspaces -----------------------------------------------------------------------------

    def _on_workspace_selected(self, workspace: WorkspaceData | None) -> None:
        self._workspace = workspace
        self._apply_filter_menu_state()
        self.reload()
        if self.search_edit.text().strip():
            self.run_search()

    def _on_workspaces_changed(self, _workspaces: list[WorkspaceData]) -> None:
        self._workspace = self.window_.current_workspace()
        self._update_empty_state()
        self._apply_filter_menu_state()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Back from the composer: what was edited there shows at once.
        self._workspace = self.window_.current_workspace()
        self.my_zone_check.blockSignals(True)
        self.my_zone_check.setChecked(self.state.my_zone)
        self.my_zone_check.blockSignals(False)
        self._update_empty_state()
        self.reload()

    # ---- moving and creating --------------------------------------------------------------------

    def move_dropped(self, payload: DragPayload, day: date, hour: int | None) -> None:
        """A chip was dropped on a day (month) or an hour (week): move it, undoably."""
        item = next(
            (
                i
                for i in self._items
                if i.post_id == payload.post_id and i.entry.occurrence == payload.occurrence
            ),
            None,
        )
        if item is None:
            return
        post = item.entry.post
        assert post.scheduled_at is not None
        display = self.display_zone() or item.entry.zone
        to_at = target_instant(
            item.entry.at,
            post.scheduled_at,
            item.entry.occurrence,
            item.entry.zone,
            display,
            day,
            hour,
        )
        if to_at == post.scheduled_at:
            return
        self.move_post(post, item.entry.zone, to_at)

    def move_post(self, post: PostData, zone: str, to_at: datetime) -> None:
        assert post.scheduled_at is not None
        before = post.scheduled_at
        self._pending_select = post.id

        def moved(_stored: PostData) -> None:
            self.undo_stack.push(MoveCommand(self.service, post.id, zone, before, to_at))

        self.service.move(MoveRequest(post.id, post.version, zone, to_at), on_done=moved)

    def _on_moved(self, post: PostData) -> None:
        if post.scheduled_at is not None:
            zone = self.display_zone() or post.scheduled_zone or "UTC"
            when = schedule.wall_clock(post.scheduled_at, zone)
            self._say(
                tr("Moved “{title}” to {when}. Edit ▸ Undo moves it back.").format(
                    title=post.title or tr("Untitled post"),
                    when=f"{when:%a %d %b %H:%M}",
                )
            )
        self._pending_select = post.id

    def _on_move_failed(self, message: str) -> None:
        self._pending_select = None
        self._show_error(tr("The post was not moved. {reason}").format(reason=message))
        self.reload()

    def create_draft_at(self, day: date, hour: int | None) -> None:
        """Double-click on an empty day or hour: a draft there, opened in the composer."""
        workspace = self._workspace or next(iter(self._workspaces()), None)
        if workspace is None:
            return
        zone = self.display_zone() or workspace.timezone
        clock = time(hour if hour is not None else DEFAULT_NEW_POST_HOUR)
        self.service.create_draft(workspace.id, schedule.at_wall_clock(day, clock, zone))

    def _on_draft_created(self, post: PostData) -> None:
        self.open_post(post.id)

    def open_post(self, post_id: int) -> None:
        from studio.ui.main_window import Section

        window = self.window_
        window.composer_stack.setCurrentWidget(window.composer)
        window.show_section(Section.COMPOSER)
        window.composer.open_post(post_id)

    # ---- import and export ----------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> None:
        """File ▸ Import…: choose a file, check it (dry run), then show the preview."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, tr("Import Posts"), str(Path.home()), tr(IMPORT_FILTER)
            )
            if not chosen:
                return
            path = Path(chosen)
        if is_review_file(path):
            self._import_review_file(path)
            return
        self.service.check_import(path)

    def _import_review_file(self, path: Path) -> None:
        """A review file someone sent back: its comments and decisions are merged into the
        posts here by the review service, as Review ▸ Import Returned Review File… does."""
        from studio.ui.main_window import Section
        from studio.ui.review_page import ReviewPage

        self.window_.show_section(Section.REVIEW)  # where the merged comments can be read
        page = self.window_.section_pages.get(Section.REVIEW)
        if isinstance(page, ReviewPage):
            page.import_returned_file(path)
        else:
            self._show_error(
                tr("{name} is a review file; open it from the Review section.").format(
                    name=path.name
                )
            )

    def _on_import_checked(self, path: Path, report: ImportReport) -> None:
        preview = ImportPreview(path, report, self)
        preview.import_all.connect(lambda: self.service.run_import(path))
        preview.import_valid.connect(lambda: self.service.run_import(path, only_valid=True))
        preview.finished.connect(preview.deleteLater)
        self.import_preview = preview
        preview.open()

    def _on_import_done(self, path: Path, report: ImportReport) -> None:
        if not report.written:
            self._show_error(
                tr(
                    "Nothing was imported from {name}: %n row(s) still cannot be read.",
                    "",
                    len(report.problems),
                ).format(name=path.name)
            )
            return
        self._say(
            tr("Imported %n post(s) from {name}", "", report.created).format(name=path.name)
            + tr("; %n already there.", "", report.already_present)
        )
        self.window_.workspaces.refresh()

    def export_file(self, path: Path | None = None, kind: str | None = None) -> None:
        """File ▸ Export…: the workspace shown (or all) to JSON, CSV or iCalendar."""
        from studio.storage.exchange.common import ExportScope

        if path is None:
            name = (self._workspace.name if self._workspace else tr("All workspaces")).replace(
                "/", "-"
            )
            filters = ";;".join(tr(label) for label in EXPORT_FILTERS.values())
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self, tr("Export Posts"), str(Path.home() / f"{name}.json"), filters
            )
            if not chosen:
                return
            kind = export_kind(Path(chosen), chosen_filter)
            path = with_extension(Path(chosen), kind)
        kind = kind or export_kind(path, "")
        scope = ExportScope(workspace=self._workspace.name if self._workspace else None)
        self.service.export(path, kind, scope)

    def _on_export_done(self, path: Path, kind: str) -> None:
        self._say(tr("Exported to {path} ({kind}).").format(path=path, kind=kind.upper()))

    def _on_exchange_failed(self, message: str) -> None:
        self._show_error(message)

    def _on_busy(self, label: str) -> None:
        if self._progress is None:
            progress = QProgressDialog(tr(label), "", 0, 0, self)
            progress.setObjectName("calendar_progress")
            progress.setWindowTitle(tr("Working…"))
            progress.setAccessibleName(tr("Progress"))
            progress.setCancelButton(None)  # the writes run as one transaction: all or nothing
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(PROGRESS_AFTER_MS)
            self._progress = progress
        self._progress.setLabelText(tr(label))
        self._progress.setValue(0)

    def _on_idle(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    # ---- messages -------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.last_message = text
        self.window_.statusBar().showMessage(text, 8000)

    def _show_error(self, text: str) -> None:
        self.last_message = text
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Calendar"), text, parent=self)
        box.setObjectName("calendar_error")
        box.setAccessibleName(tr("Calendar error"))
        box.finished.connect(box.deleteLater)
        box.open()


class GoToDateDialog(QDialog):
    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Go to Date"))
        self.setAccessibleName(tr("Go to date"))
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date_edit.setObjectName("go_to_date")
        self.date_edit.setAccessibleName(tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("&Date:"), self.date_edit)
        form.addRow(buttons)

    def chosen(self) -> date:
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())


def install_calendar_page(window: MainWindow, studio: Any) -> CalendarPage:
    """Build the service (once) and the page, and put the page in the window (app.py)."""
    from studio.ui.main_window import Section

    service = getattr(studio, "calendar", None)
    if service is None:
        service = CalendarService(
            studio.database,
            studio.tasks,
            media_dir=studio.paths.media_dir,
            author=studio.settings.author_name,
        )
        studio.calendar = service
    page = CalendarPage(service, window, state_file=studio.paths.config_dir / STATE_FILE_NAME)
    window.set_section_page(Section.CALENDAR, page)
    page.adopt_empty_state(window.calendar_empty)
    return page
