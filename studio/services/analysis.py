"""The live-feedback path (ARCHITECTURE.md): debounce, analysis pool, job ids, stale results
dropped, grammar merged when it arrives.

    request(draft) ─► single-shot QTimer (debounce) ─► TaskRunner analysis pool: analyse(draft)
        ─► newest request? emit report_ready(local report) ─► grammar job for the same text
        ─► still the newest request? emit report_ready(local report merged with grammar)

Every request gets an id from one counter; a result whose id is not the newest is dropped, so
the panels never flash an older text's findings. Grammar is slower (a LanguageTool server may
take seconds), so it starts only once the local report for that text is out and at most one
grammar job runs at a time: while it runs, newer texts just wait for their turn and only the
newest of them is checked next. A grammar backend that cannot answer changes
`grammar_status_changed` to a sentence saying why; local feedback keeps arriving.

Rule settings (ignored for this post, turned off for the workspace) travel inside the Draft
(`Draft.rule_settings`) and apply to grammar findings too.

The first local job compiles the built-in rule packs (~0.3 s of Python, once per process).
Until it is done, newer requests wait and only the newest is analysed next: two cold jobs side
by side would compile the packs twice and hold the interpreter lock that long again, which is
what the GUI thread needs for every keystroke. `warm_up()` starts that first job early, while
nobody types yet (the app calls it once the window has painted).
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from studio.feedback.engine import analyse, merge_grammar
from studio.feedback.grammar import GRAMMAR_CATALOGUE_ID, GrammarChecker, GrammarUnavailable
from studio.feedback.model import Draft, Finding, Report
from studio.feedback.rulepacks import RulePacks, builtin_packs, load_packs
from studio.services.tasks import Pool, TaskRunner

log = logging.getLogger(__name__)

DEFAULT_DEBOUNCE_MS = 120


@dataclass(frozen=True)
class _GrammarOutcome:
    """What a grammar job hands back: its findings and how the backend describes itself now
    (a fallback checker's description changes when it falls back)."""

    findings: tuple[Finding, ...]
    description: str


def _check_grammar(checker: GrammarChecker, draft: Draft) -> _GrammarOutcome:
    """Runs on an analysis worker: may block on the network or on starting Java."""
    settings = draft.rule_settings
    findings = tuple(
        finding
        for finding in checker.check(draft.text, draft.locale)
        if not settings.is_off(finding.rule_id)
    )
    return _GrammarOutcome(findings, checker.description)


def _analyse_with_packs(draft: Draft, packs: RulePacks | None, rules_dir: Path | None) -> Report:
    """On the analysis worker: the packs given, else the built-in ones and the person's own
    (`load_packs` re-reads the folder only when a file in it changed)."""
    if packs is None and rules_dir is not None:
        packs = load_packs(rules_dir)
    return analyse(draft, packs=packs)


class AnalysisService(QObject):
    """The live-feedback path: debounce, analysis pool, job ids, stale results dropped."""

    # Report (studio.feedback.model) for the newest request: first with the local panels, then
    # again merged with grammar findings when the slower grammar job finishes.
    report_ready = Signal(object)
    # Plain words: where grammar runs, or why it failed.
    grammar_status_changed = Signal(str)
    # Once, when the first local job (the one that loads the rule packs) has finished.
    warmed_up = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        grammar: GrammarChecker | None = None,
        packs: RulePacks | None = None,
        rules_dir: Path | None = None,
        debounce_ms: int = DEFAULT_DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._packs = packs
        # The person's own Vale styles (`<data dir>/rules/`), re-read on the worker when a file
        # there changes; None: the built-in packs only.
        self._rules_dir = rules_dir
        self._grammar = grammar
        # Read by the status bar when it is built; later changes come as grammar_status_changed.
        self._grammar_status = grammar.description if grammar is not None else ""
        self._ids = itertools.count(1)
        self._newest_id = 0
        self._pending: Draft | None = None
        self._latest: Report | None = None
        # The local report of the newest request, waiting for (or merged with) grammar.
        self._local: tuple[int, Draft, Report] | None = None
        self._grammar_running = False
        self._grammar_waiting = False
        # Packs handed in are loaded already; the built-in ones load with the first job.
        self._warm = packs is not None
        self._warming = False
        self._held: tuple[int, Draft] | None = None  # the newest request while warming up
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start_pending)

    # ---- asking -------------------------------------------------------------------------------

    def request(self, draft: Draft) -> int:
        """Analyse `draft` once typing pauses for the debounce interval; returns the job id.

        A newer request before the timer fires replaces this one (its id is then never
        reported); a result for an older id that arrives later is dropped.
        """
        job_id = self._next_id()
        self._pending = draft
        self._timer.start()
        return job_id

    def request_now(self, draft: Draft) -> int:
        """Analyse `draft` at once, without waiting (opening a post, switching tabs)."""
        job_id = self._next_id()
        self._timer.stop()
        self._pending = None
        self._submit_local(job_id, draft)
        return job_id

    def set_grammar(self, checker: GrammarChecker | None) -> None:
        """Use `checker` for the next grammar jobs (None: grammar off). The caller keeps
        ownership and closes the old checker itself (a job may still be using it)."""
        self._grammar = checker
        self._set_grammar_status(
            checker.description if checker is not None else self.tr("Grammar checks off")
        )
        if checker is not None and self._local is not None:
            self._grammar_waiting = True
            self._start_grammar()

    def warm_up(self) -> None:
        """Load the rule packs on a worker now rather than with the first keystroke's report
        (does nothing when they are loaded or loading already)."""
        if self._warm or self._warming or self._tasks.is_closed:
            return
        self._warming = True
        self._tasks.submit(
            builtin_packs,
            pool=Pool.ANALYSIS,
            on_success=lambda _packs: self._warmed(),
            on_failure=lambda error: self._warm_up_failed(error),
        )

    @property
    def rules_dir(self) -> Path | None:
        """Where the person's own rule packs are read from (None: built-in packs only)."""
        return self._rules_dir

    @property
    def is_warm(self) -> bool:
        """True once the rule packs are loaded (the next report needs no start-up work)."""
        return self._warm

    def latest_report(self) -> Report | None:
        """The last report emitted (local or merged), or None before the first."""
        return self._latest

    @property
    def grammar_status(self) -> str:
        """The last text of `grammar_status_changed` ("" before any grammar was set)."""
        return self._grammar_status

    @property
    def newest_job_id(self) -> int:
        return self._newest_id

    # ---- the local job -------------------------------------------------------------------

    def _next_id(self) -> int:
        self._newest_id = next(self._ids)
        return self._newest_id

    def _start_pending(self) -> None:
        draft, self._pending = self._pending, None
        if draft is not None:
            self._submit_local(self._newest_id, draft)

    def _submit_local(self, job_id: int, draft: Draft) -> None:
        if self._tasks.is_closed:
            return  # the window is closing; nobody would see the report
        if self._warming:
            self._held = (job_id, draft)  # a newer request replaces an older one held
            return
        first = not self._warm
        self._warming = first  # this job loads the packs: later ones wait for it
        self._tasks.submit(
            _analyse_with_packs,
            draft,
            self._packs,
            self._rules_dir,
            pool=Pool.ANALYSIS,
            on_success=lambda report: self._local_done(job_id, draft, report, first=first),
            on_failure=lambda error: self._local_failed(job_id, error, first=first),
        )

    def _warmed(self) -> None:
        self._warm = True
        self._release_held()
        self.warmed_up.emit()

    def _warm_up_failed(self, error: BaseException) -> None:
        # The next job tries (and reports) again; until then nothing is held back.
        log.error("loading the rule packs failed", exc_info=error)
        self._release_held()

    def _release_held(self) -> None:
        self._warming = False
        held, self._held = self._held, None
        if held is not None and held[0] == self._newest_id:
            self._submit_local(*held)

    def _local_done(
        self, job_id: int, draft: Draft, report: Report, *, first: bool = False
    ) -> None:
        if first:
            self._warmed()  # submits the newest request held meanwhile
        if job_id != self._newest_id:
            return  # a newer text is on its way; this one would only flash by
        self._local = (job_id, draft, report)
        self._emit(report)
        if self._grammar is not None and not draft.rule_settings.is_off(GRAMMAR_CATALOGUE_ID):
            self._grammar_waiting = True
            self._start_grammar()

    def _local_failed(self, job_id: int, error: BaseException, *, first: bool = False) -> None:
        # A bug in a check must not take the editor down; the panels keep the last report.
        log.error("analysis %s failed", job_id, exc_info=error)
        if first:
            self._release_held()

    # ---- the grammar job -----------------------------------------------------------------

    def _start_grammar(self) -> None:
        checker = self._grammar
        if self._grammar_running or not self._grammar_waiting or checker is None:
            return
        if self._local is None or self._tasks.is_closed:
            return
        job_id, draft, _report = self._local
        self._grammar_waiting = False
        self._grammar_running = True
        self._tasks.submit(
            _check_grammar,
            checker,
            draft,
            pool=Pool.ANALYSIS,
            on_success=lambda outcome: self._grammar_done(job_id, outcome),
            on_failure=lambda error: self._grammar_failed(job_id, error),
        )

    def _grammar_done(self, job_id: int, outcome: _GrammarOutcome) -> None:
        self._grammar_running = False
        self._set_grammar_status(outcome.description)
        if self._local is not None and self._local[0] == job_id and job_id == self._newest_id:
            self._emit(merge_grammar(self._local[2], outcome.findings))
        self._start_grammar()

    def _grammar_failed(self, job_id: int, error: BaseException) -> None:
        self._grammar_running = False
        if isinstance(error, GrammarUnavailable):
            self._set_grammar_status(self.tr("Grammar check unavailable: %s") % error.reason)
        else:
            log.error("grammar job %s failed", job_id, exc_info=error)
            self._set_grammar_status(self.tr("Grammar check failed: %s") % error)
        self._start_grammar()

    # ---- out ----------------------------------------------------------------------------

    def _emit(self, report: Report) -> None:
        self._latest = report
        self.report_ready.emit(report)

    def _set_grammar_status(self, status: str) -> None:
        if status != self._grammar_status:
            self._grammar_status = status
            self.grammar_status_changed.emit(status)
