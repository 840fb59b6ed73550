"""Posting slots: a workspace's regular times to post, and "Add to next free slot".

    SlotBook      reads a workspace's slots and finds the next free one (queries in
                  studio.storage.calendar, calendar math in studio.domain.schedule); replacing
                  the slots is a write, so it goes through the DB-writer thread
    SlotsDialog   the small editor: a list of slots (weekday, time, network) with Add / Remove

Slot times are wall-clock times in the workspace's zone (the audience's), so "Tue 09:00" stays
09:00 there across daylight-saving changes; the dialog names the zone.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QLocale, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from studio.domain import schedule
from studio.domain.platforms import PLATFORMS, PlatformId
from studio.domain.posts import Status
from studio.domain.schedule import PostingSlot
from studio.services.tasks import TaskRunner
from studio.storage.calendar import (
    CalendarFilter,
    SlotRepository,
    calendar_entries,
    db_workspace_zone,
)
from studio.storage.database import Database
from studio.ui.i18n import tr

# How far ahead "next free slot" looks: a year covers every weekly rhythm.
HORIZON = timedelta(days=366)


class SlotBook(QObject):
    """A workspace's posting slots: read them, replace them (on the DB writer), find the next
    free one."""

    changed = Signal(int)  # workspace id whose slots were replaced
    failed = Signal(str)  # plain words

    def __init__(
        self, database: Database, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks

    def slots(self, workspace_id: int) -> list[PostingSlot]:
        return SlotRepository(self._database).slots(workspace_id)

    def zone(self, workspace_id: int) -> str:
        return db_workspace_zone(self._database, workspace_id)

    def replace(
        self,
        workspace_id: int,
        slots: Sequence[PostingSlot],
        *,
        expected: Sequence[PostingSlot] | None = None,
    ) -> None:
        """Make `slots` the workspace's slots; `changed` follows once written. With `expected`
        (the slots the person started from), `failed` follows instead when someone else changed
        them meanwhile, and theirs are kept."""
        wanted = list(slots)
        started_from = list(expected) if expected is not None else None

        def write() -> None:
            SlotRepository(self._database).replace_all(workspace_id, wanted, expected=started_from)

        self._tasks.write(
            write,
            on_success=lambda _result: self.changed.emit(workspace_id),
            on_failure=lambda error: self.failed.emit(str(error)),
        )

    def next_free(
        self,
        workspace_id: int,
        *,
        after: datetime,
        platforms: Sequence[PlatformId] = (),
        post_id: int | None = None,
    ) -> datetime | None:
        """The first slot after `after` (UTC) that no other post of the workspace takes.

        With networks chosen, a slot must be for one of them (or for any network) and only
        posts on those networks take it. The post being edited (`post_id`) never takes a slot
        from itself: asking again after scheduling it keeps it where it is or finds an earlier
        one freed since.
        """
        slots = self.slots(workspace_id)
        if platforms:
            slots = [s for s in slots if any(s.applies_to(p) for p in platforms)]
        if not slots:
            return None
        zone = self.zone(workspace_id)
        chosen = CalendarFilter.of(
            workspace=workspace_id,
            platforms=platforms or None,
            statuses=[s for s in Status if s is not Status.ARCHIVED],
        )
        occupied = [
            entry.at
            for entry in calendar_entries(self._database, after, after + HORIZON, chosen)
            if entry.post.id != post_id
        ]
        return schedule.next_free_slot(slots, zone, after, occupied, horizon=HORIZON)


def now_utc() -> datetime:
    return datetime.now(UTC)


def weekday_name(weekday: int) -> str:
    """Monday = 0, in the person's language."""
    return (
        QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat) or _calendar.day_name[weekday]
    )


def slot_text(slot: PostingSlot) -> str:
    network = PLATFORMS[slot.platform].name if slot.platform else tr("any network")
    return tr("{weekday} {time} · {network}").format(
        weekday=weekday_name(slot.weekday), time=f"{slot.clock:%H:%M}", network=network
    )


class SlotsDialog(QDialog):
    """Edit one workspace's posting slots; Save replaces them all at once."""

    def __init__(
        self,
        book: SlotBook,
        workspace_id: int,
        workspace_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("slots_dialog")
        self.setWindowTitle(self.tr("Posting Slots — {workspace}").format(workspace=workspace_name))
        self.setAccessibleName(self.tr("Posting slots"))
        self._book = book
        self._workspace_id = workspace_id
        self._slots: list[PostingSlot] = sorted(set(book.slots(workspace_id)))
        self._read: list[PostingSlot] = list(self._slots)  # what Save must still find stored

        intro = QLabel(
            self.tr(
                "The regular times {workspace} posts at. “Next Free Slot” in the composer picks "
                "the first one no other post takes. Times are in {zone}, where the audience is."
            ).format(workspace=workspace_name, zone=book.zone(workspace_id)),
            self,
        )
        intro.setWordWrap(True)
        self.intro_label = intro

        self.slot_list = QListWidget(self)
        self.slot_list.setObjectName("slot_list")
        self.slot_list.setAccessibleName(self.tr("Posting slots"))
        self.slot_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.slot_list.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(
            self.tr("No slots yet. Pick a day, a time and a network below, then Add."), self
        )
        self.empty_label.setObjectName("slots_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(self.empty_label.foregroundRole())

        self.weekday_combo = QComboBox(self)
        self.weekday_combo.setObjectName("slot_weekday")
        self.weekday_combo.setAccessibleName(self.tr("Weekday"))
        for weekday in range(7):
            self.weekday_combo.addItem(weekday_name(weekday), weekday)
        self.time_edit = QTimeEdit(QTime(9, 0), self)
        self.time_edit.setObjectName("slot_time")
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setDisplayFormat("HH:mm")
        self.platform_combo = QComboBox(self)
        self.platform_combo.setObjectName("slot_platform")
        self.platform_combo.setAccessibleName(self.tr("Network"))
        self.platform_combo.addItem(self.tr("Any network"), None)
        for platform, spec in PLATFORMS.items():
            self.platform_combo.addItem(spec.name, platform.value)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("slot_add")
        self.add_button.clicked.connect(self.add_from_fields)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("slot_remove")
        self.remove_button.clicked.connect(self.remove_selected)

        fields = QHBoxLayout()
        fields.setSpacing(6)
        fields.addWidget(self.weekday_combo, 2)
        fields.addWidget(self.time_edit, 1)
        fields.addWidget(self.platform_combo, 2)
        fields.addWidget(self.add_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        list_row = QHBoxLayout()
        list_row.addWidget(self.slot_list, 1)
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addStretch(1)
        list_row.addLayout(side)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(list_row, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(fields)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 64, self.sizeHint().height() + 80)
        self._fill()

    def slots(self) -> list[PostingSlot]:
        return list(self._slots)

    def add_slot(self, slot: PostingSlot) -> None:
        if slot not in self._slots:
            self._slots = sorted({*self._slots, slot})
            self._fill(select=slot)

    def add_from_fields(self) -> None:
        moment = self.time_edit.time()
        value = self.platform_combo.currentData()
        self.add_slot(
            PostingSlot(
                weekday=int(self.weekday_combo.currentData()),
                clock=time(moment.hour(), moment.minute()),
                platform=PlatformId(value) if value else None,
            )
        )

    def remove_selected(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.slot_list.selectedItems()}
        self._slots = [s for s in self._slots if s not in chosen]
        self._fill()

    def accept(self) -> None:
        self._book.replace(self._workspace_id, self._slots, expected=self._read)
        super().accept()

    def _fill(self, select: PostingSlot | None = None) -> None:
        self.slot_list.clear()
        for slot in self._slots:
            item = QListWidgetItem(slot_text(slot), self.slot_list)
            item.setData(Qt.ItemDataRole.UserRole, slot)
            if slot == select:
                self.slot_list.setCurrentItem(item)
        self.slot_list.setVisible(bool(self._slots))
        self.empty_label.setVisible(not self._slots)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.slot_list.selectedItems()))
        self.remove_button.setVisible(bool(self._slots))
