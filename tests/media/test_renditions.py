"""Export renditions: crop, upright, resize, format, byte limit, and privacy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from studio.domain.platforms import PLATFORMS, PlatformId
from studio.media.crops import FULL_FRAME, STORY_9_16, CropBox, centre_crop
from studio.media.errors import NotAnImageError, RenditionError
from studio.media.exif import has_gps
from studio.media.platform_specs import rendition_spec_for
from studio.media.renditions import RenderedImage, RenditionSpec, render_for_platform
from tests.media.images import (
    BLUE,
    CAMERA_MAKE,
    GREEN,
    RED,
    XMP_WITH_LOCATION,
    YELLOW,
    animated_gif,
    camera_exif,
    close_to,
    jpeg_with_gps,
    photo_like,
    quadrants,
    read_pixel,
    save,
    sixteen_bit_grey_png,
)

FEED = RenditionSpec(
    max_bytes=8 * 1024 * 1024,
    formats=frozenset({"JPEG"}),
    max_width=1080,
    max_height=1350,
    min_ratio=4 / 5,
    max_ratio=1.91,
    label="feed",
)
JPEG_OR_PNG = RenditionSpec(max_bytes=5 * 1024 * 1024, label="any")


def assert_clean_and_within(rendered: RenderedImage, spec: RenditionSpec) -> None:
    """Open the written file: it decodes, has no GPS block and is under the byte limit."""
    assert rendered.path.stat().st_size == rendered.byte_size <= spec.max_bytes
    with Image.open(rendered.path) as image:
        image.load()
        assert image.format == rendered.format
        assert image.format in spec.formats
        assert image.size == (rendered.width, rendered.height)
        assert ExifTags.IFD.GPSInfo not in image.getexif()
        assert has_gps(image) is False
    assert rendered.has_gps is False


def test_a_camera_photo_is_made_upright_resized_and_stripped_of_location(
    tmp_path: Path,
) -> None:
    source = jpeg_with_gps(tmp_path / "turned.jpg", size=(2400, 1600), orientation=6)

    rendered = render_for_platform(source, FULL_FRAME, FEED, tmp_path / "out")

    assert_clean_and_within(rendered, FEED)
    assert rendered.path == tmp_path / "out" / "turned-feed.jpg"
    # Upright 1600×2400 (2:3) is taller than 4:5 allows: narrowed to 4:5, then fitted to 1080 wide.
    assert (rendered.width, rendered.height) == (1080, 1350)
    assert any("aspect-ratio" in note for note in rendered.notes)
    with Image.open(rendered.path) as image:
        exif = image.getexif()
        assert exif[ExifTags.Base.Make] == CAMERA_MAKE  # other metadata kept
        assert exif.get(ExifTags.Base.Orientation, 1) == 1  # orientation baked into pixels
    assert close_to(read_pixel(rendered.path, (60, 60)), BLUE)
    assert close_to(read_pixel(rendered.path, (1020, 60)), RED)


def test_keep_location_keeps_it_and_remove_all_removes_everything(tmp_path: Path) -> None:
    source = jpeg_with_gps(tmp_path / "gps.jpg", size=(400, 400))

    kept = render_for_platform(source, FULL_FRAME, FEED, tmp_path, keep_location=True, name="k")
    bare = render_for_platform(
        source, FULL_FRAME, FEED, tmp_path, keep_location=True, remove_all_metadata=True, name="b"
    )

    assert kept.has_gps is True
    with Image.open(kept.path) as image:
        assert has_gps(image) is True
    assert_clean_and_within(bare, FEED)
    with Image.open(bare.path) as image:
        assert len(image.getexif()) == 0


def test_xmp_location_is_removed_too(tmp_path: Path) -> None:
    source = save(
        quadrants(300, 300), tmp_path / "x.jpg", "JPEG", exif=camera_exif(), xmp=XMP_WITH_LOCATION
    )

    rendered = render_for_platform(source, FULL_FRAME, FEED, tmp_path / "out")

    assert_clean_and_within(rendered, FEED)
    with Image.open(rendered.path) as image:
        assert b"GPS" not in image.info.get("xmp", b"")
        assert b"Sam Writer" in image.info["xmp"]


def test_the_crop_box_selects_the_area(tmp_path: Path) -> None:
    source = save(quadrants(800, 800), tmp_path / "q.png", "PNG")

    rendered = render_for_platform(source, CropBox(0.5, 0.5, 0.5, 0.5), JPEG_OR_PNG, tmp_path)

    assert (rendered.width, rendered.height) == (400, 400)
    for corner in ((5, 5), (394, 5), (5, 394), (394, 394)):
        assert close_to(read_pixel(rendered.path, corner), YELLOW)


def test_a_small_image_is_never_enlarged(tmp_path: Path) -> None:
    source = save(quadrants(300, 200), tmp_path / "small.jpg", "JPEG")

    rendered = render_for_platform(source, FULL_FRAME, FEED, tmp_path / "out")

    assert (rendered.width, rendered.height) == (300, 200)


def test_transparency_stays_png_when_the_platform_takes_png(tmp_path: Path) -> None:
    logo = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    logo.paste((20, 200, 20, 255), (50, 50, 150, 150))
    source = save(logo, tmp_path / "logo.png", "PNG")

    as_png = render_for_platform(source, FULL_FRAME, JPEG_OR_PNG, tmp_path / "a")
    as_jpeg = render_for_platform(source, FULL_FRAME, FEED, tmp_path / "b")

    assert as_png.format == "PNG"
    with Image.open(as_png.path) as image:
        assert image.mode == "RGBA"
        assert image.getpixel((5, 5))[3] == 0
    assert as_jpeg.format == "JPEG"
    assert close_to(read_pixel(as_jpeg.path, (5, 5)), (255, 255, 255), tolerance=10)
    assert close_to(read_pixel(as_jpeg.path, (100, 100)), GREEN)
    assert any("white" in note for note in as_jpeg.notes)


def test_an_opaque_png_becomes_a_jpeg(tmp_path: Path) -> None:
    source = save(photo_like(400, 300), tmp_path / "screenshot.png", "PNG")
    assert render_for_platform(source, FULL_FRAME, JPEG_OR_PNG, tmp_path).format == "JPEG"


def test_the_byte_limit_is_met_by_lowering_quality_then_size(tmp_path: Path) -> None:
    source = save(photo_like(1500, 1000), tmp_path / "noisy.png", "PNG")
    tight = RenditionSpec(max_bytes=80_000, formats=frozenset({"JPEG"}), label="tight")

    rendered = render_for_platform(source, FULL_FRAME, tight, tmp_path / "out")

    assert_clean_and_within(rendered, tight)
    assert rendered.quality is not None and rendered.quality < 92
    assert rendered.width < 1500 and rendered.height < 1000
    assert any("smaller" in note for note in rendered.notes)


def test_an_impossible_byte_limit_is_a_clear_error(tmp_path: Path) -> None:
    source = save(photo_like(1200, 800), tmp_path / "noisy.jpg", "JPEG")
    impossible = RenditionSpec(max_bytes=2_000, formats=frozenset({"JPEG"}), label="Tiny")

    with pytest.raises(RenditionError, match=r"noisy\.jpg cannot be made smaller than 2,000"):
        render_for_platform(source, FULL_FRAME, impossible, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_tall_crop_is_narrowed_into_the_platforms_range(tmp_path: Path) -> None:
    source = save(quadrants(1080, 1920), tmp_path / "story.jpg", "JPEG")
    story = centre_crop(1080, 1920, STORY_9_16)

    rendered = render_for_platform(source, story, FEED, tmp_path / "out")

    assert rendered.width / rendered.height == pytest.approx(0.8, rel=0.01)


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (lambda path: save(Image.new("CMYK", (300, 300), (255, 0, 255, 0)), path, "JPEG"), "c.jpg"),
        (lambda path: sixteen_bit_grey_png(path, size=(256, 16)), "s.png"),
        (lambda path: animated_gif(path, frames=3, size=(120, 90)), "a.gif"),
        (lambda path: save(quadrants(300, 200), path, "TIFF", exif=camera_exif()), "t.tif"),
        (lambda path: save(quadrants(300, 200), path, "WEBP", exif=camera_exif()), "w.webp"),
    ],
)
def test_awkward_sources_become_ordinary_jpegs(
    tmp_path: Path, make: Callable[[Path], Path], name: str
) -> None:
    source = make(tmp_path / name)

    rendered = render_for_platform(source, FULL_FRAME, FEED, tmp_path / "out")

    assert_clean_and_within(rendered, FEED)
    with Image.open(rendered.path) as image:
        assert image.mode in ("RGB", "L")


def test_the_first_frame_of_an_animation_is_exported_and_noted(tmp_path: Path) -> None:
    rendered = render_for_platform(
        animated_gif(tmp_path / "a.gif", size=(120, 90)), FULL_FRAME, FEED, tmp_path / "out"
    )
    assert close_to(read_pixel(rendered.path, (60, 45)), RED)
    assert any("first frame" in note for note in rendered.notes)


def test_a_bad_source_raises_its_named_error(tmp_path: Path) -> None:
    source = tmp_path / "words.jpg"
    source.write_text("not a picture", encoding="utf-8")
    with pytest.raises(NotAnImageError, match=r"words\.jpg"):
        render_for_platform(source, FULL_FRAME, FEED, tmp_path / "out")


def test_every_platform_rendition_opens_with_no_gps_and_under_its_limit(tmp_path: Path) -> None:
    sources = [
        # Larger than every recommended width (1,440 at most), so each rendition is resized.
        jpeg_with_gps(tmp_path / "camera.jpg", size=(2200, 1500), orientation=6),
        save(photo_like(1500, 1500), tmp_path / "square.png", "PNG", exif=camera_exif()),
        save(quadrants(1800, 700), tmp_path / "wide.webp", "WEBP", exif=camera_exif()),
    ]
    for platform in PLATFORMS:
        spec = rendition_spec_for(platform)
        for source in sources:
            rendered = render_for_platform(
                source, FULL_FRAME, spec, tmp_path / platform.value, name=source.stem
            )
            assert_clean_and_within(rendered, spec)
            if spec.max_width is not None:
                assert rendered.width <= spec.max_width
            if spec.min_ratio is not None and spec.max_ratio is not None:
                ratio = rendered.width / rendered.height
                assert spec.min_ratio * 0.99 <= ratio <= spec.max_ratio * 1.01


def test_instagram_spec_comes_from_the_platform_table() -> None:
    spec = rendition_spec_for(PlatformId.INSTAGRAM)
    media = PLATFORMS[PlatformId.INSTAGRAM].media

    assert spec.formats == frozenset({"JPEG"})
    assert spec.max_bytes == media.max_image_bytes
    assert spec.max_width == media.recommended_width
    assert (spec.min_ratio, spec.max_ratio) == (media.min_aspect, media.max_aspect)
    assert spec.label == "Instagram"


def test_a_tiff_is_turned_upright_and_keeps_its_camera_tags(tmp_path: Path) -> None:
    source = save(
        quadrants(400, 200), tmp_path / "scan.tif", "TIFF", exif=camera_exif(orientation=6)
    )

    rendered = render_for_platform(source, FULL_FRAME, JPEG_OR_PNG, tmp_path / "out")

    assert_clean_and_within(rendered, JPEG_OR_PNG)
    assert (rendered.width, rendered.height) == (200, 400)
    assert close_to(read_pixel(rendered.path, (20, 20)), BLUE)
    with Image.open(rendered.path) as image:
        assert image.getexif()[ExifTags.Base.Make] == CAMERA_MAKE


def test_webp_keeps_transparency_when_it_is_the_only_format(tmp_path: Path) -> None:
    logo = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    logo.paste((20, 20, 200, 255), (30, 30, 90, 90))
    webp_only = RenditionSpec(max_bytes=1_000_000, formats=frozenset({"WEBP"}), label="w")

    rendered = render_for_platform(
        save(logo, tmp_path / "l.png", "PNG"), FULL_FRAME, webp_only, tmp_path
    )

    assert rendered.format == "WEBP"
    with Image.open(rendered.path) as image:
        assert image.mode == "RGBA"
        assert image.getpixel((2, 2))[3] == 0
    assert not rendered.notes
