"""Review files: posts taken out of the database for someone who does not share it, and back.

An agency exports the posts a client should see; the client opens the file in their own studio as
a read-only review session, comments, approves or asks for changes, and saves it; the agency
imports the returned file, which adds the comments and decisions to the original posts.

    review = export_review(db, ReviewSelection(campaign_id=3), exported_by="Ben")
    write_review_file(review, Path("spring.studio-review"))
    ...                                           # on the client's machine
    session = ReviewSession.open(Path("spring.studio-review"))
    session.add_comment(key, "Less urgency?", author="Client", start=10, end=30)
    session.approve(other_key, by="Client")
    session.save()
    ...                                           # back at the agency
    report = import_review(db, Path("spring.studio-review"))

The file (suffix `.studio-review`) is one UTF-8 JSON document, so it survives e-mail and can be
read by eye:

    {"format": "content-studio-review", "version": 1,
     "file_id": UUID, "exported_at": ISO time, "exported_by": str, "source": where it came from,
     "saved_by": str, "saved_at": ISO time or null,
     "posts": [{"key": the post's stable uid (post_key), "post_id": int, "workspace": str,
                "campaign": str or null, "revision_id": int, "snapshot": {"post", "variants"}
                as in Revision.snapshot, "comments": [...], "decisions": [...]}]}

A comment: {"uuid", "parent_uuid", "target", "quote", "prefix", "suffix", "start", "end",
"media_id", "pin": [x, y] or null, "body", "author", "created_at", "resolved",
"resolved_at_export", "version_at_export"}; `resolved_at_export` is null for a comment written in
the review session, else the state it had when exported. A resolve or reopen done in the session is
applied only while the comment's row still has the version it was exported with: once applied, or
after someone at the agency changed it, importing again leaves it alone.

A decision: {"uuid", "decision" ("approved" | "changes_requested"), "author", "decided_at", "note",
"acknowledged_rules", "revision_id"}.

Importing is idempotent and safe when the posts moved on:
- posts are found by their key, never by id alone; a file from another database matches nothing;
- comments and decisions carry UUIDs: one already in the database is skipped, so importing the
  same file twice adds nothing;
- a new comment is re-anchored in the current text, or stored with its original quote and shown
  as orphaned when its passage is gone;
- a decision made on content that has changed since the export is kept, flagged `outdated`, and
  does not move the post's status; neither does one the workflow does not allow any more (both
  appear in ReviewStore.waiting_for).
Everything from one file is written in one transaction.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from studio.domain.anchors import Anchor, Resolution, make_anchor, resolve
from studio.domain.posts import Status, TransitionError, check_transition
from studio.storage.database import Database
from studio.storage.exchange.common import post_uids
from studio.storage.repositories import comments_of
from studio.storage.review import (
    BODY,
    Placed,
    acknowledged_rules,
    acknowledgement,
    anchored_text,
    change_request_note,
    checked_comment_body,
    content_of,
    revision_for_content,
    snapshot_in,
)
from studio.storage.rows import bump_version
from studio.storage.tables import (
    Campaign,
    Comment,
    Post,
    PostKey,
    ReviewDecision,
    StatusChange,
    Workspace,
    utc_now,
)
from studio.storage.tables import Revision as RevisionRow

FORMAT = "content-studio-review"
VERSION = 1
SUFFIX = ".studio-review"


class ReviewFileError(ValueError):
    """The file is not a review file this build can read (names the file and the reason)."""


# ---- what is in a file ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FileComment:
    uuid: str
    parent_uuid: str | None
    target: str
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    media_id: int | None
    pin: tuple[float, float] | None
    body: str
    author: str
    created_at: datetime
    resolved: bool
    resolved_at_export: bool | None  # None: written in the review session
    version_at_export: int | None = None  # the comment row's version when exported

    @property
    def is_new(self) -> bool:
        return self.resolved_at_export is None

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.quote, self.prefix, self.suffix, self.start, self.end)


@dataclass(frozen=True)
class FileDecision:
    uuid: str
    decision: Status
    author: str
    decided_at: datetime
    note: str
    acknowledged_rules: tuple[str, ...]
    revision_id: int | None


@dataclass(frozen=True)
class FilePost:
    key: str
    post_id: int
    workspace: str
    campaign: str | None
    revision_id: int | None
    snapshot: Mapping[str, Any]
    comments: tuple[FileComment, ...] = ()
    decisions: tuple[FileDecision, ...] = ()

    @property
    def title(self) -> str:
        return str(self.snapshot.get("post", {}).get("title", ""))

    @property
    def status(self) -> Status:
        return Status(self.snapshot.get("post", {}).get("status", Status.IN_REVIEW.value))

    @property
    def reviewed_status(self) -> Status:
        """The status the post has for its reviewer: the latest decision's, else as exported."""
        return self.decisions[-1].decision if self.decisions else self.status

    def decision_steps(self) -> list[tuple[Status, FileDecision]]:
        """Each decision of the file with the status it moved the post from, oldest first."""
        steps = []
        before = self.status
        for decision in self.decisions:
            steps.append((before, decision))
            before = decision.decision
        return steps

    def text_of(self, target: str = BODY) -> str | None:
        """The text a comment on `target` anchors into, or None when there is no such variant."""
        body = str(self.snapshot.get("post", {}).get("body", ""))
        if target == BODY:
            return body
        for variant in self.snapshot.get("variants", []):
            if variant.get("platform") == target:
                text = variant.get("text")
                return body if text is None else str(text)
        return None


@dataclass(frozen=True)
class ReviewFile:
    file_id: str
    exported_at: datetime
    exported_by: str
    source: str
    posts: tuple[FilePost, ...]
    saved_by: str = ""
    saved_at: datetime | None = None
    version: int = VERSION

    def post(self, key: str) -> FilePost:
        for post in self.posts:
            if post.key == key:
                return post
        raise KeyError(f"No post with key {key!r} in this review file.")


@dataclass(frozen=True)
class ReviewSelection:
    """Which posts to export: the given fields narrow it down; all empty = every post."""

    post_ids: tuple[int, ...] | None = None
    workspace_id: int | None = None
    campaign_id: int | None = None
    start: datetime | None = None  # aware; scheduled_at >= start
    end: datetime | None = None  # aware; scheduled_at < end


# ---- export ------------------------------------------------------------------------------------


def export_review(
    db: Database, selection: ReviewSelection = ReviewSelection(), *, exported_by: str = ""
) -> ReviewFile:
    """The selected posts as a review file (gives posts a key and their content a revision)."""
    with db.session(write=True) as session:
        posts = selected_review_posts(session, selection)
        workspaces = dict(session.exec(select(Workspace.id, Workspace.name)).all())
        campaigns = dict(session.exec(select(Campaign.id, Campaign.name)).all())
        keys = post_uids(session, [post.id for post in posts if post.id is not None], assign=True)
        exported = []
        for post in posts:
            assert post.id is not None
            revision_id = revision_for_content(
                session, post.id, db.location, author=exported_by, reason="Exported for review"
            )
            comments = session.exec(comments_of(post.id)).all()
            uuids = {row.id: row.uuid for row in comments}
            exported.append(
                FilePost(
                    key=keys[post.id],
                    post_id=post.id,
                    workspace=workspaces.get(post.workspace_id, ""),
                    campaign=campaigns.get(post.campaign_id) if post.campaign_id else None,
                    revision_id=revision_id,
                    snapshot=snapshot_in(session, post.id, db.location),
                    comments=tuple(_file_comment(row, uuids) for row in comments),
                )
            )
    return ReviewFile(
        file_id=str(uuid.uuid4()),
        exported_at=utc_now(),
        exported_by=exported_by,
        source=db.location,
        posts=tuple(exported),
    )


def selected_review_posts(session: Session, selection: ReviewSelection) -> list[Post]:
    """The posts of `selection` in export order: by workspace, then by time (unscheduled last)."""
    query = select(Post)
    if selection.post_ids is not None:
        query = query.where(col(Post.id).in_(list(selection.post_ids)))
    if selection.workspace_id is not None:
        query = query.where(Post.workspace_id == selection.workspace_id)
    if selection.campaign_id is not None:
        query = query.where(Post.campaign_id == selection.campaign_id)
    for moment in (selection.start, selection.end):
        if moment is not None and moment.utcoffset() is None:
            raise ValueError("A date range needs aware datetimes (with a time zone).")
    if selection.start is not None:
        query = query.where(col(Post.scheduled_at) >= selection.start)
    if selection.end is not None:
        query = query.where(col(Post.scheduled_at) < selection.end)
    query = query.order_by(
        col(Post.workspace_id),
        col(Post.scheduled_at).is_(None),
        col(Post.scheduled_at),
        col(Post.id),
    )
    return list(session.exec(query).all())


def _file_comment(row: Comment, uuids: Mapping[int | None, str | None]) -> FileComment:
    return FileComment(
        uuid=row.uuid or "",
        parent_uuid=uuids.get(row.parent_id) if row.parent_id else None,
        target=row.target,
        quote=row.quote,
        prefix=row.prefix,
        suffix=row.suffix,
        start=row.anchor_start,
        end=row.anchor_end,
        media_id=row.media_id,
        pin=(row.pin_x, row.pin_y) if row.pin_x is not None and row.pin_y is not None else None,
        body=row.body,
        author=row.author,
        created_at=row.created_at,
        resolved=row.resolved,
        resolved_at_export=row.resolved,
        version_at_export=row.version,
    )


# ---- the file on disk --------------------------------------------------------------------------


def review_file_text(review: ReviewFile) -> str:
    """The file's content as text (what `write_review_file` writes; `studio export` prints it)."""
    return json.dumps(_to_json(review), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def write_review_file(review: ReviewFile, path: Path) -> Path:
    """Write atomically: a crash leaves the old file or the new one, never half of one."""
    document = review_file_text(review).removesuffix("\n")
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(document + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def read_review_file(path: Path) -> ReviewFile:
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReviewFileError(f"{path}: not a readable review file ({error}).") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ReviewFileError(f"{path}: not a Content Studio review file.")
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise ReviewFileError(f"{path}: the review file has no valid version.")
    if version > VERSION:
        raise ReviewFileError(
            f"{path}: written by a newer Content Studio (review file version {version}; this "
            f"build reads up to {VERSION}). Update Content Studio to open it."
        )
    try:
        return _from_json(document)
    except (KeyError, TypeError, ValueError) as error:
        raise ReviewFileError(f"{path}: the review file is damaged ({error!r}).") from error


def is_review_file(path: Path) -> bool:
    """Whether `path` looks like a review file (its suffix, else its first bytes)."""
    path = Path(path)
    if path.suffix == SUFFIX:
        return True
    try:
        with path.open("rb") as stream:
            head = stream.read(200)
    except OSError:
        return False
    return f'"format": "{FORMAT}"'.encode() in head


def _to_json(review: ReviewFile) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "file_id": review.file_id,
        "exported_at": review.exported_at.isoformat(),
        "exported_by": review.exported_by,
        "source": review.source,
        "saved_by": review.saved_by,
        "saved_at": review.saved_at.isoformat() if review.saved_at else None,
        "posts": [
            {
                "key": post.key,
                "post_id": post.post_id,
                "workspace": post.workspace,
                "campaign": post.campaign,
                "revision_id": post.revision_id,
                "snapshot": post.snapshot,
                "comments": [
                    {
                        "uuid": c.uuid,
                        "parent_uuid": c.parent_uuid,
                        "target": c.target,
                        "quote": c.quote,
                        "prefix": c.prefix,
                        "suffix": c.suffix,
                        "start": c.start,
                        "end": c.end,
                        "media_id": c.media_id,
                        "pin": list(c.pin) if c.pin else None,
                        "body": c.body,
                        "author": c.author,
                        "created_at": c.created_at.isoformat(),
                        "resolved": c.resolved,
                        "resolved_at_export": c.resolved_at_export,
                        "version_at_export": c.version_at_export,
                    }
                    for c in post.comments
                ],
                "decisions": [
                    {
                        "uuid": d.uuid,
                        "decision": d.decision.value,
                        "author": d.author,
                        "decided_at": d.decided_at.isoformat(),
                        "note": d.note,
                        "acknowledged_rules": list(d.acknowledged_rules),
                        "revision_id": d.revision_id,
                    }
                    for d in post.decisions
                ],
            }
            for post in review.posts
        ],
    }


def _from_json(document: Mapping[str, Any]) -> ReviewFile:
    posts = []
    for item in document["posts"]:
        comments = tuple(
            FileComment(
                uuid=str(c["uuid"]),
                parent_uuid=c.get("parent_uuid"),
                target=str(c.get("target") or BODY),
                quote=str(c.get("quote", "")),
                prefix=str(c.get("prefix", "")),
                suffix=str(c.get("suffix", "")),
                start=int(c.get("start", 0)),
                end=int(c.get("end", 0)),
                media_id=c.get("media_id"),
                pin=(float(c["pin"][0]), float(c["pin"][1])) if c.get("pin") else None,
                body=str(c["body"]),
                author=str(c.get("author", "")),
                created_at=_aware(c["created_at"]),
                resolved=bool(c.get("resolved", False)),
                resolved_at_export=c.get("resolved_at_export"),
                version_at_export=c.get("version_at_export"),
            )
            for c in item.get("comments", [])
        )
        decisions = tuple(
            FileDecision(
                uuid=str(d["uuid"]),
                decision=_decision_status(d["decision"]),
                author=str(d.get("author", "")),
                decided_at=_aware(d["decided_at"]),
                note=str(d.get("note", "")),
                acknowledged_rules=tuple(str(rule) for rule in d.get("acknowledged_rules", [])),
                revision_id=d.get("revision_id"),
            )
            for d in item.get("decisions", [])
        )
        posts.append(
            FilePost(
                key=str(item["key"]),
                post_id=int(item["post_id"]),
                workspace=str(item.get("workspace", "")),
                campaign=item.get("campaign"),
                revision_id=item.get("revision_id"),
                snapshot=dict(item["snapshot"]),
                comments=comments,
                decisions=decisions,
            )
        )
    saved_at = document.get("saved_at")
    return ReviewFile(
        file_id=str(document["file_id"]),
        exported_at=_aware(document["exported_at"]),
        exported_by=str(document.get("exported_by", "")),
        source=str(document.get("source", "")),
        posts=tuple(posts),
        saved_by=str(document.get("saved_by", "")),
        saved_at=_aware(saved_at) if saved_at else None,
        version=int(document["version"]),
    )


def _aware(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    if moment.utcoffset() is None:
        raise ValueError(f"time without a time zone: {value!r}")
    return moment


def _decision_status(value: str) -> Status:
    status = Status(value)
    if status not in (Status.APPROVED, Status.CHANGES_REQUESTED):
        raise ValueError(f"a review decision is approved or changes_requested, not {value!r}")
    return status


# ---- the reviewer's session --------------------------------------------------------------------


@dataclass(frozen=True)
class FileThread(Placed):
    """A comment of the file with its replies, placed in the post's text as exported."""

    root: FileComment
    replies: tuple[FileComment, ...]
    placement: Resolution | None
    orphaned: bool

    @property
    def comments(self) -> tuple[FileComment, ...]:
        return (self.root, *self.replies)


@dataclass
class ReviewSession:
    """A review file opened read-only: the posts cannot change, comments and decisions can.

    Nothing touches a database; `save` writes the file back (or elsewhere).
    """

    review: ReviewFile
    path: Path | None = None
    dirty: bool = field(default=False)

    @classmethod
    def open(cls, path: Path) -> ReviewSession:
        return cls(read_review_file(path), Path(path))

    @property
    def posts(self) -> tuple[FilePost, ...]:
        return self.review.posts

    def threads(self, key: str) -> list[FileThread]:
        post = self.review.post(key)
        replies: dict[str, list[FileComment]] = {}
        for comment in post.comments:
            if comment.parent_uuid:
                replies.setdefault(comment.parent_uuid, []).append(comment)
        threads = []
        for comment in post.comments:
            if comment.parent_uuid:
                continue
            text = post.text_of(comment.target)
            placement = None
            orphaned = text is None
            if comment.quote and text is not None:
                placement = resolve(comment.anchor, text)
                orphaned = placement.orphaned
            threads.append(
                FileThread(comment, tuple(replies.get(comment.uuid, ())), placement, orphaned)
            )
        return threads

    def add_comment(
        self,
        key: str,
        body: str,
        *,
        author: str,
        start: int | None = None,
        end: int | None = None,
        target: str = BODY,
        pin: tuple[int, float, float] | None = None,
    ) -> FileComment:
        """A new thread on text[start:end] of the exported text, a pin (media id, x, y), or
        the whole post."""
        post = self.review.post(key)
        text = post.text_of(target)
        if text is None:
            raise ValueError(f"The post has no {target} variant in this review file.")
        anchor = Anchor("", "", "", 0, 0)
        if start is not None and end is not None:
            anchor = make_anchor(text, start, end)
        if pin is not None and not all(0.0 <= value <= 1.0 for value in pin[1:]):
            raise ValueError(f"A pin is a point in fractions 0..1 of the image, not {pin[1:]}.")
        comment = FileComment(
            uuid=str(uuid.uuid4()),
            parent_uuid=None,
            target=target,
            quote=anchor.quote,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            start=anchor.start,
            end=anchor.end,
            media_id=pin[0] if pin else None,
            pin=(pin[1], pin[2]) if pin else None,
            body=checked_comment_body(body),
            author=author,
            created_at=utc_now(),
            resolved=False,
            resolved_at_export=None,
        )
        self._change_post(key, comments=(*post.comments, comment))
        return comment

    def reply(self, key: str, to_uuid: str, body: str, *, author: str) -> FileComment:
        post = self.review.post(key)
        parent = _comment(post, to_uuid)
        root_uuid = parent.parent_uuid or parent.uuid
        comment = replace(
            parent,
            uuid=str(uuid.uuid4()),
            parent_uuid=root_uuid,
            quote="",
            prefix="",
            suffix="",
            start=0,
            end=0,
            media_id=None,
            pin=None,
            body=checked_comment_body(body),
            author=author,
            created_at=utc_now(),
            resolved=False,
            resolved_at_export=None,
        )
        self._change_post(key, comments=(*post.comments, comment))
        return comment

    def resolve(self, key: str, comment_uuid: str) -> FileComment:
        return self._set_resolved(key, comment_uuid, True)

    def reopen(self, key: str, comment_uuid: str) -> FileComment:
        return self._set_resolved(key, comment_uuid, False)

    def _set_resolved(self, key: str, comment_uuid: str, resolved: bool) -> FileComment:
        post = self.review.post(key)
        target = _comment(post, comment_uuid)
        if target.parent_uuid:
            raise ValueError("Resolve or reopen the thread's first comment, not a reply.")
        changed = replace(target, resolved=resolved)
        self._change_post(
            key, comments=tuple(changed if c.uuid == comment_uuid else c for c in post.comments)
        )
        return changed

    def approve(
        self,
        key: str,
        *,
        by: str,
        note: str = "",
        open_strong_rules: Sequence[str] = (),
        confirmed: bool = False,
    ) -> FileDecision:
        rules = acknowledged_rules(open_strong_rules, confirmed)
        return self._decide(key, Status.APPROVED, by=by, note=note, acknowledged=rules)

    def request_changes(
        self,
        key: str,
        *,
        by: str,
        comment: str,
        start: int | None = None,
        end: int | None = None,
        target: str = BODY,
    ) -> FileDecision:
        note = change_request_note(comment)
        self.add_comment(key, comment, author=by, start=start, end=end, target=target)
        return self._decide(key, Status.CHANGES_REQUESTED, by=by, note=note)

    def _decide(
        self, key: str, decision: Status, *, by: str, note: str, acknowledged: Sequence[str] = ()
    ) -> FileDecision:
        post = self.review.post(key)
        made = FileDecision(
            uuid=str(uuid.uuid4()),
            decision=decision,
            author=by,
            decided_at=utc_now(),
            note=note,
            acknowledged_rules=tuple(acknowledged),
            revision_id=post.revision_id,
        )
        self._change_post(key, decisions=(*post.decisions, made))
        return made

    def decision(self, key: str) -> FileDecision | None:
        """The latest decision on the post in this file."""
        decisions = self.review.post(key).decisions
        return decisions[-1] if decisions else None

    def save(self, path: Path | None = None, *, saved_by: str = "") -> Path:
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("Where to? This review session was never saved to a file.")
        self.review = replace(
            self.review, saved_by=saved_by or self.review.saved_by, saved_at=utc_now()
        )
        write_review_file(self.review, target)
        self.path, self.dirty = target, False
        return target

    def _change_post(self, key: str, **changes: Any) -> None:
        self.review = replace(
            self.review,
            posts=tuple(
                replace(post, **changes) if post.key == key else post for post in self.review.posts
            ),
        )
        self.dirty = True


def _comment(post: FilePost, comment_uuid: str) -> FileComment:
    for comment in post.comments:
        if comment.uuid == comment_uuid:
            return comment
    raise KeyError(f"No comment {comment_uuid} on this post.")


# ---- import ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewImport:
    """What importing a review file did."""

    file_id: str
    posts_matched: int
    posts_missing: tuple[str, ...]  # keys with no post here (deleted, or another database)
    comments_added: int
    comments_already_present: int
    comments_orphaned: tuple[str, ...]  # quotes of added comments whose passage is gone
    comments_reanchored: int  # added comments whose passage moved or changed since the export
    resolutions_applied: int
    decisions_applied: int
    decisions_flagged: int  # kept but not applied: outdated, or no longer an allowed move
    decisions_already_present: int

    @property
    def added_anything(self) -> bool:
        return bool(
            self.comments_added
            or self.resolutions_applied
            or self.decisions_applied
            or self.decisions_flagged
        )


def import_review(db: Database, source: Path | ReviewFile) -> ReviewImport:
    """Add the file's comments and decisions to the original posts (see the module docstring)."""
    review = source if isinstance(source, ReviewFile) else read_review_file(Path(source))
    counts = _Counts()
    with db.session(write=True) as session:
        key_rows = session.exec(
            select(PostKey.uid, PostKey.post_id).where(
                col(PostKey.uid).in_([post.key for post in review.posts])
            )
        ).all()
        post_ids = dict(key_rows)
        for file_post in review.posts:
            post_id = post_ids.get(file_post.key)
            if post_id is None:
                counts.missing.append(file_post.key)
                continue
            counts.matched += 1
            _import_comments(session, db.location, post_id, file_post, counts)
            _import_decisions(session, db.location, post_id, file_post, review.file_id, counts)
    return ReviewImport(
        file_id=review.file_id,
        posts_matched=counts.matched,
        posts_missing=tuple(counts.missing),
        comments_added=counts.comments_added,
        comments_already_present=counts.comments_present,
        comments_orphaned=tuple(counts.orphaned),
        comments_reanchored=counts.reanchored,
        resolutions_applied=counts.resolutions,
        decisions_applied=counts.decisions_applied,
        decisions_flagged=counts.decisions_flagged,
        decisions_already_present=counts.decisions_present,
    )


@dataclass
class _Counts:
    matched: int = 0
    missing: list[str] = field(default_factory=list)
    comments_added: int = 0
    comments_present: int = 0
    orphaned: list[str] = field(default_factory=list)
    reanchored: int = 0
    resolutions: int = 0
    decisions_applied: int = 0
    decisions_flagged: int = 0
    decisions_present: int = 0


def _import_comments(
    session: Session, location: str, post_id: int, post: FilePost, counts: _Counts
) -> None:
    wanted = [comment.uuid for comment in post.comments]
    known: dict[str, Comment] = {
        row.uuid: row
        for row in session.exec(select(Comment).where(col(Comment.uuid).in_(wanted))).all()
        if row.uuid
    }
    # Threads first, then replies, so a reply finds its thread among the rows just added.
    ordered = sorted(post.comments, key=lambda comment: comment.parent_uuid is not None)
    for comment in ordered:
        existing = known.get(comment.uuid)
        if existing is not None:
            if existing.post_id != post_id:
                continue  # a UUID clash with another post's comment: never touch that one
            if comment.is_new:
                counts.comments_present += 1
            elif (
                comment.resolved != comment.resolved_at_export
                and existing.version == comment.version_at_export
                and existing.resolved != comment.resolved
            ):
                # Resolved or reopened in the session, and the row is as exported: nobody changed
                # it here meanwhile (then theirs is the later word) and this file was not
                # imported before (the update below moves the version on).
                assert existing.id is not None
                bump_version(session, Comment, existing.id, resolved=comment.resolved)
                counts.resolutions += 1
            continue
        if not comment.is_new:
            continue  # an exported comment deleted here since: nothing to add back
        parent = known.get(comment.parent_uuid) if comment.parent_uuid else None
        anchor = comment.anchor
        if parent is None and comment.quote:
            anchor = _current_anchor(session, location, post_id, comment, counts)
        row = Comment(
            post_id=post_id,
            parent_id=parent.id if parent is not None else None,
            quote=anchor.quote,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            anchor_start=anchor.start,
            anchor_end=anchor.end,
            body=comment.body,
            author=comment.author,
            resolved=comment.resolved,
            uuid=comment.uuid,
            target=comment.target,
            media_id=comment.media_id,
            pin_x=comment.pin[0] if comment.pin else None,
            pin_y=comment.pin[1] if comment.pin else None,
            created_at=comment.created_at,
        )
        session.add(row)
        session.flush()
        known[comment.uuid] = row
        counts.comments_added += 1


def _current_anchor(
    session: Session, location: str, post_id: int, comment: FileComment, counts: _Counts
) -> Anchor:
    """The comment's anchor moved into the current text; as made when its passage is gone."""
    text = anchored_text(session, post_id, comment.target, location)
    found = resolve(comment.anchor, text) if text is not None else None
    if found is None or found.orphaned or text is None:
        counts.orphaned.append(comment.quote)
        return comment.anchor
    current = found.current_anchor(text)
    assert current is not None
    if (current.start, current.end, current.quote) != (
        comment.start,
        comment.end,
        comment.quote,
    ):
        counts.reanchored += 1
    return current


def _import_decisions(
    session: Session,
    location: str,
    post_id: int,
    post: FilePost,
    file_id: str,
    counts: _Counts,
) -> None:
    if not post.decisions:
        return
    present = set(
        session.exec(
            select(ReviewDecision.uuid).where(
                col(ReviewDecision.uuid).in_([d.uuid for d in post.decisions])
            )
        ).all()
    )
    outdated = content_of(snapshot_in(session, post_id, location)) != content_of(post.snapshot)
    for decision in post.decisions:
        if decision.uuid in present:
            counts.decisions_present += 1
            continue
        row = session.get(Post, post_id)
        assert row is not None
        current = Status(row.status)
        allowed = True
        try:
            check_transition(current, decision.decision)
        except TransitionError:
            allowed = False
        applied = allowed and not outdated
        change_id = None
        if applied:
            bump_version(session, Post, post_id, status=decision.decision.value)
            change = StatusChange(
                post_id=post_id,
                from_status=current.value,
                to_status=decision.decision.value,
                changed_by=decision.author,
                changed_at=decision.decided_at,
                note=_imported_note(decision),
            )
            session.add(change)
            session.flush()
            change_id = change.id
            session.expire(row)
        revision_id = decision.revision_id
        if revision_id is not None:
            revision = session.get(RevisionRow, revision_id)
            if revision is None or revision.post_id != post_id:
                revision_id = None
        session.add(
            ReviewDecision(
                uuid=decision.uuid,
                post_id=post_id,
                decision=decision.decision.value,
                author=decision.author,
                decided_at=decision.decided_at,
                note=decision.note,
                revision_id=revision_id,
                acknowledged_rules=",".join(decision.acknowledged_rules),
                outdated=outdated,
                applied=applied,
                status_change_id=change_id,
                source=f"review file {file_id}",
            )
        )
        session.flush()
        if applied:
            counts.decisions_applied += 1
        else:
            counts.decisions_flagged += 1


def _imported_note(decision: FileDecision) -> str:
    parts = [decision.note] if decision.note else []
    if decision.acknowledged_rules:
        parts.append(acknowledgement(decision.acknowledged_rules))
    parts.append("(from a review file)")
    return "\n".join(parts)
