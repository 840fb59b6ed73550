"""Turning decoded pixels of any mode into something a screen and a JPEG can take."""

from __future__ import annotations

import pytest
from PIL import Image

from studio.media.display import flatten_onto_white, has_transparency, to_display_image


def ramp(mode: str, low: float, high: float) -> Image.Image:
    image = Image.new(mode, (3, 1))
    for x, value in enumerate((low, (low + high) / 2, high)):
        image.putpixel((x, 0), value if mode == "F" else round(value))
    return image


@pytest.mark.parametrize(
    ("mode", "low", "high"),
    [("I;16", 0, 65535), ("I", -1000, 3000), ("F", 0.0, 1.0)],
)
def test_wide_grey_modes_are_spread_over_0_to_255_not_clipped(
    mode: str, low: float, high: float
) -> None:
    shown = to_display_image(ramp(mode, low, high))

    assert shown.mode == "L"
    dark, middle, bright = (shown.getpixel((x, 0)) for x in range(3))
    assert dark <= 2
    assert 120 <= middle <= 135
    assert bright >= 253


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("1", "L"), ("LA", "RGBA"), ("CMYK", "RGB"), ("YCbCr", "RGB"), ("L", "L"), ("RGB", "RGB")],
)
def test_every_mode_becomes_a_display_mode(mode: str, expected: str) -> None:
    assert to_display_image(Image.new(mode, (4, 4))).mode == expected


def test_a_palette_without_transparency_becomes_rgb() -> None:
    assert to_display_image(Image.new("P", (4, 4))).mode == "RGB"


def test_only_real_transparency_counts() -> None:
    opaque = Image.new("RGBA", (4, 4), (10, 20, 30, 255))
    see_through = Image.new("RGBA", (4, 4), (10, 20, 30, 255))
    see_through.putpixel((0, 0), (0, 0, 0, 0))

    assert has_transparency(opaque) is False
    assert has_transparency(see_through) is True
    flat = flatten_onto_white(see_through)
    assert flat.mode == "RGB"
    assert flat.getpixel((0, 0)) == (255, 255, 255)
    assert flat.getpixel((1, 1)) == (10, 20, 30)
