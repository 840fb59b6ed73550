"""The Library page on a real studio: the model passes Qt's model tester, files come in by the
file list, drag and drop and paste with a message per bad file, filters, alt text and warnings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.storage.media_library import MediaQuery
from studio.ui.library_page import ItemRole, LibraryPage
from studio.ui.main_window import MainWindow, Section
from tests.media.images import camera_exif, photo_like, save


def _photos(folder: Path) -> list[Path]:
    return [
        save(
            photo_like(640, 480),
            folder / "harbour.jpg",
            "JPEG",
            exif=camera_exif(),
            quality=85,
        ),
        save(photo_like(300, 300), folder / "loaf.png", "PNG"),
    ]


def _page(window: MainWindow) -> LibraryPage:
    page = window.section_pages[Section.LIBRARY]
    assert isinstance(page, LibraryPage)
    return page


def test_the_library_model_passes_the_model_tester(
    make_window: Callable[..., MainWindow],
    make_studio: Callable[..., Studio],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    studio = make_studio(workspaces=("Bakery",))
    window = make_window(studio)
    page = _page(window)
    tester = QAbstractItemModelTester(
        page.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    page.add_files(_photos(tmp_path))
    assert page.model.rowCount() == 2
    page.filter_buttons["has_location"].click()
    assert page.model.rowCount() == 1
    assert page.model.index(0).data(ItemRole).original_name == "harbour.jpg"
    assert page.model.rowCount(page.model.index(0)) == 0
    del tester


def test_adding_files_reports_each_bad_file_and_shows_the_rest(
    make_window: Callable[..., MainWindow],
    make_studio: Callable[..., Studio],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    studio = make_studio(workspaces=("Bakery",))
    window = make_window(studio)
    page = _page(window)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    page.add_files([*_photos(tmp_path), empty])
    assert page.model.rowCount() == 2
    assert "empty.jpg is empty (0 bytes)" in page.messages.text()
    assert "Added 2 images" in page.messages.text()
    assert page.count_label.text() == "2 images"

    # Thumbnails are asked for when painted and arrive from the image pool.
    window.resize(1200, 800)
    window.show_section(Section.LIBRARY)
    window.show()
    qtbot.waitUntil(lambda: len(page.model._pixmaps) == 2, timeout=10_000)


def test_drop_and_paste_add_images(
    make_window: Callable[..., MainWindow],
    make_studio: Callable[..., Studio],
    tmp_path: Path,
) -> None:
    studio = make_studio(workspaces=("Bakery",))
    page = _page(make_window(studio))
    harbour, _ = _photos(tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(harbour))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.grid.dropEvent(drop)
    assert [page.model.item(r).original_name for r in range(page.model.rowCount())] == [
        "harbour.jpg"
    ]

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(image)
    page.paste()
    names = {page.model.item(r).original_name for r in range(page.model.rowCount())}
    assert any(name.startswith("Pasted image") for name in names)


def test_alt_text_is_saved_and_filters_and_warnings_follow(
    make_window: Callable[..., MainWindow],
    make_studio: Callable[..., Studio],
    tmp_path: Path,
) -> None:
    studio = make_studio(workspaces=("Bakery",))
    page = _page(make_window(studio))
    page.add_files(_photos(tmp_path))
    row = next(
        r for r in range(page.model.rowCount()) if page.model.item(r).original_name == "loaf.png"
    )
    page.grid.setCurrentIndex(page.model.index(row))
    details = page.details
    assert details.item is not None and details.item.original_name == "loaf.png"
    assert "300×300 px may look soft" in details.warnings.text()
    assert "X allows 1,000" in details.alt_text.limits_label.text()
    details.alt_text.set_text("A dark rye loaf on a floured board")
    details.save()
    assert studio.media is not None
    workspace = page.workspace
    assert workspace is not None
    missing = studio.media.items(workspace.id, MediaQuery(missing_alt_text=True))
    assert [item.original_name for item in missing] == ["harbour.jpg"]
    page.filter_buttons["missing_alt_text"].click()
    assert page.model.rowCount() == 1
    page.filter_buttons["unused"].click()
    assert page.model.rowCount() == 2
    assert "unused" in str(page.model.index(0).data(Qt.ItemDataRole.ToolTipRole))


def test_the_library_page_looks_right(
    make_window: Callable[..., MainWindow],
    make_studio: Callable[..., Studio],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    studio = make_studio(workspaces=("Bakery",))
    window = make_window(studio)
    window.resize(1280, 800)
    window.show_section(Section.LIBRARY)
    window.show()
    page = _page(window)
    files = [
        save(photo_like(400 + 40 * n, 300), tmp_path / f"photo-{n}.jpg", "JPEG", quality=80)
        for n in range(6)
    ]
    page.add_files(files)
    qtbot.waitUntil(lambda: len(page.model._pixmaps) == 6, timeout=15_000)
    shot = tmp_path / "library.png"
    assert window.grab().save(str(shot))
    with Image.open(shot) as picture:
        assert picture.size[0] >= 1000
    assert QModelIndex().isValid() is False


@pytest.fixture(autouse=True)
def _clear_clipboard() -> None:
    QGuiApplication.clipboard().clear()


def test_with_all_workspaces_the_library_says_whose_images_it_shows_and_lets_you_choose(
    make_window: Callable[..., MainWindow],
    make_studio: Callable[..., Studio],
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    studio = make_studio(workspaces=("Bakery", "Climbing Gym"))
    window = make_window(studio)
    page = _page(window)
    window.workspace_combo.setCurrentIndex(window.workspace_combo.findText("Climbing Gym"))
    page.add_files(_photos(tmp_path)[:1])  # one image in the gym's library only
    assert "Climbing Gym" in page.scope_label.text()
    assert page.scope_combo.isHidden()

    window.workspace_combo.setCurrentIndex(0)  # All workspaces
    assert not page.scope_combo.isHidden()
    assert "All workspaces" in page.scope_label.text()
    assert [page.scope_combo.itemText(i) for i in range(page.scope_combo.count())] == [
        "Bakery",
        "Climbing Gym",
    ]
    assert page.scope_combo.currentText() == "Climbing Gym"  # stays where the person was
    assert page.model.rowCount() == 1

    page.scope_combo.activated.emit(page.scope_combo.findText("Bakery"))
    assert page.workspace is not None and page.workspace.name == "Bakery"
    assert page.scope_combo.currentText() == "Bakery"
    assert page.model.rowCount() == 0
