"""The platform preview: folds with "… more", styled tags, grids for 1–5 images, notes."""

from __future__ import annotations

from datetime import UTC, datetime
from types import MappingProxyType

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from studio.domain.platforms import PlatformId
from studio.storage.media_library import Attachment, MediaItem
from studio.ui.platform_preview import (
    PlatformPreview,
    PreviewContent,
    folded_text,
    grid_cells,
    styled_html,
)

LONG = "Fresh rye today! " * 12 + "#rye @kornblume"


def _attachments(count: int) -> list[Attachment]:
    return [
        Attachment(
            n,
            1,
            n,
            MappingProxyType({"instagram": (0.1, 0.0, 0.8, 1.0)}),
            1,
            MediaItem(
                n,
                1,
                f"{n:064x}",
                f"p{n}.jpg",
                "image/jpeg",
                800,
                600,
                1,
                "",
                False,
                (),
                datetime(2026, 1, 1, tzinfo=UTC),
                1,
            ),
        )
        for n in range(count)
    ]


def test_text_folds_where_the_platform_folds_it() -> None:
    shown, cut = folded_text(PlatformId.INSTAGRAM, LONG)
    assert cut and len(shown) <= 125
    assert folded_text(PlatformId.X, "Short")[1] is False
    html = styled_html("Hi #rye and @kornblume at example.com", "#123456")
    assert html.count("color:#123456") == 3


def test_grids_for_one_to_five_images() -> None:
    area = QRectF(0, 0, 400, 225)
    assert [len(grid_cells(PlatformId.X, n, area)) for n in (1, 2, 3, 4)] == [1, 2, 3, 4]
    assert len(grid_cells(PlatformId.INSTAGRAM, 5, area)) == 1  # a carousel
    assert len(grid_cells(PlatformId.LINKEDIN, 5, area)) == 4  # one large, three with "+N"


def test_the_card_draws_the_text_images_and_notes(qtbot: QtBot) -> None:
    preview = PlatformPreview()
    qtbot.addWidget(preview)
    preview.resize(420, 700)
    picture = QImage(800, 600, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkCyan)
    attachments = _attachments(5)
    pictures = {a.media.sha256: picture for a in attachments}
    texts = {platform: LONG for platform in PlatformId}
    preview.set_content(PreviewContent(texts, attachments, pictures, "Kornblume Bakery"))
    preview.show_platform(PlatformId.LINKEDIN)
    assert "(approximate)" in preview.note.text()
    preview.show_platform(PlatformId.X)
    assert "X takes 4 images; 1 not shown" in preview.note.text()
    assert "No fold" in preview.note.text()
    preview.show_platform(PlatformId.INSTAGRAM)
    assert "(approximate)" not in preview.note.text()
    preview.show()
    shot = preview.grab().toImage()
    # The picture is drawn: its colour appears in the card.
    colours = {
        shot.pixelColor(x, y).name()
        for x in range(0, shot.width(), 7)
        for y in range(0, shot.height(), 7)
    }
    assert "#008080" in colours
