"""Train the text model (studio/feedback/textmodel.py) on the labelled corpora.

    uv run python -m studio.feedback.train_model [--corpus DIR] [--output FILE]

Deterministic: the same corpora give the same file. Only the tuning two thirds of every corpus are
used (studio.feedback.evaluate.in_check_third), so the evaluation's "check third" stays unseen.

For each family a logistic regression tells its sentences from those of ordinary posts, headlines,
near misses and the families it is not confused with (urgency and countdowns share words, so do
scarcity, demand and crowd claims: they are not each other's negatives). A post is labelled as a
whole but the model reads sentences, so training runs twice: first on whole posts, then on the
sentence of each positive post that the first model found most typical (multiple-instance
learning, the simple way). The threshold of each family is chosen on three-fold out-of-fold scores,
the lowest that keeps false alarms within `ALARM_BUDGET` of the ordinary posts and headlines.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from studio.feedback.context import AnalysisContext
from studio.feedback.evaluate import (
    FAMILIES,
    benign_kind,
    default_corpus_dir,
    in_check_third,
    read_corpus,
)
from studio.feedback.model import Draft
from studio.feedback.textmodel import MODEL_FILE, FamilyModel, TextModel, features

# The rule a family's model speaks for (one finding id per family of the catalogue).
RULE_OF_FAMILY = {
    "urgency": "WB-URGENCY",
    "countdown": "WB-COUNTDOWN",
    "scarcity": "WB-SCARCITY",
    "high_demand": "WB-SCARCITY",
    "social_proof": "WB-FAKE-SOCIALPROOF",
    "confirmshaming": "WB-CONFIRMSHAME",
    "clickbait": "WB-CLICKBAIT",
    "broadcast": "AU-BROADCAST",
}
# Families whose texts share their words: not each other's negatives.
_KIN = (
    {"urgency", "countdown"},
    {"scarcity", "high_demand", "social_proof", "urgency"},
)
# The share of ordinary posts, and of headlines, a family's model may fire on (out of fold).
ALARM_BUDGET = {"ordinary posts": 0.012, "headlines": 0.008, "near misses": 0.06}
EPOCHS = 12
LEARNING_RATE = 0.5
L2 = 1e-4
L1 = 0.1
MIN_FEATURE_COUNT = 3
KEEP_WEIGHT = 0.05
FOLDS = 3
SEED = 20261203


@dataclass(frozen=True, slots=True)
class Example:
    label: str  # a family key, or "benign:<kind>"
    segments: tuple[tuple[str, ...], ...]  # the features of each sentence

    @property
    def all_features(self) -> tuple[str, ...]:
        return tuple(f for segment in self.segments for f in segment)


def corpus_digest(corpus_dir: Path) -> str:
    """SHA-256 over every corpus file: the model records what it was trained on."""
    digest = hashlib.sha256()
    for path in sorted(corpus_dir.rglob("*.txt")):
        digest.update(path.relative_to(corpus_dir).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _segments(text: str) -> tuple[tuple[str, ...], ...]:
    ctx = AnalysisContext(Draft(text=text))
    found = tuple(tuple(features(s.text)) for s in ctx.sentences)
    return tuple(s for s in found if s)


def load_examples(corpus_dir: Path) -> list[Example]:
    examples: list[Example] = []
    for family in FAMILIES:
        path = corpus_dir / "positive" / f"{family.key}.txt"
        for text in read_corpus(path):
            if not in_check_third(text):
                examples.append(Example(family.key, _segments(text)))
    for path in sorted((corpus_dir / "benign").glob("*.txt")):
        label = f"benign:{benign_kind(path.stem)}"
        for text in read_corpus(path):
            if not in_check_third(text):
                examples.append(Example(label, _segments(text)))
    return [e for e in examples if e.segments]


def _is_negative(family: str, label: str) -> bool:
    if label == family:
        return False
    return not any(family in kin and label in kin for kin in _KIN)


def _fit(
    rows: Sequence[tuple[tuple[str, ...], int]], vocabulary: frozenset[str]
) -> tuple[float, dict[str, float]]:
    """Logistic regression by AdaGrad with L2, positives weighted to balance the classes."""
    positives = sum(label for _, label in rows) or 1
    negatives = (len(rows) - positives) or 1
    weight_of = {1: negatives / positives, 0: 1.0}
    weights: dict[str, float] = {}
    squared: dict[str, float] = {}
    bias, bias_squared = 0.0, 1e-8
    order = list(range(len(rows)))
    shuffle = random.Random(SEED)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for index in order:
            feats, label = rows[index]
            known = [f for f in feats if f in vocabulary]
            z = bias + sum(weights.get(f, 0.0) for f in known)
            z = max(min(z, 30.0), -30.0)
            error = (1 / (1 + math.exp(-z)) - label) * weight_of[label]
            bias_squared += error * error
            bias -= LEARNING_RATE * error / math.sqrt(bias_squared)
            for feature in known:
                current = weights.get(feature, 0.0)
                gradient = error + L2 * current
                squared[feature] = squared.get(feature, 1e-8) + gradient * gradient
                step = LEARNING_RATE / math.sqrt(squared[feature])
                updated = current - step * gradient
                # L1 by soft thresholding (FOBOS): most words weigh exactly nothing, which keeps the
                # model small, its explanations short and a sentence's scoring cheap.
                shrink = step * L1
                if updated > shrink:
                    weights[feature] = updated - shrink
                elif updated < -shrink:
                    weights[feature] = updated + shrink
                else:
                    weights.pop(feature, None)
    return bias, {f: w for f, w in weights.items() if abs(w) >= KEEP_WEIGHT}


def _vocabulary(examples: Sequence[Example]) -> frozenset[str]:
    counts = Counter(f for e in examples for segment in e.segments for f in set(segment))
    return frozenset(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)


def train_family(family: str, examples: Sequence[Example]) -> tuple[float, dict[str, float]]:
    vocabulary = _vocabulary(examples)
    used = [e for e in examples if e.label == family or _is_negative(family, e.label)]
    # Round 1: whole posts.
    rows = [(e.all_features, int(e.label == family)) for e in used]
    _, weights = _fit(rows, vocabulary)
    # Round 2: the most typical sentence of each positive post; every sentence of the others.
    rows = []
    for example in used:
        if example.label == family:
            best = max(example.segments, key=lambda s: sum(weights.get(f, 0.0) for f in s))
            rows.append((best, 1))
        else:
            rows.extend((segment, 0) for segment in example.segments)
    return _fit(rows, vocabulary)


def _post_score(bias: float, weights: dict[str, float], example: Example) -> float:
    return max(bias + sum(weights.get(f, 0.0) for f in s) for s in example.segments)


def _fold(example: Example) -> int:
    key = "\n".join(" ".join(s) for s in example.segments).encode()
    return hashlib.sha256(key).digest()[1] % FOLDS


def choose_threshold(family: str, examples: Sequence[Example]) -> float:
    """The lowest score whose out-of-fold false alarms stay within the budget of every kind."""
    scored: list[tuple[float, str]] = []
    for fold in range(FOLDS):
        train = [e for e in examples if _fold(e) != fold]
        held = [e for e in examples if _fold(e) == fold]
        bias, weights = train_family(family, train)
        scored += [
            (_post_score(bias, weights, e), e.label) for e in held if e.label.startswith("benign:")
        ]
    threshold = 0.0
    for kind, budget in ALARM_BUDGET.items():
        scores = sorted((s for s, label in scored if label == f"benign:{kind}"), reverse=True)
        allowed = int(budget * len(scores))
        if allowed < len(scores):
            threshold = max(threshold, scores[allowed] + 1e-6)
    return threshold


def train(corpus_dir: Path) -> TextModel:
    examples = load_examples(corpus_dir)
    families = []
    for family in FAMILIES:
        threshold = choose_threshold(family.key, examples)
        bias, weights = train_family(family.key, examples)
        families.append(
            FamilyModel(family.key, RULE_OF_FAMILY[family.key], bias, threshold, weights)
        )
        print(f"{family.key}: {len(weights)} weights, threshold {threshold:.2f}", flush=True)
    return TextModel(tuple(families), corpus_digest(corpus_dir))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studio.feedback.train_model")
    parser.add_argument("--corpus", type=Path, default=default_corpus_dir(), metavar="DIR")
    parser.add_argument("--output", type=Path, default=MODEL_FILE, metavar="FILE")
    args = parser.parse_args(argv)
    model = train(args.corpus)
    text = json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    temporary = args.output.with_suffix(".tmp")
    temporary.write_text(text + "\n", encoding="utf-8")
    temporary.replace(args.output)  # written whole or not at all
    print(f"wrote {args.output} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
