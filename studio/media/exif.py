"""EXIF and XMP privacy: where a photo was taken, and taking that out before it leaves the studio.

Pillow writes metadata only when `save()` is given it, so the studio decides explicitly what an
exported file carries: `save_metadata_options` turns an image's remaining metadata into those
arguments.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PIL import ExifTags, Image, ImageOps

_GPS_IFD = ExifTags.IFD.GPSInfo
_ORIENTATION = ExifTags.Base.Orientation

# XMP (Adobe's XML metadata) can repeat the location: `exif:GPSLatitude="…"` as an attribute or
# `<exif:GPSLatitude>…</exif:GPSLatitude>` as an element, sometimes with the exifEX prefix.
_XMP_GPS_NAME = rb"(?:exif|exifEX):GPS[A-Za-z]*"
_XMP_GPS_ATTRIBUTE = re.compile(rb"\s" + _XMP_GPS_NAME + rb'\s*=\s*(?:"[^"]*"|\'[^\']*\')')
_XMP_GPS_ELEMENT = re.compile(rb"<(" + _XMP_GPS_NAME + rb")\b[^>]*?(?:/>|>.*?</\1\s*>)", re.DOTALL)
_XMP_GPS_ANY = re.compile(_XMP_GPS_NAME)
_XMP_KEYS = ("xmp", "XML:com.adobe.xmp")

# Metadata keys that describe the pixels themselves rather than the photo's story; removing
# them would change how the picture looks (colours, transparency), so "remove all" keeps them.
_PIXEL_DESCRIBING_KEYS = frozenset({"icc_profile", "transparency", "gamma", "dpi"})


def has_gps(image: Image.Image) -> bool:
    """True when the image carries a location: an EXIF GPS block with data, or GPS tags in XMP."""
    return gps_in_exif(image.getexif()) or location_in_xmp(image.info)


def location_in_xmp(info: Mapping[str, object]) -> bool:
    """True when an image's `info` holds XMP with GPS tags."""
    return any(_xmp_has_location(info.get(key)) for key in _XMP_KEYS)


def gps_in_exif(exif: Image.Exif) -> bool:
    # Some editors leave an empty GPS block behind after "removing location": that is no location.
    # Check membership first: get_ifd() on a missing block caches an empty one, which Pillow
    # would then write out as an (empty) GPS block.
    return _GPS_IFD in exif and bool(exif.get_ifd(_GPS_IFD))


def orientation_of(image: Image.Image) -> int:
    """The EXIF orientation (1–8); 1 ("as stored") when missing or nonsense."""
    value = image.getexif().get(_ORIENTATION, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def carry_exif(source: Image.Image, target: Image.Image) -> None:
    """Put `source`'s EXIF into `target.info`, where copies and conversions look for it. TIFF
    files keep EXIF in their own tags, which `copy()`/`convert()` leave behind — and with them
    the orientation, so the picture would not be turned upright."""
    if "exif" in target.info:
        return
    exif = source.getexif()
    if len(exif):
        target.info["exif"] = exif.tobytes()


def metadata_of(image: Image.Image) -> Image.Image:
    """A 1×1 image carrying `image`'s metadata: strip_* can then work on metadata without
    copying a full-size picture."""
    carrier = Image.new("L", (1, 1))
    carrier.info = dict(image.info)
    return carrier


def strip_location(image: Image.Image) -> Image.Image:
    """A copy without the EXIF GPS block and XMP GPS tags; camera, date, orientation and every
    other tag stay."""
    result = image.copy()
    exif = _exif_copy(image.getexif())
    if _GPS_IFD in exif:
        del exif[_GPS_IFD]
    _set_exif(result, exif)
    for key in _XMP_KEYS:
        value = result.info.get(key)
        if value:
            result.info[key] = _xmp_without_location(value)
    return result


def strip_all_metadata(image: Image.Image) -> Image.Image:
    """A copy with no EXIF, XMP, comments or text chunks. The orientation is applied to the pixels
    first, so the picture still stands the right way up without its orientation tag. Colour
    profile and transparency stay: they are part of how the pixels look, not of the photo's
    story."""
    # copy(): a new image whose getexif() starts empty (exif_transpose caches the old tags).
    result = ImageOps.exif_transpose(image).copy()
    result.info = {
        key: value for key, value in result.info.items() if key in _PIXEL_DESCRIBING_KEYS
    }
    return result


def save_metadata_options(image: Image.Image, pillow_format: str) -> dict[str, Any]:
    """`save()` keyword arguments that write the image's metadata (whatever is left in it) in
    `pillow_format`. Empty metadata gives no arguments, so nothing is written."""
    options: dict[str, Any] = {}
    if icc_profile := image.info.get("icc_profile"):
        options["icc_profile"] = icc_profile
    exif = _exif_copy(image.getexif())
    if _GPS_IFD in exif and not gps_in_exif(_exif_copy(exif)):
        del exif[_GPS_IFD]  # an empty block left by an editor: not worth writing
    if len(exif):
        options["exif"] = exif.tobytes()
    xmp = next((image.info[key] for key in _XMP_KEYS if image.info.get(key)), None)
    if xmp and pillow_format in ("JPEG", "WEBP"):
        options["xmp"] = xmp.encode() if isinstance(xmp, str) else xmp
    return options


def _exif_copy(exif: Image.Exif) -> Image.Exif:
    # A fresh object from bytes: editing the original would also edit the source image, and
    # Pillow caches sub-blocks it has read (a cached GPS block would be written back).
    copy = Image.Exif()
    if len(exif):
        copy.load(exif.tobytes())
    return copy


def _set_exif(image: Image.Image, exif: Image.Exif) -> None:
    # Only for fresh copies: their getexif() has not run yet, so it will read these bytes.
    image.info.pop("Raw profile type exif", None)
    if len(exif):
        image.info["exif"] = exif.tobytes()
    else:
        image.info.pop("exif", None)


def _xmp_has_location(xmp: object) -> bool:
    if not isinstance(xmp, str | bytes) or not xmp:
        return False
    data = xmp.encode() if isinstance(xmp, str) else xmp
    return _XMP_GPS_ANY.search(data) is not None


def _xmp_without_location(xmp: str | bytes) -> str | bytes:
    data = xmp.encode() if isinstance(xmp, str) else xmp
    data = _XMP_GPS_ELEMENT.sub(b"", data)
    data = _XMP_GPS_ATTRIBUTE.sub(b"", data)
    return data.decode() if isinstance(xmp, str) else data
