"""What the feedback engine is told about an attached image.

This mapping sits in services/ because it joins two sibling layers: media/ (which inspected the
file) and feedback/ (whose `MediaFacts` carry no pixels and no paths); neither may import the
other (ARCHITECTURE.md).
"""

from __future__ import annotations

from studio.feedback.model import MediaFacts
from studio.media.safe_open import ImageFacts


def to_media_facts(facts: ImageFacts, alt_text: str, *, edited: bool = False) -> MediaFacts:
    """The engine's view of one image: sizes as the reader sees them (EXIF orientation applied,
    so aspect-ratio checks match the picture, not the sensor)."""
    width, height = facts.display_size
    return MediaFacts(
        alt_text=alt_text,
        byte_size=facts.byte_size,
        width=width,
        height=height,
        mime=facts.mime,
        has_gps=facts.has_gps,
        animated=facts.animated,
        edited=edited,
    )
