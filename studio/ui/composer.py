"""The composer page: one post, its text per network, live feedback, and autosave.

    title, main text ───────────────┐  details: workspace, status, type, campaign,
    counters per network             │  networks, publishing time, sponsored + partner
    tabs: the text per network       │
    ─────────────────────────────────┘
    feedback panels + rules turned off: `feedback_panels` / `rule_settings_list`, which the main
    window puts in a dock beside the editor

The live path (ARCHITECTURE.md): every edit builds a `DraftState`; the DraftService autosaves it
and the AnalysisService analyses its feedback draft off the GUI thread. A report whose text is not
the editor's current text is dropped. Counters are counted here, at once, per network — counting
is a few microseconds, and a counter lagging behind the typing would be wrong for a moment.

The widget works without services too (the screenshots of other sections, older tests): then it
is a plain editor that saves nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import PlatformId, count
from studio.domain.posts import GUARDED_STATUSES, Status, TransitionError
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Finding, Report, RuleSettings, Severity
from studio.services.analysis import AnalysisService
from studio.services.drafts import DraftService, DraftState, VariantState
from studio.storage.errors import StorageError
from studio.storage.repositories import RuleSettingData, SnippetData, WorkspaceData
from studio.ui.composer_counters import CounterStrip
from studio.ui.composer_details import DraftDetails
from studio.ui.composer_text import PostTextEdit
from studio.ui.composer_variants import VariantTabs, VariantText, overflow_offset
from studio.ui.feedback_dock import FeedbackPanels
from studio.ui.finding_highlighter import FindingHighlighter
from studio.ui.rule_settings import RuleSettingsList

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
        layout.setContentsMargins(20, 16, 16, 10)
        layout.addWidget(self.splitter)

        self._connect()
        self._set_tab_order()
        self._refresh_counts()

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
        self.snippet_button = QToolButton(self.editor_column)
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
        self.snippet_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snippet_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

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

    def _build_feedback(self) -> None:
        self.highlighter = FindingHighlighter(self.body_edit, self)
        self.body_edit.context_menu_extender = self.highlighter.add_context_actions
        self.feedback_panels = FeedbackPanels()
        self.feedback_panels.setObjectName("feedback_panels")
        self.rule_settings_list = RuleSettingsList()
        self.rule_settings_list.setObjectName("rule_settings_list")
        # What the main window docks beside the editor: the panels, and the rules turned off.
        self.feedback_tabs = QTabWidget()
        self.feedback_tabs.setObjectName("feedback_tabs")
        self.feedback_tabs.setAccessibleName(self.tr("Feedback"))
        self.feedback_tabs.setDocumentMode(True)
        self.feedback_tabs.addTab(self.feedback_panels, self.tr("Feedback"))
        self.feedback_tabs.addTab(self.rule_settings_list, self.tr("Rules Turned Off"))

    def _connect(self) -> None:
        self.title_edit.textEdited.connect(self._on_edited)
        self.body_edit.textChanged.connect(self._on_body_changed)
        self.variant_tabs.changed.connect(self._on_variant_changed)
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
            self.details.sponsored_check,
            self.details.partner_edit,
        ]

    def _set_tab_order(self) -> None:
        for first, second in pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)

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
        self._refresh_counts()
        self._show_save_state(self.tr("Saved") if state.post_id is not None else "")
        self._lock_workspace(state.post_id is not None)
        if self.analysis is not None:
            self.analysis.request_now(self.feedback_draft(state))

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
        """What the AnalysisService analyses: the main text against every enabled network."""
        state = state or self.state()
        workspace = self.workspace()
        locale = _feedback_locale(workspace.locale if workspace else "")
        if state is None:
            return Draft(text=self.body_edit.toPlainText(), locale=locale)
        return state.feedback_draft(rule_settings=self._rule_settings, locale=locale)

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
            if strong and not self.confirm_strong_findings(to, strong):
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

    def confirmation_box(self, to: Status, findings: Sequence[Finding]) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Serious findings remain"), "", parent=self
        )
        box.setObjectName("strong_findings_box")
        text = self.body_edit.toPlainText()
        items = "".join(
            _finding_item(text[f.start : f.end] or f.panel.title, f.message) for f in findings
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<p>This post still has {count} serious finding(s):</p><ul>{items}</ul>"
                "<p>Move it to {status} anyway?</p>"
            ).format(count=len(findings), items=items, status=html.escape(to.label))
        )
        self.move_anyway_button = box.addButton(
            self.tr("Move to {status}").format(status=to.label),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setAccessibleName(self.tr("Serious findings remain"))
        return box

    def confirm_strong_findings(self, to: Status, findings: Sequence[Finding]) -> bool:
        box = self.confirmation_box(to, findings)
        box.exec()
        confirmed = box.clickedButton() is self.move_anyway_button
        box.deleteLater()
        return confirmed

    # ---- feedback -------------------------------------------------------------------------

    def show_report(self, report: Report) -> None:
        if report.text != self.body_edit.toPlainText():
            return  # computed on an older text: the next report is on its way
        self._report = report
        self.feedback_panels.show_report(report)
        self.highlighter.show_report(report)

    def select_finding(self, finding: Finding) -> None:
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
        self._request_analysis()
        self._on_edited()

    def _on_variant_changed(self) -> None:
        self._refresh_counts()
        self._on_edited()

    def _on_details_changed(self) -> None:
        self.variant_tabs.set_platforms(self.details.platforms())
        self._refresh_counts()
        if self._loading:
            return
        self._request_analysis()  # networks and sponsorship change what is checked
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
        inheriting = [p for p in platforms if not self.variant_tabs.is_overridden(p)]
        self.body_edit.set_overflow_from_codepoint(body, overflow_offset(inheriting, body))

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


def _finding_item(words: str, message: str) -> str:
    return f"<li><b>{html.escape(words)}</b> — {html.escape(message)}</li>"
