"""`studio export` / `studio import` through the real command-line front door (studio.cli.main)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import studio.cli as cli
from studio.cli import main


@pytest.fixture(autouse=True)
def exchange_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register the two commands the way studio/cli.py lists its commands."""
    if hasattr(cli, "COMMANDS"):
        extra = tuple(
            cli.Command(name, "studio.commands.exchange", summary)
            for name, summary in (
                ("export", "export posts as JSON, CSV or iCalendar"),
                ("import", "import posts from a JSON or CSV file"),
            )
            if name not in {command.name for command in cli.COMMANDS}
        )
        monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, *extra))
    elif "studio.commands.exchange" not in cli.COMMAND_MODULES:
        # The older front door calls register() once per module.
        monkeypatch.setattr(
            cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "studio.commands.exchange")
        )
        import studio.commands.exchange as exchange

        monkeypatch.setattr(exchange, "register", exchange.register_all)


def _demo(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_HOME", str(home))
    assert main(["demo"]) == 0


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_export_import_export_gives_the_same_content(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo(tmp_path / "a", monkeypatch)
    first = tmp_path / f"first.{kind}"
    assert main(["export", "--format", kind, "-o", str(first)]) == 0
    monkeypatch.setenv("STUDIO_HOME", str(tmp_path / "b"))  # an empty data dir
    assert main(["import", str(first), "--dry-run"]) == 0
    assert "Nothing was written" in capsys.readouterr().out
    assert not (tmp_path / "b").exists()  # a dry run creates nothing, not even the database
    assert main(["import", str(first)]) == 0
    out = capsys.readouterr().out
    assert "Imported 26 posts" in out, out
    second = tmp_path / f"second.{kind}"
    assert main(["export", "-o", str(second), "--format", kind]) == 0
    if kind == "json":
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
        a.pop("exported_at"), b.pop("exported_at")
        assert a == b
    else:
        assert first.read_bytes() == second.read_bytes()
        assert first.read_bytes().startswith(b"\xef\xbb\xbfdate,time,timezone,workspace,")
    # A second import finds every post already there.
    assert main(["import", str(first)]) == 0
    assert "Imported 0 posts" in capsys.readouterr().out


def test_export_to_stdout_with_workspace_and_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo(tmp_path / "a", monkeypatch)
    capsys.readouterr()
    assert main(["export", "--format", "ics", "--workspace", "Kornblume Bakery"]) == 0
    ics = capsys.readouterr().out
    assert ics.startswith("BEGIN:VCALENDAR") and "Crux Climbing Gym" not in ics
    assert ics.count("BEGIN:VEVENT") >= 5
    assert main(["export", "--from", "1999-01-01", "--to", "1999-01-31"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert all(w["posts"] == [] for w in document["workspaces"])
    # The format follows the output file's extension.
    target = tmp_path / "out.csv"
    assert main(["export", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8-sig").startswith("date,time,")


def test_bad_rows_exit_1_and_name_each_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STUDIO_HOME", str(tmp_path / "home"))
    headers = (
        "date,time,timezone,workspace,campaign,title,text,platforms,status,content_type,"
        "sponsored,partner,media,alt_text"
    )
    source = tmp_path / "plan.csv"
    source.write_text(
        f"{headers}\n"
        "2027-03-28,09:00,Europe/Berlin,Bakery,,Good,Text,instagram,draft,,false,,,\n"
        "2027-13-01,09:00,Europe/Berlin,Bakery,,Bad date,Text,instagram,draft,,false,,,\n"
        "2027-03-29,09:00,Mars/Base,Bakery,,Bad zone,Text,myspace,draft,,false,,,\n",
        encoding="utf-8",
    )
    for extra in ([], ["--dry-run"]):
        assert main(["import", str(source), *extra]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert err[0] == f"studio: {source}: row 3: date '2027-13-01' is not a date (YYYY-MM-DD)"
        assert err[1].startswith(f"studio: {source}: row 4: timezone 'Mars/Base'")
        assert "unknown platform 'myspace'" in err[1]
        assert err[2].endswith("nothing was written.")
    assert main(["export", "--format", "csv"]) == 0
    assert capsys.readouterr().out.count("\n") == 1  # only the header: nothing was imported


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["export", "--format", "xml"], 2, "invalid choice"),
        (["export", "--from", "yesterday"], 2, "not a date"),
        (["export", "--from", "2027-02-01", "--to", "2027-01-01"], 2, "is before --from"),
        (["import"], 2, "the following arguments are required: FILE"),
        (["import", "missing.json"], 1, "missing.json"),
    ],
)
def test_usage_errors_and_failures(
    argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == code
    assert message in capsys.readouterr().err


def test_export_without_a_database_and_unknown_workspace_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STUDIO_HOME", str(tmp_path / "nothing"))
    assert main(["export"]) == 1
    assert "no database" in capsys.readouterr().err.lower()
    _demo(tmp_path / "a", monkeypatch)
    capsys.readouterr()
    assert main(["export", "--workspace", "Nobody"]) == 1
    assert capsys.readouterr().err.strip() == "studio: There is no workspace named 'Nobody'."


def test_import_refuses_ics_and_unknown_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = tmp_path / "plan.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert main(["import", str(calendar)]) == 1
    assert "export-only" in capsys.readouterr().err
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    assert main(["import", str(other)]) == 1
    assert "--format json|csv" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{oops")
    assert main(["import", str(broken)]) == 1
    assert "not valid JSON" in capsys.readouterr().err


def test_help_lists_both_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "export" in out and "import" in out
    for command in ("export", "import"):
        assert main([command, "--help"]) == 0
        assert "--workspace NAME" in capsys.readouterr().out
