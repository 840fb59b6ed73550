"""CSV exchange: exact headers, BOM, formula protection, round trip, row-by-row validation."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.domain.posts import Status
from studio.media.store import MediaStore
from studio.storage.database import Database
from studio.storage.exchange import ExchangeError
from studio.storage.exchange.csv import (
    BOM,
    HEADERS,
    decode_csv,
    export_csv,
    import_csv,
    join_list,
    protect_cell,
    split_list,
    unprotect_cell,
)
from studio.storage.repositories import PostRepository, WorkspaceRepository
from tests.storage.test_exchange_json import fill_rich, make_image, open_db

ISSUE_HEADERS = (
    "date,time,timezone,workspace,campaign,title,text,platforms,text_x,text_instagram,"
    "text_linkedin,text_facebook,text_threads,text_bluesky,text_mastodon,text_tiktok,status,"
    "content_type,sponsored,partner,media,alt_text"
)


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith(BOM)
    return list(csv.DictReader(io.StringIO(text.removeprefix(BOM), newline="")))


def test_the_headers_are_exactly_the_issues() -> None:
    assert ",".join(HEADERS) == ISSUE_HEADERS


def test_round_trip_into_an_empty_database(tmp_path: Path) -> None:
    source = open_db(tmp_path / "source")
    source_store = MediaStore(tmp_path / "source" / "media")
    fill_rich(source, source_store, tmp_path / "files")
    try:
        exported = export_csv(source, media_store=source_store)
    finally:
        source.close()
    assert exported.startswith(BOM + ISSUE_HEADERS + "\r\n")
    rows = _rows(exported)
    assert [r["title"] for r in rows] == [
        "Fall back",
        "Unscheduled idea",
        "Osterbrot 🥖 — “pre-orders”",
    ]
    fall, idea, bread = rows
    assert (fall["date"], fall["time"], fall["timezone"]) == (
        "2027-11-07",
        "01:30",
        "America/New_York",
    )
    assert (idea["date"], idea["time"], idea["timezone"]) == ("", "", "")
    assert idea["text"] == "'=1+1 looks like a formula"  # formula protection
    assert fall["text"] == "'-- dashes first"
    assert bread["time"] == "03:30"  # planned at 02:30 in the spring gap: moved forward
    assert bread["platforms"] == "instagram" and bread["text_instagram"] == "Insta text #Ostern"
    assert bread["sponsored"] == "true" and bread["partner"] == "Mühle Schmidt"
    assert bread["alt_text"] == "A loaf \\| with a pipe"
    assert bread["status"] == "scheduled" and bread["content_type"] == "promotional"
    assert Path(bread["media"]).is_file()

    target_store = MediaStore(tmp_path / "target" / "media")
    target = open_db(tmp_path / "target")
    try:
        report = import_csv(target, exported, media_store=target_store)
        assert report.ok and report.created == 3, report.problems
        again = export_csv(target, media_store=target_store)
    finally:
        target.close()
    again_rows = _rows(again)
    # Same content; the media column names the new library's copy of the same bytes.
    for before, after in zip(rows, again_rows, strict=True):
        assert {k: v for k, v in before.items() if k != "media"} == {
            k: v for k, v in after.items() if k != "media"
        }
        assert [_sha(p) for p in split_list(before["media"])] == [
            _sha(p) for p in split_list(after["media"])
        ]
    assert Path(again_rows[2]["media"]).is_relative_to(tmp_path / "target" / "media")


def _sha(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _csv(*rows: dict[str, str], headers: tuple[str, ...] = HEADERS) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=headers, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: row.get(name, "") for name in headers})
    return buffer.getvalue()


GOOD = {
    "date": "2027-03-28",
    "time": "09:00",
    "timezone": "Europe/Berlin",
    "workspace": "Bakery",
    "title": "Rye",
    "text": "Rye bread",
    "platforms": "instagram, x",
    "status": "draft",
    "content_type": "educational",
    "sponsored": "false",
}


def test_good_rows_import_and_reimport_adds_nothing(db: Database, tmp_path: Path) -> None:
    rows = [GOOD, {**GOOD, "date": "", "time": "", "title": "Idea", "status": "idea"}]
    text = _csv(*rows)
    report = import_csv(db, text)
    assert report.ok and report.created == 2 and report.workspaces_created == ("Bakery",)
    [bakery] = WorkspaceRepository(db).list_all()
    assert bakery.timezone == "Europe/Berlin"
    posts = PostRepository(db).list_for_workspace(bakery.id)
    assert posts[0].scheduled_local is not None
    assert posts[0].scheduled_local.hour == 9 and posts[0].status is Status.DRAFT
    assert [v.platform.value for v in PostRepository(db).variants(posts[0].id)] == [
        "instagram",
        "x",
    ]
    again = import_csv(db, text)
    assert again.ok and again.created == 0 and again.already_present == 2
    assert db.row_counts()["post"] == 2


BAD_ROWS = [
    ({"date": "28.03.2027"}, "date '28.03.2027' is not a date"),
    ({"date": "2027-02-30"}, "date '2027-02-30' is not a date"),
    ({"time": "9am"}, "time '9am' is not a 24-hour time"),
    ({"time": "24:00"}, "time '24:00'"),
    ({"time": ""}, "date and time go together"),
    ({"timezone": "Europe/Atlantis"}, "timezone 'Europe/Atlantis' is not an IANA time zone"),
    ({"platforms": "instagram,myspace"}, "unknown platform 'myspace'"),
    ({"status": "posted"}, "status 'posted' is not one of"),
    ({"content_type": "viral"}, "content_type 'viral'"),
    ({"sponsored": "maybe"}, "sponsored 'maybe'"),
    ({"title": "Rye\x00bread"}, "title contains a NUL character"),
    ({"text": "bell\x07"}, "text contains control characters (U+0007)"),
    ({"workspace": ""}, "workspace is empty"),
    ({"title": "x" * 301}, "title is 301 characters long"),
    ({"media": "missing.png"}, "media file 'missing.png' does not exist"),
    ({"media": "", "alt_text": "orphan alt"}, "1 alt text for 0 media files"),
]


@pytest.mark.parametrize(("change", "reason"), BAD_ROWS, ids=[r for _, r in BAD_ROWS])
def test_each_bad_row_is_reported_with_its_number(
    db: Database, tmp_path: Path, change: dict[str, str], reason: str
) -> None:
    text = _csv(GOOD, {**GOOD, "title": "Second"}, {**GOOD, "title": "Bad", **change})
    report = import_csv(db, text, base_dir=tmp_path)
    assert not report.ok and not report.written
    [problem] = report.problems
    assert problem.row == 4 and problem.where == "row 4"
    assert reason in problem.reason
    # The two good rows were not written either: all or nothing.
    assert db.row_counts()["post"] == 0 and db.row_counts()["workspace"] == 0


def test_odd_but_valid_unicode_survives(db: Database) -> None:
    text = (
        "\u200fשלום\u200e and a family 👨\u200d👩\u200d👧 with skin tone 👋🏽 \u2066isolate\u2069"
    )
    report = import_csv(db, _csv({**GOOD, "title": "RTL \u202bmark\u202c", "text": text}))
    assert report.ok, report.problems
    [post] = PostRepository(db).list_for_workspace(WorkspaceRepository(db).list_all()[0].id)
    assert post.body == text and post.title == "RTL \u202bmark\u202c"


def test_missing_and_unknown_columns_fail_the_header(db: Database) -> None:
    kept = tuple(h for h in HEADERS if h not in ("status", "alt_text"))
    headers = (*kept, "text_myspace", "colour")
    report = import_csv(db, _csv(GOOD, headers=headers))
    [problem] = report.problems
    assert problem.row == 1
    assert "missing column(s): status, alt_text" in problem.reason
    assert "'text_myspace' names an unknown platform" in problem.reason
    assert "unknown column 'colour'" in problem.reason
    assert db.row_counts()["post"] == 0


def test_platform_columns_are_optional_and_rows_must_match_the_header(db: Database) -> None:
    headers = tuple(h for h in HEADERS if not h.startswith("text_"))
    assert import_csv(db, _csv(GOOD, headers=headers)).ok
    ragged = _csv(GOOD) + "2027-03-29,09:00\r\n"
    report = import_csv(db, ragged)
    assert [p.row for p in report.problems] == [3]
    assert "has 2 cells" in report.problems[0].reason


def test_media_files_must_open_as_images(db: Database, tmp_path: Path) -> None:
    (tmp_path / "notes.png").write_text("not an image")
    make_image(tmp_path / "a.png")
    make_image(tmp_path / "b.png", (10, 200, 10))
    bad = _csv({**GOOD, "media": "notes.png"})
    report = import_csv(db, bad, base_dir=tmp_path)
    assert "media file 'notes.png' cannot be used" in report.problems[0].reason

    store = MediaStore(tmp_path / "library")
    good = _csv({**GOOD, "media": "a.png|b.png", "alt_text": "First|"})
    dry = import_csv(db, good, base_dir=tmp_path, media_store=store, dry_run=True)
    assert dry.ok and dry.created == 1 and list(store.hashes()) == []  # dry run: no files copied
    report = import_csv(db, good, base_dir=tmp_path, media_store=store)
    assert report.ok and len(list(store.hashes())) == 2
    assert db.row_counts()["media_asset"] == 2 and db.row_counts()["post_media"] == 2


def test_workspace_option_overrides_the_column(db: Database) -> None:
    WorkspaceRepository(db).create("Agency", timezone="Asia/Kolkata")
    report = import_csv(db, _csv({**GOOD, "workspace": "", "timezone": ""}), workspace="Agency")
    assert report.ok and report.workspaces_created == ()
    [post] = PostRepository(db).list_for_workspace(WorkspaceRepository(db).list_all()[0].id)
    assert post.scheduled_zone == "Asia/Kolkata"
    assert post.scheduled_local is not None and post.scheduled_local.hour == 9


def test_decoding_accepts_a_bom_and_refuses_other_encodings() -> None:
    assert decode_csv((BOM + "date\r\n").encode()) == "date\r\n"
    assert decode_csv(b"date\r\n") == "date\r\n"
    with pytest.raises(ExchangeError, match="not UTF-8"):
        decode_csv("date\r\nM\u00fchle".encode("latin-1"))


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@given(value=st.one_of(_TEXT, st.sampled_from(["=", "'=", "''+", "+1", "@x", "-", "'", "\t=1"])))
def test_formula_protection_round_trips_and_never_leaves_a_formula(value: str) -> None:
    protected = protect_cell(value)
    assert unprotect_cell(protected) == value
    assert not protected.startswith(("=", "+", "-", "@", "\t", "\r"))


@given(items=st.lists(_TEXT, min_size=1, max_size=5).filter(lambda items: items != [""]))
def test_pipe_lists_round_trip(items: list[str]) -> None:
    # One empty item and no item are the same empty cell; an empty alt text is no alt text.
    assert split_list(join_list(items)) == items
