"""The page a section shows before it has anything to show: what will be here and what to do."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

ICON_SIZE = QSize(72, 72)
TEXT_WIDTH = 460  # a comfortable line length for one or two sentences


class EmptyState(QWidget):
    """A centred icon, title, one or two sentences, and up to a few buttons."""

    def __init__(self, icon: QIcon, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icon.pixmap(ICON_SIZE))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setAccessibleName(self.tr("Illustration"))

        self.title_label = QLabel(title, self)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(title_font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setAccessibleName(title)

        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setMaximumWidth(TEXT_WIDTH)
        self.text_label.setMinimumWidth(min(TEXT_WIDTH, 280))
        self.text_label.setAccessibleName(title)
        self.text_label.setAccessibleDescription(text)

        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(12)
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)

        column = QVBoxLayout(self)
        column.setSpacing(14)
        column.addStretch(3)
        column.addWidget(self.icon_label)
        column.addWidget(self.title_label)
        # Centred by stretches, not an alignment flag: with a flag the label loses its
        # height-for-width and wrapped text is cut off.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text_label, 100)
        text_row.addStretch(1)
        column.addLayout(text_row)
        column.addSpacing(6)
        column.addLayout(self._buttons)
        column.addStretch(4)

    def set_text(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.title_label.setAccessibleName(title)
        self.text_label.setText(text)
        self.text_label.setAccessibleName(title)
        self.text_label.setAccessibleDescription(text)

    def add_button(self, text: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setDefault(primary)
        button.setAutoDefault(primary)
        button.setMinimumWidth(150)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button
