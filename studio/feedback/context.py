"""The shared, lazily computed view of a draft that every check reads.

Tokenising once and sharing the result keeps `analyse` inside its few-millisecond budget: checks
ask for `words`, `sentences` or `lines` and pay for each only the first time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from studio.feedback.model import Draft

# A word: letters/digits with inner apostrophes or hyphens ("don't", "self-harm").
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
# Sentence ends: terminal punctuation runs, or line breaks (social posts use lines as sentences).
_SENTENCE_END = regex.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n+")


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
        for index, char in enumerate(self.text):
            if char == "\n":
                spans.append(Token(start, index, self.text[start:index]))
                start = index + 1
        spans.append(Token(start, len(self.text), self.text[start:]))
        return tuple(spans)

    def _trimmed(self, start: int, end: int) -> Token:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Token(start, end, self.text[start:end])
