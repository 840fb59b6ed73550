"""The content-addressed media store: where files go, dedupe, and no half-written files."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from studio.media.errors import EmptyImageFileError, ImageError, NotAnImageError
from studio.media.store import MediaNotFoundError, MediaStore, StoredMedia
from studio.paths import resolve_paths
from tests.media.images import jpeg_with_gps, quadrants, save


@pytest.fixture
def store() -> MediaStore:
    return MediaStore(resolve_paths().ensure().media_dir)


def every_file(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def test_add_copies_into_the_hash_named_path(store: MediaStore, tmp_path: Path) -> None:
    source = jpeg_with_gps(tmp_path / "Beach Day.JPG")
    sha256 = hashlib.sha256(source.read_bytes()).hexdigest()

    stored = store.add(source)

    assert stored.sha256 == sha256
    assert stored.added is True
    assert stored.path == store.root / sha256[:2] / f"{sha256}.jpg"
    assert stored.path.read_bytes() == source.read_bytes()
    assert stored.facts.path == source
    assert store.root == resolve_paths().media_dir


def test_the_same_image_added_twice_is_stored_once(store: MediaStore, tmp_path: Path) -> None:
    first = jpeg_with_gps(tmp_path / "one.jpg")
    copy = tmp_path / "elsewhere" / "renamed.jpeg"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())

    a = store.add(first)
    b = store.add(first)
    c = store.add(copy)

    assert a.added is True
    assert (b.added, c.added) == (False, False)
    assert a.path == b.path == c.path
    assert every_file(store.root) == [a.path]


def test_the_extension_comes_from_the_real_format(store: MediaStore, tmp_path: Path) -> None:
    source = save(quadrants(30, 30), tmp_path / "really-a-png.jpg", "PNG")

    stored = store.add(source)

    assert stored.path.suffix == ".png"
    assert stored.facts.extension_mismatch is True


@pytest.mark.parametrize("failing_call", ["fsync", "replace"])
def test_a_failure_mid_copy_leaves_no_file_behind(
    store: MediaStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_call: str
) -> None:
    source = jpeg_with_gps(tmp_path / "photo.jpg")
    real = getattr(os, failing_call)

    def disk_full(*args: object) -> None:
        if failing_call == "fsync" or str(args[1]).endswith(".jpg"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(*args)

    monkeypatch.setattr(os, failing_call, disk_full)

    with pytest.raises(OSError, match="No space left"):
        store.add(source)

    assert every_file(store.root) == []  # neither the image nor its temporary file
    monkeypatch.undo()
    assert store.add(source).added is True  # and the next try works


def test_bad_files_raise_and_store_nothing(store: MediaStore, tmp_path: Path) -> None:
    text = tmp_path / "not-an-image.png"
    text.write_text("plain text", encoding="utf-8")

    with pytest.raises(NotAnImageError):
        store.add(text)

    assert every_file(store.root) == []


def test_add_many_keeps_going_past_bad_files(store: MediaStore, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    good = jpeg_with_gps(tmp_path / "good.jpg")

    results = store.add_many([empty, good])

    assert isinstance(results[0], EmptyImageFileError)
    assert isinstance(results[1], StoredMedia)
    assert all(isinstance(result, StoredMedia | ImageError) for result in results)
    assert store.exists(results[1].sha256)


def test_lookup_and_removal(store: MediaStore, tmp_path: Path) -> None:
    stored = store.add(jpeg_with_gps(tmp_path / "a.jpg"))
    other = store.add(save(quadrants(10, 10), tmp_path / "b.png", "PNG"))

    assert store.path_for(stored.sha256) == stored.path
    assert store.exists(stored.sha256)
    assert sorted(store.hashes()) == sorted([stored.sha256, other.sha256])

    assert store.remove(stored.sha256) is True
    assert store.remove(stored.sha256) is False
    assert not store.exists(stored.sha256)
    with pytest.raises(MediaNotFoundError):
        store.path_for(stored.sha256)
    assert list(store.hashes()) == [other.sha256]


def test_a_leftover_partial_file_is_never_taken_for_the_image(store: MediaStore) -> None:
    sha256 = "ab" * 32
    folder = store.root / sha256[:2]
    folder.mkdir(parents=True)
    (folder / f".{sha256}.jpg.x1y2.part").write_bytes(b"half an image")

    assert store.exists(sha256) is False
    assert list(store.hashes()) == []


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ABC", "g" * 64, "AB" * 32])
def test_only_sha256_digests_are_accepted_as_keys(store: MediaStore, bad: str) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        store.exists(bad)
