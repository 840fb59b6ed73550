"""One tab per enabled network, each showing the text that network will get.

A tab inherits the main text until the writer edits it there; from then on it keeps its own text
(an override) until "Reset to Main Text". Networks with a first comment (Instagram, LinkedIn) get
a field for it under the text, with its own counter. Only the visible tab follows the main text
as it is typed; the others catch up when shown, so typing stays cheap with eight networks on.

A tab that inherits starts compact: one line saying so and a "Write for X Only" button, because a
second copy of the main text under the first only doubles what there is to read. Once opened (or
edited) the tab shows its editor; an overridden text gets its own feedback (the composer analyses
it for that network alone) underlined in the tab's editor and counted next to its length.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import PLATFORMS, PlatformId, count, fold_offset, limit_offset
from studio.domain.text import OffsetMap
from studio.feedback.model import PlatformCount, Report, Severity
from studio.ui.composer_counters import CounterLabel, CountState, count_state, format_number
from studio.ui.composer_text import FoldMark, PostTextEdit
from studio.ui.finding_highlighter import FindingHighlighter
from studio.ui.i18n import tr


@dataclass(frozen=True)
class VariantText:
    """What one network's tab holds: its own text (None = the main text) and a first comment."""

    text_override: str | None = None
    first_comment: str = ""


class VariantTab(QWidget):
    """The text one network will publish, its counter, and its first comment if it has one."""

    changed = Signal()  # the override or the first comment was edited (or reset)
    expanded_changed = Signal(bool)  # the editor was shown (True) or folded away (False)

    def __init__(self, platform: PlatformId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        spec = PLATFORMS[platform]
        self.setObjectName(f"variant_{platform.value}")
        self.override: str | None = None
        self._main_text = ""
        self._syncing = False
        self._opened = False  # the writer asked to see the editor while the text still inherits
        self._shown_expanded: bool | None = None

        self.state_label = QLabel(self)
        self.state_label.setObjectName("variant_state")
        self.state_label.setWordWrap(True)
        self.state_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.write_button = QPushButton(
            self.tr("Write for {network} Only").format(network=spec.name), self
        )
        self.write_button.setObjectName("variant_write")
        self.write_button.setToolTip(
            self.tr("Start from the main text and change it for {network} only.").format(
                network=spec.name
            )
        )
        self.write_button.clicked.connect(self.open_for_writing)
        self.reset_button = QPushButton(self.tr("Reset to Main Text"), self)
        self.reset_button.setObjectName("variant_reset")
        self.reset_button.setToolTip(
            self.tr("Forget the text written for {network} and use the main text again.").format(
                network=spec.name
            )
        )
        self.reset_button.clicked.connect(self.reset_to_main_text)

        self.editor = PostTextEdit(self, font_scale=1.0)
        self.editor.setObjectName("variant_editor")
        self.editor.setAccessibleName(self.tr("Text for {network}").format(network=spec.name))
        self.editor.setPlaceholderText(
            self.tr(
                "The main text appears here; edit it to write something for {network} only."
            ).format(network=spec.name)
        )
        self.editor.textChanged.connect(self._on_edited)
        # Its own underlines: an overridden text is analysed for this network alone.
        self.highlighter = FindingHighlighter(self.editor, self)
        self.editor.context_menu_extender = self.highlighter.add_context_actions
        self.editor.enable_fold_tooltips()
        self.counter = CounterLabel(self, show_name=False)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.findings_label = QLabel(self)
        self.findings_label.setObjectName("variant_findings")
        self.findings_label.setAccessibleName(
            self.tr("Feedback on the text for {network}").format(network=spec.name)
        )

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.state_label, 1)
        header.addWidget(self.write_button)
        header.addWidget(self.reset_button)
        footer = QHBoxLayout()
        footer.addWidget(self.findings_label, 1)
        footer.addWidget(self.counter)
        self.footer = QWidget(self)
        self.footer.setLayout(footer)
        footer.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.footer)

        self.first_comment_edit: QPlainTextEdit | None = None
        self.first_comment_counter: QLabel | None = None
        if spec.first_comment_limit is not None:
            caption = QLabel(self.tr("First comment"), self)
            caption.setObjectName("first_comment_caption")
            self.first_comment_edit = QPlainTextEdit(self)
            self.first_comment_edit.setObjectName("first_comment_edit")
            self.first_comment_edit.setTabChangesFocus(True)
            self.first_comment_edit.setAccessibleName(
                self.tr("First comment on {network}").format(network=spec.name)
            )
            self.first_comment_edit.setPlaceholderText(
                self.tr("Posted as the first comment: a link, credits, or hashtags.")
            )
            # About three lines: a first comment is short, and the post text needs the room.
            line = self.first_comment_edit.fontMetrics().lineSpacing()
            self.first_comment_edit.setFixedHeight(line * 3 + 16)
            caption.setBuddy(self.first_comment_edit)
            self.first_comment_counter = QLabel(self)
            self.first_comment_counter.setObjectName("first_comment_counter")
            self.first_comment_counter.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.first_comment_edit.textChanged.connect(self._on_first_comment_edited)
            layout.addWidget(caption)
            layout.addWidget(self.first_comment_edit, 1)
            layout.addWidget(self.first_comment_counter)
            self._update_first_comment_counter()
        self._compact_stretch = QWidget(self)  # takes the room the hidden editor leaves
        layout.addWidget(self._compact_stretch, 0)
        self._update_state_label()
        self._apply_mode()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.counter.restyle()
        super().changeEvent(event)

    # ---- state --------------------------------------------------------------------------------

    @property
    def is_overridden(self) -> bool:
        return self.override is not None

    @property
    def is_expanded(self) -> bool:
        """Whether the editor shows (an override, or the writer opened the tab to write)."""
        return self.override is not None or self._opened

    @property
    def report(self) -> Report | None:
        """The feedback shown on this tab's own text (None while it inherits the main text)."""
        return self.highlighter.report

    def text(self) -> str:
        """The text this network gets."""
        return self._main_text if self.override is None else self.override

    def first_comment(self) -> str:
        return self.first_comment_edit.toPlainText() if self.first_comment_edit else ""

    def value(self) -> VariantText:
        return VariantText(self.override, self.first_comment())

    def load(self, value: VariantText, main_text: str) -> None:
        self.override = value.text_override
        self._main_text = main_text
        self._opened = False
        self.highlighter.clear()
        self._set_editor_text(self.text(), undoable=False)
        if self.first_comment_edit is not None:
            self._syncing = True
            try:
                self.first_comment_edit.setPlainText(value.first_comment)
            finally:
                self._syncing = False
            self._update_first_comment_counter()
        self._update_state_label()
        self._update_findings_label()
        self._apply_mode()
        self.refresh_count()

    def set_main_text(self, text: str, *, visible: bool) -> None:
        """Follow the main text; the editor itself is only rewritten when it is shown."""
        self._main_text = text
        if self.override is None and visible:
            if self._opened:
                self._set_editor_text(text, undoable=False)
            self.refresh_count()

    def open_for_writing(self) -> None:
        """Show the editor (holding the main text) with the cursor at its end, ready to type."""
        self.catch_up()
        if not self._opened:
            self._opened = True
            self._update_state_label()
            self._apply_mode()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def catch_up(self) -> None:
        """Called when the tab becomes visible."""
        if self.override is None and self.editor.toPlainText() != self._main_text:
            self._set_editor_text(self._main_text, undoable=False)
        self.refresh_count()

    def reset_to_main_text(self) -> None:
        """Back to the main text, as one undoable edit (Undo brings the override back).

        The editor stays open, so the Undo is one keystroke away."""
        if self.override is None:
            return
        self.override = None
        self._opened = True
        self.highlighter.clear()
        self._set_editor_text(self._main_text, undoable=True)
        self._update_state_label()
        self._update_findings_label()
        self.refresh_count()
        self.changed.emit()

    def show_report(self, report: Report) -> bool:
        """Underline the findings of this tab's own text; False when `report` is not about the
        text the editor holds now (an older text, or the tab went back to the main text)."""
        if self.override is None or report.text != self.editor.toPlainText():
            return False
        shown = self.highlighter.show_report(report)
        self._update_findings_label()
        return shown

    def current_count(self) -> PlatformCount:
        return count(self.platform, self.text())

    def refresh_count(self) -> None:
        text = self.text()
        counted = count(self.platform, text)
        self.counter.show_count(counted)
        offset = limit_offset(self.platform, text) if counted.over else None
        if self.editor.toPlainText() == text:
            self.editor.set_overflow_from_codepoint(text, offset)
            self.editor.set_fold_marks(fold_marks([self.platform], text))

    # ---- editing ------------------------------------------------------------------------------

    def _set_editor_text(self, text: str, *, undoable: bool) -> None:
        if self.editor.toPlainText() == text:
            return
        self._syncing = True
        try:
            if undoable:
                cursor = QTextCursor(self.editor.document())
                cursor.beginEditBlock()
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(text)
                cursor.endEditBlock()
            else:
                self.editor.setPlainText(text)
        finally:
            self._syncing = False

    def _on_edited(self) -> None:
        if self._syncing:
            return
        # Typed here (or an Undo of "Reset"): from now on this network has its own text.
        was_expanded = self.is_expanded
        self.override = self.editor.toPlainText()
        self._update_state_label()
        if not was_expanded:
            self._apply_mode()
        self.refresh_count()
        self.changed.emit()

    def _on_first_comment_edited(self) -> None:
        self._update_first_comment_counter()
        if not self._syncing:
            self.changed.emit()

    def _update_first_comment_counter(self) -> None:
        if self.first_comment_edit is None or self.first_comment_counter is None:
            return
        spec = PLATFORMS[self.platform]
        limit = spec.first_comment_limit or 0
        # First comments are counted like the caption (UTF-16 units on Instagram and LinkedIn).
        used = count(self.platform, self.first_comment_edit.toPlainText()).used
        state = CountState.OVER if used > limit else CountState.FITS
        self.first_comment_counter.setText(
            self.tr("{used} / {limit} characters").format(
                used=format_number(used), limit=format_number(limit)
            )
            + (self.tr(" · {count} over").format(count=used - limit) if used > limit else "")
        )
        self.first_comment_counter.setProperty("count_state", state.value)
        self.first_comment_counter.setAccessibleName(
            self.tr("First comment length: {used} of {limit}").format(used=used, limit=limit)
        )

    def _update_state_label(self) -> None:
        name = PLATFORMS[self.platform].name
        if self.override is not None:
            text = self.tr("Written for {network}; the main text no longer changes it.")
        elif self._opened:
            text = self.tr("Same as the main text; edit it here for {network} only.")
        else:
            text = self.tr("{network} gets the main text.")
        self.state_label.setText(text.format(network=name))
        self.reset_button.setEnabled(self.override is not None)

    def _update_findings_label(self) -> None:
        report = self.highlighter.report if self.override is not None else None
        if report is None:
            self.findings_label.clear()
            self.findings_label.setAccessibleDescription("")
            return
        findings = report.findings
        strong = sum(1 for f in findings if f.severity is Severity.STRONG)
        if not findings:
            text = self.tr("No findings for {network}").format(
                network=PLATFORMS[self.platform].name
            )
        elif len(findings) == 1:
            text = self.tr("1 thing to look at")
        else:
            text = self.tr("{count} things to look at").format(count=len(findings))
        if strong:
            text += self.tr(" · {count} serious").format(count=strong)
        self.findings_label.setText(text)
        self.findings_label.setAccessibleDescription(text)

    def _apply_mode(self) -> None:
        expanded = self.is_expanded
        if expanded == self._shown_expanded:
            return
        self._shown_expanded = expanded
        self.editor.setVisible(expanded)
        self.footer.setVisible(expanded)
        self.reset_button.setVisible(expanded)
        self.write_button.setVisible(not expanded)
        self._compact_stretch.setVisible(not expanded)
        self.expanded_changed.emit(expanded)


class VariantTabs(QTabWidget):
    """The enabled networks' tabs, in the order of PLATFORMS; tabs of networks switched off keep
    their text, so switching a network back on restores what was written for it."""

    changed = Signal()
    ignore_requested = Signal(object)  # Finding in a tab's own text: "Ignore here"
    disable_requested = Signal(object)  # Finding in a tab's own text: "Turn off for workspace"
    compact_changed = Signal(bool)  # whether the current tab shows only its one-line summary
    tab_edited = Signal(object)  # PlatformId whose own text (or first comment) was edited

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variant_tabs")
        self.setAccessibleName(self.tr("Text per network"))
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self._tabs: dict[PlatformId, VariantTab] = {}
        self._enabled: tuple[PlatformId, ...] = ()
        self._main_text = ""
        self.currentChanged.connect(self._on_current_changed)

    def tab(self, platform: PlatformId) -> VariantTab:
        if platform not in self._tabs:
            tab = VariantTab(platform, self)
            tab.set_main_text(self._main_text, visible=False)
            tab.changed.connect(lambda p=platform: self._on_tab_changed(p))
            tab.expanded_changed.connect(lambda _on, t=tab: self._on_expanded_changed(t))
            tab.highlighter.ignore_requested.connect(self.ignore_requested)
            tab.highlighter.disable_requested.connect(self.disable_requested)
            self._tabs[platform] = tab
        return self._tabs[platform]

    @property
    def enabled_platforms(self) -> tuple[PlatformId, ...]:
        return self._enabled

    def set_platforms(self, platforms: Iterable[PlatformId]) -> None:
        wanted = tuple(p for p in PLATFORMS if p in set(platforms))
        if wanted == self._enabled:
            return
        current = self.currentWidget()
        self.blockSignals(True)
        try:
            while self.count():
                self.removeTab(0)
            for platform in wanted:
                tab = self.tab(platform)
                self.addTab(tab, self._tab_title(platform))
                self.setTabToolTip(self.indexOf(tab), self._tab_tip(platform))
            self._enabled = wanted
            if current is not None and self.indexOf(current) >= 0:
                self.setCurrentWidget(current)
        finally:
            self.blockSignals(False)
        self._on_current_changed(self.currentIndex())

    def set_main_text(self, text: str) -> None:
        self._main_text = text
        visible = self.currentWidget()
        for tab in self._tabs.values():
            tab.set_main_text(text, visible=tab is visible)

    def load(self, values: Mapping[PlatformId, VariantText], main_text: str) -> None:
        self._main_text = main_text
        for platform in PLATFORMS:
            if platform in values or platform in self._tabs:
                self.tab(platform).load(values.get(platform, VariantText()), main_text)
                self._retitle(platform)

    def values(self) -> dict[PlatformId, VariantText]:
        """Every network that has a tab (enabled or not), with what it holds."""
        return {platform: tab.value() for platform, tab in self._tabs.items()}

    def text_for(self, platform: PlatformId) -> str:
        tab = self._tabs.get(platform)
        return self._main_text if tab is None else tab.text()

    def is_overridden(self, platform: PlatformId) -> bool:
        tab = self._tabs.get(platform)
        return tab is not None and tab.is_overridden

    def tab_of(self, widget: QWidget) -> VariantTab | None:
        """The tab `widget` (an editor, a button) belongs to, or None."""
        for tab in self._tabs.values():
            if tab is widget or tab.isAncestorOf(widget):
                return tab
        return None

    def overridden_platforms(self) -> tuple[PlatformId, ...]:
        """Enabled networks whose tab holds its own text."""
        return tuple(p for p in self._enabled if self.is_overridden(p))

    def is_compact(self) -> bool:
        """True when the visible tab (if any) shows only its one-line summary."""
        tab = self.currentWidget()
        return not isinstance(tab, VariantTab) or not tab.is_expanded

    def show_report(self, platform: PlatformId, report: Report) -> bool:
        tab = self._tabs.get(platform)
        return tab is not None and tab.show_report(report)

    def show_state(self, platform: PlatformId, counted: PlatformCount) -> None:
        """Mark a tab whose text does not fit, in its title (not only by colour)."""
        tab = self._tabs.get(platform)
        if tab is None or self.indexOf(tab) < 0:
            return
        over = count_state(counted) is CountState.OVER
        title = self._tab_title(platform) + (" ⚠" if over else "")
        if self.tabText(self.indexOf(tab)) != title:
            self.setTabText(self.indexOf(tab), title)

    # ---- internals ----------------------------------------------------------------------------

    def _tab_title(self, platform: PlatformId) -> str:
        name = PLATFORMS[platform].name
        return (
            self.tr("{network} (edited)").format(network=name)
            if self.is_overridden(platform)
            else name
        )

    def _tab_tip(self, platform: PlatformId) -> str:
        name = PLATFORMS[platform].name
        if self.is_overridden(platform):
            return self.tr("Text written for {network} only").format(network=name)
        return self.tr("{network} uses the main text").format(network=name)

    def _retitle(self, platform: PlatformId) -> None:
        tab = self._tabs[platform]
        index = self.indexOf(tab)
        if index >= 0:
            self.setTabText(index, self._tab_title(platform))
            self.setTabToolTip(index, self._tab_tip(platform))

    def _on_tab_changed(self, platform: PlatformId) -> None:
        self._retitle(platform)
        self.tab_edited.emit(platform)
        self.changed.emit()

    def _on_current_changed(self, index: int) -> None:
        tab = self.widget(index)
        if isinstance(tab, VariantTab):
            tab.catch_up()
        self.compact_changed.emit(self.is_compact())

    def _on_expanded_changed(self, tab: VariantTab) -> None:
        if tab is self.currentWidget():
            self.compact_changed.emit(self.is_compact())


def overflow_offset(platforms: Iterable[PlatformId], text: str) -> int | None:
    """Code-point offset where `text` first stops fitting any of `platforms`, or None."""
    offsets = [o for p in platforms if (o := limit_offset(p, text)) is not None]
    return min(offsets) if offsets else None


def fold_marks(platforms: Iterable[PlatformId], text: str) -> list[FoldMark]:
    """One mark per position where some of `platforms` fold `text` behind "… more"."""
    by_offset: dict[int, list[PlatformId]] = {}
    for platform in platforms:
        offset = fold_offset(platform, text)
        if offset is not None:
            by_offset.setdefault(offset, []).append(platform)
    if not by_offset:
        return []
    offsets = OffsetMap(text)
    marks = []
    for offset, folding in sorted(by_offset.items()):
        approximate = all(PLATFORMS[p].fold_approximate for p in folding)
        names = ", ".join(PLATFORMS[p].name for p in folding)
        tip = (
            tr(
                "{networks}: the caption folds about here (approximate); the rest shows after "
                "“… more”."
            )
            if approximate
            else tr("{networks}: the caption folds here; the rest shows after “… more”.")
        ).format(networks=names)
        marks.append(FoldMark(offsets.to_utf16(offset), tip, approximate))
    return marks


def utf16(text: str, offset: int) -> int:
    return OffsetMap(text).to_utf16(offset)
