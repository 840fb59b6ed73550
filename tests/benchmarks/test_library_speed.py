"""The media library grid stays smooth with 5,000 images (issue 6).

Two figures: reading the 5,000 rows (with "used in N posts") into the model and painting the first
screen, and scrolling one screen further and painting it — which must fit a 16 ms frame. The
thumbnails themselves come from the image pool and are not part of either.

Run with `uv run pytest tests/benchmarks/test_library_speed.py --benchmark-enable`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture

from studio.media.store import MediaStore
from studio.media.thumbnails import ThumbnailCache
from studio.services.media import MediaService
from studio.services.tasks import TaskRunner
from studio.storage.database import Database, open_database
from studio.storage.repositories import PostRepository, WorkspaceRepository
from studio.storage.tables import MediaAsset, PostMedia
from studio.ui.library_page import LibraryPage

IMAGES = 5_000
RELOAD_TARGET_SECONDS = 0.150
SCROLL_TARGET_SECONDS = 0.016


@pytest.fixture
def library(qapp: QApplication, tmp_path: Path) -> Iterator[tuple[LibraryPage, Database]]:
    db = open_database(f"sqlite:///{tmp_path / 'studio.sqlite3'}", backups_dir=tmp_path / "b")
    workspace = WorkspaceRepository(db).create("Agency", timezone="UTC")
    post = PostRepository(db).create(workspace.id, title="Uses a few", body="x").id
    with db.session(write=True) as session:
        for n in range(IMAGES):
            session.add(
                MediaAsset(
                    workspace_id=workspace.id,
                    sha256=f"{n:064x}",
                    original_name=f"IMG_{n:05d}.jpg",
                    mime="image/jpeg",
                    width=4032,
                    height=3024,
                    byte_size=2_400_000 + n,
                    has_gps=n % 7 == 0,
                    alt_text="" if n % 3 else "A photo",
                )
            )
        session.flush()
        for position in range(20):
            session.add(PostMedia(post_id=post, media_id=position + 1, position=position))
    tasks = TaskRunner(image_workers=1)
    store = MediaStore(tmp_path / "media")
    service = MediaService(tasks, db, store, ThumbnailCache(tmp_path / "thumbs", store))
    page = LibraryPage(service, workspace)
    page.resize(1280, 800)
    page.show()
    QApplication.processEvents()
    yield page, db
    page.close()
    page.deleteLater()
    tasks.shutdown()
    db.close()


def report(
    benchmark: BenchmarkFixture, request: pytest.FixtureRequest, label: str, target: float
) -> None:
    if benchmark.disabled or benchmark.stats is None:
        return
    stats = benchmark.stats.stats
    line = (
        f"\n{label}: median {stats.median * 1000:.2f} ms, min {stats.min * 1000:.2f} ms, "
        f"max {stats.max * 1000:.2f} ms over {stats.rounds} rounds "
        f"(target ≤ {target * 1000:.0f} ms)"
    )
    with request.config.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print(line)
    assert stats.median <= target, line


def test_reload_and_paint_5000_images(
    benchmark: BenchmarkFixture,
    library: tuple[LibraryPage, Database],
    request: pytest.FixtureRequest,
) -> None:
    page, _db = library

    def reload_and_paint() -> None:
        page.reload()
        page.grid.viewport().repaint()

    benchmark.pedantic(reload_and_paint, rounds=10, warmup_rounds=1)
    assert page.model.rowCount() == IMAGES
    assert page.count_label.text() == "5000 images"
    report(benchmark, request, "library: read 5,000 images + first paint", RELOAD_TARGET_SECONDS)


def test_scroll_one_screen_and_paint(
    benchmark: BenchmarkFixture,
    library: tuple[LibraryPage, Database],
    request: pytest.FixtureRequest,
) -> None:
    page, _db = library
    bar = page.grid.verticalScrollBar()
    QApplication.processEvents()  # batched layout finishes
    positions = itertools.cycle(range(0, max(1, bar.maximum()), max(1, bar.pageStep())))

    def scroll_and_paint() -> None:
        bar.setValue(next(positions))
        page.grid.viewport().repaint()

    benchmark.pedantic(scroll_and_paint, rounds=40, warmup_rounds=2)
    assert bar.maximum() > 0
    report(benchmark, request, "library: scroll one screen + paint", SCROLL_TARGET_SECONDS)
