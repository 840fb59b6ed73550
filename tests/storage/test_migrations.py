"""Migrations: the snapshot, the models matching the migrations, old databases upgrading intact."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from studio.storage import schema_snapshot
from studio.storage.database import open_database
from studio.storage.repositories import PostRepository, WorkspaceRepository
from studio.storage.revisions import head_revision
from studio.storage.search import is_search_object, search_posts
from tests.storage.conftest import sha256_of, side_files

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT / "db" / "fixtures"


def test_the_schema_snapshot_is_current() -> None:
    snapshot = REPO_ROOT / "db" / "schema.sql"
    assert snapshot.read_text(encoding="utf-8") == schema_snapshot.head_schema_sql(), (
        "db/schema.sql is stale: run `uv run python -m studio.storage.schema_snapshot`"
    )


def test_the_snapshot_check_command_reports_staleness(tmp_path: Path) -> None:
    stale = tmp_path / "schema.sql"
    stale.write_text("-- old\n")
    assert schema_snapshot.main(["--check", "--output", str(stale)]) == 1
    assert schema_snapshot.main(["--output", str(stale)]) == 0
    assert schema_snapshot.main(["--check", "--output", str(stale)]) == 0


def test_the_tables_match_what_the_migrations_build(tmp_path: Path) -> None:
    """A model change without a migration (or the reverse) fails here, not on a user's machine."""
    db = open_database(f"sqlite:///{tmp_path / 'head.sqlite3'}")
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "include_object": lambda obj, name, kind, reflected, other: (
                        not (kind == "table" and name and is_search_object(name))
                    ),
                },
            )
            differences = compare_metadata(context, SQLModel.metadata)
    finally:
        db.close()
    assert differences == []


def _fixture_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'post_search%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        rows = {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in tables
        }
    connection.close()
    return rows


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite3")), ids=lambda p: p.stem)
def test_a_frozen_old_database_upgrades_with_every_row_intact(
    fixture: Path, tmp_path: Path
) -> None:
    fixture_hash = sha256_of(fixture)
    old = tmp_path / "studio.sqlite3"
    shutil.copyfile(fixture, old)
    rows_before = _fixture_rows(old)
    assert sum(len(rows) for rows in rows_before.values()) > 10
    old_revision = fixture.stem.removeprefix("schema-")

    backups = tmp_path / "backups"
    db = open_database(f"sqlite:///{old}", backups_dir=backups)
    try:
        assert db.upgraded_from == old_revision
        assert db.schema_revision() == head_revision()
        # Post titles, bodies and variant texts written before search existed are searchable.
        assert [p.title for p in search_posts(db, "Stollen")] == ["Stollen pre-orders"]
        assert [p.title for p in search_posts(db, "ümlauts")] == ["Rye 101"]
        assert [p.title for p in search_posts(db, "worth the wait")] == ["Stollen pre-orders"]
        # The repositories read the old rows as plain data.
        workspace = WorkspaceRepository(db).list_all()[0]
        assert workspace.name == "Fixture Bakery"
        assert [p.title for p in PostRepository(db).list_for_workspace(workspace.id)] == [
            "Stollen pre-orders",
            "Rye 101",
        ]
    finally:
        db.close()

    rows_after = _fixture_rows(old)
    for table, rows in rows_before.items():
        # Columns added by later revisions are appended; the old ones keep their values.
        assert [row[: len(rows[0])] for row in rows_after[table]] == rows, table

    # The backup was taken before the upgrade: it holds the old schema and the same rows.
    assert db.backup_path is not None and db.backup_path.parent == backups
    assert db.backup_path.name.startswith(f"studio-rev{old_revision}-")
    assert db.backup_path.name.endswith("Z.sqlite3")
    assert _fixture_rows(db.backup_path) == rows_before
    with sqlite3.connect(f"file:{db.backup_path}?mode=ro", uri=True) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (old_revision,)
        ]
        assert backup.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    backup.close()
    assert side_files(db.backup_path) == []
    assert sha256_of(fixture) == fixture_hash  # only the copy was upgraded


def test_an_old_database_opened_without_upgrade_stays_at_its_revision(tmp_path: Path) -> None:
    old = tmp_path / "studio.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", old)
    db = open_database(f"sqlite:///{old}", upgrade=False)
    try:
        assert db.schema_revision() == "0001"
        assert db.upgraded_from is None and db.backup_path is None
        assert db.row_counts()["post"] == 2
    finally:
        db.close()
    assert not (tmp_path / "backups").exists()


def test_two_upgrades_in_the_same_second_keep_both_backups(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    made = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        old = folder / "studio.sqlite3"
        shutil.copyfile(FIXTURES / "schema-0001.sqlite3", old)
        db = open_database(f"sqlite:///{old}", backups_dir=backups)
        db.close()
        made.append(db.backup_path)
    assert made[0] != made[1]
    assert all(path is not None and path.exists() for path in made)


def test_the_committed_fixture_is_untouched_by_the_tests() -> None:
    fixture = FIXTURES / "schema-0001.sqlite3"
    assert side_files(fixture) == []
    with sqlite3.connect(f"file:{fixture}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
    connection.close()


def test_the_developer_alembic_config_uses_the_package_migrations(tmp_path: Path) -> None:
    # In a subprocess: the developer set-up configures logging, which must not leak into tests.
    target = tmp_path / "dev.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", target)
    ini = REPO_ROOT / "db" / "alembic.ini"
    env = {**os.environ, "STUDIO_DB": str(target)}
    upgrade = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ini), "upgrade", "head"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert upgrade.returncode == 0, upgrade.stderr
    assert "Running upgrade 0001 -> 0002" in upgrade.stderr
    assert f"-> {head_revision()}," in upgrade.stderr
    current = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ini), "-x", f"db={target}", "current"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert current.stdout.split()[0] == head_revision(), current.stderr
