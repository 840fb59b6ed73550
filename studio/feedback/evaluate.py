"""How well the feedback catches what it is for, and how often it cries wolf: both, side by side.

    uv run python -m studio.feedback.evaluate [--corpus DIR] [--format text|markdown|json]
                                              [--misses FAMILY] [--alarms CORPUS]

Reads labelled corpora (in a source checkout: ``tests/feedback/corpus/``):

* ``positive/<family>.txt`` — texts that a careful reader would put in that family (urgency,
  countdowns, scarcity, high demand, social proof, confirmshaming, clickbait, broadcast voice);
* ``benign/*.txt`` — ordinary posts, newspaper-style headlines and near misses: texts that use the
  same words innocently.

Entries are separated by a blank line; lines starting with ``#:`` are comments.

For every family it prints

* recall: the share of positives on which one of the family's rules fires, at any severity (a
  nudge is a finding: it is underlined, explained and offers a fix), also with every positive
  written in CAPITALS and in Title Case, because case must never hide a pattern; and the share on
  which the family's panel says anything at all;
* recall on the "check third": a fixed third of each file (chosen by a hash of the text) that is
  kept out of rule tuning, so the figure shows how rules do on phrasings they were not fitted to;
* false alarms: the share of ordinary posts and of headlines on which the family's rules fire;
* precision: of all the texts the family's rules fire on (its positives and the benign corpora),
  the share that are positives.

And for every benign corpus, the share of texts that get a warning or a serious finding in the
well-being, authenticity or transparency panels: what an ordinary writer would see as a complaint.

The unit tests assert floors on these numbers (tests/feedback/test_evaluation.py), so a change
that loses recall or adds false alarms fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Panel, Report, RuleSettings, Severity
from studio.feedback.textmodel import TEXT_MODEL_ID

COMMENT_PREFIX = "#:"


@dataclass(frozen=True, slots=True)
class Family:
    key: str  # the corpus file's stem under positive/
    title: str
    panel: Panel
    rule_ids: frozenset[str]
    target_recall: float


_PRESSURE_TARGET = 0.90
_VOICE_TARGET = 0.80
# The share of ordinary posts and of newspaper headlines a family may fire on.
TARGET_FALSE_ALARMS = 0.03

# "Only 2 days left to save" is a countdown and a deadline at once: either rule names it.
_TIME_PRESSURE = frozenset({"WB-URGENCY", "WB-COUNTDOWN"})

FAMILIES: tuple[Family, ...] = (
    Family(
        "urgency",
        "Urgency, limited time",
        Panel.WELLBEING,
        _TIME_PRESSURE,
        _PRESSURE_TARGET,
    ),
    Family(
        "countdown",
        "Countdowns, timers",
        Panel.WELLBEING,
        _TIME_PRESSURE,
        _PRESSURE_TARGET,
    ),
    Family(
        "scarcity",
        "Scarcity, low stock",
        Panel.WELLBEING,
        frozenset({"WB-SCARCITY"}),
        _PRESSURE_TARGET,
    ),
    # "20 sold in the last hour" is high demand and a crowd claim at once: either rule names it.
    Family(
        "high_demand",
        "High demand",
        Panel.WELLBEING,
        frozenset({"WB-SCARCITY", "WB-FAKE-SOCIALPROOF"}),
        _PRESSURE_TARGET,
    ),
    Family(
        "social_proof",
        "Social proof, activity",
        Panel.WELLBEING,
        frozenset({"WB-FAKE-SOCIALPROOF"}),
        _PRESSURE_TARGET,
    ),
    Family(
        "confirmshaming",
        "Confirmshaming",
        Panel.WELLBEING,
        frozenset({"WB-CONFIRMSHAME"}),
        _PRESSURE_TARGET,
    ),
    Family(
        "clickbait",
        "Clickbait",
        Panel.WELLBEING,
        frozenset({"WB-CLICKBAIT"}),
        _VOICE_TARGET,
    ),
    Family(
        "broadcast",
        "Broadcast voice",
        Panel.AUTHENTICITY,
        frozenset({"AU-BROADCAST", "AU-CORPORATE"}),
        _VOICE_TARGET,
    ),
)

# The panels whose warnings an ordinary writer would read as "the post has a problem".
COMPLAINT_PANELS = frozenset({Panel.WELLBEING, Panel.AUTHENTICITY, Panel.TRANSPARENCY})
_COMPLAINT_LEVELS = frozenset({Severity.WARN, Severity.STRONG})

# Benign corpora by kind: the targets are set for ordinary posts and headlines; near misses are
# the hard cases (the same words used innocently) and are reported without a target.
HEADLINES = "headlines"
NEAR_MISS_PREFIX = "near_miss"


def benign_kind(stem: str) -> str:
    if stem == HEADLINES:
        return "headlines"
    if stem.startswith(NEAR_MISS_PREFIX):
        return "near misses"
    return "ordinary posts"


def read_corpus(path: Path) -> list[str]:
    """The entries of one corpus file: blocks separated by blank lines, comments left out."""
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith(COMMENT_PREFIX)
    ]
    entries, block = [], []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line.rstrip())
        elif block:
            entries.append("\n".join(block))
            block = []
    return entries


def in_check_third(text: str) -> bool:
    """True for the fixed third of every corpus that rule tuning must not look at."""
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 3 == 0


def title_case(text: str) -> str:
    """Every word capitalised as headline sites write ("Don't" stays "Don't", unlike str.title)."""
    return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))


CASE_VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda text: text,
    "CAPITALS": str.upper,
    "Title Case": title_case,
}


@dataclass(slots=True)
class _Outcome:
    text: str
    report: Report

    def fired(self, rule_ids: frozenset[str]) -> bool:
        return any(f.rule_id in rule_ids for f in self.report.findings)

    def panel_spoke(self, panel: Panel) -> bool:
        return any(f.panel is panel for f in self.report.findings)

    def alarm_summary(self) -> str:
        """The complaints and family findings on this text, for reading false alarms."""
        family_ids = {rule_id for family in FAMILIES for rule_id in family.rule_ids}
        return "; ".join(
            f"{f.rule_id} '{self.text[f.start : f.end]}'"
            for f in self.report.findings
            if f.rule_id in family_ids
            or (f.panel in COMPLAINT_PANELS and f.severity in _COMPLAINT_LEVELS)
        )

    def complains(self) -> bool:
        return any(
            f.panel in COMPLAINT_PANELS and f.severity in _COMPLAINT_LEVELS
            for f in self.report.findings
        )


# The model is switched off like a rule, so the engine runs exactly as for a user who did that.
_RULES_ONLY = RuleSettings(disabled_for_workspace=frozenset({TEXT_MODEL_ID}))


def _analysed(texts: Iterable[str], settings: RuleSettings) -> list[_Outcome]:
    return [_Outcome(text, analyse(Draft(text=text, rule_settings=settings))) for text in texts]


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


@dataclass(slots=True)
class FamilyResult:
    family: Family
    positives: int
    recall: dict[str, float]  # by case variant
    recall_check_third: float
    panel_recall: float
    false_alarms: dict[str, float]  # by benign kind
    precision: float
    misses: list[str] = field(default_factory=list)

    @property
    def worst_recall(self) -> float:
        return min(self.recall.values())


@dataclass(slots=True)
class BenignResult:
    name: str
    kind: str
    texts: int
    complaints: float  # warn or strong in the well-being, authenticity, transparency panels
    # Texts with a complaint or a finding of a family's rules: (text, "RULE-ID 'words'; ...").
    alarms: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Evaluation:
    families: list[FamilyResult]
    benign: list[BenignResult]

    def family(self, key: str) -> FamilyResult:
        return next(r for r in self.families if r.family.key == key)

    def benign_kind_complaints(self, kind: str) -> float:
        rows = [r for r in self.benign if r.kind == kind]
        total = sum(r.texts for r in rows)
        return _share(round(sum(r.complaints * r.texts for r in rows)), total)


def evaluate(corpus_dir: Path, *, with_model: bool = True) -> Evaluation:
    """Run every corpus through the engine; `with_model=False` measures the rules alone."""
    settings = RuleSettings() if with_model else _RULES_ONLY
    benign: dict[str, list[_Outcome]] = {
        path.stem: _analysed(read_corpus(path), settings)
        for path in sorted((corpus_dir / "benign").glob("*.txt"))
    }
    by_kind: dict[str, list[_Outcome]] = {}
    for stem, outcomes in benign.items():
        by_kind.setdefault(benign_kind(stem), []).extend(outcomes)
    every_benign = [o for outcomes in benign.values() for o in outcomes]
    families = [
        _family_result(
            family, corpus_dir / "positive" / f"{family.key}.txt", by_kind, every_benign, settings
        )
        for family in FAMILIES
    ]
    benign_results = [
        BenignResult(
            stem,
            benign_kind(stem),
            len(outcomes),
            _share(sum(o.complains() for o in outcomes), len(outcomes)),
            [(o.text, o.alarm_summary()) for o in outcomes if o.alarm_summary()],
        )
        for stem, outcomes in benign.items()
    ]
    return Evaluation(families, benign_results)


def _family_result(
    family: Family,
    path: Path,
    benign_by_kind: dict[str, list[_Outcome]],
    every_benign: Sequence[_Outcome],
    settings: RuleSettings,
) -> FamilyResult:
    texts = read_corpus(path) if path.exists() else []
    recall: dict[str, float] = {}
    written: list[_Outcome] = []
    for variant, transform in CASE_VARIANTS.items():
        outcomes = _analysed((transform(text) for text in texts), settings)
        if variant == "as written":
            written = outcomes
        recall[variant] = _share(sum(o.fired(family.rule_ids) for o in outcomes), len(texts))
    check_third = [o for o in written if in_check_third(o.text)]
    true_hits = sum(o.fired(family.rule_ids) for o in written)
    false_hits = sum(o.fired(family.rule_ids) for o in every_benign)
    return FamilyResult(
        family=family,
        positives=len(texts),
        recall=recall,
        recall_check_third=_share(
            sum(o.fired(family.rule_ids) for o in check_third), len(check_third)
        ),
        panel_recall=_share(sum(o.panel_spoke(family.panel) for o in written), len(texts)),
        false_alarms={
            kind: _share(sum(o.fired(family.rule_ids) for o in outcomes), len(outcomes))
            for kind, outcomes in sorted(benign_by_kind.items())
        },
        precision=_share(true_hits, true_hits + false_hits),
        misses=[o.text for o in written if not o.fired(family.rule_ids)],
    )


def default_corpus_dir() -> Path:
    """The corpora of a source checkout (they are test data, not shipped in the wheel)."""
    return Path(__file__).resolve().parents[2] / "tests" / "feedback" / "corpus"


# ---- output ------------------------------------------------------------------------------------


def _percent(value: float) -> str:
    return f"{100 * value:.1f}%"


def family_rows(result: Evaluation) -> list[list[str]]:
    kinds = ["ordinary posts", "headlines", "near misses"]
    header = [
        "family",
        "rules",
        "n",
        "recall",
        "CAPITALS",
        "Title Case",
        "check third",
        "panel",
        "precision",
        *[f"false alarms: {kind}" for kind in kinds],
    ]
    rows = [header]
    for r in result.families:
        rows.append(
            [
                r.family.title,
                " ".join(sorted(r.family.rule_ids)),
                str(r.positives),
                f"{r.recall['as written']:.2f}",
                f"{r.recall['CAPITALS']:.2f}",
                f"{r.recall['Title Case']:.2f}",
                f"{r.recall_check_third:.2f}",
                f"{r.panel_recall:.2f}",
                f"{r.precision:.3f}",
                *[_percent(r.false_alarms.get(kind, 0.0)) for kind in kinds],
            ]
        )
    return rows


def benign_rows(result: Evaluation) -> list[list[str]]:
    rows = [["benign corpus", "kind", "n", "warn or strong (WB, AU, TR)"]]
    for r in result.benign:
        rows.append([r.name, r.kind, str(r.texts), _percent(r.complaints)])
    return rows


def _table(rows: list[list[str]], *, markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def as_json(result: Evaluation) -> dict[str, object]:
    return {
        "families": [
            {
                "family": r.family.key,
                "rule_ids": sorted(r.family.rule_ids),
                "positives": r.positives,
                "recall": r.recall,
                "recall_check_third": r.recall_check_third,
                "panel_recall": r.panel_recall,
                "precision": r.precision,
                "false_alarms": r.false_alarms,
                "target_recall": r.family.target_recall,
            }
            for r in result.families
        ],
        "benign": [
            {"corpus": r.name, "kind": r.kind, "texts": r.texts, "complaints": r.complaints}
            for r in result.benign
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m studio.feedback.evaluate",
        description="Recall and false alarms of the feedback rules on labelled corpora.",
    )
    parser.add_argument("--corpus", type=Path, default=default_corpus_dir(), metavar="DIR")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    parser.add_argument(
        "--misses", metavar="FAMILY", help="also list the positives of FAMILY that were missed"
    )
    parser.add_argument(
        "--rules-only", action="store_true", help="leave the text model out: the rules alone"
    )
    parser.add_argument(
        "--alarms", metavar="CORPUS", help="also list the complaints on the benign CORPUS (stem)"
    )
    args = parser.parse_args(argv)
    if not (args.corpus / "positive").is_dir():
        print(
            f"evaluate: no corpora in {args.corpus} (they live in the source checkout, "
            "tests/feedback/corpus/); pass --corpus DIR",
            file=sys.stderr,
        )
        return 2
    result = evaluate(args.corpus, with_model=not args.rules_only)
    if args.format == "json":
        print(json.dumps(as_json(result), indent=2))
    else:
        markdown = args.format == "markdown"
        print(_table(family_rows(result), markdown=markdown))
        print()
        print(_table(benign_rows(result), markdown=markdown))
    if args.misses:
        print(f"\nMissed {args.misses} (tuning part only; the check third is not listed):")
        for text in result.family(args.misses).misses:
            if not in_check_third(text):
                print("  - " + text.replace("\n", " / "))
    if args.alarms:
        print(f"\nAlarms on {args.alarms} (warnings, and any finding of a family's rules):")
        for benign in result.benign:
            if benign.name == args.alarms:
                for text, alarm in benign.alarms:
                    print("  - " + text.replace("\n", " / ") + "\n      -> " + alarm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
