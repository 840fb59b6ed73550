"""From an inspected image file to what the feedback engine is told about it."""

from __future__ import annotations

from pathlib import Path

from studio.feedback.model import MediaFacts
from studio.media.safe_open import inspect_image
from studio.services.media_facts import to_media_facts
from tests.media.images import animated_gif, jpeg_with_gps


def test_a_turned_photo_reports_upright_size_location_and_alt_text(tmp_path: Path) -> None:
    source = jpeg_with_gps(tmp_path / "turned.jpg", size=(300, 200), orientation=6)
    facts = inspect_image(source)

    media = to_media_facts(facts, "A harbour at dawn")

    assert media == MediaFacts(
        alt_text="A harbour at dawn",
        byte_size=source.stat().st_size,
        width=200,
        height=300,
        mime="image/jpeg",
        has_gps=True,
        animated=False,
        edited=False,
    )


def test_an_animation_without_alt_text(tmp_path: Path) -> None:
    media = to_media_facts(inspect_image(animated_gif(tmp_path / "a.gif")), "", edited=True)

    assert (media.alt_text, media.mime, media.animated, media.has_gps) == (
        "",
        "image/gif",
        True,
        False,
    )
    assert media.edited is True
