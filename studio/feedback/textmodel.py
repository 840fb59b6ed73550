"""A second reader for the pressure and voice families: small linear models over words.

The rule packs and code checks name the shapes we know ("only 3 left", "ends in 02:14:09"). People
find new words for the same push every day ("the Matcha Kit is down to single digits", "Half your
street has already switched"), so behind the rules stands one logistic model per family, trained
on this project's own labelled corpora (tests/feedback/corpus, see studio.feedback.train_model)
and shipped as data (data/text_model.json). It reads one sentence or line at a time, and speaks
only where no rule of its family has: a nudge (info) that names the words that weighed most, so
the writer sees why.

Features are lower-case words and word pairs of the sentence, with numbers, clocks, prices and
emoji reduced to their kind ("<num>", "<clock>", "<money>", "<emoji>"): the model learns "<num>
left" once, not for every number, and case never hides a pattern. A sentence costs a few dict
look-ups per word: well inside the engine's budget.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import accumulate, pairwise
from pathlib import Path

from studio.feedback.checks.selling import OFFER_WORDS, sentence_and_the_one_before
from studio.feedback.context import AnalysisContext, Token
from studio.feedback.model import Finding, Panel, Severity

MODEL_FILE = Path(__file__).parent / "data" / "text_model.json"
# What `Report.skipped` names when the model itself fails.
TEXT_MODEL_ID = "text-model"
MODEL_VERSION = 1

# The words of a sentence, its prices and numbers, and the signs that change its tone. The
# standard library's `re` runs this several times faster than `regex`, and `findall` hands back
# the tokens without a match object each; emoji are left out (they mean too many things).
_TOKEN = re.compile(
    r"[£$€₹]\s?\d[\d,.]*k?|\d[\d,.:]*(?:%|[km]\b|\+)?|[^\W\d_][^\W_]*(?:['\-][^\W_]+)*|[!?#@]"
)
# A sentence longer than this is prose, not a headline, a banner or a button: its first part is
# read, so a pasted essay costs no more than a caption.
MAX_WORDS = 60
_BIG = 1000


def tokens(text: str) -> list[str]:
    """The normalised tokens of `text`, in order: lower-case words, and for the rest their kind."""
    found = _TOKEN.findall(text.lower().replace("’", "'"))[:MAX_WORDS]
    return [token if token[0].isalpha() else _kind(token) for token in found]


def _kind(token: str) -> str:
    first = token[0]
    if first.isdigit():
        return _number_kind(token)
    if first in "!?#@":
        return first
    return "<money>"


def _number_kind(token: str) -> str:
    if ":" in token:
        return "<clock>"
    if token.endswith("%"):
        return "<pct>"
    digits = "".join(c for c in token if c.isdigit() or c == ".")
    suffix = token.rstrip("+").lstrip("0123456789,.").lower()
    if suffix in {"k", "m"} or _as_number(digits) >= _BIG:
        return "<bignum>"
    if suffix in {"h", "d", "s"}:
        return "<duration>"
    return "<num>"


def _as_number(digits: str) -> float:
    try:
        return float(digits.replace(",", "")) if digits else 0.0
    except ValueError:
        return 0.0


def features(text: str) -> list[str]:
    """Words and word pairs, with the sentence's start and end marked ("<s> only", "left </s>")."""
    words = tokens(text)
    padded = ["<s>", *words, "</s>"]
    return words + [f"{a} {b}" for a, b in pairwise(padded)]


# Words too plain to explain a finding on their own ("the" and "her" weigh in a headline, but
# naming them helps nobody).
_PLAIN_WORDS = frozenset(
    """a an the and or but of to in on at for with by from as is are was were be been it its this
    that these those i me my we us our you your he him his she her they them their what which who
    how why when where there here so if not no do does did has have had will would can could just
    ! ? # @""".split()  # noqa: SIM905 - a word list reads best as words
)


# ---- the shipped model -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FamilyModel:
    family: str
    rule_id: str
    bias: float
    threshold: float
    weights: dict[str, float]

    def score(self, feats: Iterable[str]) -> float:
        weights = self.weights
        return self.bias + sum(weights.get(f, 0.0) for f in feats)

    def reasons(self, feats: Sequence[str], how_many: int = 3) -> list[str]:
        """The features that pushed the score up most, strongest first, without repeats and
        without the markers of the sentence's start and end."""
        ranked = sorted(
            {f for f in feats if self.weights.get(f, 0.0) > 0}, key=lambda f: -self.weights[f]
        )
        shown: list[str] = []
        for feature in ranked:
            words = " ".join(w for w in feature.split() if w not in {"<s>", "</s>"})
            if not words or all(w in _PLAIN_WORDS or w.startswith("<") for w in words.split()):
                continue  # "the" weighs, but naming it explains nothing
            if words not in shown and not any(words in s for s in shown):
                shown.append(words)
            if len(shown) == how_many:
                break
        return shown


@dataclass(frozen=True)
class TextModel:
    families: tuple[FamilyModel, ...]
    corpus_sha256: str = ""

    @cached_property
    def _table(self) -> dict[str, tuple[tuple[int, float], ...]]:
        """Feature → (family index, weight) for every family that weighs it: one look-up per
        feature scores all families at once."""
        table: dict[str, list[tuple[int, float]]] = {}
        for index, family in enumerate(self.families):
            for feature, weight in family.weights.items():
                table.setdefault(feature, []).append((index, weight))
        return {feature: tuple(entries) for feature, entries in table.items()}

    def scores(self, feats: Iterable[str]) -> list[float]:
        scores = [family.bias for family in self.families]
        table = self._table
        for feature in feats:
            entries = table.get(feature)
            if entries:
                for index, weight in entries:
                    scores[index] += weight
        return scores

    @staticmethod
    def from_json(data: dict[str, object]) -> TextModel:
        if data.get("version") != MODEL_VERSION:
            raise ValueError(f"text model version {data.get('version')} is not {MODEL_VERSION}")
        families = tuple(
            FamilyModel(
                family=str(entry["family"]),
                rule_id=str(entry["rule_id"]),
                bias=float(entry["bias"]),
                threshold=float(entry["threshold"]),
                weights={str(k): float(v) for k, v in dict(entry["weights"]).items()},
            )
            for entry in data["families"]  # type: ignore[union-attr]
        )
        return TextModel(families, str(data.get("corpus_sha256", "")))

    def to_json(self) -> dict[str, object]:
        return {
            "version": MODEL_VERSION,
            "corpus_sha256": self.corpus_sha256,
            "families": [
                {
                    "family": f.family,
                    "rule_id": f.rule_id,
                    "bias": round(f.bias, 4),
                    "threshold": round(f.threshold, 4),
                    "weights": {k: round(v, 4) for k, v in sorted(f.weights.items())},
                }
                for f in self.families
            ],
        }


@cache
def shipped_model() -> TextModel | None:
    """The model in the package, or None when it is missing (the rules still run)."""
    if not MODEL_FILE.exists():
        return None
    return TextModel.from_json(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


@dataclass(frozen=True, slots=True)
class ModelHit:
    family: str
    rule_id: str
    start: int
    end: int
    probability: float
    reasons: tuple[str, ...]


def units(ctx: AnalysisContext) -> Iterator[Token]:
    """What the model reads: sentences (lines count as sentences in a post)."""
    yield from ctx.sentences


def model_hits(ctx: AnalysisContext, model: TextModel) -> Iterator[ModelHit]:
    """Every sentence whose score passes a family's threshold."""
    for unit in units(ctx):
        feats = features(unit.text)
        if not feats:
            continue
        for family, score in zip(model.families, model.scores(feats), strict=True):
            if score >= family.threshold:
                yield ModelHit(
                    family.family,
                    family.rule_id,
                    unit.start,
                    unit.end,
                    1 / (1 + math.exp(-score)),
                    tuple(family.reasons(feats)),
                )


# ---- findings ------------------------------------------------------------------------------------

_MATHUR = "https://webtransparency.cs.princeton.edu/dark-patterns/"
_NEUTRAL_DECLINE = re.compile(
    r"(?:no(?:pe)?|nah|not now|maybe later|no thanks?|no thank you|skip|close|dismiss|cancel)\b"
    r"[\s,.!]*(?:i['’]?m (?:good|fine|ok(?:ay)?|all set)|thanks?|thank you|for now|"
    r"maybe (?:later|next time)|not (?:today|now|right now))?[\s.!]*$",
    re.IGNORECASE,
)
_CARE_TOPIC = re.compile(
    r"\b(?:suicid\w*|helplines?|crisis|samaritans|bereave\w*|grie(?:f|ving)|self[\s-]harm|"
    r"mental\s+health|therap(?:y|ist)|counsell?(?:ing|or)|depress\w*|anxiety|bipolar|burnout|"
    r"meds|medication|diagnos\w*|recovery|eating\s+disorder)\b",
    re.IGNORECASE,
)
_SELLING_FAMILIES = frozenset({"urgency", "countdown", "scarcity", "high_demand", "social_proof"})


@dataclass(frozen=True, slots=True)
class _Voice:
    """How a family's model finding reads: what it looks like, what to do, and why."""

    looks_like: str
    advice: str
    why: str
    source: str
    panel: Panel = Panel.WELLBEING


_VOICES: dict[str, _Voice] = {
    "urgency": _Voice(
        "time pressure",
        "If there is a real deadline, state it plainly, e.g. 'Available until Sunday 31 May.'",
        "Manufactured urgency pushes people to act before they have thought it through.",
        _MATHUR,
    ),
    "countdown": _Voice(
        "a countdown",
        "If the offer really ends, give the day and time plainly, e.g. 'Offer ends Sunday 31 May "
        "at midnight.'",
        "A countdown rushes people to decide before they have thought it through, and shop timers "
        "often start again when the page is reloaded.",
        _MATHUR,
    ),
    "scarcity": _Voice(
        "a scarcity claim",
        "If it is true, say it neutrally, e.g. 'a small batch of 20'; if you can't check it, "
        "leave it out.",
        "Scarcity claims rush readers into buying, and unverifiable ones erode trust.",
        _MATHUR,
    ),
    "high_demand": _Voice(
        "a claim of high demand",
        "If it is true, say it neutrally with the facts; if you can't check it, leave it out.",
        "Scarcity claims rush readers into buying, and unverifiable ones erode trust.",
        _MATHUR,
    ),
    "social_proof": _Voice(
        "a crowd claim readers can't check",
        "Share something verifiable and attributed instead, e.g. a named review.",
        "Unverifiable crowd claims pressure people to follow the herd and erode trust when they "
        "are not true.",
        _MATHUR,
    ),
    "confirmshaming": _Voice(
        "a way out worded to shame people who say no",
        "Offer a neutral choice instead, e.g. 'No thanks' or 'Not now'.",
        "Shaming people for declining pressures them through guilt rather than letting them "
        "choose.",
        _MATHUR,
    ),
    "clickbait": _Voice(
        "clickbait",
        "Say what it is instead, e.g. 'How I cut my commute by 20 minutes'.",
        "Clickbait trades the reader's curiosity for a click and leaves them feeling tricked.",
        "https://arxiv.org/abs/1610.09786",
    ),
    "broadcast": _Voice(
        "a broadcast from an institution",
        "Say it the way you would to one person, and ask them something.",
        "People tune out posts that talk at them; a personal voice and a question start a "
        "conversation.",
        "https://doi.org/10.1145/1718918.1718953",
        Panel.AUTHENTICITY,
    ),
}


class _Spoken:
    """Where the rules' findings are, per panel, for overlap questions in logarithmic time (a
    scan per sentence would make a long post quadratic)."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        by_panel: dict[Panel, list[tuple[int, int]]] = {}
        for finding in findings:
            by_panel.setdefault(finding.panel, []).append((finding.start, finding.end))
        self._starts: dict[Panel, list[int]] = {}
        self._reach: dict[Panel, list[int]] = {}  # the furthest end among the spans so far
        for panel, spans in by_panel.items():
            spans.sort()
            self._starts[panel] = [start for start, _ in spans]
            self._reach[panel] = list(accumulate((end for _, end in spans), max))
        self.added: set[tuple[Panel, int]] = set()

    def overlaps(self, panel: Panel, start: int, end: int) -> bool:
        starts = self._starts.get(panel)
        if not starts:
            return False
        before = bisect_left(starts, end)  # the spans that start before `end`
        return before > 0 and self._reach[panel][before - 1] > start


def model_findings(
    ctx: AnalysisContext,
    existing: Sequence[Finding],
    is_off: Callable[[str], bool],
    model: TextModel | None = None,
) -> list[Finding]:
    """Nudges for the sentences the model flags and no rule of the same family already has."""
    model = model if model is not None else shipped_model()
    if model is None or not ctx.text.strip():
        return []
    found: dict[tuple[str, int, int], Finding] = {}
    spoken = _Spoken(existing)
    for hit in model_hits(ctx, model):
        voice = _VOICES[hit.family]
        if is_off(hit.rule_id) or (hit.rule_id, hit.start, hit.end) in found:
            continue
        # A sentence a rule of the same panel has already spoken about needs no second voice
        # (nor a second family of the model: one nudge per sentence and panel).
        if (
            spoken.overlaps(voice.panel, hit.start, hit.end)
            or (voice.panel, hit.start) in spoken.added
        ):
            continue
        # A plain "No thanks, I'm good." is the neutral way out the rules recommend.
        if hit.family == "confirmshaming" and _NEUTRAL_DECLINE.match(ctx.text[hit.start : hit.end]):
            continue
        # A helpline, a loss or a diagnosis is not a sales pitch, whatever words it shares with
        # one ("free and 24 hours", "Samaritans on 116 123"): the model keeps out of it.
        if _CARE_TOPIC.search(ctx.text, hit.start, hit.end):
            continue
        # Pressure to buy needs something to buy: "Only 2 days left until the wedding" is not.
        if hit.family in _SELLING_FAMILIES and not OFFER_WORDS.search(
            sentence_and_the_one_before(ctx, hit.start)
        ):
            continue
        named = ", ".join(f"'{words}'" for words in hit.reasons)
        spoken.added.add((voice.panel, hit.start))
        found[(hit.rule_id, hit.start, hit.end)] = Finding(
            rule_id=hit.rule_id,
            panel=voice.panel,
            severity=Severity.INFO,
            start=hit.start,
            end=hit.end,
            message=f"This reads like {voice.looks_like} (the words that weigh most: {named}). "
            f"{voice.advice}",
            why=voice.why,
            source=voice.source,
        )
    return list(found.values())
