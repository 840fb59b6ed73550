"""The text editor of the composer: a QPlainTextEdit that shades what does not fit and marks
where captions fold.

Text past a network's limit is painted on a translucent red, so the writer sees exactly which
words will be cut. Where a network hides the rest of the caption behind "… more", a thin dashed
line stands between two characters and the right margin says "… more" on that line; hovering
either names the networks. Both are painted in `paintEvent` (and the margin widget's) rather
than set as extra selections: the finding underlines own the extra selections, and the two never
fight. The margin is always reserved, so the text does not re-wrap when typing crosses a fold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from studio.domain.text import OffsetMap
from studio.ui.composer_counters import overflow_colour

# How far (in pixels, each side) from a fold line the pointer may be for its tooltip to show.
_FOLD_HOVER_SLACK = 4


@dataclass(frozen=True)
class FoldMark:
    """Where one or more networks fold the caption: a UTF-16 position and the words for it."""

    utf16_position: int
    tooltip: str
    approximate: bool = False


class PostTextEdit(QPlainTextEdit):
    """Plain text with an optional shaded overflow (from a UTF-16 position to the end)."""

    def __init__(
        self, parent: QWidget | None = None, *, font_scale: float = 1.1, fold_margin: bool = True
    ) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab leaves the editor; posts rarely need tab characters
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * font_scale)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._overflow_from: int | None = None
        self._fold_marks: tuple[FoldMark, ...] = ()
        self._fold_tips: _FoldTips | None = None
        self.fold_gutter = _FoldGutter(self) if fold_margin else None
        if self.fold_gutter is not None:
            self.setViewportMargins(0, 0, self.fold_gutter.sizeHint().width(), 0)
            self.updateRequest.connect(lambda _rect, _dy: self._on_update_request())
        # Adds entries (fixes for an underlined finding) to the context menu at a UTF-16 position.
        self.context_menu_extender: Callable[[QMenu, int], None] | None = None

    @property
    def overflow_from(self) -> int | None:
        """UTF-16 position where the text stops fitting, or None."""
        return self._overflow_from

    def set_overflow_from(self, utf16_position: int | None) -> None:
        if utf16_position != self._overflow_from:
            self._overflow_from = utf16_position
            self.viewport().update()

    def set_overflow_from_codepoint(self, text: str, offset: int | None) -> None:
        """Like `set_overflow_from` with a Python (code point) offset into `text`."""
        self.set_overflow_from(None if offset is None else OffsetMap(text).to_utf16(offset))

    @property
    def fold_marks(self) -> tuple[FoldMark, ...]:
        return self._fold_marks

    def set_fold_marks(self, marks: Sequence[FoldMark]) -> None:
        marks = tuple(marks)
        if marks != self._fold_marks:
            self._fold_marks = marks
            self.viewport().update()
            self.fold_gutter_update()

    def fold_gutter_update(self) -> None:
        if self.fold_gutter is not None:
            self.fold_gutter.update()

    def _on_update_request(self) -> None:
        # Scrolling and edits move the lines the labels stand beside (a blink does not matter,
        # but costs nothing when there is no fold to draw).
        if self._fold_marks:
            self.fold_gutter_update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fold_gutter is not None:
            area = self.contentsRect()
            width = self.fold_gutter.sizeHint().width()
            self.fold_gutter.setGeometry(
                QRect(area.right() - width + 1, area.top(), width, area.height())
            )

    def fold_line_span(self, mark: FoldMark) -> tuple[float, float] | None:
        """Top and bottom of the line a fold is on, in viewport coordinates."""
        line = self._fold_line(mark)
        return None if line is None else (line[1], line[2])

    def enable_fold_tooltips(self) -> None:
        """Show a fold's networks when the pointer rests on its line.

        Call after a FindingHighlighter was put on this editor: Qt asks the event filter
        installed last first, so this one sees a tooltip request before the highlighter (which
        answers every request, underline or not) and passes on what is not about a fold.
        """
        if self._fold_tips is None:
            self._fold_tips = _FoldTips(self)
            self.viewport().installEventFilter(self._fold_tips)

    def fold_mark_at(self, point: QPoint) -> FoldMark | None:
        """The fold whose line is under `point` (viewport coordinates), or None."""
        for mark in self._fold_marks:
            line = self._fold_line(mark)
            if line is None:
                continue
            x, top, bottom = line
            if abs(point.x() - x) <= _FOLD_HOVER_SLACK and top <= point.y() <= bottom:
                return mark
        return None

    def _fold_line(self, mark: FoldMark) -> tuple[float, float, float] | None:
        """x, top and bottom of a fold's line in viewport coordinates."""
        if mark.utf16_position > self.document().characterCount() - 1:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(mark.utf16_position)
        rect = self.cursorRect(cursor)
        return rect.left() + 0.5, float(rect.top()), float(rect.bottom())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.setObjectName("editor_context_menu")
        if self.context_menu_extender is not None:
            position = self.cursorForPosition(event.pos()).position()
            self.context_menu_extender(menu, position)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._overflow_from is not None:
            painter = QPainter(self.viewport())
            try:
                self._paint_overflow(painter, event)
            finally:
                painter.end()
        super().paintEvent(event)
        if self._fold_marks:
            painter = QPainter(self.viewport())
            try:
                self._paint_folds(painter)
            finally:
                painter.end()

    def _paint_folds(self, painter: QPainter) -> None:
        """A thin dashed line between the last character shown and the first hidden one,
        with a small notch on top; approximate folds get a dotted, fainter line."""
        colour = fold_colour(self.palette())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for mark in self._fold_marks:
            line = self._fold_line(mark)
            if line is None:
                continue
            x, top, bottom = line
            shade = QColor(colour)
            if mark.approximate:
                shade.setAlphaF(0.7)
            pen = QPen(shade, 1.5)
            # Short dashes (in pen widths), so the mark never reads as the solid text cursor.
            pen.setDashPattern([0.6, 1.6] if mark.approximate else [1.4, 1.2])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, top + 1), QPointF(x, bottom))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawPolygon([QPointF(x - 3, top), QPointF(x + 3, top), QPointF(x, top + 3.5)])

    def _paint_overflow(self, painter: QPainter, event: QPaintEvent) -> None:
        start = self._overflow_from or 0
        colour = overflow_colour(self.palette())
        offset = self.contentOffset()
        bottom = event.rect().bottom()
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            block_end = block.position() + block.length()  # includes the paragraph separator
            if block.isVisible() and block_end > start:
                layout = block.layout()
                for index in range(layout.lineCount()):
                    line = layout.lineAt(index)
                    line_start = block.position() + line.textStart()
                    line_end = line_start + line.textLength()
                    if line_end < start:
                        continue
                    first = max(start, line_start) - block.position()
                    left = _x(line.cursorToX(first))
                    right = max(_x(line.cursorToX(line_end - block.position())), left + 4)
                    rect = QRectF(
                        geometry.left() + left,
                        geometry.top() + line.y(),
                        right - left,
                        line.height(),
                    )
                    painter.fillRect(rect, colour)
            block = block.next()


def fold_colour(palette: QPalette) -> QColor:
    """A calm accent: the palette's highlight, visible on the base of either scheme."""
    return QColor(palette.color(QPalette.ColorRole.Highlight))


class _FoldGutter(QWidget):
    """The right margin of a PostTextEdit: "… more" beside each line a caption folds on."""

    def __init__(self, editor: PostTextEdit) -> None:
        super().__init__(editor)
        self.setObjectName("fold_gutter")
        self._editor = editor
        font = QFont(editor.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
        self.setFont(font)
        self.setCursor(Qt.CursorShape.ArrowCursor)

    def label(self) -> str:
        return self.tr("… more")

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.label()) + 14, 0)

    def lines(self) -> list[tuple[float, float, list[FoldMark]]]:
        """(top, bottom, marks) per line with a fold; marks on one line share one label."""
        found: dict[float, tuple[float, float, list[FoldMark]]] = {}
        for mark in self._editor.fold_marks:
            span = self._editor.fold_line_span(mark)
            if span is not None:
                found.setdefault(span[0], (span[0], span[1], []))[2].append(mark)
        return sorted(found.values(), key=lambda line: line[0])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            # The margin is part of the writing surface, not a panel beside it.
            painter.fillRect(event.rect(), self._editor.palette().color(QPalette.ColorRole.Base))
            colour = fold_colour(self.palette())
            # The gutter sits beside the viewport: the same y as the text, minus its offset.
            dy = self._editor.viewport().geometry().top() - self.geometry().top()
            for top, bottom, marks in self.lines():
                shade = QColor(colour)
                if all(m.approximate for m in marks):
                    shade.setAlphaF(0.75)
                painter.setPen(shade)
                rect = QRectF(6, top + dy, self.width() - 8, bottom - top + 1)
                painter.drawText(
                    rect,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    self.label(),
                )
        finally:
            painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            dy = self._editor.viewport().geometry().top() - self.geometry().top()
            for top, bottom, marks in self.lines():
                if top + dy <= event.pos().y() <= bottom + dy:
                    tip = "<br>".join(m.tooltip for m in marks)
                    QToolTip.showText(event.globalPos(), tip, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


class _FoldTips(QObject):
    """Answers tooltip requests over a fold line; everything else goes on to the next filter."""

    def __init__(self, editor: PostTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            mark = self._editor.fold_mark_at(event.pos())
            if mark is not None:
                QToolTip.showText(event.globalPos(), mark.tooltip, self._editor.viewport())
                return True
        return False


def _x(value: object) -> float:
    # PySide6 returns a float here; some versions return (x, position) as PyQt does.
    if isinstance(value, tuple):
        return float(value[0])
    return float(value)  # type: ignore[arg-type]
