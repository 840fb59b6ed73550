"""Crop boxes and the aspect-ratio presets of the crop editor.

A `CropBox` is normalised (0..1 of the upright image's width and height), so a crop chosen on a
preview applies unchanged to the full-size file and survives re-encoding. "Upright" means after
the EXIF orientation is applied: the crop is what the user saw.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Normalised coordinates go through float arithmetic; allow this much slack at the edges.
_EDGE_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class AspectRatio:
    width: float
    height: float
    label: str  # what the crop editor shows, e.g. "4:5"

    @property
    def value(self) -> float:
        """Width divided by height."""
        return self.width / self.height


SQUARE = AspectRatio(1, 1, "1:1")
PORTRAIT_4_5 = AspectRatio(4, 5, "4:5")
LANDSCAPE_1_91 = AspectRatio(1.91, 1, "1.91:1")
STORY_9_16 = AspectRatio(9, 16, "9:16")
WIDESCREEN_16_9 = AspectRatio(16, 9, "16:9")
PORTRAIT_2_3 = AspectRatio(2, 3, "2:3")

RATIO_PRESETS: tuple[AspectRatio, ...] = (
    SQUARE,
    PORTRAIT_4_5,
    LANDSCAPE_1_91,
    STORY_9_16,
    WIDESCREEN_16_9,
    PORTRAIT_2_3,
)


@dataclass(frozen=True, slots=True)
class CropBox:
    """x, y = top-left corner; w, h = size; all as fractions of the upright image."""

    x: float = 0.0
    y: float = 0.0
    w: float = 1.0
    h: float = 1.0

    def __post_init__(self) -> None:
        values = (self.x, self.y, self.w, self.h)
        if not all(math.isfinite(value) for value in values):
            raise ValueError(f"Crop box values must be finite numbers: {values}")
        if self.w <= 0 or self.h <= 0:
            raise ValueError(f"Crop box needs a positive width and height: {values}")
        low, high = -_EDGE_TOLERANCE, 1 + _EDGE_TOLERANCE
        if self.x < low or self.y < low or self.x + self.w > high or self.y + self.h > high:
            raise ValueError(f"Crop box must lie inside the image (0..1): {values}")

    @property
    def is_full(self) -> bool:
        return self == FULL_FRAME

    def to_pixels(self, width: int, height: int) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) in pixels of an upright image of that size; at least one
        pixel each way."""
        left = min(width - 1, max(0, round(self.x * width)))
        top = min(height - 1, max(0, round(self.y * height)))
        right = max(left + 1, min(width, round((self.x + self.w) * width)))
        bottom = max(top + 1, min(height, round((self.y + self.h) * height)))
        return left, top, right, bottom

    def pixel_aspect(self, width: int, height: int) -> float:
        """Width/height of the cropped area of an image of that size."""
        left, top, right, bottom = self.to_pixels(width, height)
        return (right - left) / (bottom - top)


FULL_FRAME = CropBox()


def centre_crop(width: int, height: int, ratio: AspectRatio | float) -> CropBox:
    """The largest box of `ratio` (width/height) centred in a `width`×`height` upright image."""
    if width < 1 or height < 1:
        raise ValueError(f"Image size must be positive: {width}×{height}")
    target = ratio.value if isinstance(ratio, AspectRatio) else float(ratio)
    if not math.isfinite(target) or target <= 0:
        raise ValueError(f"Aspect ratio must be a positive number: {ratio!r}")
    image_ratio = width / height
    if image_ratio > target:  # too wide: keep the full height, trim the sides
        w = target / image_ratio
        return CropBox(x=(1 - w) / 2, y=0.0, w=w, h=1.0)
    h = image_ratio / target  # too tall (or exact): keep the full width, trim top and bottom
    return CropBox(x=0.0, y=(1 - h) / 2, w=1.0, h=h)


def fit_ratio_range(
    crop: CropBox, width: int, height: int, min_ratio: float | None, max_ratio: float | None
) -> CropBox:
    """`crop`, trimmed about its centre just enough for its aspect to fall inside
    [min_ratio, max_ratio] (width/height) on a `width`×`height` image; unchanged when it already
    does or no range is given."""
    aspect = (crop.w * width) / (crop.h * height)
    if max_ratio is not None and aspect > max_ratio:  # too wide: narrow it
        new_w = crop.w * max_ratio / aspect
        return CropBox(x=crop.x + (crop.w - new_w) / 2, y=crop.y, w=new_w, h=crop.h)
    if min_ratio is not None and aspect < min_ratio:  # too tall: shorten it
        new_h = crop.h * aspect / min_ratio
        return CropBox(x=crop.x, y=crop.y + (crop.h - new_h) / 2, w=crop.w, h=new_h)
    return crop
