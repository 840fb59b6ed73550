"""The text editor of the composer: a QPlainTextEdit that shades what does not fit.

Text past a network's limit is painted on a translucent red, so the writer sees exactly which
words will be cut. The shading is painted behind the text in `paintEvent` rather than set as
extra selections: the finding underlines own the extra selections, and the two never fight.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QContextMenuEvent, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from studio.domain.text import OffsetMap
from studio.ui.composer_counters import overflow_colour


class PostTextEdit(QPlainTextEdit):
    """Plain text with an optional shaded overflow (from a UTF-16 position to the end)."""

    def __init__(self, parent: QWidget | None = None, *, font_scale: float = 1.1) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab leaves the editor; posts rarely need tab characters
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * font_scale)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._overflow_from: int | None = None
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


def _x(value: object) -> float:
    # PySide6 returns a float here; some versions return (x, position) as PyQt does.
    if isinstance(value, tuple):
        return float(value[0])
    return float(value)  # type: ignore[arg-type]
