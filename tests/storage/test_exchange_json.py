"""JSON exchange: lossless round trip into an empty database, re-import, validation, dry run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest
from PIL import Image

from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.domain.schedule import Frequency, PostingSlot, Recurrence
from studio.media.store import MediaStore
from studio.storage.calendar import RecurrenceRepository, SlotRepository
from studio.storage.database import Database, open_database
from studio.storage.exchange import ExchangeError, ExportScope
from studio.storage.exchange.json import FORMAT_VERSION, export_document, export_json, import_json
from studio.storage.repositories import (
    CampaignRepository,
    CommentRepository,
    PostRepository,
    RuleSettingRepository,
    SnippetRepository,
    WorkspaceRepository,
)
from studio.storage.tables import MediaAsset, PostMedia

BERLIN = "Europe/Berlin"


@dataclass
class Rich:
    db: Database
    store: MediaStore
    image: Path


def open_db(folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    return open_database(f"sqlite:///{folder / 'studio.sqlite3'}", backups_dir=folder / "backups")


def make_image(path: Path, colour: tuple[int, int, int] = (200, 120, 40)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), colour).save(path)
    return path


def fill_rich(db: Database, store: MediaStore, folder: Path) -> Path:
    """Two workspaces with every kind of row the JSON format carries."""
    bakery = WorkspaceRepository(db).create(
        "Kornblume Bäckerei",
        timezone=BERLIN,
        colour="#d9822b",
        default_platforms=[PlatformId.INSTAGRAM, PlatformId.FACEBOOK],
        locale="de-DE",
    )
    gym = WorkspaceRepository(db).create("Crux", timezone="America/New_York", locale="en-US")
    easter = CampaignRepository(db).create(
        bakery.id, "Easter", starts_on=date(2027, 3, 20), ends_on=date(2027, 4, 5)
    )
    CampaignRepository(db).create(bakery.id, "Undated")
    posts = PostRepository(db)
    spring = schedule.at_wall_clock(date(2027, 3, 28), time(2, 30), BERLIN)  # in the gap
    first = posts.create(
        bakery.id,
        title="Osterbrot 🥖 — “pre-orders”",
        body="Our Easter bread ‏(RTL mark) and a family 👨‍👩‍👧 emoji.\nSecond line.",
        status=Status.IDEA,
        content_type=ContentType.PROMOTIONAL,
        campaign_id=easter.id,
        sponsored=True,
        partner_name="Mühle Schmidt",
        scheduled_at=spring,
        scheduled_zone=BERLIN,
        author="Lena",
    )
    posts.add_variant(
        first.id, PlatformId.INSTAGRAM, text="Insta text #Ostern", first_comment="#ad"
    )
    posts.add_variant(first.id, PlatformId.X, enabled=False)
    for step in (Status.DRAFT, Status.IN_REVIEW, Status.APPROVED, Status.SCHEDULED):
        first = posts.move_to(posts.get(first.id), step, changed_by="Lena", note=f"to {step}")
    posts.record_revision(first.id, reason="before review", author="Lena")
    top = CommentRepository(db).create(
        first.id, "Say which mill.", author="Priya", quote="Easter", start=4, end=10
    )
    CommentRepository(db).create(first.id, "Done.", author="Lena", parent_id=top.id)
    RecurrenceRepository(db).set(first.id, Recurrence(Frequency.WEEKLY, count=3))
    RuleSettingRepository(db).disable(bakery.id, "WB-URGENCY", note="seasonal")
    RuleSettingRepository(db).disable(bakery.id, "IA-EMOJI-OVERUSE", post_id=first.id)
    SnippetRepository(db).create(bakery.id, "Tags", "#Brot #Berlin", kind="hashtags")
    SlotRepository(db).add(bakery.id, PostingSlot(1, time(9), PlatformId.INSTAGRAM))
    SlotRepository(db).add(bakery.id, PostingSlot(3, time(9)))

    image = make_image(folder / "bread.png")
    stored = store.add(image)
    with db.session(write=True) as session:
        asset = MediaAsset(
            workspace_id=bakery.id,
            sha256=stored.sha256,
            original_name="bread.png",
            mime="image/png",
            width=64,
            height=48,
            byte_size=stored.facts.byte_size,
            alt_text="A loaf | with a pipe",
        )
        session.add(asset)
        session.flush()
        assert asset.id is not None
        session.add(
            PostMedia(
                post_id=first.id, media_id=asset.id, crop_boxes='{"instagram": [0, 0, 48, 48]}'
            )
        )

    posts.create(gym.id, title="Unscheduled idea", body="=1+1 looks like a formula")
    posts.create(
        gym.id,
        title="Fall back",
        body="-- dashes first",
        scheduled_at=schedule.at_wall_clock(date(2027, 11, 7), time(1, 30), "America/New_York"),
        scheduled_zone="America/New_York",
        content_type=ContentType.CONVERSATIONAL,
    )
    return image


@pytest.fixture
def rich(tmp_path: Path) -> Iterator[Rich]:
    db = open_db(tmp_path / "source")
    store = MediaStore(tmp_path / "source" / "media")
    image = fill_rich(db, store, tmp_path / "files")
    yield Rich(db, store, image)
    db.close()


def _without_stamp(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}


def test_round_trip_into_an_empty_database_gives_the_same_document(
    rich: Rich, tmp_path: Path
) -> None:
    exported = export_json(rich.db)
    document = json.loads(exported)
    assert document["format"] == "content-studio" and document["version"] == FORMAT_VERSION
    assert [w["name"] for w in document["workspaces"]] == ["Crux", "Kornblume Bäckerei"]
    bakery = document["workspaces"][1]
    post = bakery["posts"][0]
    assert post["timezone"] == BERLIN
    assert post["scheduled_at"] == "2027-03-28T01:30:00+00:00"  # 03:30 CEST: the gap moved on
    assert post["recurrence"] == {"frequency": "weekly", "interval": 1, "until": None, "count": 3}
    assert [c["parent"] for c in post["comments"]] == [None, "m1"]
    assert [h["to"] for h in post["status_history"]] == [
        "idea",
        "draft",
        "in_review",
        "approved",
        "scheduled",
    ]
    assert post["media"][0]["crop_boxes"] == {"instagram": [0, 0, 48, 48]}
    assert post["rules_off"][0]["rule_id"] == "IA-EMOJI-OVERUSE"
    assert bakery["slots"] == [
        {"weekday": 1, "time": "09:00", "platform": "instagram"},
        {"weekday": 3, "time": "09:00", "platform": None},
    ]
    assert len(post["uid"]) == 32

    target = open_db(tmp_path / "empty")
    try:
        report = import_json(target, exported, media_store=MediaStore(tmp_path / "empty" / "media"))
        assert report.ok and report.written
        assert report.created == 3 and report.already_present == 0
        assert report.workspaces_created == ("Crux", "Kornblume Bäckerei")
        # The image bytes did not travel with the JSON: the report says so.
        assert any("not in the media library" in note for note in report.notes)
        again = export_json(target)
    finally:
        target.close()
    assert _without_stamp(json.loads(again)) == _without_stamp(document)


def test_a_second_export_keeps_the_uids(rich: Rich) -> None:
    first = export_document(rich.db)
    second = export_document(rich.db)
    uids = [p["uid"] for w in first["workspaces"] for p in w["posts"]]
    assert uids == [p["uid"] for w in second["workspaces"] for p in w["posts"]]
    assert len(set(uids)) == 3


def test_reimporting_the_same_file_adds_nothing(rich: Rich) -> None:
    exported = export_json(rich.db)
    counts = rich.db.row_counts()
    report = import_json(rich.db, exported)
    assert report.ok and report.created == 0 and report.already_present == 3
    assert rich.db.row_counts() == counts


def test_import_into_a_named_workspace(rich: Rich, tmp_path: Path) -> None:
    exported = export_json(rich.db, ExportScope(workspace="Crux"))
    target = open_db(tmp_path / "other")
    try:
        WorkspaceRepository(target).create("Agency", timezone="Asia/Kolkata")
        report = import_json(target, exported, workspace="Agency")
        assert report.ok and report.created == 2 and report.workspaces_created == ()
        [agency] = WorkspaceRepository(target).list_all()
        assert agency.timezone == "Asia/Kolkata"  # an existing workspace keeps its settings
        titles = [p.title for p in PostRepository(target).list_for_workspace(agency.id)]
        assert titles == ["Fall back", "Unscheduled idea"]
    finally:
        target.close()


def test_range_export_holds_only_posts_of_those_days(rich: Rich) -> None:
    document = export_document(
        rich.db, ExportScope(first_day=date(2027, 11, 7), last_day=date(2027, 11, 7))
    )
    posts = [p["title"] for w in document["workspaces"] for p in w["posts"]]
    assert posts == ["Fall back"]
    assert document["range"] == {"from": "2027-11-07", "to": "2027-11-07"}
    with pytest.raises(ExchangeError, match="no workspace named"):
        export_document(rich.db, ExportScope(workspace="Nobody"))


def _broken(exported: str, change: object) -> str:
    document = json.loads(exported)
    change(document)  # type: ignore[operator]
    return json.dumps(document)


def _post0(document: dict) -> dict:
    return document["workspaces"][1]["posts"][0]


@pytest.mark.parametrize(
    ("change", "where", "reason"),
    [
        (lambda d: _post0(d).update(status="posted"), "posts[0]", "status 'posted'"),
        (lambda d: _post0(d).update(timezone="Europe/Atlantis"), "posts[0]", "IANA"),
        (lambda d: _post0(d).update(scheduled_at="28/03/2027"), "posts[0]", "ISO 8601"),
        (lambda d: _post0(d)["variants"][0].update(platform="myspace"), "posts[0]", "myspace"),
        (lambda d: _post0(d).update(title="a\x00b"), "posts[0]", "NUL"),
        (lambda d: _post0(d).update(campaign="c9"), "posts[0]", "campaign 'c9'"),
        (lambda d: _post0(d).update(sponsored="yes"), "posts[0]", "sponsored must be bool"),
        (lambda d: d["workspaces"][1].update(timezone="Nowhere"), "workspaces[1]", "IANA"),
    ],
)
def test_bad_items_are_reported_and_nothing_is_written(
    rich: Rich, tmp_path: Path, change: object, where: str, reason: str
) -> None:
    text = _broken(export_json(rich.db), change)
    target = open_db(tmp_path / "target")
    try:
        report = import_json(target, text)
        assert not report.ok and not report.written
        assert any(where in p.where and reason in p.reason for p in report.problems), report
        assert target.row_counts()["post"] == 0
        assert target.row_counts()["workspace"] == 0
    finally:
        target.close()


def test_dry_run_reports_the_same_and_writes_nothing(rich: Rich, tmp_path: Path) -> None:
    exported = export_json(rich.db)
    target = open_db(tmp_path / "target")
    try:
        dry = import_json(target, exported, dry_run=True)
        assert dry.ok and dry.dry_run and not dry.written
        assert target.row_counts()["workspace"] == 0
        real = import_json(target, exported)
        assert (dry.created, dry.already_present, dry.workspaces_created) == (
            real.created,
            real.already_present,
            real.workspaces_created,
        )
        bad = import_json(
            target, _broken(exported, lambda d: _post0(d).update(status="x")), dry_run=True
        )
        assert [str(p) for p in bad.problems] == [
            str(p)
            for p in import_json(
                target, _broken(exported, lambda d: _post0(d).update(status="x"))
            ).problems
        ]
    finally:
        target.close()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "other"}', "not a Content Studio export"),
        ('{"format": "content-studio", "version": 99, "workspaces": []}', "newer Content Studio"),
        ('{"format": "content-studio", "version": 1}', "workspaces"),
    ],
)
def test_unreadable_documents_raise(db: Database, text: str, message: str) -> None:
    with pytest.raises(ExchangeError, match=message):
        import_json(db, text)
