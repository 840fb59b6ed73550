"""Review for the window: what waits, one post's review document, decisions, review files.

The review page and view never touch ReviewStore or a review file themselves: they ask this
service, which does the work on the TaskRunner (reads and file reading on the analysis pool,
every database write on the one DB-writer thread) and answers with signals on the GUI thread.

Both kinds of review look the same to the view: a `ReviewDocument` (the post's texts, its threads
placed in them, the status timeline, open `strong` findings, its images). `document_for_post`
builds one from the database, `document_for_file` from a post of an open review file
(`ReviewSession`, read-only content, in memory; `save_session` writes it back).

    service.open_post(post_id)            → document_ready(ReviewDocument)
    service.comment(document, "Softer?", target="body", start=10, end=24)
    service.approve(document, confirmed_rules=("wellbeing.Scarcity",))
    service.refresh_waiting()             → waiting_changed(Waiting)

A failure arrives as `failed(message)`; approving past strong findings that were not confirmed
arrives as `confirmation_needed(document, findings)` so the page can ask and call again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlmodel import col, select

from studio.domain.platforms import PlatformId
from studio.domain.posts import Status
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Finding, RuleSettings, Severity
from studio.services.tasks import JobId, Pool, TaskRunner
from studio.storage.database import Database
from studio.storage.exchange_review import (
    FilePost,
    FileThread,
    ReviewFile,
    ReviewImport,
    ReviewSelection,
    ReviewSession,
    export_review,
    import_review,
    read_review_file,
    write_review_file,
)
from studio.storage.repositories import (
    PostData,
    PostRepository,
    RevisionData,
    RuleSettingRepository,
    WorkspaceRepository,
)
from studio.storage.review import BODY, ConfirmationRequired, ReviewStore, Thread
from studio.storage.tables import MediaAsset, PostMedia, utc_now

# ---- what the view shows ------------------------------------------------------------------------


@dataclass(frozen=True)
class CommentItem:
    author: str
    created_at: datetime
    body: str


@dataclass(frozen=True)
class ThreadItem:
    """One thread, whatever it came from (a database row or a review file)."""

    key: str  # "12" (the root comment's id) or the root's UUID in a review file
    target: str  # "body" or a platform id
    quote: str
    start: int | None  # code points into the target's text; None: orphaned, pin or whole post
    end: int | None
    orphaned: bool
    resolved: bool
    comments: tuple[CommentItem, ...]  # the first comment, then the replies
    media_id: int | None = None
    pin: tuple[float, float] | None = None
    source: Any = None  # the storage object to act on (CommentData or FileComment)

    @property
    def is_pin(self) -> bool:
        return self.media_id is not None

    @property
    def is_passage(self) -> bool:
        return self.start is not None and self.end is not None and self.end > self.start


@dataclass(frozen=True)
class TimelineEntry:
    who: str
    when: datetime
    from_status: Status | None
    to_status: Status
    note: str


@dataclass(frozen=True)
class MediaItem:
    media_id: int
    path: Path | None  # None when the image file is not on this computer
    alt_text: str


@dataclass(frozen=True)
class ReviewDocument:
    key: str  # the post id (database) or the post's key (review file)
    title: str
    status: Status
    author: str
    texts: tuple[tuple[str, str], ...]  # (target, text): "body" first, then variants' own texts
    threads: tuple[ThreadItem, ...]
    timeline: tuple[TimelineEntry, ...]
    strong_findings: tuple[Finding, ...] = ()
    media: tuple[MediaItem, ...] = ()
    post: PostData | None = None  # set for a post in the database
    from_file: bool = False  # a post of a review file: its content cannot change here
    revision_count: int = 0
    outdated_decisions: int = 0  # decisions from review files made on older content

    def text(self, target: str = BODY) -> str:
        return dict(self.texts).get(target, "")

    @property
    def strong_rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(finding.rule_id for finding in self.strong_findings))


# ---- building documents (plain functions: they run on worker threads) ---------------------------


def strong_findings(
    body: str,
    platforms: Sequence[str] = (),
    *,
    sponsored: bool = False,
    partner: str = "",
    rule_settings: RuleSettings | None = None,
) -> tuple[Finding, ...]:
    """The `strong` findings of a post's main text, as the composer's confirmation sees them."""
    known = {platform.value for platform in PlatformId}
    draft = Draft(
        text=body,
        platforms=tuple(PlatformId(p) for p in platforms if p in known),
        sponsored=sponsored,
        partner=partner,
        rule_settings=rule_settings or RuleSettings(),
    )
    return tuple(f for f in analyse(draft).findings if f.severity is Severity.STRONG)


def _stored_thread_item(thread: Thread) -> ThreadItem:
    root = thread.root
    pin = (root.pin_x, root.pin_y) if root.pin_x is not None and root.pin_y is not None else None
    return _thread_item(thread, key=str(root.id), pin=pin)


def _thread_item(
    thread: Thread | FileThread, *, key: str, pin: tuple[float, float] | None
) -> ThreadItem:
    root = thread.root
    return ThreadItem(
        key=key,
        target=root.target,
        quote=root.quote,
        start=thread.start,
        end=thread.end,
        orphaned=thread.orphaned,
        resolved=root.resolved,
        comments=tuple(CommentItem(c.author, c.created_at, c.body) for c in thread.comments),
        media_id=root.media_id,
        pin=pin,
        source=root,
    )


def document_for_post(
    db: Database, post_id: int, *, media_dir: Path | None = None, analyse_text: bool = True
) -> ReviewDocument:
    """The review document of a stored post (reads only)."""
    store = ReviewStore(db)
    posts = PostRepository(db)
    post = posts.get(post_id)
    variants = posts.variants(post_id)
    texts = [(BODY, post.body)]
    texts += [(v.platform.value, v.text) for v in variants if v.text is not None]
    timeline = tuple(
        TimelineEntry(c.changed_by, c.changed_at, c.from_status, c.to_status, c.note)
        for c in store.timeline(post_id)
    )
    findings: tuple[Finding, ...] = ()
    if analyse_text:
        settings = RuleSettings(
            disabled_for_workspace=RuleSettingRepository(db).disabled_rules(
                post.workspace_id, post_id
            )
        )
        findings = strong_findings(
            post.body,
            [v.platform.value for v in variants if v.enabled],
            sponsored=post.sponsored,
            partner=post.partner_name,
            rule_settings=settings,
        )
    return ReviewDocument(
        key=str(post.id),
        title=post.title,
        status=post.status,
        author=post.author,
        texts=tuple(texts),
        threads=tuple(_stored_thread_item(t) for t in store.threads(post_id)),
        timeline=timeline,
        strong_findings=findings,
        media=_media_of(db, post_id, media_dir),
        post=post,
        revision_count=len(store.revisions(post_id)),
        outdated_decisions=sum(1 for d in store.decisions(post_id) if d.outdated),
    )


def _media_of(db: Database, post_id: int, media_dir: Path | None) -> tuple[MediaItem, ...]:
    with db.session() as session:
        rows = session.exec(
            select(PostMedia.media_id, MediaAsset.sha256, MediaAsset.alt_text)
            .join(MediaAsset, col(MediaAsset.id) == col(PostMedia.media_id))
            .where(PostMedia.post_id == post_id)
            .order_by(col(PostMedia.position))
        ).all()
    items = []
    for media_id, sha256, alt_text in rows:
        path = None
        if media_dir is not None:
            from studio.media.store import MediaStore

            path = MediaStore(media_dir).find(sha256)
        items.append(MediaItem(media_id, path, alt_text))
    return tuple(items)


def effective_status(post: FilePost) -> Status:
    """The status a post of a review file has for its reviewer: the latest decision's."""
    return post.reviewed_status


def document_for_file(review: ReviewFile, key: str, *, analyse_text: bool = True) -> ReviewDocument:
    """The review document of one post of a review file (nothing is read from disk)."""
    post = review.post(key)
    snapshot_post = post.snapshot.get("post", {})
    variants = list(post.snapshot.get("variants", []))
    texts = [(BODY, str(snapshot_post.get("body", "")))]
    texts += [(str(v["platform"]), str(v["text"])) for v in variants if v.get("text") is not None]
    threads = tuple(
        _thread_item(thread, key=thread.root.uuid, pin=thread.root.pin)
        for thread in ReviewSession(review).threads(key)
    )
    timeline = tuple(
        TimelineEntry(
            decision.author, decision.decided_at, before, decision.decision, decision.note
        )
        for before, decision in post.decision_steps()
    )
    findings: tuple[Finding, ...] = ()
    if analyse_text:
        findings = strong_findings(
            texts[0][1],
            [str(v["platform"]) for v in variants if v.get("enabled", True)],
            sponsored=bool(snapshot_post.get("sponsored", False)),
            partner=str(snapshot_post.get("partner_name", "")),
        )
    return ReviewDocument(
        key=key,
        title=post.title,
        status=effective_status(post),
        author=str(snapshot_post.get("author", "")),
        texts=tuple(texts),
        threads=threads,
        timeline=timeline,
        strong_findings=findings,
        from_file=True,
    )


# ---- the service --------------------------------------------------------------------------------


@dataclass
class _Open:
    """The post the view shows (so a write's answer for another post is not shown over it)."""

    post_id: int | None = None
    pending: set[JobId] = field(default_factory=set)


class ReviewService(QObject):
    waiting_changed = Signal(object)  # Waiting
    document_ready = Signal(object)  # ReviewDocument (a database post)
    confirmation_needed = Signal(object, object)  # ReviewDocument, tuple[Finding, ...]
    session_opened = Signal(object)  # ReviewSession
    session_saved = Signal(object)  # Path
    imported = Signal(object)  # ReviewImport
    exported = Signal(object)  # Path
    failed = Signal(str)  # a message a person can act on

    def __init__(
        self,
        tasks: TaskRunner,
        database: Database,
        *,
        author: str = "",
        media_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._db = database
        self._store = ReviewStore(database)
        self.author = author
        self.media_dir = media_dir
        self.workspace_id: int | None = None
        self._open = _Open()

    @property
    def database(self) -> Database:
        return self._db

    @property
    def signature(self) -> str:
        """The name written into comments and decisions (Preferences ▸ Your name)."""
        return self.author.strip() or self.tr("Reviewer")

    # -- reads --

    def refresh_waiting(self, workspace_id: int | None = None) -> JobId:
        self.workspace_id = workspace_id
        store, person = self._store, self.author.strip()
        return self._tasks.submit(
            lambda: store.waiting_for(person, workspace_id=workspace_id),
            pool=Pool.ANALYSIS,
            on_success=self.waiting_changed.emit,
            on_failure=self._fail,
        )

    def open_post(self, post_id: int) -> JobId:
        self._open.post_id = post_id
        db, media_dir = self._db, self.media_dir
        return self._tasks.submit(
            lambda: document_for_post(db, post_id, media_dir=media_dir),
            pool=Pool.ANALYSIS,
            on_success=self._document,
            on_failure=self._fail,
        )

    def revisions(self, post_id: int, on_done: Callable[[list[RevisionData]], None]) -> JobId:
        store = self._store
        return self._tasks.submit(
            lambda: store.revisions(post_id),
            pool=Pool.ANALYSIS,
            on_success=on_done,
            on_failure=self._fail,
        )

    def current_snapshot(self, post_id: int, on_done: Callable[[dict[str, Any]], None]) -> JobId:
        store = self._store
        return self._tasks.submit(
            lambda: store.current_snapshot(post_id),
            pool=Pool.ANALYSIS,
            on_success=on_done,
            on_failure=self._fail,
        )

    def workspace_names(self) -> dict[int, str]:
        """Workspace names by id, for labelling the list (a handful of rows)."""
        return {w.id: w.name for w in WorkspaceRepository(self._db).list_all()}

    # -- writes on a stored post --

    def comment(
        self,
        document: ReviewDocument,
        body: str,
        *,
        target: str = BODY,
        start: int | None = None,
        end: int | None = None,
    ) -> JobId:
        post, author = _post_of(document), self.signature
        return self._write(
            post.id,
            lambda store: store.add_comment(
                post.id, body, author=author, start=start, end=end, target=target
            ),
        )

    def pin(self, document: ReviewDocument, media_id: int, x: float, y: float, body: str) -> JobId:
        post, author = _post_of(document), self.signature
        return self._write(
            post.id, lambda store: store.add_pin(post.id, media_id, x, y, body, author=author)
        )

    def reply(self, document: ReviewDocument, thread: ThreadItem, body: str) -> JobId:
        post, author = _post_of(document), self.signature
        return self._write(post.id, lambda store: store.reply(thread.source, body, author=author))

    def set_resolved(self, document: ReviewDocument, thread: ThreadItem, resolved: bool) -> JobId:
        post = _post_of(document)
        if resolved:
            return self._write(post.id, lambda store: store.resolve(thread.source))
        return self._write(post.id, lambda store: store.reopen(thread.source))

    def request_changes(
        self,
        document: ReviewDocument,
        comment: str,
        *,
        target: str = BODY,
        start: int | None = None,
        end: int | None = None,
    ) -> JobId:
        post, author = _post_of(document), self.signature
        return self._write(
            post.id,
            lambda store: store.request_changes(
                post, by=author, comment=comment, start=start, end=end, target=target
            ),
        )

    def approve(
        self, document: ReviewDocument, *, note: str = "", confirmed_rules: Sequence[str] = ()
    ) -> JobId:
        """Approve; strong findings open now (analysed again on the writer) that were not in
        `confirmed_rules` come back as `confirmation_needed` instead."""
        post, author, db = _post_of(document), self.signature, self._db
        confirmed = tuple(confirmed_rules)

        def write(store: ReviewStore) -> PostData:
            open_rules = document_for_post(db, post.id).strong_rules
            unconfirmed = [rule for rule in open_rules if rule not in confirmed]
            if unconfirmed:
                raise ConfirmationRequired(open_rules)
            return store.approve(
                post, by=author, note=note, open_strong_rules=open_rules, confirmed=True
            )

        return self._write(post.id, write)

    def restore(self, document: ReviewDocument, revision_id: int) -> JobId:
        post, author = _post_of(document), self.signature
        return self._write(post.id, lambda store: store.restore(post, revision_id, by=author))

    def _write(self, post_id: int, change: Callable[[ReviewStore], object]) -> JobId:
        store, db, media_dir = self._store, self._db, self.media_dir

        def run() -> ReviewDocument:
            change(store)
            return document_for_post(db, post_id, media_dir=media_dir)

        return self._tasks.write(run, on_success=self._written, on_failure=self._write_failed)

    def _written(self, document: ReviewDocument) -> None:
        self._document(document)
        self.refresh_waiting(self.workspace_id)

    def _write_failed(self, error: BaseException) -> None:
        if isinstance(error, ConfirmationRequired) and self._open.post_id is not None:
            post_id = self._open.post_id
            db, media_dir = self._db, self.media_dir
            self._tasks.submit(
                lambda: document_for_post(db, post_id, media_dir=media_dir),
                pool=Pool.ANALYSIS,
                on_success=lambda doc: self.confirmation_needed.emit(doc, doc.strong_findings),
                on_failure=self._fail,
            )
            return
        self._fail(error)
        if self._open.post_id is not None:
            self.open_post(self._open.post_id)  # show what is stored now (e.g. after a conflict)

    def _document(self, document: ReviewDocument) -> None:
        if document.post is not None and document.post.id != self._open.post_id:
            return  # the person moved on to another post meanwhile
        self.document_ready.emit(document)

    def _fail(self, error: BaseException) -> None:
        self.failed.emit(str(error))

    # -- review files --

    def open_file(self, path: Path) -> JobId:
        return self._tasks.submit(
            lambda: ReviewSession.open(Path(path)),
            pool=Pool.ANALYSIS,
            on_success=self.session_opened.emit,
            on_failure=self._fail,
        )

    def document_for_session(
        self, session: ReviewSession, key: str, on_done: Callable[[ReviewDocument], None]
    ) -> JobId:
        review = session.review  # frozen: safe to read on a worker
        return self._tasks.submit(
            lambda: document_for_file(review, key),
            pool=Pool.ANALYSIS,
            on_success=on_done,
            on_failure=self._fail,
        )

    def save_session(self, session: ReviewSession, path: Path | None = None) -> JobId:
        """Write the session's file (or to `path`); the session is clean once it is written."""
        target = Path(path) if path is not None else session.path
        if target is None:
            raise ValueError("A review session without a file needs a path to save to.")
        before = session.review
        review = replace(before, saved_by=self.signature, saved_at=utc_now())

        def saved(written: Path) -> None:
            session.path = written
            if session.review is before:
                session.review, session.dirty = review, False
            # else: comments were added while the file was written; they are still unsaved.
            self.session_saved.emit(written)

        return self._tasks.submit(
            write_review_file,
            review,
            target,
            pool=Pool.IMAGES,
            on_success=saved,
            on_failure=self._fail,
        )

    def import_file(self, path: Path) -> JobId:
        db = self._db

        def run() -> ReviewImport:
            return import_review(db, read_review_file(Path(path)))

        def done(report: ReviewImport) -> None:
            self.imported.emit(report)
            self.refresh_waiting(self.workspace_id)
            if self._open.post_id is not None:
                self.open_post(self._open.post_id)

        return self._tasks.write(run, on_success=done, on_failure=self._fail)

    def export_file(self, selection: ReviewSelection, path: Path) -> JobId:
        """Export as a review file (the export records revisions and keys: a write)."""
        db, author = self._db, self.signature

        def run() -> Path:
            return write_review_file(export_review(db, selection, exported_by=author), path)

        return self._tasks.write(run, on_success=self.exported.emit, on_failure=self._fail)

    def export_report(
        self,
        path: Path,
        *,
        selection: ReviewSelection | None = None,
        review: ReviewFile | None = None,
    ) -> JobId:
        """A self-contained HTML report: of `review` (an open file) or of the selected posts."""
        from studio.storage.review_report import (
            report_from_database,
            report_from_file,
            write_report,
        )

        db = self._db

        def run() -> Path:
            html = (
                report_from_file(review)
                if review is not None
                else report_from_database(db, selection or ReviewSelection())
            )
            return write_report(html, path)

        return self._tasks.submit(
            run, pool=Pool.ANALYSIS, on_success=self.exported.emit, on_failure=self._fail
        )


def _post_of(document: ReviewDocument) -> PostData:
    if document.post is None:
        raise ValueError("This post is in a review file: change it through its ReviewSession.")
    return document.post
