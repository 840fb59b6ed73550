"""Thumbnails with a disk cache, made to run on the image pool (several threads at once).

A thumbnail is keyed by the image's SHA-256, the requested size and `THUMBNAIL_VERSION`, so an
edited copy of a file never shows a stale picture and changing how thumbnails are made only needs
the version bumped. JPEGs are decoded at a reduced scale (`draft()`), which is most of the speed;
EXIF orientation is applied; CMYK, 16-bit, palette and transparent images are converted properly.
Thumbnails carry no metadata, so no location leaks into the cache.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from studio.media.atomic import atomic_output
from studio.media.display import has_transparency, to_display_image
from studio.media.exif import carry_exif
from studio.media.safe_open import file_sha256, open_image, reading_pixels
from studio.media.store import MediaStore

# Bump when thumbnails would come out differently, so cached ones from before are not used.
THUMBNAIL_VERSION = 1
JPEG_QUALITY = 85

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class _FileIdentity:
    # Enough to notice that a file at the same path now has different content.
    size: int
    modified_ns: int
    inode: int


class ThumbnailCache:
    """`thumbnail(path_or_sha256, size)` returns a JPEG (or PNG, when transparent) no larger than
    `size`×`size` pixels, made once and then read from `cache_dir`."""

    def __init__(self, cache_dir: Path | str, store: MediaStore | None = None) -> None:
        self._cache_dir = Path(cache_dir)
        self._store = store
        self._hash_lock = threading.Lock()
        self._known_hashes: dict[Path, tuple[_FileIdentity, str]] = {}

    @property
    def cache_dir(self) -> Path:
        return self._cache_dir

    def thumbnail(self, source: Path | str, size: int) -> Path:
        """The cached thumbnail file for `source` — a file path, or the SHA-256 of an image in
        the media store — made now if needed. Raises an `ImageError` for a bad image."""
        if size < 1:
            raise ValueError(f"Thumbnail size must be at least 1 pixel, not {size}.")
        if isinstance(source, str) and _SHA256.fullmatch(source):
            sha256 = source
            cached = self.cached(sha256, size)
            if cached is not None:
                return cached
            return self._make(self._stored_path(sha256), sha256, size)
        path = Path(source)
        sha256 = self._sha256_of(path)
        cached = self.cached(sha256, size)
        if cached is not None:
            return cached
        return self._make(path, sha256, size)

    def cached(self, sha256: str, size: int) -> Path | None:
        """The cached thumbnail if it has been made, without making it."""
        for extension in ("jpg", "png"):
            candidate = self._cache_path(sha256, size, extension)
            if candidate.is_file():
                return candidate
        return None

    def _make(self, path: Path, sha256: str, size: int) -> Path:
        picture = render_thumbnail(path, size)
        transparent = picture.mode == "RGBA"
        destination = self._cache_path(sha256, size, "png" if transparent else "jpg")
        # A cache can be rebuilt, so skip syncing the folder; temp + rename still guarantees a
        # thread reading the cache sees a whole file or none.
        with atomic_output(destination, sync_folder=False) as output:
            if transparent:
                picture.save(output, "PNG")
            else:
                picture.save(output, "JPEG", quality=JPEG_QUALITY, optimize=True)
        return destination

    def _cache_path(self, sha256: str, size: int, extension: str) -> Path:
        name = f"{sha256}-{size}-v{THUMBNAIL_VERSION}.{extension}"
        return self._cache_dir / sha256[:2] / name

    def _stored_path(self, sha256: str) -> Path:
        if self._store is None:
            raise ValueError("A thumbnail by hash needs the cache to be given the media store.")
        return self._store.path_for(sha256)

    def _sha256_of(self, path: Path) -> str:
        # Hashing a 10 MB photo costs more than the whole cached lookup may, so remember hashes
        # for as long as the file's size, modification time and inode stay the same.
        status = path.stat()
        identity = _FileIdentity(status.st_size, status.st_mtime_ns, status.st_ino)
        key = path.absolute()
        with self._hash_lock:
            known = self._known_hashes.get(key)
        if known is not None and known[0] == identity:
            return known[1]
        sha256 = file_sha256(path)
        with self._hash_lock:
            self._known_hashes[key] = (identity, sha256)
        return sha256


def render_thumbnail(path: Path | str, size: int) -> Image.Image:
    """The thumbnail pixels (not cached): upright, "L"/"RGB", or "RGBA" only when some pixel is
    transparent, fitting in `size`×`size`. Raises an `ImageError` for a bad image."""
    path = Path(path)
    with open_image(path) as image, reading_pixels(image, path):
        image.seek(0)  # animated images: the first frame
        if image.format in ("JPEG", "MPO"):
            # Let libjpeg decode at 1/2, 1/4 or 1/8 scale, never below the thumbnail size.
            image.draft(None, _fitted(image.size, size))
        picture = to_display_image(image)
        if picture is image:
            picture = image.copy()  # detach from the file before it closes
        carry_exif(image, picture)
        picture.thumbnail((size, size), Image.Resampling.LANCZOS, reducing_gap=3.0)
        upright = ImageOps.exif_transpose(picture)
    if upright.mode == "RGBA" and not has_transparency(upright):
        upright = upright.convert("RGB")
    upright.info.clear()
    return upright


def _fitted(source_size: tuple[int, int], size: int) -> tuple[int, int]:
    width, height = source_size
    scale = min(size / width, size / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))
