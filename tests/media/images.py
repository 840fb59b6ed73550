"""Real image files made with Pillow for the media tests (and the media benchmark)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import ExifTags, Image

# Somewhere in Amsterdam, as EXIF degrees/minutes/seconds.
GPS_BLOCK = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (52.0, 22.0, 21.5),
    ExifTags.GPS.GPSLongitudeRef: "E",
    ExifTags.GPS.GPSLongitude: (4.0, 53.0, 42.0),
}
CAMERA_MAKE = "Acme Optics"
CAMERA_MODEL = "Field 7"
TAKEN_AT = "2026:05:01 09:30:00"

XMP_WITH_LOCATION = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'exif:GPSLatitude="52,22.358N" exif:GPSLongitude="4,53.7E">'
    b"<exif:GPSAltitude>3/1</exif:GPSAltitude>"
    b"<dc:creator>Sam Writer</dc:creator>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)

# Quadrant colours of `quadrants()`: top-left, top-right, bottom-left, bottom-right.
RED, GREEN, BLUE, YELLOW = (220, 20, 20), (20, 200, 20), (20, 20, 220), (230, 220, 20)


def camera_exif(*, gps: bool = True, orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = CAMERA_MAKE
    exif[ExifTags.Base.Model] = CAMERA_MODEL
    exif[ExifTags.Base.DateTime] = TAKEN_AT
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        exif[ExifTags.IFD.GPSInfo] = dict(GPS_BLOCK)
    # Round-trip through bytes: Pillow's TIFF writer can only copy sub-blocks from loaded EXIF.
    loaded = Image.Exif()
    loaded.load(exif.tobytes())
    return loaded


def quadrants(width: int, height: int) -> Image.Image:
    """Four flat colours, one per quadrant, so crops and rotations can be checked by colour."""
    image = Image.new("RGB", (width, height))
    half_w, half_h = width // 2, height // 2
    image.paste(RED, (0, 0, half_w, half_h))
    image.paste(GREEN, (half_w, 0, width, half_h))
    image.paste(BLUE, (0, half_h, half_w, height))
    image.paste(YELLOW, (half_w, half_h, width, height))
    return image


def photo_like(width: int, height: int, *, seed_sigma: float = 48.0) -> Image.Image:
    """Gradients plus coarse and fine noise: compresses about as badly as a real photo."""
    coarse = Image.effect_noise((max(1, width // 2), max(1, height // 2)), seed_sigma)
    coarse = coarse.resize((width, height), Image.Resampling.BILINEAR)
    fine = Image.effect_noise((width, height), seed_sigma / 2)
    gradient = Image.linear_gradient("L").resize((width, height))
    mirrored = gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return Image.merge(
        "RGB",
        (Image.blend(coarse, fine, 0.5), gradient, Image.blend(mirrored, fine, 0.3)),
    )


def save(
    image: Image.Image, path: Path, pillow_format: str | None = None, **options: object
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, pillow_format, **options)
    return path


def encoded(image: Image.Image, pillow_format: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, pillow_format, **options)
    return buffer.getvalue()


def jpeg_with_gps(path: Path, size: tuple[int, int] = (120, 80), **exif_options: object) -> Path:
    return save(quadrants(*size), path, "JPEG", exif=camera_exif(**exif_options), quality=90)


def animated_gif(path: Path, frames: int = 3, size: tuple[int, int] = (24, 16)) -> Path:
    colours = [RED, GREEN, BLUE, YELLOW][:frames]
    pictures = [Image.new("RGB", size, colour) for colour in colours]
    return save(
        pictures[0], path, "GIF", save_all=True, append_images=pictures[1:], duration=80, loop=0
    )


def sixteen_bit_grey_png(path: Path, size: tuple[int, int] = (64, 8)) -> Path:
    """A left-to-right ramp over the whole 16-bit range."""
    width, height = size
    image = Image.new("I;16", size)
    for x in range(width):
        value = round(x * 65535 / (width - 1))
        for y in range(height):
            image.putpixel((x, y), value)
    return save(image, path, "PNG")


def read_pixel(path: Path, xy: tuple[int, int]) -> tuple[int, ...]:
    with Image.open(path) as image:
        pixel = image.convert("RGB").getpixel(xy)
    assert isinstance(pixel, tuple)
    return pixel


def close_to(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))
