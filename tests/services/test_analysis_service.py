"""AnalysisService on a real TaskRunner: debounce, stale results dropped, grammar merged later."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.domain.platforms import PlatformId
from studio.feedback.engine import analyse
from studio.feedback.grammar import GrammarBackendKind, GrammarChecker, GrammarUnavailable
from studio.feedback.model import Draft, Finding, Panel, Report, RuleSettings, Severity
from studio.services.analysis import AnalysisService
from studio.services.tasks import TaskRunner

PUSHY = "Hurry! Only 2 left, buy now before it is too late! You guys are crazy."
TYPO_TEXT = "I made teh cake myself. Hurry! Only 2 left."
TYPO_START = TYPO_TEXT.index("teh")


class WordGrammar(GrammarChecker):
    """A grammar backend that flags one word wherever it occurs; records what it was asked."""

    kind = GrammarBackendKind.REMOTE

    def __init__(self, word: str = "teh", *, gate: threading.Event | None = None) -> None:
        self.word = word
        self.gate = gate
        self.asked: list[str] = []

    @property
    def description(self) -> str:
        return "LanguageTool server at 127.0.0.1"

    def check(self, text: str, locale: str) -> tuple[Finding, ...]:
        self.asked.append(text)
        if self.gate is not None:
            self.gate.wait(timeout=30)
        start = text.find(self.word)
        if start < 0:
            return ()
        return (
            Finding(
                rule_id="LT:MORFOLOGIK_RULE_EN_US",
                panel=Panel.GRAMMAR,
                severity=Severity.WARN,
                start=start,
                end=start + len(self.word),
                message="Possible typo",
                why="Spelling slips distract readers from what you mean.",
                suggestions=("the",),
            ),
        )


class DownGrammar(GrammarChecker):
    kind = GrammarBackendKind.REMOTE

    @property
    def description(self) -> str:
        return "LanguageTool server at 127.0.0.1"

    def check(self, text: str, locale: str) -> tuple[Finding, ...]:
        raise GrammarUnavailable("The grammar server at 127.0.0.1:9 did not answer.")


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskRunner]:
    # Two workers: a slow grammar check must not hold up the next local analysis.
    runner = TaskRunner(analysis_workers=2)
    yield runner
    runner.shutdown()


def draft(text: str, **options: object) -> Draft:
    return Draft(text, platforms=(PlatformId.X, PlatformId.BLUESKY), **options)  # type: ignore[arg-type]


def collect(service: AnalysisService) -> list[Report]:
    reports: list[Report] = []
    service.report_ready.connect(reports.append)
    return reports


def test_a_burst_of_requests_is_analysed_once(tasks: TaskRunner, qtbot: QtBot) -> None:
    service = AnalysisService(tasks, debounce_ms=120)
    reports = collect(service)
    jobs_run: list[int] = []
    tasks.succeeded.connect(lambda job_id, _result: jobs_run.append(job_id))

    texts = [PUSHY[:n] for n in (5, 12, 30, 50, len(PUSHY))]
    with qtbot.waitSignal(service.report_ready, timeout=10000):
        ids = [service.request(draft(text)) for text in texts]
    qtbot.waitUntil(lambda: tasks.pending_jobs() == 0, timeout=10000)

    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert service.newest_job_id == ids[-1]
    assert len(jobs_run) == 1
    assert [r.text for r in reports] == [PUSHY]
    assert reports[0] == analyse(draft(PUSHY))
    assert service.latest_report() is reports[0]


def test_a_stale_result_is_dropped(tasks: TaskRunner, qtbot: QtBot) -> None:
    service = AnalysisService(tasks)
    reports = collect(service)
    finished: list[object] = []
    tasks.succeeded.connect(lambda _job, result: finished.append(result))

    service.request_now(draft("Hurry! Only 2 left."))
    service.request_now(draft(PUSHY))
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=10000)

    # Both analyses ran to the end; only the newest text reached the panels.
    assert sorted(r.text for r in finished) == sorted(["Hurry! Only 2 left.", PUSHY])  # type: ignore[attr-defined]
    assert [r.text for r in reports] == [PUSHY]
    assert {f.rule_id for f in reports[0].findings} >= {"WB-URGENCY", "IA-EQUALITY"}


def test_a_request_replaces_one_waiting_for_the_debounce(tasks: TaskRunner, qtbot: QtBot) -> None:
    service = AnalysisService(tasks, debounce_ms=5000)
    reports = collect(service)
    service.request(draft("Hurry!"))
    with qtbot.waitSignal(service.report_ready, timeout=10000):
        service.request_now(draft(PUSHY))
    qtbot.waitUntil(lambda: tasks.pending_jobs() == 0, timeout=10000)
    assert [r.text for r in reports] == [PUSHY]


def test_grammar_arrives_second_and_merges(tasks: TaskRunner, qtbot: QtBot) -> None:
    grammar = WordGrammar()
    service = AnalysisService(tasks, grammar=grammar)
    reports = collect(service)
    assert service.grammar_status == "LanguageTool server at 127.0.0.1"

    service.request_now(draft(TYPO_TEXT))
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10000)

    local, merged = reports
    assert local.for_panel(Panel.GRAMMAR) == ()
    assert Panel.GRAMMAR not in local.scores
    typo = merged.for_panel(Panel.GRAMMAR)
    assert [(f.start, f.end) for f in typo] == [(TYPO_START, TYPO_START + 3)]
    assert TYPO_TEXT[typo[0].start : typo[0].end] == "teh"
    assert Panel.GRAMMAR in merged.scores
    # The local findings stay as they were.
    assert [f for f in merged.findings if f.panel is not Panel.GRAMMAR] == list(local.findings)
    assert merged.text == local.text == TYPO_TEXT
    assert service.latest_report() is merged


def test_grammar_findings_respect_rule_settings(tasks: TaskRunner, qtbot: QtBot) -> None:
    service = AnalysisService(tasks, grammar=WordGrammar())
    reports = collect(service)
    settings = RuleSettings(ignored_for_post=frozenset({"LT:MORFOLOGIK_RULE_EN_US"}))
    service.request_now(draft(TYPO_TEXT, rule_settings=settings))
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10000)
    assert reports[1].for_panel(Panel.GRAMMAR) == ()
    assert Panel.GRAMMAR in reports[1].scores


def test_grammar_turned_off_by_its_catalogue_id_is_not_asked(
    tasks: TaskRunner, qtbot: QtBot
) -> None:
    grammar = WordGrammar()
    service = AnalysisService(tasks, grammar=grammar)
    reports = collect(service)
    settings = RuleSettings(disabled_for_workspace=frozenset({"PF-GRAMMAR"}))
    service.request_now(draft(TYPO_TEXT, rule_settings=settings))
    qtbot.waitUntil(lambda: tasks.pending_jobs() == 0 and len(reports) == 1, timeout=10000)
    assert grammar.asked == []


def test_failing_grammar_reports_why_and_local_feedback_keeps_coming(
    tasks: TaskRunner, qtbot: QtBot
) -> None:
    service = AnalysisService(tasks, grammar=DownGrammar())
    reports = collect(service)
    statuses: list[str] = []
    service.grammar_status_changed.connect(statuses.append)

    with qtbot.waitSignal(service.grammar_status_changed, timeout=10000):
        service.request_now(draft(PUSHY))
    assert statuses == [
        "Grammar check unavailable: The grammar server at 127.0.0.1:9 did not answer."
    ]
    assert [r.text for r in reports] == [PUSHY]
    assert {f.rule_id for f in reports[0].findings} >= {"WB-URGENCY", "WB-SCARCITY"}

    # The next edit still gets its local panels at once.
    with qtbot.waitSignal(service.report_ready, timeout=10000):
        service.request(draft("Last chance!!! Act now"))
    assert reports[-1].text == "Last chance!!! Act now"
    assert reports[-1].findings

    # Switching to a working backend says so and merges again.
    service.set_grammar(WordGrammar())
    assert statuses[-1] == "LanguageTool server at 127.0.0.1"
    service.request_now(draft(TYPO_TEXT))
    qtbot.waitUntil(lambda: bool(reports[-1].for_panel(Panel.GRAMMAR)), timeout=10000)
    assert reports[-1].text == TYPO_TEXT


def test_grammar_for_an_outdated_text_is_not_merged(tasks: TaskRunner, qtbot: QtBot) -> None:
    gate = threading.Event()
    grammar = WordGrammar(gate=gate)
    service = AnalysisService(tasks, grammar=grammar)
    reports = collect(service)

    first = "teh first version"
    service.request_now(draft(first))
    qtbot.waitUntil(lambda: grammar.asked == [first], timeout=10000)
    # While grammar is busy with the first text, the writer moves on.
    with qtbot.waitSignal(service.report_ready, timeout=10000):
        service.request_now(draft(TYPO_TEXT))
    gate.set()
    qtbot.waitUntil(lambda: len(reports) == 3, timeout=10000)

    assert [r.text for r in reports] == [first, TYPO_TEXT, TYPO_TEXT]
    assert grammar.asked == [first, TYPO_TEXT]  # one at a time, the newest next
    assert reports[0].for_panel(Panel.GRAMMAR) == ()
    assert reports[1].for_panel(Panel.GRAMMAR) == ()
    assert [f.start for f in reports[2].for_panel(Panel.GRAMMAR)] == [TYPO_START]


def test_grammar_off(tasks: TaskRunner, qtbot: QtBot) -> None:
    service = AnalysisService(tasks, grammar=WordGrammar())
    statuses: list[str] = []
    service.grammar_status_changed.connect(statuses.append)
    service.set_grammar(None)
    assert statuses == ["Grammar checks off"]
    reports = collect(service)
    service.request_now(draft(TYPO_TEXT))
    qtbot.waitUntil(lambda: tasks.pending_jobs() == 0 and len(reports) == 1, timeout=10000)
    assert reports[0].for_panel(Panel.GRAMMAR) == ()


def test_requests_after_shutdown_are_ignored(tasks: TaskRunner, qtbot: QtBot) -> None:
    service = AnalysisService(tasks, debounce_ms=10)
    reports = collect(service)
    service.request(draft(PUSHY))
    tasks.shutdown()
    service.request_now(draft(PUSHY))
    qtbot.wait(50)  # let the debounce timer fire into a closed runner
    assert reports == []


def test_synchronous_runner_delivers_both_reports_before_returning(qapp: QApplication) -> None:
    runner = TaskRunner(synchronous=True)
    service = AnalysisService(runner, grammar=WordGrammar())
    reports = collect(service)
    service.request_now(draft(TYPO_TEXT))
    assert [bool(r.for_panel(Panel.GRAMMAR)) for r in reports] == [False, True]


def test_requests_during_warm_up_wait_and_only_the_newest_is_analysed(
    tasks: TaskRunner, qtbot: QtBot
) -> None:
    service = AnalysisService(tasks)
    reports = collect(service)
    analysed: list[str] = []
    tasks.succeeded.connect(
        lambda _job, result: analysed.append(result.text) if isinstance(result, Report) else None
    )

    with qtbot.waitSignal(service.warmed_up, timeout=20000):
        service.warm_up()
        service.warm_up()  # loading already: no second load
        service.request_now(draft("Hurry! Only 2 left."))
        service.request_now(draft(PUSHY))  # replaces the held one
    assert service.is_warm
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=10000)
    qtbot.waitUntil(lambda: tasks.pending_jobs() == 0, timeout=10000)
    # Held behind the warm-up, the older text was replaced and never analysed.
    assert analysed == [PUSHY]
    assert [r.text for r in reports] == [PUSHY]


def test_the_persons_own_vale_style_reports_in_its_own_panel(
    tasks: TaskRunner, qtbot: QtBot, tmp_path
) -> None:
    # A style folder dropped into <data dir>/rules/ reaches the live path, and a rule added while
    # the app runs is used from the next report on (the loader re-reads a changed folder).
    style = tmp_path / "rules" / "House"
    style.mkdir(parents=True)
    (style / "Synergy.yml").write_text(
        "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens:\n  - synergy\n",
        encoding="utf-8",
    )
    service = AnalysisService(tasks, rules_dir=tmp_path / "rules", debounce_ms=0)
    with qtbot.waitSignal(service.report_ready, timeout=10000) as caught:
        service.request_now(draft("Our synergy is great."))
    report = caught.args[0]
    (finding,) = report.for_panel(Panel.STYLE)
    assert finding.rule_id == "House.Synergy"
    assert finding.severity is Severity.WARN  # Vale's "error" is a warning here
    assert Panel.STYLE in report.scores

    (style / "Leverage.yml").write_text(
        "extends: existence\nmessage: \"Avoid '%s'.\"\ntokens:\n  - leverage\n", encoding="utf-8"
    )
    with qtbot.waitSignal(service.report_ready, timeout=10000) as caught:
        service.request_now(draft("We leverage synergy."))
    assert {f.rule_id for f in caught.args[0].for_panel(Panel.STYLE)} == {
        "House.Synergy",
        "House.Leverage",
    }
