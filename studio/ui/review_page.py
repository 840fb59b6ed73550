"""The Review section: what waits for me, and the review view of the post chosen there.

The list on the left groups what waits for the person (ReviewStore.waiting_for): posts in
review, posts with changes requested, posts with unresolved comments, and decisions from review
files that need a look, each group with its count. Choosing a post opens it in the review view on
the right.

A review file opened with File ▸ Open Review File… (or `studio FILE`) joins the list as its own
group: its posts open read-only in the same view; comments and decisions go into the file, and
Save (Ctrl+S) writes it. Importing a returned file, exporting review files and the HTML report are
in the Review menu, which `install_review_page` adds to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.services.review import ReviewDocument, ReviewService, ThreadItem
from studio.storage.exchange_review import SUFFIX, ReviewImport, ReviewSelection, ReviewSession
from studio.storage.repositories import PostData
from studio.storage.review import Waiting
from studio.ui.empty_state import EmptyState
from studio.ui.entry_delegate import DETAIL_ROLE, EntryDelegate
from studio.ui.i18n import tr
from studio.ui.review_view import ReviewView

if TYPE_CHECKING:
    from studio.app import Studio
    from studio.ui.main_window import MainWindow

_KIND = Qt.ItemDataRole.UserRole  # "post" (a database post id) or "file" (a key in the file)
_VALUE = Qt.ItemDataRole.UserRole + 1


REVIEW_FILTER = "Review files (*.studio-review);;All files (*)"


class ReviewPage(QWidget):
    def __init__(
        self,
        service: ReviewService,
        parent: QWidget | None = None,
        *,
        message: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_page")
        self.setAccessibleName(tr("Review"))
        self.service = service
        self.session: ReviewSession | None = None
        self.waiting: Waiting | None = None
        self._message = message
        self._build()
        service.waiting_changed.connect(self.show_waiting)
        service.document_ready.connect(self._database_document)
        service.confirmation_needed.connect(self._confirm_again)
        service.session_opened.connect(self.show_session)
        service.session_saved.connect(self._saved)
        service.imported.connect(self._imported)
        service.exported.connect(lambda path: self.say(tr("Wrote {path}.").format(path=path)))
        service.failed.connect(self._failed)
        view = self.view
        view.comment_requested.connect(self._comment)
        view.pin_requested.connect(self._pin)
        view.reply_requested.connect(self._reply)
        view.resolve_requested.connect(self._resolve)
        view.request_changes_requested.connect(self._request_changes)
        view.approve_requested.connect(self._approve)
        view.history_requested.connect(self.show_history)

    # ---- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(tr("Waiting for you"), self)
        heading.setObjectName("waiting_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)

        self.open_button = QPushButton(tr("Open Review File…"), self)
        self.open_button.setObjectName("open_review_file")
        self.open_button.setAccessibleName(tr("Open review file"))
        self.open_button.clicked.connect(self.choose_file_to_open)
        self.more_button = QPushButton(self)  # with a menu: its arrow sits beside the word
        self.more_button.setObjectName("review_more")
        self.more_button.setText(tr("More"))
        self.more_button.setAccessibleName(tr("More review commands"))

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("waiting_list")
        self.tree.setAccessibleName(tr("Waiting for you"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(EntryDelegate(self.tree))
        self.tree.currentItemChanged.connect(self._chosen)

        self.file_bar = QFrame(self)
        self.file_bar.setObjectName("review_file_bar")
        self.file_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.file_label = QLabel(self.file_bar)
        self.file_label.setObjectName("review_file_label")
        self.file_label.setWordWrap(True)
        self.save_button = QPushButton(tr("Save"), self.file_bar)
        self.save_button.setObjectName("save_review_file")
        self.save_button.setAccessibleName(tr("Save review file"))
        self.save_button.setToolTip(
            tr("Write your comments and decisions into the review file ({keys})").format(
                keys=QKeySequence(QKeySequence.StandardKey.Save).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.save_button.clicked.connect(self.save_session)
        self.close_file_button = QPushButton(tr("Close File"), self.file_bar)
        self.close_file_button.setObjectName("close_review_file")
        self.close_file_button.clicked.connect(self.close_session)
        bar_layout = QHBoxLayout(self.file_bar)
        bar_layout.setContentsMargins(8, 4, 8, 4)
        bar_layout.addWidget(self.file_label, 1)
        bar_layout.addWidget(self.save_button)
        bar_layout.addWidget(self.close_file_button)
        self.file_bar.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.more_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.open_button)

        self.view = ReviewView(self)
        self.empty = EmptyState(
            QIcon(":/icons/review.svg"),
            tr("Nothing chosen"),
            tr(
                "Choose a post on the left to review it. Review files from a colleague open "
                "with File ▸ Open Review File…"
            ),
            self,
        )
        self.empty.setObjectName("review_nothing_chosen")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.file_bar)
        right_layout.addWidget(self.stack, 1)

        splitter = QSplitter(self)
        splitter.setObjectName("review_page_splitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 1000])
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.save_action = QAction(tr("&Save Review File"), self)
        self.save_action.setObjectName("action_save_review_file")
        self.save_action.triggered.connect(self.save_session)
        self.import_action = QAction(tr("&Import Returned Review File…"), self)
        self.import_action.setObjectName("action_import_review_file")
        self.import_action.setStatusTip(
            tr("Add a reviewer's comments and decisions to the original posts")
        )
        self.import_action.triggered.connect(self.choose_file_to_import)
        self.export_action = QAction(tr("&Export Review File…"), self)
        self.export_action.setObjectName("action_export_review_file")
        self.export_action.setStatusTip(
            tr("The posts of this workspace as a file for someone outside the studio")
        )
        self.export_action.triggered.connect(self.choose_file_to_export)
        self.report_action = QAction(tr("Export Review &Report (HTML)…"), self)
        self.report_action.setObjectName("action_export_review_report")
        self.report_action.setStatusTip(
            tr("A web page with each post, its texts, comments and status, for a client")
        )
        self.report_action.triggered.connect(self.choose_report_file)
        more = QMenu(self.more_button)
        more.addActions([self.import_action, self.export_action, self.report_action])
        self.more_button.setMenu(more)
        self._update_file_bar()

    # ---- the list ----------------------------------------------------------------------------

    def say(self, text: str) -> None:
        if self._message is not None:
            self._message(text)

    def refresh(self) -> None:
        self.service.refresh_waiting(self.service.workspace_id)

    def show_waiting(self, waiting: Waiting) -> None:
        self.waiting = waiting
        chosen = self._chosen_key()
        self.tree.blockSignals(True)
        self.tree.clear()
        names = self.service.workspace_names()
        if self.session is not None:
            name = self.session.path.name if self.session.path else tr("Review file")
            group = self._group(tr("Review file: {name}").format(name=name), self.session.posts)
            for post in self.session.posts:
                decision = post.decisions[-1].decision.label if post.decisions else ""
                detail = " · ".join(
                    part for part in (post.workspace, decision, _count(len(post.comments))) if part
                )
                self._item(group, post.title or tr("(untitled)"), detail, "file", post.key)
        groups: list[tuple[str, list[tuple[PostData, str]]]] = [
            (tr("In review"), [(p, names.get(p.workspace_id, "")) for p in waiting.in_review]),
            (
                tr("Changes requested"),
                [(p, names.get(p.workspace_id, "")) for p in waiting.changes_requested],
            ),
            (
                tr("Unresolved comments"),
                [
                    (
                        t.post,
                        tr("{count} open · latest by {author}").format(
                            count=t.count, author=t.latest.author or tr("someone")
                        ),
                    )
                    for t in waiting.open_threads
                ],
            ),
        ]
        for title, posts in groups:
            group = self._group(title, posts)
            for post, detail in posts:
                self._item(group, post.title or tr("(untitled)"), detail, "post", post.id)
        if waiting.flagged_decisions:
            group = self._group(tr("Decisions to check"), waiting.flagged_decisions)
            for decision in waiting.flagged_decisions:
                why = tr("made on older text") if decision.outdated else tr("not applied")
                label = tr("{decision} by {author}").format(
                    decision=decision.decision.label, author=decision.author or tr("someone")
                )
                self._item(group, label, why, "post", decision.post_id)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if chosen is not None:
            self._select_key(*chosen)
        # A post shown stays shown even when it no longer waits (it was just approved).

    def _group(self, title: str, members: object) -> QTreeWidgetItem:
        count = len(members)  # type: ignore[arg-type]
        group = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{title}: {count}")
        return group

    def _item(
        self, group: QTreeWidgetItem, title: str, detail: str, kind: str, value: object
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, [title])
        item.setData(0, DETAIL_ROLE, detail)
        item.setData(
            0, Qt.ItemDataRole.AccessibleTextRole, f"{title}, {detail}" if detail else title
        )
        item.setData(0, _KIND, kind)
        item.setData(0, _VALUE, value)
        item.setToolTip(0, f"{title} — {detail}" if detail else title)
        return item

    def group_counts(self) -> dict[str, int]:
        """Each group's title and number of entries, as the list shows them (for tests)."""
        counts = {}
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            counts[group.text(0).rsplit(" (", 1)[0]] = group.childCount()
        return counts

    def _chosen_key(self) -> tuple[str, object] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, _KIND) is None:
            return None
        return item.data(0, _KIND), item.data(0, _VALUE)

    def _select_key(self, kind: str, value: object) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for row in range(group.childCount()):
                item = group.child(row)
                if item.data(0, _KIND) == kind and item.data(0, _VALUE) == value:
                    self.tree.blockSignals(True)
                    self.tree.setCurrentItem(item)
                    self.tree.blockSignals(False)
                    return True
        return False

    def _chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None or item.data(0, _KIND) is None:
            return
        if item.data(0, _KIND) == "post":
            self.open_post(int(item.data(0, _VALUE)))
        else:
            self.open_file_post(str(item.data(0, _VALUE)))

    def open_post(self, post_id: int) -> None:
        self.service.open_post(post_id)

    def open_file_post(self, key: str) -> None:
        if self.session is not None:
            self.service.document_for_session(self.session, key, self._file_document)

    # ---- documents -----------------------------------------------------------------------------

    def _database_document(self, document: ReviewDocument) -> None:
        self.view.show_document(document)
        self.stack.setCurrentWidget(self.view)

    def _file_document(self, document: ReviewDocument) -> None:
        self.view.show_document(document)
        self.stack.setCurrentWidget(self.view)
        self._update_file_bar()

    def _reshow_file_post(self, key: str) -> None:
        self._update_file_bar()
        self.open_file_post(key)
        if self.waiting is not None:
            self.show_waiting(self.waiting)  # the file's group shows counts and decisions

    @property
    def document(self) -> ReviewDocument | None:
        return self.view.document

    # ---- what the view asks for ------------------------------------------------------------

    def _comment(self, target: str, start: int | None, end: int | None, text: str) -> None:
        document = self.document
        if document is None:
            return
        if document.from_file:
            self._in_file(
                document,
                lambda s: s.add_comment(
                    document.key,
                    text,
                    author=self.service.signature,
                    start=start,
                    end=end,
                    target=target,
                ),
            )
        else:
            self.service.comment(document, text, target=target, start=start, end=end)

    def _pin(self, media_id: int, x: float, y: float, text: str) -> None:
        document = self.document
        if document is None:
            return
        if document.from_file:
            self._in_file(
                document,
                lambda s: s.add_comment(
                    document.key, text, author=self.service.signature, pin=(media_id, x, y)
                ),
            )
        else:
            self.service.pin(document, media_id, x, y, text)

    def _reply(self, thread: ThreadItem, text: str) -> None:
        document = self.document
        if document is None:
            return
        if document.from_file:
            self._in_file(
                document,
                lambda s: s.reply(document.key, thread.key, text, author=self.service.signature),
            )
        else:
            self.service.reply(document, thread, text)

    def _resolve(self, thread: ThreadItem, resolved: bool) -> None:
        document = self.document
        if document is None:
            return
        if document.from_file:
            self._in_file(
                document,
                lambda s: (s.resolve if resolved else s.reopen)(document.key, thread.key),
            )
        else:
            self.service.set_resolved(document, thread, resolved)

    def _request_changes(self, text: str, target: str, start: int | None, end: int | None) -> None:
        document = self.document
        if document is None:
            return
        if document.from_file:
            self._in_file(
                document,
                lambda s: s.request_changes(
                    document.key,
                    by=self.service.signature,
                    comment=text,
                    start=start,
                    end=end,
                    target=target,
                ),
            )
        else:
            self.service.request_changes(document, text, target=target, start=start, end=end)

    def _approve(self, confirmed_rules: tuple[str, ...]) -> None:
        document = self.document
        if document is None:
            return
        if document.from_file:
            self._in_file(
                document,
                lambda s: s.approve(
                    document.key,
                    by=self.service.signature,
                    open_strong_rules=confirmed_rules,
                    confirmed=True,
                ),
            )
        else:
            self.service.approve(document, confirmed_rules=confirmed_rules)

    def _confirm_again(self, document: ReviewDocument, findings: object) -> None:
        """The post's strong findings changed since it was shown: show them and ask again."""
        self.view.show_document(document)
        self.view.approve(findings)  # type: ignore[arg-type]

    def _in_file(self, document: ReviewDocument, change: Callable[[ReviewSession], object]) -> None:
        if self.session is None:
            return
        try:
            change(self.session)
        except (ValueError, KeyError) as error:
            self._failed(str(error))
            return
        self._reshow_file_post(document.key)

    def _failed(self, message: str) -> None:
        self.say(message)
        QMessageBox.warning(self, tr("Review"), message)

    # ---- revision history -----------------------------------------------------------------

    def show_history(self) -> None:
        document = self.document
        if document is None or document.post is None:
            return
        post_id = document.post.id

        def with_revisions(revisions: list) -> None:
            self.service.current_snapshot(
                post_id, lambda current: self._open_history(document, revisions, current)
            )

        self.service.revisions(post_id, with_revisions)

    def _open_history(self, document: ReviewDocument, revisions: list, current: dict) -> None:
        from studio.ui.revision_history import RevisionHistoryDialog

        dialog = RevisionHistoryDialog(revisions, current, title=document.title, parent=self)
        dialog.restore_requested.connect(lambda revision_id: self._restore(dialog, revision_id))
        self.history_dialog = dialog
        dialog.open()

    def _restore(self, dialog: QWidget, revision_id: int) -> None:
        document = self.document
        if document is None or document.post is None:
            return
        self.service.restore(document, revision_id)
        self.say(tr("Restored the revision as a new revision."))
        dialog.close()

    # ---- review files ----------------------------------------------------------------------

    def choose_file_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open Review File"), str(Path.home()), tr(REVIEW_FILTER)
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        if not self._may_drop_session():
            return
        self.service.open_file(Path(path))

    def show_session(self, session: ReviewSession) -> None:
        self.session = session
        self.show_waiting(self.waiting or Waiting((), (), (), ()))
        self._update_file_bar()
        if session.posts:
            self._select_key("file", session.posts[0].key)
            self.open_file_post(session.posts[0].key)
        self.say(
            tr("Opened the review file {name}: %n post(s).", "", len(session.posts)).format(
                name=session.path.name if session.path else ""
            )
        )

    def save_session(self) -> bool:
        if self.session is None:
            return False
        path = self.session.path
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Save Review File"), str(Path.home()), tr(REVIEW_FILTER)
            )
            if not chosen:
                return False
            path = Path(chosen)
        self.service.save_session(self.session, path)
        return True

    def _saved(self, path: Path) -> None:
        self._update_file_bar()
        self.say(tr("Saved the review file {path}.").format(path=path))

    def close_session(self) -> None:
        if not self._may_drop_session():
            return
        self.session = None
        if self.document is not None and self.document.from_file:
            self.view.document = None
            self.stack.setCurrentWidget(self.empty)
        self.show_waiting(self.waiting or Waiting((), (), (), ()))
        self._update_file_bar()

    def _may_drop_session(self) -> bool:
        """Asks about unsaved comments in the open file; False when the person cancels."""
        if self.session is None or not self.session.dirty:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Unsaved review"),
            tr("Save your comments and decisions in the review file first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsaved_review_box")
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_session()
        return answer == QMessageBox.StandardButton.Discard

    def _update_file_bar(self) -> None:
        session = self.session
        self.file_bar.setVisible(session is not None)
        self.save_action.setEnabled(session is not None)
        if session is None:
            return
        name = session.path.name if session.path else tr("new review file")
        state = tr("unsaved changes") if session.dirty else tr("saved")
        self.file_label.setText(
            tr(
                "Review file <b>{name}</b> — read-only posts; your comments go into the file "
                "({state})."
            ).format(name=name, state=state)
        )
        self.save_button.setEnabled(session.dirty)

    def choose_file_to_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import Returned Review File"), str(Path.home()), tr(REVIEW_FILTER)
        )
        if path:
            self.import_returned_file(Path(path))

    def import_returned_file(self, path: Path) -> None:
        """Merge the comments and decisions of a review file sent back (also File ▸ Import…)."""
        self.service.import_file(path)

    def _imported(self, report: ReviewImport) -> None:
        parts = [
            tr("%n comment(s) added", "", report.comments_added),
            tr("%n decision(s) applied", "", report.decisions_applied),
        ]
        if report.comments_already_present or report.decisions_already_present:
            parts.append(
                tr("{count} already imported").format(
                    count=report.comments_already_present + report.decisions_already_present
                )
            )
        if report.decisions_flagged:
            parts.append(
                tr(
                    "%n decision(s) made on older text, kept for you to check",
                    "",
                    report.decisions_flagged,
                )
            )
        if report.comments_orphaned:
            parts.append(
                tr(
                    "%n comment(s) on passages no longer in the text",
                    "",
                    len(report.comments_orphaned),
                )
            )
        if report.posts_missing:
            parts.append(tr("%n post(s) not found here", "", len(report.posts_missing)))
        self.say(tr("Review file imported: {details}.").format(details="; ".join(parts)))

    def _export_selection(self) -> ReviewSelection:
        return ReviewSelection(workspace_id=self.service.workspace_id)

    def choose_file_to_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export Review File"),
            str(Path.home() / f"review{SUFFIX}"),
            tr(REVIEW_FILTER),
        )
        if path:
            target = Path(path)
            if not target.suffix:
                target = target.with_suffix(SUFFIX)
            self.service.export_file(self._export_selection(), target)

    def choose_report_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export Review Report"),
            str(Path.home() / "review-report.html"),
            tr("Web pages (*.html)"),
        )
        if path:
            self.export_report(Path(path))

    def export_report(self, path: Path) -> None:
        """The open review file's report when a file post is shown, else the workspace's."""
        document = self.document
        if self.session is not None and document is not None and document.from_file:
            self.service.export_report(path, review=self.session.review)
        else:
            self.service.export_report(path, selection=self._export_selection())


def _count(comments: int) -> str:
    return tr("%n comment(s)", "", comments) if comments else ""


# ---- wiring into the window ----------------------------------------------------------------------


class _UnsavedReviewGuard(QObject):
    """Closing the window with unsaved comments in a review file asks first."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and not self.page._may_drop_session():
            if isinstance(event, QCloseEvent):
                event.ignore()
            return True
        return False


def install_review_page(window: MainWindow, studio: Studio) -> ReviewPage:
    """Build the review service and page, and connect them to the window (menus, Ctrl+O,
    Ctrl+S, the workspace switcher, Preferences)."""
    from studio.ui.main_window import Section

    if studio.review is None:
        studio.review = ReviewService(
            studio.tasks,
            studio.database,
            author=studio.settings.author_name,
            media_dir=studio.paths.media_dir,
        )
    service = studio.review
    page = ReviewPage(
        service, window, message=lambda text: window.statusBar().showMessage(text, 8000)
    )
    window.set_section_page(Section.REVIEW, page)

    window.open_review_action.setEnabled(True)
    window.open_review_action.setStatusTip(tr("Open a review file someone sent you"))
    window.open_review_action.setToolTip(tr("Open a review file someone sent you"))
    window.open_review_action.triggered.connect(
        lambda: (window.show_section(Section.REVIEW), page.choose_file_to_open())
    )
    # Ctrl+S saves a revision in the composer; in the Review section it saves the review file.
    window.save_action.triggered.connect(
        lambda: page.save_session() if window.current_section() is Section.REVIEW else None
    )
    window.settings_changed.connect(
        lambda settings: setattr(service, "author", settings.author_name)
    )
    window.workspace_selected.connect(
        lambda workspace: service.refresh_waiting(workspace.id if workspace else None)
    )
    window.section_changed.connect(
        lambda section: page.refresh() if section == Section.REVIEW.value else None
    )
    page.view.make_shortcuts_window_wide()
    window.section_changed.connect(
        lambda section: page.view.set_section_active(section == Section.REVIEW.value)
    )
    page.view.set_section_active(window.current_section() is Section.REVIEW)
    window.installEventFilter(_UnsavedReviewGuard(page))

    menu = QMenu(tr("&Review"), window)
    menu.setObjectName("menu_review")
    menu.setAccessibleName(tr("Review"))
    view = page.view
    menu.addActions([view.comment_action, view.next_action, view.previous_action])
    menu.addSeparator()
    menu.addActions([view.request_changes_action, view.approve_action, view.history_action])
    menu.addSeparator()
    menu.addActions([window.open_review_action, page.save_action])
    menu.addActions([page.import_action, page.export_action, page.report_action])
    help_menu = window.menuBar().findChild(QMenu, "menu_help")
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    window.review_menu = menu  # type: ignore[attr-defined]

    current = window.current_workspace()
    service.refresh_waiting(current.id if current else None)
    return page


def open_review_file(window: MainWindow, path: Path) -> None:
    """`studio FILE`: show the Review section with the file open."""
    from studio.ui.main_window import Section

    page = window.section_pages.get(Section.REVIEW)
    if isinstance(page, ReviewPage):
        window.show_section(Section.REVIEW)
        page.open_file(Path(path))
