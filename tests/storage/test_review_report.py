"""The HTML review report: everything escaped, every post with its texts, comments and status."""

from __future__ import annotations

import re
from pathlib import Path

from studio.domain.platforms import PlatformId
from studio.domain.posts import Status
from studio.storage.database import Database
from studio.storage.exchange_review import ReviewSelection, ReviewSession, export_review
from studio.storage.repositories import PostRepository, WorkspaceRepository
from studio.storage.review import ReviewStore
from studio.storage.review_report import report_from_database, report_from_file, write_report

BODY = 'Fresh rye <script>alert("x")</script> every morning & more. Try the dark crust.'


def make_post(db: Database) -> int:
    workspace = WorkspaceRepository(db).create("Bakery <b>", timezone="Europe/Berlin")
    posts = PostRepository(db)
    post = posts.create(
        workspace.id, title="Rye <i>day</i>", body=BODY, status=Status.IN_REVIEW, author="Ben"
    )
    posts.add_variant(post.id, PlatformId.INSTAGRAM, text="Rye day! #bread")
    posts.add_variant(post.id, PlatformId.X)
    return post.id


def test_the_report_escapes_everything_from_posts_and_people(db: Database) -> None:
    post_id = make_post(db)
    start = BODY.index("dark crust")
    ReviewStore(db).add_comment(
        post_id, "<img src=x onerror=alert(1)>", author="<Ana>", start=start, end=start + 10
    )
    page = report_from_database(db)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<img" not in page and "&lt;img src=x" in page
    assert "&lt;Ana&gt;" in page and "Rye &lt;i&gt;day&lt;/i&gt;" in page
    assert "Bakery &lt;b&gt;" in page
    assert "<script" not in page.lower().replace("&lt;script", "")  # no scripts of its own
    assert "http://" not in page and "https://" not in page  # self-contained


def test_the_report_shows_previews_comments_marks_and_status(db: Database) -> None:
    post_id = make_post(db)
    store = ReviewStore(db)
    start = BODY.index("dark crust")
    thread = store.add_comment(post_id, "Darker?", author="Ana", start=start, end=start + 10)
    store.reply(thread, "Yes.", author="Ben")
    post = PostRepository(db).get(post_id)
    store.request_changes(post, by="Ana", comment="Say when.")
    page = report_from_database(db, ReviewSelection(post_ids=(post_id,)))
    assert re.search(r"<mark[^>]*>dark crust<sup>", page)
    assert "Instagram" in page and "Rye day! #bread" in page and "X</h4>" in page
    assert "Darker?" in page and "Yes." in page and "Say when." in page
    assert "In review → Changes requested" in page
    assert 'class="status">Changes requested' in page


def test_the_report_of_a_review_file_has_the_reviewers_words(db: Database, tmp_path: Path) -> None:
    make_post(db)
    session = ReviewSession(export_review(db))
    key = session.posts[0].key
    session.add_comment(key, "Lovely & warm.", author="Client", start=0, end=9)
    session.approve(key, by="Client")
    page = report_from_file(session.review)
    assert "Lovely &amp; warm." in page and "In review → Approved" in page
    target = write_report(page, tmp_path / "report.html")
    assert target.read_text(encoding="utf-8") == page


def test_an_empty_selection_says_so(db: Database) -> None:
    assert "No posts were selected." in report_from_database(db, ReviewSelection(post_ids=()))
