"""inspect_image / inspect_many on good files and on every bad input QUALITY.md lists."""

from __future__ import annotations

import hashlib
import importlib.util
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from studio.media.errors import (
    DamagedImageError,
    EmptyImageFileError,
    ImageError,
    ImageTooLargeError,
    MissingHeifSupportError,
    NotAnImageError,
    TruncatedImageError,
    UnreadableImageError,
)
from studio.media.safe_open import ImageFacts, inspect_image, inspect_many
from tests.media.images import (
    animated_gif,
    camera_exif,
    encoded,
    jpeg_with_gps,
    quadrants,
    save,
    sixteen_bit_grey_png,
)

PILLOW_DEFAULT_PIXEL_LIMIT = 1024 * 1024 * 1024 // 4 // 3


def test_a_jpeg_reports_its_facts_and_hash(tmp_path: Path) -> None:
    path = jpeg_with_gps(tmp_path / "beach.jpg", size=(120, 80), orientation=1)

    facts = inspect_image(path)

    assert facts.format == "JPEG"
    assert facts.mime == "image/jpeg"
    assert facts.extension == "jpg"
    assert (facts.width, facts.height) == (120, 80)
    assert facts.byte_size == path.stat().st_size
    assert facts.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert facts.mode == "RGB"
    assert facts.bit_depth == 8
    assert facts.has_gps is True
    assert facts.orientation == 1
    assert (facts.animated, facts.frame_count) == (False, 1)
    assert facts.extension_mismatch is False
    assert facts.notes == ()


def test_a_photo_without_location_has_no_gps(tmp_path: Path) -> None:
    path = jpeg_with_gps(tmp_path / "indoors.jpeg", gps=False)
    assert inspect_image(path).has_gps is False


def test_orientation_swaps_the_display_size(tmp_path: Path) -> None:
    path = jpeg_with_gps(tmp_path / "portrait.jpg", size=(120, 80), orientation=6)

    facts = inspect_image(path)

    assert facts.orientation == 6
    assert (facts.width, facts.height) == (120, 80)
    assert facts.display_size == (80, 120)


def test_a_png_named_jpg_is_readable_but_flagged_with_its_real_format(tmp_path: Path) -> None:
    path = save(quadrants(40, 30), tmp_path / "holiday.jpg", "PNG")

    facts = inspect_image(path)

    assert facts.format == "PNG"
    assert facts.extension == "png"
    assert facts.mime == "image/png"
    assert facts.extension_mismatch is True
    assert any("holiday.jpg" in note and "PNG" in note for note in facts.notes)


@pytest.mark.parametrize("name", ["upper.JPG", "long.jpeg", "no-extension"])
def test_usual_names_for_a_jpeg_are_not_flagged(tmp_path: Path, name: str) -> None:
    path = save(quadrants(20, 20), tmp_path / name, "JPEG")
    assert inspect_image(path).extension_mismatch is False


def test_an_empty_file_is_named_in_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    path.write_bytes(b"")

    with pytest.raises(EmptyImageFileError) as caught:
        inspect_image(path)

    assert "empty.png" in str(caught.value)
    assert "0 bytes" in str(caught.value)
    assert caught.value.path == path


@pytest.mark.parametrize(("pillow_format", "name"), [("JPEG", "cut.jpg"), ("PNG", "cut.png")])
def test_a_file_cut_off_in_its_picture_data_is_truncated(
    tmp_path: Path, pillow_format: str, name: str
) -> None:
    whole = encoded(quadrants(200, 150), pillow_format)
    path = tmp_path / name
    path.write_bytes(whole[: len(whole) // 2])

    with pytest.raises(TruncatedImageError) as caught:
        inspect_image(path)

    assert name in str(caught.value)
    assert "incomplete" in str(caught.value)


def test_a_file_cut_off_inside_its_header_is_truncated_not_foreign(tmp_path: Path) -> None:
    path = tmp_path / "header-only.jpg"
    path.write_bytes(encoded(quadrants(50, 50), "JPEG")[:12])

    with pytest.raises(TruncatedImageError):
        inspect_image(path)


def test_scrambled_picture_data_is_reported_as_damaged(tmp_path: Path) -> None:
    data = bytearray(encoded(quadrants(120, 120), "PNG"))
    idat = data.index(b"IDAT")
    data[idat + 10 : idat + 40] = bytes(30)  # wreck the compressed pixels, keep the length
    path = tmp_path / "scrambled.png"
    path.write_bytes(bytes(data))

    with pytest.raises(DamagedImageError) as caught:
        inspect_image(path)

    assert "scrambled.png" in str(caught.value)


def test_a_text_file_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("Remember to post on Friday.\n", encoding="utf-8")

    with pytest.raises(NotAnImageError) as caught:
        inspect_image(path)

    assert "notes.png" in str(caught.value)
    assert "not an image" in str(caught.value)


def test_missing_files_and_folders_are_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableImageError, match=r"gone\.jpg was not found"):
        inspect_image(tmp_path / "gone.jpg")
    (tmp_path / "album.jpg").mkdir()
    with pytest.raises(UnreadableImageError, match="folder"):
        inspect_image(tmp_path / "album.jpg")


def png_claiming_size(path: Path, width: int, height: int) -> Path:
    """A small real PNG whose header claims another size, as decompression bombs are built."""
    data = bytearray(encoded(Image.new("L", (8, 8)), "PNG"))
    ihdr = data.index(b"IHDR")
    struct.pack_into(">II", data, ihdr + 4, width, height)
    body = bytes(data[ihdr : ihdr + 4 + 13])
    struct.pack_into(">I", data, ihdr + 4 + 13, zlib.crc32(body))
    path.write_bytes(bytes(data))
    return path


def test_a_decompression_bomb_is_refused_and_pillows_limit_is_kept(tmp_path: Path) -> None:
    path = png_claiming_size(tmp_path / "bomb.png", 40_000, 40_000)

    with pytest.raises(ImageTooLargeError) as caught:
        inspect_image(path)

    assert "bomb.png" in str(caught.value)
    assert "decompression bomb" in str(caught.value)
    assert Image.MAX_IMAGE_PIXELS == PILLOW_DEFAULT_PIXEL_LIMIT


def test_a_100_megapixel_image_is_inspected_without_decoding_its_pixels(
    hundred_megapixel_png: Path,
) -> None:
    blocks_before = Image.core.get_stats()["allocated_blocks"]

    facts = inspect_image(hundred_megapixel_png)

    # Decoding would take ~100 MB: at least six of Pillow's 16 MB blocks.
    assert Image.core.get_stats()["allocated_blocks"] - blocks_before <= 1
    assert (facts.width, facts.height) == (10_000, 10_000)
    assert facts.huge is True
    assert facts.megapixels == pytest.approx(100)
    assert any("panorama.png" in note and "100 megapixels" in note for note in facts.notes)


def test_cmyk_is_accepted_and_noted(tmp_path: Path) -> None:
    path = save(Image.new("CMYK", (30, 20), (0, 255, 0, 0)), tmp_path / "print.jpg", "JPEG")

    facts = inspect_image(path)

    assert facts.mode == "CMYK"
    assert any("CMYK" in note for note in facts.notes)


def test_a_16_bit_png_reports_16_bits(tmp_path: Path) -> None:
    facts = inspect_image(sixteen_bit_grey_png(tmp_path / "scan.png"))

    assert facts.bit_depth == 16
    assert facts.mode.startswith("I;16")


def test_an_animated_gif_is_marked_animated_with_its_frame_count(tmp_path: Path) -> None:
    facts = inspect_image(animated_gif(tmp_path / "wave.gif", frames=3))

    assert facts.format == "GIF"
    assert facts.animated is True
    assert facts.frame_count == 3
    assert any("animated" in note for note in facts.notes)


def test_a_still_gif_is_not_animated(tmp_path: Path) -> None:
    facts = inspect_image(animated_gif(tmp_path / "still.gif", frames=1))
    assert (facts.animated, facts.frame_count) == (False, 1)


@pytest.mark.parametrize(
    ("pillow_format", "name", "mime"),
    [("TIFF", "scan.tiff", "image/tiff"), ("WEBP", "web.webp", "image/webp")],
)
def test_tiff_and_webp_with_location_are_read(
    tmp_path: Path, pillow_format: str, name: str, mime: str
) -> None:
    path = save(quadrants(64, 48), tmp_path / name, pillow_format, exif=camera_exif())

    facts = inspect_image(path)

    assert facts.format == pillow_format
    assert facts.mime == mime
    assert (facts.width, facts.height) == (64, 48)
    assert facts.has_gps is True


def heic_like_file(path: Path) -> Path:
    # Pillow cannot write HEIC; an ISO-BMFF "ftyp" box with the heic brand is what a reader
    # recognises first, and that is all this check needs.
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64))
    return path


@pytest.mark.skipif(
    importlib.util.find_spec("pillow_heif") is not None, reason="pillow-heif is installed"
)
def test_heic_without_the_plugin_names_the_missing_extra(tmp_path: Path) -> None:
    with pytest.raises(MissingHeifSupportError) as caught:
        inspect_image(heic_like_file(tmp_path / "IMG_0042.HEIC"))

    message = str(caught.value)
    assert "IMG_0042.HEIC" in message
    assert "'heif' extra" in message
    assert "pillow-heif" in message


def test_inspect_many_reports_each_bad_file_and_carries_on(tmp_path: Path) -> None:
    good = save(quadrants(20, 20), tmp_path / "good.png", "PNG")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "readme.gif"
    text.write_text("hello", encoding="utf-8")
    also_good = jpeg_with_gps(tmp_path / "also-good.jpg")

    results = inspect_many([good, empty, text, also_good])

    assert [type(result) for result in results] == [
        ImageFacts,
        EmptyImageFileError,
        NotAnImageError,
        ImageFacts,
    ]
    assert all(isinstance(result, ImageError) for result in results[1:3])
    assert [result.path for result in results] == [good, empty, text, also_good]


def test_a_bmp_is_read_but_text_starting_with_bm_is_not_an_image(tmp_path: Path) -> None:
    bmp = save(quadrants(20, 10), tmp_path / "old.bmp", "BMP")
    assert inspect_image(bmp).format == "BMP"

    text = tmp_path / "cars.bmp"
    text.write_text("BMW and other brands, a list\n" * 3, encoding="utf-8")
    with pytest.raises(NotAnImageError):
        inspect_image(text)
