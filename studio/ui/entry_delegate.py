"""List entries of two lines: a title, and under it a quieter detail.

    item.setData(0, DETAIL_ROLE, "Crux Climbing Gym")       # QTreeWidgetItem
    item.setData(DETAIL_ROLE, "Saved by hand · Maya")        # QListWidgetItem
    view.setItemDelegate(EntryDelegate(view))

Used by the review list and the revision history.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 40  # the second, quieter line of an entry


class EntryDelegate(QStyledItemDelegate):
    """An entry's title over its detail (a post's workspace, a revision's author) in smaller,
    muted type, with room between entries; plain two-line text looked like two entries."""

    PADDING = 5

    def _detail_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        detail = index.data(DETAIL_ROLE)
        if not detail:
            return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))
        lines = option.fontMetrics.height() + QFontMetrics(self._detail_font(option)).height()
        return QSize(size.width(), lines + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        detail = index.data(DETAIL_ROLE)
        if not detail:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title = item.text
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = (
            QColor(text_colour) if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        area = area.adjusted(2, self.PADDING, -2, -self.PADDING)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(text_colour)
        top = QRect(area.left(), area.top(), area.width(), option.fontMetrics.height())
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            option.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, top.width()),
        )
        small = self._detail_font(option)
        painter.setFont(small)
        painter.setPen(muted)
        metrics = QFontMetrics(small)
        bottom = QRect(area.left(), top.bottom() + 1, area.width(), metrics.height())
        painter.drawText(
            bottom,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, bottom.width()),
        )
        painter.restore()
