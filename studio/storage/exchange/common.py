"""What the JSON and CSV importers share: the import report, the plan of what to write, and the
one transaction that writes it.

Importing is two steps. The format module reads the whole file and turns every row (CSV) or post
(JSON) into a `PostPlan`, collecting a `RowProblem` for each bad one; nothing touches the database
meanwhile. Only when there is no problem at all, and it is not a dry run, `write_plans` writes
every plan in one transaction. So a file is imported whole or not at all, never half a row.

Posts carry a stable key (`post_key.uid`): given on their first export, kept by an import. A post
whose key is already in the database is not imported again, so re-importing a file does not
duplicate anything (see also the CSV module, whose rows carry no key).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.domain.schedule import PostingSlot, Recurrence
from studio.media.errors import ImageError
from studio.media.store import MediaStore
from studio.storage.database import Database
from studio.storage.tables import (
    Campaign,
    Comment,
    MediaAsset,
    Post,
    PostKey,
    PostMedia,
    PostRecurrence,
    RuleSetting,
    Snippet,
    StatusChange,
    Variant,
    Workspace,
    utc_now,
)
from studio.storage.tables import PostingSlot as SlotRow
from studio.storage.tables import Revision as RevisionRow

IN_CHUNK = 500
RowT = TypeVar("RowT", bound=SQLModel)
ValueT = TypeVar("ValueT")


class ExchangeError(ValueError):
    """The file as a whole cannot be read (not UTF-8, not JSON, a newer format version ...)."""


@dataclass(frozen=True)
class RowProblem:
    """Why one row (CSV: its spreadsheet row number, header = 1) or one JSON item is refused."""

    where: str  # "row 7" or "workspaces[0].posts[3]"
    reason: str
    row: int | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class ImportReport:
    """What an import found and did. Nothing is written when `problems` is not empty."""

    format: str  # "json" or "csv"
    items: int  # posts (JSON) or data rows (CSV) read
    created: int  # posts written (or that would be, in a dry run)
    already_present: int  # posts skipped because the database has them already
    workspaces_created: tuple[str, ...]
    problems: tuple[RowProblem, ...]
    dry_run: bool
    notes: tuple[str, ...] = ()  # things worth knowing that did not stop the import

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def written(self) -> bool:
        return self.ok and not self.dry_run


# ---- plans ---------------------------------------------------------------------------------------


@dataclass
class CampaignPlan:
    name: str
    description: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    colour: str = "#f59f00"
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class MediaAssetPlan:
    sha256: str
    original_name: str
    mime: str
    width: int
    height: int
    byte_size: int
    alt_text: str = ""
    has_gps: bool = False
    source: Path | None = None  # CSV: the local file copied into the media store
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class VariantPlan:
    platform: PlatformId
    text: str | None
    first_comment: str = ""
    enabled: bool = True
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class PostMediaPlan:
    sha256: str
    position: int
    crop_boxes: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class CommentPlan:
    body: str
    parent: int | None = None  # index into the post's comment list
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    end: int = 0
    author: str = ""
    resolved: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class StatusChangePlan:
    from_status: Status | None
    to_status: Status
    changed_by: str
    changed_at: datetime
    note: str = ""


@dataclass
class RevisionPlan:
    snapshot: Any
    reason: str
    author: str
    created_at: datetime


@dataclass
class RuleOffPlan:
    rule_id: str
    note: str = ""
    created_by: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass
class PostPlan:
    workspace: str
    title: str = ""
    body: str = ""
    status: Status = Status.IDEA
    content_type: ContentType | None = None
    sponsored: bool = False
    partner_name: str = ""
    scheduled_at: datetime | None = None
    scheduled_zone: str | None = None
    author: str = ""
    uid: str | None = None
    campaign: int | None = None  # index into the workspace plan's campaigns
    variants: list[VariantPlan] = field(default_factory=list)
    media: list[PostMediaPlan] = field(default_factory=list)
    comments: list[CommentPlan] = field(default_factory=list)
    history: list[StatusChangePlan] | None = None  # None: "created with this status" now
    revisions: list[RevisionPlan] = field(default_factory=list)
    rules_off: list[RuleOffPlan] = field(default_factory=list)
    recurrence: Recurrence | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # CSV rows carry no key: a row equal to a stored post (workspace, time, title, text) is it.
    match_on_content: bool = False


@dataclass
class WorkspacePlan:
    name: str
    timezone: str
    colour: str = "#4c6ef5"
    default_platforms: tuple[PlatformId, ...] = ()
    locale: str = "en"
    created_at: datetime | None = None
    updated_at: datetime | None = None
    campaigns: list[CampaignPlan] = field(default_factory=list)
    media: list[MediaAssetPlan] = field(default_factory=list)
    slots: list[PostingSlot] = field(default_factory=list)
    snippets: list[Snippet] = field(default_factory=list)
    rules_off: list[RuleOffPlan] = field(default_factory=list)
    posts: list[PostPlan] = field(default_factory=list)


# ---- keys ----------------------------------------------------------------------------------------


def new_uid() -> str:
    return uuid.uuid4().hex


def chunks(values: Sequence[ValueT]) -> Iterator[Sequence[ValueT]]:
    for offset in range(0, len(values), IN_CHUNK):
        yield values[offset : offset + IN_CHUNK]


def post_uids(session: Session, post_ids: Iterable[int], *, assign: bool) -> dict[int, str]:
    """The stable key of each post; with `assign`, posts without one get one now (and keep it)."""
    ids = sorted(set(post_ids))
    found: dict[int, str] = {}
    for chunk in chunks(ids):
        rows = session.exec(
            select(PostKey.post_id, PostKey.uid).where(col(PostKey.post_id).in_(chunk))
        ).all()
        found.update(dict(rows))
    if assign:
        missing = [post_id for post_id in ids if post_id not in found]
        for post_id in missing:
            found[post_id] = new_uid()
            session.add(PostKey(post_id=post_id, uid=found[post_id]))
        if missing:
            session.flush()
    return found


def assign_post_uids(db: Database, post_ids: Iterable[int]) -> dict[int, str]:
    """Give every listed post its stable key (exports call this before reading)."""
    with db.session(write=True) as session:
        return post_uids(session, post_ids, assign=True)


# ---- checks shared by the readers ----------------------------------------------------------------

_FORBIDDEN_CONTROLS = {chr(code) for code in range(0x20) if chr(code) not in "\t\n\r"} | {"\x7f"}


def text_problem(value: str, what: str, *, max_length: int | None = None) -> str | None:
    """Why a text value cannot be stored, or None. Right-to-left marks, zero-width joiners and
    other format characters are real text and pass; NUL and other control characters do not
    (databases and other programs cut strings at a NUL, so it would not survive a round trip)."""
    if "\x00" in value:
        return f"{what} contains a NUL character"
    bad = sorted({char for char in value if char in _FORBIDDEN_CONTROLS})
    if bad:
        codes = ", ".join(f"U+{ord(char):04X}" for char in bad)
        return f"{what} contains control characters ({codes})"
    if any(0xD800 <= ord(char) <= 0xDFFF for char in value):
        return f"{what} contains a lone surrogate (not valid Unicode text)"
    if max_length is not None and len(value) > max_length:
        return f"{what} is {len(value)} characters long (at most {max_length})"
    return None


# Field lengths the tables allow (tables.py).
MAX_TITLE = 300
MAX_NAME = 200
MAX_TEXT = 100_000  # no network takes more; a longer cell is a mistake in the file


def image_problem(path: Path) -> tuple[str | None, MediaAssetPlan | None]:
    """Open the image at `path` as the media library would; (reason, None) when it cannot."""
    from studio.media.safe_open import inspect_image

    try:
        facts = inspect_image(path)
    except ImageError as error:
        return str(error), None
    return None, MediaAssetPlan(
        sha256=facts.sha256,
        original_name=path.name,
        mime=facts.mime,
        width=facts.width,
        height=facts.height,
        byte_size=facts.byte_size,
        has_gps=facts.has_gps,
        source=path,
    )


# ---- writing -------------------------------------------------------------------------------------


@dataclass
class WriteResult:
    created: int = 0
    already_present: int = 0
    workspaces_created: list[str] = field(default_factory=list)


def existing_post_keys(session: Session, uids: Iterable[str]) -> set[str]:
    wanted = sorted({uid for uid in uids if uid})
    found: set[str] = set()
    for part in chunks(wanted):
        found.update(session.exec(select(PostKey.uid).where(col(PostKey.uid).in_(part))).all())
    return found


def _content_key(
    workspace_id: int | None, scheduled_at: datetime | None, title: str, body: str
) -> tuple[object, ...]:
    return (workspace_id, scheduled_at.isoformat() if scheduled_at else None, title, body)


def count_or_write(
    db: Database, plans: list[WorkspacePlan], *, write: bool, media_store: MediaStore | None
) -> WriteResult:
    """Write the plans in one transaction (or, with write=False, only count what would be)."""
    result = WriteResult()
    if write and media_store is not None:
        # Files first: the store is content-addressed, so a file left over after a failed
        # transaction is harmless, while a post pointing at a missing file is not.
        for plan in plans:
            for asset in plan.media:
                if asset.source is not None:
                    media_store.add(asset.source)
    with db.session(write=write) as session:
        known_uids = existing_post_keys(
            session, (post.uid for plan in plans for post in plan.posts if post.uid)
        )
        for plan in plans:
            _write_workspace(session, plan, known_uids, result, write=write)
        if not write:
            session.rollback()
    return result


def _write_workspace(
    session: Session,
    plan: WorkspacePlan,
    known_uids: set[str],
    result: WriteResult,
    *,
    write: bool,
) -> None:
    row = session.exec(select(Workspace).where(Workspace.name == plan.name)).first()
    if row is None:
        result.workspaces_created.append(plan.name)
        if not write:
            result.created += sum(
                1 for post in plan.posts if not (post.uid and post.uid in known_uids)
            )
            result.already_present += sum(
                1 for post in plan.posts if post.uid and post.uid in known_uids
            )
            return
        row = Workspace(
            name=plan.name,
            timezone=plan.timezone,
            colour=plan.colour,
            default_platforms=",".join(p.value for p in plan.default_platforms),
            locale=plan.locale,
            **_stamps(plan.created_at, plan.updated_at),
        )
        session.add(row)
        session.flush()
    assert row.id is not None
    workspace_id = row.id

    campaign_ids = _campaigns(session, workspace_id, plan.campaigns, write=write)
    media_ids = _media(session, workspace_id, plan.media, write=write)
    if write:
        _slots(session, workspace_id, plan.slots)
        _snippets(session, workspace_id, plan.snippets)
        _rules_off(session, workspace_id, None, plan.rules_off)

    stored_content: set[tuple[object, ...]] = set()
    if any(post.match_on_content for post in plan.posts):
        rows = session.exec(
            select(Post.scheduled_at, Post.title, Post.body).where(
                Post.workspace_id == workspace_id
            )
        ).all()
        stored_content = {_content_key(workspace_id, *stored) for stored in rows}

    children = _Children()
    for post in plan.posts:
        if post.uid and post.uid in known_uids:
            result.already_present += 1
            continue
        if post.match_on_content:
            key = _content_key(workspace_id, post.scheduled_at, post.title, post.body)
            if key in stored_content:
                result.already_present += 1
                continue
            stored_content.add(key)
        if post.uid:
            known_uids.add(post.uid)
        result.created += 1
        if write:
            _write_post(session, workspace_id, post, campaign_ids, media_ids, children)
    if write:
        children.flush(session)


def _stamps(created: datetime | None, updated: datetime | None) -> dict[str, datetime]:
    now = utc_now()
    return {"created_at": created or now, "updated_at": updated or created or now}


def _campaigns(
    session: Session, workspace_id: int, campaigns: list[CampaignPlan], *, write: bool
) -> dict[int, int]:
    """Plan index → campaign id; a campaign of the same name in the workspace is reused."""
    existing: dict[str, int] = {}
    for stored in session.exec(
        select(Campaign).where(Campaign.workspace_id == workspace_id).order_by(col(Campaign.id))
    ).all():
        assert stored.id is not None
        existing.setdefault(stored.name, stored.id)
    ids: dict[int, int] = {}
    for index, plan in enumerate(campaigns):
        if plan.name in existing:
            ids[index] = existing[plan.name]
            continue
        if not write:
            ids[index] = -1
            continue
        row = Campaign(
            workspace_id=workspace_id,
            name=plan.name,
            description=plan.description,
            starts_on=plan.starts_on,
            ends_on=plan.ends_on,
            colour=plan.colour,
            **_stamps(plan.created_at, plan.updated_at),
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        existing[plan.name] = ids[index] = row.id
    return ids


def _media(
    session: Session, workspace_id: int, assets: list[MediaAssetPlan], *, write: bool
) -> dict[str, int]:
    found = {
        sha: media_id
        for sha, media_id in session.exec(
            select(MediaAsset.sha256, MediaAsset.id).where(MediaAsset.workspace_id == workspace_id)
        ).all()
        if media_id is not None
    }
    for asset in assets:
        if asset.sha256 in found or not write:
            continue
        row = MediaAsset(
            workspace_id=workspace_id,
            sha256=asset.sha256,
            original_name=asset.original_name,
            mime=asset.mime,
            width=asset.width,
            height=asset.height,
            byte_size=asset.byte_size,
            alt_text=asset.alt_text,
            has_gps=asset.has_gps,
            **_stamps(asset.created_at, asset.updated_at),
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        found[asset.sha256] = row.id
    return found


def _slots(session: Session, workspace_id: int, slots: list[PostingSlot]) -> None:
    stored = {
        (row.weekday, row.clock, row.platform)
        for row in session.exec(select(SlotRow).where(SlotRow.workspace_id == workspace_id)).all()
    }
    for slot in slots:
        key = (slot.weekday, f"{slot.clock:%H:%M}", slot.platform.value if slot.platform else None)
        if key not in stored:
            stored.add(key)
            session.add(
                SlotRow(workspace_id=workspace_id, weekday=key[0], clock=key[1], platform=key[2])
            )


def _snippets(session: Session, workspace_id: int, snippets: list[Snippet]) -> None:
    stored = {
        (row.name, row.kind, row.body)
        for row in session.exec(select(Snippet).where(Snippet.workspace_id == workspace_id)).all()
    }
    for snippet in snippets:
        if (snippet.name, snippet.kind, snippet.body) not in stored:
            snippet.workspace_id = workspace_id
            session.add(snippet)


def _rules_off(
    session: Session, workspace_id: int, post_id: int | None, rules: list[RuleOffPlan]
) -> None:
    scope = (
        col(RuleSetting.post_id).is_(None) if post_id is None else RuleSetting.post_id == post_id
    )
    stored = set(
        session.exec(
            select(RuleSetting.rule_id).where(RuleSetting.workspace_id == workspace_id, scope)
        ).all()
    )
    for rule in rules:
        if rule.rule_id in stored:
            continue
        stored.add(rule.rule_id)
        session.add(
            RuleSetting(
                workspace_id=workspace_id,
                post_id=post_id,
                rule_id=rule.rule_id,
                note=rule.note,
                created_by=rule.created_by,
                **_stamps(rule.created_at, rule.updated_at),
            )
        )


@dataclass
class _Children:
    """Rows hanging off new posts, inserted together at the end (one executemany per table)."""

    keys: list[dict[str, Any]] = field(default_factory=list)
    variants: list[dict[str, Any]] = field(default_factory=list)
    media: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    revisions: list[dict[str, Any]] = field(default_factory=list)
    recurrences: list[dict[str, Any]] = field(default_factory=list)

    def flush(self, session: Session) -> None:
        for table, rows in (
            (PostKey, self.keys),
            (Variant, self.variants),
            (PostMedia, self.media),
            (StatusChange, self.history),
            (RevisionRow, self.revisions),
            (PostRecurrence, self.recurrences),
        ):
            if rows:
                session.connection().execute(sa.insert(_table(table)), rows)
            rows.clear()


def _table(model: type[SQLModel]) -> sa.Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


def _editable(created: datetime | None, updated: datetime | None) -> dict[str, Any]:
    return {**_stamps(created, updated), "version": 1}


def _write_post(
    session: Session,
    workspace_id: int,
    plan: PostPlan,
    campaign_ids: dict[int, int],
    media_ids: dict[str, int],
    children: _Children,
) -> None:
    # Core inserts: a large CSV is thousands of posts, and the ORM's unit of work per row costs
    # more than the insert itself. Only the post needs its id back at once.
    inserted = session.connection().execute(
        sa.insert(_table(Post)),
        dict(
            workspace_id=workspace_id,
            campaign_id=campaign_ids.get(plan.campaign) if plan.campaign is not None else None,
            title=plan.title,
            body=plan.body,
            status=plan.status.value,
            content_type=plan.content_type.value if plan.content_type else None,
            sponsored=plan.sponsored,
            partner_name=plan.partner_name,
            scheduled_at=plan.scheduled_at,
            scheduled_zone=plan.scheduled_zone,
            author=plan.author,
            **_editable(plan.created_at, plan.updated_at),
        ),
    )
    post_id = inserted.inserted_primary_key[0]
    children.keys.append(
        {"post_id": post_id, "uid": plan.uid or new_uid(), "created_at": utc_now()}
    )
    children.variants.extend(
        {
            "post_id": post_id,
            "platform": variant.platform.value,
            "text": variant.text,
            "first_comment": variant.first_comment,
            "enabled": variant.enabled,
            **_editable(variant.created_at, variant.updated_at),
        }
        for variant in plan.variants
    )
    children.media.extend(
        {
            "post_id": post_id,
            "media_id": media_ids[media.sha256],
            "position": media.position,
            "crop_boxes": json.dumps(media.crop_boxes, sort_keys=True),
            **_editable(media.created_at, media.updated_at),
        }
        for media in plan.media
    )
    comment_ids: list[int] = []
    for comment in plan.comments:  # one by one: replies need their parent's id
        made = session.execute(
            sa.insert(Comment).values(
                post_id=post_id,
                parent_id=comment_ids[comment.parent] if comment.parent is not None else None,
                quote=comment.quote,
                prefix=comment.prefix,
                suffix=comment.suffix,
                anchor_start=comment.start,
                anchor_end=comment.end,
                body=comment.body,
                author=comment.author,
                resolved=comment.resolved,
                **_editable(comment.created_at, comment.updated_at),
            )
        )
        comment_ids.append(made.inserted_primary_key[0])
    history = plan.history
    if history is None:
        history = [StatusChangePlan(None, plan.status, plan.author, utc_now(), "imported")]
    children.history.extend(
        {
            "post_id": post_id,
            "from_status": change.from_status.value if change.from_status else None,
            "to_status": change.to_status.value,
            "changed_by": change.changed_by,
            "changed_at": change.changed_at,
            "note": change.note,
        }
        for change in history
    )
    children.revisions.extend(
        {
            "post_id": post_id,
            "snapshot": json.dumps(revision.snapshot, ensure_ascii=False),
            "reason": revision.reason,
            "author": revision.author,
            "created_at": revision.created_at,
        }
        for revision in plan.revisions
    )
    if plan.recurrence is not None:
        children.recurrences.append(
            {
                "post_id": post_id,
                "frequency": plan.recurrence.frequency.value,
                "interval": plan.recurrence.interval,
                "until": plan.recurrence.until,
                "count": plan.recurrence.count,
                **_editable(None, None),
            }
        )
    if plan.rules_off:
        _rules_off(session, workspace_id, post_id, plan.rules_off)


# ---- reading for export --------------------------------------------------------------------------


@dataclass
class PostBundle:
    """A stored post with everything hanging off it, read in bulk for an export."""

    row: Post
    uid: str = ""
    variants: list[Variant] = field(default_factory=list)
    media: list[tuple[PostMedia, MediaAsset]] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    history: list[StatusChange] = field(default_factory=list)
    revisions: list[RevisionRow] = field(default_factory=list)
    rules_off: list[RuleSetting] = field(default_factory=list)
    recurrence: PostRecurrence | None = None


@dataclass(frozen=True)
class ExportScope:
    """Which posts an export holds: one workspace (by name) or all; a range of local days.

    `first_day`/`last_day` are inclusive days on each workspace's own wall clock; with a range,
    posts without a time are left out.
    """

    workspace: str | None = None
    first_day: date | None = None
    last_day: date | None = None

    @property
    def has_range(self) -> bool:
        return self.first_day is not None or self.last_day is not None


EVERYTHING = ExportScope()


def selected_workspaces(session: Session, scope: ExportScope) -> list[Workspace]:
    query = select(Workspace).order_by(col(Workspace.name))
    if scope.workspace is not None:
        query = query.where(Workspace.name == scope.workspace)
    rows = list(session.exec(query).all())
    if scope.workspace is not None and not rows:
        raise ExchangeError(f"There is no workspace named {scope.workspace!r}.")
    return rows


def selected_posts(session: Session, workspace: Workspace, scope: ExportScope) -> list[Post]:
    """The workspace's posts in the scope, scheduled ones in time order, then unscheduled ones."""
    from studio.domain import schedule

    query = select(Post).where(Post.workspace_id == workspace.id)
    if scope.has_range:
        query = query.where(col(Post.scheduled_at).is_not(None))
        if scope.first_day is not None:
            start = schedule.day_bounds(scope.first_day, workspace.timezone)[0]
            query = query.where(col(Post.scheduled_at) >= start)
        if scope.last_day is not None:
            end = schedule.day_bounds(scope.last_day, workspace.timezone)[1]
            query = query.where(col(Post.scheduled_at) < end)
    query = query.order_by(col(Post.scheduled_at).is_(None), col(Post.scheduled_at), col(Post.id))
    return list(session.exec(query).all())


def bundle_posts(session: Session, posts: list[Post], *, full: bool) -> list[PostBundle]:
    """Bundles in the order of `posts`; `full` also reads comments, history and revisions."""
    bundles = {post.id: PostBundle(row=post) for post in posts if post.id is not None}
    ids = sorted(bundles)
    for chunk in chunks(ids):
        for variant in _rows_of(session, Variant, chunk, Variant.platform):
            bundles[variant.post_id].variants.append(variant)
        for link, asset in session.exec(
            select(PostMedia, MediaAsset)
            .join(MediaAsset, col(MediaAsset.id) == col(PostMedia.media_id))
            .where(col(PostMedia.post_id).in_(chunk))
            .order_by(col(PostMedia.position), col(PostMedia.id))
        ).all():
            bundles[link.post_id].media.append((link, asset))
        for post_id, uid in session.exec(
            select(PostKey.post_id, PostKey.uid).where(col(PostKey.post_id).in_(chunk))
        ).all():
            bundles[post_id].uid = uid
        for rule in _rows_of(session, PostRecurrence, chunk):
            if rule.frequency is not None:  # None: switched off, kept for its version
                bundles[rule.post_id].recurrence = rule
        if not full:
            continue
        for comment in _rows_of(session, Comment, chunk, Comment.created_at, Comment.id):
            bundles[comment.post_id].comments.append(comment)
        for change in _rows_of(
            session, StatusChange, chunk, StatusChange.changed_at, StatusChange.id
        ):
            bundles[change.post_id].history.append(change)
        for revision in _rows_of(
            session, RevisionRow, chunk, RevisionRow.created_at, RevisionRow.id
        ):
            bundles[revision.post_id].revisions.append(revision)
        for setting in _rows_of(session, RuleSetting, chunk, RuleSetting.rule_id, RuleSetting.id):
            assert setting.post_id is not None
            bundles[setting.post_id].rules_off.append(setting)
    return [bundles[post.id] for post in posts if post.id is not None]


def _rows_of(
    session: Session, table: type[RowT], post_ids: Sequence[int], *order: Any
) -> list[RowT]:
    """The rows of `table` hanging off the posts `post_ids`, sorted by the `order` columns."""
    query = select(table).where(col(table.post_id).in_(post_ids))  # type: ignore[attr-defined]
    return list(session.exec(query.order_by(*(col(column) for column in order))).all())
