"""The image formats the studio reads, how to recognise them from their first bytes, and the
optional HEIF plugin.

Pillow is only ever asked to open the formats listed here: it knows dozens more (EPS would even
start Ghostscript), and a social-media library has no use for them.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import threading
from dataclasses import dataclass

from PIL import features

HEIF_EXTRA = "heif"
HEIF_PACKAGE = "pillow-heif"


@dataclass(frozen=True, slots=True)
class ImageFormat:
    name: str  # Pillow's format name
    label: str  # what a person calls it
    mime: str
    extension: str  # used for files the studio writes
    known_extensions: frozenset[str]  # names a file of this format may legitimately carry


_FORMATS = (
    ImageFormat("JPEG", "JPEG", "image/jpeg", "jpg", frozenset({"jpg", "jpeg", "jpe", "jfif"})),
    # Cameras write "multi-picture" JPEGs (a main image plus previews); they are JPEG files.
    ImageFormat("MPO", "JPEG", "image/jpeg", "jpg", frozenset({"jpg", "jpeg", "jpe", "mpo"})),
    ImageFormat("PNG", "PNG", "image/png", "png", frozenset({"png", "apng"})),
    ImageFormat("GIF", "GIF", "image/gif", "gif", frozenset({"gif"})),
    ImageFormat("WEBP", "WebP", "image/webp", "webp", frozenset({"webp"})),
    ImageFormat("TIFF", "TIFF", "image/tiff", "tif", frozenset({"tif", "tiff"})),
    ImageFormat("BMP", "BMP", "image/bmp", "bmp", frozenset({"bmp", "dib"})),
    ImageFormat("HEIF", "HEIF", "image/heif", "heic", frozenset({"heic", "heif", "hif"})),
    ImageFormat("AVIF", "AVIF", "image/avif", "avif", frozenset({"avif"})),
)
FORMATS: dict[str, ImageFormat] = {fmt.name: fmt for fmt in _FORMATS}

# Formats Pillow reads without any plugin; HEIF/AVIF join when a plugin registers them.
_BUILT_IN_READABLE = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP")

# ISO-BMFF "ftyp" brands (bytes 8..12) of HEIF-family files.
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})

# Sizes of the BMP info headers Windows and OS/2 have defined.
_BMP_HEADER_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})

SNIFF_BYTES = 32


def sniff_format(head: bytes) -> str | None:
    """The format the first bytes of a file announce, or None. Only magic numbers, no decoding:
    used to tell "not an image" from "an image cut off before its header ended"."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WEBP"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if head.startswith(b"BM") and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return "BMP"  # "BM" alone starts plenty of text files; the info-header size confirms it
    if head[4:8] == b"ftyp":
        if head[8:12] in _HEIF_BRANDS:
            return "HEIF"
        if head[8:12] in _AVIF_BRANDS:
            return "AVIF"
    return None


def format_info(pillow_format: str | None) -> ImageFormat:
    """Facts about a format Pillow reported; unknown names get a generic entry."""
    name = (pillow_format or "").upper()
    if name in FORMATS:
        return FORMATS[name]
    lowered = name.lower() or "bin"
    return ImageFormat(name, name, "application/octet-stream", lowered, frozenset({lowered}))


_plugin_lock = threading.Lock()
_heif_registered: bool | None = None


def heif_plugin_installed() -> bool:
    """True when pillow-heif is importable (the `heif` extra). It is registered with Pillow once."""
    global _heif_registered
    with _plugin_lock:
        if _heif_registered is None:
            _heif_registered = _register_heif_plugin()
        return _heif_registered


def _register_heif_plugin() -> bool:
    if importlib.util.find_spec("pillow_heif") is None:
        return False
    pillow_heif = importlib.import_module("pillow_heif")
    pillow_heif.register_heif_opener()
    return True


@functools.cache
def readable_formats() -> tuple[str, ...]:
    """Pillow format names `Image.open` may use."""
    names = list(_BUILT_IN_READABLE)
    if heif_plugin_installed():
        names += ["HEIF", "AVIF"]
    elif features.check("avif"):  # recent Pillow wheels decode AVIF themselves
        names.append("AVIF")
    return tuple(names)
