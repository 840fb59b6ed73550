"""Turning whatever Pillow decoded into 8-bit RGB(A) or grey pixels a screen (and a JPEG) can show.

The awkward cases are the point of this module: CMYK print files, 16-bit scans (whose values run
to 65,535 — a plain conversion clips everything above 255 to white), palette images with a
transparent colour, and 32-bit integer or float TIFFs.
"""

from __future__ import annotations

from PIL import Image

DISPLAY_MODES = frozenset({"L", "RGB", "RGBA"})
_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})


def to_display_image(image: Image.Image) -> Image.Image:
    """The image in "L", "RGB" or "RGBA" (alpha kept only when the source has transparency).
    Returns `image` itself when it is already displayable."""
    mode = image.mode
    if mode in DISPLAY_MODES:
        return image
    if mode in _SIXTEEN_BIT_MODES:
        # Scale 0..65535 down to 0..255 instead of letting convert("L") clip at 255.
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if mode in ("I", "F"):
        return _stretch_to_grey(image)
    if mode in ("P", "PA"):
        has_transparency = mode == "PA" or "transparency" in image.info
        return image.convert("RGBA" if has_transparency else "RGB")
    if mode in ("LA", "La", "RGBa", "RGBA;16B"):
        return image.convert("RGBA")
    if mode == "1":
        return image.convert("L")
    # CMYK, YCbCr, LAB, HSV, RGBX and friends.
    return image.convert("RGB")


def has_transparency(image: Image.Image) -> bool:
    """True when some pixel is at least partly see-through (an alpha channel that is all opaque
    does not count, so such PNGs may become JPEGs)."""
    display = to_display_image(image)
    if display.mode != "RGBA":
        return False
    lowest_alpha, _highest = display.getchannel("A").getextrema()
    return bool(lowest_alpha < 255)


def flatten_onto_white(image: Image.Image) -> Image.Image:
    """RGB pixels with any transparency composited over white (for formats without alpha)."""
    display = to_display_image(image)
    if display.mode == "RGB":
        return display
    if display.mode == "L":
        return display.convert("RGB")
    background = Image.new("RGB", display.size, (255, 255, 255))
    background.paste(display, mask=display.getchannel("A"))
    return background


def _stretch_to_grey(image: Image.Image) -> Image.Image:
    # 32-bit integer/float images have no fixed range: map the darkest value to black and the
    # brightest to white.
    low, high = image.getextrema()
    span = float(high) - float(low)
    if span <= 0:
        return Image.new("L", image.size, 0 if float(low) <= 0 else 255)
    scale = 255 / span
    offset = -float(low) * scale
    return image.convert("F").point(lambda value: value * scale + offset).convert("L")
