"""Item models of the calendar: a month grid, a week of hours, a list, search hits, health issues.

Each model holds plain `CalendarItem`s (one calendar entry placed on a display clock) and is
filled by the page from what CalendarService loaded; none of them reads the database. Month and
week cells hold every item of their day or hour in `ItemsRole`; the delegates in
calendar_views.py draw them as chips.

Drops: the month and week models accept a post dragged as `POST_MIME` and answer with
`move_requested(item, day, hour)` (hour None for a day); the page turns that into an undoable
move.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from studio.domain import schedule
from studio.domain.platforms import PLATFORMS, PlatformId
from studio.domain.posts import ContentType, Status
from studio.ui.i18n import tr

if TYPE_CHECKING:
    from studio.storage.calendar import CalendarEntry, SearchHit

POST_MIME = "application/x-content-studio-post"
Index = QModelIndex | QPersistentModelIndex

ItemsRole = Qt.ItemDataRole.UserRole + 1  # list[CalendarItem] of a cell
DateRole = Qt.ItemDataRole.UserRole + 2  # datetime.date of a cell
TodayRole = Qt.ItemDataRole.UserRole + 3  # bool
InPeriodRole = Qt.ItemDataRole.UserRole + 4  # bool: the day belongs to the month shown
ItemRole = Qt.ItemDataRole.UserRole + 5  # the CalendarItem of a list row
HourRole = Qt.ItemDataRole.UserRole + 6  # int hour of a week cell
HtmlRole = Qt.ItemDataRole.UserRole + 7  # search hit with the matches in <b>
PostIdsRole = Qt.ItemDataRole.UserRole + 8  # tuple[int, ...] a health issue links to
HitRole = Qt.ItemDataRole.UserRole + 9  # the SearchHit of a result row

# Status colours: one hue per step of the workflow, readable as a bar on light and dark.
STATUS_COLOURS: dict[Status, str] = {
    Status.IDEA: "#8c93a8",
    Status.DRAFT: "#6c7ae0",
    Status.IN_REVIEW: "#e8a317",
    Status.CHANGES_REQUESTED: "#e8590c",
    Status.APPROVED: "#12b886",
    Status.SCHEDULED: "#228be6",
    Status.PUBLISHED: "#2f9e44",
    Status.ARCHIVED: "#5c6070",
}

# One character per network, drawn in a small disc of the network's colour (no logos: they are
# trademarks, and the offscreen fonts have none).
PLATFORM_GLYPHS: dict[PlatformId, tuple[str, str]] = {
    PlatformId.X: ("X", "#14171a"),
    PlatformId.INSTAGRAM: ("I", "#d6249f"),
    PlatformId.LINKEDIN: ("L", "#0a66c2"),
    PlatformId.FACEBOOK: ("F", "#1877f2"),
    PlatformId.THREADS: ("@", "#3d3d3d"),
    PlatformId.BLUESKY: ("B", "#1185fe"),
    PlatformId.MASTODON: ("M", "#6364ff"),
    PlatformId.TIKTOK: ("T", "#ee1d52"),
}

CONTENT_TYPE_COLOURS: dict[str, str] = {
    ContentType.EDUCATIONAL.value: "#228be6",
    ContentType.ENTERTAINING.value: "#be4bdb",
    ContentType.INSPIRING.value: "#12b886",
    ContentType.CONVERSATIONAL.value: "#fab005",
    ContentType.PROMOTIONAL.value: "#fa5252",
    schedule.UNSET_TYPE: "#adb5bd",
}

FIRST_WORDS = 8


def status_label(status: Status) -> str:
    labels = {
        Status.IDEA: tr("Idea"),
        Status.DRAFT: tr("Draft"),
        Status.IN_REVIEW: tr("In review"),
        Status.CHANGES_REQUESTED: tr("Changes requested"),
        Status.APPROVED: tr("Approved"),
        Status.SCHEDULED: tr("Scheduled"),
        Status.PUBLISHED: tr("Published"),
        Status.ARCHIVED: tr("Archived"),
    }
    return labels[status]


def content_type_label(value: str) -> str:
    labels = {
        ContentType.EDUCATIONAL.value: tr("Educational"),
        ContentType.ENTERTAINING.value: tr("Entertaining"),
        ContentType.INSPIRING.value: tr("Inspiring"),
        ContentType.CONVERSATIONAL.value: tr("Conversational"),
        ContentType.PROMOTIONAL.value: tr("Promotional"),
        schedule.UNSET_TYPE: tr("No type"),
    }
    return labels.get(value, value)


def platform_names(platforms: Iterable[PlatformId]) -> str:
    return ", ".join(PLATFORMS[p].name for p in platforms)


# ---- one entry on a display clock ---------------------------------------------------------------


@dataclass(frozen=True)
class CalendarItem:
    """A calendar entry where the views show it: on `local`, the display zone's wall clock."""

    entry: CalendarEntry
    local: datetime  # naive
    workspace_name: str = ""
    workspace_colour: str = "#4c6ef5"

    @property
    def post_id(self) -> int:
        return self.entry.post.id

    @property
    def day(self) -> date:
        return self.local.date()

    @property
    def status(self) -> Status:
        return self.entry.post.status

    @property
    def platforms(self) -> tuple[PlatformId, ...]:
        return self.entry.platforms

    @property
    def label(self) -> str:
        """The title, or the first words of the text, or a placeholder."""
        post = self.entry.post
        if post.title.strip():
            return post.title.strip()
        words = post.body.split()
        if not words:
            return tr("Untitled post")
        text = " ".join(words[:FIRST_WORDS])
        return text + ("…" if len(words) > FIRST_WORDS else "")

    def describe(self, strong: bool = False) -> str:
        """One line for tooltips and screen readers."""
        parts = [
            f"{self.local:%H:%M}",
            self.label,
            status_label(self.status),
            platform_names(self.platforms) or tr("no network"),
        ]
        if self.workspace_name:
            parts.append(self.workspace_name)
        if self.entry.is_repeat:
            parts.append(tr("repeat"))
        if strong:
            parts.append(tr("needs attention: strong findings"))
        return " · ".join(parts)


def place_entries(
    entries: Iterable[CalendarEntry],
    *,
    display_zone: str | None,
    workspaces: dict[int, tuple[str, str]] | None = None,
) -> list[CalendarItem]:
    """Entries on a display clock: `display_zone`, or each post's own zone when None.

    `workspaces`: id → (name, colour), to name and colour each item (the "All workspaces" view).
    """
    known = workspaces or {}
    items = []
    for entry in entries:
        zone = display_zone or entry.zone
        name, colour = known.get(entry.post.workspace_id, ("", "#4c6ef5"))
        items.append(CalendarItem(entry, schedule.wall_clock(entry.at, zone), name, colour))
    items.sort(key=lambda item: (item.local, item.post_id, item.entry.occurrence))
    return items


def post_mime(item: CalendarItem) -> QMimeData:
    """What a dragged chip carries: enough to find the item again on drop."""
    mime = QMimeData()
    payload = {
        "post_id": item.post_id,
        "occurrence": item.entry.occurrence,
        "at": item.entry.at.isoformat(),
    }
    mime.setData(POST_MIME, QByteArray(json.dumps(payload).encode("utf-8")))
    mime.setText(item.label)
    return mime


@dataclass(frozen=True)
class DragPayload:
    post_id: int
    occurrence: int
    at: datetime


def read_post_mime(mime: QMimeData | None) -> DragPayload | None:
    """The dragged post, or None for anything else (text from another program, junk)."""
    if mime is None or not mime.hasFormat(POST_MIME):
        return None
    try:
        raw = json.loads(bytes(mime.data(POST_MIME).data()).decode("utf-8"))
        return DragPayload(
            int(raw["post_id"]), int(raw["occurrence"]), datetime.fromisoformat(raw["at"])
        )
    except (ValueError, KeyError, TypeError):
        return None


# ---- shared by the month and week grids ---------------------------------------------------------


class _ItemsModel(QAbstractTableModel):
    """Items, the set of posts with strong findings, and drop handling."""

    move_requested = Signal(object, object, object)  # DragPayload, date, hour (int | None)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[CalendarItem] = []
        self._strong: frozenset[int] = frozenset()
        self._today = date.today()

    @property
    def items(self) -> list[CalendarItem]:
        return list(self._items)

    @property
    def strong(self) -> frozenset[int]:
        return self._strong

    def is_strong(self, item: CalendarItem) -> bool:
        return item.post_id in self._strong

    def set_strong(self, post_ids: frozenset[int]) -> None:
        self._strong = frozenset(post_ids)
        self._changed_all()

    def set_today(self, today: date) -> None:
        self._today = today
        self._changed_all()

    def _changed_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def _tooltip(self, day: date, items: Sequence[CalendarItem]) -> str:
        heading = QLocale().toString(day, QLocale.FormatType.LongFormat)
        if not items:
            return tr("{day}: nothing planned. Double-click to start a draft here.").format(
                day=heading
            )
        lines = "".join(
            f"<li>{html.escape(item.describe(self.is_strong(item)))}</li>" for item in items
        )
        return f"<b>{html.escape(heading)}</b><ul style='margin:0'>{lines}</ul>"

    def _accessible(self, day: date, items: Sequence[CalendarItem]) -> str:
        heading = QLocale().toString(day, QLocale.FormatType.LongFormat)
        if not items:
            return tr("{day}, no posts").format(day=heading)
        described = "; ".join(item.describe(self.is_strong(item)) for item in items)
        return tr("{day}, %n post(s): {posts}", "", len(items)).format(day=heading, posts=described)

    # -- drag and drop --

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [POST_MIME]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return read_post_mime(data) is not None and parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        payload = read_post_mime(data)
        if payload is None or not parent.isValid():
            return False
        day = parent.data(DateRole)
        hour = parent.data(HourRole)
        self.move_requested.emit(payload, day, hour)
        return True

    def find(self, post_id: int, occurrence: int = 0) -> CalendarItem | None:
        return next(
            (
                item
                for item in self._items
                if item.post_id == post_id and item.entry.occurrence == occurrence
            ),
            None,
        )


class MonthModel(_ItemsModel):
    """Weeks × 7 days of one month, padded with the neighbouring months' days."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._weeks: list[list[date]] = []
        self._month = (self._today.year, self._today.month)
        self._first_weekday = schedule.MONDAY
        self._by_day: dict[date, list[CalendarItem]] = {}
        self.set_month(*self._month)

    @property
    def month(self) -> tuple[int, int]:
        return self._month

    @property
    def first_weekday(self) -> int:
        return self._first_weekday

    def days(self) -> list[date]:
        return [day for week in self._weeks for day in week]

    def set_month(self, year: int, month: int, first_weekday: int | None = None) -> None:
        self.beginResetModel()
        if first_weekday is not None:
            self._first_weekday = first_weekday
        self._month = (year, month)
        self._weeks = schedule.month_grid(year, month, self._first_weekday)
        self.endResetModel()

    def set_items(self, items: Iterable[CalendarItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        by_day: dict[date, list[CalendarItem]] = defaultdict(list)
        for item in self._items:
            by_day[item.day].append(item)
        self._by_day = dict(by_day)
        self.endResetModel()

    def items_on(self, day: date) -> list[CalendarItem]:
        return list(self._by_day.get(day, ()))

    def index_of_day(self, day: date) -> QModelIndex:
        for row, week in enumerate(self._weeks):
            if day in week:
                return self.index(row, week.index(day))
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._weeks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDropEnabled
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        day = self._weeks[index.row()][index.column()]
        items = self._by_day.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DateRole:
            return day
        if role == ItemsRole:
            return list(items)
        if role == TodayRole:
            return day == self._today
        if role == InPeriodRole:
            return (day.year, day.month) == self._month
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(day, items)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(day, items)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < 7:
                return None
            weekday = (self._first_weekday + section) % 7
            return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)
        if not 0 <= section < len(self._weeks):
            return None
        return str(self._weeks[section][3].isocalendar().week)  # a Sunday-first row too


class WeekModel(_ItemsModel):
    """24 hours × 7 days of the week holding `anchor`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._days: list[date] = []
        self._by_slot: dict[tuple[date, int], list[CalendarItem]] = {}
        self._first_weekday = schedule.MONDAY
        self.set_week(self._today)

    @property
    def days(self) -> list[date]:
        return list(self._days)

    def set_week(self, anchor: date, first_weekday: int | None = None) -> None:
        self.beginResetModel()
        if first_weekday is not None:
            self._first_weekday = first_weekday
        start = schedule.week_start(anchor, self._first_weekday)
        self._days = [start + timedelta(days=offset) for offset in range(7)]
        self.endResetModel()

    def set_items(self, items: Iterable[CalendarItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        by_slot: dict[tuple[date, int], list[CalendarItem]] = defaultdict(list)
        for item in self._items:
            by_slot[(item.day, item.local.hour)].append(item)
        self._by_slot = dict(by_slot)
        self.endResetModel()

    def index_of(self, day: date, hour: int) -> QModelIndex:
        if day not in self._days or not 0 <= hour < 24:
            return QModelIndex()
        return self.index(hour, self._days.index(day))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 24

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDropEnabled
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        day, hour = self._days[index.column()], index.row()
        items = self._by_slot.get((day, hour), [])
        if role == Qt.ItemDataRole.DisplayRole:
            return ""
        if role == DateRole:
            return day
        if role == HourRole:
            return hour
        if role == ItemsRole:
            return list(items)
        if role == TodayRole:
            return day == self._today
        if role == InPeriodRole:
            return True
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(day, items)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hour:02d}:00, " + self._accessible(day, items)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < 24:
                return f"{section:02d}:00"
            return None
        if not 0 <= section < len(self._days):
            return None
        day = self._days[section]
        if role == Qt.ItemDataRole.DisplayRole:
            name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{name} {day.day}"
        if role == TodayRole:
            return day == self._today
        return None


# ---- the list -----------------------------------------------------------------------------------


class ListModel(QAbstractTableModel):
    """One row per calendar item, in time order."""

    COLUMNS = ("when", "title", "networks", "status", "workspace", "findings")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[CalendarItem] = []
        self._strong: frozenset[int] = frozenset()

    @property
    def items(self) -> list[CalendarItem]:
        return list(self._items)

    def set_items(self, items: Iterable[CalendarItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_strong(self, post_ids: frozenset[int]) -> None:
        self._strong = frozenset(post_ids)
        if self._items:
            column = self.COLUMNS.index("findings")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._items) - 1, column))

    def row_of(self, post_id: int, occurrence: int = 0) -> int:
        for row, item in enumerate(self._items):
            if item.post_id == post_id and item.entry.occurrence == occurrence:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            "when": tr("When"),
            "title": tr("Post"),
            "networks": tr("Networks"),
            "status": tr("Status"),
            "workspace": tr("Workspace"),
            "findings": tr("Findings"),
        }
        return titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        strong = item.post_id in self._strong
        if role == ItemRole:
            return item
        if role == DateRole:
            return item.day
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.describe(strong)
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            return QColor(STATUS_COLOURS[item.status])
        if role == Qt.ItemDataRole.DecorationRole and column == "workspace":
            return QColor(item.workspace_colour) if item.workspace_name else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "when":
            day = QLocale().toString(item.day, "ddd d MMM")
            return f"{day}  {item.local:%H:%M}"
        if column == "title":
            return item.label + (tr(" (repeat)") if item.entry.is_repeat else "")
        if column == "networks":
            return platform_names(item.platforms)
        if column == "status":
            return status_label(item.status)
        if column == "workspace":
            return item.workspace_name
        return tr("Strong findings") if strong else ""


# ---- search results -----------------------------------------------------------------------------


def highlighted(text: str, terms: Iterable[str]) -> str:
    """`text` as HTML with every occurrence of each term in <b> (case-insensitive); the text
    and the terms are escaped, so any input is shown as typed."""
    wanted = sorted({term for term in terms if term}, key=len, reverse=True)
    if not wanted:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(term) for term in wanted), re.IGNORECASE)
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        parts.append(f"<b>{html.escape(match.group(0))}</b>")
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._zones: dict[int, str] = {}

    @property
    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def set_hits(self, hits: Sequence[SearchHit], zones: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._zones = dict(zones or {})
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _when(self, hit: SearchHit) -> str:
        post = hit.post
        if post.scheduled_at is None:
            return tr("Not scheduled")
        zone = post.scheduled_zone or self._zones.get(post.workspace_id, "UTC")
        local = schedule.wall_clock(post.scheduled_at, zone)
        return f"{QLocale().toString(local.date(), 'd MMM yyyy')} {local:%H:%M}"

    def _where(self, hit: SearchHit) -> str:
        if hit.where == "title":
            return tr("title")
        if hit.where == "text":
            return tr("text")
        if hit.where == "comment":
            return tr("comment")
        if hit.where in PlatformId._value2member_map_:
            return tr("{network} text").format(network=PLATFORMS[PlatformId(hit.where)].name)
        return hit.where

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        hit = self._hits[index.row()]
        title = hit.post.title.strip() or tr("Untitled post")
        heading = f"{title} · {self._when(hit)} · {self._where(hit)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{heading}\n{hit.excerpt}"
        if role == HtmlRole:
            shown = hit.excerpt
            if hit.where == "title":  # the title is the heading already: show the text under it
                words = " ".join(hit.post.body.split())
                shown = words[:160] + ("…" if len(words) > 160 else "")
            meta = f"{self._when(hit)} · {tr('found in')} {self._where(hit)}"
            return (
                f"<div style='font-weight:600'>{highlighted(title, hit.terms)}</div>"
                f"<div style='color:palette(placeholder-text)'>{html.escape(meta)}</div>"
                f"<div>{highlighted(shown, hit.terms)}</div>"
            )
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{heading}: {hit.excerpt}"
        if role == HitRole:
            return hit
        if role == PostIdsRole:
            return (hit.post.id,)
        return None


# ---- health issues ------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssueRow:
    workspace_name: str
    week_start: date
    issue: schedule.HealthIssue


class HealthIssuesModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IssueRow] = []

    @property
    def rows(self) -> list[IssueRow]:
        return list(self._rows)

    def set_rows(self, rows: Iterable[IssueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        row = self._rows[index.row()]
        week = tr("Week of {day}").format(day=QLocale().toString(row.week_start, "d MMM"))
        where = f"{week} · {row.workspace_name}" if row.workspace_name else week
        posts = tr("%n post(s)", "", len(row.issue.post_ids))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{where} · {posts}\n{row.issue.message}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{where}: {row.issue.message} ({posts})"
        if role == PostIdsRole:
            return row.issue.post_ids
        if role == DateRole:
            return row.issue.day or row.week_start
        return None
