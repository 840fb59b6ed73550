"""Well-being checks that need more than a word list: suicide and self-harm topics, help
resources, content warnings and hype.

Safe messaging about suicide (reportingonsuicide.org, Samaritans, #chatsafe) asks three things of
a post that touches the topic: give a way to get help, warn readers before a personal story, and
leave out how and where. To ask for those only when they apply, every check here shares one topic
detector that tells three kinds of text apart:

- a person in crisis, in their own words ("I want to die", "I keep thinking about ending my
  life"): the resource matters most, so the finding is `strong`;
- talk about suicide or self-harm (news, a loss, a recovery story): `warn`;
- awareness and prevention ("World Suicide Prevention Day", "our suicide prevention walk"):
  a nudge (`info`).

Idioms are not the topic: "this traffic is killing me", "I'd kill for a coffee", "dying to try
it", "career suicide", "the Suicide Squad", "suicide doors", and a phrase in quotation marks is a
mention, not a use. A crisis phrase next to laughter ("I want to die lol") is read as the hyperbole
it usually is: a false alarm on a joke costs more trust than it buys.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import regex
import yaml

from studio.feedback.checks.registry import code_check
from studio.feedback.context import AnalysisContext, Hit, Token
from studio.feedback.model import Panel, Severity

_FLAGS = regex.IGNORECASE | regex.VERBOSE

_ROS = "https://reportingonsuicide.org"
_AFSP = "https://afsp.org"
_CHATSAFE = "https://www.orygen.org.au/chatsafe"
_PROSELINT_HYPERBOLE = "https://github.com/amperser/proselint"

_SELF = r"(?:myself|himself|herself|themselves|themself)"

# --- the topic detector ------------------------------------------------------------------------

# Words around "suicide" that make it a figure of speech or another subject: "career suicide",
# "the Suicide Squad", "suicide doors", "a suicide bomber" (terrorism, not mental health).
_FIGURATIVE_BEFORE = (
    r"political|politically|career|social|commercial|commercially|professional|electoral|"
    r"financial|financially|fashion|corporate|brand|economic|reputational|marketing|PR|"
    r"creative|artistic|tactical|tactically|strategic|dietary|musical"
)
_FIGURATIVE_AFTER = (
    r"squads?|doors?|lanes?|bomb\w*|attack\w*|vests?|missions?|runs?|sprints?|drills?|blondes?|"
    r"kings?|knobs?|silence|seats?|hills?|pass(?:es)?|tackles?|defending|defen[cs]e|backpass|"
    r"moves?|decisions?|pace|driving|overtakes?|shifts?|girls?|boys?|fashion"
)
# "That pass was suicidal": a risky move in sport, driving or business.
_FIGURATIVE_SUBJECT = (
    r"pass|tackle|move|decision|idea|plan|strategy|defending|driving|pace|schedule|run|"
    r"overtake|launch|price|pricing|timing"
)
_AWARENESS_AFTER = (
    r"prevention|awareness|research|first[\s-]aid|loss|bereavement|postvention|intervention|"
    r"safety|survivors?|crisis\s+(?:line|centre|center|service)|helpline|hotline|lifeline|"
    r"support\s+(?:group|line)|charity|foundation|fundraiser"
)
_LAUGHTER = regex.compile(r"\b(?:lol|lmao|lmfao|rofl|haha\w*|jk|jokes?|joking)\b|😂|🤣|💀|😆|😅|🙃")
# "I used to...", "years ago": a story of something survived, not a crisis happening now.
_PAST = regex.compile(
    r"\b(?:used\s+to|years?\s+ago|months\s+ago|back\s+then|when\s+I\s+was|survived|survivor|"
    r"recover(?:y|ed|ing)|clean\s+(?:for|since)|no\s+longer|anymore\s+today|in\s+the\s+past)\b",
    regex.IGNORECASE,
)
# "I" in either case (social posts often write "i"), "me/my" in any case.
_FIRST_PERSON = regex.compile(r"\b(?:[Ii](?:['’](?:m|ve|d|ll))?|(?i:me|my|myself|mine))\b")

_TOPIC = regex.compile(
    rf"""
    (?P<crisis>
        \bkill(?:ing)?\s+myself\b
        (?<!\b(?:almost|nearly|practically|basically)\s+kill(?:ing)?\s+myself)
        (?!\s+(?:laughing|trying|over|at\s+(?:the\s+)?(?:gym|work|office|practice)
               |with\s+(?:work|this|these|that|laughter)
               |to\s+(?:get|finish|make|meet|hit|keep|stay|please|impress|learn|be\s+ready)
               |for\s+(?:this|that|it|a|the|you|them)))
      | \b(?:end|ending|take|taking)\s+my\s+(?:own\s+)?life\b(?!\s+back)
      | \b(?:want|wanted|wanting|wanna)\s+to\s+die\b
        (?<!\b(?:don'?t|don’t|do\s+not|didn'?t|didn’t|never)\s+(?:want|wanted|wanting|wanna)
             \s+to\s+die)
        (?!\s+(?:of|from|in|at|on|happy|old|laughing|with|doing|before|when|knowing|a|an|the|
                 for|young|rich|peacefully|surrounded)\b)
      | \bend\s+it\s+all\b
      | \bbetter\s+off\s+(?:dead|without\s+me)\b
      | \b(?:no\s+reason|nothing(?:\s+left)?)\s+to\s+live\s+for\b
      | \bno\s+reason\s+to\s+live\b
      | \b(?:don'?t|don’t|do\s+not)\s+want\s+to\s+(?:live|be\s+alive|exist|wake\s+up)\s+
        (?:anymore|any\s+more|again)\b
      | \bwish\s+I\s+(?:was|were)\s+dead\b
      | \b(?:never|not)\s+(?:to\s+)?wake\s+up\s+(?:again|anymore|any\s+more)\b
      | \bI(?:'m|’m|\s+am|\s+feel|\s+felt|\s+have\s+been|'ve\s+been|’ve\s+been|\s+keep)\s+
        (?:so\s+|really\s+|feeling\s+|being\s+)?suicidal\b
    )
  | (?P<awareness>
        \bsuicid(?:e|al)[\s-]+(?:{_AWARENESS_AFTER})\b
      | \bprevent(?:s|ed|ing|ion\s+of)?\s+suicides?\b
      | \#suicide(?:prevention|awareness)\w*
    )
  | (?P<topic>
        \bsuicid(?:e|es|al|ality)\b
        (?<!\b(?:{_FIGURATIVE_BEFORE})[\s-]+suicid\w+)
        (?<!\b(?:{_FIGURATIVE_SUBJECT})\s+(?:was|is|looks|looked|seems|seemed)\s+
             (?:(?:absolutely|totally|completely|pretty|a\s+bit|bordering\s+on|borderline)\s+)?
             suicid\w+)
        (?<!\bvirgin\s+suicides)
        (?![\s-]+(?:{_FIGURATIVE_AFTER})\b)
      | \b(?:kill|kills|killed|killing)\s+(?:himself|herself|themselves|themself)\b
        (?<!\b(?:almost|nearly|practically|basically)\s+\w+\s+\w+)
        (?!\s+(?:laughing|trying|over|at\s+(?:the\s+)?(?:gym|work|office|practice)
               |with\s+(?:work|this|these|that|laughter)|to\s+\w+))
      | \b(?:took|take|taking|takes|ended|ending|ends)\s+(?:his|her|their)\s+own\s+life\b
      | \bself[\s-]?(?:harm|harming|harmed|injury|injuries|injuring|injure|injured)\b
      | \bcutting\s+{_SELF}\b
        (?!\s+(?:a|an|some|off|slack|short|out|in|free|loose|back|down)\b)
      | \bsuicide\s+(?:note|attempt|attempts|ideation|pact)s?\b
    )
    """,
    _FLAGS,
)

# Eating disorders: not a suicide topic, but a personal story about one deserves a content warning.
_EATING_DISORDER = regex.compile(
    r"\b(?:eating\s+disorders?|anorexi[ac]|bulimi[ac]|binge[\s-]eating(?:\s+disorder)?|arfid|"
    r"orthorexi[ac]|ed\s+recovery)\b|\#(?:ed|eatingdisorder|anorexia|bulimia)recovery\b",
    regex.IGNORECASE,
)


_EATING_DISORDER_HINTS = (
    "eating",
    "anorexi",
    "bulimi",
    "binge",
    "arfid",
    "orthorexi",
    "ed recovery",
    "edrecovery",
)


class TopicKind:
    CRISIS = "crisis"
    TOPIC = "topic"
    AWARENESS = "awareness"


@dataclass(frozen=True, slots=True)
class TopicMention:
    start: int
    end: int
    kind: str  # a TopicKind value
    first_person: bool


# Three checks ask for the mentions of the same draft; scan it once per analysis.
_MENTIONS: WeakKeyDictionary[AnalysisContext, tuple[TopicMention, ...]] = WeakKeyDictionary()


def topic_mentions(ctx: AnalysisContext) -> tuple[TopicMention, ...]:
    """Every real mention of suicide or self-harm, idioms, quotes and jokes left out."""
    cached = _MENTIONS.get(ctx)
    if cached is None:
        cached = _MENTIONS[ctx] = _find_mentions(ctx)
    return cached


# Every topic phrase contains one of these (lower case). Most posts contain none, and a substring
# test costs microseconds where the full pattern costs a millisecond; when one is there, only the
# sentences holding it are scanned.
_TOPIC_HINTS = (
    "suicid",
    "myself",
    "himself",
    "herself",
    "themsel",
    "own life",
    "my life",
    "to die",
    "end it all",
    "better off",
    "to live",
    "wish i",
    "self-harm",
    "self harm",
    "selfharm",
    "self-injur",
    "self injur",
    "be alive",
    "wake up",
)


def _hinted_sentences(ctx: AnalysisContext, hints: tuple[str, ...]) -> list[Token]:
    """The sentences holding one of `hints`, found with `str.find` (fast) and in text order."""
    lower = ctx.lower
    found: dict[int, Token] = {}
    for hint in hints:
        index = lower.find(hint)
        while index != -1:
            sentence = ctx.sentence_containing(index)
            found[sentence.start] = sentence
            index = lower.find(hint, max(sentence.end, index + 1))
    return [found[start] for start in sorted(found)]


def _find_mentions(ctx: AnalysisContext) -> tuple[TopicMention, ...]:
    mentions: list[TopicMention] = []
    matches = (
        match
        for sentence in _hinted_sentences(ctx, _TOPIC_HINTS)
        for match in _TOPIC.finditer(ctx.text, sentence.start, sentence.end)
    )
    # What a sentence says about its writer, read once per sentence: a long sentence with many
    # mentions would otherwise be read again for each of them.
    voice: dict[int, tuple[bool, bool, bool]] = {}
    for match in matches:
        start, end = match.span()
        if ctx.in_quotes(start, end):
            continue
        sentence = ctx.sentence_containing(start)
        kind = match.lastgroup or TopicKind.TOPIC
        if sentence.start not in voice:
            voice[sentence.start] = (
                bool(_FIRST_PERSON.search(sentence.text)),
                bool(_LAUGHTER.search(sentence.text)),
                bool(_PAST.search(sentence.text)),
            )
        first_person, laughing, past = voice[sentence.start]
        if kind == TopicKind.CRISIS:
            if laughing:
                continue  # "I want to die lol": hyperbole far more often than not
            # "want to die" is only the writer's crisis when the writer is the subject.
            if not first_person or past:
                kind = TopicKind.TOPIC
        mentions.append(TopicMention(start, end, kind, first_person))
    return tuple(mentions)


# --- help resources ----------------------------------------------------------------------------

_HELPLINES_FILE = Path(__file__).resolve().parent.parent / "data" / "helplines.yml"


@dataclass(frozen=True, slots=True)
class Helpline:
    name: str
    regions: frozenset[str]
    numbers: tuple[str, ...]
    texts: dict[str, str]
    source: str

    def text_for(self, language: str) -> str:
        return self.texts.get(language) or self.texts["en"]


def _helpline(entry: dict[str, Any]) -> Helpline:
    return Helpline(
        name=str(entry["name"]),
        regions=frozenset(str(region).upper() for region in entry.get("regions", ())),
        numbers=tuple(str(number) for number in entry.get("numbers", ())),
        texts={str(key): str(value) for key, value in entry["text"].items()},
        source=str(entry["source"]),
    )


@cache
def helplines() -> tuple[tuple[Helpline, ...], Helpline]:
    """(the regional lines, the international fallback) from data/helplines.yml."""
    data = yaml.safe_load(_HELPLINES_FILE.read_text(encoding="utf-8"))
    return tuple(_helpline(entry) for entry in data["lines"]), _helpline(data["fallback"])


def helpline_for(locale: str) -> Helpline:
    """The line for a locale's region ("en-GB" -> Samaritans); the directory when unknown."""
    subtags = locale.replace("_", "-").split("-")
    region = subtags[-1].upper() if len(subtags) > 1 else ""
    regional, fallback = helplines()
    for line in regional:
        if region in line.regions:
            return line
    return fallback


@dataclass(frozen=True, slots=True)
class _ResourcePiece:
    """One way a post can point to help, scanned only when its gate holds: a digit in the text
    and/or a word (or word start) that every match contains. Most posts pass no gate, and one
    alternation of all four pieces cost a third of a millisecond on every caption."""

    lower: regex.Pattern[str]  # matched against the lower-cased text: 4x faster than IGNORECASE
    any_case: regex.Pattern[str]  # for texts whose lower-case form has another length ("İ")
    needs_digit: bool
    words: frozenset[str] = frozenset()  # whole words, any one of which must occur
    word_starts: tuple[str, ...] = ()  # or words starting with one of these
    start_prefixes: frozenset[str] = frozenset()  # their first three letters

    def gate(self, ctx: AnalysisContext) -> bool:
        if self.needs_digit and _DIGIT.search(ctx.text) is None:
            return False
        if not self.words and not self.word_starts:
            return True
        if not self.words.isdisjoint(ctx.word_set):
            return True
        # First a set intersection on three-letter starts (C speed), then the few candidates.
        if self.start_prefixes.isdisjoint(ctx.word_prefixes):
            return False
        return any(ctx.has_word_starting_with(start) for start in self.word_starts)


_DIGIT = re.compile(r"\d")


def _resource_pieces() -> tuple[_ResourcePiece, ...]:
    regional, _ = helplines()
    numbers = {number for line in regional for number in line.numbers}
    # A long number is distinctive on its own; a short one ("113", "142") only after "call"/"text".
    long_numbers = sorted((n for n in numbers if sum(c.isdigit() for c in n) >= 5), key=len)
    short_numbers = sorted((n for n in numbers if sum(c.isdigit() for c in n) < 5), key=len)

    def alternation(items: list[str]) -> str:
        return "|".join(regex.escape(item) for item in reversed(items))

    def piece(
        pattern: str, *, needs_digit: bool, words: str = "", starts: str = ""
    ) -> _ResourcePiece:
        return _ResourcePiece(
            regex.compile(pattern, regex.VERBOSE),
            regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE),
            needs_digit,
            frozenset(words.split()),
            tuple(starts.split()),
            frozenset(start[:3] for start in starts.split()),
        )

    return (
        piece(rf"(?<!\d)(?:{alternation(long_numbers)})(?!\d)", needs_digit=True),
        piece(
            rf"""\b(?:call|text|dial|ring|phone|tel|bel|appelle[rz]?|anrufen|ruf|llama|ligue)\b
            [^\n\d]{{0,24}}(?<!\d)(?:{alternation(short_numbers)})(?!\d)""",
            needs_digit=True,
            words="call text dial ring phone tel bel appelle appeller appellez anrufen ruf llama "
            "ligue",
        ),
        piece(
            r"""\b(?:help\s?lines?|hotlines?|lifeline|crisis\s+(?:line|text\s+line|support|team
            |service|centre|center)|samaritans|befrienders|findahelpline|telefonseelsorge
            |tele-?manas|crisis\s+text|text\s+\w+\s+to\s+\d{5,6}|741741|85258|beyond\s?blue
            |kids\s+help\s+phone|talk\s?suicide|seelsorge|zelfmoordpreventie|112|911|999
            |000\s+in\s+an\s+emergency)\b""",
            needs_digit=False,
            starts="help hotline lifeline crisis samaritans befrienders findahelpline "
            "telefonseelsorge tele text 741741 85258 beyond kids talk seelsorge "
            "zelfmoordpreventie 112 911 999 000",
        ),
        piece(
            r"\b(?:988lifeline|samaritans|findahelpline|lifeline|113|3114|telefonseelsorge)\.\w+",
            needs_digit=False,
            starts="988lifeline samaritans findahelpline lifeline 113 3114 telefonseelsorge",
        ),
    )


_RESOURCE_PIECES = _resource_pieces()
_RESOURCE_SPANS: WeakKeyDictionary[AnalysisContext, tuple[int, int] | None] = WeakKeyDictionary()


def help_resource_span(ctx: AnalysisContext) -> tuple[int, int] | None:
    """Where the post first points to help (a helpline, a crisis text line), or None. Found once
    per draft: the help-resource check and the engine's positive signal both ask."""
    if ctx in _RESOURCE_SPANS:
        return _RESOURCE_SPANS[ctx]
    lower = ctx.lower
    same_offsets = len(lower) == len(ctx.text)
    best: tuple[int, int] | None = None
    for piece in _RESOURCE_PIECES:
        if not piece.gate(ctx):
            continue
        match = piece.lower.search(lower) if same_offsets else piece.any_case.search(ctx.text)
        # Leftmost wins; at one position the earlier piece, as in one alternation.
        if match is not None and (best is None or match.start() < best[0]):
            best = match.span()
    _RESOURCE_SPANS[ctx] = best
    return best


def has_help_resource(ctx: AnalysisContext) -> bool:
    """Whether the post already points to help (a helpline, a crisis text line)."""
    return help_resource_span(ctx) is not None


def _strongest(mentions: tuple[TopicMention, ...]) -> TopicMention:
    order = {TopicKind.CRISIS: 0, TopicKind.TOPIC: 1, TopicKind.AWARENESS: 2}
    return min(mentions, key=lambda m: (order[m.kind], m.start))


@code_check(
    "WB-HELP-RESOURCE",
    panel=Panel.WELLBEING,
    severity=Severity.STRONG,
    why="Safe messaging asks every post about suicide or self-harm to show where help is.",
    source=_AFSP,
)
def missing_help_resource(ctx: AnalysisContext) -> Iterator[Hit]:
    mentions = topic_mentions(ctx)
    if not mentions or has_help_resource(ctx):
        return
    mention = _strongest(mentions)
    line = helpline_for(ctx.draft.locale)
    suggestion = line.text_for(ctx.draft.locale.replace("_", "-").split("-")[0].lower())
    if mention.kind == TopicKind.CRISIS:
        message = (
            "It sounds like you might be going through something really hard. If so, you don't "
            f"have to carry it alone: {line.name} is there for you. Adding it to the post also "
            "helps readers who feel the same."
        )
        severity = Severity.STRONG
    elif mention.kind == TopicKind.TOPIC:
        message = (
            "This post talks about suicide or self-harm but doesn't say where to find help. "
            "A line like this can reach a reader who is struggling right now."
        )
        severity = Severity.WARN
    else:
        message = (
            "A post about suicide prevention is a good place to share a helpline, so a reader "
            "who needs one finds it right here."
        )
        severity = Severity.INFO
    # The span is the sentence that raised the topic; the fix adds the line right after it.
    sentence = ctx.sentence_containing(mention.start)
    yield Hit(
        sentence.start,
        sentence.end,
        message,
        suggestions=(f"{sentence.text}\n\n{suggestion}",),
        severity=severity.value,
    )


# --- method and location -----------------------------------------------------------------------

# Phrases that tell how someone died or tried to, with no other word needed.
_METHOD_EXPLICIT = regex.compile(
    rf"""
    \b(?P<past>(?:hanged|hung)\s+(?:him|her|them)sel(?:f|ves))\b
  | \b(?:hang|hanging)\s+{_SELF}\b
  | (?<!\b(?:accidentally|nearly|almost)\s+)
    \b(?P<past>shot\s+(?:him|her|them)sel(?:f|ves))\b
    (?!\s+(?:in\s+the\s+(?:foot|feet|leg)|a|an|some|\d))
  | \bshoot(?:ing)?\s+myself\b(?!\s+(?:in\s+the\s+foot|a|an|some|\d))
  | \b(?:slit|slits|slitting|slashed|cut|cutting)\s+(?:his|her|their|my)\s+(?:own\s+)?
    (?:wrists?|throat)\b
  | \b(?P<past>(?:threw|thrown)\s+(?:him|her|them)sel(?:f|ves)\s+(?:off|from|in\s+front\s+of|
       under)\s+(?:a|an|the)\s+\w+)
  | \b(?:throw|throwing)\s+{_SELF}\s+(?:off|from|in\s+front\s+of|under)\b
  | \b(?P<past>(?:poisoned|gassed|electrocuted|suffocated|drowned)\s+(?:him|her|them)sel(?:f|ves))
    \b
  | \b(?:took|taken|take|taking)\s+an\s+overdose\b
  | \b(?:was|were|been)\s+found\s+hanging\b
    """,
    _FLAGS,
)
_METHOD_HINTS = (
    "hang",
    "hung",
    "shot",
    "shoot",
    "slit",
    "slash",
    "wrist",
    "throat",
    "threw",
    "thrown",
    "throw",
    "poison",
    "gassed",
    "electrocut",
    "suffocat",
    "drown",
    "overdose",
)
# Words that describe a method or place, reported only in a sentence about suicide or self-harm
# (or the sentence after one): "jumped off the bridge" is a summer swim anywhere else.
_METHOD_IN_CONTEXT = regex.compile(
    r"""
    \b(?:hang(?:ed|ing)?|noose|rope|ligature|overdos(?:e|ed|es|ing)|pills?|tablets?|paracetamol|
         acetaminophen|jump(?:ed|ing|s)?\s+(?:off|from)|bridge|cliff|rooftop|train\s+tracks?|
         railway\s+(?:line|tracks?)|gun|firearm|pistol|rifle|shotgun|bullet|shot|razor|blades?|
         knife|wrists?|poison(?:ed|ing)?|carbon\s+monoxide|exhaust\s+fumes|bleach|drown(?:ed|ing)?)\b
  | \bin\s+(?:his|her|their)\s+(?:bed)?(?:room|garage|cell|bathroom|car|dorm(?:\s+room)?|
         apartment|flat)\b
    """,
    _FLAGS,
)
# Means-restriction advice and statistics are prevention, which the guidelines encourage.
_PREVENTION = regex.compile(
    r"\b(?:prevent\w*|safe(?:ly)?\s+stor\w*|storage|lock(?:ed|s|box|boxes)?|barriers?|nets?|"
    r"fenc\w*|means\s+restriction|restrict\w*|dispos\w*|secur\w*|rates?|percent|statistic\w*|"
    r"data|research|stud(?:y|ies))\b|%",
    regex.IGNORECASE,
)


@code_check(
    "WB-SUICIDE-METHOD",
    panel=Panel.WELLBEING,
    severity=Severity.STRONG,
    why="Describing how or where someone died by suicide can lead vulnerable readers to copy it.",
    source=_ROS,
)
def suicide_method(ctx: AnalysisContext) -> Iterator[Hit]:
    # Explicit phrases come in text order without overlaps: a bisection finds whether a word
    # found in context is already inside one.
    reported: list[tuple[int, int]] = []
    explicit = (
        match
        for sentence in _hinted_sentences(ctx, _METHOD_HINTS)
        for match in _METHOD_EXPLICIT.finditer(ctx.text, sentence.start, sentence.end)
    )
    for match in explicit:
        start, end = match.span()
        if ctx.in_quotes(start, end):
            continue
        reported.append((start, end))
        past = match.group("past") is not None
        yield Hit(
            start,
            end,
            "This names how someone died or was hurt. Saying that they died by suicide is "
            "enough; the method can put readers at risk.",
            suggestions=("died by suicide",) if past else (),
        )
    mentions = [m for m in topic_mentions(ctx) if m.kind != TopicKind.AWARENESS]
    if not mentions:
        return
    sentences = ctx.sentences
    topic_sentences = {ctx.sentence_containing(m.start) for m in mentions}
    # The sentence after a mention often carries the details ("She died by suicide. She was...").
    for index, sentence in enumerate(sentences):
        if sentence in topic_sentences and index + 1 < len(sentences):
            topic_sentences.add(sentences[index + 1])
    for sentence in sorted(topic_sentences, key=lambda s: s.start):
        if _PREVENTION.search(sentence.text):
            continue
        for start, end in _joined(
            ctx.text,
            (
                (sentence.start + m.start(), sentence.start + m.end())
                for m in _METHOD_IN_CONTEXT.finditer(sentence.text)
            ),
        ):
            if ctx.in_quotes(start, end) or _inside_any(reported, start):
                continue
            yield Hit(
                start,
                end,
                f"'{ctx.text[start:end]}' tells readers how or where. Leave the method and place "
                "out; for example: 'She died by suicide.'",
            )


def _inside_any(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` lies in one of `spans` (sorted, not overlapping)."""
    index = bisect_right(spans, (offset, math.inf)) - 1
    return index >= 0 and offset < spans[index][1]


def _joined(
    text: str, spans: Iterable[tuple[int, int]], gap: int = 20
) -> Iterator[tuple[int, int]]:
    """Neighbouring spans as one ("overdosed on pills", not "overdosed" and "pills")."""
    current: tuple[int, int] | None = None
    for start, end in spans:
        between = text[current[1] : start] if current is not None else ""
        if current is not None and len(between) <= gap and not regex.search(r"[,;:.!?]", between):
            current = (current[0], end)
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


# --- content warnings --------------------------------------------------------------------------

_CONTENT_WARNING = regex.compile(
    r"(?:^|[\s(\[])(?:cw|tw|cn)\b\s*[:/\-–—]?|\b(?:content|trigger)\s+(?:warning|note)s?\b|⚠",
    regex.IGNORECASE,
)


# "My town's suicide rates" is about numbers, not a story of the writer's own.
_STATISTIC_AFTER = regex.compile(r"\s+(?:rates?|statistics|stats|data|figures|numbers)\b", regex.I)


@code_check(
    "WB-CONTENT-WARNING",
    panel=Panel.WELLBEING,
    severity=Severity.INFO,
    why="A content warning at the top lets readers choose whether and when to read a hard story.",
    source=_CHATSAFE,
)
def missing_content_warning(ctx: AnalysisContext) -> Iterator[Hit]:
    subjects: list[str] = []
    suicide_story = any(
        m.first_person
        and m.kind != TopicKind.AWARENESS
        and not _STATISTIC_AFTER.match(ctx.text, m.end)
        for m in topic_mentions(ctx)
    )
    if suicide_story:
        mentioned = " ".join(ctx.text[m.start : m.end].lower() for m in topic_mentions(ctx))
        if regex.search(r"harm|injur|cutting", mentioned):
            subjects.append("self-harm")
        if not subjects or regex.search(r"suicid|kill|life|die|dead|live|alive|wake", mentioned):
            subjects.append("suicide")
    ed_matches = (
        match
        for sentence in _hinted_sentences(ctx, _EATING_DISORDER_HINTS)
        for match in _EATING_DISORDER.finditer(ctx.text, sentence.start, sentence.end)
    )
    for match in ed_matches:
        if ctx.in_quotes(*match.span()):
            continue
        if _FIRST_PERSON.search(ctx.sentence_containing(match.start()).text):
            subjects.append("eating disorder")
            break
    if not subjects:
        return
    first_line = next((line for line in ctx.lines if line.text.strip()), None)
    if first_line is None or _CONTENT_WARNING.search(first_line.text):
        return
    label = ", ".join(subjects)
    yield Hit(
        first_line.start,
        first_line.end,
        f"This is a personal story about {label}. A short warning on the first line lets "
        "readers decide when they are ready to read it.",
        suggestions=(f"CW: {label}\n\n{first_line.text}",),
    )


# --- hype --------------------------------------------------------------------------------------

# Words that promise more than a post can deliver. "Amazing" and friends are ordinary warmth
# ("our amazing volunteers"), so they count half; the metric needs several signals together.
_HYPE_STRONG = regex.compile(
    r"\b(?:insane(?:ly)?|unbelievabl[ey]|mind[\s-]?blowing|jaw[\s-]?dropping|game[\s-]?chang\w+|"
    r"life[\s-]?changing|revolutionary|unreal|once[\s-]in[\s-]a[\s-]lifetime|unmissable|"
    r"biggest\s+ever|best\s+(?:deal|offer|price|sale)s?\s+ever|craziest|epic|ultimate|"
    r"mega|explosive|out\s+of\s+this\s+world|like\s+never\s+before)\b",
    regex.IGNORECASE,
)
# A piece of every strong-hype phrase, to skip the scan on calm posts (substring tests).
_HYPE_HINTS = (
    "insane",
    "unbelievabl",
    "blowing",
    "dropping",
    "game chang",
    "game-chang",
    "gamechang",
    "life chang",
    "life-chang",
    "revolutionary",
    "unreal",
    "lifetime",
    "unmissable",
    "biggest ever",
    "best deal",
    "best offer",
    "best price",
    "best sale",
    "craziest",
    "epic",
    "ultimate",
    "mega",
    "explosive",
    "this world",
    "never before",
)
_HYPE_MILD_WORDS = frozenset(
    """amazing incredible incredibly awesome huge massive stunning crazy wild perfect absolutely
    literally totally""".split()  # noqa: SIM905 - a word list reads best as words
)
_HYPE_MILD = regex.compile(
    r"\b(?:amazing|incredible|incredibly|awesome|huge|massive|stunning|crazy|wild|perfect|"
    r"absolutely|literally|totally)\b",
    regex.IGNORECASE,
)
# "!!", "?!", "!?!" and the emoji forms; a single "!" is friendly and never counts.
_BANG_RUN = regex.compile(r"[!?]*![!?]*[!?]|‼️?|⁉️?|(?:❗️?){2,}")
_WORDS_PER_POINT = 100 / 2  # at least 2 hype points per 100 words
_LOUD_SENTENCE = 2.0  # a sentence with a superlative and a "!!", or two superlatives


@dataclass(frozen=True, slots=True)
class HypeScore:
    word_points: float  # superlatives: 1 each, "amazing"-style words 0.5, shouted ones +0.5
    mark_points: float  # one per "!!"/"?!" run
    words: int

    @property
    def points(self) -> float:
        return self.word_points + self.mark_points

    @property
    def is_hype(self) -> bool:
        """Three points with at least one real superlative (or two milder ones): "INSANE
        deal!!! mind-blowing!!" is hype, "Best day ever!!! So grateful!!!" is joy. Long posts
        need proportionally more (two points per hundred words)."""
        return (
            self.points >= 3
            and self.word_points >= 1
            and self.points * _WORDS_PER_POINT >= self.words
        )


_HYPE_WORD = regex.compile(
    rf"(?P<strong>{_HYPE_STRONG.pattern})|(?P<mild>{_HYPE_MILD.pattern})", regex.IGNORECASE
)


def hype_score(text: str, words: int) -> HypeScore:
    word_points = 0.0
    for match in _HYPE_WORD.finditer(text):
        shouted = match.group().isupper() and len(match.group()) > 2
        if match.lastgroup == "strong":
            word_points += 1.5 if shouted else 1.0
        else:
            word_points += 1.0 if shouted else 0.5
    return HypeScore(word_points, float(len(_BANG_RUN.findall(text))), words)


def _still_hype(ctx: AnalysisContext, start: int, end: int) -> bool:
    """Whether the post would still read as hype with text[start:end] calmed."""
    calmed = ctx.text[:start] + _calmer(ctx.text[start:end]) + ctx.text[end:]
    return hype_score(calmed, ctx.word_count).is_hype


def _calmer(text: str) -> str:
    """Collapse "!!!" and "?!" to one mark and lower-case shouted hype words."""

    def one_mark(match: regex.Match[str]) -> str:
        return "?" if "?" in match.group() or "⁉" in match.group() else "!"

    def quieter(match: regex.Match[str]) -> str:
        word = match.group()
        return word.lower() if word.isupper() else word

    calmer = _BANG_RUN.sub(one_mark, text)
    calmer = _HYPE_STRONG.sub(quieter, calmer)
    return _HYPE_MILD.sub(quieter, calmer)


@code_check(
    "WB-HYPE",
    panel=Panel.WELLBEING,
    severity=Severity.INFO,
    why="Stacked superlatives and exclamation marks push readers instead of informing them.",
    source=_PROSELINT_HYPERBOLE,
)
def hype(ctx: AnalysisContext) -> Iterator[Hit]:
    if not ctx.text:
        return
    lower = ctx.lower
    hinted = any(word in lower for word in _HYPE_HINTS)
    if not hinted and not (
        _BANG_RUN.search(ctx.text) and any(word in lower for word in _HYPE_MILD_WORDS)
    ):
        return  # no superlative, and no "!!" with an "amazing": nothing can add up to hype
    if not hype_score(ctx.text, ctx.word_count).is_hype:
        return
    # The span runs over the sentences that carry the hype (the loudest one at least).
    loud = [s for s in ctx.sentences if hype_score(s.text, 0).points >= _LOUD_SENTENCE]
    if not loud:
        loud = [max(ctx.sentences, key=lambda s: (hype_score(s.text, 0).points, -s.start))]
    start, end = loud[0].start, loud[-1].end
    if _still_hype(ctx, start, end):
        # Calming the loudest sentences would leave the post as loud as before: the fix (and so
        # the span) covers every sentence that adds to it.
        adding = [s for s in ctx.sentences if hype_score(s.text, 0).points > 0]
        start, end = min(start, adding[0].start), max(end, adding[-1].end)
    original = ctx.text[start:end]
    suggestion = _calmer(original)
    if _still_hype(ctx, start, end):
        suggestion = original  # calmer marks are not enough here: the message says what is
    yield Hit(
        start,
        end,
        "This reads as a lot of hype (superlatives and repeated '!'). One calm, specific claim "
        "is easier to trust — for example: 'A deal I'm genuinely happy about.'",
        suggestions=(suggestion,) if suggestion != original else (),
        passage=True,
    )
