"""Shared media fixtures: files too slow to make more than once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image


@pytest.fixture(scope="session")
def hundred_megapixel_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10,000 × 10,000: past Pillow's warning limit (89 MP), under its refusal limit (179 MP).
    Bilevel keeps the file small; decoded, Pillow still holds one byte per pixel (100 MB)."""
    path = tmp_path_factory.mktemp("huge") / "panorama.png"
    image = Image.new("1", (10_000, 10_000), 1)
    image.paste(0, (0, 0, 5_000, 10_000))  # left half black, right half white
    image.save(path)
    return path
