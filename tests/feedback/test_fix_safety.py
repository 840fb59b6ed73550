"""A fix must never damage the post (FEEDBACK.md, "Measured both ways").

Every suggested fix of every finding is applied to every corpus post (each `*.txt` under
corpus/, found anew on each run, so new corpus files are covered without touching this file),
and to posts that hypothesis assembles from corpus sentences, trigger phrases and things a fix
must keep. Each fixed text must keep its disclosures, links, mentions and hashtags (hashtags may
change when the rule is about them), gain no doubled space or punctuation and no sentence
starting in lower case, and no longer trigger that finding there. The examples from issue 11
are unit tests at the top.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.feedback.checks.transparency import commercial_facts
from studio.feedback.context import AnalysisContext
from studio.feedback.engine import analyse
from studio.feedback.evaluate import read_corpus
from studio.feedback.fixes import Protected, edits_of, protected_elements
from studio.feedback.model import Draft, Edit, Finding, Report

_CORPUS = Path(__file__).parent / "corpus"

# Rules whose fix is *about* a hashtag (trim a pile, replace an unclear label, capitalise a tag's
# words, name the giver of "#gifted"): their fixes may change or remove hashtags.
HASHTAG_RULES = frozenset(
    {"AU-HASHTAG-STUFF", "TR-AMBIGUOUS-LABEL", "IA-CAMELCASE", "TR-GIFTED", "PF-HASHTAGS"}
)
# Rules whose fix replaces a disclosure with a clearer one ("#gifted" → "Gifted by @brand").
LABEL_RULES = frozenset({"TR-GIFTED", "TR-AMBIGUOUS-LABEL"})
# Rules whose fix is about the link itself (an unclickable link → "link in bio").
LINK_RULES = frozenset({"PF-LINK"})

# What tidy text never gains: a doubled space, doubled or clashing punctuation, a space before
# punctuation, white space at a line's edge, a third line break in a row.
_UNTIDY = regex.compile(
    r"(?<=\S)  +(?=\S)"
    r"|[,;]\s*[,;.!?]"
    r"|[.!?]\s*[,;]"
    r"|(?<![.\d])\.\.(?!\.)"
    r"|[!?]\.(?!\.)"
    r"| [,.;!?](?=\s|$)"
    r"|^[ \t]+\S|[ \t]+$"
    r"|\n{3,}",
    regex.MULTILINE,
)


def apply(text: str, finding: Finding, index: int) -> str:
    return edits_of(finding)[index].apply(text)


def only(report: Report, rule_id: str) -> Finding:
    found = [f for f in report.findings if f.rule_id == rule_id]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------------------------
# Issue 11's examples

AD_POST = "Only 3 left!!! Hurry, sale ends tonight. Tag a friend who needs this #ad"


def test_tag_bait_fix_keeps_the_disclosure() -> None:
    report = analyse(Draft(AD_POST))
    bait = only(report, "AU-TAG-BAIT")
    assert AD_POST[bait.start : bait.end] == "Tag a friend who needs this"
    assert apply(AD_POST, bait, 0) == (
        "Only 3 left!!! Hurry, sale ends tonight. Know someone this would help? Send it their "
        "way if you like. #ad"
    )


def test_a_span_stops_at_a_disclosure_and_the_next_sentence_survives() -> None:
    text = AD_POST + " and thanks for all the love this week\nSee you Saturday."
    report = analyse(Draft(text))
    bait = only(report, "AU-TAG-BAIT")
    assert text[bait.start : bait.end] == "Tag a friend who needs this"
    fixed = apply(text, bait, 0)
    assert fixed.endswith(
        "if you like. #ad and thanks for all the love this week\nSee you Saturday."
    )


def test_a_span_stops_at_a_hashtag_when_no_full_stop_ends_the_sentence() -> None:
    text = "Tag a friend who needs this #sale #summer Then another sentence follows here"
    bait = only(analyse(Draft(text)), "AU-TAG-BAIT")
    assert text[bait.start : bait.end] == "Tag a friend who needs this"
    assert apply(text, bait, 0).endswith(
        "if you like. #sale #summer Then another sentence follows here"
    )


def test_a_span_stops_at_a_disclosure_in_words() -> None:
    text = "Tag a friend who needs this Paid partnership with @acme and more to say"
    bait = only(analyse(Draft(text)), "AU-TAG-BAIT")
    assert text[bait.start : bait.end] == "Tag a friend who needs this"
    assert "Paid partnership with @acme and more to say" in apply(text, bait, 0)


def test_removing_a_word_tidies_the_comma_and_the_capital() -> None:
    hurry = next(f for f in analyse(Draft(AD_POST)).findings if AD_POST[f.start : f.end] == "Hurry")
    assert hurry.suggestions == ("",)
    assert apply(AD_POST, hurry, 0).startswith("Only 3 left!!! Sale ends tonight. Tag a friend")
    # The edit reaches past the highlight: the comma and the next word's capital.
    assert hurry.edits == (Edit(14, 23, " S"),)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("HURRY guys, my new mix is here.", "Guys, my new mix is here."),
        ("Great news. Hurry! Sale on.", "Great news. Sale on."),
        ("Our sale ends soon, hurry!", "Our sale ends soon!"),
        ("Big sale — hurry — everything half price", "Big sale — everything half price"),
        ("New stock is in\nHurry!\nOpen till 6", "New stock is in\nOpen till 6"),
        ("New stock is in\n\nHurry!\n\nOpen till 6", "New stock is in\n\nOpen till 6"),
        ("New stock is in. hurry, it's selling", "New stock is in. it's selling"),
    ],
)
def test_removals_leave_tidy_text(text: str, fixed: str) -> None:
    hurry = next(
        f
        for f in analyse(Draft(text)).findings
        if text[f.start : f.end].rstrip("!").casefold() == "hurry"
    )
    assert "" in hurry.suggestions
    assert apply(text, hurry, hurry.suggestions.index("")) == fixed


def test_a_prefix_suggestion_is_an_insertion() -> None:
    text = "Loving my new serum from @glowco, use code GLOW20 for 20% off"
    finding = only(analyse(Draft(text)), "TR-UNDISCLOSED")
    assert finding.edits[0] == Edit(0, 0, "Ad: ")
    assert apply(text, finding, 0) == "Ad: " + text


def test_a_case_rewrite_stays_in_its_sentence() -> None:
    text = "We asked 100 DADS WHAT THEY REALLY THINK ABOUT GENDER REVEALS. THE ANSWERS WERE WILD"
    caps = next(f for f in analyse(Draft(text)).findings if f.rule_id == "IA-ALLCAPS")
    assert text[caps.start : caps.end] == "DADS WHAT THEY REALLY THINK ABOUT GENDER REVEALS."
    assert caps.suggestions[0] == "dads what they really think about gender reveals."
    assert apply(text, caps, 0) == (
        "We asked 100 dads what they really think about gender reveals. THE ANSWERS WERE WILD"
    )


def test_trimming_a_pile_of_hashtags_keeps_the_disclosure() -> None:
    text = "Leg day done #fitfam #gym #gains #fit #strong #lift #ad #legs"
    stuffed = only(analyse(Draft(text)), "AU-HASHTAG-STUFF")
    assert apply(text, stuffed, 0) == "Leg day done #fitfam #gym #gains #fit #ad"


def test_a_passage_keeps_its_span_and_its_fix_adds_after_it() -> None:
    text = "Shop now. Link in bio. Buy today. DM to order."
    advert = only(analyse(Draft(text)), "AU-BROADCAST")
    assert (advert.start, advert.end, advert.passage) == (0, len(text), True)
    assert advert.edits == (Edit(len(text), len(text), "\n\nWhat do you think?"),)


def test_an_unsafe_suggestion_is_dropped_not_applied() -> None:
    # The only fix for the bait would swallow @maya's mention: better no fix than a damaging one.
    text = "Tag a friend like @maya who needs this"
    bait = only(analyse(Draft(text)), "AU-TAG-BAIT")
    assert bait.suggestions == bait.edits == ()


# --------------------------------------------------------------------------------------------
# The property: every fix on every corpus post


def corpus_entries() -> list[str]:
    """Entries of every corpus file, positive and benign."""
    return [entry for path in sorted(_CORPUS.rglob("*.txt")) for entry in read_corpus(path)]


def fix_problems(text: str) -> list[str]:
    """What is wrong with any fix offered on `text` (empty when every fix is safe)."""
    report = analyse(Draft(text))
    problems: list[str] = []
    for finding in report.findings:
        if not finding.passage:
            problems.extend(_span_problems(text, finding))
        for index, suggestion in enumerate(finding.suggestions):
            fixed = apply(text, finding, index)
            where = f"{finding.rule_id} {suggestion!r} on {text!r} → {fixed!r}"
            problems.extend(f"{where}: {p}" for p in _fixed_problems(report, fixed, finding, index))
    return problems


@lru_cache(maxsize=64)
def _context(text: str) -> tuple[AnalysisContext, tuple[Protected, ...]]:
    """The analysis view of `text` and what a fix must keep in it (asked for once per text)."""
    ctx = AnalysisContext(Draft(text))
    return ctx, protected_elements(ctx)


def _span_problems(text: str, finding: Finding) -> list[str]:
    """A phrase's highlight never crosses a sentence end, a hashtag or a disclosure (unless it
    is made of nothing but hashtags, links and labels: a pile is about them)."""
    ctx, elements = _context(text)
    start, end = finding.start, finding.end
    words = text[start:end]
    problems = []
    for sentence in ctx.sentences:
        if start < sentence.end < end and text[sentence.end : end].strip():
            problems.append(f"{finding.rule_id} span {words!r} crosses a sentence end")
    rest = list(words)
    for element in elements:
        for offset in range(max(element.start, start), min(element.end, end)):
            rest[offset - start] = " "
    if not any(char.isalnum() for char in rest):
        return problems
    for element in elements:
        if element.kind in ("hashtag", "disclosure") and start < element.start < end:
            problems.append(f"{finding.rule_id} span {words!r} crosses {element.text!r}")
    return problems


def _fixed_problems(report: Report, fixed: str, finding: Finding, index: int) -> list[str]:
    text = report.text
    problems = []
    before = _elements(text)
    after = _elements(fixed)
    exempt = {"disclosure"} if finding.rule_id in LABEL_RULES else set()
    if finding.rule_id in HASHTAG_RULES or _inside_hashtag(text, finding):
        exempt.add("hashtag")
    if finding.rule_id in LINK_RULES:
        exempt.add("link")
    for (kind, needle), count in before.items():
        if kind not in exempt and after[(kind, needle)] < count:
            problems.append(f"lost {kind} {needle!r}")
    if finding.rule_id in LABEL_RULES:
        old = sum(n for (kind, _), n in before.items() if kind == "disclosure")
        new = sum(n for (kind, _), n in after.items() if kind == "disclosure")
        if new < old:
            problems.append("fewer disclosures")
    untidy_before = Counter(m.group() for m in _UNTIDY.finditer(text))
    untidy_after = Counter(m.group() for m in _UNTIDY.finditer(fixed))
    for mark, count in untidy_after.items():
        if count > untidy_before[mark]:
            problems.append(f"untidy {mark!r}")
    # (A writer who starts sentences in lower case keeps that voice; one who never does must
    # not get such a sentence from a fix.)
    if _lower_starts(text) == 0 and _lower_starts(fixed) > 0:
        problems.append("a sentence now starts in lower case")
    problems.extend(_still_there(report, fixed, finding, index))
    return problems


@lru_cache(maxsize=64)
def _elements(text: str) -> Counter[tuple[str, str]]:
    """Disclosures, links, mentions and hashtags, as the app recognises them."""
    ctx, elements = _context(text)
    found: Counter[tuple[str, str]] = Counter()
    for element in elements:
        if element.kind != "disclosure":
            found[(element.kind, element.needle)] += 1
    # Only clear disclosures here: an unclear label may be replaced by a clear one.
    for mark in commercial_facts(ctx).disclosures:
        found[("disclosure", mark.text.casefold())] += 1
    return found


def _inside_hashtag(text: str, finding: Finding) -> bool:
    return any(
        p.kind == "hashtag" and p.start <= finding.start and finding.end <= p.end
        for p in _context(text)[1]
    )


@lru_cache(maxsize=64)
def _lower_starts(text: str) -> int:
    """Sentences starting with a lower-case word (a link or a handle there is no word)."""
    ctx, elements = _context(text)
    kept = [(p.start, p.end) for p in elements]
    return sum(
        1
        for s in ctx.sentences
        if s.text[:1].islower() and not any(start <= s.start < end for start, end in kept)
    )


def _still_there(report: Report, fixed: str, finding: Finding, index: int) -> list[str]:
    """The same rule must not say the same thing (its message names the words, or the count)
    where the fix went: the fix has to fix what it was offered for. A second, separate finding
    that only moved ("Hurry, hurry": one fix removes one of them) is not that finding."""
    edit = edits_of(finding)[index]
    shift = len(edit.text) - (edit.end - edit.start)

    def moved(offset: int) -> int:
        if offset <= edit.start:
            return offset
        return edit.start + len(edit.text) if offset < edit.end else offset + shift

    place_start = moved(min(finding.start, edit.start))
    place_end = max(moved(max(finding.end, edit.end)), place_start + 1)
    others = [
        (moved(f.start), moved(f.end))
        for f in report.findings
        if f.rule_id == finding.rule_id and f != finding
    ]
    return [
        f"still flagged: {fixed[f.start : f.end]!r}"
        for f in analyse(Draft(fixed)).findings
        if f.rule_id == finding.rule_id
        and f.start < place_end
        and place_start < f.end
        and f.message.casefold() == finding.message.casefold()
        and not any(f.start == start or f.end == end for start, end in others)
    ]


@cache
def _entries() -> tuple[str, ...]:
    return tuple(corpus_entries())


def test_the_corpus_is_read_from_every_file() -> None:
    files = list(_CORPUS.rglob("*.txt"))
    assert len(files) >= 3
    assert len(_entries()) > 100
    assert not any(entry.startswith("#:") for entry in _entries())


def test_every_fix_on_every_corpus_post_is_safe() -> None:
    problems = [problem for entry in _entries() for problem in fix_problems(entry)]
    assert problems == [], "\n".join(problems[:40])


# --------------------------------------------------------------------------------------------
# Posts assembled around the corpus: triggers next to things a fix must keep

TRIGGERS = [
    "Hurry,",
    "Hurry!",
    "hurry",
    "LAST CHANCE",
    "Only 3 left!!!",
    "Tag a friend who needs this",
    "tag someone who",
    "Comment YES if you agree",
    "LIKE this if you're an Aries",
    "Share with 5 friends to win",
    "my guilt-free brownies",
    "hey guys",
    "I'm so OCD about my desk",
    "he committed suicide",
    "INSANE deal!!!",
    "Keep scrolling",
    "use code SARAH20 for 20% off",
    "#mentalhealthawareness",
    "please be advised",
    "Made it :-)",
    "🔥🔥🔥🔥",
    "THIS IS SO IMPORTANT",
    "Shop now. Buy today. DM to order.",
    "This one trick",
    "#sp",
    "#gifted",
]
KEEP = [
    "#ad",
    "Ad:",
    "#sponsored",
    "Paid partnership with @acme",
    "Gifted by @woolworks",
    "https://example.com/shop?id=1",
    "amzn.to/3xYzAbc",
    "@maya",
    "#sale",
    "#summer #sourdough",
    "(affiliate link — I earn a small commission)",
]
SEPARATORS = [" ", " ", ". ", ", ", "\n", "! ", " — ", "\n\n", ": "]


@cache
def _sentences() -> tuple[str, ...]:
    found = {s.text for entry in _entries() for s in AnalysisContext(Draft(entry)).sentences}
    return tuple(sorted(s for s in found if 3 < len(s) < 160))


def _joined(piece: str, separator: str) -> str:
    """A piece and what follows it, as people type: "Hurry," then a space, not ", "."""
    if piece[-1] in ",.!?:;" and separator.strip(" "):
        separator = separator.lstrip(",.!?:; —") or " "
        if not separator[0].isspace():
            separator = " " + separator
    return piece + separator


assembled_posts = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(TRIGGERS),
            st.sampled_from(KEEP),
            st.builds(lambda: None).flatmap(lambda _: st.sampled_from(_sentences())),
        ),
        st.sampled_from(SEPARATORS),
    ),
    min_size=1,
    max_size=8,
).map(lambda parts: "".join(_joined(piece, separator) for piece, separator in parts).strip())


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=assembled_posts)
def test_every_fix_on_assembled_posts_is_safe(text: str) -> None:
    assert fix_problems(text) == []
