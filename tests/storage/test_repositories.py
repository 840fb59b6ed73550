"""Repositories: plain frozen data out, optimistic locking in, status history on the side."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status, TransitionError
from studio.storage.database import Database, open_database
from studio.storage.errors import (
    ConflictError,
    DuplicateNameError,
    RowNotFoundError,
    StorageError,
)
from studio.storage.repositories import (
    CampaignRepository,
    CommentRepository,
    PostData,
    PostRepository,
    RuleSettingRepository,
    SnippetRepository,
    WorkspaceData,
    WorkspaceRepository,
)


@pytest.fixture
def workspace(db: Database) -> WorkspaceData:
    return WorkspaceRepository(db).create(
        "Kornblume Bakery",
        timezone="Europe/Berlin",
        colour="#d9822b",
        default_platforms=[PlatformId.INSTAGRAM, "facebook"],
        locale="en-GB",
    )


@pytest.fixture
def post(db: Database, workspace: WorkspaceData) -> PostData:
    return PostRepository(db).create(
        workspace.id, title="Rye 101", body="Rye has little gluten.", author="Jonas"
    )


# ---- workspaces ---------------------------------------------------------------------------------


def test_workspaces_come_back_as_frozen_plain_data(db: Database, workspace: WorkspaceData) -> None:
    listed = WorkspaceRepository(db).list_all()
    assert listed == [workspace]
    assert workspace.default_platforms == (PlatformId.INSTAGRAM, PlatformId.FACEBOOK)
    assert (workspace.timezone, workspace.locale, workspace.version) == (
        "Europe/Berlin",
        "en-GB",
        1,
    )
    assert str(workspace.zone) == "Europe/Berlin"
    with pytest.raises(dataclasses.FrozenInstanceError):
        workspace.name = "changed"  # type: ignore[misc]


def test_workspaces_are_listed_by_name(db: Database) -> None:
    for name in ("Zebra Zoo", "Alpine Gym", "Meadow Cafe"):
        WorkspaceRepository(db).create(name, timezone="UTC")
    assert [w.name for w in WorkspaceRepository(db).list_all()] == [
        "Alpine Gym",
        "Meadow Cafe",
        "Zebra Zoo",
    ]


def test_updating_a_workspace_bumps_its_version(db: Database, workspace: WorkspaceData) -> None:
    changed = replace(workspace, colour="#000000", default_platforms=(PlatformId.BLUESKY,))
    saved = WorkspaceRepository(db).update(changed)
    assert saved.version == 2
    assert WorkspaceRepository(db).get(workspace.id) == saved
    with pytest.raises(ConflictError) as conflict:
        WorkspaceRepository(db).update(replace(workspace, name="Stale"))
    assert conflict.value.theirs == saved
    assert conflict.value.mine.name == "Stale"


def test_a_bad_time_zone_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="IANA"):
        WorkspaceRepository(db).create("Nowhere", timezone="Mars/Olympus_Mons")


def test_duplicate_workspace_names_are_refused_clearly(
    db: Database, workspace: WorkspaceData
) -> None:
    with pytest.raises(DuplicateNameError, match="already exists"):
        WorkspaceRepository(db).create(workspace.name, timezone="UTC")
    assert len(WorkspaceRepository(db).list_all()) == 1


def test_a_missing_row_is_a_clear_error(db: Database) -> None:
    with pytest.raises(RowNotFoundError, match="no workspace 99"):
        WorkspaceRepository(db).get(99)


# ---- posts ------------------------------------------------------------------------------------


def test_a_new_post_starts_its_status_history(db: Database, post: PostData) -> None:
    history = PostRepository(db).status_history(post.id)
    assert [(c.from_status, c.to_status, c.changed_by) for c in history] == [
        (None, Status.IDEA, "Jonas")
    ]


def test_saving_writes_the_post_and_bumps_the_version(db: Database, post: PostData) -> None:
    edited = replace(
        post,
        title="Rye, explained",
        content_type=ContentType.EDUCATIONAL,
        sponsored=True,
        partner_name="Mill Co",
    )
    saved = PostRepository(db).save(edited)
    assert saved.version == post.version + 1
    assert saved.updated_at >= post.updated_at
    assert PostRepository(db).get(post.id) == saved
    assert (saved.title, saved.content_type, saved.sponsored, saved.partner_name) == (
        "Rye, explained",
        ContentType.EDUCATIONAL,
        True,
        "Mill Co",
    )


def test_a_stale_save_is_refused_with_both_versions(db: Database, post: PostData) -> None:
    mine_first = PostRepository(db).save(replace(post, body="First edit"))
    with pytest.raises(ConflictError) as conflict:
        PostRepository(db).save(replace(post, body="Second edit from an old copy"))
    assert conflict.value.mine.body == "Second edit from an old copy"
    assert conflict.value.mine.version == 1
    assert conflict.value.theirs == mine_first
    assert conflict.value.theirs.version == 2
    assert str(db.location) in conflict.value.location
    assert PostRepository(db).get(post.id).body == "First edit"


def test_status_changes_follow_the_workflow_and_are_recorded(db: Database, post: PostData) -> None:
    repo = PostRepository(db)
    draft = repo.move_to(post, Status.DRAFT, changed_by="Jonas")
    in_review = repo.move_to(draft, Status.IN_REVIEW, changed_by="Jonas", note="please check")
    with pytest.raises(TransitionError):
        repo.move_to(in_review, Status.PUBLISHED)
    assert repo.get(post.id).status is Status.IN_REVIEW
    archived = repo.move_to(in_review, Status.ARCHIVED, changed_by="Priya")
    history = repo.status_history(post.id)
    assert [(c.from_status, c.to_status) for c in history] == [
        (None, Status.IDEA),
        (Status.IDEA, Status.DRAFT),
        (Status.DRAFT, Status.IN_REVIEW),
        (Status.IN_REVIEW, Status.ARCHIVED),
    ]
    assert history[2].note == "please check"
    assert history[3].changed_by == "Priya"
    assert archived.version == 4


def test_a_save_without_a_status_change_writes_no_history(db: Database, post: PostData) -> None:
    PostRepository(db).save(replace(post, body="New body"))
    assert len(PostRepository(db).status_history(post.id)) == 1


def test_a_stale_status_change_is_a_conflict_not_a_transition_error(
    db: Database, post: PostData
) -> None:
    PostRepository(db).move_to(post, Status.DRAFT)
    with pytest.raises(ConflictError):
        PostRepository(db).move_to(post, Status.PUBLISHED)  # stale copy, and not allowed anyway


def test_posts_are_listed_in_time_order_within_a_range(
    db: Database, workspace: WorkspaceData
) -> None:
    repo = PostRepository(db)
    base = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    later = repo.create(workspace.id, title="later", scheduled_at=base + timedelta(days=3))
    early = repo.create(workspace.id, title="early", scheduled_at=base)
    unscheduled = repo.create(workspace.id, title="someday")
    outside = repo.create(workspace.id, title="december", scheduled_at=base + timedelta(days=40))
    other = WorkspaceRepository(db).create("Other", timezone="UTC")
    repo.create(other.id, title="elsewhere", scheduled_at=base)

    everything = repo.list_for_workspace(workspace.id)
    assert [p.title for p in everything] == ["early", "later", "december", "someday"]
    november = repo.list_for_workspace(
        workspace.id, start=base, end=datetime(2026, 12, 1, tzinfo=UTC)
    )
    assert [p.id for p in november] == [early.id, later.id]
    repo.move_to(early, Status.DRAFT)
    drafts = repo.list_for_workspace(workspace.id, statuses=[Status.DRAFT])
    assert [p.id for p in drafts] == [early.id]
    assert {p.id for p in everything} == {early.id, later.id, unscheduled.id, outside.id}


def test_deleting_a_stale_post_is_refused(db: Database, post: PostData) -> None:
    PostRepository(db).save(replace(post, body="changed"))
    with pytest.raises(ConflictError):
        PostRepository(db).delete(post)
    PostRepository(db).delete(PostRepository(db).get(post.id))
    with pytest.raises(RowNotFoundError):
        PostRepository(db).get(post.id)


def test_variants_inherit_or_override_and_lock_optimistically(db: Database, post: PostData) -> None:
    repo = PostRepository(db)
    x = repo.add_variant(post.id, PlatformId.X, text="Rye: dense, moist, good.")
    instagram = repo.add_variant(post.id, "instagram", first_comment="#rye")
    assert instagram.text is None and instagram.platform is PlatformId.INSTAGRAM
    saved = repo.save_variant(replace(x, enabled=False))
    assert saved.version == 2 and not saved.enabled
    with pytest.raises(ConflictError):
        repo.save_variant(replace(x, text="stale"))
    assert [v.platform for v in repo.variants(post.id)] == [PlatformId.INSTAGRAM, PlatformId.X]
    with pytest.raises(StorageError):
        repo.add_variant(post.id, PlatformId.X)  # one variant per platform


def test_revisions_snapshot_the_post_and_its_variants(db: Database, post: PostData) -> None:
    repo = PostRepository(db)
    repo.add_variant(post.id, PlatformId.THREADS, text="short")
    made = repo.record_revision(post.id, reason="before review", author="Jonas")
    repo.save(replace(post, title="changed later"))
    [stored] = repo.revisions(post.id)
    assert stored.snapshot == made.snapshot
    assert stored.snapshot["post"]["title"] == "Rye 101"
    assert stored.snapshot["variants"][0]["text"] == "short"
    assert stored.reason == "before review"


# ---- the rest ----------------------------------------------------------------------------------


def test_campaigns(db: Database, workspace: WorkspaceData) -> None:
    repo = CampaignRepository(db)
    week = repo.create(
        workspace.id, "Sourdough Week", starts_on=date(2026, 11, 3), ends_on=date(2026, 11, 9)
    )
    assert repo.list_for_workspace(workspace.id) == [week]
    renamed = repo.update(replace(week, name="Sourdough Fortnight", ends_on=date(2026, 11, 16)))
    assert renamed.version == 2 and repo.get(week.id) == renamed
    with pytest.raises(ValueError, match="before it starts"):
        repo.create(workspace.id, "Backwards", starts_on=date(2026, 2, 2), ends_on=date(2026, 2, 1))


def test_a_deleted_campaign_leaves_its_posts_unassigned(
    db: Database, workspace: WorkspaceData
) -> None:
    campaign = CampaignRepository(db).create(workspace.id, "Gone soon")
    post = PostRepository(db).create(workspace.id, title="in campaign", campaign_id=campaign.id)
    with db.session(write=True) as session:
        session.connection().exec_driver_sql(f"DELETE FROM campaign WHERE id = {campaign.id}")
    assert PostRepository(db).get(post.id).campaign_id is None


def test_snippets(db: Database, workspace: WorkspaceData) -> None:
    repo = SnippetRepository(db)
    tags = repo.create(workspace.id, "Hashtags", "#rye #bread", kind="hashtags")
    sign_off = repo.create(workspace.id, "Sign-off", "See you at the counter!")
    assert repo.list_for_workspace(workspace.id) == [tags, sign_off]
    updated = repo.update(replace(tags, body="#rye #bread #berlin"))
    assert updated.version == 2
    with pytest.raises(ConflictError):
        repo.update(replace(tags, body="stale"))
    repo.delete(sign_off)
    assert repo.list_for_workspace(workspace.id) == [updated]
    with pytest.raises(ValueError):
        repo.create(workspace.id, "Odd", "x", kind="poem")


def test_rule_settings_per_workspace_and_per_post(
    db: Database, workspace: WorkspaceData, post: PostData
) -> None:
    repo = RuleSettingRepository(db)
    off = repo.disable(workspace.id, "authenticity.exclamations", note="brand voice")
    assert repo.disable(workspace.id, "authenticity.exclamations") == off  # idempotent
    ignored = repo.disable(workspace.id, "wellbeing.urgency", post_id=post.id, created_by="Priya")
    assert repo.disabled_rules(workspace.id) == {"authenticity.exclamations"}
    assert repo.disabled_rules(workspace.id, post.id) == {
        "authenticity.exclamations",
        "wellbeing.urgency",
    }
    assert repo.list_for_workspace(workspace.id) == [off, ignored]
    repo.enable(off)
    assert repo.disabled_rules(workspace.id, post.id) == {"wellbeing.urgency"}


def test_comments_keep_their_anchor_and_resolve(db: Database, post: PostData) -> None:
    repo = CommentRepository(db)
    comment = repo.create(
        post.id,
        "Say how little?",
        author="Priya",
        quote="little gluten",
        prefix="Rye has ",
        suffix=".",
        start=8,
        end=21,
    )
    reply = repo.create(post.id, "Done.", author="Jonas", parent_id=comment.id)
    assert post.body[comment.start : comment.end] == comment.quote
    resolved = repo.save(replace(comment, resolved=True))
    assert resolved.version == 2
    assert repo.list_for_post(post.id) == [resolved, reply]
    with pytest.raises(ConflictError):
        repo.save(replace(comment, body="stale"))


def test_two_connections_to_one_file_conflict_like_two_people(
    db: Database, post: PostData, db_file: object
) -> None:
    second = open_database(db.url)
    try:
        theirs = PostRepository(second).get(post.id)
        PostRepository(db).save(replace(post, body="from window one"))
        with pytest.raises(ConflictError):
            PostRepository(second).save(replace(theirs, body="from window two"))
        assert PostRepository(second).get(post.id).body == "from window one"
    finally:
        second.close()
