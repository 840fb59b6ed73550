"""What the feedback engine takes and gives: immutable values shared by the GUI, `studio check`
and the calendar's health view.

Spans are code-point offsets into the exact text the finding was computed on (Python string
indices); the GUI converts them to UTF-16 with `studio.domain.text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType

from studio.domain.platforms import PlatformId


class Panel(StrEnum):
    WELLBEING = "wellbeing"
    AUTHENTICITY = "authenticity"
    INCLUSION = "inclusion"
    TRANSPARENCY = "transparency"
    PLATFORM = "platform"
    GRAMMAR = "grammar"
    # Findings of the user's own Vale styles (rules from the user rules folder), unless a rule
    # names one of the panels above with our `panel:` key.
    STYLE = "style"

    @property
    def title(self) -> str:
        return _PANEL_TITLES[self]


_PANEL_TITLES = {
    Panel.WELLBEING: "Well-being",
    Panel.AUTHENTICITY: "Authenticity",
    Panel.INCLUSION: "Inclusion & accessibility",
    Panel.TRANSPARENCY: "Transparency",
    Panel.PLATFORM: "Platform fit",
    Panel.GRAMMAR: "Grammar & spelling",
    Panel.STYLE: "Your style",
}


class Severity(StrEnum):
    INFO = "info"  # a nudge
    WARN = "warn"
    STRONG = "strong"  # safety or legal: asks for confirmation before Approved/Scheduled


@dataclass(frozen=True, slots=True)
class MediaFacts:
    """What the engine needs to know about one attached image (no pixels, no paths)."""

    alt_text: str = ""
    byte_size: int = 0
    width: int = 0
    height: int = 0
    mime: str = ""
    has_gps: bool = False
    animated: bool = False
    edited: bool = False  # the user marked it as filtered/edited
    # (platform id, width, height) after the crop chosen for that platform; a platform absent
    # here shows the whole image. Shape and resolution advice follows what will be posted.
    crops: tuple[tuple[str, int, int], ...] = ()

    def for_platform(self, platform: str) -> MediaFacts:
        """The image as `platform` will get it: its crop's size when one was chosen."""
        for name, width, height in self.crops:
            if name == platform:
                return replace(self, width=width, height=height)
        return self


@dataclass(frozen=True, slots=True)
class RuleSettings:
    ignored_for_post: frozenset[str] = frozenset()
    disabled_for_workspace: frozenset[str] = frozenset()

    def is_off(self, rule_id: str) -> bool:
        return rule_id in self.ignored_for_post or rule_id in self.disabled_for_workspace


@dataclass(frozen=True, slots=True)
class Draft:
    """An immutable snapshot of what the writer has now."""

    text: str
    platforms: tuple[PlatformId, ...] = ()
    sponsored: bool = False
    partner: str = ""
    # The platform's own "paid partnership" toggle is on (TR-TOOL-ONLY).
    paid_partnership_tool: bool = False
    media: tuple[MediaFacts, ...] = ()
    locale: str = "en-US"
    rule_settings: RuleSettings = RuleSettings()
    # Per-account limits that differ from the platform default (X Premium, a Mastodon server's).
    x_premium: bool = False
    mastodon_limit: int = 500


@dataclass(frozen=True, slots=True)
class Edit:
    """One suggestion as an exact change: replace `text[start:end]` (code points) by `text`.

    It may reach a little outside the finding's span: removing "Hurry" from "left!!! Hurry, sale"
    also takes the comma and capitalises "Sale" (see feedback/fixes.py).
    """

    start: int
    end: int
    text: str

    def apply(self, text: str) -> str:
        return text[: self.start] + self.text + text[self.end :]


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    panel: Panel
    severity: Severity
    start: int
    end: int
    message: str
    why: str
    # What the highlighted words could become ("" = leave them out), for people to read.
    suggestions: tuple[str, ...] = ()
    source: str = ""
    platform: PlatformId | None = None
    # `edits[i]` is exactly what applying `suggestions[i]` does to the text; the engine fills it
    # (feedback/fixes.py). Empty in a finding built elsewhere: then a suggestion replaces the span.
    edits: tuple[Edit, ...] = ()
    # The span marks a stretch that a measure is about (text over a limit, the sentences that
    # make a post read like an advert), not a phrase: it may cross sentence ends and hashtags.
    passage: bool = False


@dataclass(frozen=True, slots=True)
class Signal:
    """Something the writer did well (a question to the reader, an early disclosure...)."""

    signal_id: str
    panel: Panel
    message: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class PlatformCount:
    platform: PlatformId
    used: int
    limit: int
    unit: str  # "weighted", "graphemes", "characters", "bytes"
    # Bluesky has two limits at once: graphemes and UTF-8 bytes.
    secondary_used: int | None = None
    secondary_limit: int | None = None
    secondary_unit: str | None = None

    @property
    def over(self) -> bool:
        if self.used > self.limit:
            return True
        if self.secondary_limit is None:
            return False
        return (self.secondary_used or 0) > self.secondary_limit


def _frozen_mapping(values: Mapping[Panel, int] | None = None) -> Mapping[Panel, int]:
    return MappingProxyType(dict(values or {}))


@dataclass(frozen=True, slots=True)
class Report:
    text: str
    findings: tuple[Finding, ...] = ()
    scores: Mapping[Panel, int] = field(default_factory=_frozen_mapping)
    signals: tuple[Signal, ...] = ()
    counts: tuple[PlatformCount, ...] = ()
    # Rule ids whose check failed on this text and was left out of this report (a bug in a
    # check, or in a user's rule, must not take the other panels down with it).
    skipped: tuple[str, ...] = ()

    def for_panel(self, panel: Panel) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.panel is panel)

    @property
    def has_strong(self) -> bool:
        return any(f.severity is Severity.STRONG for f in self.findings)
