"""The composer page: one post, its text per network, live feedback, and autosave.

    title, main text ───────────────┐  details: workspace, status, type, campaign,
    counters per network             │  networks, publishing time (next free slot, slots),
    tabs: the text per network       │  sponsored + partner
    ─────────────────────────────────┘
    feedback panels + rules turned off: `feedback_tabs`, which the main window puts in a dock
    beside the editor

The live path (ARCHITECTURE.md): every edit builds a `DraftState`; the DraftService autosaves it
and the AnalysisService analyses its feedback draft off the GUI thread. A report whose text is not
the editor's current text is dropped. Counters are counted here, at once, per network — counting
is a few microseconds, and a counter lagging behind the typing would be wrong for a moment.

A network whose tab holds its own text (an override) is analysed on its own, by a second
AnalysisService for that network, so typing in the main text never makes its report stale; the
main text is checked for platform fit only against the networks that still inherit it. The dock
follows the text being written: the main text's report, or an edited tab's while that tab's
editor was the last one typed in (a line on top of the dock says which).

Each selected network's fold ("… more") is marked in the text with a thin dashed line.

The widget works without services too (the screenshots of other sections, older tests): then it
is a plain editor that saves nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from itertools import pairwise
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import PLATFORMS, PlatformId, count
from studio.domain.posts import GUARDED_STATUSES, Status, TransitionError
from studio.domain.schedule import to_local
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Finding, Report, RuleSettings, Severity
from studio.services.analysis import AnalysisService
from studio.services.drafts import DraftService, DraftState, VariantState
from studio.services.tasks import TaskRunner
from studio.storage.database import Database
from studio.storage.errors import StorageError
from studio.storage.records import RuleSettingData, SnippetData, WorkspaceData
from studio.ui.composer_counters import CounterStrip
from studio.ui.composer_details import DraftDetails
from studio.ui.composer_text import PostTextEdit
from studio.ui.composer_variants import VariantTabs, VariantText, fold_marks, overflow_offset
from studio.ui.feedback_dock import FeedbackPanels
from studio.ui.finding_highlighter import FindingHighlighter
from studio.ui.i18n import tr
from studio.ui.recurrence_editor import RecurrenceBook
from studio.ui.rule_settings import RuleSettingsList
from studio.ui.slots_dialog import SlotBook, SlotsDialog, now_utc

MAX_TEXT_WIDTH = 820
DETAILS_WIDTH = 270
INSERT_SNIPPET_SHORTCUT = "Ctrl+Shift+I"


class ComposerWidget(QWidget):
    message = Signal(str)  # a one-line note for the status bar ("Saved", "Could not save: …")

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        drafts: DraftService | None = None,
        analysis: AnalysisService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.drafts = drafts
        self.analysis = analysis
        self._workspaces: list[WorkspaceData] = []
        self._workspace_id: int | None = None
        self._post_id: int | None = None
        self._loading = False
        self._rule_settings = RuleSettings()
        self._report: Report | None = None
        # Set by `attach`: the task runner for the per-network analyses and the posting slots.
        self._tasks: TaskRunner | None = None
        self.slot_book: SlotBook | None = None
        self._variant_analysis: dict[PlatformId, AnalysisService] = {}
        self._variant_requested: dict[PlatformId, Draft] = {}
        self._inheriting: tuple[PlatformId, ...] = ()
        # None: the dock shows the main text's feedback; a network: that tab's own text's.
        self._feedback_source: PlatformId | None = None
        self._slot_hint_key: tuple[object, ...] | None = None

        self._build_editor_column()
        self._build_feedback()
        self.details = DraftDetails(self)
        details_scroll = QScrollArea(self)
        details_scroll.setObjectName("details_scroll")
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details_scroll.setMinimumWidth(DETAILS_WIDTH - 40)
        details_scroll.setAccessibleName(self.tr("Post details"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("composer_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.editor_column)
        self.splitter.addWidget(details_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([600, DETAILS_WIDTH])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 12, 8)
        layout.addWidget(self.splitter)

        self._connect()
        self._set_tab_order()
        self._refresh_counts()
        self._on_variant_compact_changed(self.variant_tabs.is_compact())

    # ---- building -------------------------------------------------------------------------

    def _build_editor_column(self) -> None:
        self.editor_column = QWidget(self)
        self.editor_column.setObjectName("editor_column")
        self.editor_column.setMaximumWidth(MAX_TEXT_WIDTH)  # long lines are hard to read back

        self.title_edit = QLineEdit(self.editor_column)
        self.title_edit.setObjectName("composer_title")
        self.title_edit.setPlaceholderText(self.tr("Title — only you and your team see it"))
        self.title_edit.setAccessibleName(self.tr("Post title"))
        self.title_edit.setClearButtonEnabled(True)
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title_edit.setFont(title_font)

        self.insert_action = QAction(self.tr("&Insert Snippet…"), self)
        self.insert_action.setObjectName("action_insert_snippet")
        self.insert_action.setShortcut(QKeySequence(INSERT_SNIPPET_SHORTCUT))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.insert_action.setToolTip(self.tr("Insert a snippet or hashtag group"))
        self.insert_action.triggered.connect(self.show_snippet_menu)
        self.addAction(self.insert_action)
        self.snippet_menu = QMenu(self)
        self.snippet_menu.setObjectName("snippet_menu")
        self.snippet_menu.aboutToShow.connect(self._fill_snippet_menu)
        # A push button with a menu: Fusion draws its arrow beside the word, not over it.
        self.snippet_button = QPushButton(self.editor_column)
        self.snippet_button.setObjectName("snippet_button")
        self.snippet_button.setText(self.tr("Insert"))
        self.snippet_button.setAccessibleName(self.tr("Insert a snippet"))
        self.snippet_button.setToolTip(
            self.tr("Insert a snippet or hashtag group ({shortcut})").format(
                shortcut=QKeySequence(INSERT_SNIPPET_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.snippet_button.setMenu(self.snippet_menu)

        self.posting_slots_action = QAction(self.tr("Posting &Slots…"), self)
        self.posting_slots_action.setObjectName("action_posting_slots")
        self.posting_slots_action.setToolTip(self.tr("The regular times this workspace posts at"))
        self.posting_slots_action.triggered.connect(self.edit_slots)

        self.body_edit = PostTextEdit(self.editor_column)
        self.body_edit.setObjectName("composer_body")
        self.body_edit.setPlaceholderText(self.tr("Write your post…"))
        self.body_edit.setAccessibleName(self.tr("Post text"))

        self.counter_strip = CounterStrip(self.editor_column)
        self.count_label = QLabel(self.editor_column)  # when no network is on: plain length
        self.count_label.setObjectName("composer_count")
        self.count_label.setAccessibleName(self.tr("Length of the post"))
        self.save_label = QLabel(self.editor_column)
        self.save_label.setObjectName("composer_save_state")
        self.save_label.setAccessibleName(self.tr("Saving"))
        self.save_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.save_label.setForegroundRole(self.save_label.foregroundRole())

        self.variant_tabs = VariantTabs(self.editor_column)

        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.snippet_button)

        main_text = QWidget(self.editor_column)
        main_layout = QVBoxLayout(main_text)
        main_layout.setContentsMargins(0, 0, 0, 6)
        main_layout.setSpacing(6)
        main_layout.addWidget(self.body_edit, 1)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counter_strip, 1)
        counts_row.addWidget(self.count_label, 1)
        counts_row.addWidget(self.save_label, 0, Qt.AlignmentFlag.AlignBottom)
        main_layout.addLayout(counts_row)

        self.text_splitter = QSplitter(Qt.Orientation.Vertical, self.editor_column)
        self.text_splitter.setObjectName("text_splitter")
        self.text_splitter.setChildrenCollapsible(False)
        self.text_splitter.addWidget(main_text)
        self.text_splitter.addWidget(self.variant_tabs)
        self.text_splitter.setStretchFactor(0, 3)
        self.text_splitter.setStretchFactor(1, 2)
        self.text_splitter.setSizes([330, 220])

        column = QVBoxLayout(self.editor_column)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)
        column.addLayout(title_row)
        column.addWidget(self.text_splitter, 1)
        from studio.ui.media_strip import MediaStrip  # the post's images (issue 6)

        self.media_strip = MediaStrip(self, self.editor_column)
        column.addWidget(self.media_strip)

    def _build_feedback(self) -> None:
        self.highlighter = FindingHighlighter(self.body_edit, self)
        self.body_edit.context_menu_extender = self.highlighter.add_context_actions
        self.body_edit.enable_fold_tooltips()  # after the highlighter: see its docstring
        self.feedback_panels = FeedbackPanels()
        self.feedback_panels.setObjectName("feedback_panels")
        self.feedback_source_label = QLabel()
        self.feedback_source_label.setObjectName("feedback_source")
        self.feedback_source_label.setWordWrap(True)
        self.feedback_source_label.setContentsMargins(10, 6, 10, 0)
        self.feedback_source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        feedback_page = QWidget()
        feedback_page.setObjectName("feedback_page")
        page_layout = QVBoxLayout(feedback_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.feedback_source_label)
        page_layout.addWidget(self.feedback_panels, 1)
        self._show_feedback_source()
        self.rule_settings_list = RuleSettingsList()
        self.rule_settings_list.setObjectName("rule_settings_list")
        # What the main window docks beside the editor: the panels, and the rules turned off.
        self.feedback_tabs = QTabWidget()
        self.feedback_tabs.setObjectName("feedback_tabs")
        self.feedback_tabs.setAccessibleName(self.tr("Feedback"))
        self.feedback_tabs.setDocumentMode(True)
        self.feedback_tabs.addTab(feedback_page, self.tr("Feedback"))
        self.feedback_tabs.addTab(self.rule_settings_list, self.tr("Rules Turned Off"))

    def _connect(self) -> None:
        self.title_edit.textEdited.connect(self._on_edited)
        self.body_edit.textChanged.connect(self._on_body_changed)
        self.variant_tabs.changed.connect(self._on_variant_changed)
        self.variant_tabs.compact_changed.connect(self._on_variant_compact_changed)
        # The dock follows the text last written in (focus alone is not reported while the
        # window is inactive, and typing is the clearer signal anyway).
        self.variant_tabs.tab_edited.connect(self._set_feedback_source_after_edit)
        self.variant_tabs.ignore_requested.connect(self.ignore_here)
        self.variant_tabs.disable_requested.connect(self.turn_off_for_workspace)
        self.details.next_slot_requested.connect(self.add_to_next_free_slot)
        self.details.edit_slots_requested.connect(self.edit_slots)
        self.details.changed.connect(self._on_details_changed)
        self.details.status_requested.connect(self.request_status)
        self.details.workspace_requested.connect(self._on_workspace_requested)
        self.feedback_panels.finding_activated.connect(self.select_finding)
        self.highlighter.ignore_requested.connect(self.ignore_here)
        self.highlighter.disable_requested.connect(self.turn_off_for_workspace)
        self.rule_settings_list.enable_requested.connect(self._enable_rule)
        self.rule_settings_list.restore_requested.connect(self._restore_rule)
        if self.analysis is not None:
            self.analysis.report_ready.connect(self.show_report)
            self.analysis.grammar_status_changed.connect(self.feedback_panels.set_grammar_status)
        if self.drafts is not None:
            self.drafts.saved.connect(self._on_saved)
            self.drafts.save_failed.connect(self._on_save_failed)
            self.drafts.revision_saved.connect(self._on_revision_saved)
            self.drafts.rule_settings_changed.connect(self._on_rule_settings_changed)
            self.drafts.conflict.connect(self._on_conflict)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def tab_chain(self) -> list[QWidget]:
        """The composer's fields in Tab order (the main window splices it into its own chain)."""
        return [
            self.title_edit,
            self.body_edit,
            self.variant_tabs,
            self.details.workspace_combo,
            self.details.status_combo,
            self.details.content_type_combo,
            self.details.campaign_combo,
            *self.details.platform_checks.values(),
            self.details.schedule_check,
            self.details.schedule_edit,
            self.details.next_slot_button,
            self.details.slots_button,
            self.details.repeat_editor.frequency_combo,
            self.details.repeat_editor.interval_spin,
            self.details.repeat_editor.ending_combo,
            self.details.repeat_editor.until_edit,
            self.details.repeat_editor.count_spin,
            self.details.sponsored_check,
            self.details.partner_edit,
        ]

    def _set_tab_order(self) -> None:
        for first, second in pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)

    def attach(self, database: Database, tasks: TaskRunner) -> None:
        """What the two services do not cover: posting slots ("Next Free Slot", the slot
        editor) and the per-network analyses of edited tabs. Called once by the application."""
        self._tasks = tasks
        self.slot_book = SlotBook(database, tasks, self)
        self.slot_book.changed.connect(self._on_slots_changed)
        self.slot_book.failed.connect(
            lambda reason: self.message.emit(
                self.tr("The posting slots were not saved: {reason}").format(reason=reason)
            )
        )
        self._refresh_slot_hint()
        self.details.attach_recurrence(
            RecurrenceBook(database, tasks, self), post_id=lambda: self._post_id, flush=self.flush
        )
        self.details.message.connect(self.message)
        self._request_variant_analyses(now=True)

    # ---- drafts ---------------------------------------------------------------------------

    def set_workspaces(self, workspaces: Sequence[WorkspaceData]) -> None:
        self._workspaces = list(workspaces)
        self.details.set_workspaces(self._workspaces)
        if self._workspace_id is not None:
            self.details.load(**self._details_values())

    def workspace(self) -> WorkspaceData | None:
        return next((w for w in self._workspaces if w.id == self._workspace_id), None)

    @property
    def post_id(self) -> int | None:
        return self._post_id

    def start_new_draft(self, workspace_id: int | None = None) -> None:
        """An empty draft with the cursor in the text, ready to type.

        `workspace_id` None: the first workspace. Without any workspace (or without services)
        the editor still opens; nothing can be saved until a workspace exists.
        """
        chosen = workspace_id
        if chosen is None and self._workspaces:
            chosen = self._workspaces[0].id
        if self.drafts is not None and chosen is not None:
            self.load_state(self.drafts.new_draft(chosen))
        else:
            self._loading = True
            try:
                self.title_edit.clear()
                self.body_edit.clear()
            finally:
                self._loading = False
            self._refresh_counts()
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def adopt_workspace(self, workspace_id: int) -> None:
        """A workspace now exists for a draft that started without one: keep what was typed
        and save it there."""
        if self.drafts is None or self._workspace_id is not None:
            return
        title, body = self.title_edit.text(), self.body_edit.toPlainText()
        fresh = self.drafts.new_draft(workspace_id)
        self.load_state(replace(fresh, title=title, body=body))
        if title or body:
            self._on_edited()

    def open_post(self, post_id: int) -> None:
        if self.drafts is not None:
            self.load_state(self.drafts.open(post_id))

    def load_state(self, state: DraftState) -> None:
        """Show `state` in every field (no autosave: nothing was edited)."""
        self._loading = True
        try:
            self._post_id = state.post_id
            self._workspace_id = state.workspace_id
            self._reload_workspace_facts()
            self.title_edit.setText(state.title)
            self.body_edit.setPlainText(state.body)
            self.details.load(
                workspace=self.workspace(),
                status=state.status,
                content_type=state.content_type,
                campaign_id=state.campaign_id,
                scheduled_local=state.scheduled_local,
                sponsored=state.sponsored,
                partner=state.partner,
                platforms=state.platforms,
            )
            self.variant_tabs.load(
                {
                    platform: VariantText(variant.text_override, variant.first_comment)
                    for platform, variant in state.variants.items()
                },
                state.body,
            )
            self.variant_tabs.set_platforms(state.platforms)
        finally:
            self._loading = False
        self._report = None
        self.highlighter.clear()
        self.feedback_panels.clear()
        self._set_feedback_source(None)
        self._show_feedback_source()
        self._refresh_counts()
        self._show_save_state(self.tr("Saved") if state.post_id is not None else "")
        self._lock_workspace(state.post_id is not None)
        self._refresh_slot_hint()
        if self.analysis is not None:
            self.analysis.request_now(self.feedback_draft(state))
        self._variant_requested.clear()
        self._request_variant_analyses(now=True)

    def state(self) -> DraftState | None:
        """What the fields hold now, as the DraftService stores it (None without a workspace)."""
        if self._workspace_id is None:
            return None
        platforms = self.details.platforms()
        variants = {
            platform: VariantState(value.text_override, value.first_comment, platform in platforms)
            for platform, value in self.variant_tabs.values().items()
        }
        return DraftState(
            post_id=self._known_post_id(),
            workspace_id=self._workspace_id,
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            status=self.details.status,
            content_type=self.details.content_type(),
            sponsored=self.details.sponsored(),
            partner=self.details.partner(),
            campaign_id=self.details.campaign_id(),
            scheduled_local=self.details.scheduled_local(),
            platforms=platforms,
            variants=variants,
        )

    def feedback_draft(self, state: DraftState | None = None) -> Draft:
        """What the AnalysisService analyses: the main text against the enabled networks that
        still inherit it (a network with its own text gets its own report)."""
        state = state or self.state()
        workspace = self.workspace()
        locale = _feedback_locale(workspace.locale if workspace else "")
        if state is None:
            return Draft(text=self.body_edit.toPlainText(), locale=locale)
        inheriting = tuple(p for p in state.platforms if state.variant(p).text_override is None)
        return replace(
            state.feedback_draft(
                rule_settings=self._rule_settings,
                media=self.media_strip.media_facts(),
                locale=locale,
            ),
            platforms=inheriting,
        )

    def variant_feedback_draft(self, platform: PlatformId) -> Draft | None:
        """The edited text of `platform`'s tab against that network alone (None: it inherits)."""
        state = self.state()
        if state is None or state.variant(platform).text_override is None:
            return None
        workspace = self.workspace()
        return state.feedback_draft(
            rule_settings=self._rule_settings,
            platform=platform,
            media=self.media_strip.media_facts(),
            locale=_feedback_locale(workspace.locale if workspace else ""),
        )

    def flush(self) -> None:
        """Store any pending edit now (focus loss, closing, before a status change)."""
        # While the application tears down, focus still moves as widgets die, after the
        # services may already be gone; their last writes were flushed by Studio.close().
        if self.drafts is not None and shiboken6.isValid(self.drafts):
            self.drafts.flush()
            self._adopt_post_id()

    def save_revision(self) -> None:
        """Ctrl+S: a revision the writer can go back to."""
        state = self.state()
        if self.drafts is None or state is None:
            self.message.emit(self.tr("Nothing to save: create a workspace first."))
            return
        self.drafts.save_revision(state, reason=self.tr("Saved by hand"))

    # ---- status ---------------------------------------------------------------------------

    def request_status(self, to: Status) -> bool:
        """Move the post to `to`; asks first when strong findings remain and `to` is Approved
        or Scheduled. Returns whether the status changed."""
        state = self.state()
        if self.drafts is None or state is None:
            return False
        if to in GUARDED_STATUSES:
            strong = self.strong_findings()
            networks = self.network_strong_findings()
            if (strong or networks) and not self.confirm_strong_findings(to, strong, networks):
                self.details.set_status(state.status)
                return False
        try:
            stored = self.drafts.change_status(state, to)
        except TransitionError as error:
            self.details.set_status(state.status)
            self.message.emit(str(error))
            return False
        except StorageError as error:
            self.details.set_status(state.status)
            self.message.emit(self.tr("The status was not changed: {reason}").format(reason=error))
            return False
        self._post_id = stored.post_id
        self.details.set_status(stored.status)
        self.message.emit(self.tr("Moved to {status}.").format(status=stored.status.label))
        return True

    def strong_findings(self) -> list[Finding]:
        """`strong` findings of the text as it is now."""
        text = self.body_edit.toPlainText()
        report = self._report if self._report is not None and self._report.text == text else None
        if report is None:
            # A status change is a rare, deliberate act: analysing once here, on the GUI thread,
            # is cheaper than making the writer wait for the debounced job.
            draft = self.feedback_draft()
            report = analyse(draft)
        return [f for f in report.findings if f.severity is Severity.STRONG]

    def network_strong_findings(self) -> list[NetworkFinding]:
        """`strong` findings of the texts written for one network (the edited tabs).

        Those texts go out as they are, so approving the post approves them too: each is
        analysed as it is now, against its network alone, like its tab's underlines.
        """
        found: list[NetworkFinding] = []
        for platform in self.variant_tabs.overridden_platforms():
            draft = self.variant_feedback_draft(platform)
            if draft is None:
                continue
            report = self.variant_report(platform)
            if report is None or report.text != draft.text:
                report = analyse(draft)  # rare and deliberate, as in strong_findings
            found += [
                NetworkFinding(platform, report.text, f)
                for f in report.findings
                if f.severity is Severity.STRONG
            ]
        return found

    def confirmation_box(
        self,
        to: Status,
        findings: Sequence[Finding],
        network_findings: Sequence[NetworkFinding] = (),
    ) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Serious findings remain"), "", parent=self
        )
        box.setObjectName("strong_findings_box")
        text = self.body_edit.toPlainText()
        items = "".join(
            _finding_item(text[f.start : f.end] or f.panel.title, f.message) for f in findings
        )
        items += "".join(
            _finding_item(
                text[f.start : f.end] or f.panel.title,
                f.message,
                where=PLATFORMS[platform].name,
            )
            for platform, text, f in network_findings
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            tr(
                "<p>This post still has %n serious finding(s):</p><ul>{items}</ul>"
                "<p>Move it to {status} anyway?</p>",
                "",
                len(findings) + len(network_findings),
            ).format(items=items, status=html.escape(to.label))
        )
        self.move_anyway_button = box.addButton(
            self.tr("Move to {status}").format(status=to.label),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setAccessibleName(self.tr("Serious findings remain"))
        return box

    def confirm_strong_findings(
        self,
        to: Status,
        findings: Sequence[Finding],
        network_findings: Sequence[NetworkFinding] = (),
    ) -> bool:
        box = self.confirmation_box(to, findings, network_findings)
        box.exec()
        confirmed = box.clickedButton() is self.move_anyway_button
        box.deleteLater()
        return confirmed

    # ---- feedback -------------------------------------------------------------------------

    def show_report(self, report: Report) -> None:
        if report.text != self.body_edit.toPlainText():
            return  # computed on an older text: the next report is on its way
        self._report = report
        if self._feedback_source is None:
            self.feedback_panels.show_report(report)
        self.highlighter.show_report(report)

    def variant_report(self, platform: PlatformId) -> Report | None:
        """The report underlined in `platform`'s tab (None while the tab inherits)."""
        return self.variant_tabs.tab(platform).report

    def _show_variant_report(self, platform: PlatformId, report: Report) -> None:
        if self.variant_tabs.show_report(platform, report) and self._feedback_source == platform:
            self.feedback_panels.show_report(report)

    def _request_variant_analyses(self, *, now: bool = False) -> None:
        """Analyse every edited tab whose draft changed since it was last asked for."""
        if self._tasks is None or self.analysis is None:
            return
        for platform in self.variant_tabs.overridden_platforms():
            draft = self.variant_feedback_draft(platform)
            if draft is None or self._variant_requested.get(platform) == draft:
                continue
            self._variant_requested[platform] = draft
            service = self._variant_service(platform)
            if now:
                service.request_now(draft)
            else:
                service.request(draft)

    def _variant_service(self, platform: PlatformId) -> AnalysisService:
        service = self._variant_analysis.get(platform)
        if service is None:
            assert self._tasks is not None
            # Local checks only: grammar runs one text at a time and the main text needs it most.
            rules_dir = self.analysis.rules_dir if self.analysis is not None else None
            service = AnalysisService(self._tasks, rules_dir=rules_dir, parent=self)
            service.report_ready.connect(
                lambda report, p=platform: self._show_variant_report(p, report)
            )
            self._variant_analysis[platform] = service
        return service

    def _set_feedback_source(self, platform: PlatformId | None) -> None:
        """Show the main text's feedback in the dock (None) or an edited tab's."""
        if platform is not None and not self.variant_tabs.is_overridden(platform):
            platform = None
        if platform == self._feedback_source:
            return
        self._feedback_source = platform
        report = self._report if platform is None else self.variant_report(platform)
        if report is not None:
            self.feedback_panels.show_report(report)
        else:
            self.feedback_panels.clear()
        self._show_feedback_source()

    def _show_feedback_source(self) -> None:
        platform = self._feedback_source
        if platform is None:
            text = self.tr("Feedback on the main text")
        else:
            text = self.tr("Feedback on the text written for {network}").format(
                network=PLATFORMS[platform].name
            )
        self.feedback_source_label.setText(text)
        self.feedback_source_label.setAccessibleName(text)
        # With one text there is nothing to tell apart: the line would only repeat "Feedback".
        self.feedback_source_label.setVisible(bool(self.variant_tabs.overridden_platforms()))

    def _set_feedback_source_after_edit(self, platform: PlatformId) -> None:
        if not self._loading:
            self._set_feedback_source(platform)

    @property
    def feedback_source(self) -> PlatformId | None:
        return self._feedback_source

    def select_finding(self, finding: Finding) -> None:
        if self._feedback_source is not None:
            self.variant_tabs.tab(self._feedback_source).highlighter.select_finding(finding)
        else:
            self.highlighter.select_finding(finding)

    def ignore_here(self, finding: Finding) -> None:
        if self.drafts is None or self._workspace_id is None:
            return
        self.flush()  # the post needs its row (and id) before a rule can be ignored in it
        post_id = self._known_post_id()
        if post_id is None:
            self.message.emit(self.tr("Write something first: an empty draft is not saved."))
            return
        self.drafts.ignore_rule(self._workspace_id, post_id, finding.rule_id)

    def turn_off_for_workspace(self, finding: Finding) -> None:
        if self.drafts is not None and self._workspace_id is not None:
            self.drafts.disable_rule(self._workspace_id, finding.rule_id)

    def _enable_rule(self, setting: RuleSettingData) -> None:
        if self.drafts is not None:
            self.drafts.enable_rule(setting)

    def _restore_rule(self, setting: RuleSettingData) -> None:
        if self.drafts is None:
            return
        if setting.post_id is None:
            self.drafts.disable_rule(setting.workspace_id, setting.rule_id, setting.note)
        else:
            self.drafts.ignore_rule(
                setting.workspace_id, setting.post_id, setting.rule_id, setting.note
            )

    def _on_rule_settings_changed(self, workspace_id: int) -> None:
        if workspace_id != self._workspace_id:
            return
        self._reload_rule_settings()
        if self.analysis is not None:
            self.analysis.request_now(self.feedback_draft())
        self._request_variant_analyses(now=True)

    def _reload_rule_settings(self) -> None:
        if self.drafts is None or self._workspace_id is None:
            self._rule_settings = RuleSettings()
            self.rule_settings_list.set_settings([])
            return
        post_id = self._known_post_id()
        self._rule_settings = self.drafts.rule_settings(self._workspace_id, post_id)
        self.rule_settings_list.set_settings(
            [
                setting
                for setting in self.drafts.rule_setting_list(self._workspace_id)
                if setting.post_id is None or setting.post_id == post_id
            ]
        )

    # ---- posting slots --------------------------------------------------------------------

    def next_free_slot_local(self) -> datetime | None:
        """The next free posting slot for this post, on the workspace's wall clock (naive)."""
        if self.slot_book is None or self._workspace_id is None:
            return None
        found = self.slot_book.next_free(
            self._workspace_id,
            after=now_utc(),
            platforms=self.details.platforms(),
            post_id=self._known_post_id(),
        )
        if found is None:
            return None
        return to_local(found, self.slot_book.zone(self._workspace_id)).replace(tzinfo=None)

    def add_to_next_free_slot(self) -> bool:
        """Schedule the post at the next free slot (an ordinary, autosaved edit)."""
        local = self.next_free_slot_local()
        if local is None:
            self._refresh_slot_hint(force=True)
            self.message.emit(self.details.next_slot_button.toolTip())
            return False
        self.details.show_schedule(local)
        self.message.emit(
            self.tr("Scheduled for {slot}, the next free slot.").format(slot=_slot_words(local))
        )
        return True

    def edit_slots(self) -> None:
        if self.slot_book is None or self._workspace_id is None:
            self.message.emit(self.tr("Posting slots belong to a workspace: create one first."))
            return
        workspace = self.workspace()
        dialog = SlotsDialog(
            self.slot_book, self._workspace_id, workspace.name if workspace else "", self
        )
        dialog.exec()
        dialog.deleteLater()

    def _on_slots_changed(self, workspace_id: int) -> None:
        if workspace_id == self._workspace_id:
            self._refresh_slot_hint(force=True)

    def _refresh_slot_hint(self, *, force: bool = False) -> None:
        """Enable "Next Free Slot" (its tooltip names the slot) or say why it is off.

        Asks the database, so only when the workspace, the networks or the slots changed."""
        key = (self._workspace_id, self.details.platforms(), self.slot_book is not None)
        if not force and key == self._slot_hint_key:
            return
        self._slot_hint_key = key
        if self.slot_book is None or self._workspace_id is None:
            self.details.set_slot_hint(
                None, reason=self.tr("Posting slots belong to a workspace: create one first.")
            )
            self.posting_slots_action.setEnabled(self.slot_book is not None)
            self.details.slots_button.setEnabled(self.slot_book is not None)
            return
        self.posting_slots_action.setEnabled(True)
        self.details.slots_button.setEnabled(True)
        if not self.slot_book.slots(self._workspace_id):
            self.details.set_slot_hint(None)  # its tooltip explains how to add slots
            return
        local = self.next_free_slot_local()
        if local is None:
            self.details.set_slot_hint(
                None,
                reason=self.tr(
                    "No free slot for these networks in the next year: add slots with “Slots…”."
                ),
            )
        else:
            self.details.set_slot_hint(_slot_words(local))

    # ---- snippets -------------------------------------------------------------------------

    def snippets(self) -> list[SnippetData]:
        if self.drafts is None or self._workspace_id is None:
            return []
        return self.drafts.snippets(self._workspace_id)

    def show_snippet_menu(self) -> None:
        """The snippet menu at the text cursor of the field being written in."""
        target = self._insert_target()
        point = target.viewport().mapToGlobal(target.cursorRect().bottomRight())
        self.snippet_menu.popup(point)

    def insert_snippet(self, snippet: SnippetData) -> None:
        """Insert at the cursor of the field being written in, as one undo step."""
        target = self._insert_target()
        cursor = target.textCursor()
        cursor.beginEditBlock()
        body = snippet.body
        if snippet.kind == "hashtags":
            # A hashtag group goes after a space, never glued to the previous word.
            before = target.document().characterAt(cursor.selectionStart() - 1)
            if cursor.selectionStart() > 0 and before not in (" ", "\n", "\u2029"):
                body = " " + body
        cursor.insertText(body)
        cursor.endEditBlock()
        target.setTextCursor(cursor)
        target.setFocus()

    def _fill_snippet_menu(self) -> None:
        menu = self.snippet_menu
        menu.clear()
        snippets = self.snippets()
        texts = [s for s in snippets if s.kind != "hashtags"]
        hashtags = [s for s in snippets if s.kind == "hashtags"]
        for title, group in ((self.tr("Snippets"), texts), (self.tr("Hashtag groups"), hashtags)):
            if not group:
                continue
            menu.addSection(title)
            for snippet in group:
                action = menu.addAction(snippet.name.replace("&", "&&"))
                action.setToolTip(snippet.body)
                action.triggered.connect(lambda _=False, s=snippet: self.insert_snippet(s))
        if not snippets:
            empty = menu.addAction(self.tr("No snippets in this workspace yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        manage = menu.addAction(self.tr("&Manage Snippets…"))
        manage.triggered.connect(self.manage_snippets)

    def manage_snippets(self) -> None:
        if self.drafts is None or self._workspace_id is None:
            self.message.emit(self.tr("Snippets belong to a workspace: create one first."))
            return
        from studio.ui.snippets import SnippetManagerDialog

        workspace = self.workspace()
        dialog = SnippetManagerDialog(
            self.drafts, self._workspace_id, workspace.name if workspace else "", self
        )
        dialog.exec()
        dialog.deleteLater()

    def _insert_target(self) -> QPlainTextEdit:
        focused = QApplication.focusWidget()
        if isinstance(focused, QPlainTextEdit) and self.isAncestorOf(focused):
            self._last_text_field = focused
        last = getattr(self, "_last_text_field", None)
        return last if isinstance(last, QPlainTextEdit) else self.body_edit

    # ---- edits ----------------------------------------------------------------------------

    def _on_body_changed(self) -> None:
        self.variant_tabs.set_main_text(self.body_edit.toPlainText())
        self._refresh_counts()
        if self._loading:
            return
        if self._feedback_source is not None:
            self._set_feedback_source(None)
        self._request_analysis()
        self._on_edited()

    def _on_variant_changed(self) -> None:
        inheriting_before = self._inheriting
        self._refresh_counts()
        if self._loading:
            return
        if self._inheriting != inheriting_before:
            self._request_analysis()  # a network left (or rejoined) the main text
        for platform in tuple(self._variant_requested):
            if not self.variant_tabs.is_overridden(platform):
                del self._variant_requested[platform]  # back to the main text
        if self._feedback_source is not None and not self.variant_tabs.is_overridden(
            self._feedback_source
        ):
            self._set_feedback_source(None)
        self._show_feedback_source()
        self._request_variant_analyses()
        self._on_edited()

    def _on_variant_compact_changed(self, compact: bool) -> None:
        """A tab that only says "uses the main text" needs one line; give the room back."""
        tabs = self.variant_tabs
        if compact:
            # The visible page's own height (a tab widget's hint is its tallest page's).
            page = tabs.currentWidget()
            height = tabs.tabBar().sizeHint().height() + (
                page.sizeHint().height() if page is not None else 0
            )
            tabs.setMaximumHeight(height)
            # Growing the window then only grows the main text (a capped pane left with a
            # stretch would leave an empty band under it).
            self.text_splitter.setStretchFactor(1, 0)
            sizes = self.text_splitter.sizes()
            if sum(sizes) > height:
                self.text_splitter.setSizes([sum(sizes) - height, height])
        else:
            tabs.setMaximumHeight(16777215)  # QWIDGETSIZE_MAX
            self.text_splitter.setStretchFactor(1, 2)
            sizes = self.text_splitter.sizes()
            total = sum(sizes)
            if total and sizes[1] < total * 0.35:
                self.text_splitter.setSizes([int(total * 0.55), total - int(total * 0.55)])

    def _on_details_changed(self) -> None:
        self.variant_tabs.set_platforms(self.details.platforms())
        self._refresh_counts()
        self._refresh_slot_hint()
        if self._loading:
            return
        self._request_analysis()  # networks and sponsorship change what is checked
        self._request_variant_analyses()
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        if self._loading or self.drafts is None:
            return
        state = self.state()
        if state is not None:
            self.drafts.edited(state)
            self._show_save_state(self.tr("Editing…"))
            # Once words are stored the post stays in its workspace (the service has no move).
            self._lock_workspace(True)

    def _request_analysis(self) -> None:
        if self.analysis is not None:
            self.analysis.request(self.feedback_draft())

    def _on_workspace_requested(self, workspace_id: int) -> None:
        """Only a draft nothing was written to yet may change workspace (see `_on_edited`)."""
        if workspace_id == self._workspace_id or self.drafts is None:
            return
        if self._post_id is not None or self.drafts.has_pending_edit:
            self.details.load(**self._details_values())  # show where the post really is
            return
        title, body = self.title_edit.text(), self.body_edit.toPlainText()
        fresh = self.drafts.new_draft(workspace_id)
        self.load_state(replace(fresh, title=title, body=body))

    def _reload_workspace_facts(self) -> None:
        if self.drafts is not None and self._workspace_id is not None:
            self.details.set_campaigns(self.drafts.campaigns(self._workspace_id))
        self._reload_rule_settings()

    def _details_values(self) -> dict[str, object]:
        return {
            "workspace": self.workspace(),
            "status": self.details.status,
            "content_type": self.details.content_type(),
            "campaign_id": self.details.campaign_id(),
            "scheduled_local": self.details.scheduled_local(),
            "sponsored": self.details.sponsored(),
            "partner": self.details.partner(),
            "platforms": self.details.platforms(),
        }

    def _refresh_counts(self) -> None:
        body = self.body_edit.toPlainText()
        platforms = self.details.platforms()
        counts = [count(p, self.variant_tabs.text_for(p)) for p in platforms]
        self.counter_strip.show_counts(counts)
        self.counter_strip.setVisible(bool(platforms))
        for counted in counts:
            self.variant_tabs.show_state(counted.platform, counted)
        self.count_label.setVisible(not platforms)
        if not platforms:
            length = count(PlatformId.MASTODON, body).used if body else 0  # graphemes
            self.count_label.setText(
                self.tr("1 character")
                if length == 1
                else self.tr("{count} characters").format(count=length)
            )
        inheriting = tuple(p for p in platforms if not self.variant_tabs.is_overridden(p))
        self._inheriting = inheriting
        self.body_edit.set_overflow_from_codepoint(body, overflow_offset(inheriting, body))
        self.body_edit.set_fold_marks(fold_marks(inheriting, body))

    # ---- saving -----------------------------------------------------------------------------

    def _known_post_id(self) -> int | None:
        self._adopt_post_id()
        return self._post_id

    def _adopt_post_id(self) -> None:
        """After the first save the service knows the new row's id; so must the composer."""
        if self._post_id is None and self.drafts is not None:
            current = self.drafts.current
            if (
                current is not None
                and current.post_id is not None
                and current.workspace_id == self._workspace_id
            ):
                self._post_id = current.post_id

    def _on_saved(self, state: DraftState) -> None:
        self._adopt_post_id()
        pending = self.drafts is not None and self.drafts.has_pending_edit
        if state.post_id == self._post_id and not pending:
            self._show_save_state(
                self.tr("Saved {time}").format(time=QTime.currentTime().toString("HH:mm"))
            )

    def _on_save_failed(self, reason: str) -> None:
        self._show_save_state(self.tr("Not saved"))
        self.message.emit(
            self.tr("Your text is still here, but it was not saved: {reason}").format(reason=reason)
        )

    def _on_revision_saved(self, _revision: object) -> None:
        self.message.emit(self.tr("Saved a revision you can go back to."))

    def _on_conflict(self, mine: DraftState, theirs: DraftState) -> None:
        if self.drafts is None or mine.post_id != self._post_id:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Someone else changed this post"),
            self.tr(
                "This post was saved elsewhere while you were editing it. Your text is still "
                "here. Keep yours (theirs is kept as a revision), take theirs, or save yours as "
                "a copy?"
            ),
            parent=self,
        )
        box.setAccessibleName(self.tr("Someone else changed this post"))
        keep = box.addButton(self.tr("Keep Mine"), QMessageBox.ButtonRole.AcceptRole)
        theirs_button = box.addButton(
            self.tr("Take Theirs"), QMessageBox.ButtonRole.DestructiveRole
        )
        copy = box.addButton(self.tr("Save Mine as a Copy"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is theirs_button:
            self.drafts.accept_theirs(theirs)
            self.load_state(theirs)
        elif clicked is copy:
            self.load_state(self.drafts.save_copy(mine))  # the copy has its own id and title
        else:
            self.drafts.keep_mine(mine)

    def _lock_workspace(self, locked: bool) -> None:
        combo = self.details.workspace_combo
        combo.setEnabled(not locked)
        combo.setToolTip(
            self.tr("A post stays in the workspace it was saved in.")
            if locked
            else self.tr("The workspace this post is written for")
        )

    def _show_save_state(self, text: str) -> None:
        self.save_label.setText(text)
        self.save_label.setAccessibleDescription(text)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Leaving the composer (another section, another window, another program) saves now.
        if (
            old is not None
            and self.isAncestorOf(old)
            and (new is None or not self.isAncestorOf(new))
        ):
            self.flush()
        if isinstance(new, QPlainTextEdit) and self.isAncestorOf(new):
            self._last_text_field = new
            # The dock follows the text being written (and stays when focus moves into it).
            if new is self.body_edit:
                self._set_feedback_source(None)
            else:
                tab = self.variant_tabs.tab_of(new)
                if tab is not None:
                    self._set_feedback_source(tab.platform)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The splitter has its real height only now: fit a compact tab area to it.
        self._on_variant_compact_changed(self.variant_tabs.is_compact())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.flush()
        super().changeEvent(event)


def _feedback_locale(workspace_locale: str) -> str:
    """The workspace's language for feedback and grammar ("en" → "en-US")."""
    if not workspace_locale:
        return "en-US"
    if workspace_locale.lower() == "en":
        return "en-US"
    return workspace_locale


def _slot_words(local: datetime) -> str:
    """ "Tue 3 Mar, 09:00" in the person's language."""
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, "ddd d MMM, HH:mm")


def _finding_item(words: str, message: str, *, where: str = "") -> str:
    """One finding in the confirmation list; `where` names the network whose own text it is."""
    network = f"{html.escape(where)}: " if where else ""
    return f"<li>{network}<b>{html.escape(words)}</b> — {html.escape(message)}</li>"


class NetworkFinding(NamedTuple):
    """A finding in the text written for one network (its tab), with that text."""

    platform: PlatformId
    text: str
    finding: Finding
