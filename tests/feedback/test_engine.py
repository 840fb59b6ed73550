"""The engine: report assembly, scores and their explanation, signals, settings, grammar merge."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace

from studio.domain.platforms import PlatformId
from studio.feedback.checks.registry import code_check, registered_checks, unregister_check
from studio.feedback.checks.transparency import early_disclosure_signal
from studio.feedback.checks.wellbeing import has_help_resource
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.engine import LOCAL_PANELS, analyse, explain_score, merge_grammar
from studio.feedback.model import (
    Draft,
    Finding,
    MediaFacts,
    Panel,
    RuleSettings,
    Severity,
)
from studio.feedback.rulepacks import RulePacks, rule_from_mapping
from studio.feedback.scoring import panel_score


def packs(*definitions: dict[str, object]) -> RulePacks:
    return RulePacks(
        tuple(
            rule_from_mapping(definition, name=f"Test.R{index}")
            for index, definition in enumerate(definitions)
        )
    )


# Built-in code checks always run; these tests look at the engine with test rules only.
NO_CODE_CHECKS = RuleSettings(
    disabled_for_workspace=frozenset(check.rule_id for check in registered_checks())
)

URGENCY = {
    "extends": "existence",
    "id": "WB-TEST-URGENCY",
    "panel": "wellbeing",
    "level": "warning",
    "ignorecase": True,
    "message": "'%s' adds pressure.",
    "why": "Pressure.",
    "link": "https://example.com/urgency",
    "tokens": ["hurry", "last chance"],
}
SUICIDE_VERB = {
    "extends": "substitution",
    "id": "WB-TEST-VERB",
    "panel": "wellbeing",
    # Vale's `error` is a warning here; strong (safety, law) is said with our own key.
    "severity": "strong",
    "ignorecase": True,
    "message": "Say '%s' instead of '%s'.",
    "swap": {"committed suicide": "died by suicide"},
}


def test_report_has_findings_sorted_scores_for_every_local_panel_and_counts() -> None:
    text = "Hurry! He committed suicide, last chance."
    draft = Draft(text, platforms=(PlatformId.X, PlatformId.BLUESKY))
    report = analyse(draft, packs=packs(URGENCY, SUICIDE_VERB))
    ids = [(f.rule_id, text[f.start : f.end]) for f in report.findings if "TEST" in f.rule_id]
    assert ids == [
        ("WB-TEST-URGENCY", "Hurry"),
        ("WB-TEST-VERB", "committed suicide"),
        ("WB-TEST-URGENCY", "last chance"),
    ]
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    assert set(report.scores) == set(LOCAL_PANELS)
    assert [c.platform for c in report.counts] == [PlatformId.X, PlatformId.BLUESKY]
    assert report.has_strong
    verb = next(f for f in report.findings if f.rule_id == "WB-TEST-VERB")
    assert verb.suggestions == ("died by suicide",) and verb.severity is Severity.STRONG
    hurry = report.findings[0]
    assert (hurry.why, hurry.source, hurry.panel) == (
        "Pressure.",
        "https://example.com/urgency",
        Panel.WELLBEING,
    )


def test_at_one_position_the_more_severe_finding_comes_first() -> None:
    mild = {**URGENCY, "id": "A-MILD", "level": "suggestion", "tokens": ["hurry"]}
    harsh = {**URGENCY, "id": "Z-HARSH", "level": "error", "tokens": ["hurry"]}
    report = analyse(Draft("hurry"), packs=packs(mild, harsh))
    assert [f.rule_id for f in report.findings] == ["Z-HARSH", "A-MILD"]


def test_score_formula_counts_each_issue_once() -> None:
    text = "Hurry, hurry, HURRY. Last chance!"
    report = analyse(Draft(text, rule_settings=NO_CODE_CHECKS), packs=packs(URGENCY))
    # "hurry" three times is one issue, "last chance" another: 100 - 15 - 15.
    assert report.scores[Panel.WELLBEING] == 70
    strong = analyse(
        Draft("He committed suicide.", rule_settings=NO_CODE_CHECKS), packs=packs(SUICIDE_VERB)
    )
    assert strong.scores[Panel.WELLBEING] == 50
    calm = analyse(Draft("A calm post.", rule_settings=NO_CODE_CHECKS), packs=packs(URGENCY))
    assert calm.scores[Panel.WELLBEING] == 100


def test_score_never_goes_below_zero_and_explains_itself() -> None:
    findings = [
        Finding(f"R{i}", Panel.INCLUSION, Severity.STRONG, 0, 1, "m", "w") for i in range(3)
    ] + [Finding("R9", Panel.INCLUSION, Severity.INFO, 0, 1, "m", "w")]
    assert panel_score(Panel.INCLUSION, findings) == 0
    explanation = explain_score(Panel.INCLUSION, findings)
    assert explanation.startswith("Inclusion & accessibility: 0/100.")
    assert "3 serious issues × 50" in explanation and "1 nudge × 5" in explanation
    assert "Nothing found" in explain_score(Panel.WELLBEING, findings)


def test_turned_off_rules_are_not_reported() -> None:
    text = "Hurry! https://example.com/x"
    ignored = RuleSettings(ignored_for_post=frozenset({"WB-TEST-URGENCY"}))
    disabled = RuleSettings(disabled_for_workspace=frozenset({"PF-LINK"}))
    base = Draft(text, platforms=(PlatformId.INSTAGRAM,))
    assert {"WB-TEST-URGENCY", "PF-LINK"} <= {
        f.rule_id for f in analyse(base, packs=packs(URGENCY)).findings
    }
    for settings, gone in ((ignored, "WB-TEST-URGENCY"), (disabled, "PF-LINK")):
        draft = Draft(text, platforms=(PlatformId.INSTAGRAM,), rule_settings=settings)
        assert gone not in {f.rule_id for f in analyse(draft, packs=packs(URGENCY)).findings}


def test_code_check_hits_carry_the_registrys_panel_why_and_platform() -> None:
    draft = Draft("Recipe: https://example.com/rye", platforms=(PlatformId.INSTAGRAM,))
    finding = next(f for f in analyse(draft, packs=RulePacks()).findings if f.rule_id == "PF-LINK")
    assert finding.panel is Panel.PLATFORM
    assert finding.platform is PlatformId.INSTAGRAM
    assert finding.why and finding.source


def test_duplicate_findings_from_two_files_of_one_catalogue_id_are_merged() -> None:
    report = analyse(Draft("hurry"), packs=packs(URGENCY, URGENCY))
    assert len([f for f in report.findings if f.rule_id == "WB-TEST-URGENCY"]) == 1


def test_merge_grammar_replaces_grammar_findings_and_score() -> None:
    text = "I recieve it tomorow."
    report = analyse(Draft(text), packs=RulePacks())
    assert Panel.GRAMMAR not in report.scores
    first = [
        Finding("PF-GRAMMAR", Panel.GRAMMAR, Severity.INFO, 2, 9, "Spelling", "w", ("receive",)),
        Finding("PF-GRAMMAR", Panel.GRAMMAR, Severity.INFO, 13, 20, "Spelling", "w", ("tomorrow",)),
    ]
    merged = merge_grammar(report, first)
    assert merged.scores[Panel.GRAMMAR] == 90
    assert [f.start for f in merged.for_panel(Panel.GRAMMAR)] == [2, 13]
    again = merge_grammar(merged, first[:1])
    assert len(again.for_panel(Panel.GRAMMAR)) == 1 and again.scores[Panel.GRAMMAR] == 95
    assert again.scores[Panel.WELLBEING] == report.scores[Panel.WELLBEING]
    cleared = merge_grammar(again, [])
    assert cleared.for_panel(Panel.GRAMMAR) == () and cleared.scores[Panel.GRAMMAR] == 100


def test_generic_positive_signals() -> None:
    text = (
        "Ad: made with @acme. I baked these for my sister's birthday. "
        "What do you bake when someone needs cheering up?"
    )
    draft = Draft(text, media=(MediaFacts(alt_text="Three cupcakes"),))
    ids = {s.signal_id for s in analyse(draft, packs=RulePacks()).signals}
    assert {
        "SIGNAL-QUESTION",
        "SIGNAL-FIRST-PERSON",
        "SIGNAL-EARLY-DISCLOSURE",
        "SIGNAL-ALT-TEXT",
    } <= ids
    help_post = "It has been a hard year. If you are struggling, call or text 988."
    assert "SIGNAL-HELP-RESOURCE" in {
        s.signal_id for s in analyse(Draft(help_post), packs=RulePacks()).signals
    }


def test_no_signals_for_a_broadcast() -> None:
    text = "Shop now. Link in bio. 20% off everything. #ad"
    draft = Draft(text + " " + "More. " * 30, media=(MediaFacts(alt_text=""),))
    ids = {s.signal_id for s in analyse(draft, packs=RulePacks()).signals}
    assert ids.isdisjoint({"SIGNAL-QUESTION", "SIGNAL-FIRST-PERSON", "SIGNAL-ALT-TEXT"})
    late = "Great weekend at the lake with friends and family and plenty of sun. " * 3 + "#ad"
    assert "SIGNAL-EARLY-DISCLOSURE" not in {
        s.signal_id for s in analyse(Draft(late), packs=RulePacks()).signals
    }


def test_empty_and_whitespace_drafts() -> None:
    for text in ("", "   \n\n  "):
        report = analyse(Draft(text, platforms=tuple(PlatformId)))
        assert all(score == 100 for score in report.scores.values()) or report.findings
        assert all(0 <= f.start <= f.end <= len(text) for f in report.findings)


def test_the_tooltip_explains_exactly_the_reported_score() -> None:
    text = (
        "Hey guys!! LAST CHANCE, hurry 🔥🔥🔥🔥 Use code SAVE20 https://amzn.to/x #a #b #c #d #e #f"
    )
    report = analyse(Draft(text, platforms=(PlatformId.INSTAGRAM, PlatformId.X), sponsored=True))
    assert report.findings
    for panel, score in report.scores.items():
        assert panel_score(panel, report.findings) == score
        assert explain_score(panel, report.findings).startswith(f"{panel.title}: {score}/100.")


# --- one piece of logic per signal ----------------------------------------------------------


def signal_ids(text: str, **draft: object) -> set[str]:
    report = analyse(Draft(text, **draft), packs=RulePacks())  # type: ignore[arg-type]
    return {s.signal_id for s in report.signals}


def test_early_disclosure_signal_is_the_transparency_panels() -> None:
    assert "SIGNAL-EARLY-DISCLOSURE" in signal_ids("Ad: I'm paid by @acme to test this kettle.")
    # A denial is not a disclosure, wherever it stands.
    for denial in (
        "Not #ad, I just love this kettle.",
        "This is not an ad: I bought the kettle myself.",
        "not sponsored by anyone, promise",
    ):
        assert "SIGNAL-EARLY-DISCLOSURE" not in signal_ids(denial), denial
    for text in ("Ad: made with @acme.", "Not #ad, honestly.", "Sunday walk."):
        ctx = AnalysisContext(Draft(text))
        from_engine = {
            s
            for s in analyse(Draft(text), packs=RulePacks()).signals
            if s.signal_id == "SIGNAL-EARLY-DISCLOSURE"
        }
        expected = early_disclosure_signal(ctx)
        assert from_engine == ({expected} if expected else set())


def test_help_resource_signal_follows_the_wellbeing_panels_test() -> None:
    texts = [
        "If you're struggling, Samaritans are there on 116 123.",
        "Call or text 988 any time.",
        "We printed 988 stickers for the fair.",  # a number, not a helpline
        "Our crisis line volunteers are amazing.",
        "A quiet Sunday with tea.",
    ]
    for text in texts:
        signalled = "SIGNAL-HELP-RESOURCE" in signal_ids(text)
        assert signalled is has_help_resource(AnalysisContext(Draft(text))), text
    assert "SIGNAL-HELP-RESOURCE" not in signal_ids("We printed 988 stickers for the fair.")
    report = analyse(Draft("Call or text 988 any time."), packs=RulePacks())
    signal = next(s for s in report.signals if s.signal_id == "SIGNAL-HELP-RESOURCE")
    assert report.text[signal.start : signal.end] == "Call or text 988"


def test_help_resource_span_is_right_when_lower_casing_changes_length() -> None:
    text = "İstanbul walk today. Samaritans: 116 123."
    assert len(text.lower()) != len(text)
    report = analyse(Draft(text), packs=RulePacks())
    signal = next(s for s in report.signals if s.signal_id == "SIGNAL-HELP-RESOURCE")
    assert text[signal.start : signal.end].lower() == "samaritans"


# --- a failing check is skipped, not fatal --------------------------------------------------


def test_a_check_that_raises_is_skipped_and_named_once(caplog) -> None:
    calls = []

    def broken(ctx: AnalysisContext) -> Iterator[Hit]:
        calls.append(ctx.text)
        yield Hit(0, 1, "half-way")
        raise RuntimeError("boom in a test check")

    code_check(
        "TEST-BROKEN",
        panel=Panel.INCLUSION,
        severity=Severity.STRONG,
        why="A check that fails on purpose.",
    )(broken)
    try:
        with caplog.at_level(logging.ERROR, logger="studio.feedback.engine"):
            first = analyse(Draft("Hurry, hey guys! LAST CHANCE"))
            second = analyse(Draft("Another post entirely."))
    finally:
        unregister_check("TEST-BROKEN")
    assert len(calls) == 2
    for report in (first, second):
        assert report.skipped == ("TEST-BROKEN",)
        # Its hit from before the failure is not kept either.
        assert "TEST-BROKEN" not in {f.rule_id for f in report.findings}
    # The other checks and rules still ran.
    assert {"WB-URGENCY", "IA-EQUALITY"} <= {f.rule_id for f in first.findings}
    logged = [r for r in caplog.records if "TEST-BROKEN" in r.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info is not None
    # Unregistered: gone from the next report.
    assert analyse(Draft("Another post entirely.")).skipped == ()
    assert "TEST-BROKEN" not in {c.rule_id for c in registered_checks()}


def test_a_failing_yaml_rule_is_skipped_too() -> None:
    rule = rule_from_mapping(URGENCY, name="Test.Urgency")

    class Exploding:
        """The rule's own branches, with a matcher that has a bug."""

        branches = rule.matcher.branches

        def matches(self, ctx, unit, active):  # type: ignore[no-untyped-def]
            raise ValueError("a matcher bug")

    fine = rule_from_mapping(SUICIDE_VERB, name="Test.Verb")
    broken = RulePacks((replace(rule, matcher=Exploding()), fine))  # type: ignore[arg-type]
    report = analyse(
        Draft("hurry, he committed suicide", rule_settings=NO_CODE_CHECKS), packs=broken
    )
    assert report.skipped == ("WB-TEST-URGENCY",)
    assert [f.rule_id for f in report.findings] == ["WB-TEST-VERB"]


# --- platform rules say which platform --------------------------------------------------------


def test_a_rule_restricted_to_platforms_names_the_platform() -> None:
    only_instagram = {**URGENCY, "platforms": ["instagram"]}
    draft = Draft("hurry", platforms=(PlatformId.X, PlatformId.INSTAGRAM))
    found = [
        f
        for f in analyse(draft, packs=packs(only_instagram)).findings
        if f.rule_id == "WB-TEST-URGENCY"
    ]
    assert [f.platform for f in found] == [PlatformId.INSTAGRAM]
    two = {**URGENCY, "platforms": ["x", "bluesky", "threads"]}
    draft = Draft(
        "hurry", platforms=(PlatformId.BLUESKY, PlatformId.X), rule_settings=NO_CODE_CHECKS
    )
    report = analyse(draft, packs=packs(two))
    found = [f for f in report.findings if f.rule_id == "WB-TEST-URGENCY"]
    assert {f.platform for f in found} == {PlatformId.BLUESKY, PlatformId.X}
    # The same words on two platforms are one habit to change: one warning in the score.
    assert report.scores[Panel.WELLBEING] == 85


def test_a_platform_fit_rule_reports_once_per_selected_platform() -> None:
    fit = {
        "extends": "existence",
        "id": "PF-TEST-CLICK",
        "panel": "platform",
        "level": "warning",
        "message": "'%s' does not work in a caption.",
        "tokens": ["click here"],
    }
    draft = Draft("click here", platforms=(PlatformId.X, PlatformId.MASTODON))
    report = analyse(draft, packs=packs(fit))
    found = [f for f in report.findings if f.rule_id == "PF-TEST-CLICK"]
    assert sorted(f.platform for f in found) == [PlatformId.MASTODON, PlatformId.X]
    assert report.scores[Panel.PLATFORM] <= 70  # two platforms, two things to fix
    unselected = analyse(Draft("click here"), packs=packs(fit)).findings
    assert [f.platform for f in unselected if f.rule_id == "PF-TEST-CLICK"] == [None]
    ordinary = analyse(Draft("hurry", platforms=(PlatformId.X,)), packs=packs(URGENCY))
    assert [f.platform for f in ordinary.findings if f.rule_id == "WB-TEST-URGENCY"] == [None]


def test_a_broadcast_is_not_praised_as_your_own_voice() -> None:
    """ "We are thrilled to announce" is first person, but the panel that calls it press-release
    wording must not also praise it as a person's voice."""
    broadcast = analyse(Draft(text="We are thrilled to announce our new collection."))
    assert any(f.rule_id == "AU-CORPORATE" for f in broadcast.findings)
    assert "SIGNAL-FIRST-PERSON" not in {s.signal_id for s in broadcast.signals}
    personal = analyse(Draft(text="We finally opened the bakery today and I cried a bit."))
    assert "SIGNAL-FIRST-PERSON" in {s.signal_id for s in personal.signals}
