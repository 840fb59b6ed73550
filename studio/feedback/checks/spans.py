"""Trimming a regex match to the words a finding should underline.

Patterns match generously (a leading bullet, a trailing comma or dash) so that they stay simple;
the finding's span is then trimmed so that the highlight and a "remove" fix cover the words only.
"""

from __future__ import annotations


def trimmed_span(
    text: str,
    start: int,
    end: int,
    *,
    keep_first: str = "",
    drop_last: str = ",.:;-–—|/·•",
    words_first: bool = True,
) -> tuple[int, int]:
    """`start`–`end` without leading non-words (or only leading spaces when `words_first` is
    off; characters in `keep_first` may start a span: "#", "£") and without trailing spaces or
    characters in `drop_last`."""
    while start < end and (
        text[start].isspace()
        if not words_first
        else not (text[start].isalnum() or text[start] in keep_first)
    ):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in drop_last):
        end -= 1
    return start, end
