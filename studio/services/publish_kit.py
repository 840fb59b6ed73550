"""Publish kits: everything needed to post by hand, one folder per post.

    <out>/2027-03-28-spring-menu-launch-12/
        post.json                       what is in the folder, per platform
        instagram/caption.txt           the platform's text (its own variant, else the body)
        instagram/first-comment.txt     when the post has one for that platform
        instagram/01-rye-loaf.jpg       each image rendered for the platform (crop, size, format,
        instagram/01-rye-loaf.alt.txt   byte limit) with its alt text beside it
        x/caption.txt …

Images go through `studio.media.renditions`: EXIF location is always removed (the studio never
publishes where a photo was taken by accident); other metadata is kept unless the person asks to
remove all of it. A platform that takes fewer images than the post has gets the first ones, and
the kit says which were left out. One bad image is reported and the rest of the kit is written.

Plain Python (no Qt): `studio export --format kit` and the composer's button both call
`export_kit`; the GUI runs it on the TaskRunner's image pool.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from studio.domain.platforms import PLATFORMS, PlatformId
from studio.media.crops import FULL_FRAME, CropBox
from studio.media.errors import ImageError
from studio.media.platform_specs import rendition_spec_for
from studio.media.renditions import render_for_platform
from studio.media.store import MediaNotFoundError, MediaStore
from studio.storage.media_library import PostForKit

# (images done, images in total, what is being done) — called from the worker thread.
Progress = Callable[[int, int, str], None]
_SLUG_DROP = re.compile(r"[^\w\s-]", re.UNICODE)
_SLUG_GAPS = re.compile(r"[\s_-]+")


class KitCancelledError(Exception):
    """The person stopped the export; the folders written so far stay."""


@dataclass
class KitReport:
    out_dir: Path
    posts: int = 0
    images: int = 0
    folders: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line per image that failed
    notes: list[str] = field(default_factory=list)  # images left out, files changed


def slug(text: str, *, fallback: str = "post", max_length: int = 48) -> str:
    """A file-name-safe, readable piece of `text` ("Spring menu!" -> "spring-menu")."""
    normal = unicodedata.normalize("NFKC", text).lower()
    cleaned = _SLUG_GAPS.sub("-", _SLUG_DROP.sub("", normal)).strip("-")
    return cleaned[:max_length].rstrip("-") or fallback


def post_folder_name(post: PostForKit) -> str:
    when = "unscheduled"
    if post.scheduled_at is not None:
        when = post.scheduled_at.astimezone(ZoneInfo(post.zone)).strftime("%Y-%m-%d")
    return f"{when}-{slug(post.title or post.body[:40])}-{post.id}"


def export_kit(
    store: MediaStore,
    out_dir: Path,
    posts: Sequence[PostForKit],
    *,
    remove_all_metadata: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> KitReport:
    """Write a kit for each of `posts` into `out_dir` (created when missing)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report = KitReport(out_dir=out_dir)
    plan = [(post, _platforms(post)) for post in posts]
    total = sum(
        min(len(post.attachments), _max_images(platform))
        for post, platforms in plan
        for platform in platforms
    )
    done = 0
    for post, platforms in plan:
        folder = out_dir / post_folder_name(post)
        folder.mkdir(parents=True, exist_ok=True)
        manifest: dict[str, object] = {
            "post": post.id,
            "title": post.title,
            "workspace": post.workspace,
            "scheduled_at": post.scheduled_at.isoformat() if post.scheduled_at else None,
            "location_removed": True,
            "all_metadata_removed": remove_all_metadata,
            "platforms": {},
        }
        for platform in platforms:
            if cancel is not None and cancel.is_set():
                raise KitCancelledError(f"Stopped after {done} of {total} images.")
            entries, done = _write_platform(
                post, platform, folder, store, report, remove_all_metadata, done, total, progress
            )
            manifest["platforms"][platform.value] = entries  # type: ignore[index]
        (folder / "post.json").write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        report.posts += 1
        report.folders.append(folder)
    return report


def _platforms(post: PostForKit) -> list[PlatformId]:
    known = {platform.value: platform for platform in PlatformId}
    wanted = [known[p] for p in post.platforms if p in known]
    return [platform for platform in PlatformId if platform in wanted]


def _max_images(platform: PlatformId) -> int:
    return PLATFORMS[platform].media.max_images or 10


def _write_platform(
    post: PostForKit,
    platform: PlatformId,
    folder: Path,
    store: MediaStore,
    report: KitReport,
    remove_all_metadata: bool,
    done: int,
    total: int,
    progress: Progress | None,
) -> tuple[dict[str, object], int]:
    target = folder / platform.value
    target.mkdir(exist_ok=True)
    (target / "caption.txt").write_text(post.text_for(platform.value) + "\n", encoding="utf-8")
    first_comment = post.first_comment_for(platform.value)
    if first_comment.strip():
        (target / "first-comment.txt").write_text(first_comment + "\n", encoding="utf-8")
    spec = rendition_spec_for(platform)
    limit = _max_images(platform)
    images: list[dict[str, object]] = []
    for number, attachment in enumerate(post.attachments[:limit], start=1):
        media = attachment.media
        stem = f"{number:02d}-{slug(Path(media.original_name).stem, fallback='image')}"
        if progress is not None:
            progress(done, total, f"{PLATFORMS[platform].name}: {media.original_name}")
        box = attachment.crop_for(platform.value)
        try:
            rendered = render_for_platform(
                store.path_for(media.sha256),
                CropBox(*box) if box else FULL_FRAME,
                spec,
                target,
                remove_all_metadata=remove_all_metadata,
                name=stem,
            )
        except (ImageError, MediaNotFoundError) as error:
            report.problems.append(
                f"post {post.id}, {PLATFORMS[platform].name}: {media.original_name}: {error}"
            )
        else:
            alt_file = target / f"{stem}.alt.txt"
            alt_file.write_text(media.alt_text + "\n", encoding="utf-8")
            report.images += 1
            report.notes += [f"{rendered.path.name}: {note}" for note in rendered.notes]
            images.append(
                {
                    "file": rendered.path.name,
                    "alt_text_file": alt_file.name,
                    "alt_text": media.alt_text,
                    "width": rendered.width,
                    "height": rendered.height,
                    "bytes": rendered.byte_size,
                    "source": media.original_name,
                }
            )
        done += 1
    left_out = post.attachments[limit:]
    if left_out:
        report.notes.append(
            f"post {post.id}: {PLATFORMS[platform].name} takes {limit} images; left out: "
            + ", ".join(a.media.original_name for a in left_out)
        )
    entry: dict[str, object] = {"caption": "caption.txt", "images": images}
    if first_comment.strip():
        entry["first_comment"] = "first-comment.txt"
    return entry, done
