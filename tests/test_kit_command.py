"""`studio export --format kit`: publish kits through the real command line, on a real database
and media store, with photos that carry GPS EXIF. Every rendered image is opened again and must
have no location block."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from studio.cli import main
from studio.domain.platforms import PLATFORMS, PlatformId
from studio.media.store import MediaStore
from studio.paths import resolve_database_url, resolve_paths
from studio.storage.database import open_database
from studio.storage.media_library import MediaLibrary, NewMedia
from studio.storage.repositories import PostRepository, WorkspaceRepository
from tests.media.images import CAMERA_MAKE, camera_exif, photo_like, save

IMAGE_SUFFIXES = {".jpg", ".png", ".webp"}


def _add_image(library: MediaLibrary, store: MediaStore, workspace: int, path: Path) -> int:
    stored = store.add(path)
    width, height = stored.facts.display_size
    item, _ = library.add(
        workspace,
        NewMedia(
            stored.sha256,
            path.name,
            stored.facts.mime,
            width,
            height,
            stored.facts.byte_size,
            stored.facts.has_gps,
        ),
    )
    return item.id


@pytest.fixture
def calendar(tmp_path: Path) -> dict[str, int]:
    """Two workspaces; a scheduled post with five located photos, another in March, one in
    the other workspace."""
    paths = resolve_paths().ensure()
    db = open_database(resolve_database_url(paths), backups_dir=paths.backups_dir)
    store = MediaStore(paths.media_dir)
    try:
        workspaces = WorkspaceRepository(db)
        bakery = workspaces.create(
            "Bakery", timezone="Europe/Berlin", default_platforms=["instagram"]
        ).id
        gym = workspaces.create("Gym", timezone="America/New_York").id
        posts = PostRepository(db)
        library = MediaLibrary(db)
        walk = posts.create(
            bakery,
            title="Harbour walk!",
            body="Morning light over the harbour. #harbour @kornblume",
            scheduled_at=datetime(2027, 3, 28, 7, 0, tzinfo=UTC),
            scheduled_zone="Europe/Berlin",
        ).id
        for platform in (PlatformId.INSTAGRAM, PlatformId.X, PlatformId.BLUESKY):
            posts.add_variant(walk, platform)
        posts.add_variant(walk, PlatformId.LINKEDIN, text="A longer LinkedIn text", enabled=False)
        posts.add_variant(walk, PlatformId.MASTODON, text="For the fediverse", first_comment="")
        for number in range(5):
            photo = save(
                photo_like(1600 + number * 10, 1200),
                tmp_path / "photos" / f"harbour {number + 1}.jpg",
                "JPEG",
                exif=camera_exif(orientation=6 if number == 0 else None),
                quality=92,
            )
            media_id = _add_image(library, store, bakery, photo)
            link = library.attach(walk, media_id)
            if number == 0:
                library.update_alt_text(library.get(media_id), "Boats at dawn")
                library.set_crop(link, "instagram", (0.0, 0.1, 1.0, 0.6))
        april = posts.create(
            bakery,
            title="April",
            body="April post",
            scheduled_at=datetime(2027, 4, 2, 7, 0, tzinfo=UTC),
            scheduled_zone="Europe/Berlin",
        ).id
        other = posts.create(gym, title="Climb", body="Climb night").id
    finally:
        db.close()
    return {"walk": walk, "april": april, "other": other}


def _rendered_images(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in IMAGE_SUFFIXES)


def test_a_kit_has_a_folder_per_post_captions_per_platform_and_no_gps_anywhere(
    calendar: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kit"
    code = main(["export", "--format", "kit", "-o", str(out), "--post", str(calendar["walk"])])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    (folder,) = out.iterdir()
    assert folder.name == f"2027-03-28-harbour-walk-{calendar['walk']}"
    platforms = sorted(p.name for p in folder.iterdir() if p.is_dir())
    assert platforms == ["bluesky", "instagram", "mastodon", "x"]  # LinkedIn is switched off
    assert (folder / "mastodon" / "caption.txt").read_text(encoding="utf-8") == (
        "For the fediverse\n"
    )
    assert (folder / "x" / "caption.txt").read_text(encoding="utf-8").startswith("Morning light")

    # X and Bluesky take 4 images, Instagram 10: the fifth is left out where it must be.
    assert len(_rendered_images(folder / "x")) == 4
    assert len(_rendered_images(folder / "instagram")) == 5
    assert "X takes 4 images; left out: harbour 5.jpg" in printed.err

    for image_path in _rendered_images(out):
        alt = image_path.with_name(image_path.stem + ".alt.txt")
        assert alt.is_file(), image_path
        platform = PlatformId(image_path.parent.name)
        assert image_path.stat().st_size <= (PLATFORMS[platform].media.max_image_bytes or 5e6)
        with Image.open(image_path) as opened:
            exif = opened.getexif()
            assert not exif.get_ifd(ExifTags.IFD.GPSInfo), image_path
            assert exif.get(ExifTags.Base.Make) == CAMERA_MAKE  # other metadata kept
    first_alt = folder / "instagram" / "01-harbour-1.alt.txt"
    assert first_alt.read_text(encoding="utf-8") == "Boats at dawn\n"

    # The Instagram crop (a wide band of the upright photo) is inside Instagram's 4:5..1.91:1.
    with Image.open(folder / "instagram" / "01-harbour-1.jpg") as cropped:
        assert 0.8 <= cropped.width / cropped.height <= 1.91
        assert cropped.width <= 1080
    manifest = json.loads((folder / "post.json").read_text(encoding="utf-8"))
    assert manifest["location_removed"] is True
    assert manifest["platforms"]["instagram"]["images"][0]["alt_text"] == "Boats at dawn"


def test_remove_all_metadata_removes_the_camera_too(
    calendar: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kit"
    args = ["export", "--format", "kit", "-o", str(out), "--post", str(calendar["walk"])]
    assert main([*args, "--remove-all-metadata"]) == 0
    assert "all metadata removed" in capsys.readouterr().out
    for image_path in _rendered_images(out):
        with Image.open(image_path) as opened:
            exif = opened.getexif()
            assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
            assert ExifTags.Base.Make not in exif


def test_workspace_and_day_selectors_choose_the_posts(
    calendar: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "april"
    selectors = ["--workspace", "Bakery", "--from", "2027-04-01", "--to", "2027-04-30"]
    code = main(["export", "--format", "kit", "-o", str(out), *selectors])
    assert code == 0
    (folder,) = out.iterdir()
    assert folder.name == f"2027-04-02-april-{calendar['april']}"
    # No variants stored: the workspace's default platform (Instagram) gets the caption.
    assert [p.name for p in folder.iterdir() if p.is_dir()] == ["instagram"]
    assert "1 post with 0 images" in capsys.readouterr().out


def test_usage_errors(calendar: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "kit"]) == 2
    assert "needs -o DIR" in capsys.readouterr().err
    assert main(["export", "--format", "kit", "-o", "k", "--workspace", "Nobody"]) == 1
    assert "Nobody" in capsys.readouterr().err
    assert main(["export", "--format", "kit", "-o", "k", "--post", "99999"]) == 1
    assert "99999" in capsys.readouterr().err
