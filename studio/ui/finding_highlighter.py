"""Findings underlined in the editor: one colour per panel, one line style per severity.

Why extra selections and not a QSyntaxHighlighter: a highlighter re-runs per block on every
keystroke and only knows the block it paints, so it would have to re-map every finding's span
after each edit by hand. An extra selection holds a QTextCursor, and the document itself moves
every cursor when text is inserted or removed before, inside or after it. So between two reports
(the analysis runs ~120 ms after typing stops) each underline stays on its words while the writer
types, with no work per keystroke; a span whose text was deleted collapses and disappears.

Positions: findings carry code-point offsets into `report.text`; Qt counts UTF-16 units (an emoji
or a flag takes two or four). `OffsetMap` converts once per report.

Colour alone never carries meaning (QUALITY.md): the severity also sets the line style —
strong = wavy line over a tinted background, warn = wavy line, info = dotted line.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip

from studio.domain.text import OffsetMap
from studio.feedback.fixes import edits_of
from studio.feedback.model import Edit, Finding, Panel, Report, Severity
from studio.ui.i18n import tr
from studio.ui.theme import is_dark

# Chosen for contrast against white (#fff) and against the dark base (#1b1d22) respectively;
# the dark set is lighter so a thin wavy line stays visible.
_LIGHT = {
    Panel.WELLBEING: "#c2255c",
    Panel.AUTHENTICITY: "#d9480f",
    Panel.INCLUSION: "#0b7285",
    Panel.TRANSPARENCY: "#6741d9",
    Panel.PLATFORM: "#5c940d",
    Panel.GRAMMAR: "#1971c2",
    Panel.STYLE: "#8a5a00",
}
_DARK = {
    Panel.WELLBEING: "#f783ac",
    Panel.AUTHENTICITY: "#ffa94d",
    Panel.INCLUSION: "#66d9e8",
    Panel.TRANSPARENCY: "#b197fc",
    Panel.PLATFORM: "#a9e34b",
    Panel.GRAMMAR: "#74c0fc",
    Panel.STYLE: "#ffd43b",
}
_UNDERLINE = {
    Severity.STRONG: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Severity.WARN: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Severity.INFO: QTextCharFormat.UnderlineStyle.DotLine,
}
_STRONG_TINT_ALPHA = 48  # enough to see the span, little enough to keep the text readable
# Some findings are about the whole post (no help resource, reads like an advert): a tint over
# paragraphs would make the text itself hard to read, so long spans keep only their line.
_TINT_MAX_UNITS = 80


def panel_colour(panel: Panel, palette: QPalette) -> QColor:
    """The panel's colour, readable on `palette`'s base (light or dark)."""
    return QColor((_DARK if is_dark(palette) else _LIGHT)[panel])


def underline_format(finding: Finding, palette: QPalette, *, length: int = 0) -> QTextCharFormat:
    colour = panel_colour(finding.panel, palette)
    char_format = QTextCharFormat()
    char_format.setUnderlineStyle(_UNDERLINE[finding.severity])
    char_format.setUnderlineColor(colour)
    if finding.severity is Severity.STRONG and length <= _TINT_MAX_UNITS:
        tint = QColor(colour)
        tint.setAlpha(_STRONG_TINT_ALPHA)
        char_format.setBackground(tint)
    return char_format


@dataclass(slots=True)
class _Placed:
    """A shown finding and the cursor whose selection the document keeps on its words."""

    finding: Finding
    cursor: QTextCursor

    @property
    def alive(self) -> bool:
        return self.cursor.hasSelection()

    def contains(self, position: int) -> bool:
        return self.cursor.selectionStart() <= position < self.cursor.selectionEnd()

    def touches_end(self, position: int) -> bool:
        return self.cursor.selectionEnd() == position


class FindingHighlighter(QObject):
    """Underlines findings in a QPlainTextEdit in each panel's colour (spans code points →
    UTF-16 via studio.domain.text), tooltips on hover, context menu on an underline.

    Other extra selections of the composer (overflow shading) go through
    `set_other_selections`, because a QPlainTextEdit has a single list of them.
    """

    ignore_requested = Signal(object)  # Finding: "Ignore here" (this post)
    disable_requested = Signal(object)  # Finding: "Turn off for this workspace"
    suggestion_applied = Signal(object, str)  # Finding, the replacement text

    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._placed: list[_Placed] = []
        self._others: list[QTextEdit.ExtraSelection] = []
        self._report: Report | None = None
        # Tooltips arrive at the viewport, which is what paints the text.
        editor.viewport().installEventFilter(self)

    # ---- reports ---------------------------------------------------------------------------

    @property
    def report(self) -> Report | None:
        """The report now shown (its spans refer to its own text, not to later edits)."""
        return self._report

    def show_report(self, report: Report) -> bool:
        """Underline `report`'s findings; False (nothing changes) when its text is stale."""
        if report.text != self._editor.toPlainText():
            return False
        offsets = OffsetMap(report.text)
        spans = []
        for finding in report.findings:
            start, end = offsets.to_utf16(finding.start), offsets.to_utf16(finding.end)
            if start < end:  # a whole-post remark has no words to underline
                spans.append((finding, start, end))
        self._report = report
        if self._same_underlines(spans):
            # While the writer types, most reports underline exactly what is already underlined
            # (the cursors moved with the edits): keep the selections, so the editor is not
            # repainted for nothing; only the findings they stand for are swapped.
            for placed, (finding, _start, _end) in zip(self._placed, spans, strict=True):
                placed.finding = finding
            return True
        document = self._editor.document()
        placed = []
        for finding, start, end in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            placed.append(_Placed(finding, cursor))
        self._placed = placed
        self._refresh()
        return True

    def _same_underlines(self, spans: list[tuple[Finding, int, int]]) -> bool:
        """True when `spans` would draw exactly the underlines shown now (same places, same
        panels and severities, in the same order)."""
        if len(spans) != len(self._placed):
            return False
        for placed, (finding, start, end) in zip(self._placed, spans, strict=True):
            shown = placed.finding
            if (
                shown.panel is not finding.panel
                or shown.severity is not finding.severity
                or placed.cursor.selectionStart() != start
                or placed.cursor.selectionEnd() != end
            ):
                return False
        return True

    def clear(self) -> None:
        self._report = None
        self._placed = []
        self._refresh()

    def set_other_selections(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Extra selections that are not findings (drawn below the underlines)."""
        self._others = list(selections)
        self._refresh()

    def _refresh(self) -> None:
        palette = self._editor.palette()
        self._placed = [placed for placed in self._placed if placed.alive]
        selections = list(self._others)
        # Least severe first, so a strong underline is painted last, on top.
        rank = {Severity.INFO: 0, Severity.WARN: 1, Severity.STRONG: 2}
        for placed in sorted(self._placed, key=lambda p: rank[p.finding.severity]):
            selection = QTextEdit.ExtraSelection()
            # A copy of a cursor shares the document's position tracking, so it moves too.
            selection.cursor = QTextCursor(placed.cursor)
            length = placed.cursor.selectionEnd() - placed.cursor.selectionStart()
            selection.format = underline_format(placed.finding, palette, length=length)
            selections.append(selection)
        self._editor.setExtraSelections(selections)

    # ---- questions about positions ---------------------------------------------------------

    def findings_at(self, utf16_position: int) -> list[Finding]:
        """Findings whose current span (moved along with edits) contains the position.

        A position right after a span's last character counts when nothing contains it: a
        right-click on the second half of a word's last letter lands there.
        """
        alive = [placed for placed in self._placed if placed.alive]
        inside = [p.finding for p in alive if p.contains(utf16_position)]
        if inside:
            return inside
        return [p.finding for p in alive if p.touches_end(utf16_position)]

    def span_of(self, finding: Finding) -> tuple[int, int] | None:
        """The finding's current UTF-16 span in the editor, or None if it is not shown."""
        placed = self._find(finding)
        if placed is None:
            return None
        return placed.cursor.selectionStart(), placed.cursor.selectionEnd()

    def tooltip_text(self, utf16_position: int) -> str:
        """Rich text: message, why and suggestions of the findings at the position ("" if none)."""
        parts = []
        for finding in self.findings_at(utf16_position):
            lines = [
                f"<b>{html.escape(finding.panel.title)}</b> · {severity_word(finding.severity)}",
                html.escape(finding.message),
                f"<i>{html.escape(finding.why)}</i>" if finding.why else "",
            ]
            offered = [_suggestion_label(s) for s in finding.suggestions]
            if offered:
                lines.append(
                    self.tr("Try: {suggestions}").format(
                        suggestions=", ".join(html.escape(s) for s in offered)
                    )
                )
            parts.append("<br>".join(line for line in lines if line))
        if not parts:
            return ""
        hint = f"<small>{html.escape(self.tr('Right-click for fixes and options.'))}</small>"
        return "<p>" + "</p><hr><p>".join(parts) + "</p>" + hint

    # ---- actions ---------------------------------------------------------------------------

    def select_finding(self, finding: Finding) -> bool:
        """Select its span in the editor and show it; False when the finding is not shown.

        A finding without words (an image without alt text) puts the cursor at its position,
        as long as the text is still the one the report was made for.
        """
        placed = self._find(finding)
        cursor = QTextCursor(self._editor.document())
        if placed is not None:
            cursor.setPosition(placed.cursor.selectionStart())
            cursor.setPosition(placed.cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        elif (
            self._report is not None
            and finding in self._report.findings
            and self._report.text == self._editor.toPlainText()
        ):
            offsets = OffsetMap(self._report.text)
            cursor.setPosition(offsets.to_utf16(finding.start))
            cursor.setPosition(offsets.to_utf16(finding.end), QTextCursor.MoveMode.KeepAnchor)
        else:
            return False
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()
        self._editor.setFocus()
        return True

    def apply_suggestion(self, finding: Finding, replacement: str) -> bool:
        """Apply the fix offered as `replacement` as ONE undo step.

        The fix is the suggestion's exact edit (feedback/fixes.py): it may also take the comma
        after a removed word or capitalise the next one, just outside the underline. False
        when the finding is not shown, or the text the edit relies on changed since the report
        (the next report, a moment later, offers fixes for the text as it is).
        """
        placed = self._find(finding)
        if placed is None or self._editor.isReadOnly() or self._report is None:
            return False
        offered = zip(finding.suggestions, edits_of(finding), strict=True)
        edit = next((e for s, e in offered if s == replacement), None)
        if edit is None:  # words of the caller's own: they replace the underlined span
            edit = Edit(finding.start, finding.end, replacement)
        target = self._document_span(placed, edit)
        if target is None:
            return False
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(target[0])
        cursor.setPosition(target[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        if edit.text:
            cursor.insertText(edit.text)
        else:
            cursor.removeSelectedText()
        cursor.endEditBlock()
        self._placed = [p for p in self._placed if p is not placed]
        self._refresh()
        self._editor.setTextCursor(cursor)
        self.suggestion_applied.emit(finding, replacement)
        return True

    def _document_span(self, placed: _Placed, edit: Edit) -> tuple[int, int] | None:
        """Where `edit` (code points into the report's text) falls in the editor now.

        The underline's cursor has moved with every edit since the report; the edit sits at a
        fixed distance from it. The stretch the edit and the underline cover together must still
        read as it did in the report, or the edit would land on other words.
        """
        assert self._report is not None
        text, finding = self._report.text, placed.finding
        offsets = OffsetMap(text)
        low, high = min(edit.start, finding.start), max(edit.end, finding.end)
        start = placed.cursor.selectionStart() - (
            offsets.to_utf16(finding.start) - offsets.to_utf16(low)
        )
        end = placed.cursor.selectionEnd() + (
            offsets.to_utf16(high) - offsets.to_utf16(finding.end)
        )
        if start < 0 or end > self._editor.document().characterCount() - 1:
            return None
        check = QTextCursor(self._editor.document())
        check.setPosition(start)
        check.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if check.selectedText().replace("\u2029", "\n") != text[low:high]:
            return None
        return (
            start + offsets.to_utf16(edit.start) - offsets.to_utf16(low),
            end - (offsets.to_utf16(high) - offsets.to_utf16(edit.end)),
        )

    def add_context_actions(self, menu: QMenu, utf16_position: int) -> None:
        """Per finding under the position: one action per suggestion (one undo step each),
        "Ignore here", "Turn off for this workspace"."""
        found = self.findings_at(utf16_position)
        if not found:
            return
        first = menu.actions()[0] if menu.actions() else None
        added = []
        for finding in found:
            title = menu.addSection(finding.message) if len(found) > 1 else None
            if title is not None:
                added.append(title)
            for suggestion in finding.suggestions:
                placed = self._find(finding)
                span_text = placed.cursor.selectedText() if placed is not None else ""
                action = menu.addAction(_suggestion_action_text(span_text, suggestion))
                action.triggered.connect(
                    lambda _checked=False, f=finding, s=suggestion: self.apply_suggestion(f, s)
                )
                added.append(action)
            ignore = menu.addAction(self.tr("Ignore here"))
            ignore.setToolTip(
                self.tr("Stop flagging {rule} in this post").format(rule=finding.rule_id)
            )
            ignore.triggered.connect(
                lambda _checked=False, f=finding: self.ignore_requested.emit(f)
            )
            disable = menu.addAction(self.tr("Turn off for this workspace"))
            disable.setToolTip(
                self.tr("Stop flagging {rule} in every post of this workspace").format(
                    rule=finding.rule_id
                )
            )
            disable.triggered.connect(
                lambda _checked=False, f=finding: self.disable_requested.emit(f)
            )
            added += [ignore, disable]
        added.append(menu.addSeparator())
        # Fixes first: they are what a right-click on an underline is for; the standard
        # editing actions (cut, copy, paste) follow.
        if first is not None:
            for action in added:
                menu.removeAction(action)
            menu.insertActions(first, added)

    # ---- events ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh()  # light ↔ dark: the panel colours change with the palette
            return False
        if not shiboken6.isValid(self._editor):
            return False  # the editor is being destroyed before this filter is
        if watched is self._editor.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            position = self._editor.cursorForPosition(event.pos()).position()
            text = self.tooltip_text(position) if self._under_text(event.pos(), position) else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self._editor.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _under_text(self, point: QPoint, position: int) -> bool:
        """cursorForPosition snaps to the nearest character, even far right of a line's end;
        a tooltip should only appear over the words themselves."""
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(position)
        rect = self._editor.cursorRect(cursor)
        return abs(rect.center().y() - point.y()) <= rect.height() and (
            abs(rect.x() - point.x()) <= self._editor.fontMetrics().averageCharWidth() * 2
        )

    def _find(self, finding: Finding) -> _Placed | None:
        for placed in self._placed:
            if placed.finding == finding and placed.alive:
                return placed
        return None


def severity_word(severity: Severity) -> str:
    """The severity as the writer reads it (the same words as the score's explanation)."""
    words = {
        Severity.STRONG: tr("serious"),
        Severity.WARN: tr("warning"),
        Severity.INFO: tr("nudge"),
    }
    return words[severity]


def _suggestion_label(suggestion: str) -> str:
    return f"“{suggestion}”" if suggestion else tr("remove it")


def _suggestion_action_text(span_text: str, suggestion: str) -> str:
    # Menus treat "&" as a mnemonic marker: words containing one must show it literally.
    if not suggestion:
        return tr("Remove “{words}”").format(words=_short(span_text).replace("&", "&&"))
    return tr("Replace with “{suggestion}”").format(
        suggestion=_short(suggestion).replace("&", "&&")
    )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
