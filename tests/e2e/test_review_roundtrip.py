"""A review file between two studios: the agency exports with the real `studio` process, a
client opens it in the window of their own data dir, comments, approves and saves; the agency
imports the returned file (twice: the second time adds nothing)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from studio.app import Studio, build_main_window, open_studio
from studio.domain.posts import Status
from studio.paths import resolve_database_url, resolve_paths
from studio.storage.database import open_database
from studio.storage.repositories import PostRepository, WorkspaceRepository
from studio.storage.review import ReviewStore
from studio.ui.main_window import Section
from studio.ui.review_page import ReviewPage
from tests.e2e.studio_process import run_studio

pytestmark = pytest.mark.e2e

BODY = "Fresh rye every morning. Come by before nine and try the dark crust. See you soon!"


def _agency(home: Path) -> int:
    """The agency's data dir with one post in review (written by the real storage code)."""
    home.mkdir(parents=True)
    db = open_database(f"sqlite:///{home / 'studio.sqlite3'}")
    try:
        workspace = WorkspaceRepository(db).create("Bakery", timezone="Europe/Berlin")
        post = PostRepository(db).create(
            workspace.id, title="Rye", body=BODY, status=Status.IN_REVIEW, author="Ben"
        )
        return post.id
    finally:
        db.close()


@pytest.fixture
def make_client(qapp: object) -> Iterator[Callable[[Path], Studio]]:
    from studio.app import application

    application()
    opened: list[Studio] = []

    def make(home: Path) -> Studio:
        paths = resolve_paths(home).ensure()
        studio = open_studio(paths, resolve_database_url(paths), synchronous_tasks=True)
        opened.append(studio)
        return studio

    yield make
    for studio in opened:
        studio.close()


def test_a_review_file_round_trips_between_two_data_dirs(
    tmp_path: Path, qtbot: QtBot, qapp: object, make_client: Callable[[Path], Studio]
) -> None:
    agency_home = tmp_path / "agency"
    post_id = _agency(agency_home)
    review_file = tmp_path / "rye.studio-review"
    exported = run_studio(
        "export",
        "--format",
        "review",
        "--workspace",
        "Bakery",
        "-o",
        str(review_file),
        home=agency_home,
    )
    assert exported.returncode == 0, exported.stderr
    assert review_file.exists()

    # The client, in a data dir of their own with nothing in its database.
    client = make_client(tmp_path / "client")
    window = build_main_window(client)
    qtbot.addWidget(window)
    window.show_section(Section.REVIEW)
    page = window.section_pages[Section.REVIEW]
    assert isinstance(page, ReviewPage)
    page.open_file(review_file)
    view = page.view
    assert view.document is not None and view.document.from_file
    assert view.text_view.toPlainText() == BODY
    start = BODY.index("dark crust")
    cursor = view.text_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("dark crust"), QTextCursor.MoveMode.KeepAnchor)
    view.text_view.setTextCursor(cursor)
    view.comment_action.trigger()
    view.comment_edit.setPlainText("Darker than last week, please.")
    view.comment_send.click()
    view.approve_button.click()
    assert page.save_session()
    assert page.session is not None and not page.session.dirty

    imported = run_studio("import", str(review_file), home=agency_home)
    assert imported.returncode == 0, imported.stderr
    assert "1 comment added" in imported.stdout and "1 decision applied" in imported.stdout
    again = run_studio("import", str(review_file), home=agency_home)
    assert again.returncode == 0, again.stderr
    assert "0 comments added" in again.stdout and "0 decisions applied" in again.stdout

    db = open_database(f"sqlite:///{agency_home / 'studio.sqlite3'}")
    try:
        assert PostRepository(db).get(post_id).status is Status.APPROVED
        threads = ReviewStore(db).threads(post_id)
        assert [(t.root.quote, t.root.body, t.root.author) for t in threads] == [
            ("dark crust", "Darker than last week, please.", "Reviewer")
        ]
        assert (threads[0].start, threads[0].end) == (start, start + len("dark crust"))
        timeline = ReviewStore(db).timeline(post_id)
        assert (timeline[-1].from_status, timeline[-1].to_status) == (
            Status.IN_REVIEW,
            Status.APPROVED,
        )
        assert "(from a review file)" in timeline[-1].note
    finally:
        db.close()


def test_studio_file_is_a_review_file_to_open_and_commands_stay_commands(tmp_path: Path) -> None:
    from studio.cli import _review_file_argument, main

    assert _review_file_argument(["--data-dir", "d", "x.studio-review"]) == (
        ["--data-dir", "d"],
        Path("x.studio-review"),
    )
    assert _review_file_argument(["export", "--format", "review"]) == (
        ["export", "--format", "review"],
        None,
    )
    assert main([str(tmp_path / "missing.studio-review")]) == 2  # no such file: a usage error
