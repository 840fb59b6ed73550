"""Word-level diffs of texts and of revision snapshots."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from studio.domain.diffs import (
    DiffSpan,
    FieldChange,
    SpanKind,
    diff_snapshots,
    diff_words,
    new_text,
    old_text,
    tokenize,
)

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"


def kinds(spans: list[DiffSpan]) -> list[tuple[str, str]]:
    return [(span.kind.value, span.text) for span in spans]


def test_tokens_are_words_blanks_and_single_marks_and_rejoin_exactly() -> None:
    text = f"Don't miss it!  Café\u0301 {FAMILY} #bread\n\nnow"
    tokens = tokenize(text)
    assert "".join(tokens) == text
    assert "Don't" in tokens
    assert "  " in tokens
    assert FAMILY in tokens  # one emoji sequence is one token, not its parts
    assert "#" in tokens and "bread" in tokens
    assert "\n\n" in tokens


def test_identical_texts_are_one_equal_span() -> None:
    assert kinds(diff_words("same text", "same text")) == [("equal", "same text")]
    assert diff_words("", "") == []


def test_a_changed_word_is_a_deletion_then_an_insertion() -> None:
    spans = diff_words("Fresh rye every morning", "Fresh spelt every morning")
    assert kinds(spans) == [
        ("equal", "Fresh "),
        ("delete", "rye"),
        ("insert", "spelt"),
        ("equal", " every morning"),
    ]


def test_offsets_point_into_both_texts() -> None:
    old, new = "Fresh rye every morning", "Fresh spelt every morning"
    for span in diff_words(old, new):
        if span.kind is not SpanKind.INSERT:
            assert old[span.old_start : span.old_end] == span.text
        if span.kind is not SpanKind.DELETE:
            assert new[span.new_start : span.new_end] == span.text


def test_words_inserted_and_deleted() -> None:
    assert kinds(diff_words("Come by today", "Come by the bakery today")) == [
        ("equal", "Come by "),
        ("insert", "the bakery "),
        ("equal", "today"),
    ]
    assert kinds(diff_words("Come by the bakery today", "Come by today")) == [
        ("equal", "Come by "),
        ("delete", "the bakery "),
        ("equal", "today"),
    ]


def test_a_lone_space_between_changes_joins_them_into_one_replacement() -> None:
    spans = diff_words("The quick brown fox", "The slow red fox")
    assert kinds(spans) == [
        ("equal", "The "),
        ("delete", "quick brown"),
        ("insert", "slow red"),
        ("equal", " fox"),
    ]


def test_punctuation_and_emoji_changes_are_their_own_tokens() -> None:
    spans = diff_words(f"See you soon! {FAMILY} Bye", f"See you soon. {FAMILY} Bye")
    assert kinds(spans) == [
        ("equal", "See you soon"),
        ("delete", "!"),
        ("insert", "."),
        ("equal", f" {FAMILY} Bye"),
    ]
    spans = diff_words(f"Thanks {FAMILY} all", "Thanks \U0001f44b all")
    assert ("delete", FAMILY) in kinds(spans)


def test_whitespace_changes_are_kept_so_the_render_is_exact() -> None:
    old, new = "Line one\nLine two", "Line one\n\nLine two"
    spans = diff_words(old, new)
    assert old_text(spans) == old
    assert new_text(spans) == new
    assert any(span.kind is not SpanKind.EQUAL for span in spans)


@given(st.text(max_size=80), st.text(max_size=80))
def test_property_spans_rebuild_both_texts(old: str, new: str) -> None:
    spans = diff_words(old, new)
    assert old_text(spans) == old
    assert new_text(spans) == new
    # Reading order: the offsets only move forwards.
    for before, after in itertools.pairwise(spans):
        assert before.old_end <= after.old_start
        assert before.new_end <= after.new_start
    assert all(span.text for span in spans)


WORDS = st.sampled_from(["rye", "spelt", "the", "bakery", "!", " ", "\n", FAMILY, "Café"])


@given(st.lists(WORDS, max_size=20), st.lists(WORDS, max_size=20))
def test_property_word_lists_rebuild_both_texts(old: list[str], new: list[str]) -> None:
    spans = diff_words(" ".join(old), " ".join(new))
    assert old_text(spans) == " ".join(old)
    assert new_text(spans) == " ".join(new)


# ---- snapshots ----------------------------------------------------------------------------------


def snapshot(
    *, title: str = "Rye day", body: str = "Fresh rye every morning", **post: object
) -> dict[str, object]:
    return {
        "post": {
            "id": 7,
            "title": title,
            "body": body,
            "status": "draft",
            "sponsored": False,
            "version": 3,
            "updated_at": "2026-11-20T10:00:00+00:00",
            **post,
        },
        "variants": [
            {
                "id": 1,
                "post_id": 7,
                "platform": "x",
                "text": None,
                "first_comment": "",
                "enabled": True,
                "version": 1,
            },
            {
                "id": 2,
                "post_id": 7,
                "platform": "instagram",
                "text": "Fresh rye every morning #bread",
                "first_comment": "",
                "enabled": True,
                "version": 1,
            },
        ],
    }


def test_identical_snapshots_have_no_changes_even_when_bookkeeping_differs() -> None:
    older = snapshot()
    newer = snapshot(version=9, updated_at="2026-11-21T10:00:00+00:00")
    result = diff_snapshots(older, newer)
    assert not result.changed
    assert [text.name for text in result.texts] == ["title", "body"]
    assert all(variant.change == "unchanged" for variant in result.variants)


def test_main_text_change_shows_in_the_body_and_in_inheriting_variants() -> None:
    result = diff_snapshots(snapshot(), snapshot(body="Fresh spelt every morning"))
    body = next(text for text in result.texts if text.name == "body")
    assert ("insert", "spelt") in kinds(list(body.spans))
    x = next(variant for variant in result.variants if variant.platform == "x")
    assert x.change == "changed"  # x posts the main text, so what x posts changed
    instagram = next(variant for variant in result.variants if variant.platform == "instagram")
    assert instagram.change == "unchanged"  # it has its own text


def test_field_changes_are_before_and_after_pairs() -> None:
    result = diff_snapshots(snapshot(), snapshot(sponsored=True, partner_name="Mill & Co"))
    assert FieldChange("sponsored", False, True) in result.fields
    assert FieldChange("partner_name", None, "Mill & Co") in result.fields
    assert all(change.name not in {"version", "updated_at", "id"} for change in result.fields)


def test_variant_added_removed_and_own_text_changed() -> None:
    older = snapshot()
    newer = snapshot()
    newer["variants"] = [
        {**older["variants"][1], "text": "Fresh rye every single morning #bread"},  # type: ignore[index]
        {"platform": "bluesky", "text": None, "first_comment": "", "enabled": True},
    ]
    result = diff_snapshots(older, newer)
    changes = {variant.platform: variant for variant in result.variants}
    assert changes["bluesky"].change == "added"
    assert changes["x"].change == "removed"
    instagram = changes["instagram"]
    assert instagram.change == "changed"
    assert ("insert", "single ") in kinds(list(instagram.texts[0].spans))


def test_a_variant_switching_to_its_own_text_is_reported() -> None:
    older = snapshot()
    newer = snapshot()
    newer["variants"][0] = {**older["variants"][0], "text": "Short for X"}  # type: ignore[index]
    x = next(v for v in diff_snapshots(older, newer).variants if v.platform == "x")
    assert FieldChange("inherits_body", True, False) in x.fields
    assert x.change == "changed"


def test_a_disabled_variant_is_a_field_change() -> None:
    older = snapshot()
    newer = snapshot()
    newer["variants"][1] = {**older["variants"][1], "enabled": False}  # type: ignore[index]
    instagram = next(v for v in diff_snapshots(older, newer).variants if v.platform == "instagram")
    assert instagram.fields == (FieldChange("enabled", True, False),)
