"""Word-level differences between two texts, and between two revision snapshots of a post.

The revision history shows what changed between any two versions of a post. Tokens are words,
runs of white space and single other grapheme clusters (punctuation, emoji), and every token is
kept, so the spans of a diff put back together give both texts exactly:

    spans = diff_words(old, new)
    "".join(s.text for s in spans if s.kind is not SpanKind.INSERT) == old
    "".join(s.text for s in spans if s.kind is not SpanKind.DELETE) == new

A renderer walks the spans in order and styles deletions and insertions; it needs nothing else.
Offsets are code points into the old text (equal and delete spans) and the new text (equal and
insert spans), for highlighting inside the texts themselves.

`diff_snapshots` compares two snapshots as `PostRepository.record_revision` writes them
({"post": {...}, "variants": [{...}, ...]}): the title, the main text and each variant's text as
word diffs, every other field as a before/after pair. Plain data, no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any

import regex

# A word: grapheme clusters that start with a word character, joined by inner apostrophes
# ("don't", "l'été"); then runs of white space; then any other single grapheme cluster.
_TOKEN = regex.compile(r"(?:(?=\w)\X)+(?:['’](?:(?=\w)\X)+)*|\s+|\X")


class SpanKind(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class DiffSpan:
    kind: SpanKind
    text: str
    old_start: int  # code points into the old text; an insert has old_start == old_end
    old_end: int
    new_start: int  # code points into the new text; a delete has new_start == new_end
    new_end: int


def tokenize(text: str) -> list[str]:
    """Words, white-space runs and single other graphemes; joined they give `text` back."""
    return _TOKEN.findall(text)


def diff_words(old: str, new: str) -> list[DiffSpan]:
    """The word-level difference from `old` to `new`, as spans in reading order.

    Within one changed stretch the deletion comes before the insertion. A lone space between two
    changes is folded into them: "quick brown" → "slow red" reads as one replacement, not as two
    with an unchanged space between.
    """
    if old == new:
        return [DiffSpan(SpanKind.EQUAL, old, 0, len(old), 0, len(new))] if old else []
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    old_offsets = _offsets(old_tokens)
    new_offsets = _offsets(new_tokens)

    # (kind, old token range, new token range) before merging.
    pieces: list[tuple[SpanKind, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append((SpanKind.EQUAL, i1, i2, j1, j2))
            continue
        if i2 > i1:
            pieces.append((SpanKind.DELETE, i1, i2, j1, j1))
        if j2 > j1:
            pieces.append((SpanKind.INSERT, i2, i2, j1, j2))
    pieces = _absorb_lone_blanks(pieces, old_tokens)

    spans: list[DiffSpan] = []
    index = 0
    while index < len(pieces):
        kind, i1, i2, j1, j2 = pieces[index]
        if kind is SpanKind.EQUAL:
            spans.append(_span(kind, old, i1, i2, j1, j2, old_offsets, new_offsets))
            index += 1
            continue
        # A stretch of changes between two equal pieces: one deletion, then one insertion.
        stretch_end = index
        while stretch_end < len(pieces) and pieces[stretch_end][0] is not SpanKind.EQUAL:
            stretch_end += 1
        stretch = pieces[index:stretch_end]
        first_old, last_old = stretch[0][1], stretch[-1][2]
        first_new, last_new = stretch[0][3], stretch[-1][4]
        if last_old > first_old:
            spans.append(
                _span(
                    SpanKind.DELETE,
                    old,
                    first_old,
                    last_old,
                    first_new,
                    first_new,
                    old_offsets,
                    new_offsets,
                )
            )
        if last_new > first_new:
            spans.append(
                _span(
                    SpanKind.INSERT,
                    new,
                    last_old,
                    last_old,
                    first_new,
                    last_new,
                    old_offsets,
                    new_offsets,
                )
            )
        index = stretch_end
    return spans


def old_text(spans: Sequence[DiffSpan]) -> str:
    return "".join(span.text for span in spans if span.kind is not SpanKind.INSERT)


def new_text(spans: Sequence[DiffSpan]) -> str:
    return "".join(span.text for span in spans if span.kind is not SpanKind.DELETE)


def _offsets(tokens: Sequence[str]) -> list[int]:
    """Code-point offset where each token starts, plus the total length at the end."""
    offsets = [0]
    for token in tokens:
        offsets.append(offsets[-1] + len(token))
    return offsets


def _absorb_lone_blanks(
    pieces: list[tuple[SpanKind, int, int, int, int]], old_tokens: Sequence[str]
) -> list[tuple[SpanKind, int, int, int, int]]:
    result: list[tuple[SpanKind, int, int, int, int]] = []
    for position, piece in enumerate(pieces):
        kind, i1, i2, j1, j2 = piece
        between_changes = (
            kind is SpanKind.EQUAL
            and 0 < position < len(pieces) - 1
            and pieces[position - 1][0] is not SpanKind.EQUAL
            and pieces[position + 1][0] is not SpanKind.EQUAL
        )
        if between_changes and i2 - i1 == 1 and old_tokens[i1].isspace():
            # The same blank leaves the old text and comes back in the new one.
            result.append((SpanKind.DELETE, i1, i2, j1, j1))
            result.append((SpanKind.INSERT, i2, i2, j1, j2))
        else:
            result.append(piece)
    return result


def _span(
    kind: SpanKind,
    source: str,
    i1: int,
    i2: int,
    j1: int,
    j2: int,
    old_offsets: Sequence[int],
    new_offsets: Sequence[int],
) -> DiffSpan:
    old_start, old_end = old_offsets[i1], old_offsets[i2]
    new_start, new_end = new_offsets[j1], new_offsets[j2]
    text = source[new_start:new_end] if kind is SpanKind.INSERT else source[old_start:old_end]
    return DiffSpan(kind, text, old_start, old_end, new_start, new_end)


# ---- snapshots ----------------------------------------------------------------------------------

# Fields of a snapshot's post shown as word diffs; the rest are compared as values.
_TEXT_FIELDS = ("title", "body")
# Bookkeeping that changes with every save and says nothing about the content.
_IGNORED_FIELDS = frozenset({"id", "version", "created_at", "updated_at", "post_id"})


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: Any
    new: Any


@dataclass(frozen=True)
class TextDiff:
    name: str  # "title", "body", "text", "first_comment"
    spans: tuple[DiffSpan, ...]

    @property
    def changed(self) -> bool:
        return any(span.kind is not SpanKind.EQUAL for span in self.spans)


@dataclass(frozen=True)
class VariantDiff:
    platform: str
    change: str  # "added", "removed", "changed" or "unchanged"
    texts: tuple[TextDiff, ...] = ()  # the text as posted (the body when it inherits) and more
    fields: tuple[FieldChange, ...] = ()

    @property
    def changed(self) -> bool:
        return self.change != "unchanged"


@dataclass(frozen=True)
class SnapshotDiff:
    texts: tuple[TextDiff, ...]  # title and body, always both (a renderer shows them in place)
    fields: tuple[FieldChange, ...]  # other post fields whose value changed
    variants: tuple[VariantDiff, ...] = field(default=())  # one per platform in either snapshot

    @property
    def changed(self) -> bool:
        return (
            any(text.changed for text in self.texts)
            or bool(self.fields)
            or any(variant.changed for variant in self.variants)
        )


def diff_snapshots(old: Mapping[str, Any], new: Mapping[str, Any]) -> SnapshotDiff:
    """What changed from snapshot `old` to snapshot `new` (main text, fields, each variant)."""
    old_post, new_post = old.get("post", {}), new.get("post", {})
    texts = tuple(
        TextDiff(name, tuple(diff_words(old_post.get(name) or "", new_post.get(name) or "")))
        for name in _TEXT_FIELDS
    )
    fields = _field_changes(old_post, new_post, skip=_TEXT_FIELDS)
    old_variants = {v["platform"]: v for v in old.get("variants", [])}
    new_variants = {v["platform"]: v for v in new.get("variants", [])}
    variants = tuple(
        _variant_diff(
            platform,
            old_variants.get(platform),
            new_variants.get(platform),
            old_body=old_post.get("body") or "",
            new_body=new_post.get("body") or "",
        )
        for platform in sorted(old_variants.keys() | new_variants.keys())
    )
    return SnapshotDiff(texts=texts, fields=fields, variants=variants)


def _variant_diff(
    platform: str,
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any] | None,
    *,
    old_body: str,
    new_body: str,
) -> VariantDiff:
    # What the network gets: a variant without its own text posts the main text.
    old_text_value = "" if old is None else _posted_text(old, old_body)
    new_text_value = "" if new is None else _posted_text(new, new_body)
    texts = (
        TextDiff("text", tuple(diff_words(old_text_value, new_text_value))),
        TextDiff(
            "first_comment",
            tuple(
                diff_words(
                    (old or {}).get("first_comment") or "", (new or {}).get("first_comment") or ""
                )
            ),
        ),
    )
    if old is None:
        return VariantDiff(platform, "added", texts)
    if new is None:
        return VariantDiff(platform, "removed", texts)
    fields = _field_changes(old, new, skip=("text", "first_comment", "platform"))
    own_text_changed = (old.get("text") is None) != (new.get("text") is None)
    if own_text_changed:
        fields = (
            *fields,
            FieldChange("inherits_body", old.get("text") is None, new.get("text") is None),
        )
    changed = any(text.changed for text in texts) or bool(fields)
    return VariantDiff(platform, "changed" if changed else "unchanged", texts, fields)


def _posted_text(variant: Mapping[str, Any], body: str) -> str:
    text = variant.get("text")
    return body if text is None else str(text)


def _field_changes(
    old: Mapping[str, Any], new: Mapping[str, Any], *, skip: Sequence[str]
) -> tuple[FieldChange, ...]:
    names = [name for name in dict.fromkeys([*old, *new]) if name not in skip]
    return tuple(
        FieldChange(name, old.get(name), new.get(name))
        for name in names
        if name not in _IGNORED_FIELDS and old.get(name) != new.get(name)
    )
