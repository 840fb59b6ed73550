"""Text positions in the three units the studio meets.

Python indexes code points; Qt and LanguageTool count UTF-16 code units (a character outside the
Basic Multilingual Plane, such as most emoji, is two); people and several networks count grapheme
clusters (a family emoji built with zero-width joiners is one). Every conversion lives here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import regex

_GRAPHEME = regex.compile(r"\X")


def graphemes(text: str) -> list[str]:
    return _GRAPHEME.findall(text)


def grapheme_count(text: str) -> int:
    return sum(1 for _ in _GRAPHEME.finditer(text))


def grapheme_boundaries(text: str) -> list[int]:
    """Code-point offsets where a grapheme cluster ends (always includes len(text) if non-empty)."""
    return [match.end() for match in _GRAPHEME.finditer(text)]


def utf16_length(text: str) -> int:
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def utf8_length(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


class OffsetMap:
    """Converts offsets between code points and UTF-16 units for one text.

    Built once per text (O(n)); each conversion is then a binary search over the astral
    characters only, so texts without emoji convert in constant time.
    """

    def __init__(self, text: str) -> None:
        self._text_length = len(text)
        # Code-point indices of characters that take two UTF-16 units.
        self._astral = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]
        # The same characters' UTF-16 positions (each earlier astral char shifts by one).
        self._astral_utf16 = [index + order for order, index in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self._text_length + len(self._astral)

    def to_utf16(self, codepoint_offset: int) -> int:
        offset = _clamp(codepoint_offset, self._text_length)
        return offset + bisect_right(self._astral, offset - 1)

    def to_codepoint(self, utf16_offset: int) -> int:
        """UTF-16 offset to code points; an offset inside a surrogate pair snaps to its start."""
        offset = _clamp(utf16_offset, self.utf16_length)
        # Astral characters starting before `offset` each took one extra unit. When `offset`
        # points at a low surrogate, its own pair is counted too, which snaps back to its start.
        return offset - bisect_right(self._astral_utf16, offset - 1)


def _clamp(value: int, upper: int) -> int:
    return 0 if value < 0 else upper if value > upper else value


def codepoint_to_utf16(text: str, offset: int) -> int:
    return OffsetMap(text).to_utf16(offset)


def utf16_to_codepoint(text: str, offset: int) -> int:
    return OffsetMap(text).to_codepoint(offset)


def spans_to_utf16(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    mapping = OffsetMap(text)
    return [(mapping.to_utf16(start), mapping.to_utf16(end)) for start, end in spans]


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """ "1 post", "3 posts": a count with its noun in the right number (English messages outside
    Qt; the GUI uses Qt's %n plural forms so translations can have their own)."""
    noun = singular if count == 1 else (plural if plural is not None else singular + "s")
    return f"{count:,} {noun}"
