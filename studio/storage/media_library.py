"""The media library of a workspace and the images attached to posts, as plain data.

    library = MediaLibrary(db)
    item, created = library.add(workspace_id, facts_of_the_file)   # same sha256 twice: one row
    items = library.list(workspace_id, MediaQuery(missing_alt_text=True))
    library.attach(post_id, item.id)                                # appended after the others
    library.set_crop(link, "instagram", (0.1, 0.0, 0.8, 1.0))

The files themselves live in the content-addressed media store (studio.media.store); a row keeps
the hash and what the library shows: name, size, alt text, whether the file carries a location,
tags, and — computed when listing — in how many posts it is used.

Alt text, tags and crop boxes are edited by people, so their updates name the version they read
and are refused with ConflictError when someone saved in between (repositories.py explains the
optimistic locking). Attachment order is a position per post; reordering rewrites the positions of
one post in one transaction.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from types import MappingProxyType

import sqlalchemy as sa
from sqlmodel import Session, col, select

from studio.domain.text import counted
from studio.storage.database import Database
from studio.storage.errors import ConflictError, StorageError
from studio.storage.rows import get_row, save_versioned
from studio.storage.tables import MediaAsset, Post, PostMedia, Variant, Workspace

# A crop box as stored: (x, y, w, h), fractions 0..1 of the upright image (studio.media.crops).
Box = tuple[float, float, float, float]
MAX_TAG_LENGTH = 60
_EDGE_TOLERANCE = 1e-6


class MediaInUseError(StorageError):
    """An image still attached to posts cannot be removed from the library."""


@dataclass(frozen=True)
class MediaItem:
    id: int
    workspace_id: int
    sha256: str
    original_name: str
    mime: str
    width: int
    height: int
    byte_size: int
    alt_text: str
    has_gps: bool
    tags: tuple[str, ...]
    created_at: datetime
    version: int
    used_in: int = 0  # how many posts it is attached to (filled in by list/get)

    @property
    def missing_alt_text(self) -> bool:
        return not self.alt_text.strip()


@dataclass(frozen=True)
class NewMedia:
    """What the library needs to know about a file just copied into the media store."""

    sha256: str
    original_name: str
    mime: str
    width: int
    height: int
    byte_size: int
    has_gps: bool = False


@dataclass(frozen=True)
class MediaQuery:
    """Library filters; every one given must hold."""

    unused: bool = False
    missing_alt_text: bool = False
    has_location: bool = False
    tag: str | None = None
    name_contains: str = ""


ALL_IMAGES = MediaQuery()


@dataclass(frozen=True)
class Attachment:
    """One image attached to one post, at `position` (0 = first)."""

    id: int
    post_id: int
    position: int
    crop_boxes: Mapping[str, Box]  # platform id -> crop; a platform absent: the whole image
    version: int
    media: MediaItem

    def crop_for(self, platform: str) -> Box | None:
        return self.crop_boxes.get(platform)


@dataclass(frozen=True)
class KitVariant:
    platform: str
    text: str | None  # None: the post's body as it is
    first_comment: str
    enabled: bool


@dataclass(frozen=True)
class PostForKit:
    """A post with what a publish kit needs: its texts per platform and its images in order."""

    id: int
    workspace: str
    workspace_platforms: tuple[str, ...]  # the workspace's default platforms
    title: str
    body: str
    scheduled_at: datetime | None  # aware, UTC
    zone: str  # the zone it was planned in (else the workspace's)
    variants: tuple[KitVariant, ...]
    attachments: tuple[Attachment, ...]

    @property
    def platforms(self) -> tuple[str, ...]:
        """The platforms switched on for the post; the workspace's defaults when none is."""
        enabled = tuple(variant.platform for variant in self.variants if variant.enabled)
        return enabled or self.workspace_platforms

    def text_for(self, platform: str) -> str:
        for variant in self.variants:
            if variant.platform == platform and variant.text is not None:
                return variant.text
        return self.body

    def first_comment_for(self, platform: str) -> str:
        return next((v.first_comment for v in self.variants if v.platform == platform), "")


# ---- conversions -------------------------------------------------------------------------------


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, lower-case, without duplicates or empties, in the order first given."""
    seen: dict[str, None] = {}
    for tag in tags:
        cleaned = " ".join(tag.split()).lstrip("#").lower()[:MAX_TAG_LENGTH]
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen)


def _tags_from_text(stored: str) -> tuple[str, ...]:
    try:
        value = json.loads(stored or "[]")
    except json.JSONDecodeError:
        return ()  # a hand-edited cell should not break the whole library
    if not isinstance(value, list):
        return ()
    return tuple(tag for tag in value if isinstance(tag, str))


def checked_box(box: Sequence[float]) -> Box:
    """`box` as four finite fractions lying inside the image; ValueError otherwise."""
    if len(box) != 4:
        raise ValueError(f"A crop box has four numbers (x, y, w, h), not {len(box)}.")
    x, y, w, h = (float(value) for value in box)
    if not all(math.isfinite(value) for value in (x, y, w, h)):
        raise ValueError(f"Crop box values must be finite numbers: {tuple(box)}")
    low, high = -_EDGE_TOLERANCE, 1 + _EDGE_TOLERANCE
    if w <= 0 or h <= 0 or x < low or y < low or x + w > high or y + h > high:
        raise ValueError(f"Crop box must lie inside the image (0..1): {tuple(box)}")
    return (x, y, w, h)


def _boxes_from_text(stored: str) -> Mapping[str, Box]:
    try:
        value = json.loads(stored or "{}")
    except json.JSONDecodeError:
        return MappingProxyType({})
    boxes: dict[str, Box] = {}
    if isinstance(value, dict):
        for platform, box in value.items():
            try:
                boxes[str(platform)] = checked_box(box)
            except (TypeError, ValueError):
                continue  # one bad box must not hide the others
    return MappingProxyType(boxes)


def _boxes_to_text(boxes: Mapping[str, Box]) -> str:
    return json.dumps({platform: list(box) for platform, box in sorted(boxes.items())})


_ITEM_COLUMNS = (
    "id",
    "workspace_id",
    "sha256",
    "original_name",
    "mime",
    "width",
    "height",
    "byte_size",
    "alt_text",
    "has_gps",
    "tags",
    "created_at",
    "version",
)


def _item_from_columns(row: Sequence[object]) -> MediaItem:
    values = dict(zip(_ITEM_COLUMNS, row[:-1], strict=True))
    values["tags"] = _tags_from_text(str(values["tags"]))
    return MediaItem(**values, used_in=int(row[-1]))  # type: ignore[arg-type]


def media_item(row: MediaAsset, used_in: int = 0) -> MediaItem:
    assert row.id is not None
    return MediaItem(
        id=row.id,
        workspace_id=row.workspace_id,
        sha256=row.sha256,
        original_name=row.original_name,
        mime=row.mime,
        width=row.width,
        height=row.height,
        byte_size=row.byte_size,
        alt_text=row.alt_text,
        has_gps=row.has_gps,
        tags=_tags_from_text(row.tags),
        created_at=row.created_at,
        version=row.version,
        used_in=used_in,
    )


def _attachment(link: PostMedia, media: MediaItem) -> Attachment:
    assert link.id is not None
    return Attachment(
        id=link.id,
        post_id=link.post_id,
        position=link.position,
        crop_boxes=_boxes_from_text(link.crop_boxes),
        version=link.version,
        media=media,
    )


# ---- the library -------------------------------------------------------------------------------


class MediaLibrary:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- images --

    def add(
        self, workspace_id: int, new: NewMedia, *, tags: Iterable[str] = ()
    ) -> tuple[MediaItem, bool]:
        """The library row for `new.sha256` in the workspace, created when missing.
        Returns (item, created): the same image added twice is one row (created False)."""
        with self.db.session(write=True) as session:
            existing = session.exec(
                select(MediaAsset).where(
                    MediaAsset.workspace_id == workspace_id, MediaAsset.sha256 == new.sha256
                )
            ).first()
            if existing is not None:
                assert existing.id is not None
                return media_item(existing, self._used_in(session, [existing.id])[0]), False
            row = MediaAsset(
                workspace_id=workspace_id,
                sha256=new.sha256,
                original_name=new.original_name[:500],
                mime=new.mime,
                width=new.width,
                height=new.height,
                byte_size=new.byte_size,
                has_gps=new.has_gps,
                tags=json.dumps(list(normalise_tags(tags))),
            )
            session.add(row)
            session.flush()
            return media_item(row), True

    def get(self, media_id: int) -> MediaItem:
        with self.db.session() as session:
            row = get_row(session, MediaAsset, media_id, "image", self.db.location)
            return media_item(row, self._used_in(session, [media_id])[0])

    def find(self, workspace_id: int, sha256: str) -> MediaItem | None:
        with self.db.session() as session:
            row = session.exec(
                select(MediaAsset).where(
                    MediaAsset.workspace_id == workspace_id, MediaAsset.sha256 == sha256
                )
            ).first()
            if row is None or row.id is None:
                return None
            return media_item(row, self._used_in(session, [row.id])[0])

    def list(self, workspace_id: int, query: MediaQuery = ALL_IMAGES) -> list[MediaItem]:
        """The workspace's images matching `query`, newest first, with "used in N posts"."""
        usage = (
            select(PostMedia.media_id, sa.func.count(sa.distinct(PostMedia.post_id)).label("n"))
            .group_by(col(PostMedia.media_id))
            .subquery()
        )
        used = sa.func.coalesce(usage.c.n, 0)
        # Plain columns, not ORM rows: building 5,000 ORM objects costs more than the query.
        columns = [getattr(MediaAsset, name) for name in _ITEM_COLUMNS]
        statement = (
            sa.select(*columns, used)
            .outerjoin(usage, usage.c.media_id == col(MediaAsset.id))
            .where(MediaAsset.workspace_id == workspace_id)
        )
        if query.unused:
            statement = statement.where(used == 0)
        if query.missing_alt_text:
            statement = statement.where(sa.func.trim(col(MediaAsset.alt_text)) == "")
        if query.has_location:
            statement = statement.where(col(MediaAsset.has_gps).is_(True))
        if query.name_contains.strip():
            pattern = "%" + _escape_like(query.name_contains.strip().lower()) + "%"
            statement = statement.where(
                sa.func.lower(col(MediaAsset.original_name)).like(pattern, escape="\\")
            )
        statement = statement.order_by(col(MediaAsset.created_at).desc(), col(MediaAsset.id).desc())
        with self.db.session() as session:
            rows = session.execute(statement).all()
        items = [_item_from_columns(row) for row in rows]
        if query.tag:
            wanted = normalise_tags([query.tag])
            items = [item for item in items if wanted and wanted[0] in item.tags]
        return items

    def tags(self, workspace_id: int) -> list[str]:
        """Every tag used in the workspace, sorted."""
        with self.db.session() as session:
            stored = session.exec(
                select(MediaAsset.tags).where(MediaAsset.workspace_id == workspace_id)
            ).all()
        return sorted({tag for text in stored for tag in _tags_from_text(text)})

    def used_in(self, media_id: int) -> int:
        with self.db.session() as session:
            return self._used_in(session, [media_id])[0]

    def update_alt_text(self, item: MediaItem, alt_text: str) -> MediaItem:
        """Store the alt text; ConflictError when the image was edited since `item` was read."""
        return self._update(item, {"alt_text": alt_text})

    def set_tags(self, item: MediaItem, tags: Iterable[str]) -> MediaItem:
        return self._update(item, {"tags": json.dumps(list(normalise_tags(tags)))})

    def remove(self, item: MediaItem) -> None:
        """Delete the image's row; refused (MediaInUseError) while a post uses it, and
        (ConflictError) when someone changed its alt text or tags since `item` was read."""
        with self.db.session(write=True) as session:
            uses = self._used_in(session, [item.id])[0]
            if uses:
                raise MediaInUseError(
                    f"{item.original_name or 'This image'} is used in {counted(uses, 'post')}; "
                    "remove it from them first.",
                    self.db.location,
                )
            row = session.get(MediaAsset, item.id)
            if row is not None and row.version != item.version:
                raise _changed_meanwhile("image", item, media_item(row), self.db.location)
            if row is not None:
                session.delete(row)

    def _update(self, item: MediaItem, values: dict[str, object]) -> MediaItem:
        saved = save_versioned(self.db, MediaAsset, item, values, to_data=media_item, what="image")
        return replace(saved, used_in=self.used_in(item.id))

    @staticmethod
    def _used_in(session: Session, media_ids: Sequence[int]) -> list[int]:
        counts = dict(
            session.exec(
                select(PostMedia.media_id, sa.func.count(sa.distinct(PostMedia.post_id)))
                .where(col(PostMedia.media_id).in_(media_ids))
                .group_by(col(PostMedia.media_id))
            ).all()
        )
        return [int(counts.get(media_id, 0)) for media_id in media_ids]

    # -- attachments --

    def attachments(self, post_id: int) -> list[Attachment]:
        """The post's images in order."""
        with self.db.session() as session:
            return self._attachments(session, post_id)

    def attach(self, post_id: int, media_id: int, *, position: int | None = None) -> Attachment:
        """Attach the image to the post at `position` (default: after the others); the images
        from that position on move one place back."""
        with self.db.session(write=True) as session:
            post = get_row(session, Post, post_id, "post", self.db.location)
            asset = get_row(session, MediaAsset, media_id, "image", self.db.location)
            if asset.workspace_id != post.workspace_id:
                raise ValueError("An image can only be attached to a post of its own workspace.")
            links = self._links(session, post_id)
            index = len(links) if position is None else max(0, min(position, len(links)))
            ordered: list[PostMedia | None] = [*links[:index], None, *links[index:]]
            self._park(session, links)
            new_link = PostMedia(post_id=post_id, media_id=media_id, position=index)
            for number, link in enumerate(ordered):
                if link is not None:
                    link.position = number
                    session.add(link)
            session.add(new_link)
            session.flush()
            return next(a for a in self._attachments(session, post_id) if a.id == new_link.id)

    def detach(self, attachment: Attachment) -> list[Attachment]:
        """Take the image off the post (it stays in the library); the rest close up.
        ConflictError when someone changed this attachment (its crops) since it was read."""
        with self.db.session(write=True) as session:
            row = session.get(PostMedia, attachment.id)
            if row is not None and row.version != attachment.version:
                theirs = _attachment(row, attachment.media)
                raise _changed_meanwhile("attached image", attachment, theirs, self.db.location)
            if row is not None:
                session.delete(row)
                session.flush()
            links = self._links(session, attachment.post_id)
            self._renumber(session, links)
            return self._attachments(session, attachment.post_id)

    def reorder(self, post_id: int, attachment_ids: Sequence[int]) -> list[Attachment]:
        """Put the post's images in the order of `attachment_ids` (every one of them, once)."""
        with self.db.session(write=True) as session:
            links = {link.id: link for link in self._links(session, post_id)}
            if sorted(attachment_ids) != sorted(links) or len(set(attachment_ids)) != len(links):
                raise ValueError(
                    "Reordering needs every image of the post exactly once "
                    f"(post {post_id} has {len(links)})."
                )
            self._renumber(session, [links[link_id] for link_id in attachment_ids])
            return self._attachments(session, post_id)

    def set_crop(
        self, attachment: Attachment, platform: str, box: Sequence[float] | None
    ) -> Attachment:
        """Store the crop for one platform (None: the whole image). ConflictError when the
        attachment was changed since it was read."""
        return self.set_crops(attachment, {platform: box})

    def set_crops(
        self, attachment: Attachment, boxes: Mapping[str, Sequence[float] | None]
    ) -> Attachment:
        """Several platforms' crops in one versioned update (None removes a platform's crop)."""
        stored = dict(attachment.crop_boxes)
        for platform, box in boxes.items():
            if box is None:
                stored.pop(platform, None)
            else:
                stored[platform] = checked_box(box)
        return save_versioned(
            self.db,
            PostMedia,
            attachment,
            {"crop_boxes": _boxes_to_text(stored)},
            to_data=lambda link: _attachment(link, attachment.media),
            what="attached image",
        )

    # -- publish kits --

    def posts_for_kit(
        self,
        *,
        workspace: str | None = None,
        first_day: date | None = None,
        last_day: date | None = None,
        post_ids: Sequence[int] = (),
    ) -> list[PostForKit]:
        """The posts of an export scope (the same selectors as `studio export`), or exactly
        `post_ids` when given; in calendar order."""
        from studio.storage.exchange.common import (
            ExportScope,
            selected_posts,
            selected_workspaces,
        )

        scope = ExportScope(workspace=workspace, first_day=first_day, last_day=last_day)
        with self.db.session() as session:
            chosen: list[tuple[Workspace, Post]] = []
            if post_ids:
                for post_id in post_ids:
                    post = get_row(session, Post, post_id, "post", self.db.location)
                    owner = get_row(session, Workspace, post.workspace_id, "workspace", "")
                    chosen.append((owner, post))
            else:
                for owner in selected_workspaces(session, scope):
                    chosen += [(owner, post) for post in selected_posts(session, owner, scope)]
            result = []
            for owner, post in chosen:
                assert post.id is not None
                variants = session.exec(
                    select(Variant).where(Variant.post_id == post.id).order_by(col(Variant.id))
                ).all()
                result.append(
                    PostForKit(
                        id=post.id,
                        workspace=owner.name,
                        workspace_platforms=tuple(
                            p for p in owner.default_platforms.split(",") if p
                        ),
                        title=post.title,
                        body=post.body,
                        scheduled_at=post.scheduled_at,
                        zone=post.scheduled_zone or owner.timezone,
                        variants=tuple(
                            KitVariant(v.platform, v.text, v.first_comment, v.enabled)
                            for v in variants
                        ),
                        attachments=tuple(self._attachments(session, post.id)),
                    )
                )
            return result

    def _attachments(self, session: Session, post_id: int) -> list[Attachment]:
        rows = session.exec(
            select(PostMedia, MediaAsset)
            .join(MediaAsset, col(MediaAsset.id) == col(PostMedia.media_id))
            .where(PostMedia.post_id == post_id)
            .order_by(col(PostMedia.position), col(PostMedia.id))
        ).all()
        media_ids = sorted({asset.id for _, asset in rows if asset.id is not None})
        usage = dict(zip(media_ids, self._used_in(session, media_ids), strict=True))
        return [
            _attachment(link, media_item(asset, usage.get(asset.id or 0, 0)))
            for link, asset in rows
        ]

    @staticmethod
    def _links(session: Session, post_id: int) -> list[PostMedia]:
        return list(
            session.exec(
                select(PostMedia)
                .where(PostMedia.post_id == post_id)
                .order_by(col(PostMedia.position), col(PostMedia.id))
            ).all()
        )

    @staticmethod
    def _park(session: Session, links: Sequence[PostMedia]) -> None:
        # (post_id, position) is unique and checked row by row: move every link to a negative
        # position first, so renumbering never passes through a duplicate.
        for number, link in enumerate(links):
            link.position = -1 - number
            session.add(link)
        session.flush()

    def _renumber(self, session: Session, links: Sequence[PostMedia]) -> None:
        self._park(session, links)
        for number, link in enumerate(links):
            link.position = number
            session.add(link)
        session.flush()


def _changed_meanwhile(
    what: str, mine: MediaItem | Attachment, theirs: MediaItem | Attachment, location: str
) -> ConflictError:
    return ConflictError(
        f"The {what} {mine.id} was changed by someone else since you opened it (you saw "
        f"version {mine.version}, the saved one is version {theirs.version}); it was not removed.",
        location,
        mine=mine,
        theirs=theirs,
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
