"""The shared, lazily computed view of a draft that every check reads.

Tokenising once and sharing the result keeps `analyse` inside its few-millisecond budget: checks
ask for `words`, `sentences` or `lines` and pay for each only the first time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

import regex

from studio.domain.platforms import PlatformId
from studio.feedback.model import Draft

# A word: letters/digits with inner apostrophes or hyphens ("don't", "self-harm").
# (`[^\W_]` is "letter or number" in the standard library's `re`, which tokenises a caption about
# twice as fast as `regex` with `[\p{L}\p{N}]`; every check shares this one tokenisation.)
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Sentence ends: terminal punctuation runs, or line breaks (social posts use lines as sentences).
_SENTENCE_END = regex.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n+")
# Runs of ASCII word characters for `word_set` (rule anchors are ASCII). They split at least
# wherever `regex`'s `\b` does, so every word that a rule's `\b` sees start or end starts or
# ends a run here too; the standard library's `re` finds them several times faster.
_ASCII_WORD = re.compile(r"[a-z0-9_]+")
# Paragraphs are separated by a blank line (white space only).
_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n\s*")
# Quoted passages: curly or straight double quotes on one line, curly single quotes, and a straight
# single-quoted word or short phrase that is not an apostrophe ("it's 'lame'", not "don't").
_QUOTED = regex.compile(
    r"“[^”\n]*”|\"[^\"\n]*\"|‘(?:[^’\n]|’(?=\p{L}))*’(?![\p{L}\p{N}])"
    r"|(?<![\p{L}\p{N}])'(?:[^'\n]|'(?=\p{L})){1,60}'(?![\p{L}\p{N}])"
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Hit:
    """What a code check reports; the engine adds the rule's panel, severity, why and source."""

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    severity: str | None = None  # override the rule's default level for this hit
    platform: PlatformId | None = None  # the platform this hit is about (platform fit)
    # The span marks a stretch a measure is about (an overflow, several loud sentences, the
    # whole post), not a phrase: it is not clipped at sentence ends (`Finding.passage`).
    passage: bool = False


class AnalysisContext:
    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.text = draft.text

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def words(self) -> tuple[Token, ...]:
        return tuple(Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text))

    @cached_property
    def word_count(self) -> int:
        """`len(words)`, without building a token per word when only the number is wanted."""
        if "words" in self.__dict__:
            return len(self.words)
        return len(_WORD.findall(self.text))

    @cached_property
    def sentences(self) -> tuple[Token, ...]:
        """Sentence spans with surrounding white space trimmed; empty sentences are dropped."""
        spans: list[Token] = []
        start = 0
        for match in _SENTENCE_END.finditer(self.text):
            spans.append(self._trimmed(start, match.end()))
            start = match.end()
        spans.append(self._trimmed(start, len(self.text)))
        return tuple(s for s in spans if s.end > s.start)

    @cached_property
    def lines(self) -> tuple[Token, ...]:
        spans: list[Token] = []
        start = 0
        for line in self.text.split("\n"):  # `split` runs in C; a loop per character does not
            end = start + len(line)
            spans.append(Token(start, end, line))
            start = end + 1
        return tuple(spans)

    @cached_property
    def word_set(self) -> frozenset[str]:
        """Every distinct run of ASCII letters, digits and underscores in the case-folded text.

        Rule packs use it, and `sorted_words`, to skip in constant or logarithmic time every rule
        whose anchor words are not in the text, which is most rules for most posts.
        """
        return frozenset(_ASCII_WORD.findall(self.folded))

    @cached_property
    def folded(self) -> str:
        """The text case-folded: what a case-insensitive pattern sees ("ſ" is "s", "K" is "k")."""
        return self.text.casefold()

    @cached_property
    def sorted_words(self) -> list[str]:
        """`word_set` in order, for prefix look-ups by bisection."""
        return sorted(self.word_set)

    @cached_property
    def word_prefixes(self) -> frozenset[str]:
        """The first three letters of every word in `word_set` (the whole word when shorter)."""
        return frozenset({word[:3] for word in self.word_set})

    def has_word_starting_with(self, prefix: str) -> bool:
        if prefix[:3] not in self.word_prefixes and len(prefix) >= 3:
            return False  # a set look-up settles most questions without a bisection
        words = self.sorted_words
        index = bisect_left(words, prefix)
        return index < len(words) and words[index].startswith(prefix)

    @cached_property
    def sentence_masks(self) -> dict[str, int]:
        """Every run of ASCII word characters (case-folded) → a bitmask of the `sentences` it
        occurs in (bit i: sentence i). Code checks use it to scan only the sentences that hold
        every word a pattern needs."""
        masks: dict[str, int] = {}
        for index, sentence in enumerate(self.sentences):
            bit = 1 << index
            for word in set(_ASCII_WORD.findall(sentence.text.casefold())):
                masks[word] = masks.get(word, 0) | bit
        return masks

    @cached_property
    def anchor_sentence_cache(self) -> dict[object, int]:
        """Sentence bitmasks already worked out for rule anchors (filled by rulepacks)."""
        return {}

    @cached_property
    def masks_by_start(self) -> dict[str, list[tuple[str, int]]]:
        """`sentence_masks` grouped by each word's first two letters (a word-start anchor has at
        least two): a prefix look-up tests a handful of words, not all of them."""
        groups: dict[str, list[tuple[str, int]]] = {}
        for word, mask in self.sentence_masks.items():
            groups.setdefault(word[:2], []).append((word, mask))
        return groups

    def sentences_with_word_starting(self, prefix: str) -> int:
        """The bitmask of the sentences with a word that starts with `prefix`."""
        found = 0
        for word, mask in self.masks_by_start.get(prefix[:2], ()):
            if word.startswith(prefix):
                found |= mask
        return found

    @cached_property
    def _folded_sentences(self) -> tuple[str, ...]:
        return tuple(sentence.text.casefold() for sentence in self.sentences)

    def sentences_containing(self, fragment: str) -> int:
        """The bitmask of the sentences whose case-folded text contains `fragment`."""
        found = 0
        if fragment in self.folded:
            for index, sentence in enumerate(self._folded_sentences):
                if fragment in sentence:
                    found |= 1 << index
        return found

    @cached_property
    def paragraphs(self) -> tuple[Token, ...]:
        """Blocks separated by blank lines, trimmed; empty blocks are dropped."""
        spans: list[Token] = []
        start = 0
        for match in _PARAGRAPH_BREAK.finditer(self.text):
            spans.append(self._trimmed(start, match.start()))
            start = match.end()
        spans.append(self._trimmed(start, len(self.text)))
        return tuple(s for s in spans if s.end > s.start)

    @cached_property
    def quoted_spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each quoted passage, quotation marks included."""
        return tuple(m.span() for m in _QUOTED.finditer(self.text))

    def in_quotes(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside quotation marks (a word mentioned, not used)."""
        # Quoted spans never overlap and come in order, so only the last one opening before
        # `start` can hold the match: a bisection, not a scan per match (a post full of quotes
        # and matches would otherwise be quadratic).
        index = bisect_left(self._quote_starts, start) - 1
        return index >= 0 and end < self.quoted_spans[index][1]

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q_start for q_start, _ in self.quoted_spans]

    def sentence_containing(self, offset: int) -> Token:
        """The sentence holding `offset`; between sentences, the one before (or the first)."""
        sentences = self.sentences
        if not sentences:
            return Token(0, len(self.text), self.text)
        index = bisect_right(self._sentence_starts, offset) - 1
        return sentences[max(index, 0)]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def _trimmed(self, start: int, end: int) -> Token:
        chunk = self.text[start:end]
        text = chunk.strip()  # `strip` removes exactly what `isspace` calls white space
        if not text:
            return Token(end, end, "")
        start += len(chunk) - len(chunk.lstrip())
        return Token(start, start + len(text), text)
