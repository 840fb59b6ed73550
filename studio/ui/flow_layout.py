"""A layout that places its widgets left to right and starts a new row when the width runs out.

    row = FlowLayout(spacing=6)
    for button in buttons:
        row.addWidget(button)

Rows of buttons (the composer's image strip, the review's decisions) would otherwise set a
minimum width wider than a laptop screen with the feedback dock open; wrapping keeps every
button whole and reachable at any window width. The layout asks for the width of its widest
item and answers heightForWidth, so the parent grows a row taller instead of wider.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 6, row_spacing: int | None = None
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = spacing if row_spacing is None else row_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout's item bookkeeping ------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # ---- sizes ---------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        """Everything on one row: what the layout would like when there is room."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest single item: anything narrower than that would cut a button."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
            if item.hasHeightForWidth():  # a wrapping label: taller, never cut
                size.setHeight(item.heightForWidth(size.width()))
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # ---- placing -------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in rows inside `rect`; returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QSize]] = []

        def place_row() -> None:
            # Items of one row share its middle line, so a label sits level with the buttons.
            left = area.x()
            for each, size in row:
                top = y + (row_height - size.height()) // 2
                each.setGeometry(QRect(QPoint(left, top), size))
                left += size.width() + self._spacing

        for item in self._visible():
            size = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20))
            size = size.expandedTo(item.minimumSize())
            if item.hasHeightForWidth():  # a wrapping label: taller, never cut
                size.setHeight(item.heightForWidth(size.width()))
            if row and x + size.width() > area.right() + 1:
                if move:
                    place_row()
                y += row_height + self._row_spacing
                x, row_height, row = area.x(), 0, []
            row.append((item, size))
            x += size.width() + self._spacing
            row_height = max(row_height, size.height())
        if move and row:
            place_row()
        return y + row_height - rect.y() + margins.bottom()


def wrapping_row(parent: QWidget, widgets: list[QWidget], *, spacing: int = 6) -> QWidget:
    """`widgets` in a FlowLayout on a plain container that grows taller when it wraps."""
    container = QWidget(parent)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    container.setSizePolicy(policy)
    layout = FlowLayout(container, spacing=spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return container
