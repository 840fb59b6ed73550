"""Load the demo month (db/demo/*.yaml) into a database, through the same repositories the app uses.

Dates in the files are days relative to "today" in each workspace's own zone, so the calendar is
always current. Each post walks the real workflow to its status (idea → draft → in review → …), so
its status history looks like one a team produced.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

import studio
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status, allowed_transitions
from studio.storage.database import Database
from studio.storage.repositories import (
    CampaignRepository,
    CommentRepository,
    PostRepository,
    SnippetRepository,
    WorkspaceRepository,
)

_ANCHOR_CONTEXT = 32  # characters of text kept either side of a commented passage


class DemoDataError(ValueError):
    """The demo files themselves are broken (a developer's mistake, not the user's)."""


@dataclass(frozen=True)
class DemoResult:
    created: bool  # False: the demo workspaces were already there, nothing was added
    workspaces: tuple[str, ...]
    posts: int = 0
    campaigns: int = 0


def demo_source_dir() -> Path:
    """db/demo in a source checkout; inside an installed wheel it ships as studio/_demo."""
    packaged = Path(studio.__file__).resolve().parent / "_demo"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "db" / "demo"


def read_demo(source: Path | None = None) -> list[dict[str, Any]]:
    folder = source or demo_source_dir()
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise DemoDataError(f"No demo data (*.yaml) in {folder}.")
    workspaces: list[dict[str, Any]] = []
    for file in files:
        document = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        workspaces.extend(document.get("workspaces", []))
    return workspaces


def load_demo(db: Database, *, today: date | None = None, source: Path | None = None) -> DemoResult:
    """Create the demo workspaces unless any of them exists already (then add nothing)."""
    specs = read_demo(source)
    names = tuple(spec["name"] for spec in specs)
    workspaces = WorkspaceRepository(db)
    if any(workspaces.find_by_name(name) for name in names):
        return DemoResult(created=False, workspaces=names)
    posts = campaigns = 0
    for spec in specs:
        zone = ZoneInfo(spec["timezone"])
        local_today = today or datetime.now(zone).date()
        made_posts, made_campaigns = _load_workspace(db, spec, zone, local_today)
        posts += made_posts
        campaigns += made_campaigns
    return DemoResult(created=True, workspaces=names, posts=posts, campaigns=campaigns)


def _load_workspace(
    db: Database, spec: dict[str, Any], zone: ZoneInfo, today: date
) -> tuple[int, int]:
    workspace = WorkspaceRepository(db).create(
        spec["name"],
        timezone=spec["timezone"],
        colour=spec.get("colour", "#4c6ef5"),
        default_platforms=[PlatformId(p) for p in spec.get("default_platforms", [])],
        locale=spec.get("locale", "en"),
    )
    campaign_ids: dict[str, int] = {}
    for campaign in spec.get("campaigns", []):
        made = CampaignRepository(db).create(
            workspace.id,
            campaign["name"],
            description=campaign.get("description", ""),
            starts_on=today + timedelta(days=campaign["from_day"]),
            ends_on=today + timedelta(days=campaign["to_day"]),
            colour=campaign.get("colour", "#f59f00"),
        )
        campaign_ids[made.name] = made.id
    for snippet in spec.get("snippets", []):
        SnippetRepository(db).create(
            workspace.id, snippet["name"], snippet["body"], kind=snippet.get("kind", "text")
        )
    for post in spec.get("posts", []):
        _load_post(db, workspace.id, post, zone, today, campaign_ids)
    return len(spec.get("posts", [])), len(campaign_ids)


def _load_post(
    db: Database,
    workspace_id: int,
    spec: dict[str, Any],
    zone: ZoneInfo,
    today: date,
    campaign_ids: dict[str, int],
) -> None:
    posts = PostRepository(db)
    author = spec.get("author", "")
    scheduled_at = None
    if "day" in spec:
        wall_clock = datetime.combine(
            today + timedelta(days=spec["day"]), time.fromisoformat(spec["time"]), tzinfo=zone
        )
        scheduled_at = wall_clock.astimezone(ZoneInfo("UTC"))
    campaign = spec.get("campaign")
    if campaign is not None and campaign not in campaign_ids:
        raise DemoDataError(f"Post {spec['title']!r} names an unknown campaign {campaign!r}.")
    body = spec["body"].strip().replace("\n", " ")
    post = posts.create(
        workspace_id,
        title=spec["title"],
        body=body,
        status=Status.IDEA,
        content_type=ContentType(spec["type"]) if "type" in spec else None,
        campaign_id=campaign_ids.get(campaign) if campaign else None,
        sponsored=bool(spec.get("sponsored", False)),
        partner_name=spec.get("partner", ""),
        scheduled_at=scheduled_at,
        scheduled_zone=zone.key if scheduled_at else None,
        author=author,
    )
    for variant in spec.get("variants", []):
        posts.add_variant(
            post.id,
            PlatformId(variant["platform"]),
            text=variant.get("text"),
            first_comment=variant.get("first_comment", ""),
            enabled=variant.get("enabled", True),
        )
    for step in workflow_path(Status.IDEA, Status(spec.get("status", "idea"))):
        post = posts.move_to(post, step, changed_by=author)
    for comment in spec.get("comments", []):
        _add_comment(db, post.id, body, comment)


def _add_comment(db: Database, post_id: int, body: str, spec: dict[str, Any]) -> None:
    quote = spec["quote"]
    start = body.find(quote)
    if start < 0:
        raise DemoDataError(f"Comment quote {quote!r} is not in the post's body.")
    end = start + len(quote)
    CommentRepository(db).create(
        post_id,
        spec["body"],
        author=spec.get("author", ""),
        quote=quote,
        prefix=body[max(0, start - _ANCHOR_CONTEXT) : start],
        suffix=body[end : end + _ANCHOR_CONTEXT],
        start=start,
        end=end,
    )


def workflow_path(start: Status, target: Status) -> list[Status]:
    """The shortest sequence of allowed moves from `start` to `target` (excluding `start`)."""
    previous: dict[Status, Status | None] = {start: None}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        if current is target:
            break
        for following in sorted(allowed_transitions(current)):
            if following not in previous:
                previous[following] = current
                queue.append(following)
    if target not in previous:
        raise DemoDataError(f"No workflow path from {start.label} to {target.label}.")
    path: list[Status] = []
    step: Status | None = target
    while step is not None and step is not start:
        path.append(step)
        step = previous[step]
    return list(reversed(path))
