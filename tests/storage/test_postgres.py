"""The shared-calendar set-up: the same code on a real PostgreSQL server."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
import sqlalchemy as sa

from studio.domain.posts import Status
from studio.storage.database import open_database
from studio.storage.errors import ConflictError, SchemaTooNewError
from studio.storage.repositories import PostRepository, WorkspaceRepository
from studio.storage.revisions import head_revision
from studio.storage.search import search_posts

pytestmark = pytest.mark.postgres


def test_a_new_postgres_database_is_migrated_to_head(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        assert db.dialect == "postgresql"
        assert db.created
        assert db.schema_revision() == head_revision()
        assert set(db.row_counts()) >= {"workspace", "post", "variant", "status_change"}
        assert "***" not in db.location  # trust auth: no password to mask, user shown
        assert db.location.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    finally:
        db.close()
    reopened = open_database(postgres_url)
    try:
        assert not reopened.created
        assert reopened.schema_revision() == head_revision()
    finally:
        reopened.close()


def test_two_clients_editing_the_same_post_lose_no_update(postgres_url: str) -> None:
    alice_db = open_database(postgres_url)
    bob_db = open_database(postgres_url)
    try:
        workspace = WorkspaceRepository(alice_db).create("Shared", timezone="America/New_York")
        original = PostRepository(alice_db).create(workspace.id, title="Draft", body="v1")
        alice_copy = PostRepository(alice_db).get(original.id)
        bob_copy = PostRepository(bob_db).get(original.id)

        saved_by_alice = PostRepository(alice_db).save(replace(alice_copy, body="Alice's text"))
        with pytest.raises(ConflictError) as refused:
            PostRepository(bob_db).save(replace(bob_copy, body="Bob's text"))

        assert refused.value.mine.body == "Bob's text"
        assert refused.value.theirs.body == "Alice's text"
        assert (refused.value.mine.version, refused.value.theirs.version) == (1, 2)
        stored = PostRepository(bob_db).get(original.id)
        assert stored == saved_by_alice
        # Bob merges on top of the current version and saves: both edits are kept.
        merged = PostRepository(bob_db).save(replace(stored, body=stored.body + " + Bob's text"))
        assert merged.version == 3
        assert PostRepository(alice_db).get(original.id).body == "Alice's text + Bob's text"
    finally:
        alice_db.close()
        bob_db.close()


def test_racing_saves_from_threads_let_exactly_one_win(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        workspace = WorkspaceRepository(db).create("Race", timezone="UTC")
        post = PostRepository(db).create(workspace.id, title="Race", body="start")
        start = threading.Barrier(4)
        outcomes: list[str] = []
        lock = threading.Lock()

        def save(label: str) -> None:
            start.wait()
            try:
                PostRepository(db).save(replace(post, body=label))
                result = f"saved {label}"
            except ConflictError:
                result = "conflict"
            with lock:
                outcomes.append(result)

        threads = [threading.Thread(target=save, args=(f"writer {n}",)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        winners = [o for o in outcomes if o.startswith("saved")]
        assert len(winners) == 1
        assert outcomes.count("conflict") == 3
        final = PostRepository(db).get(post.id)
        assert final.version == 2
        assert winners[0] == f"saved {final.body}"
    finally:
        db.close()


def test_status_history_and_search_work_on_postgres(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        workspace = WorkspaceRepository(db).create("Search", timezone="UTC")
        posts = PostRepository(db)
        post = posts.create(workspace.id, title="Café 100% sourdough", body="Long fermentation")
        posts.add_variant(post.id, "x", text="Short text for X")
        posts.move_to(post, Status.DRAFT, changed_by="ana")
        assert [c.to_status for c in posts.status_history(post.id)] == [Status.IDEA, Status.DRAFT]
        assert [p.id for p in search_posts(db, "fermentation")] == [post.id]
        assert [p.id for p in search_posts(db, "100%")] == [post.id]
        assert [p.id for p in search_posts(db, "short X")] == [post.id]
        assert search_posts(db, "_") == []
        assert search_posts(db, '") OR 1=1 --') == []
    finally:
        db.close()


def test_a_postgres_schema_newer_than_the_app_is_refused(postgres_url: str) -> None:
    open_database(postgres_url).close()
    engine = sa.create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    try:
        with pytest.raises(SchemaTooNewError, match="newer Content Studio"):
            open_database(postgres_url)
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).all() == [
                ("ffff_future",)
            ]
    finally:
        engine.dispose()


def test_the_command_line_runs_demo_and_info_on_postgres(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from studio.cli import main

    assert main(["--db", postgres_url, "db", "info"]) == 1  # empty: nothing created by info
    assert "no Content Studio schema" in capsys.readouterr().err
    assert main(["--db", postgres_url, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", postgres_url, "db", "info"]) == 0
    out = capsys.readouterr().out
    assert f"Schema revision: {head_revision()} (up to date)" in out
    assert any(line.split()[:2] == ["workspace", "2"] for line in out.splitlines())
    assert main(["--db", postgres_url, "db", "backup"]) == 1
    assert "pg_dump" in capsys.readouterr().err
