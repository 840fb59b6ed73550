"""The composer's image strip on a real studio: images attached in order (the draft saved first
when it had no row), reordered, removed, and their facts passed to the feedback engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from studio.app import Studio
from studio.ui.main_window import MainWindow
from tests.media.images import jpeg_with_gps, quadrants, save


def test_images_attach_in_order_reorder_remove_and_reach_the_feedback(
    make_window: Callable[..., MainWindow], make_studio: Callable[..., Studio], tmp_path: Path
) -> None:
    studio = make_studio(workspaces=("Bakery",))
    window = make_window(studio)
    window.new_post()
    composer = window.composer
    strip = composer.media_strip
    assert composer.post_id is None
    files = [
        jpeg_with_gps(tmp_path / "harbour.jpg", (400, 300)),
        save(quadrants(300, 300), tmp_path / "loaf.png", "PNG"),
    ]
    strip.add_files(files)
    assert composer.post_id is not None  # saved first: an attachment needs a post
    assert [a.media.original_name for a in strip.attachments] == ["harbour.jpg", "loaf.png"]
    assert strip.title.text() == "Images (2)"

    draft = composer.feedback_draft()
    assert [(m.width, m.has_gps) for m in draft.media] == [(400, True), (300, False)]

    strip.list.setCurrentRow(0)
    strip.move_later()
    assert [a.media.original_name for a in strip.attachments] == ["loaf.png", "harbour.jpg"]
    strip.list.setCurrentRow(1)
    strip.remove_selected()
    assert [a.media.original_name for a in strip.attachments] == ["loaf.png"]
    assert len(composer.feedback_draft().media) == 1

    # Another post shows its own images; coming back shows these again.
    post_id = composer.post_id
    window.new_post()
    strip.sync()
    assert strip.attachments == []
    composer.open_post(post_id)
    strip.sync()
    assert [a.media.original_name for a in strip.attachments] == ["loaf.png"]


def test_a_bad_file_is_named_and_the_good_one_attached(
    make_window: Callable[..., MainWindow], make_studio: Callable[..., Studio], tmp_path: Path
) -> None:
    studio = make_studio(workspaces=("Bakery",))
    window = make_window(studio)
    window.new_post()
    strip = window.composer.media_strip
    broken = tmp_path / "broken.png"
    broken.write_text("not a picture")
    strip.add_files([broken, save(quadrants(200, 100), tmp_path / "ok.png", "PNG")])
    assert "broken.png is not an image" in strip.message.text()
    assert [a.media.original_name for a in strip.attachments] == ["ok.png"]
