"""Authenticity checks: engagement bait, broadcast tone, call-to-action stacks, missing
invitations and hashtag piles.

Engagement bait (Meta's 2017 and 2019 announcements) is a request for a reaction whose answer is
dictated: "LIKE this if you're an Aries", "❤️ for pizza, 👍 for tacos", "share with 5 friends to
win", "tag someone who...", "comment YES". Two things keep these checks precise:

- the request must open a clause ("Like this if…" after a full stop, a line break, an emoji or
  "please"), so "I'd like this if…" and "would love it if you came" are ordinary sentences;
- a post asking for real help (a missing pet, a fundraiser, "any tips?") may ask people to share,
  tag or comment. That exception is the YAML rule AU-HELP-EXEMPT (rules/authenticity/
  HelpExempt.yml), which the engine shows as a positive signal; the bait checks here read the
  same rule and stay quiet when it matches, so widening the exception is a change to data.

The metrics (AU-BROADCAST, AU-CTA-STACK, AU-NO-INVITE, AU-HASHTAG-STUFF) have thresholds chosen
to leave ordinary posts alone; each constant says why.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from weakref import WeakKeyDictionary

import regex

from studio.feedback.checks.registry import code_check
from studio.feedback.checks.transparency import commercial_facts
from studio.feedback.checks.wellbeing import topic_mentions
from studio.feedback.context import AnalysisContext, Hit, Token
from studio.feedback.model import Panel, Severity
from studio.feedback.rulepacks import Rule, builtin_packs

_FLAGS = regex.IGNORECASE | regex.VERBOSE
_META_2017 = "https://about.fb.com/news/2017/12/news-feed-fyi-fighting-engagement-bait-on-facebook/"
_NAAMAN = "https://doi.org/10.1145/1718918.1718953"
_MATHUR = "https://webtransparency.cs.princeton.edu/dark-patterns/"

HELP_EXEMPT_ID = "AU-HELP-EXEMPT"

# An emoji as people type it: a pictograph with its variation selector, skin tone or ZWJ partners,
# or a keycap ("1️⃣").
_EMOJI = (
    r"(?:\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*"
    r"|[0-9#*]\uFE0F?\u20E3)"
)

# --- the real-help exception -------------------------------------------------------------------


@cache
def _help_exempt_rule() -> Rule | None:
    return next((r for r in builtin_packs().rules if r.rule_id == HELP_EXEMPT_ID), None)


def asks_for_real_help(ctx: AnalysisContext) -> bool:
    """True when AU-HELP-EXEMPT matches the post (and the writer has not turned it off)."""
    rule = _help_exempt_rule()
    if rule is None or ctx.draft.rule_settings.is_off(HELP_EXEMPT_ID):
        return False
    return next(iter(rule.find(ctx)), None) is not None


# --- where a request starts --------------------------------------------------------------------

# A clause opens at the start of the text or a line, after terminal or list punctuation, a comma,
# a dash or an emoji; white space, bullets and a few softeners ("please", "so", "and",
# "everyone") may follow before the request itself.
_CLAUSE_START = regex.compile(
    r"""
    [\n.!?:;,(\[\-–—•*>|/"“\p{Extended_Pictographic}\u20E3]
    (?:\s|[\-–—•*>\uFE0F\u200D\p{Emoji_Modifier}])*
    (?i:(?:please|pls|plz|so|just|now|and|then|go|quick|also|everyone|everybody|guys|friends|
          y['’]?all|ok|okay)\b[\s,!]*)*
    """,
    regex.VERBOSE,
)
# Clause starts of a draft, computed once and shared by the five bait checks.
_STARTS: WeakKeyDictionary[AnalysisContext, tuple[tuple[int, str], ...]] = WeakKeyDictionary()
# The first word of a clause, lower-cased.
_FIRST_WORD = regex.compile(r"[a-z]+")


def clause_starts(ctx: AnalysisContext) -> tuple[int, ...]:
    """Where a request could begin: bait is only bait when it opens a clause ("Like this if…"),
    never inside one ("I'd like this if…"). Scanning only these places keeps the checks cheap."""
    return tuple(start for start, _ in _clause_openings(ctx))


def _clause_openings(ctx: AnalysisContext) -> tuple[tuple[int, str], ...]:
    """Each clause start with its first word in lower case ("" for an emoji or a digit)."""
    openings = _STARTS.get(ctx)
    if openings is None:
        found = {m.end() for m in _CLAUSE_START.finditer(ctx.text) if m.end() < len(ctx.text)}
        opening = _CLAUSE_START.match("\n" + ctx.text)  # the text's own start opens a clause
        found.add(max(opening.end() - 1, 0) if opening else 0)
        lower = ctx.lower
        openings = _STARTS[ctx] = tuple(
            (start, word.group() if (word := _FIRST_WORD.match(lower, start)) else "")
            for start in sorted(found)
        )
    return openings


_REQUEST_BREAK = regex.compile(rf"[.!?\n]|{_EMOJI}")
# What a request that opens with an emoji needs ("❤️ if you agree", "🔥 for part 2").
_EMOJI_HOOK = regex.compile(rf"{_EMOJI}\s*(?:this\s+)?(?:if|for)\b", regex.IGNORECASE)
_NEXT_LIST_NUMBER = regex.compile(r"\s+\d{1,2}[.)]$")


def _sentence_end(ctx: AnalysisContext, start: int, after: int = -1) -> int:
    """Where a request that starts at `start` ends: its sentence's end, or earlier where another
    clause opens after an emoji ("Like if you remember this 😂 Share if…" is two requests)."""
    end = ctx.sentence_containing(start).end
    numbered = _NEXT_LIST_NUMBER.search(ctx.text, start, end)
    if numbered is not None:  # "… 3. Tag 3 friends 4. Share …": stop before the next item
        end = numbered.start()
    for opening in clause_starts(ctx):
        if max(start, after) < opening < end:
            before = ctx.text[start:opening].rstrip()
            # A new request starts with a capital ("😂 Share if…"); "🔥 if you agree" goes on.
            if before and _REQUEST_BREAK.fullmatch(before[-1]) and ctx.text[opening].isupper():
                return start + len(before)
    return end


# --- AU-REACT-BAIT -----------------------------------------------------------------------------

_REACT = regex.compile(
    rf"""
    (?:
        (?:like|double[\s-]?tap|react(?:\s+with\s+\S+)?|
           (?:hit|smash|tap)\s+(?:that|the)\s+(?:like|heart|{_EMOJI})(?:\s+button)?|
           give\s+(?:this|it)\s+an?\s+(?:like|heart|{_EMOJI}))
        \s+(?:(?:this|it|the\s+post|this\s+(?:post|photo|pic|picture|video|reel|tweet))\s+)?
      | (?:love|heart)\s+this(?:\s+(?:post|photo|pic|picture|video|reel))?\s+
      | {_EMOJI}\s*(?:this\s+)?
    )
    (?P<hook>if\b(?!\s+you\s+(?:think|ask)\b)|for\s+(?:more|part\s+\w+|like|a\s+(?:chance|shout-?out|follow)|luck|good\s+luck)\b)
    """,
    _FLAGS,
)
_REACT_FIRST_WORDS = frozenset(
    {"", "like", "double", "react", "hit", "smash", "tap", "give", "love", "heart"}
)
_IF_CLAUSE = regex.compile(r"\bif\s+(?P<clause>.+)$", regex.IGNORECASE | regex.DOTALL)
_QUESTION_FORMS = (
    (regex.compile(r"^you(?:['’]re|\s+are)\s+", regex.IGNORECASE), "Are you "),
    (regex.compile(r"^you(?:['’]ve|\s+have)\s+", regex.IGNORECASE), "Have you "),
    (regex.compile(r"^you\s+were\s+", regex.IGNORECASE), "Were you "),
    (regex.compile(r"^you\s+can\s+", regex.IGNORECASE), "Can you "),
    (regex.compile(r"^you(?:['’]d|\s+would)\s+", regex.IGNORECASE), "Would you "),
    (regex.compile(r"^you(?:['’]ll|\s+will)\s+", regex.IGNORECASE), "Will you "),
    (regex.compile(r"^you\s+(?!do\b)", regex.IGNORECASE), "Do you "),
)
_TRAILING_NOISE = regex.compile(rf"(?:[\s.!?,;:]|{_EMOJI})+$")


def question_from_condition(clause: str) -> str | None:
    """ "you're an Aries" -> "Are you an Aries?"; None when the clause is not about "you"."""
    clause = _TRAILING_NOISE.sub("", clause.strip())
    for pattern, opening in _QUESTION_FORMS:
        if pattern.match(clause):
            return opening + pattern.sub("", clause, count=1) + "?"
    return None


def _bait_clauses(
    ctx: AnalysisContext, pattern: regex.Pattern[str], first_words: frozenset[str]
) -> Iterator[regex.Match[str]]:
    """Matches of `pattern` at clause starts. Only clauses opening with one of `first_words`
    (or, when "" is among them, with no word: an emoji) are tried, which keeps this cheap."""
    if first_words.isdisjoint(ctx.word_set) and not (
        "" in first_words and _EMOJI_HOOK.search(ctx.text) is not None
    ):
        # None of the verbs is in the post (every pattern wants its verb as a whole word), and
        # no emoji opens an "if"/"for" request: the clause starts need not be found at all.
        return
    taken_until = -1
    for start, word in _clause_openings(ctx):
        if start < taken_until or word not in first_words:
            continue  # another request's words ("Like, comment and share"), or not a bait verb
        match = pattern.match(ctx.text, start)
        if match is not None and not ctx.in_quotes(*match.span()):
            taken_until = match.end()
            yield match


@dataclass(frozen=True, slots=True)
class _Bait:
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...]


def _quiet_if_real_help(ctx: AnalysisContext, baits: list[_Bait]) -> Iterator[Hit]:
    # The exception is read only when there is bait: most posts never pay for it.
    if baits and not asks_for_real_help(ctx):
        for bait in baits:
            yield Hit(bait.start, bait.end, bait.message, bait.suggestions)


@code_check(
    "AU-REACT-BAIT",
    panel=Panel.AUTHENTICITY,
    severity=Severity.WARN,
    why="Asking for reactions with a dictated answer is engagement bait: it games the feed "
    "instead of starting a conversation, and platforms demote it.",
    source=_META_2017,
)
def react_bait(ctx: AnalysisContext) -> Iterator[Hit]:
    baits: list[_Bait] = []
    votes: list[tuple[int, int]] | None = None
    matches = list(_bait_clauses(ctx, _REACT, _REACT_FIRST_WORDS))
    for index, match in enumerate(matches):
        if votes is None:
            votes = [(v.start, v.end) for v in _vote_baits(ctx)]
        if any(start <= match.start() < end for start, end in votes):
            continue  # "❤️ for pizza, 👍 for tacos" is vote bait, reported once as such
        end = max(_sentence_end(ctx, match.start(), match.end()), match.end())
        if index + 1 < len(matches) and matches[index + 1].start() < end:
            # "Like this if you're an Aries, like this if…": the question is built from this
            # request's own condition, not from the next request.
            end = match.start() + len(
                ctx.text[match.start() : matches[index + 1].start()].rstrip(" ,;:-–—")
            )
        request = ctx.text[match.start() : end]
        condition = _IF_CLAUSE.search(request) if match.group("hook").lower() == "if" else None
        question = question_from_condition(condition.group("clause")) if condition else None
        suggestion = f"{question} I'd love to hear your take." if question else None
        baits.append(
            _Bait(
                match.start(),
                end,
                "This asks for a reaction with the answer already decided. An open question "
                "invites a real reply, e.g. 'Which sign are you — and does it fit?'",
                (suggestion,) if suggestion else (),
            )
        )
    yield from _quiet_if_real_help(ctx, baits)


# --- AU-VOTE-BAIT ------------------------------------------------------------------------------

_REACTION_WORD = r"(?:like|love|haha|wow|sad|angry|care|share|comment|react|thumbs\s+up)"
_REACTION_WORDS = (
    "like",
    "love",
    "haha",
    "wow",
    "sad",
    "angry",
    "care",
    "share",
    "comment",
    "react",
    "thumbs",
)
_VOTE_OPTION = regex.compile(
    rf"""
    (?P<key>{_EMOJI}|\b{_REACTION_WORD}\b)
    \s*(?:=|:|for|if\s+you\s+(?:pick|choose|prefer|want|like|love|say))\s*
    (?P<option>[^\s,;/|.!?\n=]{{1}}[^,;/|.!?\n=]{{0,39}}?)
    \s*(?=$|[,;/|.!?\n]|\bor\b|{_EMOJI}|\b{_REACTION_WORD}\b)
    """,
    _FLAGS,
)
_VOTE_PHRASE = regex.compile(
    r"\b(?:vote\s+(?:with|using)\s+(?:your\s+|a\s+|an\s+)?(?:reactions?|emojis?|likes?)|"
    r"react\s+to\s+vote)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Vote:
    start: int
    end: int
    options: tuple[str, ...]


# AU-VOTE-BAIT and AU-REACT-BAIT both read the votes of a draft: found once.
_VOTES: WeakKeyDictionary[AnalysisContext, list[_Vote]] = WeakKeyDictionary()


def _vote_baits(ctx: AnalysisContext) -> list[_Vote]:
    """Two or more reaction-to-option pairs on one line: "❤️ for pizza, 👍 for tacos"."""
    cached = _VOTES.get(ctx)
    if cached is None:
        cached = _VOTES[ctx] = _find_votes(ctx)
    return cached


def _find_votes(ctx: AnalysisContext) -> list[_Vote]:
    votes: list[_Vote] = []
    line_start = 0
    for line_text in ctx.lower.split("\n"):
        start, end = line_start, line_start + len(line_text)
        line_start = end + 1
        # Two options need two "for", "=" or ":" on the line; most lines have fewer. And each
        # option starts with an emoji or a reaction word.
        if line_text.count(" for ") + line_text.count("=") + line_text.count(":") < 2:
            continue
        if line_text.isascii() and not any(word in line_text for word in _REACTION_WORDS):
            continue
        pairs = [
            m
            for m in _VOTE_OPTION.finditer(ctx.text, start, end)
            if _opens_option(ctx.text, m.start())
        ]
        keys = {m.group("key").lower() for m in pairs}
        if len(pairs) >= 2 and len(keys) >= 2:
            options = tuple(m.group("option").strip() for m in pairs)
            votes.append(_Vote(pairs[0].start(), pairs[-1].end(), options))
    phrases = _VOTE_PHRASE.finditer(ctx.text) if "vote" in ctx.lower else iter(())
    for match in phrases:
        if not any(v.start <= match.start() < v.end for v in votes):
            votes.append(_Vote(match.start(), match.end(), ()))
    return votes


_OPTION_OPENING = regex.compile(rf"(?:^|[\n,;/|(\[.!?:\-–—•]|\bor|\band|{_EMOJI})\s*$", _FLAGS)


def _opens_option(text: str, start: int) -> bool:
    return _OPTION_OPENING.search(text, max(0, start - 12), start) is not None


@code_check(
    "AU-VOTE-BAIT",
    panel=Panel.AUTHENTICITY,
    severity=Severity.WARN,
    why="Mapping reactions to answers is engagement bait: it counts clicks instead of hearing "
    "what people think.",
    source=_META_2017,
)
def vote_bait(ctx: AnalysisContext) -> Iterator[Hit]:
    baits: list[_Bait] = []
    for vote in _vote_baits(ctx):
        suggestions: tuple[str, ...] = ()
        if len(vote.options) >= 2:
            choices = " or ".join(vote.options)
            suggestions = (f"{choices[0].upper()}{choices[1:]}? Tell me why.",)
        baits.append(
            _Bait(
                vote.start,
                vote.end,
                "Voting with reactions counts clicks, not opinions. Ask the question and let "
                "people answer in their own words, e.g. 'Pizza or tacos? Tell me why.'",
                suggestions,
            )
        )
    yield from _quiet_if_real_help(ctx, baits)


# --- AU-SHARE-BAIT -----------------------------------------------------------------------------

_SHARE_VERB = r"(?:share|repost|retweet|reshare|rt|boost|forward)"
_SHARE = regex.compile(
    rf"""
    (?P<friends>{_SHARE_VERB}\s+(?:this\s+(?:post\s+)?|it\s+)?(?:with|to)\s+
        (?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all\s+(?:of\s+)?your|
        every(?:one|body)\s+you\s+know)\s+(?:\p{{L}}+\s+)?(?:friends|people|contacts|groups|
        followers|family|members)\b)
  | (?P<win>(?:(?:like|comment|follow|subscribe|save|tag(?:\s+\p{{L}}+){{0,3}})
        \s*(?:,|&|\+|and)\s*)*
        {_SHARE_VERB}\b[^.!?\n]{{0,40}}?\b(?:to\s+(?:win|enter|be\s+entered|qualify|unlock)|
        for\s+a\s+chance\s+to\s+win|and\s+win)\b)
  | (?P<agree>{_SHARE_VERB}\s+(?:this\s+(?:post\s+)?|it\s+)?if\s+you\b)
  | (?P<deleted>{_SHARE_VERB}\s+(?:this\s+)?(?:before|or)\s+(?:it['’]?s\s+|it\s+gets\s+)?
        (?:deleted|removed|taken\s+down|censored)\b)
  | (?P<story>{_SHARE_VERB}\s+(?:this\s+)?(?:on|to)\s+your\s+(?:story|stories|wall|timeline|feed)
        \s+(?:to|and|for)\b)
    """,
    _FLAGS,
)
_SHARE_FIRST_WORDS = frozenset(
    """share repost retweet reshare rt boost forward like comment follow subscribe save
    tag""".split()  # noqa: SIM905 - a word list reads best as words
)
_NOBODY_SHARES = regex.compile(
    r"\b(?:(?:\d+|one|a)\s*%|most\s+people|nobody|no\s+one)\s+(?:of\s+people\s+)?"
    r"(?:won['’]?t|will\s+not|doesn['’]?t|don['’]?t)\s+(?:share|repost|have\s+the\s+guts)\b",
    regex.IGNORECASE,
)


@code_check(
    "AU-SHARE-BAIT",
    panel=Panel.AUTHENTICITY,
    severity=Severity.WARN,
    why="Asking people to share for a prize or to prove they agree is engagement bait; a post "
    "worth sharing gets shared without the push.",
    source=_META_2017,
)
def share_bait(ctx: AnalysisContext) -> Iterator[Hit]:
    baits: list[_Bait] = []
    for match in _bait_clauses(ctx, _SHARE, _SHARE_FIRST_WORDS):
        end = max(_sentence_end(ctx, match.start(), match.end()), match.end())
        if match.group("win"):
            advice = "Run the giveaway without forced sharing, e.g. an entry form or a reply."
            suggestions: tuple[str, ...] = ()
        else:
            advice = "Ask what people think instead and let them share if they want to."
            suggestions = ("What do you think? I'd love to hear.",)
        baits.append(
            _Bait(
                match.start(), end, f"This asks people to share on command. {advice}", suggestions
            )
        )
    dares = _NOBODY_SHARES.finditer(ctx.text) if "%" in ctx.lower or "won" in ctx.lower else ()
    for match in dares:
        if not ctx.in_quotes(*match.span()):
            start = ctx.sentence_containing(match.start()).start
            baits.append(
                _Bait(
                    start,
                    _sentence_end(ctx, match.start()),
                    "Daring people to share is engagement bait. Say why the post matters to you "
                    "instead.",
                    (),
                )
            )
    yield from _quiet_if_real_help(ctx, baits)


# --- AU-TAG-BAIT -------------------------------------------------------------------------------

_TAG = regex.compile(
    r"""
    \btag\s+(?:
        some(?:one|body)|any(?:one|body)|
        (?:a|an|your|one|two|three|four|five|\d+|that|those|the)\s+(?:\p{L}+\s+){0,2}?
        (?:friends?|mates?|buddy|buddies|besties?|bff|bffs|bestie|partner|person|people|sister|
           brother|mum|mom|dad|colleague|coworker|co-worker|squad|crew|gang|fam|other\s+half|
           significant\s+other|who|that)
    )\b
    (?!\s+in\s+(?:the|these|those|your|this|our)\s+(?:photos?|pics?|pictures?|album|post|video))
    """,
    _FLAGS,
)


@code_check(
    "AU-TAG-BAIT",
    panel=Panel.AUTHENTICITY,
    severity=Severity.WARN,
    why="Asking people to tag friends is engagement bait: it spreads the post by obligation "
    "rather than because someone found it worth passing on.",
    source=_META_2017,
)
def tag_bait(ctx: AnalysisContext) -> Iterator[Hit]:
    baits = [
        _Bait(
            match.start(),
            max(_sentence_end(ctx, match.start(), match.end()), match.end()),
            "This asks people to tag friends on command. A softer line leaves it to them.",
            ("Know someone this would help? Send it their way if you like.",),
        )
        for match in _bait_clauses(ctx, _TAG, frozenset({"tag"}))
    ]
    yield from _quiet_if_real_help(ctx, baits)


# --- AU-COMMENT-BAIT ---------------------------------------------------------------------------

# Lower-case answers that only make sense as a dictated reply ("comment yes", "type amen").
_DICTATED_WORDS = (
    r"(?:amen|yes|yes\s+please|me|me\s+too|link|info|guide|pdf|ready|done|want|interested|"
    r"details|mine|send|dm)"
)
# After a dictated answer comes a condition, a pointer to the comments or the end of the clause.
_ANSWER_END = rf"(?=\s*(?:if|and|below|in\s+the\s+comments|to\b|for\b|[.!,]|{_EMOJI}|$))"
# "Say YES if you agree" dictates a comment; "Say YES to summer" is a slogan.
_SAID_ANSWER_END = rf"(?=\s*(?:if|below|in\s+the\s+comments|[.!,]|{_EMOJI}|$))"
_LINK_WORDS = regex.compile(
    r"\b(?:link|guide|pdf|info|details|send|dm|code|list|recipe|checklist|template|ebook|e-book)\b",
    regex.IGNORECASE,
)
# Capitals that are not a dictated answer: Roman numerals ("Type II"), units and common acronyms.
_ROMAN_OR_UNIT = r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,3}|DM|PM|AM|US|UK|EU|ID|TV|UV|CV|PR|FAQ|URL|ASAP)"
_COMMENT = regex.compile(
    rf"""
    (?:
        (?:comment|type|reply(?:\s+with)?|write)\s+(?:(?:below|with|the\s+word|a|an|your|me|us)\s+)*
        (?P<answer>
            ["“'‘][^"”'’\n]{{1,24}}["”'’]
          | (?-i:(?!{_ROMAN_OR_UNIT}\b)\p{{Lu}}{{2,}}(?:\s+\p{{Lu}}{{2,}})?)\b
          | \d{{1,2}}\b(?=\s*(?:if|for|and|or|below|in\s+the\s+comments|to\b|[.!,]|{_EMOJI}|$))
          | {_EMOJI}+
          | {_DICTATED_WORDS}\b{_ANSWER_END}
        )
      | (?:drop|leave|say|put)\s+(?:(?:a|an|your|me|us|some|the\s+word)\s+)*
        (?P<answer2>
            ["“'‘][^"”'’\n]{{1,24}}["”'’]
          | (?-i:(?!{_ROMAN_OR_UNIT}\b)\p{{Lu}}{{2,}})\b{_SAID_ANSWER_END}
          | {_EMOJI}+
        )
    )
    """,
    _FLAGS,
)


_COMMENT_FIRST_WORDS = frozenset(
    {"comment", "type", "reply", "write", "drop", "leave", "say", "put"}
)


@code_check(
    "AU-COMMENT-BAIT",
    panel=Panel.AUTHENTICITY,
    severity=Severity.WARN,
    why="Dictating the comment ('comment YES') games the feed; a genuine open question starts "
    "a real conversation.",
    source=_META_2017,
)
def comment_bait(ctx: AnalysisContext) -> Iterator[Hit]:
    baits: list[_Bait] = []
    for match in _bait_clauses(ctx, _COMMENT, _COMMENT_FIRST_WORDS):
        end = max(_sentence_end(ctx, match.start(), match.end()), match.end())
        answer = match.group("answer") or match.group("answer2") or ""
        if _LINK_WORDS.search(answer):
            message = (
                "This makes people comment to get a link. Put the link in the post (or your bio) "
                "so nobody has to ask for it."
            )
            suggestions: tuple[str, ...] = ("The link is in my bio.",)
        else:
            message = (
                "This dictates the comment. Ask a genuine open question instead, e.g. 'What "
                "would you add?'"
            )
            suggestions = ("What would you add?",)
        baits.append(_Bait(match.start(), end, message, suggestions))
    yield from _quiet_if_real_help(ctx, baits)


# --- calls to action (shared by AU-BROADCAST and AU-CTA-STACK) ---------------------------------

# Each kind of action once: "Sign up at the link" is one action, a sign-up (the link is only the
# way there), so "route" phrases never count towards a stack.
_CTA = regex.compile(
    r"""
    (?P<buy>\b(?:shop|buy|order|purchase)\s+(?:now|today|online|here|yours|it|them|one|the|our|
                 this|these|from)\b
          | \b(?:get|grab|snag)\s+yours\b|\bshop\s+(?:the|our)\s+\p{L}+
          | \badd\s+to\s+(?:cart|basket)\b
          | \bpre-?order\b|\buse\s+(?:my\s+|our\s+|the\s+)?(?:code|coupon|discount\s+code)\b
          | \b(?:dm|message)\s+(?:us\s+|me\s+)?to\s+(?:order|buy|book|purchase)\b
          | \b(?:buy|shop|order)\b(?=\s*(?:[!.,]|and\b|$)))
  | (?P<signup>\bsign\s+up\b|\bregister\s+(?:now|today|here|at|for|by|via|on)\b|\brsvp\b
          | \benrol+\s+(?:now|today)\b|\bjoin\s+(?:now|today|the\s+waitlist)\b)
  | (?P<share>\b(?:share|repost|retweet|reshare)\s+(?:this|it|now|with|the\s+post|if|to)\b
          | \b(?:share|repost|retweet|reshare)\b(?=\s*(?:[!.,]|and\b|$)))
  | (?P<follow>\bfollow\s+(?:us|me|@\w+|for\s+more)\b|\bsubscribe\b
          | \bturn\s+on\s+(?:post\s+)?notifications\b|\bhit\s+(?:the\s+)?(?:bell|subscribe)\b)
  | (?P<react>\b(?:double[\s-]?tap|smash\s+(?:that|the)\s+like)\b)
  | (?P<tag>\btag\s+(?:a|your|some(?:one|body)|\d+|three|two)\b)
  | (?P<dm>\b(?:dm|message|email|call|text|whatsapp)\s+(?:us|me)\b(?!\s+(?:know|if)\b))
  | (?P<download>\bdownload\s+(?:now|today|the|our|it|your)\b|\binstall\s+(?:now|the\s+app)\b)
  | (?P<book>\bbook\s+(?:now|today|your|a|online|here|via|at)\b|\breserve\s+(?:now|your|a)\b)
  | (?P<donate>\bdonate\s+(?:now|today|here|at|via|to)\b)
  | (?P<route>\blink\s+in\s+(?:(?:my|our|the)\s+)?bio\b|\b(?:click|tap|hit)\s+(?:the\s+)?
          (?:link|here|button)\b|\bswipe\s+up\b|\b(?:visit|check\s+out)\s+(?:our|the|my)\s+
          (?:website|site|shop|store|page|profile)\b|\b(?:learn|find\s+out|read)\s+more\b
          | \bhead\s+(?:over\s+)?to\s+(?:our|the|my)\s+(?:website|site|shop|store)\b)
    """,
    _FLAGS,
)


# "Link in bio", "learn more": the way to an action, not an action of its own.
_NOT_PRESSURE = frozenset({"route"})


@dataclass(frozen=True, slots=True)
class _Cta:
    start: int
    end: int
    kind: str


# The first word of every call to action above; the pattern is tried only at these words.
_CTA_FIRST_WORDS = frozenset(
    """shop buy order purchase get grab snag add pre-order preorder pre use dm message sign
    register rsvp enrol enroll join share repost retweet reshare follow subscribe turn hit double
    double-tap smash tag email call text whatsapp download install book reserve donate link click
    tap swipe visit check learn find read head""".split()  # noqa: SIM905 - a word list reads best as words
)


# Each word's first run of ASCII letters ("pre" for "pre-order"): what the draft's word set holds.
_CTA_FIRST_RUNS = {word: word.split("-")[0] for word in _CTA_FIRST_WORDS}


def _cta_word_starts(ctx: AnalysisContext) -> list[int]:
    """Where a word of `_CTA_FIRST_WORDS` starts. `str.find` per word beats one regex
    alternation of fifty words, which the `regex` module tries at every position, and a word
    absent from the draft's word set is not searched at all. (The word set's runs include "_",
    which `isalnum` below does not count as part of a word: with one in the text, every word is
    searched.)"""
    lower = ctx.lower
    words = ctx.word_set
    gated = "_" not in lower
    starts: list[int] = []
    for word in _CTA_FIRST_WORDS:
        if gated and _CTA_FIRST_RUNS[word] not in words:
            continue
        index = lower.find(word)
        while index != -1:
            end = index + len(word)
            if (index == 0 or not lower[index - 1].isalnum()) and (
                end == len(lower) or not lower[end].isalnum()
            ):
                starts.append(index)
            index = lower.find(word, end)
    return sorted(set(starts))


# AU-BROADCAST and AU-CTA-STACK read the same calls to action: found once per draft.
_CTAS: WeakKeyDictionary[AnalysisContext, tuple[_Cta, ...]] = WeakKeyDictionary()


def _ctas(ctx: AnalysisContext) -> tuple[_Cta, ...]:
    cached = _CTAS.get(ctx)
    if cached is not None:
        return cached
    found: list[_Cta] = []
    taken_until = -1
    for start in _cta_word_starts(ctx):
        if start < taken_until:
            continue
        match = _CTA.match(ctx.text, start)
        if match is not None and not ctx.in_quotes(match.start(), match.end()):
            found.append(_Cta(match.start(), match.end(), match.lastgroup or "route"))
            taken_until = match.end()
    cached = _CTAS[ctx] = tuple(found)
    return cached


# First person as a voice: "I", "we" and their forms. "our" and "us" are left out on purpose:
# "Shop our sale. DM us." is the broadcast this check is about.
_VOICE = regex.compile(r"\b(?:i|i['’](?:m|ve|d|ll)|me|my|myself|we|we['’](?:re|ve|d|ll))\b")
_INVITATION = regex.compile(
    r"""
    \?
  | \b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|(?:I|we)['’]?d\s+love\s+to\s+(?:hear|know|see)|
       love\s+to\s+hear|share\s+your|your\s+(?:thoughts|stories|story|experiences?|tips|ideas|
       favou?rites?|take)|reply|comment\s+below|drop\s+(?:me|us)\s+a\s+(?:line|note|message)|
       come\s+(?:by|say|along|join|visit|and|over)|join\s+us|see\s+you|say\s+hi|hit\s+me\s+up|
       reach\s+out|get\s+in\s+touch|feel\s+free|my\s+door\s+is\s+open|happy\s+to\s+(?:chat|help|
       answer)|ask\s+(?:me|us)\s+anything|questions\s+welcome|hope\s+to\s+see|would\s+love\s+to)\b
    """,
    _FLAGS,
)

# AU-BROADCAST: two actions (or three calls to action counting "link in bio"-style pointers) in at
# least half of the sentences, with no first-person voice, no question or invitation, and not a
# reply. "Sign up at the link in bio!" is one action and never trips it; "Shop now. Link in bio.
# Buy today. DM to order." always does.
BROADCAST_MIN_ACTIONS = 2
BROADCAST_MIN_CTAS = 3
BROADCAST_MIN_CTA_SHARE = 0.5


@code_check(
    "AU-BROADCAST",
    panel=Panel.AUTHENTICITY,
    severity=Severity.INFO,
    why="People tune out posts that only push: a personal line and a question make a post "
    "read like a person, not an advert.",
    source=_NAAMAN,
)
def broadcast(ctx: AnalysisContext) -> Iterator[Hit]:
    text = ctx.text.strip()
    if not text or text.startswith("@") or "?" in text or _VOICE.search(ctx.lower):
        return
    if _INVITATION.search(ctx.text):
        return
    ctas = _ctas(ctx)
    actions = [c for c in ctas if c.kind not in _NOT_PRESSURE]
    if len(actions) < BROADCAST_MIN_ACTIONS and len(ctas) < BROADCAST_MIN_CTAS:
        return
    sentences = ctx.sentences
    with_cta = sum(1 for s in sentences if any(s.start <= c.start < s.end for c in ctas))
    if with_cta / max(len(sentences), 1) < BROADCAST_MIN_CTA_SHARE:
        return
    last = ctx.sentence_containing(ctas[-1].start)
    yield Hit(
        ctas[0].start,
        max(ctas[-1].end, last.end),
        "This reads like an advert: calls to action, but no person and no question. Add a "
        "personal line and one question, e.g. 'I made this for rainy mornings — what's yours?'",
        (f"{ctx.text[ctas[0].start : max(ctas[-1].end, last.end)]}\n\nWhat do you think?",),
        passage=True,
    )


# AU-CTA-STACK: three different actions in one post ("click, sign up, share and buy"). Two is
# common and fine ("Sign up and bring a friend"); the catalogue's ">= 2" flagged ordinary posts.
CTA_STACK_MIN_KINDS = 3


@code_check(
    "AU-CTA-STACK",
    panel=Panel.AUTHENTICITY,
    severity=Severity.INFO,
    why="A pile of calls to action pressures readers; one clear, optional ask respects them.",
    source=_MATHUR,
)
def cta_stack(ctx: AnalysisContext) -> Iterator[Hit]:
    ctas = [c for c in _ctas(ctx) if c.kind not in _NOT_PRESSURE]
    kinds = {c.kind for c in ctas}
    if len(kinds) < CTA_STACK_MIN_KINDS:
        return
    first, last = ctas[0], ctas[-1]
    suggestions: tuple[str, ...] = ()
    sentence = ctx.sentence_containing(first.start)
    if sentence.start <= last.start < sentence.end:
        # All in one sentence: keep the first ask, up to the next comma or "and".
        clause_end = regex.search(r"\s*(?:,|\band\b|[.!?]|$)", ctx.text[first.end : sentence.end])
        stop = first.end + (clause_end.start() if clause_end else 0)
        ask = ctx.text[first.start : stop].strip()
        suggestions = (f"{ask[0].upper()}{ask[1:]} if you'd like.",)
    yield Hit(
        first.start,
        max(last.end, ctx.sentence_containing(last.start).end),
        f"{len(kinds)} different calls to action in one post. Pick the one that matters most "
        "and make it optional.",
        suggestions,
        passage=True,
    )


# --- AU-NO-INVITE ------------------------------------------------------------------------------

# Long enough that a reader settles in (the catalogue's "150-word monologue"); shorter posts
# ("Open till 6 today 🥐") don't need a question.
NO_INVITE_MIN_WORDS = 150
# A question would be out of place under news of a death or a crisis.
_GRIEF = regex.compile(
    r"\b(?:passed\s+away|funeral|rest\s+in\s+peace|rip|in\s+(?:loving\s+)?memory|obituary|"
    r"condolences|died|death|grief|grieving|memorial|mourn(?:ing)?)\b",
    regex.IGNORECASE,
)


@code_check(
    "AU-NO-INVITE",
    panel=Panel.AUTHENTICITY,
    severity=Severity.INFO,
    why="A long post with no question is a monologue; a genuine question turns it into a "
    "conversation.",
    source=_META_2017,
)
def no_invitation(ctx: AnalysisContext) -> Iterator[Hit]:
    if "?" in ctx.text or ctx.text.count(" ") + ctx.text.count("\n") < NO_INVITE_MIN_WORDS - 1:
        return  # a question already, or too short to be a monologue (words <= spaces + 1)
    if ctx.word_count < NO_INVITE_MIN_WORDS or _INVITATION.search(ctx.text):
        return
    if _GRIEF.search(ctx.text) or topic_mentions(ctx):
        return
    last: Token = ctx.sentences[-1]
    yield Hit(
        last.start,
        last.end,
        f"{ctx.word_count} words and no question for your readers. Ending with a genuine "
        "question invites them in.",
        (f"{last.text} What do you think?",),
    )


# --- AU-HASHTAG-STUFF --------------------------------------------------------------------------

_HASHTAG = regex.compile(r"(?<![\p{L}\p{N}_&#/])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*")
# Up to five hashtags never count (the catalogue's "3–5 relevant hashtags"). Above that, a pile is
# hashtags making up 30% of the words, or more than ten in any post.
HASHTAG_ALWAYS_FINE = 5
HASHTAG_ALWAYS_STUFFED = 10
HASHTAG_MAX_SHARE = 0.3
_BETWEEN_TAGS = regex.compile(rf"(?:\s|[,.·|•]|{_EMOJI})*")


@code_check(
    "AU-HASHTAG-STUFF",
    panel=Panel.AUTHENTICITY,
    severity=Severity.INFO,
    why="A pile of hashtags reads as reach-seeking rather than talking to people, and buries "
    "anything important in it.",
    source="https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers",
)
def hashtag_stuffing(ctx: AnalysisContext) -> Iterator[Hit]:
    if ctx.text.count("#") <= HASHTAG_ALWAYS_FINE:
        return
    tags = [m for m in _HASHTAG.finditer(ctx.text) if not ctx.in_quotes(*m.span())]
    if len(tags) <= HASHTAG_ALWAYS_FINE:
        return
    share = len(tags) / max(ctx.word_count, 1)
    if len(tags) <= HASHTAG_ALWAYS_STUFFED and share < HASHTAG_MAX_SHARE:
        return
    block = _longest_block(ctx.text, tags)
    suggestions: tuple[str, ...] = ()
    if len(block) > HASHTAG_ALWAYS_FINE:
        kept = _kept_hashtags(ctx, block)
        if len(kept) <= HASHTAG_ALWAYS_FINE:  # a pile of labels alone is the writer's to sort
            suggestions = (" ".join(m.group() for m in kept),)
    else:
        block = tags
    yield Hit(
        block[0].start(),
        block[-1].end(),
        f"{len(tags)} hashtags. Keep the 3–5 that describe the post best; the rest crowd out "
        "your words.",
        suggestions,
        passage=True,
    )


def _kept_hashtags(ctx: AnalysisContext, block: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The hashtags a trimmed pile keeps, in their order: every label ("#ad", "#gifted", even an
    unclear "#spon" — the transparency panel asks about those), then the first others up to
    five. Trimming hashtags must never take a disclosure with it."""
    facts = commercial_facts(ctx)
    labels = {(m.start, m.end) for m in (*facts.disclosures, *facts.ambiguous)}
    is_label = [tag.span() in labels for tag in block]
    room = max(HASHTAG_ALWAYS_FINE - sum(is_label), 0)
    kept = []
    for tag, label in zip(block, is_label, strict=True):
        if label or room:
            kept.append(tag)
            room -= 0 if label else 1
    return kept


def _longest_block(text: str, tags: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The longest run of hashtags with only spaces, punctuation or emoji between them."""
    # Indices, not copies of the run so far: copying made a long pile of hashtags quadratic.
    best_start, best_end = 0, 0
    run_start = 0
    for index, tag in enumerate(tags):
        if index and _BETWEEN_TAGS.fullmatch(text, tags[index - 1].end(), tag.start()) is None:
            run_start = index
        if index + 1 - run_start > best_end - best_start:
            best_start, best_end = run_start, index + 1
    return tags[best_start:best_end]
