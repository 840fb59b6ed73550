"""Opening image files that may be anything: empty, cut off, mislabelled, hostile or enormous.

`open_image` reads only the header and turns every failure into an `ImageError` that names the
file. `inspect_image` adds a cheap check that the picture data decodes (JPEGs at 1/8 scale, huge
PNGs by checksum only) and returns `ImageFacts`; `inspect_many` does a batch without stopping at
a bad file.

Pillow's decompression-bomb limit (`Image.MAX_IMAGE_PIXELS`, ~89 megapixels) is kept: above twice
the limit Pillow refuses and so do we; between one and two times it Pillow only warns, and such a
file is accepted as a "huge" image whose previews come from reduced copies.
"""

from __future__ import annotations

import contextlib
import hashlib
import struct
import threading
import warnings
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

from studio.media.errors import (
    DamagedImageError,
    EmptyImageFileError,
    ImageError,
    ImageTooLargeError,
    MissingHeifSupportError,
    NotAnImageError,
    TruncatedImageError,
    UnreadableImageError,
    name_of,
)
from studio.media.exif import has_gps, location_in_xmp, orientation_of
from studio.media.formats import (
    HEIF_EXTRA,
    HEIF_PACKAGE,
    SNIFF_BYTES,
    format_info,
    readable_formats,
    sniff_format,
)

# Above this many pixels, inspecting skips a full decode of non-JPEG files (JPEGs are always
# decoded at 1/8 scale, which is cheap). Keeps inspecting a 100-megapixel PNG from allocating
# 300 MB just to say "fine".
FULL_DECODE_PIXEL_LIMIT = 50_000_000

_ANIMATABLE_FORMATS = frozenset({"GIF", "WEBP", "PNG"})
_HASH_CHUNK_BYTES = 1 << 20
# What Pillow raises when picture data is bad (zlib for PNG, struct for short reads).
_DECODE_ERRORS = (OSError, EOFError, SyntaxError, ValueError, struct.error, zlib.error)

# warnings.catch_warnings() swaps process-wide state; serialise our own uses of it so two image
# threads cannot restore each other's filters in the wrong order.
_WARNING_FILTER_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class ImageFacts:
    """What the studio knows about one image file without keeping its pixels."""

    path: Path
    sha256: str
    byte_size: int
    format: str  # Pillow's name for the real format ("JPEG", "PNG", …), whatever the file name says
    mime: str
    extension: str  # the extension the real format should carry ("jpg", "png", …)
    width: int  # as stored; see `display_size` for the upright size
    height: int
    mode: str  # Pillow mode as decoded ("RGB", "CMYK", "I;16", "P", …)
    bit_depth: int  # bits per channel
    animated: bool
    frame_count: int
    has_gps: bool
    orientation: int  # EXIF orientation 1–8
    extension_mismatch: bool  # the name's extension belongs to another format
    notes: tuple[str, ...] = ()  # plain-words remarks to show the user (mismatch, CMYK, huge …)

    @property
    def display_size(self) -> tuple[int, int]:
        """Width and height the way the photo is meant to be seen (EXIF orientation applied)."""
        if self.orientation in (5, 6, 7, 8):
            return self.height, self.width
        return self.width, self.height

    @property
    def pixel_count(self) -> int:
        return self.width * self.height

    @property
    def megapixels(self) -> float:
        return self.pixel_count / 1_000_000

    @property
    def huge(self) -> bool:
        """Past Pillow's warning limit: allowed, but only ever decoded reduced where possible."""
        return is_huge(self.width, self.height)


def is_huge(width: int, height: int) -> bool:
    limit = Image.MAX_IMAGE_PIXELS
    return limit is not None and width * height > limit


@contextlib.contextmanager
def pixel_limit_warning_silenced() -> Iterator[None]:
    """Silence Pillow's DecompressionBombWarning: callers judge size with `is_huge` instead.
    The error for more than twice the limit still comes through."""
    with _WARNING_FILTER_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        yield


@contextlib.contextmanager
def open_image(path: Path | str) -> Iterator[ImageFile.ImageFile]:
    """Open `path` reading only its header; every failure is an `ImageError` naming the file.
    Decode pixels inside `reading_pixels(image)` so decoding failures are named too."""
    path = Path(path)
    head = _read_head(path)
    announced = sniff_format(head)
    if announced in ("HEIF", "AVIF") and announced not in readable_formats():
        raise MissingHeifSupportError(path, _missing_heif_message(path, announced))
    try:
        with pixel_limit_warning_silenced():
            image = Image.open(path, formats=readable_formats())
    except Image.DecompressionBombError as error:
        raise ImageTooLargeError(path, _bomb_message(path)) from error
    except UnidentifiedImageError as error:
        if announced is not None:
            raise TruncatedImageError(path, _truncated_message(path, announced)) from error
        raise NotAnImageError(path, _not_an_image_message(path)) from error
    except (OSError, EOFError) as error:
        # The file was readable a moment ago (its first bytes were), so this is Pillow failing
        # on the contents: cut off if they began like an image, otherwise not an image at all.
        if announced is None:
            raise NotAnImageError(path, _not_an_image_message(path)) from error
        raise TruncatedImageError(path, _truncated_message(path, announced)) from error
    try:
        yield image
    finally:
        image.close()


@contextlib.contextmanager
def reading_pixels(image: Image.Image, path: Path | str) -> Iterator[None]:
    """Turn Pillow's decoding failures inside the block into `ImageError`s naming `path`."""
    path = Path(path)
    try:
        if is_huge(*image.size):
            with pixel_limit_warning_silenced():
                yield
        else:
            yield
    except Image.DecompressionBombError as error:
        raise ImageTooLargeError(path, _bomb_message(path)) from error
    except _DECODE_ERRORS as error:
        if isinstance(error, EOFError) or "truncated" in str(error).lower():
            raise TruncatedImageError(path, _truncated_message(path, image.format)) from error
        raise DamagedImageError(path, _damaged_message(path, error)) from error


def inspect_image(path: Path | str) -> ImageFacts:
    """Facts about one image file, after checking that its picture data decodes.

    Raises an `ImageError` subclass with a message naming the file for every kind of bad input.
    Never holds a full-size copy of a huge image."""
    path = Path(path)
    try:
        return _inspect(path)
    except ImageError:
        raise
    except Exception as error:  # a Pillow plugin failing in a way we did not foresee
        raise DamagedImageError(path, _damaged_message(path, error)) from error


def inspect_many(paths: Iterable[Path | str]) -> list[ImageFacts | ImageError]:
    """`inspect_image` for each path, in order; a bad file gives its error and the rest go on."""
    results: list[ImageFacts | ImageError] = []
    for path in paths:
        try:
            results.append(inspect_image(path))
        except ImageError as error:
            results.append(error)
    return results


def file_sha256(path: Path | str) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as source:
        while chunk := source.read(_HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _inspect(path: Path) -> ImageFacts:
    with open_image(path) as image:
        fmt = format_info(image.format)
        width, height = image.size
        mode = image.mode
        bit_depth = _bit_depth(image, path)
        with reading_pixels(image, path):
            frame_count = int(getattr(image, "n_frames", 1))
            image.seek(0)
            location, orientation = _check_pixels_and_read_metadata(image)
    byte_size = path.stat().st_size
    sha256 = file_sha256(path)
    suffix = path.suffix.lower().lstrip(".")
    mismatch = bool(suffix) and suffix not in fmt.known_extensions
    animated = fmt.name in _ANIMATABLE_FORMATS and frame_count > 1
    notes = _notes(path, fmt.label, suffix, mismatch, width, height, mode, bit_depth, frame_count)
    return ImageFacts(
        path=path,
        sha256=sha256,
        byte_size=byte_size,
        format="JPEG" if fmt.name == "MPO" else fmt.name,
        mime=fmt.mime,
        extension=fmt.extension,
        width=width,
        height=height,
        mode=mode,
        bit_depth=bit_depth,
        animated=animated,
        frame_count=frame_count,
        has_gps=location,
        orientation=orientation,
        extension_mismatch=mismatch,
        notes=notes,
    )


def _check_pixels_and_read_metadata(image: ImageFile.ImageFile) -> tuple[bool, int]:
    width, height = image.size
    if image.format in ("JPEG", "MPO"):
        # Decoding at 1/8 scale still reads the whole stream, so a cut-off file is caught.
        image.draft(None, (max(1, width // 8), max(1, height // 8)))
        image.load()
    elif width * height <= FULL_DECODE_PIXEL_LIMIT:
        image.load()
    elif image.format == "PNG":
        # Pillow would decode all pixels to look for an EXIF chunk placed after them, so a huge
        # PNG reports only the metadata before its pixels, then has its chunk checksums verified.
        location = location_in_xmp(image.info)
        orientation = 1
        if "exif" in image.info:
            location = location or has_gps(image)
            orientation = orientation_of(image)
        image.verify()
        return location, orientation
    return has_gps(image), orientation_of(image)


def _bit_depth(image: ImageFile.ImageFile, path: Path) -> int:
    if image.format == "PNG":
        with path.open("rb") as source:
            header = source.read(SNIFF_BYTES)
        if header[12:16] == b"IHDR":
            return header[24]  # the IHDR chunk's bit-depth byte
    if image.format == "TIFF":
        bits = getattr(image, "tag_v2", {}).get(258)  # BitsPerSample
        if isinstance(bits, tuple) and bits:
            return int(bits[0])
        if isinstance(bits, int):
            return bits
    if image.mode == "1":
        return 1
    if image.mode.startswith("I;16"):
        return 16
    if image.mode in ("I", "F"):
        return 32
    return 8


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as source:
            head = source.read(SNIFF_BYTES)
    except FileNotFoundError as error:
        raise UnreadableImageError(path, f"{name_of(path)} was not found.") from error
    except IsADirectoryError as error:
        raise UnreadableImageError(path, f"{name_of(path)} is a folder, not a file.") from error
    except OSError as error:
        raise UnreadableImageError(path, _unreadable_message(path, error)) from error
    if not head:
        raise EmptyImageFileError(
            path, f"{name_of(path)} is empty (0 bytes): there is no picture in it."
        )
    return head


def _notes(
    path: Path,
    label: str,
    suffix: str,
    mismatch: bool,
    width: int,
    height: int,
    mode: str,
    bit_depth: int,
    frame_count: int,
) -> tuple[str, ...]:
    name = name_of(path)
    notes: list[str] = []
    if mismatch:
        notes.append(
            f"{name} is really a {label} image although its name ends in .{suffix}; "
            f"it is read as {label}."
        )
    if is_huge(width, height):
        notes.append(
            f"{name} is very large ({width * height / 1_000_000:.0f} megapixels); "
            "previews are made from a reduced copy."
        )
    if mode == "CMYK":
        notes.append(f"{name} uses CMYK (print) colours; it is shown and exported as RGB.")
    if bit_depth == 16:
        notes.append(f"{name} has 16 bits per channel; it is shown and exported with 8.")
    if frame_count > 1 and label in ("GIF", "WebP", "PNG"):
        notes.append(f"{name} is animated ({frame_count} frames); previews show the first one.")
    return tuple(notes)


def _missing_heif_message(path: Path, pillow_format: str) -> str:
    kind = "a HEIC/HEIF photo" if pillow_format == "HEIF" else f"an {pillow_format} image"
    return (
        f"{name_of(path)} is {kind}. Reading it needs the optional '{HEIF_EXTRA}' "
        f"extra (the {HEIF_PACKAGE} package): install content-studio[{HEIF_EXTRA}], or save "
        "the photo as JPEG first."
    )


def _bomb_message(path: Path) -> str:
    limit = Image.MAX_IMAGE_PIXELS or 0
    return (
        f"{name_of(path)} claims more than {2 * limit / 1_000_000:.0f} megapixels, more than "
        "the studio will open: files like this are often made to exhaust memory "
        "(a 'decompression bomb'). Resize it in an image editor if it is a real picture."
    )


def _truncated_message(path: Path, pillow_format: str | None) -> str:
    label = format_info(pillow_format).label
    return (
        f"{name_of(path)} is an incomplete {label} file: it ends before the picture does "
        "(an interrupted download or copy?). Copy it again from the original."
    )


def _not_an_image_message(path: Path) -> str:
    return (
        f"{name_of(path)} is not an image the studio can read "
        "(JPEG, PNG, GIF, WebP, TIFF, BMP or HEIC)."
    )


def _damaged_message(path: Path, error: BaseException) -> str:
    detail = str(error).strip() or type(error).__name__
    return f"{name_of(path)} is damaged: its picture data cannot be decoded ({detail})."


def _unreadable_message(path: Path, error: OSError | EOFError) -> str:
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return f"{name_of(path)} could not be read: {reason}."
