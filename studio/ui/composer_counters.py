"""Live length counters, one per network, in the network's own unit (PLATFORMS.md).

    "218 / 280 weighted"                         X
    "291 / 300 graphemes · 1,204 / 3,000 bytes"  Bluesky: both limits apply

A counter turns amber near the limit and red past it. Colour is never the only sign: the text
says "· 12 over" past the limit, and the accessible description says "near the limit".
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio.domain.platforms import PLATFORMS, PlatformId
from studio.feedback.model import PlatformCount
from studio.ui.i18n import tr
from studio.ui.theme import is_dark

# From this share of the limit on, a counter warns: room for about one more sentence on X.
NEAR_FRACTION = 0.9


class CountState(StrEnum):
    FITS = "fits"
    NEAR = "near"
    OVER = "over"


def count_state(counted: PlatformCount) -> CountState:
    if counted.over:
        return CountState.OVER
    if counted.used >= counted.limit * NEAR_FRACTION:
        return CountState.NEAR
    if counted.secondary_limit is not None and (counted.secondary_used or 0) >= (
        counted.secondary_limit * NEAR_FRACTION
    ):
        return CountState.NEAR
    return CountState.FITS


def _unit_name(unit: str) -> str:
    names = {
        "weighted": tr("weighted"),
        "graphemes": tr("graphemes"),
        "characters": tr("characters"),
        "bytes": tr("bytes"),
    }
    return names.get(unit, unit)


def count_text(counted: PlatformCount, locale: QLocale | None = None) -> str:
    """'218 / 280 weighted'; Bluesky adds '· 1,204 / 3,000 bytes'; past a limit '· 12 over'."""
    locale = locale or _number_locale()

    def number(value: int) -> str:
        return locale.toString(value)

    text = f"{number(counted.used)} / {number(counted.limit)} {_unit_name(counted.unit)}"
    if counted.secondary_limit is not None:
        text += " · {used} / {limit} {unit}".format(
            used=number(counted.secondary_used or 0),
            limit=number(counted.secondary_limit),
            unit=_unit_name(counted.secondary_unit or ""),
        )
    over = counted.used - counted.limit
    if counted.secondary_limit is not None:
        over_bytes = (counted.secondary_used or 0) - counted.secondary_limit
        if over <= 0 < over_bytes:
            return text + " · " + tr("{count} bytes over").format(count=number(over_bytes))
    if over > 0:
        text += " · " + tr("{count} over").format(count=number(over))
    return text


def _number_locale() -> QLocale:
    """The person's locale for numbers; the bare "C" locale (no thousands separators, as on a
    minimal system) reads better as English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def format_number(value: int) -> str:
    """1204 → "1,204" in English; the person's own grouping elsewhere."""
    return _number_locale().toString(value)


def state_colour(state: CountState, palette: QPalette) -> QColor | None:
    """Amber / red that keep a 4.5:1 contrast on the window colour of either scheme."""
    if state is CountState.FITS:
        return None
    dark = is_dark(palette)
    if state is CountState.NEAR:
        return QColor("#ffc078" if dark else "#a65e00")
    return QColor("#ff8787" if dark else "#c92a2a")


def overflow_colour(palette: QPalette) -> QColor:
    """The translucent red behind text that does not fit; readable under text of either scheme."""
    colour = QColor("#fa5252")
    colour.setAlpha(70 if is_dark(palette) else 50)
    return colour


class CounterLabel(QLabel):
    """One network's count: name, numbers, unit; coloured by how close it is to the limit."""

    def __init__(self, parent: QWidget | None = None, *, show_name: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("counter")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._show_name = show_name
        self._count: PlatformCount | None = None
        self.state = CountState.FITS

    @property
    def platform_count(self) -> PlatformCount | None:
        return self._count

    def show_count(self, counted: PlatformCount) -> None:
        self._count = counted
        self.state = count_state(counted)
        spec = PLATFORMS[counted.platform]
        numbers = count_text(counted)
        self.setText(f"{spec.name}  {numbers}" if self._show_name else numbers)
        spoken = {
            CountState.FITS: tr("fits"),
            CountState.NEAR: tr("near the limit"),
            CountState.OVER: tr("over the limit"),
        }[self.state]
        self.setAccessibleName(tr("{network} length").format(network=spec.name))
        self.setAccessibleDescription(f"{numbers}, {spoken}")
        approximate = spec.is_approximate("text_limit")
        self.setToolTip(
            tr("{network} counts {unit}; the limit is approximate.").format(
                network=spec.name, unit=_unit_name(counted.unit)
            )
            if approximate
            else tr("{network} counts {unit}.").format(
                network=spec.name, unit=_unit_name(counted.unit)
            )
        )
        self._restyle()

    def restyle(self) -> None:
        """Light ⇄ dark: amber and red have a shade for each. Called by the parent, because a
        label with a style sheet keeps the palette the sheet gave it."""
        self._restyle()

    def _restyle(self) -> None:
        parent = self.parentWidget()
        palette = parent.palette() if parent else self.palette()
        colour = state_colour(self.state, palette)
        weight = "600" if self.state is not CountState.FITS else "normal"
        # A counter that fits names the scheme's text colour too: a sheet without a colour would
        # keep the text colour of the scheme the label was first polished in (dark on dark).
        text_colour = colour if colour is not None else palette.color(QPalette.ColorRole.WindowText)
        sheet = f"QLabel {{ color: {text_colour.name()}; font-weight: {weight}; }}"
        # The style sheet itself changes the palette; an unchanged sheet must not loop.
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)


class CounterStrip(QWidget):
    """The counters of every enabled network under the main text, one line each (one label
    per network, made once and shown or hidden, so toggling networks never rebuilds widgets)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counter_strip")
        self.setAccessibleName(tr("Length per network"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.counters: dict[PlatformId, CounterLabel] = {}
        for platform in PLATFORMS:
            label = CounterLabel(self)
            label.setObjectName(f"counter_{platform.value}")
            label.setVisible(False)
            layout.addWidget(label)
            self.counters[platform] = label

    def show_counts(self, counts: list[PlatformCount]) -> None:
        shown = {c.platform for c in counts}
        for counted in counts:
            self.counters[counted.platform].show_count(counted)
        for platform, label in self.counters.items():
            if label.isVisibleTo(self) != (platform in shown):
                label.setVisible(platform in shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            for label in self.counters.values():
                label.restyle()
        super().changeEvent(event)

    def visible_counters(self) -> dict[PlatformId, CounterLabel]:
        return {p: label for p, label in self.counters.items() if label.isVisibleTo(self)}
