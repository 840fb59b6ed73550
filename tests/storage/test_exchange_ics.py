"""iCalendar export: one event per scheduled post, stable UIDs, zones, repeats; a real reader."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from studio.domain import schedule
from studio.domain.schedule import Frequency, Recurrence
from studio.storage.calendar import RecurrenceRepository
from studio.storage.database import Database
from studio.storage.exchange import ExportScope
from studio.storage.exchange.ics import export_ics
from studio.storage.repositories import PostRepository, WorkspaceRepository
from tests.storage.test_exchange_json import Rich, rich  # noqa: F401  (fixture)

BERLIN = "Europe/Berlin"


def _events(text: str) -> list:
    return list(Calendar.from_ical(text).walk("VEVENT"))


def test_one_event_per_scheduled_post_with_its_zone(rich: Rich) -> None:  # noqa: F811
    text = export_ics(rich.db)
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    events = _events(text)
    assert sorted(str(e["summary"]) for e in events) == ["Fall back", "Osterbrot 🥖 — “pre-orders”"]
    bread = next(e for e in events if str(e["summary"]).startswith("Osterbrot"))
    start = bread.decoded("dtstart")
    assert start.tzinfo is not None and str(bread["dtstart"].params["TZID"]) == BERLIN
    assert (start.hour, start.minute) == (3, 30)  # 02:30 in the gap moved forward
    assert bread.decoded("dtend") - start == timedelta(minutes=15)
    rule = bread["rrule"]
    assert (rule["FREQ"], rule["INTERVAL"], rule["COUNT"]) == (["WEEKLY"], [1], [3])
    assert "Platforms: instagram" in str(bread["description"])
    assert str(bread["status"]) == "CONFIRMED"
    timezones = {str(tz["tzid"]) for tz in Calendar.from_ical(text).walk("VTIMEZONE")}
    assert timezones == {BERLIN, "America/New_York"}


def test_uids_stay_and_sequence_moves_when_a_post_changes(rich: Rich) -> None:  # noqa: F811
    first = {str(e["uid"]): int(e["sequence"]) for e in _events(export_ics(rich.db))}
    assert all(uid.endswith("@content-studio") for uid in first)
    posts = PostRepository(rich.db)
    [crux] = [w for w in WorkspaceRepository(rich.db).list_all() if w.name == "Crux"]
    fall = next(p for p in posts.list_for_workspace(crux.id) if p.title == "Fall back")
    posts.save(
        type(fall)(**{**fall.__dict__, "title": "Fall back (moved)"}),
    )
    second = {str(e["uid"]): int(e["sequence"]) for e in _events(export_ics(rich.db))}
    assert second.keys() == first.keys()
    assert sum(second[uid] - first[uid] for uid in first) == 1


def test_range_and_workspace_scope(rich: Rich) -> None:  # noqa: F811
    only_crux = _events(export_ics(rich.db, ExportScope(workspace="Crux")))
    assert [str(e["summary"]) for e in only_crux] == ["Fall back"]
    march = _events(
        export_ics(rich.db, ExportScope(first_day=date(2027, 3, 1), last_day=date(2027, 3, 31)))
    )
    assert [str(e["summary"])[:8] for e in march] == ["Osterbro"]


def test_monthly_on_the_31st_and_until_rules(db: Database) -> None:
    ws = WorkspaceRepository(db).create("Shop", timezone=BERLIN)
    posts = PostRepository(db)
    monthly = posts.create(
        ws.id,
        title="Month end",
        scheduled_at=schedule.at_wall_clock(date(2027, 1, 31), time(9), BERLIN),
        scheduled_zone=BERLIN,
    )
    RecurrenceRepository(db).set(monthly.id, Recurrence(Frequency.MONTHLY, count=3))
    daily = posts.create(
        ws.id,
        title="Daily",
        scheduled_at=schedule.at_wall_clock(date(2027, 3, 26), time(9), BERLIN),
        scheduled_zone=BERLIN,
    )
    RecurrenceRepository(db).set(daily.id, Recurrence(Frequency.DAILY, until=date(2027, 3, 30)))
    both = posts.create(
        ws.id,
        title="Both",
        scheduled_at=schedule.at_wall_clock(date(2027, 3, 1), time(9), BERLIN),
        scheduled_zone=BERLIN,
    )
    RecurrenceRepository(db).set(
        both.id, Recurrence(Frequency.WEEKLY, until=date(2027, 3, 10), count=10)
    )
    events = {str(e["summary"]): e for e in _events(export_ics(db))}
    rdates = [start.astimezone(ZoneInfo(BERLIN)).date() for start, _ in events["Month end"].rdates]
    assert rdates == [date(2027, 2, 28), date(2027, 3, 31)]  # RRULE would skip February
    until = events["Daily"]["rrule"]["UNTIL"][0]
    assert until.astimezone(ZoneInfo(BERLIN)).date() == date(2027, 3, 30)
    assert events["Both"]["rrule"]["COUNT"] == [2] and "UNTIL" not in events["Both"]["rrule"]


@pytest.mark.skipif(shutil.which("calcurse") is None, reason="calcurse is not installed")
def test_calcurse_reads_the_export(rich: Rich, tmp_path: Path) -> None:  # noqa: F811
    ics = tmp_path / "studio.ics"
    ics.write_bytes(export_ics(rich.db).encode("utf-8"))
    folder = tmp_path / "calcurse"
    folder.mkdir()
    run = subprocess.run(
        ["calcurse", "-D", str(folder), "-i", str(ics)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "2 apps" in run.stdout or "Import process report" in run.stdout, run.stdout
    listing = subprocess.run(
        [
            *("calcurse", "-D", str(folder), "-Q", "--input-datefmt", "4"),
            *("--from", "2027-11-07", "--days", "1"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Fall back" in listing.stdout, listing.stdout
