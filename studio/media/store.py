"""The content-addressed media store: `<root>/<sha256[:2]>/<sha256>.<ext>`.

A file's name is the SHA-256 of its bytes, so the same image added twice is stored once and a
database row only needs the hash. The extension comes from the real format (a PNG named
photo.jpg is stored as .png). Files arrive through a temporary file in their final folder and
appear under their real name only once complete and flushed (see `atomic.py`), so the store never
holds half an image.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from studio.media.atomic import PARTIAL_SUFFIX, atomic_output
from studio.media.errors import ImageChangedError, ImageError, UnreadableImageError, name_of
from studio.media.safe_open import ImageFacts, inspect_image

_SHA256 = re.compile(r"[0-9a-f]{64}")
_COPY_CHUNK_BYTES = 1 << 20


class MediaNotFoundError(LookupError):
    """No file with that hash is in the store (deleted outside the studio, or never added)."""


@dataclass(frozen=True, slots=True)
class StoredMedia:
    sha256: str
    path: Path  # the file inside the store
    facts: ImageFacts  # as inspected from the file that was added
    added: bool  # False when the store already held these exact bytes


class MediaStore:
    def __init__(self, root: Path | str) -> None:
        self._root = Path(root)

    @property
    def root(self) -> Path:
        return self._root

    def add(self, source: Path | str) -> StoredMedia:
        """Check `source` is a readable image and copy it in (unless already there).
        Raises an `ImageError` naming the file when it is not usable."""
        source = Path(source)
        facts = inspect_image(source)
        existing = self.find(facts.sha256)
        if existing is not None:
            return StoredMedia(facts.sha256, existing, facts, added=False)
        destination = self._folder(facts.sha256) / f"{facts.sha256}.{facts.extension}"
        self._copy_verified(source, destination, facts.sha256)
        return StoredMedia(facts.sha256, destination, facts, added=True)

    def add_many(self, sources: Iterable[Path | str]) -> list[StoredMedia | ImageError]:
        """`add` for each source in order; a bad file gives its error and the rest go on."""
        results: list[StoredMedia | ImageError] = []
        for source in sources:
            try:
                results.append(self.add(source))
            except ImageError as error:
                results.append(error)
        return results

    def find(self, sha256: str) -> Path | None:
        """The stored file for `sha256`, or None."""
        folder = self._folder(sha256)
        if not folder.is_dir():
            return None
        for candidate in folder.glob(f"{sha256}.*"):
            if not candidate.name.endswith(PARTIAL_SUFFIX) and candidate.is_file():
                return candidate
        return None

    def path_for(self, sha256: str) -> Path:
        """The stored file for `sha256`; `MediaNotFoundError` when it is not in the store."""
        found = self.find(sha256)
        if found is None:
            raise MediaNotFoundError(f"No image with hash {sha256} in the media store.")
        return found

    def exists(self, sha256: str) -> bool:
        return self.find(sha256) is not None

    def remove(self, sha256: str) -> bool:
        """Delete the stored file; False when there was none."""
        found = self.find(sha256)
        if found is None:
            return False
        found.unlink(missing_ok=True)
        return True

    def hashes(self) -> Iterator[str]:
        """Every hash in the store (for consistency checks against the database)."""
        if not self._root.is_dir():
            return
        for folder in sorted(self._root.iterdir()):
            if not folder.is_dir() or len(folder.name) != 2:
                continue
            for candidate in sorted(folder.iterdir()):
                stem = candidate.name.split(".", 1)[0]
                if _SHA256.fullmatch(stem) and not candidate.name.endswith(PARTIAL_SUFFIX):
                    yield stem

    def _folder(self, sha256: str) -> Path:
        # The hash becomes a path: accept nothing but 64 lowercase hex digits.
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"Not a SHA-256 hex digest: {sha256!r}")
        return self._root / sha256[:2]

    def _copy_verified(self, source: Path, destination: Path, expected_sha256: str) -> None:
        # Hash what is actually copied: if the file changed since it was inspected, the copy
        # would not match its name, so it is thrown away instead.
        digest = hashlib.sha256()
        with atomic_output(destination) as output, _open_source(source) as reader:
            while chunk := _read_chunk(reader, source):
                digest.update(chunk)
                output.write(chunk)
            if digest.hexdigest() != expected_sha256:
                raise ImageChangedError(
                    source,
                    f"{name_of(source)} changed while it was being added; add it again.",
                )


def _open_source(source: Path) -> BinaryIO:
    try:
        return source.open("rb")
    except OSError as error:
        raise UnreadableImageError(
            source, f"{name_of(source)} could not be read: {error.strerror or error}."
        ) from error


def _read_chunk(reader: BinaryIO, source: Path) -> bytes:
    try:
        return reader.read(_COPY_CHUNK_BYTES)
    except OSError as error:
        raise UnreadableImageError(
            source, f"{name_of(source)} could not be read: {error.strerror or error}."
        ) from error
