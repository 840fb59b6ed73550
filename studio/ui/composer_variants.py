"""One tab per enabled network, each showing the text that network will get.

A tab inherits the main text until the writer edits it there; from then on it keeps its own text
(an override) until "Reset to Main Text". Networks with a first comment (Instagram, LinkedIn) get
a field for it under the text, with its own counter. Only the visible tab follows the main text
as it is typed; the others catch up when shown, so typing stays cheap with eight networks on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import PLATFORMS, PlatformId, count, limit_offset
from studio.domain.text import OffsetMap
from studio.feedback.model import PlatformCount
from studio.ui.composer_counters import CounterLabel, CountState, count_state, format_number
from studio.ui.composer_text import PostTextEdit


@dataclass(frozen=True)
class VariantText:
    """What one network's tab holds: its own text (None = the main text) and a first comment."""

    text_override: str | None = None
    first_comment: str = ""


class VariantTab(QWidget):
    """The text one network will publish, its counter, and its first comment if it has one."""

    changed = Signal()  # the override or the first comment was edited (or reset)

    def __init__(self, platform: PlatformId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        spec = PLATFORMS[platform]
        self.setObjectName(f"variant_{platform.value}")
        self.override: str | None = None
        self._main_text = ""
        self._syncing = False

        self.state_label = QLabel(self)
        self.state_label.setObjectName("variant_state")
        self.state_label.setWordWrap(True)
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
        self.counter = CounterLabel(self, show_name=False)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        header = QHBoxLayout()
        header.addWidget(self.state_label, 1)
        header.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.counter)

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
        self._update_state_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.counter.restyle()
        super().changeEvent(event)

    # ---- state --------------------------------------------------------------------------------

    @property
    def is_overridden(self) -> bool:
        return self.override is not None

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
        self._set_editor_text(self.text(), undoable=False)
        if self.first_comment_edit is not None:
            self._syncing = True
            try:
                self.first_comment_edit.setPlainText(value.first_comment)
            finally:
                self._syncing = False
            self._update_first_comment_counter()
        self._update_state_label()
        self.refresh_count()

    def set_main_text(self, text: str, *, visible: bool) -> None:
        """Follow the main text; the editor itself is only rewritten when the tab is shown."""
        self._main_text = text
        if self.override is None and visible:
            self._set_editor_text(text, undoable=False)
            self.refresh_count()

    def catch_up(self) -> None:
        """Called when the tab becomes visible."""
        if self.override is None and self.editor.toPlainText() != self._main_text:
            self._set_editor_text(self._main_text, undoable=False)
        self.refresh_count()

    def reset_to_main_text(self) -> None:
        """Back to the main text, as one undoable edit (Undo brings the override back)."""
        if self.override is None:
            return
        self.override = None
        self._set_editor_text(self._main_text, undoable=True)
        self._update_state_label()
        self.refresh_count()
        self.changed.emit()

    def current_count(self) -> PlatformCount:
        return count(self.platform, self.text())

    def refresh_count(self) -> None:
        text = self.text()
        counted = count(self.platform, text)
        self.counter.show_count(counted)
        offset = limit_offset(self.platform, text) if counted.over else None
        if self.editor.toPlainText() == text:
            self.editor.set_overflow_from_codepoint(text, offset)

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
        self.override = self.editor.toPlainText()
        self._update_state_label()
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
        if self.override is None:
            self.state_label.setText(
                self.tr("Same as the main text; edit it here for {network} only.").format(
                    network=name
                )
            )
        else:
            self.state_label.setText(
                self.tr("Written for {network}; the main text no longer changes it.").format(
                    network=name
                )
            )
        self.reset_button.setEnabled(self.override is not None)


class VariantTabs(QTabWidget):
    """The enabled networks' tabs, in the order of PLATFORMS; tabs of networks switched off keep
    their text, so switching a network back on restores what was written for it."""

    changed = Signal()

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
        self.changed.emit()

    def _on_current_changed(self, index: int) -> None:
        tab = self.widget(index)
        if isinstance(tab, VariantTab):
            tab.catch_up()


def overflow_offset(platforms: Iterable[PlatformId], text: str) -> int | None:
    """Code-point offset where `text` first stops fitting any of `platforms`, or None."""
    offsets = [o for p in platforms if (o := limit_offset(p, text)) is not None]
    return min(offsets) if offsets else None


def utf16(text: str, offset: int) -> int:
    return OffsetMap(text).to_utf16(offset)
