"""The snippet manager on a real database: create, edit and delete a workspace's snippets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.storage.repositories import SnippetRepository, WorkspaceRepository
from studio.ui.snippets import SnippetManagerDialog, tidy_hashtags

MakeStudio = Callable[..., Studio]


@pytest.fixture
def studio(make_studio: MakeStudio) -> Studio:
    return make_studio(workspaces=("Café Lumen", "Harbour Books"))


def workspace_id(studio: Studio, name: str) -> int:
    workspace = WorkspaceRepository(studio.database).find_by_name(name)
    assert workspace is not None
    return workspace.id


def stored(studio: Studio, name: str) -> list[tuple[str, str, str]]:
    rows = SnippetRepository(studio.database).list_for_workspace(workspace_id(studio, name))
    return [(s.name, s.kind, s.body) for s in rows]


def manager(studio: Studio, qtbot: QtBot, name: str = "Café Lumen") -> SnippetManagerDialog:
    dialog = SnippetManagerDialog(studio.drafts, workspace_id(studio, name), name)
    qtbot.addWidget(dialog)
    return dialog


def test_create_a_snippet_and_a_hashtag_group(studio: Studio, qtbot: QtBot) -> None:
    dialog = manager(studio, qtbot)
    assert dialog.windowTitle() == "Snippets — Café Lumen"
    assert not dialog.save_button.isEnabled()  # nothing to save yet
    dialog.name_edit.setText("Opening hours")
    dialog.body_edit.setPlainText("Open Tue–Sun, 8–18.")
    dialog.save_button.click()

    dialog.start_new()
    dialog.name_edit.setText("Spring tags")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("hashtags"))
    dialog.body_edit.setPlainText("SpringMenu, #LocalFood  lisbon")
    dialog.save_button.click()

    assert stored(studio, "Café Lumen") == [  # by kind, then name
        ("Spring tags", "hashtags", "#SpringMenu #LocalFood #lisbon"),
        ("Opening hours", "text", "Open Tue–Sun, 8–18."),
    ]
    assert stored(studio, "Harbour Books") == []  # snippets belong to one workspace
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "# Spring tags",
        "Opening hours",
    ]
    assert dialog.list.currentItem().text() == "# Spring tags"  # the one just saved


def test_edit_a_snippet(studio: Studio, qtbot: QtBot) -> None:
    SnippetRepository(studio.database).create(
        workspace_id(studio, "Café Lumen"), "Sign-off", "See you soon"
    )
    dialog = manager(studio, qtbot)
    assert dialog.name_edit.text() == "Sign-off"  # the first one opens
    dialog.body_edit.setPlainText("See you at the café!")
    dialog.save_button.click()
    assert stored(studio, "Café Lumen") == [("Sign-off", "text", "See you at the café!")]


def test_a_name_is_used_once(studio: Studio, qtbot: QtBot) -> None:
    SnippetRepository(studio.database).create(workspace_id(studio, "Café Lumen"), "Hours", "8–18")
    dialog = manager(studio, qtbot)
    dialog.start_new()
    dialog.name_edit.setText("hours")
    dialog.body_edit.setPlainText("9–17")
    dialog.save_button.click()
    assert "exists already" in dialog.hint.text()
    assert stored(studio, "Café Lumen") == [("Hours", "text", "8–18")]


def test_delete_asks_first(studio: Studio, qtbot: QtBot) -> None:
    SnippetRepository(studio.database).create(workspace_id(studio, "Café Lumen"), "Hours", "8–18")
    dialog = manager(studio, qtbot)

    def answer(delete: bool) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "Hours" in box.text()
        target = dialog._delete_button if delete else box.button(QMessageBox.StandardButton.Cancel)
        target.click()

    QTimer.singleShot(0, lambda: answer(False))
    dialog.delete_button.click()
    assert stored(studio, "Café Lumen") == [("Hours", "text", "8–18")]

    QTimer.singleShot(0, lambda: answer(True))
    dialog.delete_button.click()
    assert stored(studio, "Café Lumen") == []
    assert dialog.list.count() == 0
    assert not dialog.delete_button.isEnabled()


def test_tidy_hashtags() -> None:
    assert tidy_hashtags("spring #Menu,  local") == "#spring #Menu #local"
    assert tidy_hashtags("") == ""


def test_every_field_has_an_accessible_name(studio: Studio, qtbot: QtBot) -> None:
    dialog = manager(studio, qtbot)
    for widget in (dialog.list, dialog.name_edit, dialog.kind_combo, dialog.body_edit):
        assert widget.accessibleName()
    assert dialog.accessibleName() == "Snippets"
