"""Safe fixes: every finding's span and suggestions made safe to apply, in one place.

Checks and rules decide *where* a problem is and *what could replace it*. What a fix must never
damage is the same for all of them (FEEDBACK.md, "Measured both ways": disclosures, links,
mentions and the next sentence survive a fix, and punctuation is left tidy), so it is enforced
here, once, for every finding the engine reports — built-in checks, YAML rules, a user's Vale
styles and LanguageTool alike — instead of being re-implemented (or forgotten) rule by rule.

`make_safe` post-processes each finding:

1. **The highlight is clipped** at the first sentence end, hashtag or disclosure inside it. A
   phrase that runs on ("Tag a friend who needs this #ad and the next sentence") stops before
   "#ad". Spans that are *about* such elements (a pile of hashtags, "#sp", a link) are left
   whole, and so are passages (`Finding.passage`: a stretch a measure is about, such as the
   text over a platform's limit). Mentions and links are no barrier: "thanks @brand" is one
   phrase.
2. **Each suggestion becomes an exact `Edit`.** A suggestion is written for the rule's original
   span; its edit is the smallest whole-word change that turns that span into the suggestion
   (so "Ad: Use code X" for "Use code X" is an insertion of "Ad: "). When the span was clipped,
   the edit is fitted to the highlight: a case-only rewrite of the clipped-off part is dropped
   from it, a new phrase replaces only the highlighted words, and a rewrite that keeps every
   word of the clipped-off part (calmer punctuation) may touch it. Anything else is dropped.
3. **Protected elements survive.** A disclosure, link, mention or hashtag that the edit would
   cut, overwrite or lose is a reason to drop that suggestion — unless the finding is about that
   very element (the hashtag TR-AMBIGUOUS-LABEL replaces, the pile AU-HASHTAG-STUFF trims, the
   link PF-LINK moves to the bio). Disclosures are what the transparency checks recognise
   (`commercial_facts`): there is one detector, not two.
4. **The seams are tidied.** A removal takes the punctuation it orphans and the capital of the
   sentence it opened ("left!!! Hurry, sale" minus "Hurry" → "left!!! Sale"); a replacement
   ending a sentence swallows the old terminal punctuation; no doubled spaces or punctuation.
   That is why an edit may reach a few characters outside the highlighted span.

The finding keeps `suggestions` (what the highlighted words become, for people to read) and gets
`edits` (exactly what applying each one does); suggestions that cannot be made safe are dropped
from both, so the two stay parallel. Everything here is plain string work on short spans,
linear in the text; protected elements are found once per analysis and only when a finding
needs them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import accumulate

import regex

from studio.domain.platforms import find_hashtags, find_urls
from studio.feedback.checks.transparency import commercial_facts
from studio.feedback.context import AnalysisContext
from studio.feedback.model import Edit, Finding

__all__ = ["Protected", "edits_of", "make_safe", "protected_elements"]

DISCLOSURE = "disclosure"
LINK = "link"
MENTION = "mention"
HASHTAG = "hashtag"
# A changed letter breaks a link or a handle; a hashtag or a disclosure only changes its case.
_EXACT_KINDS = frozenset({LINK, MENTION})
# What a highlight must stop at (besides sentence ends): the start of a hashtag or disclosure.
_BARRIER_KINDS = frozenset({HASHTAG, DISCLOSURE})

# An @handle, also a Mastodon "@user@server.example"; not the "@" of an e-mail address.
_MENTION = regex.compile(
    r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?:@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)?"
)
_WORDS = regex.compile(r"[\p{L}\p{N}]+")

_SPACE = " \t\u00a0"  # white space within a line
_TERMINAL = ".!?…‼⁉"
_CLAUSE = ",;:"
# What a removal can orphan between two clauses: "sale, hurry, ends" or "sale — hurry — ends".
_JOINS = _CLAUSE + "—–"
_CLOSERS = "\"'”’)]»"
_OPENERS = "([{“‘«"
_PUNCTUATION = _CLAUSE + _TERMINAL + _CLOSERS
# Longer removed passages are not words said again ("hurry hurry"); no need to look for repeats.
_LONGEST_REPEAT = 40
# "e.g.", "i.e.", "U.S.", "p.m." just before: a full stop that does not end a sentence.
_ABBREVIATION = regex.compile(r"(?<![\p{L}\p{N}.])(?:\p{L}{1,2}\.){2,}[\"'”’)]*$")
# A sentence start inside a replacement: a letter after terminal punctuation (and closers) and
# white space, or at a line's start.
_INNER_START = regex.compile(r"(?<=[.!?‼⁉][\"'”’)\]»]*[ \t\n]+|\n[ \t]*)\p{Ll}")


@dataclass(frozen=True, slots=True)
class Protected:
    """Something in the post a fix must keep: a disclosure, a link, a mention or a hashtag."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def needle(self) -> str:
        """What must still be in the text after a fix (ignoring case where case is harmless)."""
        return self.text if self.kind in _EXACT_KINDS else self.text.casefold()


def protected_elements(ctx: AnalysisContext) -> tuple[Protected, ...]:
    """Every disclosure, link, mention and hashtag of the draft, in text order."""
    return _Post(ctx).protected


def edits_of(finding: Finding) -> tuple[Edit, ...]:
    """The exact edit of each of `finding.suggestions`. A finding that did not come through the
    engine has none: its suggestions replace the span, as they always did."""
    if len(finding.edits) == len(finding.suggestions):
        return finding.edits
    return tuple(Edit(finding.start, finding.end, s) for s in finding.suggestions)


def make_safe(findings: Iterable[Finding], ctx: AnalysisContext) -> list[Finding]:
    """`findings` with highlights clipped and each suggestion turned into a safe, tidy `Edit`
    (unsafe suggestions dropped). Spans must already lie inside `ctx.text`."""
    post = _Post(ctx)
    return [_safe(finding, post) for finding in findings]


# --------------------------------------------------------------------------------------------
# What one text offers: protected elements, sentence ends, its writer's capitalisation


class _Post:
    def __init__(self, ctx: AnalysisContext) -> None:
        self.ctx = ctx
        self.text = ctx.text

    @cached_property
    def protected(self) -> tuple[Protected, ...]:
        text = self.text
        found: list[Protected] = []
        facts = commercial_facts(self.ctx)
        # Ambiguous labels ("#spon", "in association with") are the writer's labelling too: a fix
        # for another rule must not take them away. TR-AMBIGUOUS-LABEL's own fix may replace them.
        for mark in (*facts.disclosures, *facts.ambiguous):
            found.append(Protected(DISCLOSURE, mark.start, mark.end, mark.text))
        found.extend(Protected(LINK, s, e, text[s:e]) for s, e in find_urls(text))
        found.extend(Protected(HASHTAG, s, e, text[s:e]) for s, e in find_hashtags(text))
        if "@" in text:
            links = [(p.start, p.end) for p in found if p.kind == LINK]
            found.extend(
                Protected(MENTION, m.start(), m.end(), m.group())
                for m in _MENTION.finditer(text)
                if not any(s <= m.start() < e for s, e in links)  # "@" inside a link's path
            )
        return tuple(sorted(found, key=lambda p: (p.start, p.end)))

    @cached_property
    def _starts(self) -> list[int]:
        return [p.start for p in self.protected]

    @cached_property
    def _reach(self) -> list[int]:
        """The furthest end of the elements so far: where to start looking for overlaps, in
        logarithmic time even after one very long link."""
        return list(accumulate((p.end for p in self.protected), max))

    @cached_property
    def barrier_starts(self) -> list[int]:
        return sorted({p.start for p in self.protected if p.kind in _BARRIER_KINDS})

    @cached_property
    def sentence_ends(self) -> list[int]:
        return [sentence.end for sentence in self.ctx.sentences]

    @cached_property
    def capitalises(self) -> bool:
        """Whether the writer starts sentences with a capital (most do; some write in lower
        case on purpose, and a fix should not change their voice)."""
        upper = lower = 0
        for sentence in self.ctx.sentences:
            first = sentence.text[:1]
            if self.inside_protected(sentence.start):
                continue  # "https://…", "@maya": not how the writer starts a sentence
            if first.isupper():
                upper += 1
            elif first.islower():
                lower += 1
        return upper >= lower

    def near(self, start: int, end: int) -> list[Protected]:
        """Protected elements overlapping [start, end], touching ends included."""
        if not self.protected:
            return []
        first = bisect_left(self._reach, start)
        last = bisect_right(self._starts, end)
        return [p for p in self.protected[first:last] if p.end >= start and p.start <= end]

    def inside_protected(self, offset: int) -> bool:
        return any(p.start <= offset < p.end for p in self.near(offset, offset))


# --------------------------------------------------------------------------------------------
# One finding


def _safe(finding: Finding, post: _Post) -> Finding:
    start, end = finding.start, finding.end
    if start == end and not finding.suggestions:
        return finding  # a remark about the whole post or an image: nothing to clip or edit
    about = _subjects(post, start, end)
    # A passage (an overflow, the sentences that read like an advert) is the point as a whole;
    # its fixes are still checked below like any other.
    shown = (start, end) if finding.passage else _clipped(post, start, end, about)
    suggestions: list[str] = []
    edits: list[Edit] = []
    for suggestion in finding.suggestions:
        made = _edit(post, (start, end), shown, suggestion, about)
        if made is not None:
            suggestions.append(made[0])
            edits.append(made[1])
    return replace(
        finding,
        start=shown[0],
        end=shown[1],
        suggestions=tuple(suggestions),
        edits=tuple(edits),
    )


def _subjects(post: _Post, start: int, end: int) -> frozenset[Protected]:
    """The protected elements this finding is about, which its fix may change or remove.

    A finding is about a hashtag or disclosure it lies inside ("#guiltfree", "#sp"), about a
    link or mention that is exactly its span, and — when its span holds nothing but protected
    elements (a pile of hashtags) — about each link, mention and hashtag in it. Never about a
    disclosure it merely contains: trimming a pile of hashtags must not lose "#ad".
    """
    near = post.near(start, end)
    if not near:
        return frozenset()
    about = {
        p
        for p in near
        if p.start <= start
        and end <= p.end
        and (p.kind in _BARRIER_KINDS or (p.start, p.end) == (start, end))
    }
    if end > start and _only_protected(post.text, start, end, near):
        about.update(p for p in near if start <= p.start and p.end <= end and p.kind != DISCLOSURE)
    return frozenset(about)


def _only_protected(text: str, start: int, end: int, near: list[Protected]) -> bool:
    """Whether [start, end) holds no word outside its links, mentions, hashtags, disclosures."""
    rest = list(text[start:end])
    for p in near:
        for index in range(max(p.start, start), min(p.end, end)):
            rest[index - start] = " "
    return not any(char.isalnum() for char in rest)


def _clipped(post: _Post, start: int, end: int, about: frozenset[Protected]) -> tuple[int, int]:
    """The highlight: the span without a hashtag or disclosure it opens with, and stopping
    before the first sentence end, hashtag or disclosure after its first words (white space,
    clause punctuation and an opening bracket trimmed)."""
    if end - start < 2:
        return start, end
    text = post.text
    if about and _only_protected(text, start, end, post.near(start, end)):
        return start, end  # the span is about its hashtags or links: they are the point
    barriers = post.barrier_starts
    first = start
    # "(affiliate link — …) Long sentence…", "AD: BUY NOW NOW": the words after the label.
    index = bisect_left(barriers, first)
    while index < len(barriers) and barriers[index] < end:
        if any(char.isalnum() for char in text[first : barriers[index]]):
            break
        label_end = max(
            p.end for p in post.near(barriers[index], barriers[index]) if p.start == barriers[index]
        )
        rest = _skip(text, label_end, _SPACE + "\n" + _PUNCTUATION + _OPENERS + "–—")
        if rest >= end or not any(char.isalnum() for char in text[rest:end]):
            return start, end  # nothing but labels: leave the span as the rule gave it
        first = rest
        index = bisect_left(barriers, first)
    limit = end
    ends = post.sentence_ends
    index = bisect_right(ends, first)
    while index < len(ends) and ends[index] < limit:
        if text[ends[index] : end].strip():
            limit = ends[index]
            break
        index += 1
    index = bisect_right(barriers, first)
    if index < len(barriers) and barriers[index] < limit:
        limit = barriers[index]
    kept = text[first:limit].rstrip(_SPACE + "\n" + _CLAUSE + _OPENERS + "–—")
    return (first, first + len(kept)) if kept else (start, end)


# --------------------------------------------------------------------------------------------
# One suggestion → one edit


def _edit(
    post: _Post,
    span: tuple[int, int],
    shown_span: tuple[int, int],
    suggestion: str,
    about: frozenset[Protected],
) -> tuple[str, Edit] | None:
    """(what the highlighted words become, the exact edit), or None when no safe edit exists.

    `span` is what the rule reported, and what its suggestion was written for; `shown_span`
    the highlight after clipping."""
    text = post.text
    start, end = span
    cut_start, cut_end, new = _smallest_change(text[start:end], suggestion)
    fitted = _fit(text, (start + cut_start, start + cut_end, new), shown_span)
    if fitted is None:
        return None
    edit_start, edit_end, new = fitted
    if new == text[edit_start:edit_end]:
        return None  # the suggestion is what is already there
    # What the highlighted words read like after the fix (the suggestion itself unless the fix
    # was narrowed to the highlight): the new text of the highlight and the edit together.
    shown = (
        text[min(shown_span[0], edit_start) : edit_start]
        + new
        + text[edit_end : max(shown_span[1], edit_end)]
    )
    tidy = _tidy(post, edit_start, edit_end, new)
    if _loses_protected(post, tidy, about):
        return None
    if tidy.capitalised and shown[:1].islower():
        shown = shown[0].upper() + shown[1:]
    return shown, tidy.edit


def _fit(
    text: str, edit: tuple[int, int, str], shown_span: tuple[int, int]
) -> tuple[int, int, str] | None:
    """Fit an edit written for the rule's whole span to the highlight (which may be narrower
    at either end)."""
    start, end, new = edit
    shown_start, shown_end = shown_span
    if end > shown_end:
        fitted = _fit_tail(text, start, end, new, shown_end)
        if fitted is None:
            return None
        start, end, new = fitted
    if start < shown_start:
        fitted = _fit_head(text, start, end, new, shown_start)
        if fitted is None:
            return None
        start, end, new = fitted
    return start, end, new


def _fit_tail(
    text: str, start: int, end: int, new: str, shown_end: int
) -> tuple[int, int, str] | None:
    cut = max(start, shown_end)
    tail = text[cut:end]
    if not tail.strip():
        return start, end, new  # only white space beyond the highlight; tidying decides
    if len(new) >= len(tail) and new[len(new) - len(tail) :].casefold() == tail.casefold():
        # A case-only rewrite of the words beyond the highlight ("THE ANSWERS" → "the
        # answers"): leave them as they are; the rule will judge them on their own.
        return start, cut, new[: len(new) - len(tail)]
    if _in_order(_words(tail), _words(new)):
        return start, end, new  # every word beyond is kept (calmer punctuation): fine
    if start < shown_end:
        return start, shown_end, new  # a new phrase for the highlighted words only
    return None


def _fit_head(
    text: str, start: int, end: int, new: str, shown_start: int
) -> tuple[int, int, str] | None:
    cut = min(end, shown_start)
    head = text[start:cut]
    if not head.strip():
        return start, end, new
    if new[: len(head)].casefold() == head.casefold():
        return cut, end, new[len(head) :]  # "AD: BUY NOW" → "Ad: buy now": "AD: " stays
    if _in_order(_words(head), _words(new)):
        return start, end, new
    if shown_start < end:
        return shown_start, end, new
    return None


def _smallest_change(old: str, new: str) -> tuple[int, int, str]:
    """The part of `old` that differs from `new`, in whole words: (start, end, replacement)."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    while prefix and not (_between_words(old, prefix) and _between_words(new, prefix)):
        prefix -= 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    while suffix and not (
        _between_words(old, len(old) - suffix) and _between_words(new, len(new) - suffix)
    ):
        suffix -= 1
    return prefix, len(old) - suffix, new[prefix : len(new) - suffix]


def _between_words(text: str, index: int) -> bool:
    """Whether `index` falls between two words rather than inside one ("#tag", "@name",
    "don't" and "self-care" are one word each)."""
    if index in (0, len(text)):
        return True
    return not (_in_word(text[index - 1]) and _in_word(text[index]))


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "#@_'’-"


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold())


def _in_order(needles: list[str], haystack: list[str]) -> bool:
    found = iter(haystack)
    return all(any(word == seen for seen in found) for word in needles)


# --------------------------------------------------------------------------------------------
# Tidying the seams


@dataclass(frozen=True, slots=True)
class _Tidied:
    edit: Edit
    capitalised: bool  # the replacement's first letter was capitalised to open a sentence


def _tidy(post: _Post, start: int, end: int, new: str) -> _Tidied:
    if new.strip(_SPACE):
        return _tidy_replacement(post, start, end, new)
    return _tidy_removal(post, start, end)


def _tidy_removal(post: _Post, start: int, end: int) -> _Tidied:
    """Remove text[start:end] and what it orphans: the comma after a sentence's first words,
    the "!" of a sentence that is now empty, a doubled space, an emptied line."""
    text, size = post.text, len(post.text)
    end = _repeats_end(text, start, end)
    # The sentence's own end mark stays ("tonight, hurry!" → "tonight!"); if the whole sentence
    # went, the mark follows below with it.
    words_end = _back(text, end, _TERMINAL + _CLOSERS)
    if any(char.isalnum() for char in text[start:words_end]):
        end = words_end
    left, right = start, end
    while left and text[left - 1] in _SPACE:
        left -= 1
    while right < size and text[right] in _SPACE:
        right += 1
    opens = _sentence_start(text, left)
    before = text[left - 1] if left else ""
    after = text[right] if right < size else ""
    if _one_of(after, _JOINS) and (opens or _one_of(before, _JOINS + _OPENERS)):
        right = _skip(text, right + 1, _SPACE)  # "left!!! Hurry, sale" → "left!!! sale"
        after = text[right] if right < size else ""
    if _one_of(after, _TERMINAL):
        if opens:  # the whole sentence went: its "!" goes too
            right = _skip(text, _skip(text, _skip(text, right, _TERMINAL), _CLOSERS), _SPACE)
        elif _one_of(before, _JOINS):  # "tonight, hurry!" → "tonight!"
            left = _back(text, left - 1, _SPACE)
    elif after in ("", "\n") and _one_of(before, _JOINS):
        left = _back(text, left - 1, _SPACE)  # "tonight, hurry⏎" → "tonight⏎"
    line_start = left == 0 or text[left - 1] == "\n"
    after = text[right] if right < size else ""
    if line_start and after == "\n":
        right = _skip(text, right, "\n")  # the line is now empty: so is its break
    elif line_start and not after and left:
        left = _back(text, left, "\n" + _SPACE)  # the last line went: its break too
    before = text[left - 1] if left else ""
    after = text[right] if right < size else ""
    # One space between words; none at a line's edge, after an opening bracket or before
    # punctuation.
    glued = before in ("", "\n") or _one_of(before, _OPENERS)
    joined = "" if glued or after in ("", "\n") or _one_of(after, _PUNCTUATION) else " "
    capital = _capital_wanted(post, text[start:end]) and _sentence_start(text, left)
    if capital and _capitalisable(post, right):
        return _Tidied(Edit(left, right + 1, joined + text[right].upper()), False)
    return _Tidied(Edit(left, right, joined), False)


def _repeats_end(text: str, start: int, end: int) -> int:
    """The end of the words removed from `start`, with their immediate repetitions: removing
    "Hurry" from "Hurry hurry hurry ✨" removes all three, not one of them."""
    words = text[start:end].strip(_SPACE + _TERMINAL + _CLOSERS + _CLAUSE)
    if not words or len(words) > _LONGEST_REPEAT or not _in_word(words[-1]):
        return end
    again = _repeat_pattern(words.casefold())
    while (match := again.match(text, end)) is not None and match.end() > end:
        end = match.end()
    return end


@lru_cache(maxsize=256)
def _repeat_pattern(words: str) -> regex.Pattern[str]:
    # Compiling costs far more than matching: the same few words come back on every keystroke.
    return regex.compile(
        rf"[{_SPACE},!]*{regex.escape(words)}(?![\p{{L}}\p{{N}}])!*", regex.IGNORECASE
    )


def _tidy_replacement(post: _Post, start: int, end: int, new: str) -> _Tidied:
    """Replace text[start:end] by `new` without doubled spaces or punctuation at either seam,
    and with capitals where a sentence now starts."""
    text, size = post.text, len(post.text)
    if new[0] in _SPACE and start and text[start - 1] in _SPACE:
        new = new.lstrip(_SPACE)
    if new[0] in _CLAUSE + _TERMINAL:
        start = _back(text, start, _SPACE)  # no space before punctuation
    if new[-1] in _SPACE and (end == size or text[end] in _SPACE + "\n" + _CLAUSE + _TERMINAL):
        new = new.rstrip(_SPACE)
    # Words never glue to their neighbours ("…if you like." + "affiliate link").
    if start and _in_word(text[start - 1]) and _in_word(new[0]):
        new = " " + new
    if end < size and _in_word(text[end]) and (_in_word(new[-1]) or new[-1] in _PUNCTUATION):
        new += " "
    ends_sentence = _one_of(new.rstrip(_CLOSERS + _SPACE)[-1:], _TERMINAL)
    comma = _back(text, start, _SPACE)
    if new[0].isupper() and ends_sentence and comma and text[comma - 1] in ",;":
        # A whole sentence in place of a clause: the comma before it becomes a full stop
        # ("…an Aries, Are you an Aries?" → "…an Aries. Are you an Aries?").
        new = "." + text[comma:start] + new
        start = comma - 1
    capitalised = False
    if (
        new[0].islower()
        and start < end
        and _capital_wanted(post, text[start:end])
        and _sentence_start(text, start)
    ):
        new = new[0].upper() + new[1:]  # "INSANE deal" → "Insane deal", not "insane deal"
        capitalised = True
    if post.capitalises:
        new = _capitalise_starts(text[max(0, start - 8) : start], new)
    if ends_sentence:
        # The replacement ends a sentence: the old ending goes ("like." + "!!!"), and what
        # follows starts a new sentence.
        after = _skip(text, end, _SPACE)
        if after < size and _one_of(text[after], _TERMINAL + _CLAUSE):
            end = _skip(text, after, _TERMINAL + _CLAUSE)
        following = _skip(text, end, _SPACE)
        if post.capitalises and following > end and _capitalisable(post, following):
            new += text[end:following] + text[following].upper()
            end = following + 1
    return _Tidied(Edit(start, end, new), capitalised)


def _capital_wanted(post: _Post, replaced: str) -> bool:
    """Whether the words that replace (or follow) `replaced` at a sentence start take a capital:
    as `replaced` did ("Hurry" yes, "hurry" no); after "48 hours" or "🔥", as the writer does."""
    first = replaced[:1]
    return first.isupper() if first.isalpha() else post.capitalises


def _capitalise_starts(before: str, new: str) -> str:
    """`new` with a capital on each sentence it starts after its first letter (which the caller
    decides), reading `before` (the text just before it) for the end of the previous one."""
    joined = before + new
    letters = list(new)
    for match in _INNER_START.finditer(joined, len(before) + 1):
        ahead = joined[: match.start()].rstrip()
        if _ABBREVIATION.search(ahead, max(0, len(ahead) - 16)) or ahead.endswith(("..", "…")):
            continue  # "e.g. this", "wait... what": no new sentence
        letters[match.start() - len(before)] = match.group().upper()
    return "".join(letters)


def _sentence_start(text: str, index: int) -> bool:
    """Whether a sentence starts at `index`: the text's or a line's start, or after ". ", "! "."""
    index = _back(text, index, _SPACE)
    if index == 0 or text[index - 1] == "\n":
        return True
    while index and text[index - 1] in _CLOSERS:
        index -= 1
    if not index or text[index - 1] not in _TERMINAL:
        return False
    return not _ABBREVIATION.search(text, max(0, index - 16), index)


def _capitalisable(post: _Post, index: int) -> bool:
    """Whether the word at `index` is a plain lower-case word (not "iPhone", "eBay", a link)."""
    text = post.text
    if index >= len(text) or not text[index].islower() or len(text[index].upper()) != 1:
        return False
    word_end = index
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    if not text[index:word_end].islower() or post.inside_protected(index):
        return False
    # "www.example.com" or "name@example.com" that no link finder caught is not a word.
    joined = text[word_end : word_end + 2]
    return not (joined[:1] == "@" or (joined[:1] == "." and joined[1:].isalnum()))


def _skip(text: str, index: int, chars: str) -> int:
    while index < len(text) and text[index] in chars:
        index += 1
    return index


def _one_of(char: str, chars: str) -> bool:
    """`char in chars` for one character; False for "" (which `in` finds in any string)."""
    return bool(char) and char in chars


def _back(text: str, index: int, chars: str) -> int:
    while index and text[index - 1] in chars:
        index -= 1
    return index


# --------------------------------------------------------------------------------------------
# The last word: is anything protected lost?


def _loses_protected(post: _Post, tidied: _Tidied, about: frozenset[Protected]) -> bool:
    """Whether the edit cuts, overwrites or loses a protected element the finding is not about.

    Compared by counting each element's text (case-insensitively for hashtags and disclosures)
    in the edited stretch before and after, so an element the replacement repeats ("#ad" kept
    by a calmer rewrite) survives, and one the edit cuts through does not.
    """
    edit = tidied.edit
    near = [p for p in post.near(edit.start, edit.end) if p not in about]
    if edit.start == edit.end:
        near = [p for p in near if p.start < edit.start < p.end]  # an insertion inside one
    else:
        near = [p for p in near if p.start < edit.end and edit.start < p.end]
    if not near:
        return False
    text = post.text
    low = min(p.start for p in near)
    high = max(p.end for p in near)
    window_start, window_end = min(low, edit.start), max(high, edit.end)
    before = text[window_start:window_end]
    after = text[window_start : edit.start] + edit.text + text[edit.end : window_end]
    folded_before, folded_after = before.casefold(), after.casefold()
    for needle, exact in {(p.needle, p.kind in _EXACT_KINDS) for p in near}:
        whole = _whole(needle)
        was = len(whole.findall(before if exact else folded_before))
        now = len(whole.findall(after if exact else folded_after))
        if now < was:
            return True
    return False


@lru_cache(maxsize=256)
def _whole(needle: str) -> regex.Pattern[str]:
    """`needle` as a whole: "affiliate link" is not in "likeaffiliate link"."""
    before = r"(?<![\p{L}\p{N}_])" if _in_word(needle[0]) else ""
    after = r"(?![\p{L}\p{N}_])" if _in_word(needle[-1]) else ""
    return regex.compile(before + regex.escape(needle) + after)
