"""Properties that must hold for any text a person can paste: no crash, spans inside the text,
the same report for the same draft, counts that add up."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.domain.platforms import (
    PLATFORMS,
    PlatformId,
    count,
    count_units,
    fold_offset,
    grapheme_ends,
    limit_offset,
    text_limit,
    truncate,
)
from studio.domain.text import grapheme_boundaries
from studio.feedback import rulepacks
from studio.feedback.context import AnalysisContext
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, MediaFacts
from studio.feedback.rulepacks import RulePacks, builtin_packs

# Pieces that exercise the rules and the counters: emoji sequences, flags, combining marks, CJK,
# right-to-left text, links, mentions, hashtags, quotes, line breaks and words the packs look for.
PIECES = [
    "👨\u200d👩\u200d👧\u200d👦",
    "🇫🇷",
    "👍🏽",
    "#️⃣",
    "e\u0301",
    "中文",
    "こんにちは",
    "مرحبا",
    "🔥🔥🔥",
    "https://example.com/a_(b)?c=1#d",
    "amzn.to/x",
    "@alice@example.social",
    "#MentalHealthAwareness",
    "#ad",
    "“quoted”",
    "'lame'",
    "\n",
    "\r\n",
    "\n\n",
    "!!!",
    "?",
    "LAST CHANCE",
    "hurry",
    "committed suicide",
    "so OCD",
    "Tag a friend",
    "Comment YES",
    "use code SAVE20",
    "guys",
    "𝐍𝐞𝐰",
    "sO uSeFuL",
    ":-)",
    " ",
    "I",
    "you",
    "\u200b",
    "\ufeff",
    "\x00",
    "½",
    "²",
    "İ",
    "ß",
    "K",  # KELVIN SIGN: matches "k" when ignoring case
    "ſ",  # LONG S: matches "s" when ignoring case
    "_",
]

unicode_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
assembled_text = st.lists(st.one_of(st.sampled_from(PIECES), unicode_text), max_size=40).map(
    "".join
)
any_text = st.one_of(unicode_text, assembled_text)
platform_sets = st.lists(st.sampled_from(list(PlatformId)), unique=True, max_size=8).map(tuple)
media = st.lists(
    st.builds(
        MediaFacts,
        alt_text=st.sampled_from(["", "A dog", "x" * 2000]),
        byte_size=st.integers(0, 60_000_000),
        width=st.integers(0, 8000),
        height=st.integers(0, 8000),
        mime=st.sampled_from(["", "image/jpeg", "image/png", "image/gif", "image/tiff"]),
        has_gps=st.booleans(),
    ),
    max_size=6,
).map(tuple)

PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(text=any_text, platforms=platform_sets, sponsored=st.booleans(), images=media)
def test_analyse_never_raises_and_spans_stay_inside(
    text: str, platforms: tuple[PlatformId, ...], sponsored: bool, images: tuple[MediaFacts, ...]
) -> None:
    draft = Draft(text, platforms=platforms, sponsored=sponsored, media=images)
    report = analyse(draft)
    assert report.text == text
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
    for signal in report.signals:
        if signal.start is not None:
            assert signal.end is not None and 0 <= signal.start <= signal.end <= len(text)
    assert all(0 <= score <= 100 for score in report.scores.values())
    assert [c.platform for c in report.counts] == list(platforms)
    assert analyse(draft) == report  # deterministic


@PROPERTY_SETTINGS
@given(text=any_text, platform=st.sampled_from(list(PlatformId)))
def test_counts_add_up_and_cuts_fall_between_graphemes(text: str, platform: PlatformId) -> None:
    units = list(count_units(platform, text))
    assert sum(unit.weight for unit in units) == count(platform, text).used
    assert grapheme_ends(text) == grapheme_boundaries(text)
    boundaries = {0, *grapheme_boundaries(text)}
    offset = limit_offset(platform, text)
    if offset is not None:
        assert offset in boundaries
        assert count(platform, text).over
    fold = fold_offset(platform, text)
    assert fold is None or 0 <= fold <= len(text)


@PROPERTY_SETTINGS
@given(
    text=st.lists(st.one_of(st.sampled_from(PIECES), unicode_text), min_size=20, max_size=300).map(
        "".join
    ),
    platform=st.sampled_from(list(PlatformId)),
    mastodon_limit=st.integers(1, 500),
)
def test_limit_offset_is_where_the_units_cross_the_limit(
    text: str, platform: PlatformId, mastodon_limit: int
) -> None:
    """The fast way (bisecting running weights) agrees with walking unit by unit."""
    draft = Draft("", mastodon_limit=mastodon_limit)
    limit = text_limit(platform, draft)
    secondary_limit = PLATFORMS[platform].secondary_limit
    expected = None
    used = used_bytes = 0
    for unit in count_units(platform, text):
        used += unit.weight
        used_bytes += unit.utf8_bytes
        if used > limit or (secondary_limit is not None and used_bytes > secondary_limit):
            expected = unit.start
            break
    assert limit_offset(platform, text, draft) == expected


@PROPERTY_SETTINGS
@given(text=st.lists(st.sampled_from(PIECES), min_size=60, max_size=200).map("".join))
def test_truncated_text_fits(text: str) -> None:
    for platform in (PlatformId.X, PlatformId.BLUESKY, PlatformId.THREADS):
        cut = truncate(platform, text)
        assert not count(platform, cut).over


def test_huge_pasted_text_is_handled() -> None:
    generator = random.Random(20261123)
    text = "".join(generator.choice(PIECES) for _ in range(20_000))  # ~100,000 characters
    report = analyse(Draft(text, platforms=tuple(PlatformId)))
    assert all(0 <= f.start <= f.end <= len(text) for f in report.findings)
    assert all(count.over for count in report.counts if count.platform is PlatformId.X)


# Skipping rules by their anchor words must never lose a match ----------------------------------


def _anchor_words() -> list[str]:
    words: set[str] = set()
    for rule in builtin_packs().rules:
        for branch in getattr(rule.matcher, "branches", ()):
            for anchor in branch.anchors or ():
                words.add(anchor.text)
    return sorted(words)


ANCHOR_WORDS = _anchor_words()
rule_text = st.lists(
    st.one_of(
        st.sampled_from(ANCHOR_WORDS or ["word"]),
        st.sampled_from(ANCHOR_WORDS or ["word"]).map(str.upper),
        st.sampled_from(ANCHOR_WORDS or ["word"]).map(lambda w: w + "ing"),
        st.sampled_from(ANCHOR_WORDS or ["word"]).map(lambda w: "x" + w + "s"),
        st.sampled_from(PIECES),
        st.sampled_from([" ", " ", " ", "\n", ". ", "’", "'", "-", "#", "@", "so ", "my "]),
    ),
    max_size=60,
).map("".join)


@PROPERTY_SETTINGS
@given(text=rule_text)
def test_anchor_prefilter_finds_exactly_what_a_full_scan_finds(text: str) -> None:
    draft = Draft(text, platforms=tuple(PlatformId), sponsored=True)
    packs = builtin_packs()
    active = packs.active_branches(AnalysisContext(draft))  # the engine's way: one index
    for position, rule in enumerate(packs.rules):
        full = list(rule.find(AnalysisContext(draft), prefilter=False))
        per_rule = list(rule.find(AnalysisContext(draft)))
        branches = active.get(position, ())
        indexed = list(rule.find(AnalysisContext(draft), active=branches)) if branches else []
        assert per_rule == full, rule.name
        assert indexed == full, rule.name


def _builtin_rules_unsplit() -> RulePacks:
    """The built-in packs loaded with every pattern left whole (no split into alternatives)."""
    rulepacks._SPLIT_ALTERNATIVES = False
    try:
        return rulepacks.load_rules_dir(rulepacks.BUILTIN_RULES_DIR, user=False)
    finally:
        rulepacks._SPLIT_ALTERNATIVES = True


UNSPLIT = _builtin_rules_unsplit()


def test_splitting_into_alternatives_is_done_and_undone() -> None:
    split = sum(len(rule.matcher.branches) for rule in builtin_packs().rules)
    whole = sum(len(rule.matcher.branches) for rule in UNSPLIT.rules)
    assert split > whole  # the speed-up is in use...
    assert [r.rule_id for r in UNSPLIT.rules] == [r.rule_id for r in builtin_packs().rules]


@PROPERTY_SETTINGS
@given(text=rule_text)
def test_patterns_split_into_alternatives_find_what_the_whole_patterns_find(text: str) -> None:
    # ...and changes nothing: each rule finds the same matches as its whole patterns would.
    draft = Draft(text, platforms=tuple(PlatformId), sponsored=True)
    for split, whole in zip(builtin_packs().rules, UNSPLIT.rules, strict=True):
        found = list(split.find(AnalysisContext(draft)))
        assert found == list(whole.find(AnalysisContext(draft))), split.name
