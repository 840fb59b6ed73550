"""What can go wrong with one image file, in words a writer understands.

Every error names the file, so a batch import can list them one per line and carry on with the
rest (QUALITY.md: a bad file stops nothing else). `str(error)` is the message to show.
"""

from __future__ import annotations

from pathlib import Path


class ImageError(Exception):
    """A problem with one image file. `path` is the file; `str(self)` is the message to show."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.message = message

    def __reduce__(self) -> tuple[type[ImageError], tuple[Path, str]]:
        # Errors cross thread/process pools; keep both arguments when pickled.
        return (type(self), (self.path, self.message))


class UnreadableImageError(ImageError):
    """The file could not be opened at all (missing, a folder, no permission)."""


class EmptyImageFileError(ImageError):
    """The file has 0 bytes."""


class NotAnImageError(ImageError):
    """The bytes are not an image format the studio reads."""


class DamagedImageError(ImageError):
    """The file starts like an image but its picture data cannot be decoded."""


class TruncatedImageError(DamagedImageError):
    """The file ends before the picture does (an interrupted download or copy)."""


class ImageTooLargeError(ImageError):
    """More pixels than Pillow's safety limit: possibly a decompression bomb."""


class MissingHeifSupportError(ImageError):
    """A HEIC/HEIF photo while the optional `heif` extra (pillow-heif) is not installed."""


class ImageChangedError(ImageError):
    """The file changed while it was being copied into the media store."""


class RenditionError(ImageError):
    """An export rendition could not meet the platform's limits."""


def name_of(path: Path | str) -> str:
    """The file name as shown in messages: the name alone, since folders make lines unreadable."""
    return Path(path).name or str(path)
