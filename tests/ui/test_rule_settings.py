"""The list of rules turned off, with an undoable "Turn back on"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.feedback.grammar import LANGUAGETOOL_RULE_PREFIX
from studio.feedback.model import Panel
from studio.storage.repositories import RuleSettingData
from studio.ui.rule_settings import RuleSettingsList, describe_rule

IGNORED = RuleSettingData(
    id=1, workspace_id=7, post_id=42, rule_id="WB-URGENCY", note="", created_by="ana", version=1
)
DISABLED = RuleSettingData(
    id=2,
    workspace_id=7,
    post_id=None,
    rule_id="IA-CAMELCASE",
    note="our brand tags",
    created_by="ana",
    version=1,
)


@pytest.fixture
def settings_list(qtbot: QtBot, app: QApplication) -> RuleSettingsList:
    widget = RuleSettingsList()
    widget.resize(380, 400)
    qtbot.addWidget(widget)
    widget.set_settings([IGNORED, DISABLED])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_rules_are_described_from_the_engine_catalogue() -> None:
    panel, what = describe_rule("WB-URGENCY")  # a YAML rule
    assert panel == Panel.WELLBEING.title
    assert "urgency" in what.lower()
    panel, what = describe_rule("IA-CAMELCASE")  # a code check
    assert panel == Panel.INCLUSION.title
    assert what
    assert describe_rule(f"{LANGUAGETOOL_RULE_PREFIX}MORFOLOGIK_RULE_EN_US")[0] == (
        Panel.GRAMMAR.title
    )
    assert describe_rule("Gone.Rule") == ("", "This rule is not installed any more.")


def test_lists_ignored_and_disabled_rules_in_their_groups(settings_list: RuleSettingsList) -> None:
    rows = {row.setting.rule_id: row for row in settings_list.rows()}
    assert set(rows) == {"WB-URGENCY", "IA-CAMELCASE"}
    assert settings_list.post_rows.itemAt(0).widget() is rows["WB-URGENCY"]
    assert settings_list.workspace_rows.itemAt(0).widget() is rows["IA-CAMELCASE"]
    assert "Well-being" in rows["WB-URGENCY"].label.text()
    assert rows["IA-CAMELCASE"].button.accessibleName() == "Turn IA-CAMELCASE back on"
    assert not settings_list.empty_label.isVisible()


def test_turn_back_on_emits_and_undo_restores_the_entry(
    settings_list: RuleSettingsList, qtbot: QtBot
) -> None:
    row = next(r for r in settings_list.rows() if r.setting == DISABLED)
    with qtbot.waitSignal(settings_list.enable_requested) as enabled:
        qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert enabled.args == [DISABLED]
    assert settings_list.settings() == (IGNORED,)
    assert [r.setting for r in settings_list.rows()] == [IGNORED]
    assert settings_list.confirmation.text() == "IA-CAMELCASE is back on."

    with qtbot.waitSignal(settings_list.restore_requested) as restored:
        qtbot.mouseClick(settings_list.undo_button, Qt.MouseButton.LeftButton)
    assert restored.args == [DISABLED]
    assert set(settings_list.settings()) == {IGNORED, DISABLED}
    assert {r.setting for r in settings_list.rows()} == {IGNORED, DISABLED}

    with qtbot.waitSignal(settings_list.enable_requested) as redone:
        settings_list.undo_stack.redo()
    assert redone.args == [DISABLED]
    assert settings_list.settings() == (IGNORED,)


def test_undo_shortcut_works_while_the_list_has_focus(
    settings_list: RuleSettingsList, qtbot: QtBot
) -> None:
    settings_list.turn_back_on(IGNORED)
    assert settings_list.settings() == (DISABLED,)
    settings_list.activateWindow()
    button = settings_list.rows()[0].button
    button.setFocus()
    with qtbot.waitSignal(settings_list.restore_requested):
        qtbot.keyClick(button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(settings_list.settings()) == {IGNORED, DISABLED}


def test_empty_state_explains_where_rules_are_turned_off(
    settings_list: RuleSettingsList,
) -> None:
    settings_list.set_settings([])
    assert settings_list.empty_label.isVisible()
    assert "Right-click an underlined word" in settings_list.empty_label.text()
    assert not settings_list.post_heading.isVisible()
    assert not settings_list.workspace_heading.isVisible()
