"""Image handling with Pillow: safe open, thumbnails, crops, renditions. No Qt.

The names most callers need are importable from here; each module's docstring explains its part.
"""

from studio.media.crops import (
    FULL_FRAME,
    RATIO_PRESETS,
    AspectRatio,
    CropBox,
    centre_crop,
    fit_ratio_range,
)
from studio.media.errors import (
    DamagedImageError,
    EmptyImageFileError,
    ImageChangedError,
    ImageError,
    ImageTooLargeError,
    MissingHeifSupportError,
    NotAnImageError,
    RenditionError,
    TruncatedImageError,
    UnreadableImageError,
)
from studio.media.exif import has_gps, strip_all_metadata, strip_location
from studio.media.platform_specs import rendition_spec_for
from studio.media.renditions import RenderedImage, RenditionSpec, render_for_platform
from studio.media.safe_open import ImageFacts, inspect_image, inspect_many, open_image
from studio.media.store import MediaNotFoundError, MediaStore, StoredMedia
from studio.media.thumbnails import ThumbnailCache, render_thumbnail

__all__ = [
    "FULL_FRAME",
    "RATIO_PRESETS",
    "AspectRatio",
    "CropBox",
    "DamagedImageError",
    "EmptyImageFileError",
    "ImageChangedError",
    "ImageError",
    "ImageFacts",
    "ImageTooLargeError",
    "MediaNotFoundError",
    "MediaStore",
    "MissingHeifSupportError",
    "NotAnImageError",
    "RenderedImage",
    "RenditionError",
    "RenditionSpec",
    "StoredMedia",
    "ThumbnailCache",
    "TruncatedImageError",
    "UnreadableImageError",
    "centre_crop",
    "fit_ratio_range",
    "has_gps",
    "inspect_image",
    "inspect_many",
    "open_image",
    "render_for_platform",
    "render_thumbnail",
    "rendition_spec_for",
    "strip_all_metadata",
    "strip_location",
]
