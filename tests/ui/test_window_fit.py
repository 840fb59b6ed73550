"""The window on a small laptop: every section fits 1000 px, rows wrap instead of widening the
window, the feedback dock keeps its scores whole, and the View menu reaches the preview dock."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.ui.calendar_page import CalendarPage
from studio.ui.flow_layout import FlowLayout, wrapping_row
from studio.ui.main_window import DEFAULT_SIZE, MainWindow, Section

MakeWindow = Callable[..., MainWindow]
LAPTOP_WIDTH = 1000  # a 1280 px screen at 125 %, or a window beside another


@pytest.fixture
def window(make_window: MakeWindow, make_studio: Callable[..., Studio], qtbot: QtBot) -> MainWindow:
    made = make_window(make_studio(workspaces=("Bakery",)))
    made.resize(DEFAULT_SIZE)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.mark.parametrize("section", [Section.COMPOSER, Section.CALENDAR, Section.REVIEW])
def test_each_section_fits_a_1000_px_window(window: MainWindow, section: Section) -> None:
    if section is Section.COMPOSER:
        window.new_post()  # the composer itself, with the feedback dock beside it
        assert window.feedback_dock.isVisible()
    else:
        window.show_section(section)

    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH
    window.resize(LAPTOP_WIDTH, 700)
    assert window.width() == LAPTOP_WIDTH


def test_the_calendar_legend_is_one_button_with_every_status(window: MainWindow) -> None:
    window.show_section(Section.CALENDAR)
    page = window.section_pages[Section.CALENDAR]
    assert isinstance(page, CalendarPage)

    assert page.legend_button.isVisible()
    assert page.legend_button.width() < 160
    menu = page.legend_button.menu()
    assert isinstance(menu, QMenu)
    for status in ("Idea", "Draft", "In review", "Approved", "Scheduled", "Published"):
        assert status in page.legend.text()


def test_feedback_scores_are_whole_at_the_default_size(window: MainWindow, qtbot: QtBot) -> None:
    window.new_post()
    text = "Hurry, only 3 left!! Don't miss out, you guys. Link in bio #ad"
    window.composer.body_edit.setPlainText(text)
    analysis = window.analysis
    assert analysis is not None

    def analysed() -> bool:
        report = analysis.latest_report()
        return report is not None and report.text == text

    qtbot.waitUntil(analysed)
    scores = [
        label
        for label in window.feedback_dock.findChildren(QLabel)
        if label.objectName().startswith("feedback_score_") and label.isVisible()
    ]
    assert scores
    for label in scores:
        assert "/100" in label.text()
        shown = label.visibleRegion().boundingRect()
        assert shown.width() >= label.sizeHint().width(), label.objectName()


def test_the_image_buttons_wrap_in_a_narrow_composer(window: MainWindow, qtbot: QtBot) -> None:
    window.new_post()
    strip = window.composer.media_strip
    window.resize(LAPTOP_WIDTH, 700)
    qtbot.waitUntil(lambda: strip.width() < strip.button_row.layout().sizeHint().width())

    buttons = [strip.add_button, strip.crop_button, strip.alt_button, strip.kit_button]
    rows = {button.y() for button in buttons}
    assert len(rows) > 1  # wrapped onto a second row
    for button in buttons:  # and none cut at the right edge
        assert button.geometry().right() <= strip.button_row.width()


def test_a_flow_layout_is_as_narrow_as_its_widest_item_and_grows_taller(
    qtbot: QtBot,
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    labels = [QLabel(text, holder) for text in ("One", "Two words", "Three more words")]
    row = wrapping_row(holder, labels)
    layout = row.layout()
    assert isinstance(layout, FlowLayout)

    widest = max(label.sizeHint().width() for label in labels)
    assert layout.minimumSize().width() == widest
    one_row = layout.heightForWidth(layout.sizeHint().width())
    assert layout.heightForWidth(widest) > one_row
    row.resize(QSize(widest, layout.heightForWidth(widest)))
    row.show()
    assert len({label.y() for label in labels}) >= 2  # "One" and "Two words" may share a row


def test_view_menu_shows_and_hides_the_platform_preview(window: MainWindow) -> None:
    view_menu = window.findChild(QMenu, "menu_view")
    assert view_menu is not None
    entries = view_menu.actions()
    preview = window.preview_action  # type: ignore[attr-defined]
    assert preview in entries
    assert entries.index(preview) == entries.index(window.feedback_action) + 1
    assert preview.isCheckable() and preview.isChecked()
    assert not preview.shortcut().isEmpty()

    window.show_section(Section.CALENDAR)
    dock = window.preview_dock  # type: ignore[attr-defined]
    assert not dock.isVisible()  # only beside the composer
    preview.setChecked(False)
    window.new_post()
    assert not dock.isVisible()

    window.show_section(Section.LIBRARY)
    preview.trigger()  # on again: takes the person to the composer, where the preview is
    assert window.current_section() is Section.COMPOSER
    assert dock.isVisible()

    dock.close()  # the dock's own close button unticks the entry
    assert not preview.isChecked()
    assert dock.windowTitle() and dock.features() & dock.DockWidgetFeature.DockWidgetClosable
    assert window.feedback_dock.isVisible()
