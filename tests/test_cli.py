"""The `studio` command line, called in-process: exit codes, output, database selection."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import COMMAND_MODULES, COMMANDS, build_parser, main
from studio.paths import DATABASE_FILE_NAME
from studio.storage.revisions import head_revision

FIXTURE_0001 = Path(__file__).resolve().parents[1] / "db" / "fixtures" / "schema-0001.sqlite3"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("studio: ")
    return lines[0]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == "studio 0.1.0"


@pytest.mark.parametrize(
    "command",
    [[], ["db"], ["db", "info"], ["db", "upgrade"], ["db", "backup"], ["demo"]],
    ids=lambda c: " ".join(c) or "studio",
)
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: studio")
    assert "--db PATH|URL" in out


def test_the_top_level_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--help"])
    out = capsys.readouterr().out
    for name in ("db", "demo", "check", "--compose", "--data-dir", "--lang", "--version"):
        assert name in out
    assert len(COMMAND_MODULES) >= 2


def test_the_help_lists_the_commands_without_importing_them() -> None:
    # `studio --help` is built from the summaries in cli.py; the real parsers must say the same.
    assert build_parser(only="").format_help() == build_parser().format_help()
    assert [command.module for command in COMMANDS] == list(COMMAND_MODULES)


# Modules that take a noticeable part of a second to import; none is needed to print a line.
HEAVY_MODULES = ("PySide6", "sqlalchemy", "sqlmodel", "alembic", "language_tool_python", "PIL")


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["frobnicate"]])
def test_version_and_help_import_neither_qt_nor_sqlalchemy(argv: list[str]) -> None:
    # A fresh interpreter: this test process has imported everything already.
    script = (
        "import json, sys\n"
        "from studio.cli import main\n"
        f"code = main({argv!r})\n"
        f"heavy = [m for m in {HEAVY_MODULES!r} if m in sys.modules]\n"
        "print(json.dumps({'code': code, 'heavy': heavy}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    outcome = json.loads(done.stdout.splitlines()[-1])
    assert outcome["heavy"] == []
    assert outcome["code"] == (2 if argv == ["frobnicate"] else 0)


@pytest.mark.parametrize(
    "argv", [["--lang", "de", "db", "info"], ["--lang", "de", "demo"]], ids=lambda a: " ".join(a)
)
def test_lang_is_for_the_window_only(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "--lang is for the app" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["frobnicate"], ["db"], ["db", "shrink"], ["demo", "--extra"], ["--compose", "db", "info"]],
    ids=lambda a: " ".join(a),
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "usage: studio" in err
    assert "error:" in err


def test_db_info_without_a_database_fails_with_one_line(
    studio_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "info"]) == 1
    line = _one_error_line(capsys.readouterr().err)
    assert str(studio_home / DATABASE_FILE_NAME) in line
    assert not (studio_home / DATABASE_FILE_NAME).exists()


def test_demo_then_db_info_shows_the_rows(
    studio_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Kornblume Bakery" in out and "Crux Climbing Gym" in out
    assert str(studio_home / DATABASE_FILE_NAME) in out

    assert main(["db", "info"]) == 0
    info = capsys.readouterr().out
    assert f"Database:        {studio_home / DATABASE_FILE_NAME}" in info
    assert f"Schema revision: {head_revision()} (up to date)" in info
    counts = dict(
        (line.split()[0], int(line.split()[1])) for line in info.splitlines() if line[:2] == "  "
    )
    assert counts["workspace"] == 2
    assert counts["post"] >= 20
    assert counts["variant"] > counts["post"]
    assert counts["status_change"] > counts["post"]
    assert counts["campaign"] >= 1


def test_demo_twice_adds_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["demo"]) == 0
    assert "already" in capsys.readouterr().out


def test_db_and_data_dir_options_choose_the_files(
    tmp_path: Path, studio_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    custom = tmp_path / "elsewhere.sqlite3"
    assert main(["--db", str(custom), "demo"]) == 0
    assert custom.exists()
    assert not (studio_home / DATABASE_FILE_NAME).exists()
    # --db also works after the subcommand.
    assert main(["db", "info", "--db", str(custom)]) == 0
    assert str(custom) in capsys.readouterr().out

    data_dir = tmp_path / "portable"
    assert main(["--data-dir", str(data_dir), "db", "upgrade"]) == 0
    assert (data_dir / DATABASE_FILE_NAME).exists()
    assert "Created a new database" in capsys.readouterr().out


def test_studio_db_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from_env = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("STUDIO_DB", str(from_env))
    assert main(["db", "upgrade"]) == 0
    assert from_env.exists()
    assert main(["db", "info"]) == 0
    assert str(from_env) in capsys.readouterr().out


def test_db_upgrade_backs_up_an_old_database_first(
    studio_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    studio_home.mkdir(parents=True)
    database = studio_home / DATABASE_FILE_NAME
    shutil.copyfile(FIXTURE_0001, database)

    assert main(["db", "info"]) == 0
    assert f"0001 ({head_revision()} available" in capsys.readouterr().out

    assert main(["db", "upgrade"]) == 0
    out = capsys.readouterr().out
    assert f"from schema revision 0001 to {head_revision()}" in out
    [backup] = (studio_home / "backups").iterdir()
    assert str(backup) in out
    assert _sha256(backup) != _sha256(database)
    assert main(["db", "upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_db_backup_writes_a_consistent_copy(
    tmp_path: Path, studio_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo"])
    capsys.readouterr()
    assert main(["db", "backup"]) == 0
    [made] = (studio_home / "backups").iterdir()
    assert made.name.startswith(f"studio-rev{head_revision()}-")
    assert str(made) in capsys.readouterr().out

    chosen = tmp_path / "copy.sqlite3"
    assert main(["db", "backup", "-o", str(chosen)]) == 0
    with sqlite3.connect(f"file:{chosen}?mode=ro", uri=True) as copy:
        assert copy.execute("SELECT count(*) FROM workspace").fetchone() == (2,)
    copy.close()

    assert main(["db", "backup", "-o", str(chosen)]) == 1  # never overwrite a file
    assert "already exists" in _one_error_line(capsys.readouterr().err)


def test_db_backup_of_postgres_points_to_pg_dump(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://ana:s3cret@127.0.0.1:9/studio"
    assert main(["--db", url, "db", "backup"]) == 1
    line = _one_error_line(capsys.readouterr().err)
    assert "pg_dump" in line
    assert "s3cret" not in line


@pytest.mark.parametrize("command", [["db", "info"], ["db", "upgrade"], ["demo"]])
def test_a_file_that_is_not_a_database_fails_untouched(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 10)
    before = _sha256(notes)
    assert main(["--db", str(notes), *command]) == 1
    line = _one_error_line(capsys.readouterr().err)
    assert str(notes) in line
    assert _sha256(notes) == before


def test_a_schema_from_the_future_fails_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "future.sqlite3"
    assert main(["--db", str(database), "db", "upgrade"]) == 0
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.close()
    before = _sha256(database)
    capsys.readouterr()
    assert main(["--db", str(database), "demo"]) == 1
    assert "newer Content Studio" in _one_error_line(capsys.readouterr().err)
    assert _sha256(database) == before
