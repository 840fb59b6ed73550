"""The real `studio` process: it opens its window offscreen and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal"),
]

START_TIMEOUT = 60.0  # seconds; a cold start on a busy CI machine imports Qt and SQLAlchemy


def start_studio(data_dir: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("STUDIO_HOME", None)
    env.pop("STUDIO_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "studio", "--data-dir", str(data_dir), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition: object, process: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not condition():  # type: ignore[operator]
        if process.poll() is not None:
            _, stderr = process.communicate()
            pytest.fail(f"studio exited with {process.returncode} before {what}:\n{stderr}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"studio did not get to {what} within {START_TIMEOUT} s")
        time.sleep(0.05)


def stop(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
        pytest.fail(f"studio ignored SIGTERM:\n{stderr}")
    return process.returncode, stderr


def test_opens_a_window_and_quits_cleanly_on_sigterm(tmp_path: Path) -> None:
    data_dir = tmp_path / "home"
    database = data_dir / "studio.sqlite3"
    ui_state = data_dir / "config" / "ui-state.json"
    process = start_studio(data_dir)
    # The database is opened after the signal handlers are in place, so from here on SIGTERM
    # is handled by the app (window closed, state saved), never by Python's default.
    wait_for(database.exists, process, "opening its database")

    code, stderr = stop(process)

    assert code == 0, stderr
    assert "Traceback" not in stderr
    # Only a window that existed and was closed normally saves its geometry.
    state = json.loads(ui_state.read_text(encoding="utf-8"))
    assert state["window_geometry"]
    assert state["last_section"] == "calendar"
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM workspace").fetchone() == (0,)
    connection.close()


def test_compose_opens_on_the_composer(tmp_path: Path) -> None:
    data_dir = tmp_path / "home"
    process = start_studio(data_dir, "--compose")
    wait_for((data_dir / "studio.sqlite3").exists, process, "opening its database")

    code, stderr = stop(process)

    assert code == 0, stderr
    state = json.loads((data_dir / "config" / "ui-state.json").read_text(encoding="utf-8"))
    assert state["last_section"] == "composer"


def test_an_unusable_database_exits_1_and_stays_untouched(tmp_path: Path) -> None:
    data_dir = tmp_path / "home"
    data_dir.mkdir()
    notes = data_dir / "notes.txt"
    notes.write_bytes(b"not a database\n" * 100)
    process = start_studio(data_dir, "--db", str(notes))
    watchdog = threading.Timer(START_TIMEOUT, process.kill)
    watchdog.start()
    try:
        # The error is logged to stderr just before the dialog opens and waits for the person.
        assert process.stderr is not None
        first_line = process.stderr.readline()
        assert str(notes) in first_line, first_line
        code, stderr = stop(process)  # SIGTERM answers the dialog like closing it
    finally:
        watchdog.cancel()
    assert code == 1, stderr
    assert notes.read_bytes() == b"not a database\n" * 100
    assert sorted(p.name for p in data_dir.iterdir()) == ["cache", "config", "notes.txt"]
