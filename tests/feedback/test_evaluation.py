"""What the feedback catches and how often it cries wolf, measured on the labelled corpora
(tests/feedback/corpus, studio.feedback.evaluate) and held to floors, both ways: a change that
loses recall fails here, and so does one that buys recall with false alarms.

The floors sit a little under today's figures (README, "How well the feedback catches"), so noise
from a reworded rule does not fail the suite but a real loss does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.feedback.evaluate import (
    CASE_VARIANTS,
    FAMILIES,
    TARGET_FALSE_ALARMS,
    Evaluation,
    default_corpus_dir,
    evaluate,
    main,
    read_corpus,
    title_case,
)
from studio.feedback.textmodel import shipped_model
from studio.feedback.train_model import corpus_digest

CORPUS = default_corpus_dir()

# Recall floors on the whole corpus (as written, in CAPITALS and in Title Case), and on the third
# kept out of rule tuning and out of the model's training: the honest figure for new text.
RECALL_FLOORS = {
    "urgency": (0.92, 0.86),
    "countdown": (0.95, 0.90),
    "scarcity": (0.89, 0.79),
    "high_demand": (0.80, 0.73),
    "social_proof": (0.68, 0.56),
    "confirmshaming": (0.84, 0.60),
    "clickbait": (0.78, 0.51),
    "broadcast": (0.86, 0.65),
}
# The share of a benign corpus kind that may get a warning or serious finding in the well-being,
# authenticity or transparency panels.
COMPLAINT_CEILINGS = {"ordinary posts": 0.02, "headlines": 0.01}


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return evaluate(CORPUS)


def test_every_family_has_a_floor_and_a_big_corpus() -> None:
    assert set(RECALL_FLOORS) == {family.key for family in FAMILIES}
    for family in FAMILIES:
        assert len(read_corpus(CORPUS / "positive" / f"{family.key}.txt")) >= 300, family.key


def test_the_benign_corpora_are_big_enough() -> None:
    sizes: dict[str, int] = {}
    for path in (CORPUS / "benign").glob("*.txt"):
        kind = "headlines" if path.stem == "headlines" else path.stem.split("_")[0]
        sizes[kind] = sizes.get(kind, 0) + len(read_corpus(path))
    ordinary = sum(n for kind, n in sizes.items() if kind not in {"headlines", "near"})
    assert ordinary >= 1_000
    assert sizes["headlines"] >= 300


@pytest.mark.parametrize("family", [f.key for f in FAMILIES])
def test_recall_meets_its_floor_in_every_case(evaluation: Evaluation, family: str) -> None:
    result = evaluation.family(family)
    floor, check_floor = RECALL_FLOORS[family]
    # Case must never hide a pattern: the same floor in CAPITALS and in Title Case.
    assert {variant: result.recall[variant] >= floor for variant in CASE_VARIANTS} == dict.fromkeys(
        CASE_VARIANTS, True
    ), result.recall
    assert result.recall_check_third >= check_floor, result.recall_check_third


@pytest.mark.parametrize("family", [f.key for f in FAMILIES])
def test_false_alarms_stay_under_the_target(evaluation: Evaluation, family: str) -> None:
    result = evaluation.family(family)
    assert result.false_alarms["ordinary posts"] <= TARGET_FALSE_ALARMS
    assert result.false_alarms["headlines"] <= TARGET_FALSE_ALARMS


@pytest.mark.parametrize("kind", sorted(COMPLAINT_CEILINGS))
def test_ordinary_posts_and_headlines_rarely_get_a_warning(
    evaluation: Evaluation, kind: str
) -> None:
    share = evaluation.benign_kind_complaints(kind)
    assert share <= COMPLAINT_CEILINGS[kind], [
        alarm for r in evaluation.benign if r.kind == kind for alarm in r.alarms
    ][:20]


def test_the_shipped_model_was_trained_on_these_corpora() -> None:
    # Corpora changed without retraining: `uv run python -m studio.feedback.train_model`.
    model = shipped_model()
    assert model is not None
    assert model.corpus_sha256 == corpus_digest(CORPUS)


def test_title_case_keeps_apostrophes() -> None:
    assert title_case("you won't believe this") == "You Won't Believe This"


def test_the_evaluation_command_prints_both_tables(tmp_path: Path, capsys) -> None:
    # A small corpus of its own, so the command's output can be read exactly.
    (tmp_path / "positive").mkdir()
    (tmp_path / "benign").mkdir()
    (tmp_path / "positive" / "urgency.txt").write_text(
        "#: two urgency texts\nLIMITED TIME ONLY\n\nSale ends soon, grab it\n", encoding="utf-8"
    )
    (tmp_path / "benign" / "tweets.txt").write_text(
        "off to the shops\n\nwhat a match\n", encoding="utf-8"
    )
    assert main(["--corpus", str(tmp_path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    urgency = next(f for f in report["families"] if f["family"] == "urgency")
    assert urgency["positives"] == 2
    assert urgency["recall"]["as written"] == 1.0
    assert report["benign"] == [
        {"corpus": "tweets", "kind": "ordinary posts", "texts": 2, "complaints": 0.0}
    ]
    assert main(["--corpus", str(tmp_path), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "| Urgency, limited time |" in out
    assert "| tweets | ordinary posts | 2 | 0.0% |" in out


def test_the_evaluation_command_explains_a_missing_corpus(tmp_path: Path, capsys) -> None:
    assert main(["--corpus", str(tmp_path)]) == 2
    assert "no corpora" in capsys.readouterr().err
