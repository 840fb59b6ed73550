"""The side column of the composer: where the post goes and what it is.

Workspace, status, networks, content type, campaign, the scheduled time (always on the wall clock
of the workspace's zone — the audience's — with the zone named next to it), and whether the post
is sponsored and for whom. Plain values in (`load`), `changed` out when the writer edits one; a
status choice is only a request (`status_requested`): the composer asks the DraftService, which
may refuse, and then shows the status the post really has.

Under a publishing time, "Repeat" makes a recurring or evergreen post. Its rule is not part of the
draft's autosave: once `attach_recurrence` gave it a RecurrenceBook, the rule is read when a post
is loaded and written (on the DB writer) as soon as the writer changes it — after the composer's
pending autosave is flushed, so the post's time is stored before a rule that needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import PLATFORMS, PlatformId
from studio.domain.posts import ContentType, Status, allowed_transitions
from studio.domain.schedule import Recurrence
from studio.storage.records import CampaignData, WorkspaceData
from studio.ui.recurrence_editor import RecurrenceBook, RecurrenceEditor
from studio.ui.workspace_dialog import colour_swatch

# The order people move through the workflow, for the status list.
STATUS_ORDER = tuple(Status)


class DraftDetails(QWidget):
    changed = Signal()  # a field the writer edited (not a load)
    status_requested = Signal(object)  # Status the writer picked
    workspace_requested = Signal(int)  # workspace id the writer picked
    next_slot_requested = Signal()  # "Next Free Slot": the composer asks the calendar
    edit_slots_requested = Signal()  # "Posting Slots…": the workspace's slot editor
    message = Signal(str)  # a one-line note for the status bar (a repeat not saved, and why)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_details")
        self._loading = False
        self._status = Status.DRAFT
        self._zone = "UTC"
        # Set by `attach_recurrence`; without it the Repeat control stays hidden.
        self._book: RecurrenceBook | None = None
        self._post_id_of: Callable[[], int | None] = lambda: None
        self._flush: Callable[[], None] = lambda: None
        self._repeat_post: int | None = None  # the post whose rule the control shows
        self._awaiting_rule = False  # a read of that rule is on its way
        self._stored_rule: Recurrence | None = None  # that rule as last read or written

        self.workspace_combo = QComboBox(self)
        self.workspace_combo.setObjectName("details_workspace")
        self.workspace_combo.setAccessibleName(self.tr("Workspace of this post"))
        self.workspace_combo.currentIndexChanged.connect(self._on_workspace_picked)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("details_status")
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setToolTip(self.tr("Only the next steps of the workflow are offered."))
        self.status_combo.activated.connect(self._on_status_picked)

        self.content_type_combo = QComboBox(self)
        self.content_type_combo.setObjectName("details_content_type")
        self.content_type_combo.setAccessibleName(self.tr("Content type"))
        self.content_type_combo.addItem(self.tr("Not set"), None)
        for kind in ContentType:
            self.content_type_combo.addItem(kind.value.capitalize(), kind.value)
        self.content_type_combo.currentIndexChanged.connect(self._emit_changed)

        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setObjectName("details_campaign")
        self.campaign_combo.setAccessibleName(self.tr("Campaign"))
        self.campaign_combo.currentIndexChanged.connect(self._emit_changed)

        self.schedule_check = QCheckBox(self.tr("Publish at"), self)
        self.schedule_check.setObjectName("details_schedule_check")
        self.schedule_check.toggled.connect(self._on_schedule_toggled)
        self.schedule_edit = QDateTimeEdit(self)
        self.schedule_edit.setObjectName("details_schedule")
        self.schedule_edit.setAccessibleName(self.tr("Publishing date and time"))
        self.schedule_edit.setCalendarPopup(True)
        self.schedule_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.schedule_edit.setEnabled(False)
        self.schedule_edit.dateTimeChanged.connect(self._on_schedule_edited)
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("details_zone")
        self.zone_label.setWordWrap(True)
        self.zone_label.setForegroundRole(self.foregroundRole())
        self.next_slot_button = QPushButton(self.tr("Next Free Slot"), self)
        self.next_slot_button.setObjectName("details_next_slot")
        self.next_slot_button.setAccessibleName(self.tr("Add to the next free posting slot"))
        self.next_slot_button.clicked.connect(self.next_slot_requested)
        self.slots_button = QToolButton(self)
        self.slots_button.setObjectName("details_edit_slots")
        self.slots_button.setText(self.tr("Slots…"))
        self.slots_button.setAccessibleName(self.tr("Edit the workspace's posting slots"))
        self.slots_button.setToolTip(self.tr("The regular times this workspace posts at"))
        self.slots_button.clicked.connect(self.edit_slots_requested)
        self.set_slot_hint(None)
        self.repeat_editor = RecurrenceEditor(self)
        self.repeat_editor.edited.connect(self._on_repeat_edited)

        self.sponsored_check = QCheckBox(self.tr("Sponsored, gifted or affiliate"), self)
        self.sponsored_check.setObjectName("details_sponsored")
        self.sponsored_check.setToolTip(
            self.tr("Disclosure checks then look for a clear label before the fold.")
        )
        self.sponsored_check.toggled.connect(self._on_sponsored_toggled)
        self.partner_edit = QLineEdit(self)
        self.partner_edit.setObjectName("details_partner")
        self.partner_edit.setAccessibleName(self.tr("Partner"))
        self.partner_edit.setPlaceholderText(self.tr("Brand or partner"))
        self.partner_edit.setEnabled(False)
        self.partner_edit.textEdited.connect(self._emit_changed)

        self.platform_checks: dict[PlatformId, QCheckBox] = {}
        networks = QGroupBox(self.tr("Networks"), self)
        networks.setObjectName("details_networks")
        grid = QGridLayout(networks)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for index, platform in enumerate(PLATFORMS):
            check = QCheckBox(PLATFORMS[platform].name, networks)
            check.setObjectName(f"platform_{platform.value}")
            check.toggled.connect(self._emit_changed)
            grid.addWidget(check, index // 2, index % 2)
            self.platform_checks[platform] = check

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("&Workspace"), self.workspace_combo)
        form.addRow(self.tr("S&tatus"), self.status_combo)
        form.addRow(self.tr("&Type"), self.content_type_combo)
        form.addRow(self.tr("Ca&mpaign"), self.campaign_combo)

        schedule = QVBoxLayout()
        schedule.setSpacing(4)
        schedule.addWidget(self.schedule_check)
        schedule.addWidget(self.schedule_edit)
        schedule.addWidget(self.zone_label)
        slot_row = QHBoxLayout()
        slot_row.setSpacing(6)
        slot_row.addWidget(self.next_slot_button, 1)
        slot_row.addWidget(self.slots_button)
        schedule.addLayout(slot_row)
        schedule.addSpacing(4)
        schedule.addWidget(self.repeat_editor)
        sponsored = QVBoxLayout()
        sponsored.setSpacing(4)
        sponsored.addWidget(self.sponsored_check)
        sponsored.addWidget(self.partner_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(networks)
        layout.addLayout(schedule)
        layout.addLayout(sponsored)
        layout.addStretch(1)

    # ---- in -------------------------------------------------------------------------------

    def set_workspaces(self, workspaces: Sequence[WorkspaceData]) -> None:
        chosen = self.workspace_combo.currentData()
        self._loading = True
        try:
            self.workspace_combo.clear()
            for workspace in workspaces:
                self.workspace_combo.addItem(
                    colour_swatch(workspace.colour), workspace.name, workspace.id
                )
            self._select(self.workspace_combo, chosen)
        finally:
            self._loading = False

    def set_campaigns(self, campaigns: Sequence[CampaignData]) -> None:
        chosen = self.campaign_combo.currentData()
        self._loading = True
        try:
            self.campaign_combo.clear()
            self.campaign_combo.addItem(self.tr("None"), None)
            for campaign in campaigns:
                self.campaign_combo.addItem(
                    colour_swatch(campaign.colour), campaign.name, campaign.id
                )
            self._select(self.campaign_combo, chosen)
        finally:
            self._loading = False

    def load(
        self,
        *,
        workspace: WorkspaceData | None,
        status: Status,
        content_type: ContentType | None,
        campaign_id: int | None,
        scheduled_local: datetime | None,
        sponsored: bool,
        partner: str,
        platforms: Sequence[PlatformId],
    ) -> None:
        self._loading = True
        try:
            self._select(self.workspace_combo, workspace.id if workspace else None)
            self._zone = workspace.timezone if workspace else "UTC"
            self.zone_label.setText(
                self.tr("Time in {zone}, where the audience is.").format(zone=workspace.timezone)
                if workspace
                else ""
            )
            self.set_status(status)
            self._select(self.content_type_combo, content_type.value if content_type else None)
            self._select(self.campaign_combo, campaign_id)
            self.schedule_check.setChecked(scheduled_local is not None)
            self.schedule_edit.setEnabled(scheduled_local is not None)
            self.schedule_edit.setDateTime(
                _qt_datetime(scheduled_local) if scheduled_local else _next_round_hour()
            )
            self.sponsored_check.setChecked(sponsored)
            self.partner_edit.setEnabled(sponsored)
            self.partner_edit.setText(partner)
            for platform, check in self.platform_checks.items():
                check.setChecked(platform in platforms)
        finally:
            self._loading = False
        self._load_rule()

    def set_status(self, status: Status) -> None:
        """Show `status` and offer only the moves the workflow allows from it."""
        self._status = status
        was_loading, self._loading = self._loading, True
        try:
            self.status_combo.clear()
            offered = {status, *allowed_transitions(status)}
            # Qt stores a str subclass as a plain string: keep the values, convert back on read.
            for each in STATUS_ORDER:
                if each in offered:
                    self.status_combo.addItem(each.label, each.value)
            self._select(self.status_combo, status.value)
        finally:
            self._loading = was_loading

    def set_slot_hint(self, next_slot: str | None, *, reason: str = "") -> None:
        """Offer "Next Free Slot" when there is one (`next_slot`: its time, as words); otherwise
        the button is off and its tooltip says why (`reason`) and how to add slots."""
        self.next_slot_button.setEnabled(next_slot is not None)
        if next_slot is not None:
            tip = self.tr("Schedule this post for {slot}, the next free slot.").format(
                slot=next_slot
            )
        else:
            tip = reason or self.tr(
                "This workspace has no posting slots yet: add some with “Slots…” "
                "(or Edit ▸ Posting Slots…)."
            )
        self.next_slot_button.setToolTip(tip)
        self.next_slot_button.setAccessibleDescription(tip)

    def show_schedule(self, local: datetime) -> None:
        """Schedule at `local` (the workspace's wall clock), as if the writer had set it."""
        self._loading = True
        try:
            self.schedule_check.setChecked(True)
            self.schedule_edit.setEnabled(True)
            self.schedule_edit.setDateTime(_qt_datetime(local))
        finally:
            self._loading = False
        self.changed.emit()
        self._schedule_moved()

    def attach_recurrence(
        self,
        book: RecurrenceBook,
        *,
        post_id: Callable[[], int | None],
        flush: Callable[[], None],
    ) -> None:
        """Offer "Repeat", stored through `book`. `post_id` names the post being edited (None
        while nothing was saved); `flush` stores the composer's pending autosave and is called
        before each write. Attaching again replaces the book."""
        if self._book is not None:
            self._book.loaded.disconnect(self._on_rule_loaded)
            self._book.saved.disconnect(self._on_rule_saved)
            self._book.conflict.disconnect(self._on_rule_conflict)
            self._book.failed.disconnect(self._on_rule_failed)
        self._book = book
        self._post_id_of = post_id
        self._flush = flush
        book.loaded.connect(self._on_rule_loaded)
        book.saved.connect(self._on_rule_saved)
        book.conflict.connect(self._on_rule_conflict)
        book.failed.connect(self._on_rule_failed)
        self._repeat_post = None
        self._load_rule()

    # ---- out ------------------------------------------------------------------------------

    @property
    def status(self) -> Status:
        return self._status

    def workspace_id(self) -> int | None:
        value = self.workspace_combo.currentData()
        return value if isinstance(value, int) else None

    def content_type(self) -> ContentType | None:
        value = self.content_type_combo.currentData()
        return ContentType(value) if value else None

    def campaign_id(self) -> int | None:
        value = self.campaign_combo.currentData()
        return value if isinstance(value, int) else None

    def scheduled_local(self) -> datetime | None:
        if not self.schedule_check.isChecked():
            return None
        moment = self.schedule_edit.dateTime()
        date, time = moment.date(), moment.time()
        return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())

    def sponsored(self) -> bool:
        return self.sponsored_check.isChecked()

    def partner(self) -> str:
        return self.partner_edit.text().strip()

    def platforms(self) -> tuple[PlatformId, ...]:
        return tuple(p for p, check in self.platform_checks.items() if check.isChecked())

    def recurrence(self) -> Recurrence | None:
        """The repeat the control shows (None: it does not repeat, or it has no time)."""
        if not self.schedule_check.isChecked():
            return None
        return self.repeat_editor.rule()

    # ---- internals --------------------------------------------------------------------------

    def _emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_schedule_toggled(self, on: bool) -> None:
        self.schedule_edit.setEnabled(on)
        self._emit_changed()
        self._show_repeat()
        if not self._loading:
            # A post without a time cannot repeat; the control keeps the rule for a new time.
            self._write_rule_if_changed()

    def _on_schedule_edited(self, *_args: object) -> None:
        self._emit_changed()
        if not self._loading:
            self._schedule_moved()

    def _schedule_moved(self) -> None:
        self.repeat_editor.set_start(self.scheduled_local(), self._zone)
        # An end day before the new time was moved up to it: store what the control shows.
        self._write_rule_if_changed()

    # ---- repeat -----------------------------------------------------------------------------

    def _show_repeat(self) -> None:
        self.repeat_editor.setVisible(self._book is not None and self.schedule_check.isChecked())

    def _load_rule(self) -> None:
        """Show the rule of the post now loaded (read through the DB writer's queue)."""
        post_id = self._post_id_of() if self._book is not None else None
        if post_id != self._repeat_post or post_id is None:
            self._repeat_post = post_id
            self._stored_rule = None
            self.repeat_editor.set_rule(None)
        self.repeat_editor.set_start(self.scheduled_local(), self._zone)
        self._show_repeat()
        self._awaiting_rule = post_id is not None
        if self._book is not None and post_id is not None:
            self._book.request(post_id)

    def _on_rule_loaded(self, post_id: int, rule: Recurrence | None) -> None:
        # A read answered after the writer changed the control is older than the control.
        if post_id != self._repeat_post or not self._awaiting_rule:
            return
        self._awaiting_rule = False
        self._stored_rule = rule
        self.repeat_editor.set_rule(rule)
        self.repeat_editor.set_start(self.scheduled_local(), self._zone)

    def _on_repeat_edited(self) -> None:
        self._awaiting_rule = False
        self._write_rule_if_changed()

    def _write_rule_if_changed(self) -> None:
        wanted = self.recurrence()
        if self._book is None or wanted == self._stored_rule:
            return
        self._flush()  # the post's time (and its very first row) before the rule needing it
        post_id = self._post_id_of()
        if post_id is None:
            self.repeat_editor.set_rule(None)
            note = self.tr("Write something first: an empty draft is not saved, so cannot repeat.")
            self.repeat_editor.show_note(note)
            self.message.emit(note)
            return
        self._repeat_post = post_id  # a new draft has just got its id
        self._stored_rule = wanted  # asked for; `failed` puts the old one back
        self._book.save(post_id, wanted)

    def _on_rule_saved(self, post_id: int, rule: Recurrence | None) -> None:
        if post_id == self._repeat_post:
            self._stored_rule = rule

    def _on_rule_conflict(
        self, post_id: int, _mine: Recurrence | None, theirs: Recurrence | None
    ) -> None:
        """Someone else changed the repeat first: show theirs, say that the choice was not kept.
        Choosing again then replaces theirs knowingly (the book now holds their version)."""
        if post_id != self._repeat_post:
            return
        self._awaiting_rule = False
        self._stored_rule = theirs
        self.repeat_editor.set_rule(theirs)
        self.repeat_editor.set_start(self.scheduled_local(), self._zone)
        note = self.tr(
            "Someone else changed this post's repeat in the meantime: theirs is shown, yours was "
            "not saved. Choose again to replace it."
        )
        self.repeat_editor.show_note(note)
        self.message.emit(note)

    def _on_rule_failed(self, reason: str) -> None:
        note = self.tr("The repeat was not saved: {reason}").format(reason=reason)
        self.message.emit(note)
        if self._repeat_post is not None and self._book is not None:
            self._awaiting_rule = True
            self._book.request(self._repeat_post)  # show what is really stored
        self.repeat_editor.show_note(note)

    def _on_sponsored_toggled(self, on: bool) -> None:
        self.partner_edit.setEnabled(on)
        self._emit_changed()

    def _on_status_picked(self, index: int) -> None:
        value = self.status_combo.itemData(index)
        wanted = Status(value) if value else self._status
        if wanted is not self._status:
            self._select(self.status_combo, self._status.value)  # until the service agrees
            self.status_requested.emit(wanted)

    def _on_workspace_picked(self, _index: int) -> None:
        workspace_id = self.workspace_id()
        if not self._loading and workspace_id is not None:
            self.workspace_requested.emit(workspace_id)

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)


def _qt_datetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _next_round_hour() -> QDateTime:
    now = QDateTime.currentDateTime().addSecs(3600)
    return QDateTime(now.date(), QTime(now.time().hour(), 0))
