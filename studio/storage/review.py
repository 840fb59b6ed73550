"""The review workflow on stored posts: anchored comments, decisions, and the revision history.

Plain Python over the tables (no Qt, no threads): the review UI and its service call this, and so
do the review-file import and tests. Every method opens its own session and returns frozen data.

    review = ReviewStore(db)
    comment = review.add_comment(post.id, "Softer, please?", author="Ana", start=10, end=24)
    for thread in review.threads(post.id):        # re-anchored against the text as it is now
        thread.orphaned, thread.start, thread.end, thread.root.quote
    post = review.request_changes(post, by="Ana", comment="The price claim needs a source.")
    post = review.approve(post, by="Ana", open_strong_rules=["wellbeing.Scarcity"], confirmed=True)
    review.restore(post, revision_id=12, by="Ben")  # a new revision; nothing is overwritten

Comments
    A comment sits on a passage of the post's main text (`target="body"`) or of a variant's own
    text (`target=<platform id>`), on a point of an image (a pin, x/y as fractions of the image),
    or on the whole post (no range). Its anchor (quote, prefix, suffix, offsets; domain/anchors.py)
    is stored as made; `threads()` finds it again in the current text each time and marks it
    orphaned when the passage is gone, so a comment is never silently dropped. Replies hang off the
    thread's first comment; resolving and reopening apply to the thread.

Decisions
    "Request changes" needs a comment and writes it with the status change, in one transaction.
    "Approve" while `strong` feedback findings are open raises ConfirmationRequired unless the
    caller confirmed; the confirmed rule ids are recorded with the decision. Each decision is a
    ReviewDecision row pinned to a revision of the content it was made on (a revision is recorded
    when the content changed since the last one), next to the StatusChange it caused.

Revisions
    `restore` first records the current content as a revision if it is not already the latest one,
    then writes the old content back and records that as a new revision: every state stays in the
    history. Only content is restored (title, texts, variants, sponsorship); status and schedule
    are workflow facts and stay as they are.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from studio.domain.anchors import Anchor, Resolution, make_anchor, resolve
from studio.domain.diffs import SnapshotDiff, diff_snapshots
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status, check_transition
from studio.storage.database import Database
from studio.storage.errors import RowNotFoundError
from studio.storage.repositories import (
    CommentData,
    CommentRepository,
    PostData,
    PostRepository,
    RevisionData,
    StatusChangeData,
    comment_data,
    comments_of,
    post_data,
    snapshot_in,
)
from studio.storage.rows import (
    bump_version,
    fetch_all,
    get_row,
    of_post_in_order,
    update_versioned,
)
from studio.storage.tables import (
    Comment,
    Post,
    PostMedia,
    ReviewDecision,
    StatusChange,
    Variant,
)
from studio.storage.tables import Revision as RevisionRow

BODY = "body"  # the target of a comment on the post's main text


class CommentRequired(ValueError):
    """Requesting changes without saying which: the writer needs to know what to change."""


class ConfirmationRequired(Exception):
    """Approving while `strong` findings are open: ask the person, then call again confirmed."""

    def __init__(self, rule_ids: Sequence[str]) -> None:
        self.rule_ids = tuple(rule_ids)
        super().__init__(
            "This post still has strong feedback findings open ("
            + ", ".join(self.rule_ids)
            + "); approving it needs an explicit confirmation."
        )


# The rules of a decision, shared with review files (exchange_review.py) so that a decision made
# in a review session is refused or recorded exactly as one made in the studio.


def checked_comment_body(body: str) -> str:
    """The comment's text, trimmed; ValueError when there is none."""
    if not body.strip():
        raise ValueError("A comment needs some text.")
    return body.strip()


def change_request_note(comment: str) -> str:
    """The trimmed comment a change request needs; CommentRequired when there is none."""
    if not comment.strip():
        raise CommentRequired("Say what should change: requesting changes needs a comment.")
    return comment.strip()


def acknowledged_rules(open_strong_rules: Sequence[str], confirmed: bool) -> tuple[str, ...]:
    """The strong findings an approval passes over; ConfirmationRequired unless confirmed."""
    rules = tuple(dict.fromkeys(open_strong_rules))
    if rules and not confirmed:
        raise ConfirmationRequired(rules)
    return rules


def acknowledgement(rules: Sequence[str]) -> str:
    """The line a status change's note carries for an approval past strong findings."""
    return "Approved with strong findings open: " + ", ".join(rules) + "."


# ---- plain data ---------------------------------------------------------------------------------


class Placed:
    """Where a thread's passage is now; shared by stored threads and those of review files."""

    placement: Resolution | None  # None: a pin or a comment on the whole post
    orphaned: bool  # its passage (or its image, or its variant) is gone; the quote keeps it

    @property
    def start(self) -> int | None:
        return None if self.placement is None or self.orphaned else self.placement.start

    @property
    def end(self) -> int | None:
        return None if self.placement is None or self.orphaned else self.placement.end


@dataclass(frozen=True)
class Thread(Placed):
    """A comment with its replies, placed in the text as it is now."""

    root: CommentData
    replies: tuple[CommentData, ...]
    placement: Resolution | None
    orphaned: bool

    @property
    def resolved(self) -> bool:
        return self.root.resolved

    @property
    def is_pin(self) -> bool:
        return self.root.media_id is not None

    @property
    def comments(self) -> tuple[CommentData, ...]:
        return (self.root, *self.replies)


@dataclass(frozen=True)
class DecisionData:
    id: int
    uuid: str
    post_id: int
    decision: Status  # APPROVED or CHANGES_REQUESTED
    author: str
    decided_at: datetime
    note: str
    revision_id: int | None  # the revision of the content it was made on
    acknowledged_rules: tuple[str, ...]  # strong findings the approver confirmed past
    outdated: bool  # made on older content than the post had when the decision arrived
    applied: bool  # it moved the post's status (status_change_id is that change)
    status_change_id: int | None
    source: str  # "" when made here, else the review file it came from

    @property
    def flagged(self) -> bool:
        """Needs a person's eye: made on older content, or it could not move the status."""
        return self.outdated or not self.applied


@dataclass(frozen=True)
class OpenThreads:
    post: PostData
    count: int  # unresolved threads
    latest: CommentData  # the most recent comment among them


@dataclass(frozen=True)
class Waiting:
    """What waits for a person (see ReviewStore.waiting_for)."""

    in_review: tuple[PostData, ...]
    changes_requested: tuple[PostData, ...]
    open_threads: tuple[OpenThreads, ...]
    flagged_decisions: tuple[DecisionData, ...]

    @property
    def empty(self) -> bool:
        return not (
            self.in_review or self.changes_requested or self.open_threads or self.flagged_decisions
        )


def decision_data(row: ReviewDecision) -> DecisionData:
    assert row.id is not None
    return DecisionData(
        id=row.id,
        uuid=row.uuid,
        post_id=row.post_id,
        decision=Status(row.decision),
        author=row.author,
        decided_at=row.decided_at,
        note=row.note,
        revision_id=row.revision_id,
        acknowledged_rules=tuple(rule for rule in row.acknowledged_rules.split(",") if rule),
        outdated=row.outdated,
        applied=row.applied,
        status_change_id=row.status_change_id,
        source=row.source,
    )


# ---- snapshots and content ---------------------------------------------------------------------

# The parts of a snapshot that are the post's content. Status, schedule and bookkeeping are not:
# a post moved to "approved" or to another day says the same thing.
_CONTENT_POST_FIELDS = ("title", "body", "content_type", "sponsored", "partner_name")
_CONTENT_VARIANT_FIELDS = ("text", "first_comment", "enabled")


def content_of(snapshot: Mapping[str, Any]) -> dict[str, Any]:
    """The content of a snapshot, comparable with ==."""
    post = snapshot.get("post", {})
    variants = {
        variant["platform"]: {name: variant.get(name) for name in _CONTENT_VARIANT_FIELDS}
        for variant in snapshot.get("variants", [])
    }
    return {"post": {name: post.get(name) for name in _CONTENT_POST_FIELDS}, "variants": variants}


def revision_for_content(
    session: Session, post_id: int, location: str, *, author: str, reason: str
) -> int:
    """The id of a revision holding the post's current content, recording one if none does."""
    snapshot = snapshot_in(session, post_id, location)
    latest = session.exec(
        select(RevisionRow)
        .where(RevisionRow.post_id == post_id)
        .order_by(col(RevisionRow.created_at).desc(), col(RevisionRow.id).desc())
    ).first()
    if latest is not None and content_of(json.loads(latest.snapshot)) == content_of(snapshot):
        assert latest.id is not None
        return latest.id
    row = RevisionRow(post_id=post_id, snapshot=json.dumps(snapshot), reason=reason, author=author)
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def anchored_text(session: Session, post_id: int, target: str, location: str) -> str | None:
    """The text a comment with `target` anchors into, or None when that variant is gone."""
    post = get_row(session, Post, post_id, "post", location)
    if target == BODY:
        return post.body
    variant = session.exec(
        select(Variant).where(Variant.post_id == post_id, Variant.platform == target)
    ).first()
    if variant is None:
        return None
    return post.body if variant.text is None else variant.text


def place(comment: CommentData, text: str | None, attached_media: Iterable[int]) -> Thread:
    """Where a root comment sits now (replies are added by the caller)."""
    if comment.media_id is not None:
        return Thread(comment, (), None, orphaned=comment.media_id not in set(attached_media))
    anchor = anchor_of(comment)
    if anchor.is_empty:
        return Thread(comment, (), None, orphaned=text is None)
    if text is None:
        return Thread(comment, (), None, orphaned=True)
    resolution = resolve(anchor, text)
    return Thread(comment, (), resolution, orphaned=resolution.orphaned)


def anchor_of(comment: CommentData) -> Anchor:
    return Anchor(comment.quote, comment.prefix, comment.suffix, comment.start, comment.end)


# ---- the store ---------------------------------------------------------------------------------


class ReviewStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._comments = CommentRepository(db)
        self._posts = PostRepository(db)

    # -- comments --

    def text_of(self, post_id: int, target: str = BODY) -> str:
        """The text a comment on `target` anchors into (a variant without its own: the body)."""
        with self.db.session() as session:
            text = anchored_text(session, post_id, target, self.db.location)
        if text is None:
            raise RowNotFoundError(
                f"The post {post_id} has no {target} variant in {self.db.location}.",
                self.db.location,
            )
        return text

    def add_comment(
        self,
        post_id: int,
        body: str,
        *,
        author: str,
        start: int | None = None,
        end: int | None = None,
        target: str = BODY,
    ) -> CommentData:
        """A new thread: on text[start:end] (code points) of `target`, or on the whole post."""
        body = checked_comment_body(body)
        target = self._stored_target(post_id, target)
        anchor = self._anchor_for(post_id, target, start, end)
        return self._comments.create(
            post_id,
            body,
            author=author,
            quote=anchor.quote,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            start=anchor.start,
            end=anchor.end,
            target=target,
        )

    def _stored_target(self, post_id: int, target: str) -> str:
        """`target` checked; a variant posting the main text has none of its own: "body"."""
        if target == BODY:
            return target
        PlatformId(target)  # ValueError for an unknown platform
        with self.db.session() as session:
            variant = session.exec(
                select(Variant).where(Variant.post_id == post_id, Variant.platform == target)
            ).first()
        if variant is None:
            raise RowNotFoundError(
                f"The post {post_id} has no {target} variant in {self.db.location}.",
                self.db.location,
            )
        return BODY if variant.text is None else target

    def _anchor_for(self, post_id: int, target: str, start: int | None, end: int | None) -> Anchor:
        if start is None or end is None:
            return Anchor("", "", "", 0, 0)  # on the whole post
        return make_anchor(self.text_of(post_id, target), start, end)

    def add_pin(
        self, post_id: int, media_id: int, x: float, y: float, body: str, *, author: str
    ) -> CommentData:
        """A new thread on a point of one of the post's images (x, y: fractions 0..1)."""
        body = checked_comment_body(body)
        with self.db.session() as session:
            attached = session.exec(
                select(PostMedia.id).where(
                    PostMedia.post_id == post_id, PostMedia.media_id == media_id
                )
            ).first()
        if attached is None:
            raise ValueError(f"The image {media_id} is not attached to the post {post_id}.")
        return self._comments.create(post_id, body, author=author, media_id=media_id, pin=(x, y))

    def reply(self, to: CommentData, body: str, *, author: str) -> CommentData:
        """A reply in `to`'s thread (a reply to a reply joins the same thread)."""
        root_id = to.parent_id if to.parent_id is not None else to.id
        return self._comments.create(
            to.post_id,
            checked_comment_body(body),
            author=author,
            parent_id=root_id,
            target=to.target,
        )

    def resolve(self, comment: CommentData) -> CommentData:
        return self._set_resolved(comment, True)

    def reopen(self, comment: CommentData) -> CommentData:
        return self._set_resolved(comment, False)

    def _set_resolved(self, comment: CommentData, resolved: bool) -> CommentData:
        if comment.parent_id is not None:
            raise ValueError("Resolve or reopen the thread's first comment, not a reply.")
        return self._comments.save(replace(comment, resolved=resolved))

    def threads(self, post_id: int, *, include_resolved: bool = True) -> list[Thread]:
        """The post's threads in the order they were started, placed in the current texts.

        Creation order, so a thread does not jump around a list as the text changes; a view that
        walks the text sorts by `start`.
        """
        with self.db.session() as session:
            comments = [comment_data(row) for row in session.exec(comments_of(post_id)).all()]
            texts = {
                target: anchored_text(session, post_id, target, self.db.location)
                for target in {comment.target for comment in comments}
            }
            media = set(
                session.exec(select(PostMedia.media_id).where(PostMedia.post_id == post_id)).all()
            )
        replies: dict[int, list[CommentData]] = {}
        for comment in comments:
            if comment.parent_id is not None:
                replies.setdefault(comment.parent_id, []).append(comment)
        result = []
        for comment in comments:
            if comment.parent_id is not None or (comment.resolved and not include_resolved):
                continue
            thread = place(comment, texts.get(comment.target), media)
            result.append(replace(thread, replies=tuple(replies.get(comment.id, ()))))
        return result

    # -- decisions --

    def request_changes(
        self,
        post: PostData,
        *,
        by: str,
        comment: str,
        start: int | None = None,
        end: int | None = None,
        target: str = BODY,
    ) -> PostData:
        """Move the post to "changes requested" with a comment saying what (required)."""
        note = change_request_note(comment)
        target = self._stored_target(post.id, target)
        anchor = self._anchor_for(post.id, target, start, end)
        row = Comment(
            post_id=post.id,
            body=note,
            author=by,
            quote=anchor.quote,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            anchor_start=anchor.start,
            anchor_end=anchor.end,
            target=target,
        )
        return self._decide(post, Status.CHANGES_REQUESTED, by=by, note=note, comment=row)

    def approve(
        self,
        post: PostData,
        *,
        by: str,
        note: str = "",
        open_strong_rules: Sequence[str] = (),
        confirmed: bool = False,
    ) -> PostData:
        """Move the post to "approved"; open strong findings need `confirmed=True` (recorded)."""
        rules = acknowledged_rules(open_strong_rules, confirmed)
        return self._decide(post, Status.APPROVED, by=by, note=note, acknowledged=rules)

    def _decide(
        self,
        post: PostData,
        decision: Status,
        *,
        by: str,
        note: str,
        acknowledged: Sequence[str] = (),
        comment: Comment | None = None,
    ) -> PostData:
        """One transaction: the status, its history entry, the decision, and its comment."""
        with self.db.session(write=True) as session:
            stored = get_row(session, Post, post.id, "post", self.db.location)
            previous = Status(stored.status)
            if stored.version == post.version:
                check_transition(previous, decision)
            row = update_versioned(
                session,
                Post,
                row_id=post.id,
                expected_version=post.version,
                values={"status": decision.value},
                mine=post,
                to_data=post_data,
                what="post",
                location=self.db.location,
            )
            change = StatusChange(
                post_id=post.id,
                from_status=previous.value,
                to_status=decision.value,
                changed_by=by,
                note=_note_with_acknowledgement(note, acknowledged),
            )
            session.add(change)
            if comment is not None:
                session.add(comment)
            session.flush()
            revision_id = revision_for_content(
                session, post.id, self.db.location, author=by, reason=decision.label
            )
            session.add(
                ReviewDecision(
                    post_id=post.id,
                    decision=decision.value,
                    author=by,
                    note=note,
                    revision_id=revision_id,
                    acknowledged_rules=",".join(acknowledged),
                    applied=True,
                    status_change_id=change.id,
                )
            )
            return post_data(row)

    def decisions(self, post_id: int) -> list[DecisionData]:
        query = of_post_in_order(ReviewDecision, post_id, ReviewDecision.decided_at)
        return fetch_all(self.db, query, decision_data)

    def timeline(self, post_id: int) -> list[StatusChangeData]:
        """Every status change of the post (who, when, from, to, note), oldest first."""
        return self._posts.status_history(post_id)

    # -- what waits --

    def waiting_for(self, person: str = "", *, workspace_id: int | None = None) -> Waiting:
        """What waits for `person` (everything when empty).

        - posts in review that someone else wrote (one does not review one's own work);
        - posts with changes requested that `person` wrote;
        - unresolved threads on posts `person` wrote or commented on;
        - decisions to look at (made on older content, or that could not be applied) on posts
          `person` wrote.

        A post without an author counts as everyone's.
        """
        with self.db.session() as session:
            query = select(Post)
            if workspace_id is not None:
                query = query.where(Post.workspace_id == workspace_id)
            posts = {
                row.id: post_data(row)
                for row in session.exec(
                    query.order_by(
                        col(Post.scheduled_at).is_(None), col(Post.scheduled_at), col(Post.id)
                    )
                ).all()
            }
            open_roots = session.exec(
                select(Comment)
                .where(col(Comment.parent_id).is_(None), col(Comment.resolved).is_(False))
                .order_by(col(Comment.created_at), col(Comment.id))
            ).all()
            commented = (
                set(session.exec(select(Comment.post_id).where(Comment.author == person)).all())
                if person
                else set()
            )
            flagged = session.exec(
                select(ReviewDecision)
                .where(
                    sa.or_(
                        col(ReviewDecision.outdated).is_(True),
                        col(ReviewDecision.applied).is_(False),
                    )
                )
                .order_by(col(ReviewDecision.decided_at), col(ReviewDecision.id))
            ).all()
            open_comments = [comment_data(row) for row in open_roots]
            flagged_decisions = [decision_data(row) for row in flagged]

        def mine(post: PostData) -> bool:
            return not person or not post.author or post.author == person

        in_review = tuple(
            post
            for post in posts.values()
            if post.status is Status.IN_REVIEW and (not person or post.author != person)
        )
        changes = tuple(
            post
            for post in posts.values()
            if post.status is Status.CHANGES_REQUESTED and mine(post)
        )
        per_post: dict[int, list[CommentData]] = {}
        for comment in open_comments:
            post = posts.get(comment.post_id)
            if post is not None and (mine(post) or post.id in commented):
                per_post.setdefault(post.id, []).append(comment)
        threads = tuple(
            OpenThreads(posts[post_id], len(comments), comments[-1])
            for post_id, comments in per_post.items()
        )
        decisions = tuple(
            decision
            for decision in flagged_decisions
            if decision.post_id in posts and mine(posts[decision.post_id])
        )
        return Waiting(in_review, changes, threads, decisions)

    # -- revisions --

    def revisions(self, post_id: int) -> list[RevisionData]:
        return self._posts.revisions(post_id)

    def current_snapshot(self, post_id: int) -> dict[str, Any]:
        with self.db.session() as session:
            return snapshot_in(session, post_id, self.db.location)

    def diff(self, old: RevisionData, new: RevisionData | None = None) -> SnapshotDiff:
        """What changed from revision `old` to revision `new` (or to the post as it is now)."""
        after = new.snapshot if new is not None else self.current_snapshot(old.post_id)
        return diff_snapshots(old.snapshot, after)

    def restore(self, post: PostData, revision_id: int, *, by: str) -> PostData:
        """Bring back the content of a revision, as a new revision (see the module docstring)."""
        with self.db.session(write=True) as session:
            revision = get_row(session, RevisionRow, revision_id, "revision", self.db.location)
            if revision.post_id != post.id:
                raise ValueError(f"The revision {revision_id} belongs to another post.")
            revision_for_content(
                session,
                post.id,
                self.db.location,
                author=by,
                reason=f"Before restoring revision {revision_id}",
            )
            snapshot = json.loads(revision.snapshot)
            old_post = snapshot.get("post", {})
            row = update_versioned(
                session,
                Post,
                row_id=post.id,
                expected_version=post.version,
                values={
                    "title": old_post.get("title", ""),
                    "body": old_post.get("body", ""),
                    "content_type": ContentType(old_post["content_type"]).value
                    if old_post.get("content_type")
                    else None,
                    "sponsored": bool(old_post.get("sponsored", False)),
                    "partner_name": old_post.get("partner_name", ""),
                },
                mine=post,
                to_data=post_data,
                what="post",
                location=self.db.location,
            )
            _restore_variants(session, post.id, snapshot.get("variants", []))
            restored = snapshot_in(session, post.id, self.db.location)
            session.add(
                RevisionRow(
                    post_id=post.id,
                    snapshot=json.dumps(restored),
                    reason=f"Restored revision {revision_id}",
                    author=by,
                )
            )
            return post_data(row)


# ---- helpers -----------------------------------------------------------------------------------


def _restore_variants(session: Session, post_id: int, wanted: Sequence[Mapping[str, Any]]) -> None:
    current = {
        row.platform: row
        for row in session.exec(select(Variant).where(Variant.post_id == post_id)).all()
    }
    known = {platform.value for platform in PlatformId}
    keep = {variant["platform"] for variant in wanted if variant.get("platform") in known}
    for platform, row in current.items():
        if platform not in keep:
            # Its text stays in the revision recorded just before.
            session.delete(row)
    session.flush()
    for variant in wanted:
        platform = variant.get("platform")
        if platform not in keep:
            continue
        values = {
            "text": variant.get("text"),
            "first_comment": variant.get("first_comment", ""),
            "enabled": bool(variant.get("enabled", True)),
        }
        row = current.get(platform)
        if row is None:
            session.add(Variant(post_id=post_id, platform=platform, **values))
        else:
            assert row.id is not None
            bump_version(session, Variant, row.id, **values)
    session.flush()


def _note_with_acknowledgement(note: str, acknowledged: Sequence[str]) -> str:
    if not acknowledged:
        return note
    confirmed = acknowledgement(acknowledged)
    return f"{note}\n{confirmed}" if note else confirmed
