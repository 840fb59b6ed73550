"""TaskRunner: results on the GUI thread, one ordered DB writer, synchronous mode, shutdown."""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.services.tasks import (
    DB_WRITER_THREAD_NAME,
    Pool,
    TaskRunner,
    TaskRunnerClosedError,
    current_thread_is_db_writer,
)


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_result_arrives_on_the_gui_thread_with_its_job_id(runner: TaskRunner, qtbot: QtBot) -> None:
    seen_in: list[QThread] = []

    def work() -> str:
        return threading.current_thread().name

    received: list[object] = []
    runner.succeeded.connect(lambda *_: seen_in.append(QThread.currentThread()))
    with qtbot.waitSignal(runner.succeeded, timeout=5000) as blocker:
        job_id = runner.submit(work, on_success=received.append)

    delivered_id, worker_name = blocker.args
    assert delivered_id == job_id
    assert worker_name.startswith("studio-analysis")
    assert received == [worker_name]
    assert seen_in == [QApplication.instance().thread()]


def test_each_pool_runs_on_its_own_threads(runner: TaskRunner, qtbot: QtBot) -> None:
    names: dict[Pool, str] = {}
    for pool in Pool:
        with qtbot.waitSignal(runner.succeeded, timeout=5000) as blocker:
            runner.submit(lambda: threading.current_thread().name, pool=pool)
        names[pool] = blocker.args[1]
    assert names[Pool.ANALYSIS].startswith("studio-analysis")
    assert names[Pool.IMAGES].startswith("studio-images")
    assert names[Pool.DB_WRITER].startswith(DB_WRITER_THREAD_NAME)


def test_failure_is_delivered_with_the_exception(runner: TaskRunner, qtbot: QtBot) -> None:
    def broken() -> None:
        raise ValueError("the draft was empty")

    failures: list[BaseException] = []
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        job_id = runner.submit(broken, on_failure=failures.append)

    assert blocker.args[0] == job_id
    assert isinstance(blocker.args[1], ValueError)
    assert failures == [blocker.args[1]]
    assert str(failures[0]) == "the draft was empty"
    assert runner.pending_jobs() == 0


def test_db_writes_run_on_one_thread_in_submission_order(
    runner: TaskRunner, qtbot: QtBot, tmp_path: Path
) -> None:
    database = tmp_path / "order.sqlite3"
    with sqlite3.connect(database) as setup:
        setup.execute("CREATE TABLE log (n INTEGER)")
    threads: set[str] = set()

    def append(n: int) -> int:
        threads.add(threading.current_thread().name)
        assert current_thread_is_db_writer()
        # A little jitter: with more than one writer thread, later writes would overtake.
        time.sleep(0.001 * (n % 3))
        with sqlite3.connect(database) as connection:
            connection.execute("INSERT INTO log VALUES (?)", (n,))
        return n

    delivered: list[int] = []
    for n in range(40):
        runner.write(append, n, on_success=delivered.append)
    qtbot.waitUntil(lambda: len(delivered) == 40, timeout=10000)

    with sqlite3.connect(database) as connection:
        stored = [row[0] for row in connection.execute("SELECT n FROM log ORDER BY rowid")]
    assert stored == list(range(40))
    assert delivered == list(range(40))
    assert len(threads) == 1


def test_shutdown_waits_for_every_queued_write(qapp: QApplication, tmp_path: Path) -> None:
    runner = TaskRunner()
    target = tmp_path / "late.txt"
    gate = threading.Event()

    def slow_write(line: str) -> None:
        gate.wait(5)
        with target.open("a", encoding="utf-8") as stream:
            stream.write(line + "\n")

    for n in range(5):
        runner.write(slow_write, f"line {n}")
    gate.set()
    runner.shutdown()

    assert target.read_text(encoding="utf-8").splitlines() == [f"line {n}" for n in range(5)]
    with pytest.raises(TaskRunnerClosedError):
        runner.write(slow_write, "too late")


def test_shutdown_drops_analysis_jobs_that_have_not_started(qapp: QApplication) -> None:
    runner = TaskRunner(analysis_workers=1)
    started: list[int] = []
    gate = threading.Event()

    def job(n: int) -> None:
        started.append(n)
        gate.wait(5)

    for n in range(10):
        runner.submit(job, n)
    while not started:  # the first job is running on the single worker
        time.sleep(0.001)
    gate.set()
    runner.shutdown()
    assert started[0] == 0
    assert len(started) < 10


def test_synchronous_mode_delivers_before_submit_returns(qapp: QApplication) -> None:
    runner = TaskRunner(synchronous=True)
    events: list[tuple[str, object]] = []
    runner.succeeded.connect(lambda job_id, result: events.append(("signal", (job_id, result))))
    runner.failed.connect(lambda job_id, error: events.append(("failed", type(error))))

    first = runner.submit(lambda a, b: a + b, 2, 3, on_success=lambda r: events.append(("cb", r)))
    second = runner.write(lambda: 1 / 0, on_failure=lambda e: events.append(("err", type(e))))

    assert events == [
        ("signal", (first, 5)),
        ("cb", 5),
        ("failed", ZeroDivisionError),
        ("err", ZeroDivisionError),
    ]
    assert second == first + 1
    assert runner.pending_jobs() == 0
    runner.shutdown()


def test_synchronous_mode_runs_on_the_calling_thread(qapp: QApplication) -> None:
    runner = TaskRunner(synchronous=True)
    names: list[str] = []
    for pool in Pool:
        runner.submit(lambda: threading.current_thread().name, pool=pool, on_success=names.append)
    assert names == [threading.current_thread().name] * 3
    runner.shutdown()


def test_many_deliveries_leave_python_reference_counts_intact(qapp: QApplication) -> None:
    # PySide6 6.12.0 dropped a reference to True on every Signal.emit, and Python 3.11 aborts
    # once the count reaches zero ("bool_dealloc"); pyproject.toml excludes that release.
    runner = TaskRunner(synchronous=True)
    before = sys.getrefcount(True)
    for _ in range(2000):
        runner.submit(lambda: True)
    assert sys.getrefcount(True) - before in range(-5, 6)
    runner.shutdown()
