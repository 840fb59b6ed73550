"""iCalendar export (RFC 5545): one VEVENT per scheduled post, for a client's or a team's calendar.

    text = export_ics(db, ExportScope(workspace="Kornblume Bakery"))

Each event's UID is the post's stable key (`<uid>@content-studio`), its SEQUENCE the post's
version and DTSTAMP/LAST-MODIFIED its last change, so importing a newer export into a calendar
program updates the events instead of duplicating them. Start times carry the post's IANA zone
(TZID, with the VTIMEZONE definitions the file needs), so calendars show them at the planned wall
clock time across daylight-saving changes. A repeating post is one event with an RRULE; a monthly
repeat on the 29th to 31st (which the studio moves to a short month's last day, and RRULE would
skip) is written as explicit RDATEs instead. Posts without a time are left out.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur

from studio.domain import schedule
from studio.domain.posts import Status
from studio.domain.schedule import Frequency, Recurrence
from studio.storage.database import Database
from studio.storage.exchange.common import (
    EVERYTHING,
    ExportScope,
    PostBundle,
    assign_post_uids,
    bundle_posts,
    selected_posts,
    selected_workspaces,
)

PRODID = "-//Content Studio//Content calendar//EN"
UID_DOMAIN = "content-studio"
EVENT_LENGTH = timedelta(minutes=15)  # a post is a moment; calendars need an end to draw it
_OPEN_ENDED_RDATES = 24  # repeats written for an open-ended monthly repeat that RRULE cannot say
_STATUS = {
    Status.SCHEDULED: "CONFIRMED",
    Status.PUBLISHED: "CONFIRMED",
    Status.ARCHIVED: "CANCELLED",
}


def event_uid(post_uid: str) -> str:
    return f"{post_uid}@{UID_DOMAIN}"


def export_ics(db: Database, scope: ExportScope = EVERYTHING) -> str:
    """The calendar as text (CRLF line ends, as RFC 5545 wants); write it as UTF-8 bytes."""
    with db.session() as session:
        ids = [
            post.id
            for workspace in selected_workspaces(session, scope)
            for post in selected_posts(session, workspace, scope)
            if post.id is not None and post.scheduled_at is not None
        ]
    assign_post_uids(db, ids)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    names: list[str] = []
    with db.session() as session:
        for workspace in selected_workspaces(session, scope):
            names.append(workspace.name)
            posts = [
                post
                for post in selected_posts(session, workspace, scope)
                if post.scheduled_at is not None
            ]
            for bundle in bundle_posts(session, posts, full=False):
                calendar.add_component(_event(bundle, workspace.name, workspace.timezone))
    calendar.add("x-wr-calname", f"Content Studio: {', '.join(names) or 'no workspace'}")
    calendar.add_missing_timezones()
    return calendar.to_ical().decode("utf-8")


def _summary(bundle: PostBundle) -> str:
    title = bundle.row.title.strip()
    if title:
        return title
    words = " ".join(bundle.row.body.split())
    return words[:60] + ("…" if len(words) > 60 else "") or "(untitled post)"


def _event(bundle: PostBundle, workspace: str, workspace_zone: str) -> Event:
    post = bundle.row
    assert post.scheduled_at is not None
    zone = post.scheduled_zone or workspace_zone
    start = post.scheduled_at.astimezone(ZoneInfo(zone))
    platforms = [v.platform for v in bundle.variants if v.enabled]
    status = Status(post.status)

    event = Event()
    event.add("uid", event_uid(bundle.uid))
    event.add("dtstamp", post.updated_at.astimezone(UTC))
    event.add("created", post.created_at.astimezone(UTC))
    event.add("last-modified", post.updated_at.astimezone(UTC))
    event.add("sequence", post.version)
    event.add("dtstart", start)
    event.add("dtend", start + EVENT_LENGTH)
    event.add("summary", _summary(bundle))
    details = [post.body.strip()] if post.body.strip() else []
    details.append(f"Platforms: {', '.join(platforms) or 'none chosen'}")
    details.append(f"Status: {status.label}")
    details.append(f"Workspace: {workspace}")
    event.add("description", "\n\n".join(details))
    if platforms:
        event.add("categories", platforms)
    event.add("status", _STATUS.get(status, "TENTATIVE"))
    event.add("transp", "TRANSPARENT")  # a planned post does not make anyone busy
    event.add("x-content-studio-status", status.value)
    event.add("x-content-studio-workspace", workspace)
    if bundle.recurrence is not None:
        _add_repeats(event, bundle, zone)
    return event


def _add_repeats(event: Event, bundle: PostBundle, zone: str) -> None:
    row = bundle.recurrence
    first = bundle.row.scheduled_at
    assert row is not None and first is not None
    rule = Recurrence(Frequency(row.frequency), row.interval, row.until, row.count)
    if rule.frequency is Frequency.MONTHLY and schedule.wall_clock(first, zone).day > 28:
        if not rule.is_bounded:
            rule = Recurrence(rule.frequency, rule.interval, count=_OPEN_ENDED_RDATES + 1)
        for occurrence in _all_occurrences(first, zone, rule)[1:]:
            event.add("rdate", occurrence.astimezone(ZoneInfo(zone)))
        return
    parts: dict[str, object] = {"freq": rule.frequency.value.upper(), "interval": rule.interval}
    if rule.count is not None and rule.until is not None:
        # RFC 5545 allows COUNT or UNTIL, not both: say how many there really are.
        parts["count"] = len(_all_occurrences(first, zone, rule))
    elif rule.count is not None:
        parts["count"] = rule.count
    elif rule.until is not None:
        # UNTIL is in UTC when DTSTART has a zone: the last moment of that local day.
        parts["until"] = schedule.day_bounds(rule.until, zone)[1] - timedelta(seconds=1)
    event.add("rrule", vRecur(parts))


def _all_occurrences(first: datetime, zone: str, rule: Recurrence) -> list[datetime]:
    last = schedule.last_occurrence(first, zone, rule)
    assert last is not None  # only called for bounded rules
    return [
        o.at for o in schedule.occurrences(first, zone, rule, first, last + timedelta(seconds=1))
    ]
