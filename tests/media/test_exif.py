"""Location in EXIF/XMP: finding it, removing it, and removing everything."""

from __future__ import annotations

from pathlib import Path

from PIL import ExifTags, Image, ImageCms

from studio.media.exif import (
    has_gps,
    orientation_of,
    save_metadata_options,
    strip_all_metadata,
    strip_location,
)
from tests.media.images import (
    CAMERA_MAKE,
    CAMERA_MODEL,
    TAKEN_AT,
    XMP_WITH_LOCATION,
    camera_exif,
    jpeg_with_gps,
    quadrants,
    save,
)


def saved_as(image: Image.Image, path: Path, pillow_format: str) -> Path:
    """Save with exactly the metadata `image` still carries, as exports do."""
    image.save(path, pillow_format, **save_metadata_options(image, pillow_format))
    return path


def test_has_gps_sees_an_exif_gps_block(tmp_path: Path) -> None:
    with Image.open(jpeg_with_gps(tmp_path / "a.jpg")) as image:
        assert has_gps(image) is True
    with Image.open(jpeg_with_gps(tmp_path / "b.jpg", gps=False)) as image:
        assert has_gps(image) is False


def test_has_gps_sees_location_written_only_in_xmp(tmp_path: Path) -> None:
    path = save(quadrants(30, 30), tmp_path / "x.jpg", "JPEG", xmp=XMP_WITH_LOCATION)
    with Image.open(path) as image:
        assert has_gps(image) is True


def test_an_empty_gps_block_is_not_a_location(tmp_path: Path) -> None:
    exif = camera_exif(gps=False)
    exif[ExifTags.IFD.GPSInfo] = {}
    path = save(quadrants(30, 30), tmp_path / "e.jpg", "JPEG", exif=exif)
    with Image.open(path) as image:
        assert has_gps(image) is False


def test_strip_location_keeps_camera_date_and_orientation(tmp_path: Path) -> None:
    source = jpeg_with_gps(tmp_path / "in.jpg", orientation=6)

    with Image.open(source) as image:
        stripped = strip_location(image)
        assert has_gps(image) is True  # the original is untouched
    written = saved_as(stripped, tmp_path / "out.jpg", "JPEG")

    with Image.open(written) as reread:
        exif = reread.getexif()
        assert has_gps(reread) is False
        assert ExifTags.IFD.GPSInfo not in exif
        assert exif[ExifTags.Base.Make] == CAMERA_MAKE
        assert exif[ExifTags.Base.Model] == CAMERA_MODEL
        assert exif[ExifTags.Base.DateTime] == TAKEN_AT
        assert orientation_of(reread) == 6


def test_strip_location_scrubs_xmp_gps_but_keeps_the_rest_of_it(tmp_path: Path) -> None:
    source = save(quadrants(30, 30), tmp_path / "x.jpg", "JPEG", xmp=XMP_WITH_LOCATION)

    with Image.open(source) as image:
        written = saved_as(strip_location(image), tmp_path / "clean.jpg", "JPEG")

    with Image.open(written) as reread:
        xmp = reread.info["xmp"]
        assert b"GPS" not in xmp
        assert b"<dc:creator>Sam Writer</dc:creator>" in xmp
        assert has_gps(reread) is False


def test_strip_location_works_for_png_and_webp(tmp_path: Path) -> None:
    for pillow_format, name in (("PNG", "p.png"), ("WEBP", "w.webp")):
        source = save(quadrants(30, 30), tmp_path / name, pillow_format, exif=camera_exif())
        with Image.open(source) as image:
            image.load()
            assert has_gps(image) is True
            written = saved_as(strip_location(image), tmp_path / f"clean-{name}", pillow_format)
        with Image.open(written) as reread:
            reread.load()
            assert has_gps(reread) is False
            assert reread.getexif()[ExifTags.Base.Make] == CAMERA_MAKE


def test_strip_all_metadata_bakes_orientation_in_and_keeps_the_colour_profile(
    tmp_path: Path,
) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = save(
        quadrants(120, 80),
        tmp_path / "in.jpg",
        "JPEG",
        exif=camera_exif(orientation=6),
        xmp=XMP_WITH_LOCATION,
        icc_profile=srgb,
    )

    with Image.open(source) as image:
        bare = strip_all_metadata(image)
    written = saved_as(bare, tmp_path / "bare.jpg", "JPEG")

    with Image.open(written) as reread:
        assert reread.size == (80, 120)  # turned upright before the tag went
        assert len(reread.getexif()) == 0
        assert "xmp" not in reread.info
        assert reread.info.get("icc_profile") == srgb
        assert has_gps(reread) is False
