"""Social networks the studio writes for: limits, how each counts text, where captions fold, and
what media each accepts (PLATFORMS.md).

Every value is data with its source and the date it was checked (`PlatformSpec.sources`), so a
platform's change (Instagram cut hashtags from 30 to 5 in December 2025) is a one-line edit here.
Values known only from third-party tools are marked `approximate` and shown as such in the UI.

Counting is never one counter: `count(platform, text, draft)` counts the platform's way and names
the unit. URL detection (`find_urls`) is shared by every counter and check, so "a link" means the
same thing everywhere. Truncating and splitting cut only at grapheme boundaries.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

import regex

from studio.domain.text import utf8_length

if TYPE_CHECKING:  # the feedback model imports PlatformId from here
    from studio.feedback.model import Draft, PlatformCount


class PlatformId(StrEnum):
    X = "x"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    FACEBOOK = "facebook"
    THREADS = "threads"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    TIKTOK = "tiktok"


CHECKED = "2026-11"  # when PLATFORMS.md's research was done


@dataclass(frozen=True, slots=True)
class Source:
    """Where a value comes from, when it was checked, and whether it is only approximate."""

    reference: str
    checked: str = CHECKED
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class MediaSpec:
    max_images: int | None = None
    max_image_bytes: int | None = None
    max_gif_bytes: int | None = None
    formats: frozenset[str] = frozenset()  # MIME types; empty = not documented
    # Width / height.
    min_aspect: float | None = None
    max_aspect: float | None = None
    min_width: int | None = None  # below this the platform rejects or upscales badly
    max_width: int | None = None
    recommended_width: int | None = None  # below this images look soft
    max_pixels: int | None = None
    alt_text_limit: int | None = None
    alt_text_required: bool = False


@dataclass(frozen=True, slots=True)
class PlatformSpec:
    platform: PlatformId
    name: str
    text_limit: int
    text_unit: str  # "weighted", "graphemes", "characters"
    premium_text_limit: int | None = None
    secondary_limit: int | None = None
    secondary_unit: str | None = None
    url_weight: int | None = None  # every URL counts this much, whatever its length
    max_hashtags: int | None = None
    links_clickable: bool = True
    first_comment_limit: int | None = None
    fold_chars: int | None = None  # visible characters before "more"
    fold_lines: int | None = None
    fold_approximate: bool = False
    media: MediaSpec = MediaSpec()
    # Field name (e.g. "text_limit", "fold_chars", "media.max_images") -> where it comes from.
    sources: Mapping[str, Source] = field(default_factory=dict)

    def is_approximate(self, field_name: str) -> bool:
        source = self.sources.get(field_name)
        return source is None or source.approximate


_MB = 1024 * 1024
_JPEG, _PNG, _GIF, _WEBP = "image/jpeg", "image/png", "image/gif", "image/webp"
_HEIC, _HEIF = "image/heic", "image/heif"

_BUFFER = "Buffer social media character limits table (third-party)"
_THIRD_PARTY_API = "third-party API documentation"

PLATFORMS: Mapping[PlatformId, PlatformSpec] = {
    PlatformId.X: PlatformSpec(
        PlatformId.X,
        "X",
        text_limit=280,
        text_unit="weighted",
        premium_text_limit=25_000,
        url_weight=23,
        media=MediaSpec(
            max_images=4,
            max_image_bytes=5 * _MB,
            max_gif_bytes=15 * _MB,
            formats=frozenset({_JPEG, _PNG, _GIF, _WEBP}),
            alt_text_limit=1_000,
        ),
        sources={
            "text_limit": Source("twitter/twitter-text config/v3.json (maxWeightedTweetLength)"),
            "text_unit": Source("twitter/twitter-text config/README.md (weighted ranges, emoji)"),
            "premium_text_limit": Source("X Premium help page", approximate=True),
            "url_weight": Source("twitter/twitter-text config/v3.json (transformedURLLength)"),
            "fold_chars": Source("no fold up to 280 (PLATFORMS.md)"),
            "media.max_images": Source("X media upload documentation"),
            "media.max_image_bytes": Source("X media upload documentation"),
            "media.alt_text_limit": Source("X media metadata documentation"),
        },
    ),
    PlatformId.BLUESKY: PlatformSpec(
        PlatformId.BLUESKY,
        "Bluesky",
        text_limit=300,
        text_unit="graphemes",
        secondary_limit=3_000,
        secondary_unit="bytes",
        media=MediaSpec(
            max_images=4,
            max_image_bytes=2_000_000,
            formats=frozenset({_JPEG, _PNG, _WEBP, _GIF}),
            alt_text_required=True,
        ),
        sources={
            "text_limit": Source("atproto lexicon app/bsky/feed/post.json (maxGraphemes)"),
            "secondary_limit": Source("atproto lexicon app/bsky/feed/post.json (maxLength)"),
            "media.max_images": Source("atproto lexicon app/bsky/embed/images.json"),
            "media.max_image_bytes": Source("atproto lexicon app/bsky/embed/images.json"),
            "media.alt_text_required": Source("atproto lexicon app/bsky/embed/images.json (alt)"),
        },
    ),
    PlatformId.THREADS: PlatformSpec(
        PlatformId.THREADS,
        "Threads",
        text_limit=500,
        text_unit="characters",
        max_hashtags=1,
        fold_chars=250,
        fold_approximate=True,
        media=MediaSpec(
            max_image_bytes=8 * _MB,
            formats=frozenset({_JPEG, _PNG}),
            max_aspect=10.0,
            min_aspect=0.1,
            min_width=320,
            max_width=1_440,
        ),
        sources={
            "text_limit": Source("Threads API documentation (posts), 2026"),
            "text_unit": Source("Threads API documentation: emoji count as UTF-8 bytes"),
            "max_hashtags": Source("Threads API documentation: one topic tag per post"),
            "fold_chars": Source("third-party observation (~250)", approximate=True),
            "media.max_image_bytes": Source("Threads API documentation (image specs)"),
            "media.max_aspect": Source("Threads API documentation (image specs)"),
            "media.min_width": Source("Threads API documentation (image specs)"),
        },
    ),
    PlatformId.MASTODON: PlatformSpec(
        PlatformId.MASTODON,
        "Mastodon",
        text_limit=500,
        text_unit="graphemes",
        url_weight=23,
        media=MediaSpec(
            max_images=4,
            max_image_bytes=16 * _MB,
            formats=frozenset({_GIF, _HEIC, _HEIF, _JPEG, _PNG, _WEBP}),
            alt_text_limit=1_500,
        ),
        sources={
            "text_limit": Source("mastodon status_length_validator.rb (default; per server)"),
            "url_weight": Source("mastodon status_length_validator.rb (URL_PLACEHOLDER)"),
            "media.max_images": Source("mastodon default server configuration"),
            "media.max_image_bytes": Source("mastodon default server configuration"),
            "media.alt_text_limit": Source("mastodon media attachment description limit"),
        },
    ),
    PlatformId.INSTAGRAM: PlatformSpec(
        PlatformId.INSTAGRAM,
        "Instagram",
        text_limit=2_200,
        text_unit="characters",
        max_hashtags=5,
        links_clickable=False,
        first_comment_limit=2_196,
        fold_chars=125,
        fold_lines=3,
        media=MediaSpec(
            max_images=10,
            max_image_bytes=8 * _MB,
            formats=frozenset({_JPEG}),
            min_aspect=4 / 5,
            max_aspect=1.91,
            recommended_width=1_080,
        ),
        sources={
            "text_limit": Source(_BUFFER, approximate=True),
            "text_unit": Source(
                "counted in UTF-16 units, the web client's count", approximate=True
            ),
            "max_hashtags": Source("Instagram @creators announcement 2025-12-19"),
            "links_clickable": Source("Instagram Help Center: links in captions are not clickable"),
            "first_comment_limit": Source(_BUFFER, approximate=True),
            "fold_chars": Source("Instagram Help Center: captions truncate after 125 characters"),
            "fold_lines": Source("Instagram Help Center: first three lines"),
            "media.max_images": Source("Instagram Help Center (carousel)"),
            "media.max_image_bytes": Source("Instagram Graph API content publishing"),
            "media.min_aspect": Source("Instagram Graph API content publishing (4:5)"),
            "media.max_aspect": Source("Instagram Graph API content publishing (1.91:1)"),
            "media.recommended_width": Source("Instagram Help Center (1080 px)"),
        },
    ),
    PlatformId.LINKEDIN: PlatformSpec(
        PlatformId.LINKEDIN,
        "LinkedIn",
        text_limit=3_000,
        text_unit="characters",
        first_comment_limit=1_248,
        fold_chars=140,
        fold_approximate=True,
        media=MediaSpec(
            max_images=20,
            max_image_bytes=5 * _MB,
            formats=frozenset({_JPEG, _PNG, _GIF}),
            max_pixels=36_152_320,
            recommended_width=1_200,
        ),
        sources={
            "text_limit": Source(_BUFFER, approximate=True),
            "first_comment_limit": Source(_BUFFER, approximate=True),
            "fold_chars": Source("third-party: ~140 mobile / ~210 desktop", approximate=True),
            "media.max_images": Source(_THIRD_PARTY_API, approximate=True),
            "media.max_image_bytes": Source(_THIRD_PARTY_API, approximate=True),
            "media.max_pixels": Source("LinkedIn Images API documentation"),
            "media.recommended_width": Source("1200×627 recommendation", approximate=True),
        },
    ),
    PlatformId.FACEBOOK: PlatformSpec(
        PlatformId.FACEBOOK,
        "Facebook",
        text_limit=63_206,
        text_unit="characters",
        fold_chars=110,
        fold_approximate=True,
        media=MediaSpec(
            max_images=10,
            max_image_bytes=10 * _MB,
            formats=frozenset({_JPEG, _PNG, _GIF, _WEBP}),
            recommended_width=1_080,
        ),
        sources={
            "text_limit": Source(_BUFFER, approximate=True),
            "fold_chars": Source("third-party: ~110 mobile / ~480 desktop", approximate=True),
            "media.max_images": Source(_THIRD_PARTY_API, approximate=True),
            "media.max_image_bytes": Source(_THIRD_PARTY_API, approximate=True),
            "media.recommended_width": Source("1080×1080 recommendation", approximate=True),
        },
    ),
    PlatformId.TIKTOK: PlatformSpec(
        PlatformId.TIKTOK,
        "TikTok",
        text_limit=2_200,
        text_unit="characters",
        links_clickable=False,
        fold_chars=150,
        fold_approximate=True,
        media=MediaSpec(
            max_images=35,
            max_image_bytes=20 * _MB,
            formats=frozenset({_JPEG, _PNG, _WEBP}),
            recommended_width=1_080,
        ),
        sources={
            "text_limit": Source(_THIRD_PARTY_API, approximate=True),
            "links_clickable": Source("TikTok captions do not link URLs", approximate=True),
            "fold_chars": Source("third-party observation (~150)", approximate=True),
            "media.max_images": Source(_THIRD_PARTY_API, approximate=True),
            "media.max_image_bytes": Source(_THIRD_PARTY_API, approximate=True),
            "media.recommended_width": Source("1080×1920 recommendation", approximate=True),
        },
    ),
}


def text_limit(platform: PlatformId, draft: Draft | None = None) -> int:
    """The limit for this account: X Premium and a Mastodon server's own limit differ."""
    spec = PLATFORMS[platform]
    if draft is not None:
        if platform is PlatformId.X and draft.x_premium and spec.premium_text_limit:
            return spec.premium_text_limit
        if platform is PlatformId.MASTODON and draft.mastodon_limit > 0:
            return draft.mastodon_limit
    return spec.text_limit


# --------------------------------------------------------------------------------------------
# Shared detectors

# Top-level domains accepted for links written without a scheme ("amzn.to/x", "shop.example.com"):
# common ones only, so "e.g." or "file.txt" never count as links.
_BARE_TLDS = (
    "com|net|org|edu|gov|io|co|ly|me|to|app|dev|ai|gg|tv|fm|uk|de|fr|nl|es|it|eu|ca|au|us|in|jp|"
    "be|ch|at|se|no|dk|fi|ie|nz|br|mx|info|biz|shop|store|blog|link|page|site|online|xyz|news|art"
)
_URL = regex.compile(
    r"(?<![\w@.\-/])(?:"
    r"(?:https?|ftp)://[^\s<>\"“”‘’]+"
    r"|www\.[^\s<>\"“”‘’]+"
    r"|(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?:" + _BARE_TLDS + r")(?![\w\-])"
    r"(?:[/?#][^\s<>\"“”‘’]*)?"
    r")",
    regex.IGNORECASE,
)
_URL_TRAILING = ".,;:!?'\"’”…"
_HASHTAG = regex.compile(r"(?<![\w&#])[#＃][\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*")
# A Mastodon remote mention: "@user@server.example" counts as "@user".
_REMOTE_MENTION = regex.compile(
    r"(?<![\w@])(@[A-Za-z0-9_]+(?:[.\-][A-Za-z0-9_]+)*)@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
)

# One emoji as people see it: flags, keycaps, skin tones, ZWJ families, tag sequences (🏴 flags).
_EMOJI_SEQUENCE = regex.compile(
    r"\p{RI}{2}"
    r"|[#*0-9]\uFE0F?\u20E3"
    r"|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)"
    r"[\p{EMod}\uFE0F\U000E0020-\U000E007F]*"
    r"(?:\u200D\p{Extended_Pictographic}[\p{EMod}\uFE0F\U000E0020-\U000E007F]*)*"
    r"|\p{Extended_Pictographic}[\p{EMod}\uFE0F]*(?:\u200D\p{Extended_Pictographic}[\p{EMod}\uFE0F]*)+"
)

# twitter-text v3: these ranges weigh 1 (scale 100, weight 100); everything else weighs 2.
_X_HEAVY = regex.compile(r"[^\u0000-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037]")
_GRAPHEME = regex.compile(r"\X")
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")


_URL_HINT = regex.compile(r"://|www\.|\.(?:" + _BARE_TLDS + r")(?![\w\-])", regex.IGNORECASE)


def find_urls(text: str) -> list[tuple[int, int]]:
    """(start, end) of every link, with or without a scheme; trailing punctuation excluded."""
    return list(_url_spans(text))


@lru_cache(maxsize=256)
def _url_spans(text: str) -> tuple[tuple[int, int], ...]:
    # Counting and several checks ask for the same text's links: scan each text once, and skip
    # the full pattern when nothing looks like a link at all (most posts).
    if _URL_HINT.search(text) is None:
        return ()
    spans = []
    for match in _URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _URL_TRAILING:
            end -= 1
        # A closing bracket belongs to the link only when the link opened one ("…/Foo_(bar)").
        while end > start and text[end - 1] in ")]}":
            opener = {")": "(", "]": "[", "}": "{"}[text[end - 1]]
            if text.count(opener, start, end) >= text.count(text[end - 1], start, end):
                break
            end -= 1
            while end > start and text[end - 1] in _URL_TRAILING:
                end -= 1
        if end > start:
            spans.append((start, end))
    return tuple(spans)


def find_hashtags(text: str) -> list[tuple[int, int]]:
    """(start, end) of every hashtag ("#Sunday", not "#1" or an anchor in a link)."""
    if "#" not in text and "＃" not in text:
        return []
    urls = _url_spans(text)
    return [
        match.span()
        for match in _HASHTAG.finditer(text)
        if not any(start <= match.start() < end for start, end in urls)
    ]


def find_emoji(text: str) -> list[tuple[int, int]]:
    """(start, end) of every emoji as a reader sees it (a ZWJ family or a flag is one)."""
    if text.isascii():
        return []
    return [match.span() for match in _EMOJI_SEQUENCE.finditer(text)]


# --------------------------------------------------------------------------------------------
# Counting
#
# A text is cut into segments: links (and Mastodon's remote mentions), which count a fixed
# amount whatever their length, and the plain stretches between them, which each platform
# weighs its own way. Totals use C-speed regex counts per stretch; where a limit is crossed is
# found by bisecting grapheme boundaries inside the one stretch that crosses it.


def count(platform: PlatformId, text: str, draft: Draft | None = None) -> PlatformCount:
    """How much of `platform`'s limit `text` uses, counted the platform's way."""
    from studio.feedback.model import PlatformCount

    spec = PLATFORMS[platform]
    limit = text_limit(platform, draft)
    used = _used(platform, text)
    if spec.secondary_limit is not None:
        return PlatformCount(
            platform,
            used,
            limit,
            spec.text_unit,
            secondary_used=utf8_length(text),
            secondary_limit=spec.secondary_limit,
            secondary_unit=spec.secondary_unit,
        )
    return PlatformCount(platform, used, limit, spec.text_unit)


@lru_cache(maxsize=1024)
def _used(platform: PlatformId, text: str) -> int:
    return sum(
        fixed if fixed is not None else _plain_weight(platform, text[start:end])
        for start, end, fixed in _segments(platform, text)
    )


def _segments(platform: PlatformId, text: str) -> list[tuple[int, int, int | None]]:
    """Plain stretches (weight None) and fixed-weight links/mentions, in order, covering text."""
    segments: list[tuple[int, int, int | None]] = []
    position = 0
    for start, end, weight in _special_units(platform, text):
        if start > position:
            segments.append((position, start, None))
        segments.append((start, end, weight))
        position = end
    if position < len(text):
        segments.append((position, len(text), None))
    return segments


def _special_units(platform: PlatformId, text: str) -> list[tuple[int, int, int]]:
    url_weight = PLATFORMS[platform].url_weight
    if url_weight is None:
        return []
    specials = [(start, end, url_weight) for start, end in _url_spans(text)]
    if platform is PlatformId.MASTODON and "@" in text:
        for match in _REMOTE_MENTION.finditer(text):
            if not any(s <= match.start() < e for s, e, _ in specials):
                specials.append((match.start(), match.end(), _grapheme_total(match.group(1))))
        specials.sort()
    return specials


def _plain_weight(platform: PlatformId, text: str) -> int:
    if platform is PlatformId.X:
        return _x_weight(unicodedata.normalize("NFC", text))
    if platform in (PlatformId.BLUESKY, PlatformId.MASTODON):
        return _grapheme_total(text)
    if platform is PlatformId.THREADS:
        return _threads_weight(text)
    return _utf16_units(text)


def _grapheme_total(text: str) -> int:
    if text.isascii():
        return len(text) - text.count("\r\n")
    total = 0
    for match in _FAST_GRAPHEMES.finditer(text):
        total += match.end() - match.start() if match.start(1) != -1 else 1
    return total


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _x_weight(text: str) -> int:
    """twitter-text v3 weight of text without links: an emoji (even a ZWJ family) counts 2, code
    points in the light ranges 1, everything else 2."""
    if text.isascii():
        return len(text)
    total = 0
    position = 0
    for match in _EMOJI_SEQUENCE.finditer(text):
        total += _x_code_point_weight(text[position : match.start()]) + 2
        position = match.end()
    return total + _x_code_point_weight(text[position:])


def _x_code_point_weight(text: str) -> int:
    return len(text) + len(_X_HEAVY.findall(text))


def _threads_weight(text: str) -> int:
    """Threads: one per code point, but an emoji counts its UTF-8 byte length."""
    if text.isascii():
        return len(text)
    total = 0
    position = 0
    for match in _EMOJI_SEQUENCE.finditer(text):
        total += (match.start() - position) + utf8_length(match.group())
        position = match.end()
    return total + len(text) - position


def limit_offset(platform: PlatformId, text: str, draft: Draft | None = None) -> int | None:
    """Code-point offset of the first unit that goes over the limit, or None when it fits."""
    limit = text_limit(platform, draft)
    offset = None
    used = 0
    for start, end, fixed in _segments(platform, text):
        weight = fixed if fixed is not None else _plain_weight(platform, text[start:end])
        if used + weight > limit:
            if fixed is not None:
                offset = start
            else:
                offset = start + _first_over(platform, text[start:end], limit - used)
            break
        used += weight
    secondary_limit = PLATFORMS[platform].secondary_limit
    if secondary_limit is not None and utf8_length(text) > secondary_limit:
        byte_offset = _first_over_bytes(text, secondary_limit)
        offset = byte_offset if offset is None else min(offset, byte_offset)
    return offset


def _first_over(platform: PlatformId, segment: str, budget: int) -> int:
    """Start of the first grapheme of a plain `segment` whose prefix weighs more than `budget`.

    Weights are laid out per code point (an emoji's whole weight on its first code point), their
    running sum finds the crossing code point, and the answer snaps back to its grapheme's start.
    """
    if segment.isascii() and "\r" not in segment:
        return budget  # every printable ASCII character weighs 1 on every platform
    # Every grapheme weighs at least 1, so the crossing lies within the first budget + 1 of them:
    # only that start is weighed, however long the pasted text is.
    segment = segment[: _grapheme_prefix_end(segment, budget + 1)]
    ends = grapheme_ends(segment)
    if platform in (PlatformId.BLUESKY, PlatformId.MASTODON):
        return ends[budget - 1] if budget > 0 else 0
    if platform is PlatformId.X and not unicodedata.is_normalized("NFC", segment):
        return _first_over_by_cluster(platform, segment, budget, ends)
    running = list(accumulate(_code_point_weights(platform, segment)))
    crossing = bisect_right(running, budget)
    cluster = bisect_right(ends, crossing)
    return ends[cluster - 1] if cluster > 0 else 0


def _first_over_by_cluster(platform: PlatformId, segment: str, budget: int, ends: list[int]) -> int:
    """The slow, exact walk: each grapheme weighed on its own (decomposed text for X, where
    NFC changes how many code points there are to weigh)."""
    used = 0
    start = 0
    for end in ends:
        used += _plain_weight(platform, segment[start:end])
        if used > budget:
            return start
        start = end
    return len(segment)


def _code_point_weights(platform: PlatformId, segment: str) -> list[int]:
    weights = [1] * len(segment)
    if platform is PlatformId.X:
        for match in _X_HEAVY.finditer(segment):
            weights[match.start()] = 2
        emoji_weight: Callable[[str], int] = lambda _: 2  # noqa: E731 - twitter-text: 2 each
    elif platform is PlatformId.THREADS:
        emoji_weight = utf8_length
    else:  # UTF-16 code units: characters beyond the BMP take two
        for match in _ASTRAL.finditer(segment):
            weights[match.start()] = 2
        return weights
    for match in _EMOJI_SEQUENCE.finditer(segment):
        start, end = match.span()
        weights[start] = emoji_weight(match.group())
        for index in range(start + 1, end):
            weights[index] = 0
    return weights


def _first_over_bytes(text: str, budget: int) -> int:
    """Start of the first grapheme whose prefix takes more than `budget` UTF-8 bytes."""
    # Every grapheme takes at least one byte: the first budget + 1 of them hold the crossing.
    ends = grapheme_ends(text[: _grapheme_prefix_end(text, budget + 1)])
    low, high = 0, len(ends) - 1
    while low < high:
        middle = (low + high) // 2
        if utf8_length(text[: ends[middle]]) > budget:
            high = middle
        else:
            low = middle + 1
    return ends[low - 1] if low > 0 else 0


# Printable ASCII never joins a cluster unless a combining mark, ZWJ or spacing mark follows, so
# runs of it are taken whole and only the rest goes through the (slow) grapheme rules of `\X`.
_FAST_GRAPHEMES = regex.compile(
    r"([\x20-\x7e]+)(?![\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}])|\X"
)


def _grapheme_prefix_end(text: str, how_many: int) -> int:
    """Code-point offset just after the first `how_many` graphemes (`len(text)` if fewer)."""
    seen = 0
    for match in _FAST_GRAPHEMES.finditer(text):
        start, end = match.span()
        ascii_run = match.start(1) != -1
        size = end - start if ascii_run else 1
        if seen + size >= how_many:
            return start + (how_many - seen) if ascii_run else end
        seen += size
    return len(text)


def grapheme_ends(text: str) -> list[int]:
    """Code-point offsets where each grapheme cluster ends (same as `\\X`, several times faster
    on mostly-ASCII text)."""
    ends: list[int] = []
    for match in _FAST_GRAPHEMES.finditer(text):
        start, end = match.span()
        if match.start(1) != -1:
            ends.extend(range(start + 1, end + 1))
        else:
            ends.append(end)
    return ends


@dataclass(frozen=True, slots=True)
class CountUnit:
    """The smallest piece a platform counts: a grapheme, an emoji, or a whole link/mention."""

    start: int
    end: int
    weight: int
    utf8_bytes: int


def count_units(platform: PlatformId, text: str) -> Iterator[CountUnit]:
    """The text cut into the platform's counting units, with their weights, in order.

    The weights add up to `count(...).used`; used to cut text only between units.
    """
    for start, end, fixed in _segments(platform, text):
        if fixed is not None:
            yield CountUnit(start, end, fixed, utf8_length(text[start:end]))
            continue
        previous = start
        for boundary in grapheme_ends(text[start:end]):
            cluster = text[previous : start + boundary]
            weight = _plain_weight(platform, cluster)
            yield CountUnit(previous, start + boundary, weight, utf8_length(cluster))
            previous = start + boundary


def truncate(
    platform: PlatformId, text: str, draft: Draft | None = None, ellipsis: str = "…"
) -> str:
    """The longest start of `text` that fits with `ellipsis` appended, cut between units."""
    if limit_offset(platform, text, draft) is None:
        return text
    limit = text_limit(platform, draft) - _used(platform, ellipsis)
    secondary_limit = PLATFORMS[platform].secondary_limit
    byte_limit = None if secondary_limit is None else secondary_limit - utf8_length(ellipsis)
    used = 0
    used_bytes = 0
    cut = 0
    for unit in count_units(platform, text):
        used += unit.weight
        used_bytes += unit.utf8_bytes
        if used > limit or (byte_limit is not None and used_bytes > byte_limit):
            break
        cut = unit.end
    return text[:cut].rstrip() + ellipsis


def split_thread(platform: PlatformId, text: str, draft: Draft | None = None) -> list[str]:
    """Split `text` into posts that each fit, preferring sentence ends, then spaces; never
    inside a grapheme or a link. Numbering is left to the caller."""
    parts: list[str] = []
    rest = text.strip()
    while rest:
        offset = limit_offset(platform, rest, draft)
        if offset is None:
            parts.append(rest)
            break
        cut = _best_cut(rest, offset)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return parts


_SENTENCE_BREAK = regex.compile(r"[.!?…]+[\"'”’)\]]*\s+|\n+")


def _best_cut(text: str, offset: int) -> int:
    """A cut at or before `offset`: the last sentence end in the second half, else the last
    space outside a link, else `offset` itself (which is a unit boundary)."""
    sentence_ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, offset)]
    if sentence_ends and sentence_ends[-1] > offset // 2:
        return sentence_ends[-1]
    space = max(text.rfind(" ", 0, offset), text.rfind("\n", 0, offset))
    if space > 0 and not any(start < space < end for start, end in _url_spans(text)):
        return space + 1
    if offset > 0:
        return offset
    # Not even one unit fits (a link longer than the limit): take that unit whole.
    first = next(count_units(PlatformId.BLUESKY, text), None)
    return first.end if first is not None else len(text)


# --------------------------------------------------------------------------------------------
# Folds


@lru_cache(maxsize=16)
def _first_graphemes(how_many: int) -> regex.Pattern[str]:
    return regex.compile(rf"\X{{{how_many}}}")


def fold_offset(platform: PlatformId, text: str) -> int | None:
    """Code-point offset where the caption folds behind "more", or None (no fold, or it fits).

    The fold falls after `fold_chars` visible characters (graphemes) or at the end of line
    `fold_lines`, whichever comes first.
    """
    spec = PLATFORMS[platform]
    candidates = []
    if spec.fold_chars is not None:
        visible = _first_graphemes(spec.fold_chars).match(text)
        if visible is not None and visible.end() < len(text):
            candidates.append(visible.end())
    if spec.fold_lines is not None:
        newline = -1
        for _ in range(spec.fold_lines):
            newline = text.find("\n", newline + 1)
            if newline == -1:
                break
        if newline != -1 and text[newline:].strip():
            candidates.append(newline)
    return min(candidates) if candidates else None
