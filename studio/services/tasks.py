"""TaskRunner: the only place the studio starts threads (ARCHITECTURE.md).

Three kinds of work, three places to run it:

- `Pool.ANALYSIS` — feedback analysis and grammar checks; a small pool, results may be dropped.
- `Pool.DB_WRITER` — every database write, on exactly one thread, in the order submitted. SQLite
  allows one writer at a time anyway; one thread makes that order explicit and keeps two writes
  from the same person (autosave, then a status change) from racing each other.
- `Pool.IMAGES` — decoding, thumbnails and export renditions.

`submit()` returns a job id at once. The outcome arrives on the GUI thread: `succeeded(job_id,
result)` or `failed(job_id, exception)`, plus the optional per-job callbacks. Callables run
without Qt objects: give them plain data and let them return plain data.

In synchronous mode (for tests) the callable runs inside `submit()` and its outcome is delivered
before `submit()` returns, so a test can assert right after the call. Code that must recognise
its own job should therefore use the per-job callbacks, not compare ids it has not seen yet.

`shutdown()` stops accepting work, drops analysis and image jobs that have not started, waits for
the running ones, and always drains the DB-writer queue: a write accepted is a write done.
Outcomes that arrive after shutdown are not delivered (the window that asked is closing).
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

JobId = int
SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]

DB_WRITER_THREAD_NAME = "studio-db-writer"


class Pool(StrEnum):
    ANALYSIS = "analysis"
    DB_WRITER = "db-writer"
    IMAGES = "images"


class TaskRunnerClosedError(RuntimeError):
    """Work was submitted after shutdown()."""


@dataclass(frozen=True)
class _Callbacks:
    on_success: SuccessCallback | None
    on_failure: FailureCallback | None


def _default_workers() -> int:
    # Leave a core for the GUI thread; two workers are plenty for analysis of one draft.
    return max(1, min(4, (os.cpu_count() or 2) - 1))


class TaskRunner(QObject):
    """Runs callables off the GUI thread and hands their outcome back on it."""

    succeeded = Signal(int, object)  # job id, the callable's return value
    failed = Signal(int, object)  # job id, the exception it raised
    # Internal: emitted from a worker thread; the queued connection carries it to the GUI thread.
    _finished = Signal(int, bool, object)

    def __init__(
        self,
        *,
        synchronous: bool = False,
        analysis_workers: int | None = None,
        image_workers: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._ids = itertools.count(1)
        self._callbacks: dict[JobId, _Callbacks] = {}
        self._closed = False
        self._executors: dict[Pool, ThreadPoolExecutor] = {}
        if not synchronous:
            self._executors = {
                Pool.ANALYSIS: ThreadPoolExecutor(
                    analysis_workers or _default_workers(), thread_name_prefix="studio-analysis"
                ),
                # One worker: writes run one after another, in submission order.
                Pool.DB_WRITER: ThreadPoolExecutor(1, thread_name_prefix=DB_WRITER_THREAD_NAME),
                Pool.IMAGES: ThreadPoolExecutor(
                    image_workers or _default_workers(), thread_name_prefix="studio-images"
                ),
            }
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def is_closed(self) -> bool:
        return self._closed

    def submit(
        self,
        function: Callable[..., Any],
        *args: Any,
        pool: Pool = Pool.ANALYSIS,
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
        **kwargs: Any,
    ) -> JobId:
        """Run `function(*args, **kwargs)` in `pool`; call from the GUI thread."""
        if self._closed:
            raise TaskRunnerClosedError("the task runner was shut down; no new work is accepted")
        job_id = next(self._ids)
        self._callbacks[job_id] = _Callbacks(on_success, on_failure)
        if self.synchronous:
            self._run_inline(job_id, function, args, kwargs)
        else:
            future = self._executors[pool].submit(function, *args, **kwargs)
            future.add_done_callback(lambda done: self._report(job_id, done))
        return job_id

    def write(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
        **kwargs: Any,
    ) -> JobId:
        """Shorthand for `submit(..., pool=Pool.DB_WRITER)`."""
        return self.submit(
            function,
            *args,
            pool=Pool.DB_WRITER,
            on_success=on_success,
            on_failure=on_failure,
            **kwargs,
        )

    def pending_jobs(self) -> int:
        """Jobs submitted whose outcome has not been delivered yet."""
        return len(self._callbacks)

    def shutdown(self) -> None:
        """Stop accepting work; finish every queued write; drop analysis/images not started."""
        if self._closed:
            return
        self._closed = True
        # Cancel first everywhere, so no analysis job starts while the writer drains.
        for pool, executor in self._executors.items():
            if pool is not Pool.DB_WRITER:
                executor.shutdown(wait=False, cancel_futures=True)
        for executor in self._executors.values():
            executor.shutdown(wait=True)
        self._callbacks.clear()

    # ---- delivery ------------------------------------------------------------------------------

    def _run_inline(
        self, job_id: JobId, function: Callable[..., Any], args: tuple[Any, ...], kwargs: Any
    ) -> None:
        try:
            result = function(*args, **kwargs)
        except Exception as error:
            self._deliver(job_id, False, error)
        else:
            self._deliver(job_id, True, result)

    def _report(self, job_id: JobId, future: Future[Any]) -> None:
        """Runs on the worker thread (or wherever the future completed)."""
        if future.cancelled():
            return
        error = future.exception()
        try:
            if error is None:
                self._finished.emit(job_id, True, future.result())
            else:
                self._finished.emit(job_id, False, error)
        except RuntimeError:
            # The runner's C++ side is gone (the application is tearing down): nobody listens.
            log.debug("job %s finished after the task runner was deleted", job_id)

    @Slot(int, bool, object)
    def _deliver(self, job_id: JobId, ok: bool, outcome: Any) -> None:
        callbacks = self._callbacks.pop(job_id, None)
        if callbacks is None:
            return  # delivered after shutdown: the window that asked is gone
        if ok:
            self.succeeded.emit(job_id, outcome)
            if callbacks.on_success is not None:
                callbacks.on_success(outcome)
        else:
            level = logging.DEBUG if callbacks.on_failure else logging.WARNING
            log.log(level, "job %s failed: %r", job_id, outcome, exc_info=outcome)
            self.failed.emit(job_id, outcome)
            if callbacks.on_failure is not None:
                callbacks.on_failure(outcome)


def current_thread_is_db_writer() -> bool:
    """For assertions in write functions: am I on the one DB-writer thread?"""
    return threading.current_thread().name.startswith(DB_WRITER_THREAD_NAME)
