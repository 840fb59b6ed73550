"""Counting each network's way, folds, links, and cutting only between graphemes."""

from __future__ import annotations

import pytest

from studio.domain.platforms import (
    PLATFORMS,
    PlatformId,
    count,
    count_units,
    find_emoji,
    find_hashtags,
    find_urls,
    fold_offset,
    grapheme_ends,
    limit_offset,
    split_thread,
    text_limit,
    truncate,
)
from studio.domain.text import grapheme_boundaries, grapheme_count
from studio.feedback.model import Draft

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # one grapheme, 7 code points, 25 UTF-8 bytes
FLAG = "🇫🇷"
THUMBS_MEDIUM = "👍🏽"
E_ACUTE_DECOMPOSED = "e\u0301"
KEYCAP = "#️⃣"


def used(platform: PlatformId, text: str, draft: Draft | None = None) -> int:
    return count(platform, text, draft).used


# X (twitter-text v3) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("Hello", 5),
        ("你好世界", 8),  # CJK weighs 2
        ("こんにちは", 10),  # kana too
        (FAMILY, 2),  # a ZWJ sequence is one emoji: 2 in total
        (FLAG, 2),
        (THUMBS_MEDIUM, 2),
        (KEYCAP, 2),
        (E_ACUTE_DECOMPOSED, 1),  # NFC makes it one code point in the light range
        ("“quoted” — yes", 14),  # typographic quotes and dashes are in the light ranges
        ("wait…", 6),  # the ellipsis is not
        ("Read https://example.com/a/very/long/path/that/goes/on/and/on", 28),
        ("visit example.com today", 6 + 23 + 6),
    ],
)
def test_x_weights_like_twitter_text(text: str, weight: int) -> None:
    assert used(PlatformId.X, text) == weight


def test_x_limit_and_premium() -> None:
    assert count(PlatformId.X, "a" * 280).over is False
    assert count(PlatformId.X, "a" * 281).over is True
    assert limit_offset(PlatformId.X, "a" * 281) == 280
    assert limit_offset(PlatformId.X, "你" * 141) == 140
    assert limit_offset(PlatformId.X, "a" * 278 + FAMILY) is None
    assert limit_offset(PlatformId.X, "a" * 278 + FAMILY + "b") == 278 + len(FAMILY)
    assert text_limit(PlatformId.X, Draft("", x_premium=True)) == 25_000
    assert count(PlatformId.X, "a" * 1000, Draft("", x_premium=True)).over is False


def test_a_url_crossing_the_limit_is_cut_before_the_whole_link() -> None:
    text = "a" * 270 + " https://example.com/page"
    assert limit_offset(PlatformId.X, text) == 271


# Bluesky: graphemes and bytes ------------------------------------------------------------------


def test_bluesky_counts_graphemes_and_bytes() -> None:
    counted = count(PlatformId.BLUESKY, f"Hi {FAMILY}{FLAG}")
    assert (counted.used, counted.unit) == (5, "graphemes")
    assert (counted.secondary_used, counted.secondary_limit, counted.secondary_unit) == (
        3 + 25 + 8,
        3_000,
        "bytes",
    )


def test_bluesky_byte_limit_can_bite_before_the_grapheme_limit() -> None:
    text = FAMILY * 300  # 300 graphemes (fits) but 7,500 bytes (does not)
    counted = count(PlatformId.BLUESKY, text)
    assert counted.used == 300 and counted.over
    assert limit_offset(PlatformId.BLUESKY, text) == 120 * len(FAMILY)
    assert limit_offset(PlatformId.BLUESKY, "a" * 301) == 300


# Threads, Mastodon, the rest -------------------------------------------------------------------


def test_threads_counts_emoji_as_their_utf8_bytes() -> None:
    assert used(PlatformId.THREADS, "Hi 😀") == 3 + 4
    assert used(PlatformId.THREADS, FAMILY) == 25
    assert used(PlatformId.THREADS, "café 中文") == 7


def test_mastodon_links_count_23_and_remote_mentions_count_the_user_only() -> None:
    assert used(PlatformId.MASTODON, "@alice@example.social hi") == len("@alice hi")
    assert used(PlatformId.MASTODON, "see https://example.com/" + "x" * 80) == 4 + 23
    assert used(PlatformId.MASTODON, f"{FAMILY}{E_ACUTE_DECOMPOSED}") == 2
    draft = Draft("", mastodon_limit=1_000)
    assert count(PlatformId.MASTODON, "a" * 900, draft).over is False
    assert count(PlatformId.MASTODON, "a" * 900).limit == 500


def test_other_networks_count_utf16_units() -> None:
    assert used(PlatformId.INSTAGRAM, "😀 ok") == 5
    assert used(PlatformId.LINKEDIN, "中文") == 2
    assert count(PlatformId.INSTAGRAM, "a" * 2_200).over is False
    assert count(PlatformId.TIKTOK, "a" * 2_201).over is True
    assert count(PlatformId.FACEBOOK, "a" * 5_000).limit == 63_206


@pytest.mark.parametrize("platform", list(PlatformId))
def test_units_add_up_to_the_count(platform: PlatformId) -> None:
    text = (
        f"Morning ☀️ {FAMILY} {FLAG} café {E_ACUTE_DECOMPOSED} 中文 @bob@example.org "
        "https://example.com/x?y=1 #Sunday\r\nend"
    )
    assert sum(unit.weight for unit in count_units(platform, text)) == used(platform, text)


# Cutting -----------------------------------------------------------------------------------------


def test_truncate_fits_and_never_splits_a_grapheme() -> None:
    text = "a" * 276 + FAMILY * 5
    cut = truncate(PlatformId.X, text)
    assert cut.endswith("…")
    assert used(PlatformId.X, cut) <= 280
    body = cut[:-1]
    assert body == text[: len(body)] and len(body) in grapheme_boundaries(text)
    assert truncate(PlatformId.X, "short") == "short"


def test_split_thread_parts_fit_and_keep_every_word() -> None:
    sentence = "Small habits add up when nobody is watching, and that is the point. "
    text = sentence * 12 + "Read more at https://example.com/a-long-article-address"
    parts = split_thread(PlatformId.X, text)
    assert len(parts) > 1
    assert all(not count(PlatformId.X, part).over for part in parts)
    assert " ".join(parts).split() == text.split()
    assert any(part.endswith("https://example.com/a-long-article-address") for part in parts)


def test_grapheme_ends_match_the_regex_definition() -> None:
    for text in [
        "plain ascii",
        f"e{E_ACUTE_DECOMPOSED}x{FAMILY}{FLAG}{KEYCAP}a\r\nb",
        "ก่า 한국어 \u0600" + "1",
        "",
    ]:
        assert grapheme_ends(text) == grapheme_boundaries(text)
        assert len(grapheme_ends(text)) == grapheme_count(text)


# Folds -------------------------------------------------------------------------------------------


def test_instagram_folds_at_125_characters_or_three_lines() -> None:
    assert fold_offset(PlatformId.INSTAGRAM, "a" * 200) == 125
    assert fold_offset(PlatformId.INSTAGRAM, "one\ntwo\nthree\nfour") == len("one\ntwo\nthree")
    assert fold_offset(PlatformId.INSTAGRAM, "short caption") is None
    assert fold_offset(PlatformId.INSTAGRAM, FAMILY * 130) == 125 * len(FAMILY)
    assert fold_offset(PlatformId.X, "a" * 500) is None


def test_fold_values_carry_their_sources_and_approximate_flags() -> None:
    instagram = PLATFORMS[PlatformId.INSTAGRAM]
    assert (instagram.fold_chars, instagram.fold_lines, instagram.fold_approximate) == (
        125,
        3,
        False,
    )
    assert "Help Center" in instagram.sources["fold_chars"].reference
    assert PLATFORMS[PlatformId.LINKEDIN].fold_approximate is True
    assert PLATFORMS[PlatformId.LINKEDIN].is_approximate("fold_chars")
    for spec in PLATFORMS.values():
        assert spec.sources["text_limit"].checked == "2026-11"


def test_media_specs_follow_platforms_md() -> None:
    assert PLATFORMS[PlatformId.INSTAGRAM].max_hashtags == 5
    assert PLATFORMS[PlatformId.BLUESKY].media.max_image_bytes == 2_000_000
    assert PLATFORMS[PlatformId.BLUESKY].media.alt_text_required is True
    assert PLATFORMS[PlatformId.MASTODON].media.alt_text_limit == 1_500
    assert PLATFORMS[PlatformId.INSTAGRAM].media.min_aspect == pytest.approx(0.8)
    assert PLATFORMS[PlatformId.INSTAGRAM].first_comment_limit == 2_196


# Shared detectors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("see https://example.com/page.", ["https://example.com/page"]),
        ("(https://en.wikipedia.org/wiki/Foo_(bar))", ["https://en.wikipedia.org/wiki/Foo_(bar)"]),
        ("grab it at amzn.to/3xYz!", ["amzn.to/3xYz"]),
        ("www.example.org, or not", ["www.example.org"]),
        ("mail me@example.com e.g. file.txt", []),
        ("Node.js and 3.5 stars", []),
    ],
)
def test_find_urls(text: str, links: list[str]) -> None:
    assert [text[start:end] for start, end in find_urls(text)] == links


def test_find_hashtags_and_emoji() -> None:
    text = f"#Sunday vibes #1 https://ex.com/#anchor #café {FAMILY}{FLAG} ok"
    assert [text[s:e] for s, e in find_hashtags(text)] == ["#Sunday", "#café"]
    assert [text[s:e] for s, e in find_emoji(text)] == [FAMILY, FLAG]
