"""No last writer wins: every row a person edits is versioned, and a stale write is refused.

The table audit reads the SQLModel metadata, so a new table cannot arrive without either a
version column or a reason here why it needs none. The behaviour tests run on a real SQLite file
and on the throwaway PostgreSQL cluster, with two Database objects as two clients.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from studio.domain.schedule import Frequency, PostingSlot, Recurrence
from studio.storage import revisions, tables
from studio.storage.calendar import (
    RecurrenceData,
    RecurrenceRepository,
    SlotRepository,
    calendar_entries,
)
from studio.storage.database import Database, open_database
from studio.storage.errors import ConflictError
from studio.storage.media_library import MediaLibrary, NewMedia
from studio.storage.repositories import PostRepository, SnippetRepository, WorkspaceRepository

# Tables without a version column, and why none is needed. Everything else must have one.
NOT_EDITED: dict[str, str] = {
    "revision": "append-only history: a snapshot is written once and never changed",
    "status_change": "append-only history of status moves, written with the move",
    "review_decision": "a decision is recorded once, as decided; a new one is a new row",
    "post_key": "a post's identity outside the database: given once, never changed",
}

AT = datetime(2027, 3, 2, 8, 0, tzinfo=UTC)
WEEKLY = Recurrence(Frequency.WEEKLY)
MONTHLY = Recurrence(Frequency.MONTHLY)


def test_every_user_editable_table_has_a_version_column() -> None:
    all_tables = SQLModel.metadata.tables
    assert set(all_tables) == {table.__tablename__ for table in tables.ALL_TABLES}  # type: ignore[attr-defined]
    missing = sorted(
        name
        for name, table in all_tables.items()
        if "version" not in table.columns and name not in NOT_EDITED
    )
    assert missing == [], f"tables without a version column and without a reason: {missing}"
    for name, table in all_tables.items():
        if "version" in table.columns:
            column = table.columns["version"]
            assert not column.nullable and isinstance(column.type, sa.Integer), name
    # The allow-list stays honest: only existing tables that really have no version.
    assert set(NOT_EDITED) <= set(all_tables)
    assert [name for name in NOT_EDITED if "version" in all_tables[name].columns] == []


# ---- two clients, on SQLite and on PostgreSQL ---------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def clients(url: str) -> Iterator[tuple[Database, Database]]:
    alice = open_database(url)
    bob = open_database(url)
    yield alice, bob
    alice.close()
    bob.close()


def scheduled_post(db: Database, title: str = "Sourdough Tuesday") -> int:
    workspace = WorkspaceRepository(db).find_by_name("Bakery") or WorkspaceRepository(db).create(
        "Bakery", timezone="Europe/Berlin"
    )
    post = PostRepository(db).create(
        workspace.id, title=title, scheduled_at=AT, scheduled_zone="Europe/Berlin"
    )
    return post.id


def test_a_stale_repeat_edit_does_not_replace_no_repeat(
    clients: tuple[Database, Database],
) -> None:
    alice, bob = clients
    post_id = scheduled_post(alice)
    RecurrenceRepository(alice).set(post_id, WEEKLY)
    alices_copy = RecurrenceRepository(alice).read(post_id)
    bobs_copy = RecurrenceRepository(bob).read(post_id)
    assert alices_copy == bobs_copy == RecurrenceData(post_id, WEEKLY, 1)

    stopped = RecurrenceRepository(bob).save(bobs_copy, None)  # Bob: no repeat
    assert stopped == RecurrenceData(post_id, None, 2)

    with pytest.raises(ConflictError, match=r"repeat of post .* changed by someone else") as error:
        RecurrenceRepository(alice).save(alices_copy, MONTHLY)  # Alice still sees weekly

    assert error.value.mine == RecurrenceData(post_id, MONTHLY, 1)
    assert error.value.theirs == RecurrenceData(post_id, None, 2)
    assert RecurrenceRepository(alice).read(post_id) == stopped
    # Alice decides on top of Bob's choice: an ordinary save.
    assert RecurrenceRepository(alice).save(error.value.theirs, MONTHLY).version == 3
    assert RecurrenceRepository(bob).get(post_id) == MONTHLY


def test_a_repeat_stopped_and_set_again_is_still_a_conflict_for_the_old_copy(
    clients: tuple[Database, Database],
) -> None:
    """The version never goes back, so an old copy cannot match a rule made again later."""
    alice, bob = clients
    post_id = scheduled_post(alice)
    RecurrenceRepository(alice).set(post_id, WEEKLY)
    alices_copy = RecurrenceRepository(alice).read(post_id)
    assert RecurrenceRepository(bob).clear(post_id)
    assert not RecurrenceRepository(bob).clear(post_id)
    RecurrenceRepository(bob).set(post_id, WEEKLY)

    with pytest.raises(ConflictError):
        RecurrenceRepository(alice).save(alices_copy, MONTHLY)
    assert RecurrenceRepository(alice).read(post_id) == RecurrenceData(post_id, WEEKLY, 3)


def test_two_first_repeats_of_the_same_post_let_one_win(
    clients: tuple[Database, Database],
) -> None:
    alice, bob = clients
    post_id = scheduled_post(alice)
    never = RecurrenceRepository(alice).read(post_id)
    assert never == RecurrenceData(post_id, None, 0)
    # Saving "no repeat" over "never repeated" stores nothing and is no conflict.
    assert RecurrenceRepository(alice).save(never, None) == never

    RecurrenceRepository(bob).save(never, WEEKLY)
    with pytest.raises(ConflictError) as error:
        RecurrenceRepository(alice).save(never, MONTHLY)
    assert error.value.theirs == RecurrenceData(post_id, WEEKLY, 1)


def test_a_switched_off_repeat_is_not_read_as_a_rule(db: Database) -> None:
    post_id = scheduled_post(db)
    other_id = scheduled_post(db, "Croissant Friday")
    repository = RecurrenceRepository(db)
    repository.set(post_id, Recurrence(Frequency.DAILY, count=3))
    repository.set(other_id, Recurrence(Frequency.DAILY, count=3))
    repository.save(repository.read(post_id), None)

    assert repository.get(post_id) is None
    assert repository.for_posts([post_id, other_id]) == {
        other_id: Recurrence(Frequency.DAILY, count=3)
    }
    entries = calendar_entries(db, AT, datetime(2027, 3, 10, tzinfo=UTC))
    assert [(e.post.id, e.occurrence) for e in entries if e.post.id == post_id] == [(post_id, 0)]
    assert len([e for e in entries if e.post.id == other_id]) == 3


def test_racing_first_repeats_from_threads_let_exactly_one_win(
    clients: tuple[Database, Database],
) -> None:
    alice, _bob = clients
    post_id = scheduled_post(alice)
    never = RecurrenceRepository(alice).read(post_id)
    start = threading.Barrier(4)
    outcomes: list[str] = []
    lock = threading.Lock()

    def save(interval: int) -> None:
        start.wait()
        try:
            RecurrenceRepository(alice).save(never, Recurrence(Frequency.WEEKLY, interval))
            result = f"saved {interval}"
        except ConflictError:
            result = "conflict"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(1, 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert outcomes.count("conflict") == 3, outcomes
    [winner] = [o for o in outcomes if o.startswith("saved")]
    stored = RecurrenceRepository(alice).read(post_id)
    assert stored.version == 1 and winner == f"saved {stored.rule.interval}"  # type: ignore[union-attr]


# ---- other rows a person edits ------------------------------------------------------------------


def test_a_snippet_edited_meanwhile_is_not_deleted(clients: tuple[Database, Database]) -> None:
    alice, bob = clients
    workspace = WorkspaceRepository(alice).create("Bakery", timezone="UTC")
    snippet = SnippetRepository(alice).create(workspace.id, "Sign-off", "Love, the bakery")
    SnippetRepository(bob).update(replace(snippet, body="Love, Bob's bakery"))

    with pytest.raises(ConflictError, match="was not deleted") as error:
        SnippetRepository(alice).delete(snippet)
    assert error.value.theirs.body == "Love, Bob's bakery"

    current = SnippetRepository(alice).list_for_workspace(workspace.id)
    SnippetRepository(alice).delete(current[0])
    SnippetRepository(bob).delete(current[0])  # already gone: nothing to refuse
    assert SnippetRepository(bob).list_for_workspace(workspace.id) == []


def test_an_image_or_attachment_changed_meanwhile_is_not_removed(
    clients: tuple[Database, Database],
) -> None:
    alice, bob = clients
    workspace = WorkspaceRepository(alice).create("Bakery", timezone="UTC")
    post_id = scheduled_post(alice)
    image = NewMedia(
        sha256="ab" * 32, original_name="rye.jpg", mime="image/jpeg", width=4, height=3, byte_size=9
    )
    item, _created = MediaLibrary(alice).add(workspace.id, image)
    MediaLibrary(bob).update_alt_text(item, "A rye loaf on a board")
    with pytest.raises(ConflictError, match="was not removed"):
        MediaLibrary(alice).remove(item)

    picture, _created = MediaLibrary(alice).add(workspace.id, replace(image, sha256="cd" * 32))
    attachment = MediaLibrary(alice).attach(post_id, picture.id)
    MediaLibrary(bob).set_crop(attachment, "instagram", (0.0, 0.0, 0.5, 0.5))
    with pytest.raises(ConflictError, match="was not removed"):
        MediaLibrary(alice).detach(attachment)
    assert len(MediaLibrary(alice).attachments(post_id)) == 1


def test_posting_slots_saved_meanwhile_are_not_replaced(
    clients: tuple[Database, Database],
) -> None:
    alice, bob = clients
    workspace = WorkspaceRepository(alice).create("Bakery", timezone="Europe/Berlin")
    tuesday = PostingSlot(weekday=1, clock=time(9, 0))
    thursday = PostingSlot(weekday=3, clock=time(9, 0))
    SlotRepository(alice).replace_all(workspace.id, [tuesday])
    alices_start = SlotRepository(alice).slots(workspace.id)
    bobs_start = SlotRepository(bob).slots(workspace.id)

    SlotRepository(bob).replace_all(workspace.id, [tuesday, thursday], expected=bobs_start)
    with pytest.raises(ConflictError, match="posting slots of Bakery were changed") as error:
        SlotRepository(alice).replace_all(workspace.id, [], expected=alices_start)

    assert error.value.theirs == [tuesday, thursday]
    assert SlotRepository(alice).slots(workspace.id) == [tuesday, thursday]


# ---- the migration from the previous schema -----------------------------------------------------


def _at_revision_0005(url: str) -> None:
    """A database as revision 0005 left it, holding a post that repeats weekly."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            revisions.upgrade(connection, "0005")
            now = datetime(2026, 11, 1, tzinfo=UTC)
            stamps = {"created_at": now, "updated_at": now, "version": 1}
            workspace_id = connection.execute(
                sa.insert(tables.Workspace.__table__).values(  # type: ignore[attr-defined]
                    name="Bakery", timezone="Europe/Berlin", **stamps
                )
            ).inserted_primary_key[0]
            post_id = connection.execute(
                sa.insert(tables.Post.__table__).values(  # type: ignore[attr-defined]
                    workspace_id=workspace_id, title="Rye", scheduled_at=AT, **stamps
                )
            ).inserted_primary_key[0]
            connection.execute(
                sa.insert(tables.PostRecurrence.__table__).values(  # type: ignore[attr-defined]
                    post_id=post_id, frequency="weekly", interval=2, count=5, **stamps
                )
            )
    finally:
        engine.dispose()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_0005_database_upgrades_and_its_repeats_are_versioned(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'old.sqlite3'}"
        if kind == "sqlite"
        else str(request.getfixturevalue("postgres_url"))
    )
    _at_revision_0005(url)

    db = open_database(url, backups_dir=tmp_path / "backups")
    try:
        assert db.upgraded_from == "0005"
        assert db.schema_revision() == revisions.head_revision()
        [post] = PostRepository(db).list_for_workspace(WorkspaceRepository(db).list_all()[0].id)
        repository = RecurrenceRepository(db)
        before = repository.read(post.id)
        assert before == RecurrenceData(post.id, Recurrence(Frequency.WEEKLY, 2, count=5), 1)
        # "No repeat" is now a stored state with a version, not a deleted row.
        assert repository.save(before, None) == RecurrenceData(post.id, None, 2)
        with pytest.raises(ConflictError):
            repository.save(before, MONTHLY)
        with db.connect() as connection:
            rows = connection.execute(sa.text("SELECT frequency, version FROM post_recurrence"))
            assert rows.all() == [(None, 2)]
    finally:
        db.close()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'studio.sqlite3'}")
    yield database
    database.close()
