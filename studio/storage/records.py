"""The studio's data as plain frozen dataclasses, with no database code.

These are what every layer above storage holds (see repositories.py for why no live ORM row ever
leaves it). They live apart from the repositories so that the window and the services can name
them without importing SQLAlchemy and SQLModel, which take most of a second to load: the first
window paints before the database is opened. repositories.py re-exports all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status


@dataclass(frozen=True)
class WorkspaceData:
    id: int
    name: str
    timezone: str
    colour: str
    default_platforms: tuple[PlatformId, ...]
    locale: str
    version: int

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class CampaignData:
    id: int
    workspace_id: int
    name: str
    description: str
    starts_on: date | None
    ends_on: date | None
    colour: str
    version: int


@dataclass(frozen=True)
class PostData:
    id: int
    workspace_id: int
    campaign_id: int | None
    title: str
    body: str
    status: Status
    content_type: ContentType | None
    sponsored: bool
    partner_name: str
    scheduled_at: datetime | None  # aware, UTC
    scheduled_zone: str | None  # IANA zone the time was planned in
    author: str
    created_at: datetime
    updated_at: datetime
    version: int

    @property
    def scheduled_local(self) -> datetime | None:
        """The scheduled moment on the wall clock of the zone it was planned in."""
        if self.scheduled_at is None:
            return None
        return self.scheduled_at.astimezone(ZoneInfo(self.scheduled_zone or "UTC"))


@dataclass(frozen=True)
class VariantData:
    id: int
    post_id: int
    platform: PlatformId
    text: str | None  # None: the post's body is used as it is
    first_comment: str
    enabled: bool
    version: int


@dataclass(frozen=True)
class StatusChangeData:
    id: int
    post_id: int
    from_status: Status | None
    to_status: Status
    changed_by: str
    changed_at: datetime
    note: str


@dataclass(frozen=True)
class RevisionData:
    id: int
    post_id: int
    snapshot: dict[str, Any]
    reason: str
    author: str
    created_at: datetime


@dataclass(frozen=True)
class CommentData:
    id: int
    post_id: int
    parent_id: int | None
    quote: str  # the exact passage commented on, plus context to find it again after edits
    prefix: str
    suffix: str
    start: int  # code-point offsets into the body when the comment was made
    end: int
    body: str
    author: str
    resolved: bool
    created_at: datetime
    version: int
    uuid: str = ""  # identity outside this database (review files)
    target: str = "body"  # the text anchored into: "body" or a platform id (a variant's text)
    media_id: int | None = None  # a pin on this image (pin_x/pin_y: fractions 0..1) ...
    pin_x: float | None = None
    pin_y: float | None = None  # ... instead of a passage

    @property
    def is_reply(self) -> bool:
        return self.parent_id is not None


@dataclass(frozen=True)
class SnippetData:
    id: int
    workspace_id: int
    name: str
    kind: str  # "text" or "hashtags"
    body: str
    version: int


@dataclass(frozen=True)
class RuleSettingData:
    id: int
    workspace_id: int
    post_id: int | None  # None: the rule is off for the whole workspace
    rule_id: str
    note: str
    created_by: str
    version: int
