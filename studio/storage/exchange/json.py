"""The complete, lossless exchange format: JSON (schema in the README, "Exchange formats").

    text = export_json(db, ExportScope(workspace="Kornblume Bakery"))
    report = import_json(db, text, dry_run=True)

A document is `{"format": "content-studio", "version": 1, "workspaces": [...]}`. Nothing in it is
a database id: workspaces are named, posts carry their stable `uid`, campaigns and comments are
referred to by `ref` strings local to the file. So a file imports into any database, and importing
it into an empty one and exporting again gives the same document (apart from `exported_at`).
Times are ISO 8601 in UTC; `timezone` names the IANA zone a post was planned in.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.domain.schedule import Frequency, PostingSlot, Recurrence, is_valid_zone
from studio.domain.text import counted
from studio.media.store import MediaStore
from studio.storage.database import Database
from studio.storage.exchange.common import (
    EVERYTHING,
    MAX_NAME,
    MAX_TEXT,
    MAX_TITLE,
    CampaignPlan,
    CommentPlan,
    ExchangeError,
    ExportScope,
    ImportReport,
    MediaAssetPlan,
    PostBundle,
    PostMediaPlan,
    PostPlan,
    RevisionPlan,
    RowProblem,
    RuleOffPlan,
    StatusChangePlan,
    VariantPlan,
    WorkspacePlan,
    assign_post_uids,
    bundle_posts,
    count_or_write,
    selected_posts,
    selected_workspaces,
    text_problem,
)
from studio.storage.tables import (
    Campaign,
    MediaAsset,
    RuleSetting,
    Snippet,
    Workspace,
    utc_now,
)
from studio.storage.tables import PostingSlot as SlotRow

FORMAT_NAME = "content-studio"
FORMAT_VERSION = 1
_SHA256 = re.compile(r"[0-9a-f]{64}")
_UID = re.compile(r"[A-Za-z0-9._:@-]{1,64}")

# ---- export --------------------------------------------------------------------------------------


def _instant(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def export_document(
    db: Database, scope: ExportScope = EVERYTHING, *, now: datetime | None = None
) -> dict[str, Any]:
    """The export as a JSON-ready dict (posts get their stable uid first, if they had none)."""
    with db.session() as session:
        workspaces = selected_workspaces(session, scope)
        post_ids = [
            post.id
            for workspace in workspaces
            for post in selected_posts(session, workspace, scope)
            if post.id is not None
        ]
    assign_post_uids(db, post_ids)
    documents = []
    with db.session() as session:
        for workspace in selected_workspaces(session, scope):
            posts = bundle_posts(session, selected_posts(session, workspace, scope), full=True)
            documents.append(_workspace_document(session, workspace, posts))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": _instant(now or datetime.now(UTC)),
        "range": {"from": _day(scope.first_day), "to": _day(scope.last_day)}
        if scope.has_range
        else None,
        "workspaces": documents,
    }


def export_json(
    db: Database, scope: ExportScope = EVERYTHING, *, now: datetime | None = None
) -> str:
    """The export as text: UTF-8-ready, indented, keys in a fixed order, ending in a newline."""
    return json.dumps(export_document(db, scope, now=now), ensure_ascii=False, indent=2) + "\n"


def _workspace_document(session: Any, workspace: Workspace, posts: list[PostBundle]) -> dict:
    campaigns = session.exec(
        select(Campaign)
        .where(Campaign.workspace_id == workspace.id)
        .order_by(col(Campaign.starts_on), col(Campaign.name), col(Campaign.id))
    ).all()
    campaign_refs = {row.id: f"c{index}" for index, row in enumerate(campaigns, start=1)}
    media = session.exec(
        select(MediaAsset)
        .where(MediaAsset.workspace_id == workspace.id)
        .order_by(col(MediaAsset.sha256))
    ).all()
    slots = session.exec(
        select(SlotRow)
        .where(SlotRow.workspace_id == workspace.id)
        .order_by(col(SlotRow.weekday), col(SlotRow.clock), col(SlotRow.platform))
    ).all()
    snippets = session.exec(
        select(Snippet)
        .where(Snippet.workspace_id == workspace.id)
        .order_by(col(Snippet.kind), col(Snippet.name), col(Snippet.id))
    ).all()
    rules = session.exec(
        select(RuleSetting)
        .where(RuleSetting.workspace_id == workspace.id, col(RuleSetting.post_id).is_(None))
        .order_by(col(RuleSetting.rule_id))
    ).all()
    return {
        "name": workspace.name,
        "timezone": workspace.timezone,
        "colour": workspace.colour,
        "locale": workspace.locale,
        "default_platforms": [p for p in workspace.default_platforms.split(",") if p],
        "created_at": _instant(workspace.created_at),
        "updated_at": _instant(workspace.updated_at),
        "campaigns": [
            {
                "ref": campaign_refs[row.id],
                "name": row.name,
                "description": row.description,
                "starts_on": _day(row.starts_on),
                "ends_on": _day(row.ends_on),
                "colour": row.colour,
                "created_at": _instant(row.created_at),
                "updated_at": _instant(row.updated_at),
            }
            for row in campaigns
        ],
        "slots": [
            {"weekday": row.weekday, "time": row.clock, "platform": row.platform} for row in slots
        ],
        "snippets": [
            {
                "name": row.name,
                "kind": row.kind,
                "body": row.body,
                "created_at": _instant(row.created_at),
                "updated_at": _instant(row.updated_at),
            }
            for row in snippets
        ],
        "rules_off": [_rule_document(row) for row in rules],
        "media": [
            {
                "sha256": row.sha256,
                "original_name": row.original_name,
                "mime": row.mime,
                "width": row.width,
                "height": row.height,
                "byte_size": row.byte_size,
                "alt_text": row.alt_text,
                "has_gps": row.has_gps,
                "created_at": _instant(row.created_at),
                "updated_at": _instant(row.updated_at),
            }
            for row in media
        ],
        "posts": [_post_document(bundle, campaign_refs) for bundle in posts],
    }


def _rule_document(row: RuleSetting) -> dict[str, Any]:
    return {
        "rule_id": row.rule_id,
        "note": row.note,
        "created_by": row.created_by,
        "created_at": _instant(row.created_at),
        "updated_at": _instant(row.updated_at),
    }


def _post_document(bundle: PostBundle, campaign_refs: dict[int | None, str]) -> dict[str, Any]:
    post = bundle.row
    comment_refs = {row.id: f"m{index}" for index, row in enumerate(bundle.comments, start=1)}
    rule = bundle.recurrence
    return {
        "uid": bundle.uid,
        "title": post.title,
        "body": post.body,
        "status": post.status,
        "content_type": post.content_type,
        "sponsored": post.sponsored,
        "partner": post.partner_name,
        "scheduled_at": _instant(post.scheduled_at),
        "timezone": post.scheduled_zone,
        "campaign": campaign_refs.get(post.campaign_id) if post.campaign_id else None,
        "author": post.author,
        "created_at": _instant(post.created_at),
        "updated_at": _instant(post.updated_at),
        "recurrence": {
            "frequency": rule.frequency,
            "interval": rule.interval,
            "until": _day(rule.until),
            "count": rule.count,
        }
        if rule is not None
        else None,
        "variants": [
            {
                "platform": row.platform,
                "text": row.text,
                "first_comment": row.first_comment,
                "enabled": row.enabled,
                "created_at": _instant(row.created_at),
                "updated_at": _instant(row.updated_at),
            }
            for row in bundle.variants
        ],
        "media": [
            {
                "sha256": asset.sha256,
                "position": link.position,
                "crop_boxes": json.loads(link.crop_boxes or "{}"),
                "created_at": _instant(link.created_at),
                "updated_at": _instant(link.updated_at),
            }
            for link, asset in bundle.media
        ],
        "comments": [
            {
                "ref": comment_refs[row.id],
                "parent": comment_refs.get(row.parent_id) if row.parent_id else None,
                "quote": row.quote,
                "prefix": row.prefix,
                "suffix": row.suffix,
                "start": row.anchor_start,
                "end": row.anchor_end,
                "body": row.body,
                "author": row.author,
                "resolved": row.resolved,
                "created_at": _instant(row.created_at),
                "updated_at": _instant(row.updated_at),
            }
            for row in bundle.comments
        ],
        "status_history": [
            {
                "from": row.from_status,
                "to": row.to_status,
                "by": row.changed_by,
                "at": _instant(row.changed_at),
                "note": row.note,
            }
            for row in bundle.history
        ],
        "revisions": [
            {
                "snapshot": json.loads(row.snapshot),
                "reason": row.reason,
                "author": row.author,
                "created_at": _instant(row.created_at),
            }
            for row in bundle.revisions
        ],
        "rules_off": [_rule_document(row) for row in bundle.rules_off],
    }


# ---- import --------------------------------------------------------------------------------------


class _Bad(Exception):
    """One value in the document is wrong; caught per post (or per workspace part)."""


class _Reader:
    """Typed access to one JSON object, with the path used in problem reports."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise _Bad(f"{where} is not an object")
        self.data = data
        self.where = where

    def _get(self, key: str, kinds: tuple[type, ...], default: Any, required: bool) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise _Bad(f"{key} is missing")
            return default
        value = self.data[key]
        if isinstance(value, bool) and bool not in kinds:
            raise _Bad(f"{key} must be {kinds[0].__name__}, not a true/false value")
        if not isinstance(value, kinds):
            raise _Bad(f"{key} must be {kinds[0].__name__}, not {type(value).__name__}")
        return value

    def text(
        self, key: str, default: str = "", *, required: bool = False, max_length: int = MAX_TEXT
    ) -> str:
        value = self._get(key, (str,), default, required)
        problem = text_problem(value, key, max_length=max_length)
        if problem:
            raise _Bad(problem)
        return value

    def optional_text(self, key: str, *, max_length: int = MAX_TEXT) -> str | None:
        if self.data.get(key) is None:
            return None
        return self.text(key, max_length=max_length)

    def integer(self, key: str, default: int | None = None, *, required: bool = False) -> Any:
        return self._get(key, (int,), default, required)

    def flag(self, key: str, default: bool = False) -> bool:
        return bool(self._get(key, (bool,), default, False))

    def items(self, key: str) -> list[Any]:
        return list(self._get(key, (list,), [], False))

    def instant(self, key: str, *, required: bool = False) -> datetime | None:
        value = self._get(key, (str,), None, required)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError as error:
            raise _Bad(f"{key} {value!r} is not an ISO 8601 date and time") from error
        if moment.tzinfo is None:
            raise _Bad(f"{key} {value!r} has no UTC offset")
        return moment.astimezone(UTC)

    def day(self, key: str) -> date | None:
        value = self._get(key, (str,), None, False)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError as error:
            raise _Bad(f"{key} {value!r} is not a date (YYYY-MM-DD)") from error

    def choice(self, key: str, kind: type, *, required: bool = False) -> Any:
        value = self._get(key, (str,), None, required)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError as error:
            allowed = ", ".join(member.value for member in kind)
            raise _Bad(f"{key} {value!r} is not one of {allowed}") from error


def _platform(value: Any) -> PlatformId:
    try:
        return PlatformId(value)
    except ValueError as error:
        allowed = ", ".join(p.value for p in PlatformId)
        raise _Bad(f"unknown platform {value!r} (known: {allowed})") from error


def _zone(value: str, key: str) -> str:
    if not is_valid_zone(value):
        raise _Bad(f"{key} {value!r} is not an IANA time zone (e.g. Europe/Berlin)")
    return value


def parse_document(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ExchangeError(
            f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ExchangeError(f'not a Content Studio export (no "format": "{FORMAT_NAME}")')
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExchangeError('the export has no "version" number')
    if version > FORMAT_VERSION:
        raise ExchangeError(
            f"written by a newer Content Studio (format version {version}; this one reads up to "
            f"{FORMAT_VERSION}); update Content Studio"
        )
    if not isinstance(document.get("workspaces"), list):
        raise ExchangeError('the export has no "workspaces" list')
    return document


def import_json(
    db: Database,
    text: str,
    *,
    workspace: str | None = None,
    dry_run: bool = False,
    media_store: MediaStore | None = None,
) -> ImportReport:
    """Validate the whole document, then write it in one transaction unless anything is wrong.

    `workspace` puts everything into that workspace (created with the first workspace's settings
    when it does not exist). Posts whose uid is already in the database are left as they are.
    Raises ExchangeError when the file as a whole is unreadable.
    """
    document = parse_document(text)
    problems: list[RowProblem] = []
    plans: list[WorkspacePlan] = []
    notes: list[str] = []
    items = 0
    for index, raw in enumerate(document["workspaces"]):
        where = f"workspaces[{index}]"
        try:
            plan = _workspace_plan(_Reader(raw, where), problems)
        except _Bad as error:
            problems.append(RowProblem(where, str(error)))
            continue
        items += len(plan.posts)
        if workspace is not None:
            plan.name = workspace
            for post in plan.posts:
                post.workspace = workspace
        plans.append(plan)
    if media_store is not None:
        missing = sorted(
            {a.sha256 for plan in plans for a in plan.media if not media_store.exists(a.sha256)}
        )
        if missing:
            notes.append(
                f"{counted(len(missing), 'image')} referenced by hash "
                f"{'is' if len(missing) == 1 else 'are'} not in the media library yet "
                "(copy the media folder along with the file)."
            )
    return _finish(db, "json", plans, problems, items, dry_run, media_store, notes)


def _finish(
    db: Database,
    kind: str,
    plans: list[WorkspacePlan],
    problems: list[RowProblem],
    items: int,
    dry_run: bool,
    media_store: MediaStore | None,
    notes: list[str],
) -> ImportReport:
    merged = _merge_same_names(plans)
    if problems:
        return ImportReport(kind, items, 0, 0, (), tuple(problems), dry_run, tuple(notes))
    result = count_or_write(db, merged, write=not dry_run, media_store=media_store)
    return ImportReport(
        kind,
        items,
        result.created,
        result.already_present,
        tuple(result.workspaces_created),
        (),
        dry_run,
        tuple(notes),
    )


def _merge_same_names(plans: list[WorkspacePlan]) -> list[WorkspacePlan]:
    """Plans for one workspace name become one (--workspace may fold several into one)."""
    merged: dict[str, WorkspacePlan] = {}
    for plan in plans:
        target = merged.get(plan.name)
        if target is None:
            merged[plan.name] = plan
            continue
        offset = len(target.campaigns)
        target.campaigns.extend(plan.campaigns)
        target.media.extend(plan.media)
        target.slots.extend(plan.slots)
        target.snippets.extend(plan.snippets)
        target.rules_off.extend(plan.rules_off)
        for post in plan.posts:
            if post.campaign is not None:
                post.campaign += offset
            target.posts.append(post)
    return list(merged.values())


def _workspace_plan(reader: _Reader, problems: list[RowProblem]) -> WorkspacePlan:
    plan = WorkspacePlan(
        name=reader.text("name", required=True, max_length=MAX_NAME),
        timezone=_zone(reader.text("timezone", "UTC"), "timezone"),
        colour=reader.text("colour", "#4c6ef5", max_length=16),
        locale=reader.text("locale", "en", max_length=35),
        default_platforms=tuple(_platform(p) for p in reader.items("default_platforms")),
        created_at=reader.instant("created_at"),
        updated_at=reader.instant("updated_at"),
    )
    if not plan.name.strip():
        raise _Bad("name is empty")
    refs: dict[str, int] = {}
    for index, raw in enumerate(reader.items("campaigns")):
        item = _Reader(raw, f"{reader.where}.campaigns[{index}]")
        try:
            ref = item.text("ref", required=True, max_length=64)
            if ref in refs:
                raise _Bad(f"ref {ref!r} is used twice")
            refs[ref] = len(plan.campaigns)
            plan.campaigns.append(
                CampaignPlan(
                    name=item.text("name", required=True, max_length=MAX_NAME),
                    description=item.text("description"),
                    starts_on=item.day("starts_on"),
                    ends_on=item.day("ends_on"),
                    colour=item.text("colour", "#f59f00", max_length=16),
                    created_at=item.instant("created_at"),
                    updated_at=item.instant("updated_at"),
                )
            )
        except _Bad as error:
            problems.append(RowProblem(item.where, str(error)))
    for index, raw in enumerate(reader.items("slots")):
        item = _Reader(raw, f"{reader.where}.slots[{index}]")
        try:
            clock = item.text("time", required=True, max_length=5)
            try:
                parsed = time.fromisoformat(clock)
            except ValueError as error:
                raise _Bad(f"time {clock!r} is not HH:MM") from error
            platform = item.data.get("platform")
            plan.slots.append(
                PostingSlot(
                    weekday=item.integer("weekday", required=True),
                    clock=parsed,
                    platform=_platform(platform) if platform is not None else None,
                )
            )
        except (_Bad, ValueError) as error:
            problems.append(RowProblem(item.where, str(error)))
    for index, raw in enumerate(reader.items("snippets")):
        item = _Reader(raw, f"{reader.where}.snippets[{index}]")
        try:
            kind = item.text("kind", "text", max_length=32)
            if kind not in ("text", "hashtags"):
                raise _Bad(f"kind {kind!r} is not text or hashtags")
            created = item.instant("created_at") or utc_now()
            plan.snippets.append(
                Snippet(
                    workspace_id=0,  # set when the workspace is known
                    name=item.text("name", required=True, max_length=MAX_NAME),
                    kind=kind,
                    body=item.text("body"),
                    created_at=created,
                    updated_at=item.instant("updated_at") or created,
                )
            )
        except _Bad as error:
            problems.append(RowProblem(item.where, str(error)))
    plan.rules_off = _rules(reader, "rules_off", problems)
    known_media: set[str] = set()
    for index, raw in enumerate(reader.items("media")):
        item = _Reader(raw, f"{reader.where}.media[{index}]")
        try:
            sha = item.text("sha256", required=True, max_length=64)
            if not _SHA256.fullmatch(sha):
                raise _Bad(f"sha256 {sha!r} is not 64 lowercase hex digits")
            known_media.add(sha)
            plan.media.append(
                MediaAssetPlan(
                    sha256=sha,
                    original_name=item.text("original_name", max_length=500),
                    mime=item.text("mime", required=True, max_length=100),
                    width=item.integer("width", required=True),
                    height=item.integer("height", required=True),
                    byte_size=item.integer("byte_size", required=True),
                    alt_text=item.text("alt_text"),
                    has_gps=item.flag("has_gps"),
                    created_at=item.instant("created_at"),
                    updated_at=item.instant("updated_at"),
                )
            )
        except _Bad as error:
            problems.append(RowProblem(item.where, str(error)))
    for index, raw in enumerate(reader.items("posts")):
        where = f"{reader.where}.posts[{index}]"
        try:
            plan.posts.append(_post_plan(_Reader(raw, where), plan, refs, known_media))
        except _Bad as error:
            problems.append(RowProblem(where, str(error)))
        except ValueError as error:
            problems.append(RowProblem(where, str(error)))
    return plan


def _rules(reader: _Reader, key: str, problems: list[RowProblem]) -> list[RuleOffPlan]:
    rules: list[RuleOffPlan] = []
    for index, raw in enumerate(reader.items(key)):
        item = _Reader(raw, f"{reader.where}.{key}[{index}]")
        try:
            rules.append(
                RuleOffPlan(
                    rule_id=item.text("rule_id", required=True, max_length=MAX_NAME),
                    note=item.text("note"),
                    created_by=item.text("created_by", max_length=MAX_NAME),
                    created_at=item.instant("created_at"),
                    updated_at=item.instant("updated_at"),
                )
            )
        except _Bad as error:
            problems.append(RowProblem(item.where, str(error)))
    return rules


def _post_plan(
    reader: _Reader, workspace: WorkspacePlan, refs: dict[str, int], known_media: set[str]
) -> PostPlan:
    uid = reader.text("uid", max_length=64)
    if uid and not _UID.fullmatch(uid):
        raise _Bad(f"uid {uid!r} may hold only letters, digits and . _ : @ -")
    zone = reader.optional_text("timezone", max_length=64)
    if zone is not None:
        _zone(zone, "timezone")
    scheduled = reader.instant("scheduled_at")
    if scheduled is not None and zone is None:
        zone = workspace.timezone
    campaign = reader.optional_text("campaign", max_length=64)
    if campaign is not None and campaign not in refs:
        raise _Bad(f"campaign {campaign!r} is not one of the workspace's campaign refs")
    plan = PostPlan(
        workspace=workspace.name,
        uid=uid or None,
        title=reader.text("title", max_length=MAX_TITLE),
        body=reader.text("body"),
        status=reader.choice("status", Status) or Status.IDEA,
        content_type=reader.choice("content_type", ContentType),
        sponsored=reader.flag("sponsored"),
        partner_name=reader.text("partner", max_length=MAX_NAME),
        scheduled_at=scheduled,
        scheduled_zone=zone if scheduled is not None else None,
        author=reader.text("author", max_length=MAX_NAME),
        campaign=refs[campaign] if campaign is not None else None,
        created_at=reader.instant("created_at"),
        updated_at=reader.instant("updated_at"),
    )
    raw_rule = reader.data.get("recurrence")
    if raw_rule is not None:
        rule = _Reader(raw_rule, "recurrence")
        if scheduled is None:
            raise _Bad("recurrence needs scheduled_at")
        plan.recurrence = Recurrence(
            frequency=rule.choice("frequency", Frequency, required=True),
            interval=rule.integer("interval", 1),
            until=rule.day("until"),
            count=rule.integer("count"),
        )
    seen_platforms: set[PlatformId] = set()
    for index, raw in enumerate(reader.items("variants")):
        item = _Reader(raw, f"variants[{index}]")
        platform = _platform(item.data.get("platform"))
        if platform in seen_platforms:
            raise _Bad(f"variants[{index}]: {platform.value} appears twice")
        seen_platforms.add(platform)
        plan.variants.append(
            VariantPlan(
                platform=platform,
                text=item.optional_text("text"),
                first_comment=item.text("first_comment"),
                enabled=item.flag("enabled", True),
                created_at=item.instant("created_at"),
                updated_at=item.instant("updated_at"),
            )
        )
    for index, raw in enumerate(reader.items("media")):
        item = _Reader(raw, f"media[{index}]")
        sha = item.text("sha256", required=True, max_length=64)
        if sha not in known_media:
            raise _Bad(f"media[{index}]: {sha} is not in the workspace's media list")
        boxes = item._get("crop_boxes", (dict,), {}, False)
        plan.media.append(
            PostMediaPlan(
                sha256=sha,
                position=item.integer("position", index),
                crop_boxes=boxes,
                created_at=item.instant("created_at"),
                updated_at=item.instant("updated_at"),
            )
        )
    comment_refs: dict[str, int] = {}
    for index, raw in enumerate(reader.items("comments")):
        item = _Reader(raw, f"comments[{index}]")
        ref = item.text("ref", f"#{index}", max_length=64)
        parent = item.optional_text("parent", max_length=64)
        if parent is not None and parent not in comment_refs:
            raise _Bad(f"comments[{index}]: parent {parent!r} is not an earlier comment")
        comment_refs[ref] = index
        plan.comments.append(
            CommentPlan(
                body=item.text("body", required=True),
                parent=comment_refs[parent] if parent is not None else None,
                quote=item.text("quote"),
                prefix=item.text("prefix"),
                suffix=item.text("suffix"),
                start=item.integer("start", 0),
                end=item.integer("end", 0),
                author=item.text("author", max_length=MAX_NAME),
                resolved=item.flag("resolved"),
                created_at=item.instant("created_at"),
                updated_at=item.instant("updated_at"),
            )
        )
    if "status_history" in reader.data:
        plan.history = []
        for index, raw in enumerate(reader.items("status_history")):
            item = _Reader(raw, f"status_history[{index}]")
            at = item.instant("at", required=True)
            assert at is not None
            plan.history.append(
                StatusChangePlan(
                    from_status=item.choice("from", Status),
                    to_status=item.choice("to", Status, required=True),
                    changed_by=item.text("by", max_length=MAX_NAME),
                    changed_at=at,
                    note=item.text("note"),
                )
            )
    for index, raw in enumerate(reader.items("revisions")):
        item = _Reader(raw, f"revisions[{index}]")
        at = item.instant("created_at", required=True)
        assert at is not None
        plan.revisions.append(
            RevisionPlan(
                snapshot=item.data.get("snapshot"),
                reason=item.text("reason", max_length=MAX_NAME),
                author=item.text("author", max_length=MAX_NAME),
                created_at=at,
            )
        )
    nested: list[RowProblem] = []
    plan.rules_off = _rules(reader, "rules_off", nested)
    if nested:
        raise _Bad(str(nested[0]))
    return plan


def read_json_file(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExchangeError(f"not UTF-8 text (byte {error.start})") from error
