"""Text anchors for review comments: find a commented passage again after the text was edited.

A comment remembers its passage the way W3C Web Annotation describes it: the exact quote with a
little text before and after it (a quote selector) and its offsets (a position selector). Offsets
alone break with the first edit before the passage; the quote alone is ambiguous when a phrase
appears twice. Together they survive ordinary editing:

    anchor = make_anchor(old_text, 10, 24)
    found = resolve(anchor, new_text)
    if found.orphaned:
        ...  # the passage is gone: show the comment with anchor.quote, never drop it
    else:
        new_text[found.start : found.end]

`resolve` looks, in this order of cost:

1. at the old offsets, with the same context: the text did not change around the passage;
2. at every verbatim occurrence of the quote;
3. only when no verbatim occurrence fits: for approximate occurrences (bounded edit distance,
   bit-parallel search) anywhere, and between the remembered prefix and suffix (a passage edited in
   place, even heavily for its length).

Every candidate is scored on how much it looks like the quote, how well the text around it
matches the remembered context, and (a tie-breaker only) how close it is to the old position. The
best candidate above a threshold wins; no candidate means the comment is orphaned.

All offsets are code points into the text (Python's own indexing); domain/text.py converts for Qt.
Ends are snapped outwards to grapheme clusters, so a passage never starts inside an emoji sequence
or between a letter and its combining accent. Pure functions: no I/O, no Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from studio.domain.text import grapheme_boundaries

CONTEXT_LENGTH = 32  # code points of prefix and suffix kept with a quote

# Scoring weights: a candidate's likeness to the quote counts most, its surroundings next, and the
# distance from the old position only settles otherwise equal candidates (a phrase used twice in
# the same words).
_QUOTE_WEIGHT = 0.55
_CONTEXT_WEIGHT = 0.35
_PROXIMITY_WEIGHT = 0.10
# Below this likeness a candidate is not "the same passage, a little edited" but other words.
_MIN_QUOTE_SIMILARITY = 0.5
# Surroundings this unlike the remembered context are what two unrelated stretches of prose share
# (measured: the average of prefix and suffix likeness between random passages of a README stays
# below ~0.42 in 99 % of pairs). A short quote found only amid such text is a different passage
# that happens to use the same words (a phrase used twice, one of them deleted), so the comment
# is orphaned rather than moved there.
_MIN_CONTEXT_SIMILARITY = 0.45
# The approximate search allows this share of the quote's length in edits (and at least one).
_MAX_ERROR_SHARE = 0.3
# Texts where a short quote occurs hundreds of times: only the occurrences nearest the old position
# are scored (the others lose on proximity anyway, and scoring is the costly part).
_MAX_EXACT_CANDIDATES = 64
_MAX_FUZZY_CANDIDATES = 16


@dataclass(frozen=True)
class Anchor:
    """Where a comment sits: the quote, its context, and its offsets when it was made."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int

    @property
    def is_empty(self) -> bool:
        """A comment on the whole post (or on an image), not on a passage."""
        return not self.quote


class AnchorStatus(StrEnum):
    EXACT = "exact"  # the quote verbatim (at its old place or moved by edits elsewhere)
    FUZZY = "fuzzy"  # the passage was edited a little; the closest version was found
    ORPHANED = "orphaned"  # the passage is gone; the anchor keeps the original quote


@dataclass(frozen=True)
class Resolution:
    """Where an anchor lies in a (possibly edited) text."""

    anchor: Anchor
    status: AnchorStatus
    start: int | None  # None when orphaned
    end: int | None
    score: float  # 0..1, how sure the match is (1.0 for the unchanged passage)

    @property
    def orphaned(self) -> bool:
        return self.status is AnchorStatus.ORPHANED

    @property
    def moved(self) -> bool:
        return not self.orphaned and (self.start, self.end) != (self.anchor.start, self.anchor.end)

    def current_anchor(self, text: str) -> Anchor | None:
        """The anchor re-made at the found place in `text` (to store after edits), or None."""
        if self.start is None or self.end is None:
            return None
        return make_anchor(text, self.start, self.end, snap=False)


def make_anchor(
    text: str, start: int, end: int, *, context: int = CONTEXT_LENGTH, snap: bool = True
) -> Anchor:
    """An anchor for `text[start:end]` (code points), widened to whole grapheme clusters."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"range {start}..{end} is outside a text of {len(text)} code points")
    if snap and start != end:
        start, end = _snap_outwards(grapheme_boundaries(text), start, end)
    return Anchor(
        quote=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def resolve(anchor: Anchor, text: str) -> Resolution:
    """Find `anchor` in `text`: exact if it can, approximately if it must, orphaned if gone."""
    if anchor.is_empty:
        at = min(anchor.start, len(text))
        return Resolution(anchor, AnchorStatus.EXACT, at, at, 1.0)
    if _unchanged_at_old_place(anchor, text):
        return Resolution(anchor, AnchorStatus.EXACT, anchor.start, anchor.end, 1.0)

    boundaries = [0, *grapheme_boundaries(text)]
    # Verbatim occurrences first: an edit right at the passage's edge ("cake" → "chocolate cake")
    # cannot be told from an edit next to it, and the words the comment was about are still there.
    exact = _best(anchor, text, _snapped(boundaries, _exact_occurrences(anchor, text)))
    if exact is not None:
        return exact
    approximate = _snapped(boundaries, _approximate_occurrences(anchor, text))
    bracketed = _between_context(anchor, text)
    if bracketed is not None:
        approximate.extend(_snapped(boundaries, [bracketed]))
    found = _best(anchor, text, approximate)
    return found or Resolution(anchor, AnchorStatus.ORPHANED, None, None, 0.0)


def _best(anchor: Anchor, text: str, spans: Iterable[tuple[int, int]]) -> Resolution | None:
    best: tuple[float, int, int, float] | None = None
    for start, end in dict.fromkeys(spans):  # each distinct span scored once, in order
        likeness = _similarity(anchor.quote, text[start:end])
        context = _context_similarity(anchor, text, start, end)
        if not _plausible(likeness, context):
            continue
        score = (
            _QUOTE_WEIGHT * likeness
            + _CONTEXT_WEIGHT * context
            + _PROXIMITY_WEIGHT * _proximity(anchor.start, start, len(text))
        )
        if best is None or score > best[0]:
            best = (score, start, end, likeness)
    if best is None:
        return None
    score, start, end, likeness = best
    status = AnchorStatus.EXACT if likeness == 1.0 else AnchorStatus.FUZZY
    return Resolution(anchor, status, start, end, round(score, 4))


def _snapped(boundaries: Sequence[int], spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    return [_snap_outwards(boundaries, start, end) for start, end in spans]


def resolve_all(anchors: Iterable[Anchor], text: str) -> list[Resolution]:
    return [resolve(anchor, text) for anchor in anchors]


# ---- candidates -------------------------------------------------------------------------------


def _unchanged_at_old_place(anchor: Anchor, text: str) -> bool:
    start, end = anchor.start, anchor.end
    return (
        text[start:end] == anchor.quote
        and text[max(0, start - len(anchor.prefix)) : start] == anchor.prefix
        and text[end : end + len(anchor.suffix)] == anchor.suffix
    )


def _exact_occurrences(anchor: Anchor, text: str) -> list[tuple[int, int]]:
    found: list[int] = []
    at = text.find(anchor.quote)
    while at != -1:
        found.append(at)
        at = text.find(anchor.quote, at + 1)
    found.sort(key=lambda position: abs(position - anchor.start))
    length = len(anchor.quote)
    return [(position, position + length) for position in found[:_MAX_EXACT_CANDIDATES]]


def _between_context(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The text between the remembered prefix and suffix, when both are still there.

    Catches a passage edited in place even when the edit is large for its length ("cake" →
    "chocolate cake"); the likeness threshold still rejects a passage rewritten in other words.
    Only the part of the context nearest the passage is looked for: text further away is the most
    likely to have been edited too.
    """
    prefix, suffix = anchor.prefix[-12:], anchor.suffix[:12]
    if not prefix and not suffix:
        return None
    starts = _all_ends(text, prefix) if prefix else [0]
    best: tuple[int, int] | None = None
    best_distance = 0
    for start in starts:
        end = text.find(suffix, start) if suffix else len(text)
        if end == -1 or end - start > 2 * len(anchor.quote) + 16:
            continue
        distance = abs(start - anchor.start)
        if best is None or distance < best_distance:
            best, best_distance = (start, end), distance
    return best


def _all_ends(text: str, needle: str) -> list[int]:
    ends: list[int] = []
    at = text.find(needle)
    while at != -1:
        ends.append(at + len(needle))
        at = text.find(needle, at + 1)
    return ends


def _approximate_occurrences(anchor: Anchor, text: str) -> list[tuple[int, int]]:
    """Spans of `text` within a bounded edit distance of the quote, best first."""
    quote = anchor.quote
    allowed = max(1, int(len(quote) * _MAX_ERROR_SHARE))
    distances = approximate_end_distances(quote, text)
    # Each run of acceptable end positions is one place in the text; keep its best end.
    places: list[tuple[int, int]] = []  # (distance, end)
    run_best: tuple[int, int] | None = None
    for index, distance in enumerate(distances):
        if distance <= allowed:
            if run_best is None or distance < run_best[0]:
                run_best = (distance, index + 1)
        elif run_best is not None:
            places.append(run_best)
            run_best = None
    if run_best is not None:
        places.append(run_best)
    places.sort(key=lambda place: (place[0], abs(place[1] - anchor.end)))
    spans = []
    for distance, end in places[:_MAX_FUZZY_CANDIDATES]:
        start = _best_start(quote, text, end, distance)
        spans.append((start, end))
    return spans


def approximate_end_distances(pattern: str, text: str) -> list[int]:
    """For each end position j, the least edit distance between `pattern` and a substring of
    `text` ending just after index j (Levenshtein; the substring's start is free).

    Myers' bit-vector algorithm (1999, in Hyyrö's formulation): one column of the dynamic
    programming table is kept as bit masks of +1/-1 steps, so each text character costs a handful
    of integer operations whatever the pattern's length.
    """
    length = len(pattern)
    if length == 0:
        return [0] * len(text)
    mask = (1 << length) - 1
    top = 1 << (length - 1)
    peq: dict[str, int] = {}
    for index, char in enumerate(pattern):
        peq[char] = peq.get(char, 0) | (1 << index)
    positive, negative, score = mask, 0, length
    result = []
    for char in text:
        equal = peq.get(char, 0)
        vertical = equal | negative
        horizontal = ((((equal & positive) + positive) & mask) ^ positive) | equal
        h_positive = negative | (~(horizontal | positive) & mask)
        h_negative = positive & horizontal
        if h_positive & top:
            score += 1
        elif h_negative & top:
            score -= 1
        h_positive = (h_positive << 1) & mask
        h_negative = (h_negative << 1) & mask
        positive = h_negative | (~(vertical | h_positive) & mask)
        negative = h_positive & vertical
        result.append(score)
    return result


def _best_start(pattern: str, text: str, end: int, distance: int) -> int:
    """Where the closest substring ending at `end` starts (edit distance DP, reversed)."""
    window_start = max(0, end - len(pattern) - distance)
    window = text[window_start:end][::-1]
    reversed_pattern = pattern[::-1]
    # previous[k]: distance between the pattern read so far and window[:k], both reversed.
    previous = list(range(len(window) + 1))
    for char in reversed_pattern:
        current = [previous[0] + 1]
        for k, other in enumerate(window, start=1):
            current.append(
                min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + (char != other))
            )
        previous = current
    # The best length; among equals the one closest to the pattern's own length.
    best_k = min(range(len(window) + 1), key=lambda k: (previous[k], abs(k - len(pattern))))
    return end - best_k


# ---- scoring ------------------------------------------------------------------------------------


def _similarity(first: str, second: str) -> float:
    if first == second:
        return 1.0
    return SequenceMatcher(None, first, second, autojunk=False).ratio()


def _plausible(likeness: float, context: float) -> bool:
    return likeness >= _MIN_QUOTE_SIMILARITY and context >= _MIN_CONTEXT_SIMILARITY


def _context_similarity(anchor: Anchor, text: str, start: int, end: int) -> float:
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    return (_similarity(anchor.prefix, before) + _similarity(anchor.suffix, after)) / 2


def _proximity(old_start: int, start: int, text_length: int) -> float:
    return 1.0 - min(abs(start - old_start) / max(text_length, 1), 1.0)


def _snap_outwards(boundaries: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to grapheme cluster boundaries (`boundaries` sorted, including 0)."""
    if start == end:
        return start, end
    if not boundaries or boundaries[0] != 0:
        boundaries = [0, *boundaries]
    before = bisect_right(boundaries, start) - 1
    after = bisect_left(boundaries, end)
    snapped_start = boundaries[before] if before >= 0 else 0
    snapped_end = boundaries[after] if after < len(boundaries) else boundaries[-1]
    return snapped_start, max(snapped_end, snapped_start)
