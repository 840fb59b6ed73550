"""Export renditions: one image made to fit one platform's rules.

`render_for_platform` crops (the user's box, narrowed into the platform's aspect range if
needed), applies the EXIF orientation to the pixels, scales down to the recommended size (never
up), picks a format the platform accepts (PNG only when transparency matters and PNG is
accepted, otherwise JPEG where possible), and lowers JPEG/WebP quality step by step — then the
dimensions — until the file is under the platform's byte limit. EXIF location is removed unless
the user keeps it on purpose; "remove all metadata" removes everything else as well.

The platform rules come in as a `RenditionSpec` so this module does not depend on where the
platform table lives; the caller maps a platform to its spec.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from studio.media.atomic import write_atomically
from studio.media.crops import CropBox, fit_ratio_range
from studio.media.display import flatten_onto_white, has_transparency, to_display_image
from studio.media.errors import RenditionError, name_of
from studio.media.exif import (
    carry_exif,
    has_gps,
    metadata_of,
    orientation_of,
    save_metadata_options,
    strip_all_metadata,
    strip_location,
)
from studio.media.formats import format_info
from studio.media.safe_open import open_image, reading_pixels

# Lossy quality steps tried in order; below the last one the picture is made smaller instead,
# because heavy compression artefacts look worse on a feed than a slightly smaller image.
QUALITY_STEPS = (92, 88, 84, 80, 75, 70, 65, 60)
# Each size step keeps this share of the width and height.
SHRINK_FACTOR = 0.85
# Never shrink the longer side below this to meet a byte limit: fail loudly instead.
MIN_LONG_EDGE = 320


@dataclass(frozen=True, slots=True)
class RenditionSpec:
    """One platform's rules for an image file."""

    max_bytes: int
    # Pillow format names the platform accepts, e.g. {"JPEG", "PNG"}.
    formats: frozenset[str] = frozenset({"JPEG", "PNG"})
    # The recommended size as a box the picture is fitted into (None: no limit that way).
    max_width: int | None = None
    max_height: int | None = None
    max_pixels: int | None = None  # LinkedIn: fewer than 36,152,320
    min_ratio: float | None = None  # width / height
    max_ratio: float | None = None
    label: str = ""  # the platform's name, for file names and messages

    def __post_init__(self) -> None:
        if self.max_bytes < 1:
            raise ValueError(f"max_bytes must be positive, not {self.max_bytes}")
        if not self.formats & {"JPEG", "PNG", "WEBP"}:
            raise ValueError(f"No still-image format the studio can write in {self.formats}")


@dataclass(frozen=True, slots=True)
class RenderedImage:
    path: Path
    format: str  # Pillow format name
    mime: str
    width: int
    height: int
    byte_size: int
    quality: int | None  # JPEG/WebP quality used; None for PNG
    has_gps: bool  # read back from the written file
    notes: tuple[str, ...] = ()  # what was changed beyond crop and resize, in plain words


def render_for_platform(
    source_path: Path | str,
    crop: CropBox,
    spec: RenditionSpec,
    out_dir: Path | str,
    *,
    keep_location: bool = False,
    remove_all_metadata: bool = False,
    name: str | None = None,
) -> RenderedImage:
    """Write `source_path` cropped and converted for `spec` into `out_dir` as
    `<name>.<ext>` (default name: `<source stem>-<spec.label>`). `remove_all_metadata` wins over
    `keep_location`. Raises an `ImageError` for a bad source or when the limits cannot be met."""
    source = Path(source_path)
    notes: list[str] = []
    picture = _upright_crop(source, crop, spec, notes)
    # The cropped picture still carries the source's metadata (minus the orientation tag, now
    # applied to the pixels); decide here what of it the exported file may keep.
    metadata = metadata_of(picture)
    if remove_all_metadata:
        metadata = strip_all_metadata(metadata)
    elif not keep_location:
        metadata = strip_location(metadata)

    output_format = _choose_format(picture, spec, source, notes)
    if output_format == "JPEG" and picture.mode == "RGBA":
        picture = flatten_onto_white(picture)
    save_options = save_metadata_options(metadata, output_format)
    recommended = _target_size(picture.size, spec)
    encoded, size, quality = _encode_under_limit(
        picture, recommended, output_format, save_options, spec, source
    )
    if size != recommended:
        notes.append(f"Made smaller ({size[0]}×{size[1]}) to stay under the size limit.")

    extension = format_info(output_format).extension
    stem = name or f"{source.stem}-{spec.label or 'rendition'}"
    destination = Path(out_dir) / f"{stem}.{extension}"
    write_atomically(destination, lambda output: output.write(encoded))
    with Image.open(destination) as written:
        location_written = has_gps(written)
    return RenderedImage(
        path=destination,
        format=output_format,
        mime=format_info(output_format).mime,
        width=size[0],
        height=size[1],
        byte_size=len(encoded),
        quality=quality,
        has_gps=location_written,
        notes=tuple(notes),
    )


def _upright_crop(
    source: Path, crop: CropBox, spec: RenditionSpec, notes: list[str]
) -> Image.Image:
    """The cropped area, upright and in display mode but not yet resized (JPEGs are decoded at a
    reduced scale when that still leaves enough pixels). Its `info` keeps the source's metadata."""
    with open_image(source) as image, reading_pixels(image, source):
        image.seek(0)
        if getattr(image, "n_frames", 1) > 1 and image.format in ("GIF", "WEBP", "PNG"):
            notes.append("Animated image: the first frame is exported as a still picture.")
        orientation = orientation_of(image)
        upright_width, upright_height = _upright(image.size, orientation)
        fitted = fit_ratio_range(
            crop, upright_width, upright_height, spec.min_ratio, spec.max_ratio
        )
        if fitted != crop:
            notes.append("Crop narrowed to fit the platform's aspect-ratio range.")
        if image.format in ("JPEG", "MPO"):
            image.draft(None, _draft_request(image.size, orientation, fitted, spec))
        picture = to_display_image(image)
        if picture is image:
            picture = image.copy()
        carry_exif(image, picture)
        if orientation != 1:
            picture = ImageOps.exif_transpose(picture)
        box = fitted.to_pixels(*picture.size)
        if box == (0, 0, *picture.size):
            return picture
        # resize(box=…) at 1:1 is a crop that skips Pillow's pixel-limit warning for crops, which
        # would otherwise fire for huge images the studio has already accepted.
        return picture.resize((box[2] - box[0], box[3] - box[1]), Image.Resampling.NEAREST, box=box)


def _encode_under_limit(
    picture: Image.Image,
    first_size: tuple[int, int],
    output_format: str,
    save_options: dict[str, object],
    spec: RenditionSpec,
    source: Path,
) -> tuple[bytes, tuple[int, int], int | None]:
    size: tuple[int, int] | None = first_size
    smallest = 0
    while size is not None:
        resized = picture if size == picture.size else _resized(picture, size)
        attempt = _best_quality_under(resized, output_format, save_options, spec.max_bytes)
        if attempt.fits:
            return attempt.data, size, attempt.quality
        smallest = len(attempt.data)
        size = _smaller_size(size, spec.max_bytes / smallest)
    raise RenditionError(
        source,
        f"{name_of(source)} cannot be made smaller than {spec.max_bytes:,} bytes for "
        f"{spec.label or 'this platform'} without shrinking it below {MIN_LONG_EDGE} pixels "
        f"(smallest try: {smallest:,} bytes).",
    )


@dataclass(frozen=True, slots=True)
class _Attempt:
    data: bytes
    quality: int | None
    fits: bool


def _best_quality_under(
    picture: Image.Image, output_format: str, options: dict[str, object], max_bytes: int
) -> _Attempt:
    """The highest quality step whose file fits, found by bisection (file size falls as quality
    falls); when even the lowest step is too big, that attempt, marked as not fitting."""
    steps = _qualities(output_format)

    def attempt(index: int) -> _Attempt:
        data = _encode(picture, output_format, steps[index], options)
        return _Attempt(data, steps[index], len(data) <= max_bytes)

    best = attempt(0)
    if best.fits or len(steps) == 1:
        return best
    lowest = attempt(len(steps) - 1)
    if not lowest.fits:
        return lowest
    too_big, fitting = 0, len(steps) - 1
    found = lowest
    while fitting - too_big > 1:
        middle = (too_big + fitting) // 2
        tried = attempt(middle)
        if tried.fits:
            fitting, found = middle, tried
        else:
            too_big = middle
    return found


def _smaller_size(size: tuple[int, int], byte_ratio: float) -> tuple[int, int] | None:
    """The next size to try when the file was `1 / byte_ratio` times too big, or None when that
    would go below `MIN_LONG_EDGE`. Bytes grow roughly with the pixel count, so the sides shrink
    by about the square root, with a margin, and by at least `SHRINK_FACTOR`."""
    factor = min(SHRINK_FACTOR, max(0.5, math.sqrt(byte_ratio) * 0.95))
    width, height = round(size[0] * factor), round(size[1] * factor)
    if max(width, height) < MIN_LONG_EDGE or min(width, height) < 1:
        return None
    return width, height


def _encode(
    picture: Image.Image, output_format: str, quality: int | None, options: dict[str, object]
) -> bytes:
    buffer = io.BytesIO()
    if output_format == "JPEG":
        picture.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True, **options)
    elif output_format == "WEBP":
        picture.save(buffer, "WEBP", quality=quality, method=4, **options)
    else:
        picture.save(buffer, "PNG", optimize=True, **options)
    return buffer.getvalue()


def _resized(picture: Image.Image, size: tuple[int, int]) -> Image.Image:
    return picture.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _qualities(output_format: str) -> tuple[int | None, ...]:
    return (None,) if output_format == "PNG" else QUALITY_STEPS


def _choose_format(
    picture: Image.Image, spec: RenditionSpec, source: Path, notes: list[str]
) -> str:
    transparent = has_transparency(picture)
    if transparent:
        for candidate in ("PNG", "WEBP"):  # formats that keep the transparency
            if candidate in spec.formats:
                return candidate
    for candidate in ("JPEG", "WEBP", "PNG"):
        if candidate in spec.formats:
            if transparent:
                notes.append("Transparent areas are filled with white (the format has no alpha).")
            return candidate
    raise RenditionError(source, f"No format {spec.label or 'the platform'} accepts is writable.")


def _target_size(size: tuple[int, int], spec: RenditionSpec) -> tuple[int, int]:
    """`size` scaled down to fit the recommended box and pixel limit; never scaled up."""
    width, height = size
    scale = 1.0
    if spec.max_width is not None:
        scale = min(scale, spec.max_width / width)
    if spec.max_height is not None:
        scale = min(scale, spec.max_height / height)
    if spec.max_pixels is not None and width * height > spec.max_pixels:
        scale = min(scale, math.sqrt((spec.max_pixels - 1) / (width * height)))
    if scale >= 1.0:
        return size
    return max(1, math.floor(width * scale)), max(1, math.floor(height * scale))


def _upright(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    return (size[1], size[0]) if orientation in (5, 6, 7, 8) else size


def _draft_request(
    stored_size: tuple[int, int], orientation: int, crop: CropBox, spec: RenditionSpec
) -> tuple[int, int]:
    """The smallest stored-orientation size a JPEG may be decoded at while the crop still has at
    least as many pixels as the rendition needs."""
    upright_width, upright_height = _upright(stored_size, orientation)
    crop_width = max(1, crop.w * upright_width)
    crop_height = max(1, crop.h * upright_height)
    target = _target_size((math.ceil(crop_width), math.ceil(crop_height)), spec)
    need_width = math.ceil(upright_width * target[0] / crop_width)
    need_height = math.ceil(upright_height * target[1] / crop_height)
    return _upright((need_width, need_height), orientation)
