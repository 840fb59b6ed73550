"""Posting slots: the slot editor, and "Next Free Slot" in the composer on a real database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.domain.platforms import PlatformId
from studio.domain.schedule import PostingSlot
from studio.storage.calendar import SlotRepository
from studio.storage.repositories import PostRepository, WorkspaceRepository
from studio.ui.composer import ComposerWidget
from studio.ui.main_window import MainWindow
from studio.ui.slots_dialog import SlotsDialog

MakeStudio = Callable[..., Studio]
MakeWindow = Callable[..., MainWindow]
ZONE = "Europe/Berlin"  # the conftest's workspaces live here


@pytest.fixture
def studio(make_studio: MakeStudio) -> Studio:
    return make_studio(workspaces=("Café Lumen",))


@pytest.fixture
def window(studio: Studio, make_window: MakeWindow, qtbot: QtBot) -> MainWindow:
    window = make_window(studio)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.new_post()
    return window


@pytest.fixture
def composer(window: MainWindow) -> ComposerWidget:
    return window.composer


def workspace_id(studio: Studio) -> int:
    found = WorkspaceRepository(studio.database).find_by_name("Café Lumen")
    assert found is not None
    return found.id


def every_day_at(clock: time, platform: PlatformId | None = None) -> list[PostingSlot]:
    return [PostingSlot(weekday, clock, platform) for weekday in range(7)]


def next_day_at(clock: time, after: datetime, skip: int = 0) -> datetime:
    """The first wall-clock `clock` in Berlin after `after`, `skip` days later (naive)."""
    local = after.astimezone(ZoneInfo(ZONE))
    day = local.date() if local.time() < clock else local.date() + timedelta(days=1)
    return datetime.combine(day + timedelta(days=skip), clock)


def test_without_slots_the_button_says_how_to_add_them(composer: ComposerWidget) -> None:
    button = composer.details.next_slot_button
    assert not button.isEnabled()
    assert "Slots…" in button.toolTip()
    assert composer.posting_slots_action.isEnabled()


def test_next_free_slot_schedules_the_post_and_skips_taken_slots(
    studio: Studio, composer: ComposerWidget, qtbot: QtBot
) -> None:
    ws = workspace_id(studio)
    clock = time(23, 59)  # late, so the first free one is almost always today or tomorrow
    assert composer.slot_book is not None
    with qtbot.waitSignal(composer.slot_book.changed, timeout=5000):
        composer.slot_book.replace(ws, every_day_at(clock))
    composer.body_edit.setPlainText("Spring menu")
    assert composer.details.next_slot_button.isEnabled()

    before = datetime.now(UTC)
    # Another post already takes the first of those slots.
    first = next_day_at(clock, before)
    taken = first.replace(tzinfo=ZoneInfo(ZONE)).astimezone(UTC)
    PostRepository(studio.database).create(
        ws, title="Taken", body="Already there", scheduled_at=taken
    )

    qtbot.mouseClick(composer.details.next_slot_button, Qt.MouseButton.LeftButton)
    assert composer.details.schedule_check.isChecked()
    assert composer.details.scheduled_local() == next_day_at(clock, before, skip=1)
    state = composer.state()
    assert state is not None and state.scheduled_local == next_day_at(clock, before, skip=1)

    # Asking again keeps the post in its own slot (it does not take a slot from itself).
    composer.flush()
    assert composer.add_to_next_free_slot()
    assert composer.details.scheduled_local() == next_day_at(clock, before, skip=1)


def test_a_slot_for_another_network_does_not_count(
    studio: Studio, composer: ComposerWidget
) -> None:
    ws = workspace_id(studio)
    SlotRepository(studio.database).replace_all(ws, every_day_at(time(9, 0), PlatformId.TIKTOK))
    for platform, check in composer.details.platform_checks.items():
        check.setChecked(platform is PlatformId.INSTAGRAM)
    assert not composer.details.next_slot_button.isEnabled()
    assert not composer.add_to_next_free_slot()
    assert not composer.details.schedule_check.isChecked()


def test_the_dialog_adds_and_removes_slots_and_saves_them(
    studio: Studio, composer: ComposerWidget, qtbot: QtBot
) -> None:
    ws = workspace_id(studio)
    assert composer.slot_book is not None
    dialog = SlotsDialog(composer.slot_book, ws, "Café Lumen", composer)
    qtbot.addWidget(dialog)
    assert dialog.empty_label.isVisibleTo(dialog)
    assert "Europe/Berlin" in dialog.intro_label.text()  # slot times are the audience's

    dialog.weekday_combo.setCurrentIndex(1)  # Tuesday
    dialog.time_edit.setTime(QTime(9, 30))
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("instagram"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.weekday_combo.setCurrentIndex(3)  # Thursday, any network
    dialog.platform_combo.setCurrentIndex(0)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # the same again: no copy
    assert dialog.slots() == [
        PostingSlot(1, time(9, 30), PlatformId.INSTAGRAM),
        PostingSlot(3, time(9, 30)),
    ]
    assert dialog.slot_list.count() == 2
    assert "Instagram" in dialog.slot_list.item(0).text()

    dialog.slot_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.slots() == [PostingSlot(1, time(9, 30), PlatformId.INSTAGRAM)]

    with qtbot.waitSignal(composer.slot_book.changed, timeout=5000):
        dialog.accept()
    assert SlotRepository(studio.database).slots(ws) == [
        PostingSlot(1, time(9, 30), PlatformId.INSTAGRAM)
    ]
    # The composer heard of it: with Instagram on, the button now offers the slot.
    for platform, check in composer.details.platform_checks.items():
        check.setChecked(platform is PlatformId.INSTAGRAM)
    assert composer.details.next_slot_button.isEnabled()


def test_the_slot_editor_is_in_the_edit_menu_and_beside_the_schedule(
    window: MainWindow, composer: ComposerWidget
) -> None:
    edit_menu = window.findChild(type(window.menuBar().actions()[0].menu()), "menu_edit")
    assert edit_menu is not None
    assert composer.posting_slots_action in edit_menu.actions()
    assert composer.details.slots_button.accessibleName()
    chain = composer.tab_chain()
    assert chain.index(composer.details.next_slot_button) > chain.index(
        composer.details.schedule_edit
    )
