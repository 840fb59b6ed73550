"""Inclusion & accessibility checks that a word list cannot express.

Every check here answers one question: can everyone read this post — with a screen reader, with
dyslexia, in a second language — and feel addressed by it? The word-level rules (IA-EQUALITY,
IA-PROFANITY) are YAML packs in `rules/inclusion/`; what needs counting, Unicode classes, a
dictionary or the attached media lives here.

Precision over recall: each check looks for the unmistakable form of its problem ("sO uSeFuL",
not "iPhone"; "THIS IS SO IMPORTANT", not "NASA"; "I ❤️ 🍕", not "Love this 😍"), because a
nudge on an ordinary friendly post teaches the writer to ignore the panel.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import regex
import yaml

from studio.domain.platforms import find_emoji, find_hashtags, find_urls
from studio.feedback.checks.registry import code_check
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.model import Panel, Severity

_UKY = "https://ada.uky.edu/digital-accessibility/social-media"
_ISU = "https://www.isu.edu/accessibility/make-things-accessible/social-media/"
_UVA = "https://digitalaccessibility.virginia.edu/social-media"
_PRINCETON = "https://digital.accessibility.princeton.edu/guidelines/social-media"
_ARI = "https://en.wikipedia.org/wiki/Automated_readability_index"


# --------------------------------------------------------------------------------------------
# Shared helpers

_WORD_LISTS = Path(__file__).resolve().parent.parent / "data" / "inclusion_words.yml"


@cache
def _word_lists() -> Mapping[str, Any]:
    loaded: Mapping[str, Any] = yaml.safe_load(_WORD_LISTS.read_text(encoding="utf-8"))
    return loaded


def _word_list(name: str) -> frozenset[str]:
    return frozenset(str(_word_lists()[name]).split())


@cache
def english_words() -> Mapping[str, int]:
    """pyspellchecker's English word frequencies, loaded once (about a third of a second).

    Loaded lazily so that importing the engine stays instant; only IA-CAMELCASE and IA-ALLCAPS
    need it, and only when a post holds a long lowercase hashtag or a run of capitals.
    """
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency.dictionary


# The word list's floor: about 100,000 rare or junk entries ("th", "dm", "booklover") share the
# lowest count. Above it a string is a word people actually write.
_COMMON_WORD_MIN = 100


def is_common_word(word: str) -> bool:
    return english_words().get(word, 0) >= _COMMON_WORD_MIN


class _Names:
    """Links, hashtags and @mentions of one text: names, not prose, so case and reading checks
    skip them. Found once per draft; `covers` is a binary search."""

    def __init__(self, text: str) -> None:
        spans = list(find_urls(text)) if "." in text else []
        if "#" in text or "＃" in text:
            spans.extend(find_hashtags(text))
        if "@" in text:
            spans.extend(m.span() for m in _MENTION.finditer(text))
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.spans = merged
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def covers(self, offset: int) -> bool:
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]


_MENTION = regex.compile(r"@(?<![\w@]@)[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_NAMES: WeakKeyDictionary[AnalysisContext, _Names] = WeakKeyDictionary()
_EMOJI: WeakKeyDictionary[AnalysisContext, list[tuple[int, int]]] = WeakKeyDictionary()


def _names(ctx: AnalysisContext) -> _Names:
    names = _NAMES.get(ctx)
    if names is None:
        names = _NAMES[ctx] = _Names(ctx.text)
    return names


# Every emoji is a run of non-ASCII code points, after at most one ASCII one (the digit of a
# keycap, "1️⃣"). The standard library finds those runs quickly, so only they go through the
# emoji pattern, which costs a scan of every character otherwise.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _emoji(ctx: AnalysisContext) -> list[tuple[int, int]]:
    """Every emoji of the draft (a ZWJ family or a flag is one), found once."""
    found = _EMOJI.get(ctx)
    if found is None:
        text = ctx.text
        found = []
        if not text.isascii():
            for run in _NON_ASCII_RUN.finditer(text):
                start = max(run.start() - 1, 0)
                found.extend((start + a, start + b) for a, b in find_emoji(text[start : run.end()]))
        _EMOJI[ctx] = found
    return found


# --------------------------------------------------------------------------------------------
# IA-FANCY-UNICODE

# "Fancy text" generators borrow symbols that only look like letters. Screen readers announce them
# as "mathematical bold capital N" — or skip them — and search cannot find the words. Only the
# blocks those generators use are listed: accented letters, CJK, emoji and symbols such as ™, №,
# ½ or m² (which NFKC also changes) are ordinary text.
_MATH_ALPHANUMERIC = "\U0001d400-\U0001d7ff"  # bold, italic, script, fraktur, double-struck, sans…
_ENCLOSED_LETTERS = "\u249c-\u24e9\U0001f110-\U0001f189"  # ⒜ Ⓐ ⓐ 🄰 🅐 🅰 (not ① digits)
# Letterlike symbols that fill the gaps of the mathematical alphabets (ℍ, ℝ, ℭ…). Alone they are
# physics or units (ℏ, ℓ), so they only count next to the characters above.
_LETTERLIKE = (
    "\u2102\u210a-\u2112\u2115\u2119-\u211d\u2124\u2128\u212c\u212d\u212f-\u2131\u2133\u2134"
)
_SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ"
_FULLWIDTH_LETTERS = "\uff21-\uff3a\uff41-\uff5a"

_FANCY_CORE = f"[{_MATH_ALPHANUMERIC}{_ENCLOSED_LETTERS}]"
_FANCY_ANY = f"[{_MATH_ALPHANUMERIC}{_ENCLOSED_LETTERS}{_LETTERLIKE}]\ufe0f?"
_FANCY_JOIN = r"[\s'’.,!?:&\-]*"
_FANCY_RUN = regex.compile(f"{_FANCY_ANY}(?:{_FANCY_JOIN}{_FANCY_ANY})*")
_FANCY_CORE_CHAR = regex.compile(_FANCY_CORE)
# A plain character class needs no Unicode properties, and the standard library scans one
# several times faster than `regex` (measured on a 2,200-character caption): the gate that lets
# nearly every post skip this check uses it.
_ANY_FANCY = re.compile(
    f"[{_MATH_ALPHANUMERIC}{_ENCLOSED_LETTERS}{_LETTERLIKE}{_SMALL_CAPS}{_FULLWIDTH_LETTERS}]"
)
_SMALL_CAPS_RUN = regex.compile(f"[{_SMALL_CAPS}]{{3,}}(?:[\\s'’]+[{_SMALL_CAPS}]+)*")
_FULLWIDTH_RUN = regex.compile(
    f"[{_FULLWIDTH_LETTERS}]{{2,}}(?:[\\s\u3000]+[{_FULLWIDTH_LETTERS}]+)*"
)
# Fullwidth Latin letters are ordinary in Chinese, Japanese and Korean text.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_NAMED_LETTER = regex.compile(r"LETTER ([A-Z])$")


def _plain_char(char: str) -> str:
    if char == "\ufe0f":
        return ""
    if char in _SMALL_CAPS:
        return "q" if char == "ꞯ" else unicodedata.name(char)[-1].lower()
    plain = unicodedata.normalize("NFKC", char)
    if len(plain) == 3 and plain[0] == "(" and plain[2] == ")":  # ⒜ → "(a)" → "a"
        return plain[1]
    if plain == char:  # 🅰 has no decomposition: read the letter off its name
        named = _NAMED_LETTER.search(unicodedata.name(char, ""))
        return named.group(1) if named else char
    return plain


def plain_text(fancy: str) -> str:
    """The ordinary letters a fancy-text run stands for ("𝐍𝐞𝐰 𝐩𝐨𝐬𝐭" → "New post")."""
    return "".join(_plain_char(char) for char in fancy)


@code_check(
    "IA-FANCY-UNICODE",
    panel=Panel.INCLUSION,
    severity=Severity.STRONG,
    why="Screen readers spell out 'fancy' Unicode letters as math symbols or skip them, "
    "so some readers never hear the words.",
    source=_ISU,
)
def fancy_unicode(ctx: AnalysisContext) -> Iterator[Hit]:
    if ctx.text.isascii() or _ANY_FANCY.search(ctx.text) is None:
        return
    for match in _FANCY_RUN.finditer(ctx.text):
        if len(_FANCY_CORE_CHAR.findall(match.group())) >= 2:
            yield _fancy_hit(match)
    for match in _SMALL_CAPS_RUN.finditer(ctx.text):
        yield _fancy_hit(match)
    fullwidth = list(_FULLWIDTH_RUN.finditer(ctx.text))
    if fullwidth and _CJK.search(ctx.text) is None:
        for match in fullwidth:
            yield _fancy_hit(match)


def _fancy_hit(match: regex.Match[str]) -> Hit:
    plain = plain_text(match.group())
    return Hit(
        match.start(),
        match.end(),
        f"“{match.group()}” is made of look-alike symbols, not letters: a screen reader may read "
        f"each one as a symbol name or skip it. Write “{plain}” (use the platform's own bold, "
        "if it has one).",
        (plain,),
    )


# --------------------------------------------------------------------------------------------
# IA-CAMELCASE

_LOWERCASE_TAG_BODY = regex.compile(r"[a-z0-9]{8,}")
_LETTERS_OR_DIGITS = regex.compile(r"[a-z]+|[0-9]+")
# Short words the hashtag splitter may use; other one- and two-letter "words" in the list are
# mostly abbreviations and would split "#igers" into nonsense.
_SHORT_WORDS = _word_list("hashtag_short_words")
# Social-media coinages the dictionary does not know, which a splitter would cut into nonsense.
_COINED_INSIDE = tuple(_word_list("hashtag_coined_inside"))
_COINED_ENDINGS = tuple(_word_list("hashtag_coined_endings"))
_LONGEST_WORD = 20
_LONGEST_TAG = 60


# How common a piece of a hashtag must be, by length: short pieces are where nonsense splits
# hide ("#pokemon" → poke + mon, "#beyonce" → bey + once), so they must be very common words.
# Long pieces are rarely junk, so any dictionary word of seven letters or more will do: that keeps
# "manchester" whole in "#manchesterunited" instead of "man" + "chester".
_PIECE_MIN_FREQUENCY = {3: 20_000, 4: 5_000, 5: 300, 6: 300}
_LONG_PIECE_MIN_FREQUENCY = 1
_MIN_LONG_PIECES = 2


def _usable_piece(piece: str, frequency: int) -> bool:
    if len(piece) < 3:
        return piece in _SHORT_WORDS
    return frequency >= _PIECE_MIN_FREQUENCY.get(len(piece), _LONG_PIECE_MIN_FREQUENCY)


@cache
def _log_total_frequency() -> float:
    return math.log(sum(english_words().values()) or 1)


def split_words(letters: str) -> list[str] | None:
    """The likeliest split of a lowercase run into dictionary words, or None.

    A small dynamic programme: the cost of a split is the sum of -log(frequency) of its words, so
    common words and fewer pieces win ("mentalhealthawareness" → mental health awareness).
    """
    words = english_words()
    total = _log_total_frequency()
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            if best[start][0] == math.inf:
                continue
            piece = letters[start:end]
            frequency = words.get(piece, 0)
            if not _usable_piece(piece, frequency):
                continue
            cost = best[start][0] + total - math.log(frequency)
            if cost < best[end][0]:
                best[end] = (cost, start)
    if best[-1][0] == math.inf:
        return None
    pieces: list[str] = []
    end = len(letters)
    while end > 0:
        start = best[end][1]
        pieces.append(letters[start:end])
        end = start
    return pieces[::-1]


@lru_cache(maxsize=4096)
def camel_case(tag_body: str) -> str | None:
    """The CamelCase form of a lowercase hashtag body ("mentalhealthawareness" →
    "MentalHealthAwareness"), or None for one word, a coinage, or letters that are not words."""
    if any(coined in tag_body for coined in _COINED_INSIDE) or tag_body.endswith(_COINED_ENDINGS):
        return None  # "#bookstagram" is not books + tag + ram
    parts: list[str] = []
    word_count = 0
    for run in _LETTERS_OR_DIGITS.findall(tag_body):
        if run.isdigit():
            parts.append(run)
            continue
        # A run that is itself a word ("wanderlust", "throwback") is read correctly as it is.
        if run in english_words():
            parts.append(run.capitalize())
            word_count += 1
            continue
        pieces = split_words(run)
        if pieces is None:
            return None
        parts.extend(piece.capitalize() for piece in pieces)
        word_count += len(pieces)
    long_pieces = sum(1 for part in parts if len(part) >= 3 and not part.isdigit())
    return "".join(parts) if word_count >= 2 and long_pieces >= _MIN_LONG_PIECES else None


@code_check(
    "IA-CAMELCASE",
    panel=Panel.INCLUSION,
    severity=Severity.INFO,
    why="Capitalising each word of a hashtag (#CamelCase) lets screen readers say the words "
    "and makes them easier to read for everyone.",
    source=_UKY,
)
def camel_case_hashtags(ctx: AnalysisContext) -> Iterator[Hit]:
    if "#" not in ctx.text:
        return
    for start, end in find_hashtags(ctx.text):
        body = ctx.text[start + 1 : end]
        if len(body) > _LONGEST_TAG or _LOWERCASE_TAG_BODY.fullmatch(body) is None:
            continue
        camel = camel_case(body)
        if camel is None:
            continue
        yield Hit(
            start,
            end,
            f"Write #{camel}: a screen reader reads “#{body}” as one long made-up word.",
            (f"#{camel}",),
        )


# --------------------------------------------------------------------------------------------
# IA-ALLCAPS

# Initialisms and acronyms that are meant to be in capitals. Any capitalised token that is not a
# common English word is treated as one anyway ("EKS", "BLACKPINK"); this list names those that
# are, or look like, ordinary words.
ACRONYMS = _word_list("acronyms")
_CAPS_TOKEN = regex.compile(r"(?<![\p{L}\p{N}_#@'’])\p{Lu}+(?:['’]\p{Lu}+)?(?![\p{L}\p{N}_])")
_CAPS_PAIR = regex.compile(r"\p{Lu}{2}")
# A run of at least three capitalised tokens on one line, with only spaces, light punctuation or
# an emoji between them ("SO EXCITED 🎉 SEE YOU THERE"). Checked before anything per word.
# Every part is possessive and each word must end where a word ends, so there is one way to read
# a line: a run of capitals with no gaps ("IIII…") used to be split into pieces in every possible
# way, which took close to a minute on 3,000 capitals.
_CAPS_RUN = regex.compile(
    r"(?<![\p{L}\p{N}_#@'’])\p{Lu}++(?:['’]\p{Lu}++)?+(?![\p{L}\p{N}_])"
    r"(?:[^\S\n]*+(?:[^\p{L}\p{N}\s][^\S\n]*+){0,3}+\p{Lu}++(?:['’]\p{Lu}++)?+"
    r"(?![\p{L}\p{N}_])){2}"
)
_MIN_SHOUTED_RUN = 3
_LOUD_RUN = 4
_MIN_SHOUTED_WORDS_FOR_RATIO = 4
_SHOUTED_RATIO = 0.3
_SENTENCE_START = regex.compile(r"(?:^|[.!?…:]\s*|\n\s*)$")


# Acronyms are short: a capitalised token this long that the dictionary lacks is an inflected or
# rare word ("TAKEAWAYS"), not an initialism.
_LONGEST_ACRONYM = 5


def _is_shouted(word: str) -> bool:
    """A capitalised ordinary word ("IMPORTANT"), not an acronym ("NASA") or "I"."""
    plain = word.replace("’", "'")
    if plain in ACRONYMS or len(plain) < 2:
        return False
    return len(plain) > _LONGEST_ACRONYM or is_common_word(plain.lower())


def _sentence_case(ctx: AnalysisContext, start: int, end: int) -> str:
    def lower(match: regex.Match[str]) -> str:
        word = match.group()
        return word.lower() if _is_shouted(word) else word

    fixed = _CAPS_TOKEN.sub(lower, ctx.text[start:end])
    if _SENTENCE_START.search(ctx.text[max(0, start - 3) : start]) is not None and (
        fixed[:1].islower()
    ):
        fixed = fixed[0].upper() + fixed[1:]
    return fixed


@code_check(
    "IA-ALLCAPS",
    panel=Panel.INCLUSION,
    severity=Severity.WARN,
    why="Text in capitals is harder to read, especially with dyslexia, and some screen readers "
    "spell it out letter by letter.",
    source=_UKY,
)
def all_caps(ctx: AnalysisContext) -> Iterator[Hit]:
    if (
        _CAPS_RUN.search(ctx.text) is None
        and len(_CAPS_PAIR.findall(ctx.text)) < _MIN_SHOUTED_WORDS_FOR_RATIO
    ):
        return
    names = _names(ctx)
    tokens = [
        m
        for m in _CAPS_TOKEN.finditer(ctx.text)
        if (len(m.group()) > 1 or m.group() in {"I", "A"}) and not names.covers(m.start())
    ]
    if len(tokens) < _MIN_SHOUTED_RUN:
        return
    found_run = False
    for run in _caps_runs(ctx.text, tokens):
        shouted = [m for m in run if _is_shouted(m.group())]
        if len(shouted) >= _MIN_SHOUTED_RUN or (
            len(run) >= _MIN_SHOUTED_RUN and sum(len(m.group()) >= 3 for m in shouted) >= 2
        ):
            found_run = True
            start, end = run[0].start(), run[-1].end()
            yield Hit(
                start,
                end,
                f"“{ctx.text[start:end]}” is in capitals: it reads as shouting and is harder to "
                "read. Use sentence case and let your words carry the emphasis.",
                (_sentence_case(ctx, start, end),),
                # Three capitalised words ("I START MONDAY") or a short run inside a lower-case
                # sentence, often a stylised name ("the band SOUND OF SEA"), are harder to read
                # but not a wall of shouting: a nudge. Four or more words are a warning.
                severity=Severity.INFO
                if len(shouted) < _LOUD_RUN or _embedded_name(ctx.text, run)
                else None,
            )
    if found_run:
        return
    shouted = [m for m in tokens if _is_shouted(m.group())]
    if len(shouted) < _MIN_SHOUTED_WORDS_FOR_RATIO:
        return
    words = ctx.word_count
    if len(shouted) > _SHOUTED_RATIO * words:
        yield Hit(
            shouted[0].start(),
            shouted[-1].end(),
            f"{len(shouted)} of {words} words are in capitals. Capitals are harder to read; keep "
            "them for acronyms and emphasise with wording instead.",
            severity=Severity.INFO,
        )


_LOWER_WORD_BEFORE = regex.compile(r"\p{Ll}[\p{L}'’]*[^\S\n]+$")
_LOWER_WORD_AFTER = regex.compile(r"[^\S\n]+\p{Ll}")
_LONGEST_NAME_RUN = 4


def _embedded_name(text: str, run: list[regex.Match[str]]) -> bool:
    start, end = run[0].start(), run[-1].end()
    return (
        len(run) <= _LONGEST_NAME_RUN
        and _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start) is not None
        and _LOWER_WORD_AFTER.match(text, end) is not None
    )


_RUN_GAP = regex.compile(r"[^\S\n]*[^\p{L}\p{N}\n]{0,3}[^\S\n]*")


def _caps_runs(text: str, tokens: list[regex.Match[str]]) -> Iterator[list[regex.Match[str]]]:
    run: list[regex.Match[str]] = []
    for token in tokens:
        if run and _RUN_GAP.fullmatch(text, run[-1].end(), token.start()) is None:
            yield run
            run = []
        run.append(token)
    if run:
        yield run


# --------------------------------------------------------------------------------------------
# IA-ALTCASE

# Brand and project names whose case genuinely alternates.
_ALTERNATING_NAMES = _word_list("alternating_names")
# A capital right after a small letter ("sO", "uSeFuL", "ThIs"): the only places worth a closer
# look. Ordinary, capitalised and all-capital words never contain one, so a post costs one quick
# scan (ASCII letters only: alternating case is a Latin-alphabet habit).
_CASE_FLIP = re.compile(r"[a-z][A-Z]")  # stdlib: see _ANY_FANCY
_WORD_GAP = regex.compile(r"[^\S\n]+|[^\S\n]*[,.!?…][^\S\n]*")
_MIN_ALT_RATIO = 0.6
_MIN_RUN_LETTERS = 6
_MIN_RUN_CHANGES = 4
_MIN_SINGLE_WORD_LETTERS = 6
_MIN_SINGLE_WORD_RATIO = 0.8


def _case_changes(word: str) -> int:
    cased = [char.isupper() for char in word if char.isupper() or char.islower()]
    return sum(1 for a, b in itertools.pairwise(cased) if a != b)


def _alternation(word: str) -> float:
    letters = sum(1 for char in word if char.isalpha())
    return _case_changes(word) / (letters - 1) if letters > 1 else 0.0


@code_check(
    "IA-ALTCASE",
    panel=Panel.INCLUSION,
    severity=Severity.WARN,
    why="Alternating capitals (“sPoNgEbOb” case) are hard to read for people with dyslexia and "
    "are read letter by letter by some screen readers.",
    source=_ISU,
)
def alternating_case(ctx: AnalysisContext) -> Iterator[Hit]:
    text = ctx.text
    words: list[tuple[int, int, str]] = []
    for flip in _CASE_FLIP.finditer(text):
        if words and flip.start() < words[-1][1]:
            continue  # another flip inside a word already taken
        start, end = _word_around(text, flip.start())
        word = text[start:end]
        if (
            _alternation(word) >= _MIN_ALT_RATIO
            and word.replace("'", "").replace("’", "").lower() not in _ALTERNATING_NAMES
        ):
            words.append((start, end, word))
    if not words:
        return
    names = _names(ctx)
    run: list[tuple[int, int, str]] = []
    for word in [*(w for w in words if not names.covers(w[0])), None]:
        joins = (
            word is not None
            and bool(run)
            and _WORD_GAP.fullmatch(text, run[-1][1], word[0]) is not None
        )
        if run and not joins:
            hit = _alternating_hit(ctx, run)
            if hit is not None:
                yield hit
            run = []
        if word is not None:
            run.append(word)


def _word_around(text: str, offset: int) -> tuple[int, int]:
    start = offset
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’"):
        start -= 1
    end = offset
    while end < len(text) and (text[end].isalpha() or text[end] in "'’"):
        end += 1
    return start, end


def _alternating_hit(ctx: AnalysisContext, run: list[tuple[int, int, str]]) -> Hit | None:
    words = [word for _, _, word in run]
    letters = sum(sum(char.isalpha() for char in word) for word in words)
    changes = sum(_case_changes(word) for word in words)
    convincing = (
        len(run) >= 2 and letters >= _MIN_RUN_LETTERS and changes >= _MIN_RUN_CHANGES
    ) or (
        len(run) == 1
        and letters >= _MIN_SINGLE_WORD_LETTERS
        and _alternation(words[0]) >= _MIN_SINGLE_WORD_RATIO
    )
    if not convincing:
        return None
    start, end = run[0][0], run[-1][1]
    original = ctx.text[start:end]
    return Hit(
        start,
        end,
        f"“{original}” alternates capitals: it is hard to read and a screen reader may spell it "
        "out. Write it in normal case (say it's sarcastic in words, if that's the point).",
        (original.lower(),),
    )


# --------------------------------------------------------------------------------------------
# IA-EMOJI-OVERUSE

_MAX_SAME_EMOJI_IN_A_ROW = 2
_MAX_EMOJI_IN_A_ROW = 4
_MAX_EMOJI_PER_POST = 12


@code_check(
    "IA-EMOJI-OVERUSE",
    panel=Panel.INCLUSION,
    severity=Severity.INFO,
    why="Screen readers read every emoji's full name aloud, so a row of them becomes a long, "
    "repetitive string of words.",
    source=_UVA,
)
def emoji_overuse(ctx: AnalysisContext) -> Iterator[Hit]:
    emoji = _emoji(ctx)
    if len(emoji) <= _MAX_SAME_EMOJI_IN_A_ROW:
        return
    reported = False
    for group in _adjacent_groups(ctx.text, emoji):
        repeats = _longest_repeat(ctx.text, group)
        if len(repeats) > _MAX_SAME_EMOJI_IN_A_ROW:
            reported = True
            one = ctx.text[repeats[0][0] : repeats[0][1]]
            yield Hit(
                repeats[0][0],
                repeats[-1][1],
                f"{len(repeats)} × {one} in a row: a screen reader says its name {len(repeats)} "
                f"times. One {one} makes the same point.",
                (one,),
            )
        elif len(group) > _MAX_EMOJI_IN_A_ROW:
            reported = True
            first = ctx.text[group[0][0] : group[0][1]]
            yield Hit(
                group[0][0],
                group[-1][1],
                f"{len(group)} emoji in a row are read aloud one name after another. Keep the one "
                "that matters most, at the end of the sentence.",
                (first,),
            )
    if not reported and len(emoji) > _MAX_EMOJI_PER_POST:
        yield Hit(
            emoji[0][0],
            emoji[-1][1],
            f"This post has {len(emoji)} emoji; each is read aloud by name. A few well-placed "
            "ones carry the mood without drowning the words.",
            passage=True,
        )


def _adjacent_groups(
    text: str, emoji: list[tuple[int, int]], *, same_line: bool = False
) -> Iterator[list[tuple[int, int]]]:
    """Emoji with nothing but white space between them (on one line, with `same_line`)."""
    group: list[tuple[int, int]] = []
    for span in emoji:
        if group:
            gap = text[group[-1][1] : span[0]]
            if gap.strip() or (same_line and "\n" in gap):
                yield group
                group = []
        group.append(span)
    if group:
        yield group


def _longest_repeat(text: str, group: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # Indices, not copies of the run so far: copying made 20,000 emoji in a row quadratic.
    best_start, best_end = 0, 0
    run_start = 0
    previous = ""
    for index, span in enumerate(group):
        base = _emoji_base(text, span)
        if index and base != previous:
            run_start = index
        previous = base
        if index + 1 - run_start > best_end - best_start:
            best_start, best_end = run_start, index + 1
    return group[best_start:best_end]


_VARIANT = regex.compile(r"[\ufe0f\p{Emoji_Modifier}]")


def _emoji_base(text: str, span: tuple[int, int]) -> str:
    # "🔥" and "🔥️" (with a variation selector) and skin tones of one emoji are the same emoji.
    return _VARIANT.sub("", text[span[0] : span[1]])


# --------------------------------------------------------------------------------------------
# IA-EMOJI-MIDWORD

# An emoji right after these words stands in for the noun ("with my 👯", "a cup of ☕"). Object
# pronouns and demonstratives are left out on purpose: in "I love this 😍" or "miss her 💕" the
# sentence is complete and the emoji only decorates it; "on" and "in" are left out for "game on
# 🔥" and "all in 💪".
_BEFORE_NOUN = regex.compile(
    r"(?:^|[^\p{L}\p{N}'’])(?:my|your|our|their|his|the|a|an|with|to|for|of|at|from)[^\S\n]+$",
    regex.IGNORECASE,
)
# An emoji right after a subject pronoun, with more words after it, stands in for a verb ("I ❤️
# NY", "we 💙 you").
_BEFORE_VERB = regex.compile(r"(?:^|[^\p{L}\p{N}'’])(?:I|(?i:we|they|he|she))[^\S\n]+$")
_WORD_AFTER = regex.compile(r"[^\S\n]+[\p{L}\p{N}@#]")
# When the words after the emoji carry on the noun phrase ("Cheers to 🥂 another year"), the emoji
# was dropped into the sentence as decoration and replaces nothing.
_NOUN_PHRASE_AFTER = regex.compile(
    r"[^\S\n]+(?:another|the|a|an|my|your|our|their|his|her|all|every|this|that|these|those"
    r"|you|us|them|everyone|everybody|each|both|some|many)\b",
    regex.IGNORECASE,
)
_LOOKBACK = 12
_MIN_EMOJI_BULLETS = 3
# Words for the emoji most often used in place of one; anything else gets no guess.
EMOJI_WORDS: Mapping[str, str] = _word_lists()["emoji_words"]


def _words_for(text: str, group: list[tuple[int, int]]) -> str | None:
    words = [EMOJI_WORDS.get(text[start:end]) for start, end in group]
    return " ".join(w for w in words if w) if all(words) else None


@code_check(
    "IA-EMOJI-MIDWORD",
    panel=Panel.INCLUSION,
    severity=Severity.WARN,
    why="A screen reader reads an emoji's name, not the word it stands for, so emoji in place "
    "of words turn a sentence into a puzzle.",
    source=_UKY,
)
def emoji_as_words(ctx: AnalysisContext) -> Iterator[Hit]:
    emoji = _emoji(ctx)
    if not emoji:
        return
    text = ctx.text
    bullets: list[tuple[int, int]] = []
    for group in _adjacent_groups(text, emoji, same_line=True):
        start, end = group[0][0], group[-1][1]
        before = text[max(0, start - _LOOKBACK) : start]
        shown = text[start:end]
        word = _words_for(text, group)
        if start > 0 and end < len(text) and text[start - 1].isalpha() and text[end].isalpha():
            yield Hit(
                start,
                end,
                f"{shown} sits inside a word: a screen reader breaks the word and reads the "
                "emoji's name. Spell the word out.",
            )
        elif (_BEFORE_NOUN.search(before) and _NOUN_PHRASE_AFTER.match(text, end) is None) or (
            _BEFORE_VERB.search(before) and _WORD_AFTER.match(text, end)
        ):
            yield Hit(
                start,
                end,
                f"{shown} stands in for a word: a screen reader reads its name instead. Write "
                "the word (and keep the emoji at the end, if you like).",
                (word,) if word else (),
            )
        elif not text[text.rfind("\n", 0, start) + 1 : start].strip() and _WORD_AFTER.match(
            text, end
        ):
            bullets.append((start, group[0][1]))
    if len(bullets) >= _MIN_EMOJI_BULLETS:
        yield Hit(
            bullets[0][0],
            bullets[0][1],
            f"{len(bullets)} lines start with an emoji as a bullet: a screen reader reads the "
            "emoji's name before every line. Plain dashes or numbers read more smoothly.",
            severity=Severity.INFO,
        )


# --------------------------------------------------------------------------------------------
# IA-EMOTICON

# Text emoticons are read character by character ("colon dash right parenthesis"). Each pattern
# wants a face standing on its own: "10:30)", "http://", "Note:" and "(option 8)" are not faces.
# Each kind of face is its own small pattern, starting with the face's own characters and scanned
# only when its telltale characters occur: one long alternation would be tried at every position
# of every post.
_EMOTICONS: tuple[tuple[tuple[str, ...], regex.Pattern[str]], ...] = tuple(
    (gates, regex.compile(pattern, regex.MULTILINE))
    for gates, pattern in (
        (
            (":)", ":(", ":-", ":d", ":p", ":|", ":'", ":^", ";)", ";(", ";-", "=)", "=(", ";p"),
            r"[:;=](?<![\p{L}\p{N}:/][:;=])[-'^]?(?:\)+|\(+|D(?![\p{L}\p{N}])"
            r"|[Pp](?![\p{L}\p{N}])|\|)(?![\p{L}\p{N}/])",
        ),
        (
            ("^_", "t_", ">_", "-_-", "o_", "ಠ_", ";_"),
            r"(?:\^_+\^|T_+T|>_+<|-_+-|[oO]_+[oO]|ಠ_+ಠ|;_+;)(?<![\p{L}\p{N}_\-].{3})"
            r"(?![\p{L}\p{N}_\-])",
        ),
        (("ツ",), r"¯\\*_*\(ツ\)_*/*¯"),
        (("┻", "┳"), r"\(╯°□°\)╯︵\s*┻━┻|[┻┳]━+[┻┳]"),
        (("ʖ",), r"\(\s*͡°\s*͜ʖ\s*͡°\s*\)"),
        (("ᴥ",), r"ʕ\s*•ᴥ•\s*ʔ"),
        (
            ("◕", "•", "´", "ᵔ", "°", "ಠ", "˘", "≧", "＾", "╥", "ಥ", "●", "◉", "⊙"),
            r"[(（][^\s\p{L}\p{N}()（）]{0,3}[◕•´ᵔ°ಠ˘≧＾╥ಥ●◉⊙][^()（）\n]{0,4}"
            r"[◕•`ᵔ°ಠ˘≦＾╥ಥ●◉⊙][^\s\p{L}\p{N}()（）]{0,3}[)）]",
        ),
        # "<3" as a heart, but not "<3 hours" or "<3%".
        (
            ("<3",),
            r"<3+(?<![\p{L}\p{N}<]<3)(?=[^\S\n]*(?:$|[\n.!,)]|\p{Extended_Pictographic}"
            r"|(?i:you|u|ya|this|it|that|them|him|her|my|our|the|all)\b))",
        ),
    )
)
# Per kind of face: characters one of which every such face holds, its gates, its pattern.
_EMOTICON_KINDS = tuple(
    (tuple(dict.fromkeys(gate[0] for gate in gates)), gates, pattern)
    for gates, pattern in _EMOTICONS
)
# ASCII art: consecutive lines made mostly of symbols (a cat drawn with /\_/\ and friends).
_ART_SYMBOLS = regex.compile(r"[\\/|_()<>^*=+~\-.'`,:;!\[\]{}░▒▓█▄▀■□▪▫●○─━│┃┌┐└┘├┤┬┴┼═║╔╗╚╝]")
_PROSE_WORD = re.compile(r"[^\W\d_]{3,}")
_MIN_ART_LINES = 3
_MIN_ART_SYMBOLS = 3
_ART_SYMBOL_SHARE = 0.6
_EMOTICON_EMOJI = {":)": "🙂", ":-)": "🙂", ":(": "🙁", ":-(": "🙁", ";)": "😉", ";-)": "😉"}


@code_check(
    "IA-EMOTICON",
    panel=Panel.INCLUSION,
    severity=Severity.INFO,
    why="Screen readers read text emoticons and ASCII art symbol by symbol "
    "(“colon, dash, right parenthesis”), which hides the feeling you meant.",
    source=_UKY,
)
def emoticons(ctx: AnalysisContext) -> Iterator[Hit]:
    text = ctx.text
    lower = ctx.lower
    # Every face holds one of these characters; most posts hold none of the rarer ones, so the
    # gates of their kinds of face are not even looked at.
    matches = [
        match
        for keys, gates, pattern in _EMOTICON_KINDS
        if any(map(lower.__contains__, keys)) and any(map(lower.__contains__, gates))
        for match in pattern.finditer(text)
    ]
    for match in sorted(matches, key=lambda m: m.start()):
        face = match.group()
        emoji = _EMOTICON_EMOJI.get(face)
        yield Hit(
            match.start(),
            match.end(),
            f"“{face}” is read aloud symbol by symbol. Say the feeling in words or use one emoji.",
            (emoji,) if emoji else (),
        )
    if ctx.text.count("\n") >= _MIN_ART_LINES - 1:
        yield from _ascii_art(ctx)


def _ascii_art(ctx: AnalysisContext) -> Iterator[Hit]:
    block: list[tuple[int, int]] = []
    for line in [*ctx.lines, None]:
        if line is not None and _is_art_line(line.text):
            block.append((line.start, line.end))
            continue
        if len(block) >= _MIN_ART_LINES:
            yield Hit(
                block[0][0],
                block[-1][1],
                f"These {len(block)} lines of ASCII art are read aloud as a long list of symbols. "
                "Describe the picture in a sentence, or attach it as an image with alt text.",
                passage=True,
            )
        block = []


def _is_art_line(line: str) -> bool:
    if _PROSE_WORD.search(line) is not None:
        return False
    visible = len(line) - sum(1 for char in line if char.isspace())
    if visible < _MIN_ART_SYMBOLS:
        return False
    symbols = _ART_SYMBOLS.findall(line)
    return len(set(symbols)) >= 2 and len(symbols) >= _ART_SYMBOL_SHARE * visible


# --------------------------------------------------------------------------------------------
# IA-ALT-TEXT

# Alt text that names a file or says only "image" tells a screen-reader user nothing.
_PLACEHOLDER_ALT = regex.compile(
    r"(?:image|img|photo|picture|pic|screenshot|screen shot|graphic|alt|alt text|untitled|"
    r"(?:img|dsc|dscn|pxl|image|photo|screenshot)[\s_\-]?[\d_\-\s]+(?:\.\w{2,4})?"
    r"|[\w\-]+\.(?:jpe?g|png|gif|webp|heic|tiff?))",
    regex.IGNORECASE,
)


@code_check(
    "IA-ALT-TEXT",
    panel=Panel.INCLUSION,
    severity=Severity.STRONG,
    why="Alt text is how blind and low-vision readers get what an image shows; without it the "
    "picture is silent.",
    source=_PRINCETON,
)
def missing_alt_text(ctx: AnalysisContext) -> Iterator[Hit]:
    media = ctx.draft.media
    for number, item in enumerate(media, start=1):
        which = f"Image {number}" if len(media) > 1 else "The image"
        alt = item.alt_text.strip()
        if not alt:
            yield Hit(
                0,
                0,
                f"{which} has no alt text. Describe what it shows and repeat any words in it, "
                "e.g. “Flyer: Community picnic, Sat 3 May, 12–4pm, Riverside Park”.",
            )
        elif _PLACEHOLDER_ALT.fullmatch(alt):
            yield Hit(
                0,
                0,
                f"{which}'s alt text is “{alt}”, which tells a screen-reader user nothing. "
                "Describe what the image shows.",
                severity=Severity.WARN,
            )


# --------------------------------------------------------------------------------------------
# IA-READABILITY

# Automated Readability Index: 4.71 × letters per word + 0.5 × words per sentence − 21.43, a US
# school grade. Hemingway calls sentences hard from grade 10 and very hard from 14; at average word
# length that is about 20 and 30 words, the thresholds the catalogue asks for.
_HARD_SENTENCE_WORDS = 20
_VERY_HARD_SENTENCE_WORDS = 30
_HARD_GRADE = 10.0
_VERY_HARD_GRADE = 14.0
_POST_GRADE = 9.0
_POST_MIN_WORDS = 40
_UNIVERSITY_GRADE = 16
# Words as the formula counts them: letters and digits (apostrophes and hyphens do not count).
# Letters and digits, with inner apostrophes and hyphens; stdlib for speed (see _ANY_FANCY).
_READING_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Social posts end sentences with emoji as often as with full stops.
_CAPITAL_AFTER_SPACE = regex.compile(r"[^\S\n]+\p{Lu}")
# A sentence of more than 20 words needs at least this many characters ("I am so ..." included).
_SHORTEST_LONG_SENTENCE = 60
_SHORTEST_GRADED_POST = 200
# Characters that are not letters, counted out of the post-level letter count.
_PUNCTUATION = tuple(".,;:!?'’‘\"“”()[]-–—/#&*…")
# Natural places to split a long sentence, best first.
_SPLIT_POINT = regex.compile(r";\s+|\s+[—–]\s+|\s+-\s+|,\s+(?=(?:but|so|and)\s)")


def ari(letters: int, words: int, sentences: int) -> float:
    return 4.71 * letters / words + 0.5 * words / sentences - 21.43


@code_check(
    "IA-READABILITY",
    panel=Panel.INCLUSION,
    severity=Severity.INFO,
    why="Short sentences and plain words reach more people: readers with dyslexia, readers in "
    "a second language, and everyone scrolling on a phone.",
    source=_ARI,
)
def readability(ctx: AnalysisContext) -> Iterator[Hit]:
    prose: str | None = None
    flagged = False
    for start, end in _reading_sentences(ctx):
        if end - start < _SHORTEST_LONG_SENTENCE:
            continue  # cannot hold more than 20 words: skip the counting
        if prose is None:
            prose = _prose(ctx)
        if len(prose[start:end].split()) <= _HARD_SENTENCE_WORDS:
            continue  # white-space tokens are at least the words: no long sentence here
        words = _READING_WORD.findall(prose, start, end)
        if len(words) <= _HARD_SENTENCE_WORDS:
            continue
        grade = ari(_letters(words), len(words), 1)
        very_hard = len(words) > _VERY_HARD_SENTENCE_WORDS or grade >= _VERY_HARD_GRADE
        if very_hard or grade >= _HARD_GRADE:
            flagged = True
            level = "very hard" if very_hard else "hard"
            split = _split_suggestion(ctx.text[start:end])
            yield Hit(
                start,
                end,
                f"This sentence has {len(words)} words and is {level} to read "
                f"({_grade_text(grade)}). Try splitting it into two.",
                (split,) if split else (),
            )
    if flagged or len(ctx.text) < _SHORTEST_GRADED_POST:
        return
    # The whole post: white-space tokens are close enough to the formula's words for a grade,
    # and cost a fraction of a word-by-word scan.
    prose = prose if prose is not None else _prose(ctx)
    tokens = prose.split()
    if len(tokens) < _POST_MIN_WORDS:
        return
    joined = "".join(tokens)
    letters = len(joined) - sum(map(joined.count, _PUNCTUATION))
    grade = ari(letters, len(tokens), sum(1 for _ in _reading_sentences(ctx)))
    if grade > _POST_GRADE:
        start = len(ctx.text) - len(ctx.text.lstrip())
        end = len(ctx.text.rstrip())
        yield Hit(
            start,
            end,
            f"This post reads at {_grade_text(grade)} (Automated Readability Index). Shorter "
            "words and sentences make it easier for everyone.",
            passage=True,
        )


def _grade_text(grade: float) -> str:
    # The index has no ceiling (very long words push it past 30); past school it stops meaning
    # a year and just means "for specialists".
    return "university level" if grade >= _UNIVERSITY_GRADE else f"about grade {grade:.0f}"


def _letters(words: list[str]) -> int:
    joined = "".join(words)
    return len(joined) - joined.count("'") - joined.count("’") - joined.count("-")


def _prose(ctx: AnalysisContext) -> str:
    """The text with links, hashtags and @mentions blanked out (offsets unchanged)."""
    text = ctx.text
    names = _names(ctx)
    if not names.spans:
        return text
    parts: list[str] = []
    position = 0
    for start, end in names.spans:
        if start < position:
            continue
        parts.append(text[position:start])
        parts.append(" " * (end - start))
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _reading_sentences(ctx: AnalysisContext) -> Iterator[tuple[int, int]]:
    """Sentences as readers see them: also ended by an emoji before a capital ("Done 🎉 Next")."""
    text = ctx.text
    ends = [end for _, end in _emoji(ctx) if _CAPITAL_AFTER_SPACE.match(text, end) is not None]
    for sentence in ctx.sentences:
        start = sentence.start
        for end in ends:
            if start < end < sentence.end:
                yield start, end
                start = end
        yield start, sentence.end


def _split_suggestion(sentence: str) -> str | None:
    """The sentence as two, cut at the natural break nearest its middle, or None."""
    middle = len(sentence) / 2
    best: regex.Match[str] | None = None
    for match in _SPLIT_POINT.finditer(sentence):
        before = len(sentence[: match.start()].split())
        after = len(sentence[match.end() :].split())
        if before < 6 or after < 6:
            continue
        if before > _VERY_HARD_SENTENCE_WORDS or after > _VERY_HARD_SENTENCE_WORDS:
            continue  # one half would still be very hard: a split there fixes little
        if best is None or abs(match.start() - middle) < abs(best.start() - middle):
            best = match
    if best is None:
        return None
    head = sentence[: best.start()].rstrip(",;")
    tail = sentence[best.end() :]
    if tail.startswith("and "):
        tail = tail[4:]
    return f"{head}. {tail[:1].upper()}{tail[1:]}"
