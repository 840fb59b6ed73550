"""The composer page: for now a title and the text of one draft.

Issue 4 builds the real composer (platform variants, live feedback panels, autosave) on this
widget; the main window only relies on `start_new_draft()`, `title_edit` and `body_edit`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio.domain.text import grapheme_count

MAX_TEXT_WIDTH = 760


class ComposerWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("composer_title")
        self.title_edit.setPlaceholderText(self.tr("Title — only you and your team see it"))
        self.title_edit.setAccessibleName(self.tr("Post title"))
        self.title_edit.setClearButtonEnabled(True)
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title_edit.setFont(title_font)

        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("composer_body")
        self.body_edit.setPlaceholderText(self.tr("Write your post…"))
        self.body_edit.setAccessibleName(self.tr("Post text"))
        self.body_edit.setTabChangesFocus(True)  # Tab leaves the editor; posts rarely need tabs
        body_font = QFont(self.body_edit.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.1)
        self.body_edit.setFont(body_font)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("composer_count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count_label.setAccessibleName(self.tr("Length of the post"))
        self.body_edit.textChanged.connect(self._update_count)
        self._update_count()

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.title_edit)
        column.addWidget(self.body_edit, 1)
        column.addWidget(self.count_label)
        # Lines longer than ~80 characters are hard to read back; keep the draft a readable column.
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(MAX_TEXT_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addStretch(1)
        layout.addWidget(holder, 100)
        layout.addStretch(1)
        QWidget.setTabOrder(self.title_edit, self.body_edit)

    def start_new_draft(self) -> None:
        """An empty draft with the cursor in the text, ready to type."""
        self.title_edit.clear()
        self.body_edit.clear()
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_count(self) -> None:
        # Characters as a reader perceives them (graphemes): an emoji family counts once.
        count = grapheme_count(self.body_edit.toPlainText())
        if count == 1:
            self.count_label.setText(self.tr("1 character"))
        else:
            self.count_label.setText(self.tr("%n characters", "", count))
