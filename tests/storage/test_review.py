"""The review workflow on a real SQLite file: comments, threads, decisions, revisions."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa

from studio.domain.diffs import SpanKind
from studio.domain.platforms import PlatformId
from studio.domain.posts import Status, TransitionError
from studio.storage.database import Database
from studio.storage.errors import ConflictError
from studio.storage.repositories import PostData, PostRepository, WorkspaceRepository
from studio.storage.review import (
    CommentRequired,
    ConfirmationRequired,
    ReviewStore,
    content_of,
)
from studio.storage.tables import MediaAsset, PostMedia, Variant

BODY = "Fresh rye every morning. Come by before nine and try the dark crust. See you soon!"


@pytest.fixture
def review(db: Database) -> ReviewStore:
    return ReviewStore(db)


@pytest.fixture
def post(db: Database) -> PostData:
    workspace = WorkspaceRepository(db).create("Bakery", timezone="Europe/Berlin")
    posts = PostRepository(db)
    created = posts.create(
        workspace.id, title="Rye", body=BODY, status=Status.IN_REVIEW, author="Ben"
    )
    posts.add_variant(created.id, PlatformId.X)
    posts.add_variant(created.id, PlatformId.INSTAGRAM, text="Rye day! " + BODY + " #bread")
    posts.record_revision(created.id, reason="first", author="Ben")
    return posts.get(created.id)


def edit_body(db: Database, post: PostData, body: str) -> PostData:
    posts = PostRepository(db)
    return posts.save(replace(posts.get(post.id), body=body))


# ---- comments ------------------------------------------------------------------------------------


def test_a_comment_on_a_passage_stores_its_anchor(review: ReviewStore, post: PostData) -> None:
    start = BODY.index("try the dark crust")
    comment = review.add_comment(
        post.id, "  Is it really dark?  ", author="Ana", start=start, end=start + 18
    )
    assert comment.body == "Is it really dark?"
    assert comment.quote == "try the dark crust"
    assert comment.prefix == BODY[start - 32 : start]
    assert comment.suffix == BODY[start + 18 : start + 50]
    assert (comment.start, comment.end) == (start, start + 18)
    assert comment.target == "body"
    assert len(comment.uuid) == 36


def test_an_empty_comment_is_refused(review: ReviewStore, post: PostData) -> None:
    with pytest.raises(ValueError, match="needs some text"):
        review.add_comment(post.id, "   ", author="Ana")


def test_a_comment_on_a_variant_anchors_into_its_own_text(
    review: ReviewStore, post: PostData
) -> None:
    text = review.text_of(post.id, "instagram")
    start = text.index("#bread")
    comment = review.add_comment(
        post.id,
        "One hashtag is plenty",
        author="Ana",
        start=start,
        end=start + 6,
        target="instagram",
    )
    assert comment.target == "instagram"
    (thread,) = review.threads(post.id)
    assert text[thread.start : thread.end] == "#bread"


def test_a_comment_on_a_variant_that_posts_the_main_text_anchors_into_the_body(
    review: ReviewStore, post: PostData
) -> None:
    comment = review.add_comment(post.id, "ok", author="Ana", start=0, end=5, target="x")
    assert comment.target == "body"
    assert comment.quote == "Fresh"


def test_threads_replies_resolve_and_reopen(review: ReviewStore, post: PostData) -> None:
    root = review.add_comment(post.id, "Why nine?", author="Ana", start=42, end=46)
    first = review.reply(root, "We open at seven.", author="Ben")
    review.reply(first, "Then say seven?", author="Ana")  # a reply to a reply: same thread
    (thread,) = review.threads(post.id)
    assert thread.root.id == root.id
    assert [reply.body for reply in thread.replies] == ["We open at seven.", "Then say seven?"]
    assert all(reply.parent_id == root.id for reply in thread.replies)

    resolved = review.resolve(thread.root)
    assert resolved.resolved
    assert review.threads(post.id, include_resolved=False) == []
    with pytest.raises(ValueError, match="first comment"):
        review.resolve(thread.replies[0])
    reopened = review.reopen(resolved)
    assert not reopened.resolved
    # A stale copy (someone else resolved meanwhile) is refused, not overwritten.
    with pytest.raises(ConflictError):
        review.resolve(root)


def test_threads_follow_edits_and_orphan_deleted_passages(
    db: Database, review: ReviewStore, post: PostData
) -> None:
    crust = BODY.index("try the dark crust")
    nine = BODY.index("before nine")
    review.add_comment(post.id, "crust", author="Ana", start=crust, end=crust + 18)
    review.add_comment(post.id, "nine", author="Ana", start=nine, end=nine + 11)
    review.add_comment(post.id, "Lovely overall", author="Ana")  # on the whole post
    edited = "NEW! " + BODY.replace("before nine and ", "")
    edit_body(db, post, edited)

    crust_thread, nine_thread, general = review.threads(post.id)
    assert not crust_thread.orphaned
    assert edited[crust_thread.start : crust_thread.end] == "try the dark crust"
    assert nine_thread.orphaned
    assert nine_thread.root.quote == "before nine"  # shown with its original words
    assert (nine_thread.start, nine_thread.end) == (None, None)
    assert not general.orphaned and general.placement is None


def test_a_comment_on_a_removed_variant_is_orphaned_not_lost(
    db: Database, review: ReviewStore, post: PostData
) -> None:
    posts = PostRepository(db)
    text = review.text_of(post.id, "instagram")
    review.add_comment(post.id, "tag", author="Ana", start=0, end=7, target="instagram")
    instagram = next(v for v in posts.variants(post.id) if v.platform == "instagram")
    posts.save_variant(replace(instagram, text=text.replace("Rye day!", "Rye day!!")))
    assert review.threads(post.id)[0].orphaned is False  # edited, still found
    with db.session(write=True) as session:
        session.exec(sa.delete(Variant).where(Variant.id == instagram.id))
    (thread,) = review.threads(post.id)
    assert thread.orphaned and thread.root.quote == "Rye day"


def test_a_pin_on_an_image(db: Database, review: ReviewStore, post: PostData) -> None:
    with db.session(write=True) as session:
        asset = MediaAsset(
            workspace_id=post.workspace_id,
            sha256="a" * 64,
            mime="image/png",
            width=10,
            height=10,
            byte_size=100,
        )
        session.add(asset)
        session.flush()
        session.add(PostMedia(post_id=post.id, media_id=asset.id, position=0))
        media_id = asset.id
    assert media_id is not None
    pin = review.add_pin(post.id, media_id, 0.25, 0.75, "Crop the logo?", author="Ana")
    assert (pin.media_id, pin.pin_x, pin.pin_y) == (media_id, 0.25, 0.75)
    (thread,) = review.threads(post.id)
    assert thread.is_pin and not thread.orphaned
    with pytest.raises(ValueError, match="not attached"):
        review.add_pin(post.id, media_id + 1, 0.5, 0.5, "?", author="Ana")
    with pytest.raises(ValueError, match="fractions"):
        review.add_pin(post.id, media_id, 1.5, 0.5, "?", author="Ana")


# ---- decisions -----------------------------------------------------------------------------------


def test_request_changes_needs_a_comment(review: ReviewStore, post: PostData) -> None:
    with pytest.raises(CommentRequired):
        review.request_changes(post, by="Ana", comment="  ")
    assert PostRepository(review.db).get(post.id).status is Status.IN_REVIEW
    assert review.threads(post.id) == []


def test_request_changes_moves_the_status_and_writes_the_comment(
    review: ReviewStore, post: PostData
) -> None:
    start = BODY.index("dark crust")
    moved = review.request_changes(
        post, by="Ana", comment="Source for 'dark'?", start=start, end=start + 10
    )
    assert moved.status is Status.CHANGES_REQUESTED
    (thread,) = review.threads(post.id)
    assert thread.root.quote == "dark crust" and thread.root.author == "Ana"
    last = review.timeline(post.id)[-1]
    assert (last.from_status, last.to_status, last.changed_by, last.note) == (
        Status.IN_REVIEW,
        Status.CHANGES_REQUESTED,
        "Ana",
        "Source for 'dark'?",
    )
    (decision,) = review.decisions(post.id)
    assert decision.decision is Status.CHANGES_REQUESTED
    assert decision.applied and not decision.outdated and not decision.flagged
    assert decision.status_change_id == last.id


def test_a_refused_transition_writes_nothing(review: ReviewStore, post: PostData) -> None:
    draft = PostRepository(review.db).move_to(post, Status.DRAFT)
    with pytest.raises(TransitionError):
        review.request_changes(draft, by="Ana", comment="Please change")
    assert review.threads(post.id) == []  # the comment went with the refused decision
    assert review.decisions(post.id) == []


def test_approving_with_strong_findings_asks_and_records_the_confirmation(
    review: ReviewStore, post: PostData
) -> None:
    with pytest.raises(ConfirmationRequired) as asked:
        review.approve(post, by="Ana", open_strong_rules=["wellbeing.Scarcity"])
    assert asked.value.rule_ids == ("wellbeing.Scarcity",)
    assert PostRepository(review.db).get(post.id).status is Status.IN_REVIEW

    approved = review.approve(
        post, by="Ana", note="Fine by me", open_strong_rules=["wellbeing.Scarcity"], confirmed=True
    )
    assert approved.status is Status.APPROVED
    (decision,) = review.decisions(post.id)
    assert decision.acknowledged_rules == ("wellbeing.Scarcity",)
    last = review.timeline(post.id)[-1]
    assert "wellbeing.Scarcity" in last.note and "Fine by me" in last.note


def test_a_decision_is_pinned_to_a_revision_of_the_content(
    db: Database, review: ReviewStore, post: PostData
) -> None:
    before = review.revisions(post.id)
    review.approve(post, by="Ana")
    (decision,) = review.decisions(post.id)
    assert decision.revision_id == before[-1].id  # content unchanged: the existing revision
    # After an edit, the next decision records the new content first.
    edited = edit_body(db, PostRepository(db).get(post.id), BODY + " Edited.")
    edited = PostRepository(db).move_to(edited, Status.CHANGES_REQUESTED)
    edited = PostRepository(db).move_to(edited, Status.IN_REVIEW)
    review.approve(edited, by="Ana")
    latest = review.revisions(post.id)[-1]
    assert review.decisions(post.id)[-1].revision_id == latest.id
    assert latest.snapshot["post"]["body"] == BODY + " Edited."


def test_approving_a_stale_copy_is_a_conflict(
    db: Database, review: ReviewStore, post: PostData
) -> None:
    edit_body(db, post, BODY + "!")
    with pytest.raises(ConflictError):
        review.approve(post, by="Ana")
    assert review.decisions(post.id) == []


# ---- what waits ----------------------------------------------------------------------------------


def test_what_waits_for_a_reviewer_and_for_a_writer(
    db: Database, review: ReviewStore, post: PostData
) -> None:
    posts = PostRepository(db)
    other = posts.create(post.workspace_id, title="Gym", body="Climb!", author="Ana")
    review.add_comment(other.id, "typo?", author="Ben")
    review.add_comment(post.id, "nice", author="Ana")

    for_ana = review.waiting_for("Ana")
    assert [p.id for p in for_ana.in_review] == [post.id]  # Ben's post, in review
    assert {t.post.id for t in for_ana.open_threads} == {post.id, other.id}  # commented / wrote
    for_ben = review.waiting_for("Ben")
    assert for_ben.in_review == ()  # his own post is not his to review
    assert for_ben.changes_requested == ()

    review.request_changes(post, by="Ana", comment="Say seven, not nine")
    for_ben = review.waiting_for("Ben")
    assert [p.id for p in for_ben.changes_requested] == [post.id]
    (threads,) = [t for t in for_ben.open_threads if t.post.id == post.id]
    assert threads.count == 2 and threads.latest.body == "Say seven, not nine"
    everything = review.waiting_for()
    assert not everything.empty
    assert review.waiting_for(workspace_id=post.workspace_id + 99).empty


# ---- revisions -----------------------------------------------------------------------------------


def test_diff_between_revisions_and_against_now(
    db: Database, review: ReviewStore, post: PostData
) -> None:
    (first,) = review.revisions(post.id)
    edit_body(db, post, BODY.replace("dark crust", "crackling crust"))
    second = PostRepository(db).record_revision(post.id, reason="edit")
    diff = review.diff(first, second)
    body = next(text for text in diff.texts if text.name == "body")
    assert [(s.kind, s.text) for s in body.spans if s.kind is not SpanKind.EQUAL] == [
        (SpanKind.DELETE, "dark"),
        (SpanKind.INSERT, "crackling"),
    ]
    x = next(v for v in diff.variants if v.platform == "x")
    assert x.change == "changed"  # x posts the main text
    assert not review.diff(second).changed  # the latest revision against the post now


def test_restore_writes_a_new_revision_and_keeps_everything(
    db: Database, review: ReviewStore, post: PostData
) -> None:
    posts = PostRepository(db)
    (first,) = review.revisions(post.id)
    edited = posts.save(replace(posts.get(post.id), body="Completely new text", title="New"))
    instagram = next(v for v in posts.variants(post.id) if v.platform == "instagram")
    posts.save_variant(replace(instagram, text="Other caption", enabled=False))
    posts.add_variant(post.id, PlatformId.BLUESKY, text="Sky")
    edited = posts.get(post.id)

    restored = review.restore(edited, first.id, by="Ben")
    assert (restored.title, restored.body) == ("Rye", BODY)
    assert restored.status is edited.status  # workflow state is not content
    variants = {v.platform: v for v in posts.variants(post.id)}
    assert set(variants) == {"x", "instagram"}
    assert variants["instagram"].text == "Rye day! " + BODY + " #bread"
    assert variants["instagram"].enabled

    history = review.revisions(post.id)
    assert [r.reason for r in history] == [
        "first",
        f"Before restoring revision {first.id}",
        f"Restored revision {first.id}",
    ]
    assert history[1].snapshot["post"]["body"] == "Completely new text"  # nothing overwritten
    assert {v["platform"] for v in history[1].snapshot["variants"]} == {
        "x",
        "instagram",
        "bluesky",
    }
    assert content_of(history[2].snapshot) == content_of(first.snapshot)
    with pytest.raises(ConflictError):
        review.restore(edited, first.id, by="Ben")  # a stale copy of the post


def test_restore_refuses_another_posts_revision(
    db: Database, review: ReviewStore, post: PostData
) -> None:
    other = PostRepository(db).create(post.workspace_id, body="other")
    revision = PostRepository(db).record_revision(other.id)
    with pytest.raises(ValueError, match="another post"):
        review.restore(post, revision.id, by="Ben")
