"""A small manager for a workspace's snippets and hashtag groups: create, edit, delete.

Snippets are the sentences a brand repeats (a sign-off, a disclosure line, opening hours);
hashtag groups are the tags used together. The composer inserts them from its Insert menu
(Ctrl+Shift+I). Every write goes through the DraftService (the DB-writer thread); the list
refreshes when `snippets_changed` arrives.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.services.drafts import DraftService
from studio.storage.records import SnippetData

KINDS = ("text", "hashtags")


def tidy_hashtags(body: str) -> str:
    """'spring #Menu  local' → '#spring #Menu #local': a group is tags, one space apart."""
    words = body.replace(",", " ").split()
    return " ".join(word if word.startswith(("#", "＃")) else f"#{word}" for word in words)


class SnippetManagerDialog(QDialog):
    def __init__(
        self,
        drafts: DraftService,
        workspace_id: int,
        workspace_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self.workspace_id = workspace_id
        title = (
            self.tr("Snippets — {workspace}").format(workspace=workspace_name)
            if workspace_name
            else self.tr("Snippets")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Snippets"))
        self.setObjectName("snippet_manager")
        self._snippets: list[SnippetData] = []
        self._editing: SnippetData | None = None
        self._pending_select: str | None = None  # the name to select when the list refreshes

        self.list = QListWidget(self)
        self.list.setObjectName("snippet_list")
        self.list.setAccessibleName(self.tr("Snippets of this workspace"))
        self.list.setMinimumWidth(200)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setObjectName("snippet_new")
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("snippet_delete")
        self.delete_button.clicked.connect(self.delete_current)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("snippet_name")
        self.name_edit.setAccessibleName(self.tr("Snippet name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Opening hours"))
        self.name_edit.textChanged.connect(self._update_buttons)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("snippet_kind")
        self.kind_combo.setAccessibleName(self.tr("Kind of snippet"))
        self.kind_combo.addItem(self.tr("Text"), "text")
        self.kind_combo.addItem(self.tr("Hashtag group"), "hashtags")
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("snippet_body")
        self.body_edit.setAccessibleName(self.tr("Snippet text"))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(self.tr("What Insert puts into the post"))
        self.body_edit.textChanged.connect(self._update_buttons)
        self.save_button = QPushButton(self.tr("&Save Snippet"), self)
        self.save_button.setObjectName("snippet_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_current)
        self.hint = QLabel(self)
        self.hint.setObjectName("snippet_hint")
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Text"), self.body_edit)
        editor = QVBoxLayout()
        editor.addLayout(form, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.hint, 1)
        save_row.addWidget(self.save_button)
        editor.addLayout(save_row)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left.addLayout(list_buttons)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 2)
        columns.addLayout(editor, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.resize(680, 420)

        drafts.snippets_changed.connect(self._on_snippets_changed)
        drafts.save_failed.connect(self._on_failed)
        self.reload()
        if self._snippets:
            self.list.setCurrentRow(0)
        else:
            self.start_new()

    # ---- list -----------------------------------------------------------------------------

    def snippets(self) -> list[SnippetData]:
        return list(self._snippets)

    def reload(self, select_name: str | None = None) -> None:
        self._snippets = self.drafts.snippets(self.workspace_id)
        self.list.blockSignals(True)
        self.list.clear()
        for snippet in self._snippets:
            label = (
                self.tr("# {name}").format(name=snippet.name)
                if snippet.kind == "hashtags"
                else snippet.name
            )
            item = QListWidgetItem(label)
            item.setToolTip(snippet.body)
            item.setData(Qt.ItemDataRole.UserRole, snippet.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        wanted = (
            select_name
            if select_name is not None
            else (self._editing.name if self._editing else None)
        )
        for row, snippet in enumerate(self._snippets):
            if snippet.name == wanted:
                self.list.setCurrentRow(row)
                break
        self._update_buttons()

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._snippets):
            self._show(self._snippets[row])

    def _show(self, snippet: SnippetData | None) -> None:
        self._editing = snippet
        self.name_edit.setText(snippet.name if snippet else "")
        self.kind_combo.setCurrentIndex(KINDS.index(snippet.kind) if snippet else 0)
        self.body_edit.setPlainText(snippet.body if snippet else "")
        self.hint.setText(
            "" if snippet else self.tr("A new snippet: give it a name and the text to insert.")
        )
        self._update_buttons()

    # ---- actions ----------------------------------------------------------------------------

    def start_new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._show(None)
        self.name_edit.setFocus()

    def save_current(self) -> None:
        name = self.name_edit.text().strip()
        kind = self.kind_combo.currentData()
        body = self.body_edit.toPlainText().strip()
        if kind == "hashtags":
            body = tidy_hashtags(body)
        if not name or not body:
            return
        taken = {s.name.casefold() for s in self._snippets if s != self._editing}
        if name.casefold() in taken:
            self.hint.setText(self.tr("“{name}” exists already.").format(name=name))
            return
        # Set before writing: the refresh may arrive before the write call returns.
        self._pending_select = name
        if self._editing is None:
            self.drafts.create_snippet(self.workspace_id, name, body, kind=kind)
        else:
            self.drafts.update_snippet(replace(self._editing, name=name, kind=kind, body=body))
        self.hint.setText(self.tr("Saved."))

    def confirm_delete_box(self, snippet: SnippetData) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete snippet"),
            self.tr("Delete “{name}”? Posts that used it keep their text.").format(
                name=snippet.name
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("snippet_delete_box")
        box.setAccessibleName(self.tr("Delete snippet"))
        self._delete_button = box.addButton(
            self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def delete_current(self) -> None:
        snippet = self._editing
        if snippet is None:
            return
        box = self.confirm_delete_box(snippet)
        box.exec()
        confirmed = box.clickedButton() is self._delete_button
        box.deleteLater()
        if confirmed:
            self._editing = None
            self._pending_select = ""
            self.drafts.delete_snippet(snippet)

    # ---- service --------------------------------------------------------------------------

    def _on_snippets_changed(self, workspace_id: int) -> None:
        if workspace_id != self.workspace_id:
            return
        wanted = self._pending_select
        self.reload(select_name=wanted)
        if self._editing is None and self._snippets and wanted == "":
            self.list.setCurrentRow(0)
        elif not self._snippets:
            self.start_new()

    def _on_failed(self, reason: str) -> None:
        self.hint.setText(self.tr("Not saved: {reason}").format(reason=reason))

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._editing is not None)
        self.save_button.setEnabled(
            bool(self.name_edit.text().strip() and self.body_edit.toPlainText().strip())
        )
