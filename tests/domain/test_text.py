from hypothesis import given
from hypothesis import strategies as st

from studio.domain.text import (
    OffsetMap,
    codepoint_to_utf16,
    counted,
    grapheme_count,
    utf8_length,
    utf16_length,
    utf16_to_codepoint,
)

FAMILY = "👨\u200d👩\u200d👧\u200d👦"
FLAG = "🇩🇪"


def test_emoji_take_two_utf16_units_and_one_code_point():
    text = f"😀 hi {FLAG} bad"
    assert len(text) == 11  # the flag is two regional-indicator code points
    assert utf16_length(text) == 14
    bad = text.index("bad")
    assert codepoint_to_utf16(text, bad) == bad + 3
    assert utf16_to_codepoint(text, bad + 3) == bad


def test_zwj_family_and_flag_are_one_grapheme_each():
    assert grapheme_count(FAMILY) == 1
    assert grapheme_count(FLAG) == 1
    assert grapheme_count("e\u0301") == 1
    assert grapheme_count("日本語") == 3


def test_utf8_lengths():
    assert utf8_length("a") == 1
    assert utf8_length("é") == 2
    assert utf8_length("日") == 3
    assert utf8_length("😀") == 4


def test_offset_inside_a_surrogate_pair_snaps_to_the_character():
    text = "a😀b"
    assert utf16_to_codepoint(text, 2) == 1
    assert utf16_to_codepoint(text, 3) == 2


def test_offsets_are_clamped():
    assert codepoint_to_utf16("abc", 99) == 3
    assert utf16_to_codepoint("abc", -4) == 0


@given(st.text())
def test_round_trip_for_any_text(text):
    mapping = OffsetMap(text)
    assert mapping.utf16_length == len(text.encode("utf-16-le", "surrogatepass")) // 2
    for index in range(len(text) + 1):
        utf16 = mapping.to_utf16(index)
        assert utf16 == len(text[:index].encode("utf-16-le", "surrogatepass")) // 2
        assert mapping.to_codepoint(utf16) == index


def test_counted_puts_the_noun_in_the_right_number() -> None:
    assert counted(1, "post") == "1 post"
    assert counted(0, "post") == "0 posts"
    assert counted(12_000, "post") == "12,000 posts"
    assert counted(2, "reply", "replies") == "2 replies"
