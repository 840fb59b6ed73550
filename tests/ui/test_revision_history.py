"""The revision history dialog: any two versions compared word by word, and restore."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from studio.domain.diffs import diff_words
from studio.storage.repositories import RevisionData
from studio.ui.revision_history import CURRENT, RevisionHistoryDialog, spans_html

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def snapshot(body: str, instagram: str | None = None) -> dict[str, object]:
    variants = [] if instagram is None else [{"platform": "instagram", "text": instagram}]
    return {"post": {"title": "Rye", "body": body}, "variants": variants}


def revision(number: int, body: str, instagram: str | None = None) -> RevisionData:
    return RevisionData(
        id=number,
        post_id=1,
        snapshot=snapshot(body, instagram),
        reason=f"version {number}",
        author="Ben",
        created_at=START + timedelta(hours=number),
    )


def test_deletions_are_struck_through_and_insertions_underlined_not_only_coloured() -> None:
    spans = diff_words("the quick brown fox", "the slow brown <fox>")
    light = spans_html(spans, dark=False)
    dark = spans_html(spans, dark=True)
    assert "<s " in light and "quick" in light.split("<s ", 1)[1].split("</s>")[0]
    assert "<u " in light and "slow" in light.split("<u ", 1)[1].split("</u>")[0]
    assert "&lt;" in light and "&gt;" in light and "<fox>" not in light  # escaped
    assert light != dark  # tints suit the palette; the shapes stay the same
    assert dark.count("<s ") == light.count("<s ") and dark.count("<u ") == light.count("<u ")


def test_the_dialog_compares_any_two_revisions_main_text_and_variants(qtbot: QtBot) -> None:
    revisions = [
        revision(1, "Fresh rye every morning.", "Rye day!"),
        revision(2, "Fresh spelt every morning.", "Spelt day!"),
    ]
    dialog = RevisionHistoryDialog(revisions, snapshot("Fresh spelt at noon.", "Spelt day!"))
    qtbot.addWidget(dialog)
    assert dialog.revision_list.count() == 2
    assert dialog.selected_revision().id == 2  # newest first

    dialog.compare(1, 2)
    shown = dialog.diff_view.toHtml()
    assert "rye" in shown and "spelt" in shown and "Instagram" in shown
    diff = dialog.current_diff()
    assert diff is not None and diff.variants[0].changed

    dialog.compare(2, CURRENT)
    diff = dialog.current_diff()
    assert diff is not None and not diff.variants[0].changed
    assert [t.changed for t in diff.texts] == [False, True]


def test_restore_asks_for_the_chosen_revision(qtbot: QtBot) -> None:
    dialog = RevisionHistoryDialog([revision(1, "a"), revision(2, "b")], snapshot("c"))
    qtbot.addWidget(dialog)
    dialog.revision_list.setCurrentRow(1)
    with qtbot.waitSignal(dialog.restore_requested) as blocker:
        dialog.restore_button.click()
    assert blocker.args == [1]


def test_without_revisions_there_is_nothing_to_restore(qtbot: QtBot) -> None:
    dialog = RevisionHistoryDialog([], snapshot("c"))
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert "No revisions" in dialog.diff_view.toPlainText()


def test_other_changes_name_fields_and_statuses_in_words() -> None:
    from studio.domain.diffs import diff_snapshots
    from studio.ui.revision_history import diff_html

    old = {"title": "Rye", "body": "Fresh rye.", "status": "draft", "partner_name": None}
    new = {"title": "Rye", "body": "Fresh rye.", "status": "in_review", "partner_name": "Mill"}
    shown = diff_html(diff_snapshots({"post": old}, {"post": new}), dark=False)

    assert "Status" in shown and "Draft" in shown and "In review" in shown
    assert "in_review" not in shown and "partner_name" not in shown
    assert "Brand or partner" in shown and "(none)" in shown
