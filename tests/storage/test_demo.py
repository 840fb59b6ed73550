"""The demo month: two clients, current dates, a believable workflow, problems to find."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from studio.domain.posts import Status, can_transition
from studio.storage.database import Database
from studio.storage.demo import demo_source_dir, load_demo, read_demo, workflow_path
from studio.storage.repositories import (
    CampaignRepository,
    CommentRepository,
    PostRepository,
    SnippetRepository,
    WorkspaceRepository,
)
from studio.storage.search import search_posts

TODAY = date(2026, 3, 27)  # the Friday before Europe's clocks change: dates must still be right


@pytest.fixture
def demo(db: Database) -> Database:
    result = load_demo(db, today=TODAY)
    assert result.created
    return db


def test_the_demo_files_ship_with_the_source() -> None:
    assert (demo_source_dir() / "demo.yaml").is_file()
    assert len(read_demo()) == 2


def test_two_clients_in_different_time_zones(demo: Database) -> None:
    workspaces = {w.name: w for w in WorkspaceRepository(demo).list_all()}
    assert {w.timezone for w in workspaces.values()} == {"Europe/Berlin", "America/New_York"}
    platforms = {p for w in workspaces.values() for p in w.default_platforms}
    assert len(platforms) >= 4


def test_a_month_of_posts_around_today_in_each_workspace(demo: Database) -> None:
    for workspace in WorkspaceRepository(demo).list_all():
        posts = PostRepository(demo).list_for_workspace(workspace.id)
        assert len(posts) >= 10
        scheduled = [p for p in posts if p.scheduled_at is not None]
        local_days = [p.scheduled_at.astimezone(workspace.zone).date() for p in scheduled]
        assert min(local_days) >= TODAY - timedelta(days=16)
        assert max(local_days) <= TODAY + timedelta(days=16)
        assert all(p.scheduled_zone == workspace.timezone for p in scheduled)
        # The wall-clock times in the file survive the trip through UTC, across DST changes.
        assert all(p.scheduled_local is not None for p in scheduled)
        assert {p.scheduled_local.minute for p in scheduled} <= {0, 30}  # type: ignore[union-attr]


def test_statuses_fit_the_dates_and_cover_the_workflow(demo: Database) -> None:
    seen: set[Status] = set()
    for workspace in WorkspaceRepository(demo).list_all():
        today_start = datetime.combine(TODAY, datetime.min.time(), tzinfo=workspace.zone)
        for post in PostRepository(demo).list_for_workspace(workspace.id):
            seen.add(post.status)
            if post.status is Status.PUBLISHED:
                assert post.scheduled_at is not None and post.scheduled_at < today_start
            if post.status in (Status.SCHEDULED, Status.APPROVED, Status.IN_REVIEW):
                assert post.scheduled_at is not None and post.scheduled_at > today_start
    assert seen >= {
        Status.IDEA,
        Status.DRAFT,
        Status.IN_REVIEW,
        Status.CHANGES_REQUESTED,
        Status.APPROVED,
        Status.SCHEDULED,
        Status.PUBLISHED,
    }


def test_every_status_history_is_a_legal_walk(demo: Database) -> None:
    repo = PostRepository(demo)
    for workspace in WorkspaceRepository(demo).list_all():
        for post in repo.list_for_workspace(workspace.id):
            history = repo.status_history(post.id)
            assert history[0].from_status is None and history[0].to_status is Status.IDEA
            for change in history[1:]:
                assert change.from_status is not None
                assert can_transition(change.from_status, change.to_status)
            assert history[-1].to_status is post.status


def test_variants_campaigns_snippets_and_review_comments(demo: Database) -> None:
    repo = PostRepository(demo)
    for workspace in WorkspaceRepository(demo).list_all():
        posts = repo.list_for_workspace(workspace.id)
        variants = [v for p in posts for v in repo.variants(p.id)]
        assert any(v.text is None for v in variants)  # inheriting the body
        assert any(v.text for v in variants)  # overriding it
        assert CampaignRepository(demo).list_for_workspace(workspace.id)
        assert any(p.campaign_id for p in posts)
        kinds = {s.kind for s in SnippetRepository(demo).list_for_workspace(workspace.id)}
        assert kinds == {"text", "hashtags"}
    in_review = search_posts(demo, "LAST CHANCE bread class")
    comments = CommentRepository(demo).list_for_post(in_review[0].id)
    assert comments and all(in_review[0].body[c.start : c.end] == c.quote for c in comments)


def test_the_demo_has_problems_for_the_feedback_panels(demo: Database) -> None:
    assert len(search_posts(demo, "LAST CHANCE")) >= 2
    assert search_posts(demo, "so OCD")
    [code] = search_posts(demo, "KORN15")
    assert not code.sponsored and code.partner_name == ""  # a partner deal, undisclosed
    [disclosed] = search_posts(demo, "GripCo")
    assert disclosed.sponsored and disclosed.partner_name == "GripCo"
    assert search_posts(demo, "holiday calories")


def test_running_the_demo_twice_adds_nothing(demo: Database) -> None:
    counts = demo.row_counts()
    again = load_demo(demo, today=TODAY)
    assert not again.created
    assert demo.row_counts() == counts


def test_workflow_path_walks_allowed_moves_only() -> None:
    assert workflow_path(Status.IDEA, Status.IDEA) == []
    assert workflow_path(Status.IDEA, Status.PUBLISHED) == [
        Status.DRAFT,
        Status.IN_REVIEW,
        Status.APPROVED,
        Status.SCHEDULED,
        Status.PUBLISHED,
    ]
    path = [Status.IDEA, *workflow_path(Status.IDEA, Status.CHANGES_REQUESTED)]
    assert all(can_transition(a, b) for a, b in itertools.pairwise(path))


def test_demo_today_defaults_to_each_workspace_s_own_date(db: Database) -> None:
    load_demo(db)
    gym = WorkspaceRepository(db).find_by_name("Crux Climbing Gym")
    assert gym is not None
    today_in_new_york = datetime.now(ZoneInfo("America/New_York")).date()
    kickoff = search_posts(db, "New climbers month kickoff")[0]
    assert kickoff.scheduled_local is not None
    assert kickoff.scheduled_local.date() == today_in_new_york - timedelta(days=7)
