"""Crop boxes and aspect-ratio presets."""

from __future__ import annotations

import pytest

from studio.media.crops import (
    FULL_FRAME,
    LANDSCAPE_1_91,
    PORTRAIT_4_5,
    RATIO_PRESETS,
    SQUARE,
    STORY_9_16,
    AspectRatio,
    CropBox,
    centre_crop,
    fit_ratio_range,
)


def test_the_presets_are_the_crop_editors_six() -> None:
    assert [preset.label for preset in RATIO_PRESETS] == [
        "1:1",
        "4:5",
        "1.91:1",
        "9:16",
        "16:9",
        "2:3",
    ]
    assert PORTRAIT_4_5.value == pytest.approx(0.8)
    assert LANDSCAPE_1_91.value == pytest.approx(1.91)


@pytest.mark.parametrize("preset", RATIO_PRESETS, ids=lambda preset: preset.label)
@pytest.mark.parametrize("size", [(6000, 4000), (3024, 4032), (1080, 1920), (500, 500)])
def test_centre_crop_is_the_largest_centred_box_of_the_ratio(
    preset: AspectRatio, size: tuple[int, int]
) -> None:
    width, height = size
    box = centre_crop(width, height, preset)

    left, top, right, bottom = box.to_pixels(width, height)
    assert (right - left) / (bottom - top) == pytest.approx(preset.value, rel=0.01)
    # Largest: it touches both sides or both the top and the bottom.
    assert (left, right) == (0, width) or (top, bottom) == (0, height)
    # Centred: equal margins, give or take rounding.
    assert abs(left - (width - right)) <= 1
    assert abs(top - (height - bottom)) <= 1


def test_centre_crop_of_the_images_own_ratio_is_the_whole_image() -> None:
    assert centre_crop(1000, 1000, SQUARE) == FULL_FRAME
    assert centre_crop(1920, 1080, 16 / 9) == FULL_FRAME


def test_a_crop_box_must_lie_inside_the_image() -> None:
    with pytest.raises(ValueError, match="inside"):
        CropBox(0.5, 0.0, 0.6, 1.0)
    with pytest.raises(ValueError, match="positive"):
        CropBox(0.0, 0.0, 0.0, 1.0)
    with pytest.raises(ValueError, match="finite"):
        CropBox(float("nan"), 0.0, 0.5, 0.5)
    with pytest.raises(ValueError, match="positive"):
        centre_crop(100, 100, 0)


def test_to_pixels_rounds_and_never_collapses_to_nothing() -> None:
    assert CropBox(0.25, 0.5, 0.5, 0.5).to_pixels(400, 200) == (100, 100, 300, 200)
    assert CropBox(0.0, 0.0, 1e-6, 1e-6).to_pixels(100, 100) == (0, 0, 1, 1)
    assert FULL_FRAME.is_full and not CropBox(0, 0, 0.5, 1).is_full


def test_fit_ratio_range_trims_only_what_is_outside_the_range() -> None:
    tall = centre_crop(1080, 1920, STORY_9_16)  # the whole 9:16 frame
    fitted = fit_ratio_range(tall, 1080, 1920, 0.8, 1.91)
    assert fitted.pixel_aspect(1080, 1920) == pytest.approx(0.8, rel=0.01)
    assert fitted.w == 1.0
    assert fitted.y + fitted.h / 2 == pytest.approx(0.5)

    wide = fit_ratio_range(FULL_FRAME, 4000, 1000, 0.8, 1.91)
    assert wide.pixel_aspect(4000, 1000) == pytest.approx(1.91, rel=0.01)

    inside = centre_crop(1000, 1000, SQUARE)
    assert fit_ratio_range(inside, 1000, 1000, 0.8, 1.91) == inside
    assert fit_ratio_range(tall, 1080, 1920, None, None) == tall
