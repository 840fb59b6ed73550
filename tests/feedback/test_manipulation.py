"""Pressure, clickbait and broadcast voice: the examples a new user tried (issue 11's "Why"), each
rule family's shapes with the words it underlines, their close harmless neighbours, and the
second reader (the text model) explaining itself."""

from __future__ import annotations

import json

import pytest

from studio.cli import main
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Panel, Severity
from studio.feedback.textmodel import features, shipped_model, tokens

from .helpers import covered, found

# Every example of the issue, and the family rules one of which must name it.
_TIME = {"WB-URGENCY", "WB-COUNTDOWN"}
_STOCK = {"WB-SCARCITY", "WB-FAKE-SOCIALPROOF"}
WHY_EXAMPLES = [
    ("Limited time only! Get yours today.", _TIME),
    ("Sale ends soon, grab it", _TIME),
    ("LIMITED TIME ONLY", _TIME),
    ("19 Photos That Will Make Way Too Much Sense To Night Owls", {"WB-CLICKBAIT"}),
    (
        "We Gave Teenagers A Flip Phone For A Week And Here's What Happened",
        {"WB-CLICKBAIT"},
    ),
    ("You Will Never Look At Toast The Same Way After Seeing This", {"WB-CLICKBAIT"}),
    ("Nah, I will pay full price", {"WB-CONFIRMSHAME"}),
    ("No thanks, I dont want free shipping", {"WB-CONFIRMSHAME"}),
    ("5 items left", _STOCK),
    ("2,381 people have viewed this today", {"WB-FAKE-SOCIALPROOF"}),
    ("Someone in Bristol just bought this jacket", {"WB-FAKE-SOCIALPROOF"}),
    ("Offer ends in 12:41:07", _TIME),
    ("Reserved for you for 09:30 minutes!", _TIME),
    ("Flash sale, limited time only, shop now", _TIME),
    (
        "Our customers are our top priority. We are excited to announce our new product.",
        {"AU-CORPORATE", "AU-BROADCAST"},
    ),
]


@pytest.mark.parametrize(("text", "rule_ids"), WHY_EXAMPLES, ids=[t for t, _ in WHY_EXAMPLES])
def test_every_example_of_the_issue_is_caught(text: str, rule_ids: set[str]) -> None:
    report = analyse(Draft(text))
    assert rule_ids & {f.rule_id for f in report.findings}, report.findings


def test_studio_check_catches_the_examples(tmp_path, capsys) -> None:
    lines = [
        json.dumps({"text": text, "id": index}) for index, (text, _) in enumerate(WHY_EXAMPLES)
    ]
    source = tmp_path / "examples.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "check", "--grammar", "off", "--format",
                 "jsonl", str(source)])  # fmt: skip
    assert code == 0  # pressure is a warning, never "strong"
    reports = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for report, (_, rule_ids) in zip(reports, WHY_EXAMPLES, strict=True):
        assert rule_ids & {f["rule_id"] for f in report["findings"]}, report


FIRES = [
    # (rule, text, the words underlined, severity)
    ("WB-COUNTDOWN", "Sale ends in 4 days 05:46:20 ⏰", "ends in 4 days 05:46:20", Severity.WARN),
    ("WB-COUNTDOWN", "Your cart is reserved for 09:54 minutes", "reserved for 09:54 minutes", None),
    ("WB-COUNTDOWN", "1d 4h 2m 11s left to save 30%", "1d 4h 2m 11s left", None),
    ("WB-COUNTDOWN", "Only 6 hours left! 20% off everything", "Only 6 hours left", None),
    ("WB-URGENCY", "This deal won't last long, so act now!", "act now!", Severity.WARN),
    ("WB-URGENCY", "Book now before prices rise on Monday", None, Severity.WARN),
    ("WB-SCARCITY", "Last 4 in your size ⚡", "Last 4 in your size", Severity.INFO),
    ("WB-SCARCITY", "These are selling fast 🔥", "selling fast", Severity.INFO),
    ("WB-SCARCITY", "In 112 carts right now", "In 112 carts", Severity.INFO),
    (
        "WB-FAKE-SOCIALPROOF",
        "Priya from Toronto purchased Matte Lipstick 4 minutes ago",
        "Priya from Toronto purchased",
        Severity.WARN,
    ),
    (
        "WB-FAKE-SOCIALPROOF",
        "Join 50,000+ happy customers",
        "Join 50,000+ happy customers",
        Severity.INFO,
    ),
    (
        "WB-CONFIRMSHAME",
        "[Join] [No thanks, I'd rather stay uninformed]",
        "No thanks, I'd rather stay uninformed",
        Severity.WARN,
    ),
    ("WB-CONFIRMSHAME", "Scroll past if you don't care about animals", None, Severity.WARN),
    ("WB-CLICKBAIT", "Can You Pass This 5th Grade Quiz?", "Can You Pass", Severity.INFO),
    ("WB-CLICKBAIT", "This simple trick fixed my sourdough", "This simple trick", Severity.WARN),
    ("AU-CORPORATE", "Dear valued customers, stay tuned!", "valued customers", Severity.INFO),
]


@pytest.mark.parametrize(("rule_id", "text", "words", "severity"), FIRES)
def test_each_shape_is_named_by_its_words(
    rule_id: str, text: str, words: str | None, severity: Severity | None
) -> None:
    hits = found(text, rule_id)
    assert hits, analyse(Draft(text)).findings
    if words is not None:
        hits = [h for h in hits if covered(text, h) == words]
        assert hits, [covered(text, h) for h in found(text, rule_id)]
    if severity is not None:
        assert hits[0].severity is severity
    assert hits[0].why and hits[0].message and hits[0].source


QUIET = [
    ("WB-COUNTDOWN", "Finished the marathon in 3:12:40, a personal best!"),
    ("WB-COUNTDOWN", "Doors open at 19:30, kick-off at 20:00."),
    ("WB-COUNTDOWN", "Bake for 1 hour 20 minutes, then rest for 10 minutes."),
    ("WB-COUNTDOWN", "10 minutes left and we're 2-0 up"),
    ("WB-URGENCY", "Our winter sale runs until Sunday 11 January."),
    ("WB-URGENCY", "Applications close on 30 June."),
    ("WB-SCARCITY", "There are 3 slices left, come get them before I eat them lol"),
    ("WB-SCARCITY", "Our small batch this week is 20 jars."),
    ("WB-FAKE-SOCIALPROOF", "Thank you to the 312 of you who donated to the shelter appeal."),
    ("WB-FAKE-SOCIALPROOF", "Mum just bought me flowers 3 minutes ago"),
    ("WB-CONFIRMSHAME", "No thanks, I'm good."),
    ("WB-CONFIRMSHAME", "nah I'll pay full price, I want to support small shops"),
    ("WB-CLICKBAIT", "Five takeaways from the election debate"),
    ("WB-CLICKBAIT", "How to repot a cactus without getting stabbed"),
    ("WB-CLICKBAIT", "you won't believe how cold it was at the bus stop this morning"),
    ("AU-CORPORATE", "We're thrilled to announce our baby girl Mia arrived on Tuesday 💛"),
]


@pytest.mark.parametrize(("rule_id", "text"), QUIET)
def test_a_close_harmless_neighbour_stays_quiet(rule_id: str, text: str) -> None:
    assert found(text, rule_id) == []


@pytest.mark.parametrize(
    "text", ["Sale ends soon, grab it", "Someone in Leeds just bought this jacket"]
)
def test_case_never_hides_a_pattern(text: str) -> None:
    ids = {f.rule_id for f in analyse(Draft(text)).findings}
    assert ids
    for variant in (text.upper(), text.title(), text.lower()):
        assert ids <= {f.rule_id for f in analyse(Draft(variant)).findings}, variant


def test_one_rule_says_one_thing_per_place() -> None:
    # "LAST CHANCE" is both a pressure phrase and a deadline to reword: one finding, the
    # rewording (a fix that keeps the meaning beats a deletion).
    hits = found("LAST CHANCE to grab the winter collection!", "WB-URGENCY")
    assert [
        (covered("LAST CHANCE to grab the winter collection!", h), h.suggestions) for h in hits
    ] == [("LAST CHANCE", ("Last day", "Final day"))]


def test_the_text_model_names_the_words_that_weighed_most() -> None:
    text = "Fans Spotted Something Weird In The Final Scene Of The Christmas Special"
    (finding,) = [f for f in analyse(Draft(text)).findings if f.rule_id == "WB-CLICKBAIT"]
    assert finding.severity is Severity.INFO
    assert finding.panel is Panel.WELLBEING
    assert "the words that weigh most" in finding.message
    assert "'weird'" in finding.message or "'something'" in finding.message


def test_the_text_model_reads_numbers_clocks_and_prices_as_kinds() -> None:
    assert tokens("Only 3 left! £29.99, ends 12:41:07, 2,381 sold, 20% off") == [
        "only", "<num>", "left", "!", "<money>", "ends", "<clock>", "<bignum>", "sold",
        "<pct>", "off",
    ]  # fmt: skip
    assert "<s> only" in features("Only 3 left")


def test_the_shipped_model_has_a_voice_for_every_family() -> None:
    model = shipped_model()
    assert model is not None
    assert {f.family for f in model.families} == {
        "urgency", "countdown", "scarcity", "high_demand", "social_proof", "confirmshaming",
        "clickbait", "broadcast",
    }  # fmt: skip
