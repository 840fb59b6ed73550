"""MediaService: the media library for the widgets — importing, thumbnails, alt text, the images
of a post, crops, and publish kits — with all image work off the GUI thread.

    import_files(workspace_id, paths)  image pool: check + copy into the store (temp + rename)
                                       DB writer: one library row per new image
                                       ─► import_finished([ImportOutcome, …]), library_changed
    request_thumbnail(sha256, size)    image pool: made or read from the disk cache, decoded
                                       ─► thumbnail_ready(sha256, size, QImage)
    attach / detach / reorder / set_crop / update_alt_text / set_tags
                                       DB writer ─► attachments_changed(post_id) / item_changed
    export_kit(out_dir, post_ids)      image pool, with kit_progress(done, total, what)

Every bad file gets its own message (ImportOutcome.error, from studio.media.errors) and stops
nothing else; a conflict (someone else edited the alt text) arrives as `failed(message)` with the
stored value untouched. Reads (`items`, `attachments`) run on the calling thread with their own
session, as ARCHITECTURE.md allows.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from studio.domain.platforms import PLATFORMS, PlatformId
from studio.feedback.model import MediaFacts
from studio.media.errors import ImageError, UnreadableImageError
from studio.media.store import MediaStore, StoredMedia
from studio.media.thumbnails import ThumbnailCache
from studio.services.publish_kit import KitReport, export_kit
from studio.services.tasks import JobId, Pool, TaskRunner
from studio.storage.database import Database
from studio.storage.errors import StorageError
from studio.storage.media_library import (
    ALL_IMAGES,
    Attachment,
    MediaItem,
    MediaLibrary,
    MediaQuery,
    NewMedia,
)
from studio.storage.repositories import PostRepository

log = logging.getLogger(__name__)

# Names for image bytes pasted from the clipboard (they come without a file name).
PASTED_NAME = "Pasted image {stamp}.png"
# Below this width a photo looks soft on most platforms (Instagram and Facebook show 1080).
SOFT_BELOW_WIDTH = 1080


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of an import."""

    source: Path
    item: MediaItem | None = None  # the library entry (None when the file was refused)
    created: bool = False  # False: the library already had these exact bytes
    error: str = ""  # the message to show when it was refused
    notes: tuple[str, ...] = ()  # accepted with remarks (wrong extension, CMYK, huge …)

    @property
    def ok(self) -> bool:
        return self.item is not None


class MediaService(QObject):
    library_changed = Signal(int)  # workspace id: re-read items()
    import_finished = Signal(object)  # list[ImportOutcome], in the order the files were given
    thumbnail_ready = Signal(str, int, QImage)  # sha256, size, the decoded thumbnail
    thumbnail_failed = Signal(str, int, str)  # sha256, size, message
    item_changed = Signal(object)  # MediaItem after an alt-text or tag change
    attachments_changed = Signal(int)  # post id: re-read attachments()
    failed = Signal(str)  # a change that could not be stored, in plain words
    kit_progress = Signal(int, int, str)  # images done, images in total, what is being done
    kit_finished = Signal(object)  # KitReport
    kit_failed = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        database: Database,
        store: MediaStore,
        thumbnails: ThumbnailCache,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.library = MediaLibrary(database)
        self.store = store
        self.thumbnails = thumbnails
        self._pending_thumbnails: set[tuple[str, int]] = set()
        self._failed_thumbnails: dict[tuple[str, int], str] = {}
        self._kit_cancel: threading.Event | None = None

    # ---- reading -------------------------------------------------------------------------

    def items(self, workspace_id: int, query: MediaQuery = ALL_IMAGES) -> list[MediaItem]:
        return self.library.list(workspace_id, query)

    def tags(self, workspace_id: int) -> list[str]:
        return self.library.tags(workspace_id)

    def attachments(self, post_id: int | None) -> list[Attachment]:
        return [] if post_id is None else self.library.attachments(post_id)

    def path_of(self, item: MediaItem) -> Path | None:
        """The stored file (None when it was deleted outside the studio)."""
        return self.store.find(item.sha256)

    # ---- importing -----------------------------------------------------------------------

    def import_files(
        self,
        workspace_id: int,
        paths: Sequence[Path | str],
        *,
        tags: Iterable[str] = (),
        on_done: Callable[[list[ImportOutcome]], None] | None = None,
    ) -> JobId:
        """Check and copy the files on the image pool, then record them on the DB writer."""
        sources = [Path(path) for path in paths]
        tag_list = tuple(tags)

        def record(results: list[StoredMedia | ImageError]) -> None:
            self.tasks.write(
                self._record,
                workspace_id,
                sources,
                results,
                tag_list,
                on_success=finished,
                on_failure=lambda error: self.failed.emit(str(error)),
            )

        def finished(outcomes: list[ImportOutcome]) -> None:
            if any(outcome.created for outcome in outcomes):
                self.library_changed.emit(workspace_id)
            self.import_finished.emit(outcomes)
            if on_done is not None:
                on_done(outcomes)

        return self.tasks.submit(
            _copy_into_store,
            self.store,
            sources,
            pool=Pool.IMAGES,
            on_success=record,
            on_failure=lambda error: self.failed.emit(str(error)),
        )

    def import_image_bytes(
        self,
        workspace_id: int,
        data: bytes,
        *,
        name: str | None = None,
        on_done: Callable[[list[ImportOutcome]], None] | None = None,
    ) -> JobId:
        """An image pasted from the clipboard (PNG bytes): written to a temporary file, which
        then goes through the same checks and copy as any other file."""
        stamp = datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        file_name = name or PASTED_NAME.format(stamp=stamp)
        folder = Path(tempfile.mkdtemp(prefix="studio-paste-"))
        source = folder / file_name
        source.write_bytes(data)

        def done(outcomes: list[ImportOutcome]) -> None:
            source.unlink(missing_ok=True)
            folder.rmdir()
            if on_done is not None:
                on_done(outcomes)

        return self.import_files(workspace_id, [source], on_done=done)

    def _record(
        self,
        workspace_id: int,
        sources: list[Path],
        results: list[StoredMedia | ImageError],
        tags: tuple[str, ...],
    ) -> list[ImportOutcome]:
        """DB writer: one library row per stored file."""
        outcomes = []
        for source, result in zip(sources, results, strict=True):
            if isinstance(result, ImageError):
                outcomes.append(ImportOutcome(source, error=str(result)))
                continue
            facts = result.facts
            width, height = facts.display_size
            new = NewMedia(
                sha256=result.sha256,
                original_name=source.name,
                mime=facts.mime,
                width=width,
                height=height,
                byte_size=facts.byte_size,
                has_gps=facts.has_gps,
            )
            try:
                item, created = self.library.add(workspace_id, new, tags=tags)
            except StorageError as error:
                outcomes.append(ImportOutcome(source, error=f"{source.name}: {error}"))
                continue
            outcomes.append(ImportOutcome(source, item, created, notes=facts.notes))
        return outcomes

    # ---- thumbnails ----------------------------------------------------------------------

    def request_thumbnail(self, sha256: str, size: int) -> None:
        """Make (or read from the disk cache) the thumbnail on the image pool and decode it there
        too; `thumbnail_ready(sha256, size, QImage)` or `thumbnail_failed` follows. Asking again
        while it is on its way, or after it failed, starts nothing."""
        key = (sha256, size)
        if key in self._pending_thumbnails or key in self._failed_thumbnails:
            return
        self._pending_thumbnails.add(key)

        def ready(image: QImage) -> None:
            self._pending_thumbnails.discard(key)
            self.thumbnail_ready.emit(sha256, size, image)

        def failed(error: BaseException) -> None:
            self._pending_thumbnails.discard(key)
            message = str(error)
            self._failed_thumbnails[key] = message
            self.thumbnail_failed.emit(sha256, size, message)

        self.tasks.submit(
            _thumbnail_image,
            self.thumbnails,
            sha256,
            size,
            pool=Pool.IMAGES,
            on_success=ready,
            on_failure=failed,
        )

    def thumbnail_error(self, sha256: str, size: int) -> str | None:
        return self._failed_thumbnails.get((sha256, size))

    def forget_failures(self) -> None:
        """Try failed thumbnails again (after files came back into the store)."""
        self._failed_thumbnails.clear()

    # ---- editing ---------------------------------------------------------------------------

    def update_alt_text(self, item: MediaItem, alt_text: str) -> JobId:
        return self._write(self.library.update_alt_text, item, alt_text, then=self._item_saved)

    def set_tags(self, item: MediaItem, tags: Iterable[str]) -> JobId:
        return self._write(self.library.set_tags, item, tuple(tags), then=self._item_saved)

    def attach(self, post_id: int, media_ids: Sequence[int]) -> JobId:
        def attach_all() -> None:
            for media_id in media_ids:
                self.library.attach(post_id, media_id)

        return self._write(attach_all, then=lambda _: self._attachments_saved(post_id))

    def detach(self, attachment: Attachment) -> JobId:
        post_id = attachment.post_id
        return self._write(
            self.library.detach, attachment, then=lambda _: self._attachments_saved(post_id)
        )

    def reorder(self, post_id: int, attachment_ids: Sequence[int]) -> JobId:
        return self._write(
            self.library.reorder,
            post_id,
            list(attachment_ids),
            then=lambda _: self._attachments_saved(post_id),
        )

    def set_crop(
        self, attachment: Attachment, platform: str, box: tuple[float, float, float, float] | None
    ) -> JobId:
        return self.set_crops(attachment, {platform: box})

    def set_crops(
        self,
        attachment: Attachment,
        boxes: Mapping[str, tuple[float, float, float, float] | None],
    ) -> JobId:
        """Several platforms' crops of one attached image, in one versioned write."""
        post_id = attachment.post_id
        return self._write(
            self.library.set_crops,
            attachment,
            dict(boxes),
            then=lambda _: self._attachments_saved(post_id),
        )

    def _write(self, function: Callable[..., object], *args: object, then: Callable) -> JobId:
        return self.tasks.write(
            function, *args, on_success=then, on_failure=lambda e: self.failed.emit(str(e))
        )

    def _item_saved(self, item: MediaItem) -> None:
        self.item_changed.emit(item)
        self.library_changed.emit(item.workspace_id)

    def _attachments_saved(self, post_id: int) -> None:
        self.attachments_changed.emit(post_id)
        try:
            workspace_id = PostRepository(self.library.db).get(post_id).workspace_id
        except StorageError:
            return  # the post was deleted meanwhile
        self.library_changed.emit(workspace_id)  # "used in N posts" changed

    # ---- publish kits ----------------------------------------------------------------------

    def export_kit(
        self, out_dir: Path, post_ids: Sequence[int], *, remove_all_metadata: bool = False
    ) -> JobId:
        """Write a publish kit for the posts on the image pool, reporting progress."""
        posts = self.library.posts_for_kit(post_ids=post_ids)
        cancel = threading.Event()
        self._kit_cancel = cancel
        return self.tasks.submit(
            export_kit,
            self.store,
            out_dir,
            posts,
            remove_all_metadata=remove_all_metadata,
            progress=self.kit_progress.emit,  # queued to the GUI thread by Qt
            cancel=cancel,
            pool=Pool.IMAGES,
            on_success=self._kit_done,
            on_failure=lambda error: self.kit_failed.emit(str(error)),
        )

    def cancel_kit(self) -> None:
        if self._kit_cancel is not None:
            self._kit_cancel.set()

    def _kit_done(self, report: KitReport) -> None:
        self._kit_cancel = None
        self.kit_finished.emit(report)


# ---- plain helpers (no Qt) ---------------------------------------------------------------------


def _copy_into_store(store: MediaStore, sources: list[Path]) -> list[StoredMedia | ImageError]:
    """Image pool: each file checked and copied in; a bad one gives its error, the rest go on."""
    results: list[StoredMedia | ImageError] = []
    for source in sources:
        try:
            results.append(store.add(source))
        except ImageError as error:
            results.append(error)
        except OSError as error:  # the store's own disk is full or read-only
            results.append(
                UnreadableImageError(source, f"{source.name} could not be stored: {error}")
            )
    return results


def _thumbnail_image(cache: ThumbnailCache, sha256: str, size: int) -> QImage:
    """Image pool: the cached thumbnail (made first if needed), decoded here so the GUI thread
    only turns it into a pixmap. QImage, unlike QPixmap, may be built on any thread."""
    path = cache.thumbnail(sha256, size)
    image = QImage(str(path))
    if image.isNull():
        raise UnreadableImageError(path, f"The thumbnail {path.name} could not be read.")
    return image


def media_facts(attachments: Sequence[Attachment]) -> tuple[MediaFacts, ...]:
    """What the feedback engine is told about a post's images, in order, with the size each
    platform's crop gives (so a 4:5 crop of a wide photo is not called too wide)."""
    return tuple(
        replace(facts_of(attachment.media), crops=_crop_sizes(attachment))
        for attachment in attachments
    )


def _crop_sizes(attachment: Attachment) -> tuple[tuple[str, int, int], ...]:
    width, height = attachment.media.width, attachment.media.height
    return tuple(
        (platform, max(1, round(box_w * width)), max(1, round(box_h * height)))
        for platform, (_x, _y, box_w, box_h) in sorted(attachment.crop_boxes.items())
    )


def facts_of(item: MediaItem) -> MediaFacts:
    return MediaFacts(
        alt_text=item.alt_text,
        byte_size=item.byte_size,
        width=item.width,
        height=item.height,
        mime=item.mime,
        has_gps=item.has_gps,
        animated=False,
    )


def media_warnings(item: MediaItem, platforms: Sequence[PlatformId] = ()) -> list[str]:
    """Plain-words warnings for the library: location, size, format, resolution, alt text.

    With no platforms given, every platform the studio knows is considered."""
    chosen = list(platforms) or list(PlatformId)
    warnings = []
    if item.has_gps:
        warnings.append(
            "Contains the location where it was taken; publish kits remove it, other "
            "uploads may not."
        )
    too_big = [
        p
        for p in chosen
        if (limit := PLATFORMS[p].media.max_image_bytes) and item.byte_size > limit
    ]
    if too_big:
        names = ", ".join(PLATFORMS[p].name for p in too_big)
        warnings.append(
            f"Larger ({_megabytes(item.byte_size)}) than {names} accept"
            f"{'s' if len(too_big) == 1 else ''}; publish kits make it smaller."
        )
    unaccepted = [
        p
        for p in chosen
        if PLATFORMS[p].media.formats and item.mime not in PLATFORMS[p].media.formats
    ]
    if unaccepted:
        names = ", ".join(PLATFORMS[p].name for p in unaccepted)
        warnings.append(f"{_format_name(item.mime)} is not accepted by {names}; kits convert it.")
    if item.width < SOFT_BELOW_WIDTH:
        warnings.append(
            f"{item.width}×{item.height} px may look soft: most platforms show "
            f"{SOFT_BELOW_WIDTH} px wide."
        )
    if item.missing_alt_text:
        warnings.append("No alt text yet: people using screen readers will not know what it shows.")
    return warnings


def _megabytes(byte_size: int) -> str:
    return f"{byte_size / 1_000_000:.1f} MB"


def _format_name(mime: str) -> str:
    return mime.removeprefix("image/").upper() or "This format"
