"""ReviewService on a real SQLite file with a synchronous TaskRunner (outcomes arrive inline)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studio.domain.platforms import PlatformId
from studio.domain.posts import Status
from studio.services.review import ReviewDocument, ReviewService, document_for_file
from studio.services.tasks import TaskRunner
from studio.storage.database import Database, open_database
from studio.storage.exchange_review import ReviewSelection, ReviewSession, read_review_file
from studio.storage.repositories import PostData, PostRepository, WorkspaceRepository
from studio.storage.review import ReviewStore

BODY = "My uncle committed suicide last year. Come by the bakery before nine for the dark rye."


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'studio.sqlite3'}")
    yield database
    database.close()


@pytest.fixture
def post(db: Database) -> PostData:
    workspace = WorkspaceRepository(db).create("Bakery", timezone="Europe/Berlin")
    posts = PostRepository(db)
    created = posts.create(
        workspace.id, title="Rye", body=BODY, status=Status.IN_REVIEW, author="Ben"
    )
    posts.add_variant(created.id, PlatformId.INSTAGRAM, text="Rye day! #bread")
    posts.record_revision(created.id, reason="first", author="Ben")
    return posts.get(created.id)


@pytest.fixture
def service(qtbot: QtBot, db: Database) -> Iterator[ReviewService]:
    tasks = TaskRunner(synchronous=True)
    yield ReviewService(tasks, db, author="Ana")
    tasks.shutdown()


def opened(service: ReviewService, post_id: int) -> ReviewDocument:
    documents: list[ReviewDocument] = []
    service.document_ready.connect(documents.append)
    service.open_post(post_id)
    service.document_ready.disconnect(documents.append)
    return documents[-1]


def test_a_document_holds_texts_threads_timeline_and_strong_findings(
    service: ReviewService, post: PostData
) -> None:
    document = opened(service, post.id)
    assert document.texts == (("body", BODY), ("instagram", "Rye day! #bread"))
    assert document.strong_rules == ("WB-SUICIDE-VERB",)
    assert document.status is Status.IN_REVIEW and document.revision_count == 1


def test_comment_reply_resolve_and_reopen_arrive_as_new_documents(
    service: ReviewService, post: PostData
) -> None:
    document = opened(service, post.id)
    shown: list[ReviewDocument] = []
    service.document_ready.connect(shown.append)
    start = BODY.index("dark rye")
    service.comment(document, "Which rye?", start=start, end=start + 8)
    thread = shown[-1].threads[0]
    assert (thread.quote, thread.start, thread.end) == ("dark rye", start, start + 8)
    assert thread.comments[0].author == "Ana"
    service.reply(shown[-1], thread, "The dark one.")
    assert [c.body for c in shown[-1].threads[0].comments] == ["Which rye?", "The dark one."]
    service.set_resolved(shown[-1], shown[-1].threads[0], True)
    assert shown[-1].threads[0].resolved
    service.set_resolved(shown[-1], shown[-1].threads[0], False)
    assert not shown[-1].threads[0].resolved


def test_approving_past_strong_findings_asks_then_records_the_confirmation(
    service: ReviewService, post: PostData, db: Database
) -> None:
    document = opened(service, post.id)
    asked: list[tuple[ReviewDocument, object]] = []
    service.confirmation_needed.connect(lambda doc, findings: asked.append((doc, findings)))
    service.approve(document)  # not confirmed
    assert len(asked) == 1 and [f.rule_id for f in asked[0][1]] == ["WB-SUICIDE-VERB"]
    assert PostRepository(db).get(post.id).status is Status.IN_REVIEW

    service.approve(document, confirmed_rules=("WB-SUICIDE-VERB",))
    assert PostRepository(db).get(post.id).status is Status.APPROVED
    decision = ReviewStore(db).decisions(post.id)[-1]
    assert decision.acknowledged_rules == ("WB-SUICIDE-VERB",) and decision.author == "Ana"
    assert "WB-SUICIDE-VERB" in ReviewStore(db).timeline(post.id)[-1].note


def test_request_changes_moves_the_status_and_leaves_the_comment(
    service: ReviewService, post: PostData, db: Database
) -> None:
    document = opened(service, post.id)
    waiting: list[object] = []
    service.waiting_changed.connect(waiting.append)
    service.request_changes(document, "Please rephrase the first sentence.", start=0, end=8)
    stored = PostRepository(db).get(post.id)
    assert stored.status is Status.CHANGES_REQUESTED
    threads = ReviewStore(db).threads(post.id)
    assert threads[0].root.body == "Please rephrase the first sentence."
    assert waiting, "what waits is refreshed after a decision"


def test_a_write_on_an_outdated_post_reports_and_shows_what_is_stored(
    service: ReviewService, post: PostData, db: Database
) -> None:
    document = opened(service, post.id)
    PostRepository(db).save(PostRepository(db).get(post.id), changed_by="Ben")  # version moves
    failures: list[str] = []
    service.failed.connect(failures.append)
    service.request_changes(document, "Softer.")
    assert failures and PostRepository(db).get(post.id).status is Status.IN_REVIEW


def test_restore_brings_an_old_text_back_as_a_new_revision(
    service: ReviewService, post: PostData, db: Database
) -> None:
    posts = PostRepository(db)
    first = ReviewStore(db).revisions(post.id)[0]
    posts.save(replace(posts.get(post.id), body="Completely new words."))
    document = opened(service, post.id)
    service.restore(document, first.id)
    assert posts.get(post.id).body == BODY
    assert len(ReviewStore(db).revisions(post.id)) == 3  # first, before restoring, restored


def test_review_files_export_open_save_and_import(
    service: ReviewService, post: PostData, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "out.studio-review"
    exported: list[Path] = []
    service.exported.connect(exported.append)
    service.export_file(ReviewSelection(), target)
    assert exported == [target]

    sessions: list[ReviewSession] = []
    service.session_opened.connect(sessions.append)
    service.open_file(target)
    session = sessions[0]
    key = session.posts[0].key
    session.add_comment(key, "Lovely.", author="Client")
    service.save_session(session)
    assert not session.dirty and read_review_file(target).saved_by == "Ana"

    reports: list[object] = []
    service.imported.connect(reports.append)
    service.import_file(target)
    assert reports[0].comments_added == 1  # type: ignore[attr-defined]
    service.import_file(target)
    assert reports[1].comments_added == 0  # type: ignore[attr-defined]


def test_a_file_post_document_shows_the_reviewers_decision_as_its_status(
    service: ReviewService, post: PostData, tmp_path: Path
) -> None:
    target = tmp_path / "out.studio-review"
    service.export_file(ReviewSelection(post_ids=(post.id,)), target)
    session = ReviewSession.open(target)
    key = session.posts[0].key
    session.request_changes(key, by="Client", comment="Too sad.", start=0, end=8)
    document = document_for_file(session.review, key)
    assert document.from_file and document.status is Status.CHANGES_REQUESTED
    assert [(e.from_status, e.to_status) for e in document.timeline] == [
        (Status.IN_REVIEW, Status.CHANGES_REQUESTED)
    ]
    assert document.threads[0].quote == "My uncle"
