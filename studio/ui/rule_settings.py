"""Rules the writer turned off — for one post or for a whole workspace — with "Turn back on".

Plain data in (`RuleSettingData`), signals out: the composer wires them to the DraftService, so
this widget never touches the database and can be tested with plain values.

"Turn back on" is a QUndoCommand on the widget's QUndoStack (Ctrl+Z / Ctrl+Shift+Z while the list
has focus, and an Undo button next to the confirmation): a rule turned back on by mistake comes
back off with the same scope (this post or the workspace) it had.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.feedback.checks.registry import registered_checks
from studio.feedback.grammar import (
    LANGUAGETOOL_RULE_PREFIX,
    OFFLINE_SPELLING_RULE_ID,
    SPELLING_WHY,
)
from studio.feedback.model import Panel
from studio.feedback.rulepacks import RulePacks, builtin_packs
from studio.storage.records import RuleSettingData
from studio.ui.i18n import tr

# ---- what a rule checks: the engine's catalogue -------------------------------------------------


@cache
def _code_check_catalogue() -> dict[str, tuple[Panel, str]]:
    return {check.rule_id: (check.panel, check.why) for check in registered_checks()}


def describe_rule(rule_id: str, packs: RulePacks | None = None) -> tuple[str, str]:
    """(panel title, what the rule checks) from the engine's rule catalogue: YAML rules of
    `packs` (built-in packs when None), code checks, grammar backends."""
    for rule in (packs if packs is not None else builtin_packs()).rules:
        if rule.rule_id == rule_id:
            return rule.panel.title, rule.why or rule.message.replace("%s", "…")
    check = _code_check_catalogue().get(rule_id)
    if check is not None:
        return check[0].title, check[1]
    if rule_id == OFFLINE_SPELLING_RULE_ID:
        return Panel.GRAMMAR.title, SPELLING_WHY
    if rule_id.startswith(LANGUAGETOOL_RULE_PREFIX):
        name = rule_id.removeprefix(LANGUAGETOOL_RULE_PREFIX)
        return Panel.GRAMMAR.title, tr("LanguageTool's rule {name}.").format(name=name)
    # A rule from a pack that was removed since: the setting stays harmless.
    return "", tr("This rule is not installed any more.")


def _scope_key(setting: RuleSettingData) -> tuple[int, int | None, str]:
    return setting.workspace_id, setting.post_id, setting.rule_id


# ---- undo ---------------------------------------------------------------------------------------


class _TurnBackOn(QUndoCommand):
    def __init__(self, owner: RuleSettingsList, setting: RuleSettingData) -> None:
        super().__init__(tr("Turn {rule} back on").format(rule=setting.rule_id))
        self._owner = owner
        self._setting = setting

    def redo(self) -> None:
        self._owner._remove(self._setting)
        self._owner.enable_requested.emit(self._setting)
        self._owner._confirm(
            tr("{rule} is back on.").format(rule=self._setting.rule_id), can_undo=True
        )

    def undo(self) -> None:
        self._owner._restore(self._setting)
        self._owner.restore_requested.emit(self._setting)
        where = (
            tr("in this post") if self._setting.post_id is not None else tr("for this workspace")
        )
        self._owner._confirm(
            tr("{rule} is off again {where}.").format(rule=self._setting.rule_id, where=where),
            can_undo=False,
        )


# ---- the widget ---------------------------------------------------------------------------------


class _SettingRow(QFrame):
    def __init__(
        self, setting: RuleSettingData, packs: RulePacks | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setting = setting
        self.setObjectName("rule_setting_row")
        panel_title, what = describe_rule(setting.rule_id, packs)
        lines = [f"<b>{html.escape(setting.rule_id)}</b>"]
        if panel_title:
            muted = QColor(self.palette().color(QPalette.ColorRole.WindowText))
            muted.setAlphaF(0.72)
            colour = f"rgba({muted.red()},{muted.green()},{muted.blue()},{muted.alphaF():.2f})"
            lines.append(f'<span style="color:{colour}">{html.escape(panel_title)}</span>')
        lines.append(html.escape(what))
        self.label = QLabel("<br>".join(lines), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if setting.note:
            self.label.setToolTip(setting.note)

        self.button = QPushButton(self.tr("Turn back on"), self)
        self.button.setObjectName("rule_setting_enable")
        self.button.setAccessibleName(self.tr("Turn {rule} back on").format(rule=setting.rule_id))
        self.button.setAccessibleDescription(what)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(f"{setting.rule_id}: {what}")


class RuleSettingsList(QWidget):
    """Two lists (ignored in this post / off for the workspace); each row has "Turn back on".

    Turning back on is a QUndoCommand: redo emits `enable_requested(setting)` (delete the
    setting), undo emits `restore_requested(setting)` (store it again: post_id None means the
    whole workspace) and puts the row back. The stored row gets a new id when it is restored;
    the composer may call `set_settings` with fresh data at any time.
    """

    enable_requested = Signal(object)  # RuleSettingData to delete
    restore_requested = Signal(object)  # RuleSettingData to store again

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        packs: RulePacks | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rule_settings")
        self.setAccessibleName(self.tr("Rules turned off"))
        self._packs = packs
        self._settings: list[RuleSettingData] = []
        self._undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

        self.post_heading = self._heading(self.tr("Ignored in this post"))
        self.post_rows = QVBoxLayout()
        self.workspace_heading = self._heading(self.tr("Turned off for this workspace"))
        self.workspace_rows = QVBoxLayout()
        self.empty_label = QLabel(
            self.tr(
                "No rules are turned off. Right-click an underlined word to ignore a rule in "
                "one post or turn it off for the whole workspace."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("rule_settings_empty")

        self.confirmation = QLabel(self)
        self.confirmation.setObjectName("rule_settings_confirmation")
        self.confirmation.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("rule_settings_undo")
        self.undo_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Undo).toString())
        self.undo_button.clicked.connect(self._undo_stack.undo)
        notice = QHBoxLayout()
        notice.addWidget(self.confirmation, 1)
        notice.addWidget(self.undo_button)
        self.confirmation.hide()
        self.undo_button.hide()

        # Standard shortcuts while the list (or one of its buttons) has focus; the editor keeps
        # its own text undo elsewhere.
        self.undo_action = self._undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self._undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(6)
        column.addWidget(self.empty_label)
        column.addWidget(self.post_heading)
        column.addLayout(self.post_rows)
        column.addSpacing(6)
        column.addWidget(self.workspace_heading)
        column.addLayout(self.workspace_rows)
        column.addSpacing(6)
        column.addLayout(notice)
        column.addStretch(1)
        self._render()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        label.setAccessibleName(text)
        return label

    # ---- public API --------------------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    def set_settings(self, settings: Sequence[RuleSettingData]) -> None:
        self._settings = list(settings)
        self._render()

    def settings(self) -> tuple[RuleSettingData, ...]:
        return tuple(self._settings)

    def turn_back_on(self, setting: RuleSettingData) -> None:
        """What the row's button does (pushes the undoable command)."""
        self._undo_stack.push(_TurnBackOn(self, setting))

    def rows(self) -> list[_SettingRow]:
        found = []
        for layout in (self.post_rows, self.workspace_rows):
            for index in range(layout.count()):
                widget = layout.itemAt(index).widget()
                if isinstance(widget, _SettingRow):
                    found.append(widget)
        return found

    # ---- used by the undo command ------------------------------------------------------------

    def _remove(self, setting: RuleSettingData) -> None:
        key = _scope_key(setting)
        self._settings = [s for s in self._settings if _scope_key(s) != key]
        self._render()

    def _restore(self, setting: RuleSettingData) -> None:
        key = _scope_key(setting)
        if all(_scope_key(s) != key for s in self._settings):
            self._settings.append(setting)
        self._render()

    def _confirm(self, text: str, *, can_undo: bool) -> None:
        self.confirmation.setText(text)
        self.confirmation.setAccessibleName(text)
        self.confirmation.show()
        self.undo_button.setVisible(can_undo)

    # ---- rendering ---------------------------------------------------------------------------

    def _render(self) -> None:
        for layout in (self.post_rows, self.workspace_rows):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        ordered = sorted(self._settings, key=lambda s: (s.rule_id, s.post_id or 0))
        for setting in ordered:
            row = _SettingRow(setting, self._packs, self)
            row.button.clicked.connect(lambda _checked=False, s=setting: self.turn_back_on(s))
            (self.post_rows if setting.post_id is not None else self.workspace_rows).addWidget(row)
        has_post = self.post_rows.count() > 0
        has_workspace = self.workspace_rows.count() > 0
        self.post_heading.setVisible(has_post)
        self.workspace_heading.setVisible(has_workspace)
        self.empty_label.setVisible(not (has_post or has_workspace))
