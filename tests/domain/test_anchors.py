"""Anchors for review comments: made once, found again after the text is edited."""

from __future__ import annotations

import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from studio.domain.anchors import (
    CONTEXT_LENGTH,
    Anchor,
    AnchorStatus,
    approximate_end_distances,
    make_anchor,
    resolve,
    resolve_all,
)

TEXT = (
    "Fresh sourdough every morning. Come by the bakery at Kastanienallee before nine and try "
    "the rye. Fresh sourdough every morning is our promise to the whole street."
)


def anchor_on(text: str, passage: str, *, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(passage, start + 1)
    assert start != -1
    return make_anchor(text, start, start + len(passage))


def overlapping_count(text: str, needle: str) -> int:
    return sum(1 for at in range(len(text)) if text.startswith(needle, at))


def found(text: str, anchor: Anchor) -> str | None:
    result = resolve(anchor, text)
    return None if result.orphaned else text[result.start : result.end]


# ---- making anchors ------------------------------------------------------------------------------


def test_an_anchor_keeps_the_quote_its_context_and_offsets() -> None:
    anchor = anchor_on(TEXT, "try the rye")
    assert anchor.quote == "try the rye"
    assert anchor.start == TEXT.index("try the rye")
    assert anchor.end == anchor.start + len("try the rye")
    assert anchor.prefix == TEXT[anchor.start - CONTEXT_LENGTH : anchor.start]
    assert anchor.suffix == TEXT[anchor.end : anchor.end + CONTEXT_LENGTH]


def test_context_is_cut_short_at_the_edges_of_the_text() -> None:
    anchor = make_anchor("Hello world", 0, 5)
    assert (anchor.prefix, anchor.quote, anchor.suffix) == ("", "Hello", " world")


def test_a_range_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        make_anchor("short", 2, 9)
    with pytest.raises(ValueError, match="outside"):
        make_anchor("short", 3, 2)


def test_a_selection_inside_an_emoji_sequence_widens_to_the_whole_cluster() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl: one grapheme
    text = f"Our {family} loves it"
    inside = text.index(family) + 2  # just after the first ZWJ
    anchor = make_anchor(text, inside, inside + 1)
    assert anchor.quote == family


def test_a_selection_between_a_letter_and_its_accent_takes_the_accent_too() -> None:
    text = "Meet me at the cafe\u0301 on Monday"  # é written as e + combining acute
    start = text.index("cafe")
    anchor = make_anchor(text, start, start + 4)
    assert anchor.quote == "cafe\u0301"


# ---- unchanged text ------------------------------------------------------------------------------


def test_an_anchor_in_the_unchanged_text_resolves_to_itself() -> None:
    anchor = anchor_on(TEXT, "try the rye")
    result = resolve(anchor, TEXT)
    assert (result.status, result.start, result.end, result.score) == (
        AnchorStatus.EXACT,
        anchor.start,
        anchor.end,
        1.0,
    )
    assert not result.moved


# ---- edits before, inside and after the passage ------------------------------------------------


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda t: "NEW: " + t, id="insert-at-start"),
        pytest.param(
            lambda t: t.replace("Come by", "Do come by, neighbours, "), id="insert-before"
        ),
        pytest.param(
            lambda t: t.replace("Fresh sourdough every morning. ", "", 1), id="delete-before"
        ),
        pytest.param(lambda t: t.replace("our promise", "our loud promise"), id="insert-after"),
        pytest.param(lambda t: t.replace(" to the whole street", ""), id="delete-after"),
        pytest.param(lambda t: t + " See you!", id="append"),
    ],
)
def test_edits_outside_the_passage_keep_it_exact(edit) -> None:
    anchor = anchor_on(TEXT, "try the rye")
    edited = edit(TEXT)
    result = resolve(anchor, edited)
    assert result.status is AnchorStatus.EXACT
    assert (result.start, result.end) == (
        edited.index("try the rye"),
        edited.index("try the rye") + len("try the rye"),
    )


def test_an_edit_right_against_the_passage_still_finds_it() -> None:
    anchor = anchor_on(TEXT, "try the rye")
    edited = TEXT.replace("and try the rye.", "and try the rye!!! Seriously.")
    assert found(edited, anchor) == "try the rye"


@pytest.mark.parametrize(
    ("edited_passage", "why"),
    [
        ("try the dark rye", "a word inserted inside"),
        ("try rye", "a word deleted inside"),
        ("try thy rye", "a letter changed"),
        ("trz the rye", "a typo"),
        ("Try The Rye", "letter case changed"),
    ],
)
def test_small_edits_inside_the_passage_find_it_approximately(
    edited_passage: str, why: str
) -> None:
    anchor = anchor_on(TEXT, "try the rye")
    edited = TEXT.replace("try the rye", edited_passage)
    result = resolve(anchor, edited)
    assert result.status is AnchorStatus.FUZZY, why
    assert edited[result.start : result.end] == edited_passage, why
    assert result.anchor.quote == "try the rye"  # the original quote is kept for display


def test_a_short_passage_with_a_long_insertion_is_found_between_its_context() -> None:
    text = "We bake cake on Sundays for the whole neighbourhood."
    anchor = anchor_on(text, "cake on Sundays")
    edited = text.replace("cake on Sundays", "cake and bread and pies on Sundays")
    assert found(edited, anchor) == "cake and bread and pies on Sundays"


def test_an_insertion_at_the_edge_of_the_passage_keeps_the_verbatim_words() -> None:
    text = "We bake cake on Sundays for the whole neighbourhood."
    anchor = anchor_on(text, "cake")
    edited = text.replace("cake", "chocolate cake")
    assert found(edited, anchor) == "cake"


def test_a_deleted_passage_is_orphaned_with_its_original_quote() -> None:
    anchor = anchor_on(TEXT, "try the rye")
    edited = TEXT.replace(" and try the rye", "")
    result = resolve(anchor, edited)
    assert result.orphaned
    assert result.status is AnchorStatus.ORPHANED
    assert (result.start, result.end) == (None, None)
    assert result.anchor.quote == "try the rye"
    assert result.current_anchor(edited) is None


def test_a_passage_rewritten_in_other_words_is_orphaned() -> None:
    anchor = anchor_on(TEXT, "try the rye")
    edited = TEXT.replace("try the rye", "taste our spelt loaves")
    assert resolve(anchor, edited).orphaned


def test_everything_deleted_orphans_every_comment() -> None:
    anchors = [anchor_on(TEXT, "try the rye"), anchor_on(TEXT, "bakery")]
    assert all(result.orphaned for result in resolve_all(anchors, ""))


# ---- the same phrase twice -----------------------------------------------------------------------


def test_the_phrase_twice_keeps_the_one_that_was_commented() -> None:
    second = anchor_on(TEXT, "Fresh sourdough every morning", occurrence=1)
    first = anchor_on(TEXT, "Fresh sourdough every morning", occurrence=0)
    # Enough inserted before both that the second's old offset now points near the first.
    shift = second.start - first.start
    edited = "x" * shift + " " + TEXT
    assert resolve(second, edited).start == edited.rfind("Fresh sourdough every morning")
    assert resolve(first, edited).start == edited.find("Fresh sourdough every morning")


def test_the_phrase_twice_with_an_edit_between_them() -> None:
    second = anchor_on(TEXT, "Fresh sourdough every morning", occurrence=1)
    edited = TEXT.replace("Come by the bakery", "Visit the bakery")
    assert resolve(second, edited).start == edited.rfind("Fresh sourdough every morning")


def test_the_phrase_twice_one_deleted_orphans_its_comment_rather_than_moving_it() -> None:
    second = anchor_on(TEXT, "Fresh sourdough every morning", occurrence=1)
    edited = TEXT.replace("Fresh sourdough every morning is our promise", "This is our promise")
    assert resolve(second, edited).orphaned
    first = anchor_on(TEXT, "Fresh sourdough every morning", occurrence=0)
    assert found(edited, first) == "Fresh sourdough every morning"


def test_identical_repeats_fall_back_to_the_nearest_one() -> None:
    text = "ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha ha"
    anchor = make_anchor(text, 30, 32)
    assert resolve(anchor, text + " ha").start == 30


# ---- emoji, ZWJ sequences and combining marks ---------------------------------------------------

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
FLAG = "\U0001f1e9\U0001f1ea"  # regional indicators D + E
THUMBS = "\U0001f44d\U0001f3fd"  # thumbs up, medium skin tone


def test_emoji_inserted_before_shift_the_passage_by_code_points() -> None:
    text = f"{FAMILY} Bring the kids to the climbing wall this Saturday {FLAG}"
    anchor = anchor_on(text, "climbing wall")
    edited = f"{THUMBS}{FAMILY}{THUMBS} " + text
    result = resolve(anchor, edited)
    assert result.status is AnchorStatus.EXACT
    assert result.start == anchor.start + len(THUMBS) * 2 + len(FAMILY) + 1
    assert edited[result.start : result.end] == "climbing wall"


def test_a_passage_that_is_an_emoji_sequence_is_found_again() -> None:
    text = f"Our team {FAMILY} says thanks {FLAG} and more"
    anchor = anchor_on(text, FAMILY)
    edited = "Hello! " + text.replace("says thanks", "says a big thanks")
    assert found(edited, anchor) == FAMILY


def test_an_emoji_inserted_inside_the_passage_is_fuzzy_and_whole() -> None:
    text = "Bring the kids to the climbing wall this Saturday morning please"
    anchor = anchor_on(text, "the climbing wall this Saturday")
    edited = text.replace("climbing wall", f"climbing wall {THUMBS}")
    result = resolve(anchor, edited)
    assert result.status is AnchorStatus.FUZZY
    assert edited[result.start : result.end] == f"the climbing wall {THUMBS} this Saturday"


def test_a_combining_accent_added_to_the_passage_is_taken_in_whole() -> None:
    text = "Meet me at the cafe on Monday for a slice of cake"
    anchor = anchor_on(text, "cafe")
    edited = text.replace("cafe", "cafe\u0301")
    result = resolve(anchor, edited)
    # The match never ends between the letter and its accent.
    assert edited[result.start : result.end] == "cafe\u0301"
    assert result.status is AnchorStatus.FUZZY


def test_skin_tone_changed_inside_the_passage() -> None:
    text = f"Great climb today {THUMBS} well done everyone at the gym"
    anchor = anchor_on(text, f"today {THUMBS} well done")
    edited = text.replace(THUMBS, "\U0001f44d\U0001f3ff")
    assert found(edited, anchor) == "today \U0001f44d\U0001f3ff well done"


# ---- re-made anchors and empty anchors ---------------------------------------------------------


def test_current_anchor_is_remade_at_the_new_place() -> None:
    anchor = anchor_on(TEXT, "try the rye")
    edited = "Hello. " + TEXT
    remade = resolve(anchor, edited).current_anchor(edited)
    assert remade is not None
    assert remade.quote == "try the rye"
    assert remade.start == anchor.start + len("Hello. ")
    assert resolve(remade, edited).score == 1.0


def test_an_empty_anchor_is_a_comment_on_the_whole_post() -> None:
    anchor = make_anchor("Some text", 0, 0)
    assert anchor.is_empty
    result = resolve(anchor, "")
    assert not result.orphaned
    assert (result.start, result.end) == (0, 0)


# ---- the approximate search itself -----------------------------------------------------------


def _brute_end_distances(pattern: str, text: str) -> list[int]:
    # Sellers' dynamic programming: row 0 is all zeros (a match may start anywhere).
    previous = [0] * (len(text) + 1)
    for index, char in enumerate(pattern, start=1):
        current = [index]
        for j, other in enumerate(text, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        previous = current
    return previous[1:]


@given(
    pattern=st.text(alphabet="abc\U0001f600", min_size=1, max_size=12),
    text=st.text(alphabet="abcd\U0001f600", max_size=40),
)
def test_bit_vector_search_agrees_with_the_textbook_table(pattern: str, text: str) -> None:
    assert approximate_end_distances(pattern, text) == _brute_end_distances(pattern, text)


def test_bit_vector_search_handles_a_long_pattern() -> None:
    pattern = "the quick brown fox jumps over the lazy dog " * 3
    text = "Yesterday " + pattern.replace("lazy", "sleepy") + " ok"
    assert (
        min(approximate_end_distances(pattern, text))
        == _brute_end_distances(pattern, text)[-4]
        == min(_brute_end_distances(pattern, text))
    )


# ---- properties --------------------------------------------------------------------------------

WORDS = st.sampled_from(
    ["sourdough", "rye", "the", "bakery", "morning", "climb", "wall", "kids", FAMILY, "café", "!"]
)
PROSE = st.lists(WORDS, min_size=1, max_size=30).map(" ".join)


@st.composite
def text_and_range(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(st.text(min_size=1, max_size=120))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@given(text_and_range())
def test_property_an_anchor_in_an_unchanged_text_resolves_to_itself(
    case: tuple[str, int, int],
) -> None:
    text, start, end = case
    anchor = make_anchor(text, start, end)
    result = resolve(anchor, text)
    assert result.status is AnchorStatus.EXACT
    assert (result.start, result.end) == (anchor.start, anchor.end)


@given(text_and_range(), st.text(min_size=1, max_size=40), st.data())
def test_property_an_insertion_elsewhere_shifts_the_anchor(
    case: tuple[str, int, int], insertion: str, data: st.DataObject
) -> None:
    text, start, end = case
    anchor = make_anchor(text, start, end)
    at = data.draw(
        st.one_of(st.integers(0, anchor.start), st.integers(anchor.end, len(text))), label="at"
    )
    edited = text[:at] + insertion + text[at:]
    # An insertion that fuses with its neighbours into one character ("0" + a combining vowel
    # sign) changes the passage itself; that is an edit inside it, not elsewhere.
    boundaries = {match.start() for match in regex.finditer(r"\X", edited)} | {len(edited)}
    assume(at in boundaries and at + len(insertion) in boundaries)
    shift = len(insertion) if at <= anchor.start else 0
    result = resolve(anchor, edited)
    assert not result.orphaned
    assert result.status is AnchorStatus.EXACT
    assert edited[result.start : result.end] == anchor.quote
    if overlapping_count(edited, anchor.quote) == 1:
        assert (result.start, result.end) == (anchor.start + shift, anchor.end + shift)


@given(PROSE, PROSE, PROSE)
def test_property_a_unique_passage_between_edits_is_found_exactly(
    before: str, passage: str, after: str
) -> None:
    marker = f"<{passage}>"
    text = f"{before} {marker} {after}"
    assume(text.count(marker) == 1)
    anchor = anchor_on(text, marker)
    edited = f"{after} {before} {marker} {before}"
    assume(edited.count(marker) == 1)
    result = resolve(anchor, edited)
    # The passage's own context may be gone entirely (both sides changed): then orphaned is the
    # honest answer; what must never happen is a wrong place.
    if not result.orphaned:
        assert edited[result.start : result.end] == marker
