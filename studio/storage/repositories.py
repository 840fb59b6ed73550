"""Reading and writing the studio's data as plain frozen dataclasses.

Nothing outside `studio.storage` ever holds a live ORM row: a row bound to a session can lazy-load
from another thread or silently carry stale state into the next save. Instead each repository
copies rows into frozen dataclasses, and every change goes back in through a method that names the
version it started from. An update whose version is stale is refused with ConflictError (carrying
the caller's data and the stored data), so two people never silently overwrite each other — on
SQLite between windows and on PostgreSQL between team members.

    workspaces = WorkspaceRepository(db).list_all()
    post = PostRepository(db).get(42)
    saved = PostRepository(db).save(replace(post, title="New title"))
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status, check_transition
from studio.storage.database import Database
from studio.storage.errors import ConflictError, DuplicateNameError
from studio.storage.records import (  # the data classes live SQL-free; re-exported from here
    CampaignData,
    CommentData,
    PostData,
    RevisionData,
    RuleSettingData,
    SnippetData,
    StatusChangeData,
    VariantData,
    WorkspaceData,
)
from studio.storage.rows import (
    delete_versioned,
    fetch_all,
    fetch_one,
    get_row,
    insert,
    jsonable,
    of_post_in_order,
    save_versioned,
    update_versioned,
)
from studio.storage.tables import (
    Campaign,
    Comment,
    Post,
    RuleSetting,
    Snippet,
    StatusChange,
    Variant,
    Workspace,
)
from studio.storage.tables import Revision as RevisionRow

# ---- conversions ---------------------------------------------------------------------------------


def _platforms_from_text(stored: str) -> tuple[PlatformId, ...]:
    # An id written by a newer build is skipped rather than breaking every screen that lists
    # workspaces.
    known = {platform.value for platform in PlatformId}
    return tuple(PlatformId(value) for value in stored.split(",") if value in known)


def _platforms_to_text(platforms: Iterable[PlatformId | str]) -> str:
    return ",".join(PlatformId(platform).value for platform in platforms)


def _checked_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"{name!r} is not an IANA time zone (e.g. Europe/Berlin).") from error
    return name


def _checked_instant(moment: datetime | None) -> datetime | None:
    if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
        raise ValueError("A scheduled time needs a time zone (give an aware datetime).")
    return moment


def workspace_data(row: Workspace) -> WorkspaceData:
    assert row.id is not None
    return WorkspaceData(
        id=row.id,
        name=row.name,
        timezone=row.timezone,
        colour=row.colour,
        default_platforms=_platforms_from_text(row.default_platforms),
        locale=row.locale,
        version=row.version,
    )


def campaign_data(row: Campaign) -> CampaignData:
    assert row.id is not None
    return CampaignData(
        id=row.id,
        workspace_id=row.workspace_id,
        name=row.name,
        description=row.description,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        colour=row.colour,
        version=row.version,
    )


def post_data(row: Post) -> PostData:
    assert row.id is not None
    return PostData(
        id=row.id,
        workspace_id=row.workspace_id,
        campaign_id=row.campaign_id,
        title=row.title,
        body=row.body,
        status=Status(row.status),
        content_type=ContentType(row.content_type) if row.content_type else None,
        sponsored=row.sponsored,
        partner_name=row.partner_name,
        scheduled_at=row.scheduled_at,
        scheduled_zone=row.scheduled_zone,
        author=row.author,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


def variant_data(row: Variant) -> VariantData:
    assert row.id is not None
    return VariantData(
        id=row.id,
        post_id=row.post_id,
        platform=PlatformId(row.platform),
        text=row.text,
        first_comment=row.first_comment,
        enabled=row.enabled,
        version=row.version,
    )


def status_change_data(row: StatusChange) -> StatusChangeData:
    assert row.id is not None
    return StatusChangeData(
        id=row.id,
        post_id=row.post_id,
        from_status=Status(row.from_status) if row.from_status else None,
        to_status=Status(row.to_status),
        changed_by=row.changed_by,
        changed_at=row.changed_at,
        note=row.note,
    )


def comment_data(row: Comment) -> CommentData:
    assert row.id is not None
    return CommentData(
        id=row.id,
        post_id=row.post_id,
        parent_id=row.parent_id,
        quote=row.quote,
        prefix=row.prefix,
        suffix=row.suffix,
        start=row.anchor_start,
        end=row.anchor_end,
        body=row.body,
        author=row.author,
        resolved=row.resolved,
        created_at=row.created_at,
        version=row.version,
        uuid=row.uuid or "",
        target=row.target,
        media_id=row.media_id,
        pin_x=row.pin_x,
        pin_y=row.pin_y,
    )


def snippet_data(row: Snippet) -> SnippetData:
    assert row.id is not None
    return SnippetData(
        id=row.id,
        workspace_id=row.workspace_id,
        name=row.name,
        kind=row.kind,
        body=row.body,
        version=row.version,
    )


def rule_setting_data(row: RuleSetting) -> RuleSettingData:
    assert row.id is not None
    return RuleSettingData(
        id=row.id,
        workspace_id=row.workspace_id,
        post_id=row.post_id,
        rule_id=row.rule_id,
        note=row.note,
        created_by=row.created_by,
        version=row.version,
    )


def revision_data(row: RevisionRow) -> RevisionData:
    return RevisionData(
        id=row.id or 0,
        post_id=row.post_id,
        snapshot=json.loads(row.snapshot),
        reason=row.reason,
        author=row.author,
        created_at=row.created_at,
    )


def snapshot_in(session: Session, post_id: int, location: str) -> dict[str, Any]:
    """The post and its variants as stored now, in the format of Revision.snapshot."""
    post = post_data(get_row(session, Post, post_id, "post", location))
    variants = session.exec(
        select(Variant).where(Variant.post_id == post_id).order_by(col(Variant.platform))
    ).all()
    return {"post": jsonable(post), "variants": [jsonable(variant_data(v)) for v in variants]}


def comments_of(post_id: int) -> SelectOfScalar[Comment]:
    """The query for a post's comments in the order they were written."""
    return of_post_in_order(Comment, post_id, Comment.created_at)


# ---- repositories ------------------------------------------------------------------------------


class WorkspaceRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_all(self) -> list[WorkspaceData]:
        return fetch_all(self.db, select(Workspace).order_by(col(Workspace.name)), workspace_data)

    def get(self, workspace_id: int) -> WorkspaceData:
        return fetch_one(self.db, Workspace, workspace_id, workspace_data, "workspace")

    def find_by_name(self, name: str) -> WorkspaceData | None:
        with self.db.session() as session:
            row = session.exec(select(Workspace).where(Workspace.name == name)).first()
            return workspace_data(row) if row else None

    def create(
        self,
        name: str,
        *,
        timezone: str = "UTC",
        colour: str = "#4c6ef5",
        default_platforms: Sequence[PlatformId | str] = (),
        locale: str = "en",
    ) -> WorkspaceData:
        row = Workspace(
            name=name,
            timezone=_checked_zone(timezone),
            colour=colour,
            default_platforms=_platforms_to_text(default_platforms),
            locale=locale,
        )
        with self.db.session(write=True) as session:
            # Checked inside the writing transaction, so the message is ours rather than the
            # driver's; the unique constraint still guards a race on PostgreSQL.
            if session.exec(select(Workspace.id).where(Workspace.name == name)).first():
                raise DuplicateNameError(
                    f"A workspace named {name!r} already exists in {self.db.location}.",
                    self.db.location,
                )
            session.add(row)
            session.flush()
            return workspace_data(row)

    def update(self, workspace: WorkspaceData) -> WorkspaceData:
        values = {
            "name": workspace.name,
            "timezone": _checked_zone(workspace.timezone),
            "colour": workspace.colour,
            "default_platforms": _platforms_to_text(workspace.default_platforms),
            "locale": workspace.locale,
        }
        return save_versioned(
            self.db, Workspace, workspace, values, to_data=workspace_data, what="workspace"
        )


class CampaignRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_for_workspace(self, workspace_id: int) -> list[CampaignData]:
        query = (
            select(Campaign)
            .where(Campaign.workspace_id == workspace_id)
            .order_by(col(Campaign.starts_on), col(Campaign.name))
        )
        return fetch_all(self.db, query, campaign_data)

    def get(self, campaign_id: int) -> CampaignData:
        with self.db.session() as session:
            return campaign_data(
                get_row(session, Campaign, campaign_id, "campaign", self.db.location)
            )

    def create(
        self,
        workspace_id: int,
        name: str,
        *,
        description: str = "",
        starts_on: date | None = None,
        ends_on: date | None = None,
        colour: str = "#f59f00",
    ) -> CampaignData:
        if starts_on and ends_on and ends_on < starts_on:
            raise ValueError(f"The campaign {name!r} ends ({ends_on}) before it starts.")
        row = Campaign(
            workspace_id=workspace_id,
            name=name,
            description=description,
            starts_on=starts_on,
            ends_on=ends_on,
            colour=colour,
        )
        return insert(self.db, row, campaign_data)

    def update(self, campaign: CampaignData) -> CampaignData:
        values = {
            "name": campaign.name,
            "description": campaign.description,
            "starts_on": campaign.starts_on,
            "ends_on": campaign.ends_on,
            "colour": campaign.colour,
        }
        return save_versioned(
            self.db, Campaign, campaign, values, to_data=campaign_data, what="campaign"
        )


class PostRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, post_id: int) -> PostData:
        return fetch_one(self.db, Post, post_id, post_data, "post")

    def list_for_workspace(
        self,
        workspace_id: int,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        statuses: Iterable[Status] | None = None,
    ) -> list[PostData]:
        """Posts in time order; `start`/`end` (aware) bound scheduled_at, end exclusive.

        Unscheduled posts come last, and only when no time range is asked for.
        """
        query = select(Post).where(Post.workspace_id == workspace_id)
        if start is not None:
            query = query.where(col(Post.scheduled_at) >= _checked_instant(start))
        if end is not None:
            query = query.where(col(Post.scheduled_at) < _checked_instant(end))
        if statuses is not None:
            query = query.where(col(Post.status).in_([Status(s).value for s in statuses]))
        query = query.order_by(
            col(Post.scheduled_at).is_(None), col(Post.scheduled_at), col(Post.id)
        )
        return fetch_all(self.db, query, post_data)

    def create(
        self,
        workspace_id: int,
        *,
        title: str = "",
        body: str = "",
        status: Status = Status.IDEA,
        content_type: ContentType | None = None,
        campaign_id: int | None = None,
        sponsored: bool = False,
        partner_name: str = "",
        scheduled_at: datetime | None = None,
        scheduled_zone: str | None = None,
        author: str = "",
        note: str = "",
    ) -> PostData:
        """A new post; its first status is recorded in the history as coming from nowhere."""
        row = Post(
            workspace_id=workspace_id,
            campaign_id=campaign_id,
            title=title,
            body=body,
            status=Status(status).value,
            content_type=ContentType(content_type).value if content_type else None,
            sponsored=sponsored,
            partner_name=partner_name,
            scheduled_at=_checked_instant(scheduled_at),
            scheduled_zone=_checked_zone(scheduled_zone) if scheduled_zone else None,
            author=author,
        )
        with self.db.session(write=True) as session:
            session.add(row)
            session.flush()
            assert row.id is not None
            session.add(
                StatusChange(
                    post_id=row.id,
                    from_status=None,
                    to_status=row.status,
                    changed_by=author,
                    note=note,
                )
            )
            return post_data(row)

    def save(self, post: PostData, *, changed_by: str = "", note: str = "") -> PostData:
        """Write `post` back; refused with ConflictError when its version is no longer current.

        A status change must be one the workflow allows (TransitionError otherwise) and is
        written to the post's history in the same transaction.
        """
        with self.db.session(write=True) as session:
            stored = get_row(session, Post, post.id, "post", self.db.location)
            previous_status = Status(stored.status)
            if stored.version == post.version and previous_status is not post.status:
                check_transition(previous_status, post.status)
            row = update_versioned(
                session,
                Post,
                row_id=post.id,
                expected_version=post.version,
                values={
                    "campaign_id": post.campaign_id,
                    "title": post.title,
                    "body": post.body,
                    "status": Status(post.status).value,
                    "content_type": ContentType(post.content_type).value
                    if post.content_type
                    else None,
                    "sponsored": post.sponsored,
                    "partner_name": post.partner_name,
                    "scheduled_at": _checked_instant(post.scheduled_at),
                    "scheduled_zone": _checked_zone(post.scheduled_zone)
                    if post.scheduled_zone
                    else None,
                    "author": post.author,
                },
                mine=post,
                to_data=post_data,
                what="post",
                location=self.db.location,
            )
            if previous_status is not post.status:
                session.add(
                    StatusChange(
                        post_id=post.id,
                        from_status=previous_status.value,
                        to_status=Status(post.status).value,
                        changed_by=changed_by,
                        note=note,
                    )
                )
            return post_data(row)

    def move_to(
        self, post: PostData, status: Status, *, changed_by: str = "", note: str = ""
    ) -> PostData:
        return self.save(_with(post, status=status), changed_by=changed_by, note=note)

    def delete(self, post: PostData) -> None:
        """Delete a post (and its variants, comments, history) if nobody changed it meanwhile."""
        with self.db.session(write=True) as session:
            result = session.exec(
                sa.delete(Post).where(col(Post.id) == post.id, col(Post.version) == post.version)
            )
            if result.rowcount == 0:
                stored = get_row(session, Post, post.id, "post", self.db.location)
                raise ConflictError(
                    f"The post {post.id} was changed by someone else since you opened it; "
                    "it was not deleted.",
                    self.db.location,
                    mine=post,
                    theirs=post_data(stored),
                )

    def status_history(self, post_id: int) -> list[StatusChangeData]:
        query = of_post_in_order(StatusChange, post_id, StatusChange.changed_at)
        return fetch_all(self.db, query, status_change_data)

    # -- variants --

    def variants(self, post_id: int) -> list[VariantData]:
        query = select(Variant).where(Variant.post_id == post_id).order_by(col(Variant.platform))
        return fetch_all(self.db, query, variant_data)

    def add_variant(
        self,
        post_id: int,
        platform: PlatformId,
        *,
        text: str | None = None,
        first_comment: str = "",
        enabled: bool = True,
    ) -> VariantData:
        row = Variant(
            post_id=post_id,
            platform=PlatformId(platform).value,
            text=text,
            first_comment=first_comment,
            enabled=enabled,
        )
        return insert(self.db, row, variant_data)

    def save_variant(self, variant: VariantData) -> VariantData:
        values = {
            "text": variant.text,
            "first_comment": variant.first_comment,
            "enabled": variant.enabled,
        }
        return save_versioned(
            self.db, Variant, variant, values, to_data=variant_data, what="variant"
        )

    # -- revisions --

    def record_revision(self, post_id: int, *, reason: str = "", author: str = "") -> RevisionData:
        """Snapshot the post and its variants as they are stored now."""
        with self.db.session(write=True) as session:
            snapshot = snapshot_in(session, post_id, self.db.location)
            row = RevisionRow(
                post_id=post_id, snapshot=json.dumps(snapshot), reason=reason, author=author
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            return RevisionData(
                id=row.id,
                post_id=post_id,
                snapshot=snapshot,
                reason=reason,
                author=author,
                created_at=row.created_at,
            )

    def revisions(self, post_id: int) -> list[RevisionData]:
        query = of_post_in_order(RevisionRow, post_id, RevisionRow.created_at)
        return fetch_all(self.db, query, revision_data)


class CommentRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_for_post(self, post_id: int) -> list[CommentData]:
        return fetch_all(self.db, comments_of(post_id), comment_data)

    def create(
        self,
        post_id: int,
        body: str,
        *,
        author: str = "",
        quote: str = "",
        prefix: str = "",
        suffix: str = "",
        start: int = 0,
        end: int = 0,
        parent_id: int | None = None,
        uuid: str | None = None,
        target: str = "body",
        media_id: int | None = None,
        pin: tuple[float, float] | None = None,
        resolved: bool = False,
        created_at: datetime | None = None,
    ) -> CommentData:
        """A new comment; `uuid` and `created_at` are given when it comes from a review file."""
        if end < start:
            raise ValueError(f"A comment's anchor ends ({end}) before it starts ({start}).")
        if pin is not None and not all(0.0 <= value <= 1.0 for value in pin):
            raise ValueError(f"A pin is a point in fractions 0..1 of the image, not {pin}.")
        row = Comment(
            post_id=post_id,
            parent_id=parent_id,
            quote=quote,
            prefix=prefix,
            suffix=suffix,
            anchor_start=start,
            anchor_end=end,
            body=body,
            author=author,
            target=target,
            media_id=media_id,
            pin_x=pin[0] if pin else None,
            pin_y=pin[1] if pin else None,
            resolved=resolved,
        )
        if uuid:
            row.uuid = uuid
        if created_at is not None:
            row.created_at = created_at
        return insert(self.db, row, comment_data)

    def save(self, comment: CommentData) -> CommentData:
        """Write back the editable parts: body, resolved, and the anchor after text edits."""
        values = {
            "body": comment.body,
            "resolved": comment.resolved,
            "quote": comment.quote,
            "prefix": comment.prefix,
            "suffix": comment.suffix,
            "anchor_start": comment.start,
            "anchor_end": comment.end,
        }
        return save_versioned(
            self.db, Comment, comment, values, to_data=comment_data, what="comment"
        )


class SnippetRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_for_workspace(self, workspace_id: int) -> list[SnippetData]:
        query = (
            select(Snippet)
            .where(Snippet.workspace_id == workspace_id)
            .order_by(col(Snippet.kind), col(Snippet.name))
        )
        return fetch_all(self.db, query, snippet_data)

    def create(self, workspace_id: int, name: str, body: str, *, kind: str = "text") -> SnippetData:
        if kind not in ("text", "hashtags"):
            raise ValueError(f"A snippet is 'text' or 'hashtags', not {kind!r}.")
        row = Snippet(workspace_id=workspace_id, name=name, body=body, kind=kind)
        return insert(self.db, row, snippet_data)

    def update(self, snippet: SnippetData) -> SnippetData:
        values = {"name": snippet.name, "kind": snippet.kind, "body": snippet.body}
        return save_versioned(
            self.db, Snippet, snippet, values, to_data=snippet_data, what="snippet"
        )

    def delete(self, snippet: SnippetData) -> None:
        """Delete the snippet; ConflictError when someone changed it since it was read."""
        delete_versioned(self.db, Snippet, snippet, to_data=snippet_data, what="snippet")


class RuleSettingRepository:
    """Which feedback rules are switched off, per workspace or for a single post."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list_for_workspace(self, workspace_id: int) -> list[RuleSettingData]:
        query = (
            select(RuleSetting)
            .where(RuleSetting.workspace_id == workspace_id)
            .order_by(col(RuleSetting.rule_id), col(RuleSetting.id))
        )
        return fetch_all(self.db, query, rule_setting_data)

    def disabled_rules(self, workspace_id: int, post_id: int | None = None) -> frozenset[str]:
        """Rule ids off for the workspace, plus those ignored for `post_id` when given."""
        scope = col(RuleSetting.post_id).is_(None)
        if post_id is not None:
            scope = sa.or_(scope, col(RuleSetting.post_id) == post_id)
        with self.db.session() as session:
            rows = session.exec(
                select(RuleSetting.rule_id).where(RuleSetting.workspace_id == workspace_id, scope)
            ).all()
            return frozenset(rows)

    def disable(
        self,
        workspace_id: int,
        rule_id: str,
        *,
        post_id: int | None = None,
        note: str = "",
        created_by: str = "",
    ) -> RuleSettingData:
        """Turn a rule off (idempotent: an existing setting is returned as it is)."""
        with self.db.session(write=True) as session:
            post_scope = (
                col(RuleSetting.post_id).is_(None)
                if post_id is None
                else col(RuleSetting.post_id) == post_id
            )
            existing = session.exec(
                select(RuleSetting).where(
                    RuleSetting.workspace_id == workspace_id,
                    RuleSetting.rule_id == rule_id,
                    post_scope,
                )
            ).first()
            if existing is not None:
                return rule_setting_data(existing)
            row = RuleSetting(
                workspace_id=workspace_id,
                post_id=post_id,
                rule_id=rule_id,
                note=note,
                created_by=created_by,
            )
            session.add(row)
            session.flush()
            return rule_setting_data(row)

    def enable(self, setting: RuleSettingData) -> None:
        with self.db.session(write=True) as session:
            session.exec(sa.delete(RuleSetting).where(col(RuleSetting.id) == setting.id))


# ---- helpers -------------------------------------------------------------------------------------


def _with(post: PostData, **changes: Any) -> PostData:
    return replace(post, **changes)
