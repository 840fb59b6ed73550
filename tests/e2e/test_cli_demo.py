"""The real `studio` process: `python -m studio demo`, then `db info`, in a fresh data dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.studio_process import run_studio

pytestmark = pytest.mark.e2e


def test_demo_then_db_info_in_a_real_process(tmp_path: Path) -> None:
    home = tmp_path / "home"
    demo = run_studio("demo", home=home)
    assert demo.returncode == 0, demo.stderr
    assert "Created the demo month" in demo.stdout
    assert (home / "studio.sqlite3").exists()

    info = run_studio("db", "info", home=home)
    assert info.returncode == 0, info.stderr
    assert str(home / "studio.sqlite3") in info.stdout
    rows = {
        parts[0]: int(parts[1])
        for parts in (line.split() for line in info.stdout.splitlines() if line.startswith("  "))
    }
    assert rows["workspace"] == 2
    assert rows["post"] >= 20
    assert info.stderr == ""


def test_a_failure_exits_1_with_one_line_on_stderr(tmp_path: Path) -> None:
    not_a_db = tmp_path / "photo.jpg"
    not_a_db.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 200)
    result = run_studio("--db", str(not_a_db), "db", "info", home=tmp_path / "home")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert str(not_a_db) in result.stderr


def test_commands_never_load_qt(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from studio.cli import main\n"
        "code = main(['demo'])\n"
        "code = code or main(['db', 'info'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT:', loaded)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "STUDIO_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout
