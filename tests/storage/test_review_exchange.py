"""Review files: export from one data dir, review elsewhere, import back (two real SQLite files)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studio.domain.platforms import PlatformId
from studio.domain.posts import Status
from studio.storage.database import Database, open_database
from studio.storage.exchange_review import (
    FORMAT,
    SUFFIX,
    ReviewFileError,
    ReviewSelection,
    ReviewSession,
    export_review,
    import_review,
    is_review_file,
    read_review_file,
    write_review_file,
)
from studio.storage.repositories import (
    CampaignRepository,
    PostData,
    PostRepository,
    WorkspaceRepository,
)
from studio.storage.review import CommentRequired, ConfirmationRequired, ReviewStore

CROISSANT = "Butter croissants from 7:00. Only a few left each day, so come early! Bring a friend."
RYE = "Our rye takes two days: one to rise, one to rest. Taste the difference this Saturday."
LATE = "Late-night bread club starts next month. Sign up at the counter."


def open_in(folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "studio.sqlite3"
    return open_database(f"sqlite:///{file}", backups_dir=folder / "backups")


@dataclass
class Agency:
    db: Database
    folder: Path
    croissant: PostData
    rye: PostData
    late: PostData
    campaign_id: int


@pytest.fixture
def agency(tmp_path: Path) -> Iterator[Agency]:
    folder = tmp_path / "agency-data"
    db = open_in(folder)
    workspace = WorkspaceRepository(db).create("Bakery", timezone="Europe/Berlin")
    campaign = CampaignRepository(db).create(workspace.id, "Spring")
    posts = PostRepository(db)
    monday = datetime(2026, 3, 2, 8, tzinfo=UTC)

    def post(title: str, body: str, day: int, campaign_id: int | None) -> PostData:
        made = posts.create(
            workspace.id,
            title=title,
            body=body,
            status=Status.IN_REVIEW,
            campaign_id=campaign_id,
            scheduled_at=monday + timedelta(days=day),
            scheduled_zone="Europe/Berlin",
            author="Ben",
        )
        posts.add_variant(made.id, PlatformId.INSTAGRAM)
        return posts.get(made.id)

    croissant = post("Croissants", CROISSANT, 0, campaign.id)
    rye = post("Rye", RYE, 1, campaign.id)
    late = post("Late club", LATE, 20, None)
    ReviewStore(db).add_comment(
        croissant.id, "Is 'only a few left' true?", author="Ben", start=29, end=53
    )
    yield Agency(db, folder, croissant, rye, late, campaign.id)
    db.close()


@pytest.fixture
def client_db(tmp_path: Path) -> Iterator[Database]:
    """The client's own studio: a different database, with a post of the same id."""
    db = open_in(tmp_path / "client-data")
    workspace = WorkspaceRepository(db).create("My shop")
    PostRepository(db).create(workspace.id, body="Client's own post", status=Status.IN_REVIEW)
    yield db
    db.close()


def send(agency: Agency, selection: ReviewSelection, to: Path) -> Path:
    review = export_review(agency.db, selection, exported_by="Ben")
    written = write_review_file(review, agency.folder / f"spring{SUFFIX}")
    to.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(written, to / written.name))  # "e-mailed" to the client


# ---- export and the file -----------------------------------------------------------------------


def test_export_by_campaign_writes_a_versioned_json_document(
    agency: Agency, tmp_path: Path
) -> None:
    path = send(agency, ReviewSelection(campaign_id=agency.campaign_id), tmp_path / "inbox")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == (FORMAT, 1)
    assert [post["snapshot"]["post"]["title"] for post in document["posts"]] == [
        "Croissants",
        "Rye",
    ]
    croissant = document["posts"][0]
    assert croissant["workspace"] == "Bakery" and croissant["campaign"] == "Spring"
    assert croissant["revision_id"] is not None
    (comment,) = croissant["comments"]
    assert comment["quote"] == CROISSANT[29:53]
    assert comment["resolved_at_export"] is False
    assert len(comment["uuid"]) == 36
    assert is_review_file(path)


def test_every_post_has_a_stable_key_across_exports(agency: Agency) -> None:
    first = export_review(agency.db)
    second = export_review(agency.db)
    assert [p.key for p in first.posts] == [p.key for p in second.posts]
    assert len({p.key for p in first.posts}) == 3
    assert first.file_id != second.file_id
    # Content unchanged: the second export reuses the revision the first one recorded.
    assert [p.revision_id for p in first.posts] == [p.revision_id for p in second.posts]


@pytest.mark.parametrize(
    ("selection", "titles"),
    [
        (ReviewSelection(), ["Croissants", "Rye", "Late club"]),
        (ReviewSelection(post_ids=(3,)), ["Late club"]),
        (
            ReviewSelection(
                start=datetime(2026, 3, 3, tzinfo=UTC), end=datetime(2026, 4, 1, tzinfo=UTC)
            ),
            ["Rye", "Late club"],
        ),
    ],
)
def test_selectors(agency: Agency, selection: ReviewSelection, titles: list[str]) -> None:
    assert [post.title for post in export_review(agency.db, selection).posts] == titles


def test_a_date_range_needs_time_zones(agency: Agency) -> None:
    with pytest.raises(ValueError, match="time zone"):
        export_review(agency.db, ReviewSelection(start=datetime(2026, 3, 1)))


def test_unreadable_and_newer_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    junk = tmp_path / "junk.studio-review"
    junk.write_text("not json", encoding="utf-8")
    with pytest.raises(ReviewFileError, match="not a readable"):
        read_review_file(junk)
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(ReviewFileError, match="not a Content Studio review file"):
        read_review_file(other)
    assert not is_review_file(other)
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": FORMAT, "version": 99, "posts": []}), encoding="utf-8")
    with pytest.raises(ReviewFileError, match="newer Content Studio"):
        read_review_file(newer)


# ---- the reviewer's session ----------------------------------------------------------------------


def test_a_session_is_read_only_and_keeps_its_changes_in_the_file(
    agency: Agency, tmp_path: Path
) -> None:
    path = send(agency, ReviewSelection(campaign_id=agency.campaign_id), tmp_path / "client")
    session = ReviewSession.open(path)
    croissant, rye = session.posts
    (thread,) = session.threads(croissant.key)
    assert croissant.text_of()[thread.placement.start : thread.placement.end] == CROISSANT[29:53]

    with pytest.raises(CommentRequired):
        session.request_changes(rye.key, by="Cleo", comment=" ")
    with pytest.raises(ConfirmationRequired):
        session.approve(croissant.key, by="Cleo", open_strong_rules=["wellbeing.Scarcity"])
    start = RYE.index("two days")
    session.add_comment(rye.key, "Lovely detail", author="Cleo", start=start, end=start + 8)
    assert session.dirty
    session.save(saved_by="Cleo")
    assert not session.dirty

    again = ReviewSession.open(path)
    assert again.review.saved_by == "Cleo"
    (rye_thread,) = again.threads(rye.key)
    assert rye_thread.root.quote == "two days" and rye_thread.root.is_new
    # The posts themselves are exactly as exported.
    assert again.posts[1].snapshot == rye.snapshot


# ---- the round trip ----------------------------------------------------------------------------


def test_a_review_file_round_trips_between_two_data_dirs(
    agency: Agency, client_db: Database, tmp_path: Path
) -> None:
    path = send(agency, ReviewSelection(campaign_id=agency.campaign_id), tmp_path / "client-data")

    # The client reviews in their own studio.
    session = ReviewSession.open(path)
    croissant, rye = session.posts
    (existing,) = session.threads(croissant.key)
    session.reply(croissant.key, existing.root.uuid, "Yes, we sell out by ten.", author="Cleo")
    session.resolve(croissant.key, existing.root.uuid)
    session.approve(
        croissant.key,
        by="Cleo",
        note="Go!",
        open_strong_rules=["wellbeing.Scarcity"],
        confirmed=True,
    )
    taste = RYE.index("Taste the difference")
    two_days = RYE.index("two days")
    session.add_comment(rye.key, "Love this", author="Cleo", start=two_days, end=two_days + 8)
    session.request_changes(
        rye.key, by="Cleo", comment="Which Saturday?", start=taste, end=len(RYE) - 1
    )
    session.save(saved_by="Cleo")
    returned = Path(shutil.copy(path, agency.folder / "returned.studio-review"))

    # Meanwhile at the agency: the rye post is edited (the request was made on older text).
    posts = PostRepository(agency.db)
    edited_rye = "New: " + RYE.replace("Taste the difference this Saturday.", "Free tasting!")
    posts.save(replace(posts.get(agency.rye.id), body=edited_rye))

    report = import_review(agency.db, returned)
    assert (report.posts_matched, report.posts_missing) == (2, ())
    assert report.comments_added == 3  # the reply, "Love this", "Which Saturday?"
    assert report.comments_already_present == 0
    assert report.comments_orphaned == (RYE[taste : len(RYE) - 1],)
    assert report.comments_reanchored == 1  # "two days" moved by the inserted "New: "
    assert report.resolutions_applied == 1
    assert (report.decisions_applied, report.decisions_flagged) == (1, 1)

    review = ReviewStore(agency.db)
    # Croissants: approved from the file, with the confirmation and the resolved thread.
    assert posts.get(agency.croissant.id).status is Status.APPROVED
    (decision,) = review.decisions(agency.croissant.id)
    assert decision.applied and not decision.outdated
    assert decision.acknowledged_rules == ("wellbeing.Scarcity",)
    assert decision.source.startswith("review file ")
    last = review.timeline(agency.croissant.id)[-1]
    assert (last.changed_by, last.to_status) == ("Cleo", Status.APPROVED)
    (thread,) = review.threads(agency.croissant.id)
    assert thread.resolved
    assert [r.body for r in thread.replies] == ["Yes, we sell out by ten."]

    # Rye: the request is kept, flagged as made on older text, and did not move the status.
    assert posts.get(agency.rye.id).status is Status.IN_REVIEW
    (flagged,) = review.decisions(agency.rye.id)
    assert flagged.outdated and not flagged.applied and flagged.flagged
    assert flagged.decision is Status.CHANGES_REQUESTED
    love, saturday = review.threads(agency.rye.id)
    assert edited_rye[love.start : love.end] == "two days"
    assert saturday.orphaned and saturday.root.quote == "Taste the difference this Saturday"
    waiting = review.waiting_for("Ben")
    assert [d.uuid for d in waiting.flagged_decisions] == [flagged.uuid]

    # Importing the same file again adds nothing.
    counts_before = agency.db.row_counts()
    again = import_review(agency.db, returned)
    assert agency.db.row_counts() == counts_before
    assert again.comments_added == 0 and again.comments_already_present == 3
    assert again.decisions_already_present == 2
    assert (again.decisions_applied, again.decisions_flagged, again.resolutions_applied) == (
        0,
        0,
        0,
    )
    assert len(review.decisions(agency.rye.id)) == 1

    # The client's own database was never touched, and the file matches nothing there.
    client_counts = client_db.row_counts()
    elsewhere = import_review(client_db, returned)
    assert elsewhere.posts_matched == 0 and len(elsewhere.posts_missing) == 2
    assert client_db.row_counts() == client_counts


def test_a_resolution_from_the_file_never_overrides_a_later_one_here(
    agency: Agency, tmp_path: Path
) -> None:
    path = send(agency, ReviewSelection(post_ids=(agency.croissant.id,)), tmp_path / "c")
    session = ReviewSession.open(path)
    (post,) = session.posts
    (thread,) = session.threads(post.key)
    session.resolve(post.key, thread.root.uuid)
    session.save()
    review = ReviewStore(agency.db)

    assert import_review(agency.db, path).resolutions_applied == 1
    assert review.threads(agency.croissant.id)[0].resolved
    # The agency reopens it after reading the answer; importing the file again must not undo it.
    review.reopen(review.threads(agency.croissant.id)[0].root)
    assert import_review(agency.db, path).resolutions_applied == 0
    assert not review.threads(agency.croissant.id)[0].resolved


def test_a_resolution_changed_here_before_the_import_is_left_alone(
    agency: Agency, tmp_path: Path
) -> None:
    path = send(agency, ReviewSelection(post_ids=(agency.croissant.id,)), tmp_path / "c")
    session = ReviewSession.open(path)
    (post,) = session.posts
    session.resolve(post.key, session.threads(post.key)[0].root.uuid)
    session.save()
    review = ReviewStore(agency.db)
    review.reopen(review.resolve(review.threads(agency.croissant.id)[0].root))
    assert import_review(agency.db, path).resolutions_applied == 0
    assert not review.threads(agency.croissant.id)[0].resolved


def test_a_decision_the_workflow_no_longer_allows_is_kept_and_flagged(
    agency: Agency, tmp_path: Path
) -> None:
    path = send(agency, ReviewSelection(post_ids=(agency.late.id,)), tmp_path / "c")
    session = ReviewSession.open(path)
    session.approve(session.posts[0].key, by="Cleo")
    session.save()
    posts = PostRepository(agency.db)
    posts.move_to(posts.get(agency.late.id), Status.DRAFT)  # taken back before the answer came
    report = import_review(agency.db, path)
    assert (report.decisions_applied, report.decisions_flagged) == (0, 1)
    assert posts.get(agency.late.id).status is Status.DRAFT
    (decision,) = ReviewStore(agency.db).decisions(agency.late.id)
    assert not decision.applied and not decision.outdated and decision.flagged
