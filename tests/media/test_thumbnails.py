"""Thumbnails: size, orientation, awkward colour modes, the disk cache, and threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from studio.media.errors import TruncatedImageError
from studio.media.exif import has_gps
from studio.media.store import MediaStore
from studio.media.thumbnails import THUMBNAIL_VERSION, ThumbnailCache
from studio.paths import resolve_paths
from tests.media.images import (
    BLUE,
    GREEN,
    RED,
    YELLOW,
    animated_gif,
    camera_exif,
    close_to,
    encoded,
    jpeg_with_gps,
    photo_like,
    quadrants,
    read_pixel,
    save,
    sixteen_bit_grey_png,
)


@pytest.fixture
def cache() -> ThumbnailCache:
    paths = resolve_paths().ensure()
    return ThumbnailCache(paths.thumbnails_dir, MediaStore(paths.media_dir))


def test_a_large_jpeg_becomes_a_small_jpeg_in_the_cache(
    cache: ThumbnailCache, tmp_path: Path
) -> None:
    source = save(photo_like(3000, 2000), tmp_path / "big.jpg", "JPEG", quality=90)

    thumb = cache.thumbnail(source, 256)

    assert thumb.parent.parent == cache.cache_dir
    assert thumb.name.endswith(f"-256-v{THUMBNAIL_VERSION}.jpg")
    with Image.open(thumb) as image:
        assert image.format == "JPEG"
        assert image.size == (256, 171)


def test_a_small_image_is_not_enlarged(cache: ThumbnailCache, tmp_path: Path) -> None:
    thumb = cache.thumbnail(save(quadrants(100, 60), tmp_path / "small.png", "PNG"), 256)
    with Image.open(thumb) as image:
        assert image.size == (100, 60)


def test_exif_orientation_is_applied(cache: ThumbnailCache, tmp_path: Path) -> None:
    # Orientation 6: the camera was turned; the picture must be turned 90° clockwise to view.
    source = jpeg_with_gps(tmp_path / "turned.jpg", size=(200, 100), orientation=6)

    thumb = cache.thumbnail(source, 64)

    with Image.open(thumb) as image:
        assert image.size == (32, 64)
    assert close_to(read_pixel(thumb, (4, 4)), BLUE)  # stored bottom-left
    assert close_to(read_pixel(thumb, (28, 4)), RED)  # stored top-left
    assert close_to(read_pixel(thumb, (28, 60)), GREEN)
    assert close_to(read_pixel(thumb, (4, 60)), YELLOW)


def test_thumbnails_carry_no_location(cache: ThumbnailCache, tmp_path: Path) -> None:
    thumb = cache.thumbnail(jpeg_with_gps(tmp_path / "gps.jpg"), 64)
    with Image.open(thumb) as image:
        assert has_gps(image) is False
        assert len(image.getexif()) == 0


def test_cmyk_is_converted_to_rgb_colours(cache: ThumbnailCache, tmp_path: Path) -> None:
    # Cyan + yellow ink, no magenta: green on screen.
    cmyk = Image.new("CMYK", (80, 80), (255, 0, 255, 0))
    thumb = cache.thumbnail(save(cmyk, tmp_path / "print.jpg", "JPEG"), 32)

    with Image.open(thumb) as image:
        assert image.mode == "RGB"
    assert close_to(read_pixel(thumb, (16, 16)), (0, 255, 0), tolerance=30)


def test_a_16_bit_png_is_scaled_not_clipped_to_white(cache: ThumbnailCache, tmp_path: Path) -> None:
    thumb = cache.thumbnail(sixteen_bit_grey_png(tmp_path / "ramp.png", size=(64, 8)), 64)

    left, middle, right = (read_pixel(thumb, (x, 4))[0] for x in (0, 32, 63))
    assert left <= 10
    assert 100 <= middle <= 160
    assert right >= 245


def test_transparency_is_kept_as_png(cache: ThumbnailCache, tmp_path: Path) -> None:
    image = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    image.paste((200, 30, 30, 255), (20, 20, 60, 60))

    thumb = cache.thumbnail(save(image, tmp_path / "logo.png", "PNG"), 40)

    assert thumb.suffix == ".png"
    with Image.open(thumb) as result:
        assert result.mode == "RGBA"
        assert result.getpixel((1, 1))[3] == 0
        assert result.getpixel((20, 20))[3] == 255


def test_a_palette_image_with_a_transparent_colour_keeps_it(
    cache: ThumbnailCache, tmp_path: Path
) -> None:
    image = Image.new("P", (40, 40), 0)
    image.putpalette([255, 255, 255, 200, 0, 0] + [0] * 762)
    image.paste(1, (10, 10, 30, 30))
    source = save(image, tmp_path / "sticker.png", "PNG", transparency=0)

    thumb = cache.thumbnail(source, 40)

    with Image.open(thumb) as result:
        rgba = result.convert("RGBA")
        assert rgba.getpixel((2, 2))[3] == 0
        assert close_to(rgba.getpixel((20, 20))[:3], (200, 0, 0))


def test_an_opaque_alpha_channel_gives_a_jpeg(cache: ThumbnailCache, tmp_path: Path) -> None:
    opaque = quadrants(40, 40).convert("RGBA")
    assert cache.thumbnail(save(opaque, tmp_path / "opaque.png", "PNG"), 20).suffix == ".jpg"


def test_an_animated_gif_shows_its_first_frame(cache: ThumbnailCache, tmp_path: Path) -> None:
    thumb = cache.thumbnail(animated_gif(tmp_path / "anim.gif", frames=3), 16)
    assert close_to(read_pixel(thumb, (5, 5)), RED)


@pytest.mark.parametrize(("pillow_format", "name"), [("TIFF", "a.tif"), ("WEBP", "a.webp")])
def test_tiff_and_webp(
    cache: ThumbnailCache, tmp_path: Path, pillow_format: str, name: str
) -> None:
    thumb = cache.thumbnail(save(quadrants(200, 200), tmp_path / name, pillow_format), 50)
    assert close_to(read_pixel(thumb, (5, 5)), RED)
    assert close_to(read_pixel(thumb, (45, 45)), YELLOW)


def test_a_cached_thumbnail_is_reused_until_the_file_changes(
    cache: ThumbnailCache, tmp_path: Path
) -> None:
    source = save(quadrants(120, 120), tmp_path / "photo.png", "PNG")
    first = cache.thumbnail(source, 64)
    made_at = first.stat().st_mtime_ns

    again = cache.thumbnail(source, 64)
    other_size = cache.thumbnail(source, 32)

    assert again == first
    assert first.stat().st_mtime_ns == made_at
    assert other_size != first

    save(Image.new("RGB", (120, 120), BLUE), source, "PNG")  # same name, new content
    changed = cache.thumbnail(source, 64)
    assert changed != first
    assert close_to(read_pixel(changed, (10, 10)), BLUE)


def test_thumbnail_by_hash_reads_from_the_media_store(
    cache: ThumbnailCache, tmp_path: Path
) -> None:
    paths = resolve_paths()
    stored = MediaStore(paths.media_dir).add(jpeg_with_gps(tmp_path / "stored.jpg"))

    by_hash = cache.thumbnail(stored.sha256, 48)

    assert by_hash == cache.thumbnail(stored.path, 48)
    assert cache.cached(stored.sha256, 48) == by_hash


def test_a_broken_file_raises_a_named_error(cache: ThumbnailCache, tmp_path: Path) -> None:
    whole = encoded(quadrants(300, 300), "JPEG")
    path = tmp_path / "half.jpg"
    path.write_bytes(whole[: len(whole) // 2])

    with pytest.raises(TruncatedImageError, match=r"half\.jpg"):
        cache.thumbnail(path, 64)
    assert not any(cache.cache_dir.rglob("*.jpg"))


def test_many_threads_at_once_get_whole_thumbnails(cache: ThumbnailCache, tmp_path: Path) -> None:
    sources = [save(photo_like(600, 400), tmp_path / f"p{index}.jpg", "JPEG") for index in range(4)]
    jobs = [(source, size) for source in sources for size in (64, 128)] * 4

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda job: cache.thumbnail(*job), jobs))

    for (_source, size), thumb in zip(jobs, results, strict=True):
        with Image.open(thumb) as image:
            image.load()
            assert max(image.size) == size
    assert not list(cache.cache_dir.rglob("*.part"))
    assert len(set(results)) == len(sources) * 2


def test_a_100_megapixel_image_gets_a_thumbnail(
    cache: ThumbnailCache, hundred_megapixel_png: Path
) -> None:
    thumb = cache.thumbnail(hundred_megapixel_png, 100)

    with Image.open(thumb) as image:
        assert image.size == (100, 100)
    assert read_pixel(thumb, (10, 50))[0] < 40
    assert read_pixel(thumb, (90, 50))[0] > 215


def test_a_tiff_keeps_its_orientation_in_tags_and_is_turned_too(
    cache: ThumbnailCache, tmp_path: Path
) -> None:
    source = save(
        quadrants(200, 100), tmp_path / "scan.tif", "TIFF", exif=camera_exif(orientation=6)
    )

    thumb = cache.thumbnail(source, 64)

    with Image.open(thumb) as image:
        assert image.size == (32, 64)
    assert close_to(read_pixel(thumb, (4, 4)), BLUE)
