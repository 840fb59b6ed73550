"""From the platform table (`studio.domain.platforms`) to the rules a rendition must meet."""

from __future__ import annotations

from studio.domain.platforms import PLATFORMS, PlatformId
from studio.media.formats import FORMATS
from studio.media.renditions import RenditionSpec

# When a platform documents no byte limit, stay under the smallest common one (X, LinkedIn).
FALLBACK_MAX_BYTES = 5 * 1024 * 1024
_WRITABLE = frozenset({"JPEG", "PNG", "WEBP"})
_FORMAT_BY_MIME = {fmt.mime: fmt.name for fmt in FORMATS.values() if fmt.name in _WRITABLE}


def rendition_spec_for(platform: PlatformId) -> RenditionSpec:
    """The rendition rules for `platform`'s image posts."""
    spec = PLATFORMS[platform]
    media = spec.media
    formats = frozenset(_FORMAT_BY_MIME[mime] for mime in media.formats if mime in _FORMAT_BY_MIME)
    return RenditionSpec(
        max_bytes=media.max_image_bytes or FALLBACK_MAX_BYTES,
        # Undocumented formats: JPEG and PNG are accepted everywhere.
        formats=formats or frozenset({"JPEG", "PNG"}),
        # The recommended width is what the platform shows; larger files are only downscaled
        # by the platform (with its own, often harsher, compression).
        max_width=media.recommended_width or media.max_width,
        max_pixels=media.max_pixels,
        min_ratio=media.min_aspect,
        max_ratio=media.max_aspect,
        label=spec.name,
    )
