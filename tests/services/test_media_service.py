"""MediaService on a real SQLite file, a real media store and real Pillow images: imports with a
message per bad file, dedupe, thumbnails off the GUI thread, attachments, crops, media facts,
warnings and publish kits with progress."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.domain.platforms import PlatformId
from studio.media.store import MediaStore
from studio.media.thumbnails import ThumbnailCache
from studio.services.media import (
    ImportOutcome,
    MediaService,
    facts_of,
    media_facts,
    media_warnings,
)
from studio.services.publish_kit import KitReport
from studio.services.tasks import TaskRunner
from studio.storage.database import Database, open_database
from studio.storage.media_library import MediaQuery
from studio.storage.repositories import PostRepository, WorkspaceRepository
from tests.media.images import (
    animated_gif,
    encoded,
    jpeg_with_gps,
    photo_like,
    quadrants,
    save,
)
from tests.media.test_safe_open import heic_like_file, png_claiming_size


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'studio.sqlite3'}", backups_dir=tmp_path / "b")
    yield db
    db.close()


def _service(tasks: TaskRunner, database: Database, tmp_path: Path) -> MediaService:
    store = MediaStore(tmp_path / "media")
    return MediaService(tasks, database, store, ThumbnailCache(tmp_path / "thumbs", store))


@pytest.fixture
def service(qapp: QApplication, database: Database, tmp_path: Path) -> Iterator[MediaService]:
    tasks = TaskRunner(synchronous=True)
    yield _service(tasks, database, tmp_path)
    tasks.shutdown()


@pytest.fixture
def workspace_id(database: Database) -> int:
    return WorkspaceRepository(database).create("Bakery", timezone="Europe/Berlin").id


def _import(service: MediaService, workspace_id: int, paths: list[Path]) -> list[ImportOutcome]:
    outcomes: list[ImportOutcome] = []
    service.import_files(workspace_id, paths, on_done=outcomes.extend)
    return outcomes


def test_every_bad_file_gets_its_own_message_and_the_rest_are_imported(
    service: MediaService, workspace_id: int, tmp_path: Path
) -> None:
    good = jpeg_with_gps(tmp_path / "in" / "harbour.jpg")
    empty = tmp_path / "in" / "empty.jpg"
    empty.write_bytes(b"")
    full = encoded(photo_like(200, 150), "JPEG")
    truncated = tmp_path / "in" / "cut.jpg"
    truncated.write_bytes(full[: len(full) // 2])
    text = tmp_path / "in" / "notes.png"
    text.write_text("shopping list: flour, rye, salt")
    renamed = save(quadrants(40, 30), tmp_path / "in" / "really-a-png.jpg", "PNG")
    bomb = png_claiming_size(tmp_path / "in" / "bomb.png", 40_000, 40_000)
    cmyk = save(Image.new("CMYK", (30, 20), (0, 255, 0, 0)), tmp_path / "in" / "print.jpg", "JPEG")
    paths = [empty, good, truncated, text, renamed, bomb, cmyk]

    outcomes = _import(service, workspace_id, paths)

    assert [o.source for o in outcomes] == paths
    by_name = {o.source.name: o for o in outcomes}
    assert "empty.jpg is empty (0 bytes)" in by_name["empty.jpg"].error
    assert "cut.jpg is an incomplete JPEG" in by_name["cut.jpg"].error
    assert "notes.png is not an image" in by_name["notes.png"].error
    assert "decompression bomb" in by_name["bomb.png"].error
    assert by_name["harbour.jpg"].ok and by_name["harbour.jpg"].item.has_gps  # type: ignore[union-attr]
    wrong_name = by_name["really-a-png.jpg"]
    assert wrong_name.ok and any("really a PNG" in note for note in wrong_name.notes)
    assert by_name["print.jpg"].ok and any("CMYK" in note for note in by_name["print.jpg"].notes)
    assert {item.original_name for item in service.items(workspace_id)} == {
        "harbour.jpg",
        "really-a-png.jpg",
        "print.jpg",
    }
    # The store holds the good files only, each whole (no .part left behind).
    stored = sorted(service.store.root.rglob("*.*"))
    assert len(stored) == 3 and not any(p.name.endswith(".part") for p in stored)


@pytest.mark.skipif(
    importlib.util.find_spec("pillow_heif") is not None, reason="pillow-heif is installed"
)
def test_heic_without_the_plugin_names_the_missing_heif_extra(
    service: MediaService, workspace_id: int, tmp_path: Path
) -> None:
    (outcome,) = _import(service, workspace_id, [heic_like_file(tmp_path / "IMG_0042.HEIC")])
    assert not outcome.ok
    assert "'heif' extra" in outcome.error and "IMG_0042.HEIC" in outcome.error


def test_the_same_image_added_twice_is_stored_once(
    service: MediaService, workspace_id: int, tmp_path: Path, qtbot: QtBot
) -> None:
    first = jpeg_with_gps(tmp_path / "a.jpg")
    copy = tmp_path / "copy-of-a.jpg"
    copy.write_bytes(first.read_bytes())
    with qtbot.waitSignal(service.library_changed) as changed:
        (one,) = _import(service, workspace_id, [first])
    assert changed.args == [workspace_id]
    (two,) = _import(service, workspace_id, [copy])
    assert one.created and not two.created
    assert one.item is not None and two.item is not None and one.item.id == two.item.id
    assert len(list(service.store.hashes())) == 1


def test_pasted_image_bytes_are_imported_and_the_temp_file_removed(
    service: MediaService, workspace_id: int
) -> None:
    outcomes: list[ImportOutcome] = []
    service.import_image_bytes(
        workspace_id, encoded(quadrants(64, 48), "PNG"), on_done=outcomes.extend
    )
    (outcome,) = outcomes
    assert outcome.ok and outcome.source.name.startswith("Pasted image")
    assert not outcome.source.exists() and not outcome.source.parent.exists()
    assert service.items(workspace_id)[0].mime == "image/png"


def test_thumbnails_are_made_on_the_image_pool_never_on_the_gui_thread(
    qapp: QApplication, database: Database, workspace_id: int, tmp_path: Path, qtbot: QtBot
) -> None:
    tasks = TaskRunner(image_workers=1)
    service = _service(tasks, database, tmp_path)
    try:
        with qtbot.waitSignal(service.import_finished, timeout=10_000):
            service.import_files(workspace_id, [jpeg_with_gps(tmp_path / "x.jpg", (400, 300))])
        item = service.items(workspace_id)[0]
        threads: list[str] = []
        original = service.thumbnails.thumbnail

        def recording(source: str, size: int) -> Path:
            threads.append(threading.current_thread().name)
            return original(source, size)

        service.thumbnails.thumbnail = recording  # type: ignore[method-assign]
        with qtbot.waitSignal(service.thumbnail_ready, timeout=10_000) as ready:
            service.request_thumbnail(item.sha256, 96)
            service.request_thumbnail(item.sha256, 96)  # no second job meanwhile
        sha256, size, image = ready.args
        assert (sha256, size) == (item.sha256, 96)
        assert threads == ["studio-images_0"]
        assert max(image.width(), image.height()) == 96
        assert service.thumbnails.cached(item.sha256, 96) is not None
    finally:
        tasks.shutdown()


def test_a_thumbnail_of_a_file_deleted_from_the_store_fails_once(
    service: MediaService, workspace_id: int, tmp_path: Path, qtbot: QtBot
) -> None:
    (outcome,) = _import(service, workspace_id, [jpeg_with_gps(tmp_path / "x.jpg")])
    assert outcome.item is not None
    service.store.remove(outcome.item.sha256)
    with qtbot.waitSignal(service.thumbnail_failed) as failed:
        service.request_thumbnail(outcome.item.sha256, 64)
    assert "No image with hash" in failed.args[2]
    assert service.thumbnail_error(outcome.item.sha256, 64)
    with qtbot.assertNotEmitted(service.thumbnail_failed):
        service.request_thumbnail(outcome.item.sha256, 64)


def test_alt_text_conflict_is_reported_and_nothing_overwritten(
    service: MediaService, workspace_id: int, tmp_path: Path, qtbot: QtBot
) -> None:
    (outcome,) = _import(service, workspace_id, [jpeg_with_gps(tmp_path / "x.jpg")])
    item = outcome.item
    assert item is not None
    with qtbot.waitSignal(service.item_changed) as changed:
        service.update_alt_text(item, "Rye loaves cooling on a rack")
    assert changed.args[0].alt_text == "Rye loaves cooling on a rack"
    with qtbot.waitSignal(service.failed) as failed:
        service.update_alt_text(item, "stale")
    assert "changed by someone else" in failed.args[0]
    assert service.items(workspace_id)[0].alt_text == "Rye loaves cooling on a rack"
    assert service.items(workspace_id, MediaQuery(missing_alt_text=True)) == []


def test_attach_reorder_crop_detach_and_media_facts(
    service: MediaService, database: Database, workspace_id: int, tmp_path: Path, qtbot: QtBot
) -> None:
    post = PostRepository(database).create(workspace_id, title="Spring", body="Hi").id
    outcomes = _import(
        service,
        workspace_id,
        [jpeg_with_gps(tmp_path / "a.jpg"), save(quadrants(90, 60), tmp_path / "b.png")],
    )
    ids = [o.item.id for o in outcomes if o.item is not None]
    with qtbot.waitSignal(service.attachments_changed) as changed:
        service.attach(post, ids)
    assert changed.args == [post]
    attached = service.attachments(post)
    assert [a.media.id for a in attached] == ids
    assert [i.used_in for i in service.items(workspace_id)] == [1, 1]

    service.reorder(post, [attached[1].id, attached[0].id])
    attached = service.attachments(post)
    assert [a.media.original_name for a in attached] == ["b.png", "a.jpg"]
    service.set_crop(attached[0], "instagram", (0.1, 0.0, 0.5, 1.0))
    assert service.attachments(post)[0].crop_for("instagram") == (0.1, 0.0, 0.5, 1.0)

    facts = media_facts(service.attachments(post))
    assert [(f.width, f.height, f.has_gps, f.mime) for f in facts] == [
        (90, 60, False, "image/png"),
        (120, 80, True, "image/jpeg"),
    ]
    # Instagram gets the 45×60 crop; other networks the whole 90×60 image.
    assert facts[0].crops == (("instagram", 45, 60),)
    assert (facts[0].for_platform("instagram").width, facts[0].for_platform("x").width) == (45, 90)
    service.detach(service.attachments(post)[0])
    assert [a.media.original_name for a in service.attachments(post)] == ["a.jpg"]


def test_warnings_name_location_size_format_resolution_and_alt_text(
    service: MediaService, workspace_id: int, tmp_path: Path
) -> None:
    (outcome,) = _import(service, workspace_id, [jpeg_with_gps(tmp_path / "x.jpg")])
    assert outcome.item is not None
    warnings = " ".join(media_warnings(outcome.item))
    assert "location" in warnings and "120×80 px may look soft" in warnings
    assert "No alt text" in warnings
    heavy = outcome.item.__class__(**{**outcome.item.__dict__, "byte_size": 6_000_000})
    assert "than X, LinkedIn, Bluesky accept" in " ".join(
        media_warnings(heavy, [PlatformId.X, PlatformId.LINKEDIN, PlatformId.BLUESKY])
    )
    gif = _import(service, workspace_id, [animated_gif(tmp_path / "wave.gif")])[0].item
    assert gif is not None
    assert "GIF is not accepted by Instagram" in " ".join(
        media_warnings(gif, [PlatformId.INSTAGRAM])
    )
    assert facts_of(gif).mime == "image/gif"


def test_publish_kit_is_written_on_the_image_pool_with_progress(
    service: MediaService, database: Database, workspace_id: int, tmp_path: Path, qtbot: QtBot
) -> None:
    posts = PostRepository(database)
    post = posts.create(workspace_id, title="Harbour walk", body="Morning light #harbour").id
    posts.add_variant(post, PlatformId.INSTAGRAM)
    posts.add_variant(post, PlatformId.BLUESKY, text="Short for Bluesky")
    (outcome,) = _import(service, workspace_id, [jpeg_with_gps(tmp_path / "h.jpg", (600, 400))])
    assert outcome.item is not None
    service.attach(post, [outcome.item.id])

    progress: list[tuple[int, int, str]] = []
    service.kit_progress.connect(lambda *args: progress.append(args))
    with qtbot.waitSignal(service.kit_finished) as finished:
        service.export_kit(tmp_path / "kit", [post])
    report: KitReport = finished.args[0]
    assert report.posts == 1 and report.images == 2 and report.problems == []
    assert [(done, total) for done, total, _ in progress] == [(0, 2), (1, 2)]
    folder = report.folders[0]
    assert (folder / "bluesky" / "caption.txt").read_text(encoding="utf-8") == (
        "Short for Bluesky\n"
    )
    for image in folder.rglob("01-h.*"):
        if image.suffix in (".jpg", ".png", ".webp"):
            with Image.open(image) as opened:
                assert ExifGps.absent(opened)


class ExifGps:
    @staticmethod
    def absent(image: Image.Image) -> bool:
        from PIL import ExifTags

        return not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
