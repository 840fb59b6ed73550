"""The crop editor: presets per platform, ratios kept in pixels, safe areas, changed boxes."""

from __future__ import annotations

from datetime import UTC, datetime
from types import MappingProxyType

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studio.domain.platforms import PlatformId
from studio.media.crops import FULL_FRAME
from studio.storage.media_library import Attachment, MediaItem
from studio.ui.crop_editor import CropEditorDialog, default_box, safe_area_for


def _attachment(width: int, height: int, boxes: dict | None = None) -> Attachment:
    media = MediaItem(
        1,
        1,
        "a" * 64,
        "pier.jpg",
        "image/jpeg",
        width,
        height,
        1000,
        "",
        False,
        (),
        datetime(2026, 1, 1, tzinfo=UTC),
        1,
    )
    return Attachment(1, 1, 0, MappingProxyType(boxes or {}), 1, media)


def test_presets_follow_the_platform_and_keep_the_ratio_in_pixels(qtbot: QtBot) -> None:
    dialog = CropEditorDialog(_attachment(1600, 900), [PlatformId.INSTAGRAM, PlatformId.X], None)
    qtbot.addWidget(dialog)
    assert dialog.current_platform() is PlatformId.INSTAGRAM
    # Instagram takes 4:5 to 1.91:1: 16:9 (1.78) fits, 9:16 and 2:3 are too tall.
    assert not dialog.preset_buttons["9:16"].isEnabled()
    assert not dialog.preset_buttons["2:3"].isEnabled()
    assert dialog.preset_buttons["4:5"].isEnabled() and dialog.preset_buttons["16:9"].isEnabled()
    dialog.preset_buttons["4:5"].click()
    box = dialog.canvas.box
    assert box.pixel_aspect(1600, 900) == pytest.approx(0.8, abs=0.01)
    assert "720 × 900 px" in dialog.info.text()
    dialog.platform_list.setCurrentRow(1)  # X: every preset allowed, the whole image shown
    assert dialog.preset_buttons["9:16"].isEnabled()
    assert dialog.canvas.box == FULL_FRAME
    changed = dialog.changed_boxes()
    assert set(changed) == {"instagram"}
    assert changed["instagram"] == pytest.approx((box.x, box.y, box.w, box.h))


def test_a_stored_crop_is_shown_and_reset_to_the_whole_image(qtbot: QtBot) -> None:
    stored = {"x": (0.1, 0.1, 0.5, 0.5)}
    dialog = CropEditorDialog(_attachment(1000, 1000, stored), [PlatformId.X], None)
    qtbot.addWidget(dialog)
    assert (dialog.canvas.box.x, dialog.canvas.box.w) == (0.1, 0.5)
    assert dialog.preset_buttons["1:1"].isChecked()
    dialog.whole_button.click()
    assert dialog.changed_boxes() == {"x": None}


def test_default_boxes_and_safe_areas() -> None:
    # A panorama is trimmed to Instagram's widest (1.91:1); X takes it whole.
    panorama = default_box(PlatformId.INSTAGRAM, 3000, 1000)
    assert panorama.pixel_aspect(3000, 1000) == pytest.approx(1.91, abs=0.01)
    assert default_box(PlatformId.X, 3000, 1000) == FULL_FRAME
    story = safe_area_for(PlatformId.INSTAGRAM, 9 / 16)
    assert (story.top, story.bottom) == (0.14, 0.2)
    grid = safe_area_for(PlatformId.INSTAGRAM, 4 / 5)
    assert grid.left == pytest.approx((1 - 0.75 / 0.8) / 2) and grid.top == 0


def test_the_platform_sidebar_has_roomy_rows_and_a_label(qtbot: QtBot) -> None:
    dialog = CropEditorDialog(_attachment(1600, 900), [PlatformId.INSTAGRAM, PlatformId.X], None)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.platform_list.visualItemRect(dialog.platform_list.item(r)) for r in range(2)]
    text_height = dialog.platform_list.fontMetrics().height()
    assert all(rect.height() >= text_height + 12 for rect in rows)
    assert rows[1].top() > rows[0].bottom()  # a gap between rows
    label = dialog.findChild(QLabel, "crop_platforms_label")
    assert label is not None and label.buddy() is dialog.platform_list
