"""Repeating and evergreen posts in the composer: the "Repeat" control and where it is stored.

    RecurrenceBook     reads and writes a post's repeat rule (studio.storage.calendar's
                       RecurrenceRepository), both through the DB-writer queue: the write happens
                       off the GUI thread, and a read asked after a write sees it. Each write
                       names the version it read, like a post's save: when someone else changed
                       the repeat meanwhile (or switched it off), `conflict` says so and nothing
                       is overwritten
    RecurrenceEditor   the compact control: Never / daily / weekly / monthly, every N, ending
                       never, on a day, or after N times; plain `Recurrence` in and out

The rule only says how the post repeats; the repeats themselves are computed by the calendar
(studio.domain.schedule.occurrences) and never copy the post's text.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from studio.domain import schedule
from studio.domain.schedule import Frequency, Recurrence
from studio.services.tasks import Pool, TaskRunner
from studio.storage.calendar import RecurrenceData, RecurrenceRepository
from studio.storage.database import Database
from studio.storage.errors import ConflictError
from studio.ui.i18n import tr

MAX_INTERVAL = 99  # "every 99 months" is already eight years
MAX_COUNT = 999


class RecurrenceBook(QObject):
    """A post's repeat rule, read and written on the DB-writer thread."""

    loaded = Signal(int, object)  # post id, Recurrence | None
    saved = Signal(int, object)  # post id, Recurrence | None as now stored
    # post id, mine (Recurrence | None, not saved), theirs (Recurrence | None, as stored now)
    conflict = Signal(int, object, object)
    failed = Signal(str)  # plain words

    def __init__(
        self, database: Database, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        # Each post's repeat as last read or written here, with its version. Only touched on
        # the DB-writer thread, where every read and write of this book runs in order: so
        # saves queued one after another build on each other instead of conflicting.
        self._known: dict[int, RecurrenceData] = {}

    def request(self, post_id: int) -> None:
        """Read the post's rule; `loaded` follows. Queued behind every write asked before."""

        def read() -> Recurrence | None:
            data = RecurrenceRepository(self._database).read(post_id)
            self._known[post_id] = data
            return data.rule

        self._tasks.submit(
            read,
            pool=Pool.DB_WRITER,
            on_success=lambda rule: self.loaded.emit(post_id, rule),
            on_failure=lambda error: self.failed.emit(str(error)),
        )

    def save(self, post_id: int, rule: Recurrence | None) -> None:
        """Make the post repeat by `rule` (None: not at all); `saved` follows once written,
        `conflict` when someone else changed the post's repeat since it was read here."""

        def write() -> Recurrence | None:
            # A post never read here is a new draft, shown without a repeat: version 0.
            current = self._known.get(post_id, RecurrenceData(post_id, None))
            try:
                stored = RecurrenceRepository(self._database).save(current, rule)
            except ConflictError as error:
                if isinstance(error.theirs, RecurrenceData):
                    self._known[post_id] = error.theirs  # the next choice builds on theirs
                raise
            self._known[post_id] = stored
            return stored.rule

        def failed(error: BaseException) -> None:
            if isinstance(error, ConflictError) and isinstance(error.theirs, RecurrenceData):
                self.conflict.emit(post_id, rule, error.theirs.rule)
            else:
                self.failed.emit(str(error))

        self._tasks.write(
            write, on_success=lambda stored: self.saved.emit(post_id, stored), on_failure=failed
        )


# The frequency list, in order; None is "Never".
_FREQUENCIES: tuple[Frequency | None, ...] = (
    None,
    Frequency.DAILY,
    Frequency.WEEKLY,
    Frequency.MONTHLY,
)


class _Ending:
    NEVER = "never"
    ON_DAY = "until"
    AFTER = "count"


class RecurrenceEditor(QWidget):
    """Repeat [Never ▾] · Every [2 weeks] · Ends [After ▾] [5 times], and a line saying it."""

    edited = Signal()  # the person changed the rule (not `set_rule`)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recurrence_editor")
        self._loading = False
        self._first: datetime | None = None  # the post's own time, UTC: for the summary
        self._zone = "UTC"

        self.frequency_combo = QComboBox(self)
        self.frequency_combo.setObjectName("repeat_frequency")
        self.frequency_combo.setAccessibleName(self.tr("Repeat"))
        self.frequency_combo.setToolTip(
            self.tr("Publish this post again and again: the calendar shows each repeat with ↻.")
        )
        for frequency, label in zip(
            _FREQUENCIES,
            (self.tr("Never"), self.tr("Daily"), self.tr("Weekly"), self.tr("Monthly")),
            strict=True,
        ):
            self.frequency_combo.addItem(label, frequency.value if frequency else None)
        self.frequency_combo.currentIndexChanged.connect(self._on_changed)

        self.interval_spin = QSpinBox(self)
        self.interval_spin.setObjectName("repeat_interval")
        self.interval_spin.setAccessibleName(self.tr("Repeat every"))
        self.interval_spin.setRange(1, MAX_INTERVAL)
        # Typing "12" writes once, on Enter or leaving the field, not for "1" then "12".
        self.interval_spin.setKeyboardTracking(False)
        self.interval_spin.valueChanged.connect(self._on_changed)

        self.ending_combo = QComboBox(self)
        self.ending_combo.setObjectName("repeat_ending")
        self.ending_combo.setAccessibleName(self.tr("Repeat ends"))
        self.ending_combo.addItem(self.tr("Never"), _Ending.NEVER)
        self.ending_combo.addItem(self.tr("On"), _Ending.ON_DAY)
        self.ending_combo.addItem(self.tr("After"), _Ending.AFTER)
        self.ending_combo.setToolTip(self.tr("Never: an evergreen post, until you stop it."))
        self.ending_combo.currentIndexChanged.connect(self._on_changed)

        self.until_edit = QDateEdit(self)
        self.until_edit.setObjectName("repeat_until")
        self.until_edit.setAccessibleName(self.tr("Last day of the repeats"))
        self.until_edit.setCalendarPopup(True)
        # The locale's short form: the narrow column has no room for month names.
        self.until_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.until_edit.dateChanged.connect(self._on_changed)

        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("repeat_count")
        self.count_spin.setAccessibleName(self.tr("Number of times, this post included"))
        self.count_spin.setRange(2, MAX_COUNT)
        self.count_spin.setValue(5)
        self.count_spin.setKeyboardTracking(False)
        self.count_spin.valueChanged.connect(self._on_changed)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("repeat_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setEnabled(False)  # the palette's quieter text, in light and dark

        # The side column is narrow: the ending's words stay as small as they are, the day or
        # the count takes the rest.
        self.ending_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ending = QHBoxLayout()
        ending.setSpacing(4)
        ending.addWidget(self.ending_combo)
        ending.addWidget(self.until_edit, 1)
        ending.addWidget(self.count_spin, 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.every_label = QLabel(self.tr("Every"), self)
        self.ends_label = QLabel(self.tr("Ends"), self)
        repeat_label = QLabel(self.tr("&Repeat"), self)
        repeat_label.setBuddy(self.frequency_combo)
        self.every_label.setBuddy(self.interval_spin)
        self.ends_label.setBuddy(self.ending_combo)
        form.addRow(repeat_label, self.frequency_combo)
        form.addRow(self.every_label, self.interval_spin)
        form.addRow(self.ends_label, ending)
        form.addRow(self.summary_label)
        self._show_fields()

    # ---- in -------------------------------------------------------------------------------

    def set_rule(self, rule: Recurrence | None) -> None:
        """Show `rule` (None: Never) without announcing an edit."""
        self._loading = True
        try:
            frequency = rule.frequency.value if rule else None
            self.frequency_combo.setCurrentIndex(max(0, self.frequency_combo.findData(frequency)))
            self.interval_spin.setValue(rule.interval if rule else 1)
            if rule is not None and rule.count is not None:
                ending = _Ending.AFTER
                self.count_spin.setValue(max(rule.count, self.count_spin.minimum()))
            elif rule is not None and rule.until is not None:
                ending = _Ending.ON_DAY
                self.until_edit.setDate(_qdate(rule.until))
            else:
                ending = _Ending.NEVER
            self.ending_combo.setCurrentIndex(self.ending_combo.findData(ending))
        finally:
            self._loading = False
        self._show_fields()

    def set_start(self, local: datetime | None, zone: str) -> None:
        """The post's own time (naive, on `zone`'s wall clock): the repeats count from it, the
        end day cannot come before it, and the summary names the last repeat."""
        self._zone = zone
        self._first = schedule.to_utc(local, zone) if local is not None else None
        self._loading = True
        try:
            if local is not None:
                first = _qdate(local.date())
                self.until_edit.setMinimumDate(first)
                if self.until_edit.date() <= first or self._ending() != _Ending.ON_DAY:
                    # A sensible default for "On": three months after the post.
                    self.until_edit.setDate(first.addMonths(3))
        finally:
            self._loading = False
        self._show_summary()

    # ---- out ------------------------------------------------------------------------------

    def rule(self) -> Recurrence | None:
        value = self.frequency_combo.currentData()
        if not value:
            return None
        ending = self._ending()
        until = self.until_edit.date() if ending == _Ending.ON_DAY else None
        return Recurrence(
            frequency=Frequency(value),
            interval=self.interval_spin.value(),
            until=date(until.year(), until.month(), until.day()) if until is not None else None,
            count=self.count_spin.value() if ending == _Ending.AFTER else None,
        )

    def summary(self) -> str:
        return self.summary_label.text()

    def show_note(self, text: str) -> None:
        """A word on why the rule was not kept (until the next change)."""
        self.summary_label.setText(text)
        self.summary_label.setVisible(bool(text))

    # ---- internals --------------------------------------------------------------------------

    def _ending(self) -> str:
        return str(self.ending_combo.currentData())

    def _on_changed(self, *_args: object) -> None:
        self._show_fields()
        if not self._loading:
            self.edited.emit()

    def _show_fields(self) -> None:
        repeating = bool(self.frequency_combo.currentData())
        ending = self._ending()
        for widget in (self.every_label, self.interval_spin, self.ends_label, self.ending_combo):
            widget.setVisible(repeating)
        self.until_edit.setVisible(repeating and ending == _Ending.ON_DAY)
        self.count_spin.setVisible(repeating and ending == _Ending.AFTER)
        self.interval_spin.setSuffix(
            _unit(self.frequency_combo.currentData(), self.interval_spin.value())
        )
        self.count_spin.setSuffix(tr(" time(s)", "", self.count_spin.value()))
        self._show_summary()

    def _show_summary(self) -> None:
        rule = self.rule()
        self.summary_label.setVisible(rule is not None)
        if rule is None:
            self.summary_label.clear()
            return
        if not rule.is_bounded:
            text = self.tr("Evergreen: repeats until you stop it.")
        elif self._first is None:
            text = ""
        else:
            last = schedule.last_occurrence(self._first, self._zone, rule)
            assert last is not None  # a bounded rule has a last time
            # Counted, not read from the rule: an end day may allow fewer than it seems.
            count = len(
                schedule.occurrences(
                    self._first, self._zone, rule, self._first, last + timedelta(seconds=1)
                )
            )
            words = QLocale().toString(_qdate(schedule.local_day(last, self._zone)), "d MMM yyyy")
            text = tr("%n time(s), the last on {day}.", "", count).format(day=words)
        self.summary_label.setText(text)


def _unit(frequency: object, count: int) -> str:
    """The interval's suffix, "2 weeks" (the space too: a language may not want one)."""
    if frequency == Frequency.DAILY.value:
        return tr(" day(s)", "", count)
    if frequency == Frequency.MONTHLY.value:
        return tr(" month(s)", "", count)
    return tr(" week(s)", "", count)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
