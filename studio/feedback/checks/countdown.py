"""Countdown timers written as text: pressure that a word list cannot name.

A shop's countdown ("Offer ends in 02:14:09", "ends in 4 days 05:46:20", "Your cart is reserved
for 09:54 minutes", "3h 12m 40s left") is made to hurry people, and on many sites it starts again
when the page is reloaded (Mathur et al. 2019, "Dark Patterns at Scale": countdown timers). The
same digits are harmless elsewhere: a time of day ("doors close at 19:30"), a race result ("a
3:12:40 marathon"), a recipe ("bake for 1 hour 20 minutes"), a sports clock ("10 minutes left and
we're 2-0 up"). So a duration counts as a countdown only in a shape that nothing but a timer takes
(days, hours, minutes and seconds in a row; a clock after "ends in" or "reserved for"), or next to
an offer: a word of selling in the same sentence, or a banner too short to be about anything else.

Figures and words are both read ("in 48 hours", "in forty-eight hours", "half an hour left").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from studio.feedback.checks.registry import code_check
from studio.feedback.checks.selling import about_an_offer, sentence_and_the_one_before
from studio.feedback.checks.spans import trimmed_span
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.model import Panel, Severity
from studio.feedback.rulepacks import GatedPattern

_FLAGS = regex.IGNORECASE | regex.VERBOSE
_MATHUR = "https://webtransparency.cs.princeton.edu/dark-patterns/"

# --- the pieces of a countdown -------------------------------------------------------------------

# A figure ("48", "5️⃣") takes any unit, written out or a single letter ("3h", "20 mins"); a
# number in words only a unit written out ("forty-eight hours", "half an hour"), so that "as" is
# never "a" and "s".
_FIGURE = r"(?:\d{1,3}|[1-9]\uFE0F?\u20E3)"
_WORD_NUMBER = r"""(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|
    fifteen|twenty|thirty|forty|fifty|sixty|ninety|twenty[\s-](?:four|one)|thirty[\s-]six|
    forty[\s-]eight|seventy[\s-]two|half\s+an|a\s+few|a\s+couple\s+(?:of\s+)?|couple\s+(?:of\s+)?)"""
_LETTER_UNIT = r"(?:d|h|hrs?|m|mins?|s|secs?)"
_WORD_UNIT = r"(?:days?|hours?|minutes?|seconds?)"
_SHORT_WORD_UNIT = r"(?:hours?|minutes?|seconds?)"
_DURATION = (
    rf"(?:{_FIGURE}\s*(?:more\s+)?(?:{_WORD_UNIT}|{_LETTER_UNIT})"
    rf"|{_WORD_NUMBER}\s+(?:more\s+)?{_WORD_UNIT})\b"
)
_SHORT_DURATION = (
    rf"(?:{_FIGURE}\s*(?:more\s+)?(?:{_SHORT_WORD_UNIT}|h|hrs?|m|mins?|s|secs?)"
    rf"|{_WORD_NUMBER}\s+(?:more\s+)?{_SHORT_WORD_UNIT})\b"
)
_SHORT_WORDS_DURATION = (
    rf"(?:{_FIGURE}\s*(?:more\s+)?(?:minutes?|mins?|seconds?|secs?)"
    rf"|{_WORD_NUMBER}\s+(?:more\s+)?(?:minutes?|seconds?))\b"
)
_CLOCK = r"\d{1,2}\s?:\s?\d{2}(?:\s?:\s?\d{2}){0,2}"
_CLOCK_WITH_SECONDS = r"\d{1,2}\s?:\s?\d{2}\s?:\s?\d{2}"
_SEP = r"[\s:·,.|/\-–—]*"
_D = r"\d{1,3}\s*(?:days?|d)\b"
_H = r"\d{1,2}\s*(?:hours?|hrs?|h)\b"
_M = r"\d{1,2}\s*(?:minutes?|mins?|m)\b"
_S = r"\d{1,2}\s*(?:seconds?|secs?|s)\b"
_TIMER_EMOJI = r"(?:⏱|⏰|⏳|⌛|🕐|⏲)\uFE0F?"

_ENDING = r"""(?:ends?|ending|expires?|expiring|closes?|closing|finish(?:es)?|is\s+over|over|
    gone|resets?|disappears?|vanish(?:es)?|dies|goes\s+up|go\s+up|doubles?|increases?|rises?|
    released|changes?|runs?\s+out|starts?\s+again|back\s+to\s+(?:full|normal)\s+price|
    turns?\s+into\s+(?:a\s+)?\p{L}+|drops?)"""
_HELD = r"(?:reserved|held|holding|hold|saved|kept|locked|guaranteed)"

# ("to go" is its own alternative everywhere below: a piece that could end in "to" would be
# scanned in every sentence with "to" in it, see GatedPattern.)
# Shapes that only a countdown takes: no other context needed (a race result is excused below).
_TIMER_SHAPES = GatedPattern(
    rf"""
    {_CLOCK}\s*(?:(?:mins?|minutes?|hrs?|hours?|secs?|seconds?)\s+)?(?:left|remaining)\b
  | (?:{_DURATION}[\s:,]*(?:and\s+)?){{1,3}}{_SHORT_DURATION}\s+(?:left|remaining)\b
  | {_D}{_SEP}{_H}{_SEP}{_M}(?:{_SEP}{_S})?          # 1d 4h 2m 11s, 02 Days : 14 Hrs : 09 Mins
  | {_H}{_SEP}{_M}{_SEP}{_S}                          # 3h 12m 40s
  | \bdays?\s*:?\s*\d{{1,3}}{_SEP}(?:hours?|hrs?)\s*:?\s*\d{{1,2}}{_SEP}(?:min(?:ute)?s?)\s*:?
      \s*\d{{1,2}}(?:{_SEP}(?:sec(?:ond)?s?)\s*:?\s*\d{{1,2}})?  # Days: 2 · Hours: 18 · Mins: 07
  | {_TIMER_EMOJI}\s*{_CLOCK}                          # ⏱️ 05 : 00 : 00
  | \b{_ENDING}\s+in\s*[:\-–—]?\s*(?:just\s+|only\s+)?{_CLOCK}     # ends in 02:14:09
  | \bin\s+{_CLOCK_WITH_SECONDS}\b                      # "Offer khatam in 02:15:40"
  | \b(?:time\s+(?:left|remaining)(?:\s+to\s+\p{{L}}+)?|remaining|countdown|timer|time\s+left)
      \s*[:\-–—]\s*(?:{_CLOCK}|(?:{_DURATION}[\s,]*){{1,4}})            # Time left: 00:00:47
  | \b{_HELD}\s*(?:for\s+you\s+)?[:\-–—]\s*{_CLOCK}                     # Cart reserved: 09:59
  | {_CLOCK}\s*(?:(?:mins?|minutes?|hrs?|hours?|secs?|seconds?)\s+)?to\s+go\b
  | (?:{_DURATION}[\s:,]*(?:and\s+)?){{1,3}}{_SHORT_DURATION}\s+to\s+go\b
  | \b{_HELD}\s+(?:for\s+you\s+)?(?:(?:your|these|the|this|my)\s+(?:[\p{{L}}\p{{N}}%]+\s+){{0,2}})?
      (?:for\s+(?:you\s+(?:for\s+)?)?(?:the\s+next\s+|another\s+|only\s+|just\s+)?)?
      (?:{_CLOCK}(?:\s*(?:minutes?|mins?|hours?|hrs?)\b)?|{_SHORT_WORDS_DURATION})
  | \b(?:will\s+be\s+)?released\s+in\s+(?:{_CLOCK}|{_SHORT_WORDS_DURATION})
  | \b(?:complete|finish|place|claim|book|buy|order|checkout|check\s+out|pay|purchase)\s+
      (?:your\s+\p{{L}}+\s+)?(?:with)?in\s+(?:the\s+next\s+)?{_CLOCK}
  | \b(?:claim|checkout|check\s+out|order|book|buy|purchase|pay)\s+within\s+(?:the\s+next\s+)?
      (?:{_DURATION}[\s,]*(?:and\s+)?){{1,3}}
  | \bvalid\s+for\s+(?:only\s+|just\s+)?{_SHORT_WORDS_DURATION}
  | \bt[\s-]?minus\s+(?:{_DURATION}|\d{{1,3}}\b)
  | \bcountdown\s+is\s+on\b
  | \b(?:hours|minutes|days)\s+left\s*:\s*\d{{1,3}}\b
  | \b(?:you[''’]ve|you\s+have)\s+(?:only\s+|just\s+)?got\s+(?:{_SHORT_DURATION}|until\s+midnight)
  | \bthat[''’]s\s+how\s+long\s+you[''’]ve\s+got\b
    """,
    _FLAGS,
)

# Durations that are a countdown next to an offer ("for the next 48 hours", "6 hours left!",
# "Sale ends in six hours", "the final 3 hours of the sale").
_OFFER_DURATIONS = GatedPattern(
    rf"""
    \b(?:for|in|within|during|over)\s+the\s+(?:next|first|coming)\s+{_DURATION}
  | \bfor\s+another\s+{_DURATION}
  | \b(?:for|in|within)\s+the\s+next\s+(?:few\s+|couple\s+(?:of\s+)?)?(?:hour|hours|minutes|day|
        days)\b
  | \bfor\s+(?:{_FIGURE}|{_WORD_NUMBER})\s+more\s+{_WORD_UNIT}\b
  | \bfor\s+{_DURATION}(?:\s+{_DURATION})*\s+only\b
  | \b(?:only\s+|just\s+)?{_DURATION}\s+(?:left|remaining)\b
  | \b(?:only\s+|just\s+)?{_DURATION}\s+to\s+go\b
  | \b(?:the\s+)?(?:last|final)\s+{_DURATION}
  | \b{_ENDING}\s+in\s+(?:just\s+|only\s+|under\s+|about\s+|
        less\s+than\s+)?(?:{_DURATION}[\s,]*(?:and\s+)?){{1,4}}(?:{_CLOCK})?
  | \b{_DURATION}\s+(?:of\s+\p{{L}}+(?:\s+\p{{L}}+)?\s+)?left\b
    """,
    _FLAGS,
)

# Sentences about a race, a recipe or a game use the same durations for something else.
_NOT_AN_OFFER = regex.compile(
    r"""\d+\s*[-–]\s*\d+\s+(?:up|down)\b|\b(?:marathon|half[\s-]?marathon|personal\s+best|PB|parkrun|5k|10k|race|pace|lap|
    ran|run|swam|cycled|km|miles?|bake|baked|roast|simmer|boil|steep|marinate|microwave|
    oven|match|game|half[\s-]?time|kick[\s-]?off|quarter|innings|overtime|flight|layover|
    drive|journey|exam|shift|lecture|class\s+(?:ends|starts))\b""",
    _FLAGS,
)


def countdowns(ctx: AnalysisContext) -> Iterator[tuple[int, int]]:
    """Spans of the countdowns in the text, in order, not overlapping."""
    text = ctx.text
    if not _DIGIT.search(text) and not _has_unit_word(ctx):
        return
    taken_until = -1
    found = sorted(
        [(m.start(), m.end(), True) for m in _TIMER_SHAPES.finditer(ctx)]
        + [(m.start(), m.end(), False) for m in _OFFER_DURATIONS.finditer(ctx)]
    )
    for start, end, certain in sorted(found, key=lambda f: (f[0], -f[1])):
        if start < taken_until:
            continue
        start, end = trimmed_span(text, start, end, drop_last=",.:-–—|/·", words_first=False)
        if _NOT_AN_OFFER.search(sentence_and_the_one_before(ctx, start)):
            continue
        if not certain and not about_an_offer(ctx, start):
            continue
        if ctx.in_quotes(start, end):
            continue
        taken_until = end
        yield start, end


_DIGIT = regex.compile(r"\d")
# Without a figure, a countdown needs one of these words ("half an hour left", "countdown is on").
_UNIT_WORDS = frozenset(
    "day days hour hours minute minutes second seconds countdown long".split()  # noqa: SIM905
)


def _has_unit_word(ctx: AnalysisContext) -> bool:
    return not _UNIT_WORDS.isdisjoint(ctx.word_set)


@code_check(
    "WB-COUNTDOWN",
    panel=Panel.WELLBEING,
    severity=Severity.WARN,
    why="A countdown rushes people to decide before they have thought it through, and shop "
    "timers often start again when the page is reloaded.",
    source=_MATHUR,
)
def countdown(ctx: AnalysisContext) -> Iterator[Hit]:
    for start, end in countdowns(ctx):
        words = ctx.text[start:end]
        yield Hit(
            start,
            end,
            f"'{words}' is a countdown made to hurry people. If the offer really ends, give the "
            "day and time plainly, e.g. 'Offer ends Sunday 31 May at midnight.'",
            suggestions=("",),
        )
