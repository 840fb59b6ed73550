"""The feedback dock: a summary line, then one section per panel with its score, its findings and
what the writer did well.

Layout decisions for a ~320–380 px dock: everything stacks vertically and wraps (no columns that
squeeze the message); a thin stripe in the panel's colour ties a section to its underlines in the
text; the severity is a shape and a word, never the colour alone.

Reports arrive every few hundred milliseconds while the writer types, on the GUI thread, so the
dock updates in place instead of being rebuilt: a section whose findings read the same as before
(the writer typed elsewhere, only the spans moved) keeps its rows and only swaps the findings they
carry, so keyboard focus and scroll position survive typing; row widgets are pooled and re-used;
the section's layout is only touched when what it shows changes (rows, "Show more", which notes),
so a new character count re-lays out one label, not the whole dock (QUALITY.md: no GUI-thread
stall over 16 ms while typing).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import PLATFORMS
from studio.feedback.fixes import edits_of
from studio.feedback.model import Edit, Finding, Panel, PlatformCount, Report, Severity
from studio.feedback.model import Signal as PositiveSignal
from studio.feedback.scoring import explain_score
from studio.ui.finding_highlighter import panel_colour, severity_word

PANELS: tuple[Panel, ...] = (
    Panel.WELLBEING,
    Panel.AUTHENTICITY,
    Panel.INCLUSION,
    Panel.TRANSPARENCY,
    Panel.PLATFORM,
    Panel.GRAMMAR,
    Panel.STYLE,
)
# Shown only when the writer has rules of their own (the report scores the panel) or it has
# findings; everyone else never sees an empty "Your style" section.
OPTIONAL_PANELS = frozenset({Panel.STYLE})
# A long draft can raise many findings of one kind; beyond this a section offers "Show n more"
# instead of pushing every other panel out of sight.
VISIBLE_FINDINGS = 6
_SEVERITY_RANK = {Severity.STRONG: 0, Severity.WARN: 1, Severity.INFO: 2}
# Shapes tell severities apart without relying on colour: filled triangle, filled dot, ring.
_SEVERITY_MARK = {Severity.STRONG: "▲", Severity.WARN: "●", Severity.INFO: "○"}


def _muted(widget: QWidget) -> QColor:
    colour = QColor(widget.palette().color(widget.foregroundRole()))
    colour.setAlphaF(0.72)
    return colour


def _css(colour: QColor) -> str:
    return f"rgba({colour.red()},{colour.green()},{colour.blue()},{colour.alphaF():.2f})"


class _FindingRow(QFrame):
    """One finding: severity, message, the first suggestions. Click, Enter or Space activates."""

    activated = Signal(object)

    def __init__(self, finding: Finding | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # None while the row waits in its section's pool for a finding to show.
        self.finding: Finding | None = finding
        self.setObjectName("feedback_finding")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.label)
        self.render()

    def render(self) -> None:
        finding = self.finding
        if finding is None:
            return
        mark_colour = panel_colour(finding.panel, self.palette())
        severity = severity_word(finding.severity).capitalize()
        lines = [
            f'<span style="color:{mark_colour.name()}">{_SEVERITY_MARK[finding.severity]}</span>'
            f" <b>{html.escape(severity)}</b> · {html.escape(finding.message)}"
        ]
        fixes = zip(finding.suggestions, edits_of(finding), strict=True)
        offered = [self._offer(suggestion, edit) for suggestion, edit in fixes][:3]
        if offered:
            tried = self.tr("Try {suggestions}").format(suggestions=self.tr(" or ").join(offered))
            lines.append(f'<span style="color:{_css(_muted(self))}">{html.escape(tried)}</span>')
        self.label.setText("<br>".join(lines))
        self.setAccessibleName(f"{severity}: {finding.message}")
        description = " ".join(part for part in (finding.why, *offered) if part)
        self.setAccessibleDescription(description)
        tip = html.escape(finding.why) if finding.why else ""
        hint = html.escape(self.tr("Click to select it in the text."))
        self.setToolTip(f"{tip}<br><small>{hint}</small>" if tip else hint)

    def _offer(self, suggestion: str, edit: Edit) -> str:
        """A fix as its edit does it: a fix that only adds words ("Ad:", a helpline, a question)
        says what it adds; a removal says so; any other shows what the words become."""
        if edit.start == edit.end:
            return self.tr("adding “{words}”").format(words=" ".join(edit.text.split()))
        return f"“{suggestion}”" if suggestion else self.tr("leaving it out")

    def set_finding(self, finding: Finding) -> None:
        """The same words at another place: nothing on screen changes."""
        self.finding = finding

    def show_finding(self, finding: Finding) -> None:
        self.finding = finding
        self.render()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self.finding)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.finding)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
        # Keyboard users tab through rows; keep the focused one in view inside the scroll area.
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.render()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = self.rect().adjusted(1, 1, -1, -1)
        if self.underMouse() or self.hasFocus():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(palette.ColorRole.AlternateBase))
            painter.drawRoundedRect(rect, 6, 6)
        if self.hasFocus():
            pen = painter.pen()
            pen.setStyle(Qt.PenStyle.SolidLine)
            pen.setColor(palette.color(palette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
        painter.end()
        super().paintEvent(event)


class _Stripe(QWidget):
    """A thin bar in the panel's colour: the same colour as its underlines in the text."""

    def __init__(self, panel: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setFixedWidth(4)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(panel_colour(self.panel, self.palette()))
        painter.drawRoundedRect(self.rect(), 2, 2)
        painter.end()


class PanelSection(QFrame):
    """One panel: a header (toggle, title, score) over its findings, signals or empty state."""

    finding_activated = Signal(object)

    def __init__(self, panel: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setObjectName(f"feedback_section_{panel.value}")
        self._rows: list[_FindingRow] = []
        # Every row ever made, shown or not: re-used for the next report's findings, because
        # creating, polishing and showing new widgets is the slowest part of an update.
        self._pool: list[_FindingRow] = []
        # What the body layout holds now; the layout is rebuilt only when this changes.
        self._layout_key: tuple[object, ...] | None = None
        self._row_keys: tuple[tuple[str, str, str, tuple[str, ...]], ...] | None = None
        self._show_all = False
        self._findings: tuple[Finding, ...] = ()
        self._shown: tuple[Report | None, str, tuple[PlatformCount, ...]] = (None, "", ())

        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"feedback_toggle_{panel.value}")
        # Not a checkable button: a checked tool button is drawn pressed, which reads as a
        # button stuck down rather than an open section. The arrow shows the state.
        self._expanded = True
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(self._title())
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title_font = QFont(self.toggle.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        self.toggle.setFont(title_font)
        self.toggle.clicked.connect(lambda: self.set_expanded(not self._expanded))

        self.score_label = QLabel(self)
        self.score_label.setObjectName(f"feedback_score_{panel.value}")
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The same width in every section, so the scores line up in one column.
        bold = QFont(self.score_label.font())
        bold.setBold(True)
        self.score_label.setMinimumWidth(
            QFontMetrics(bold).horizontalAdvance("100")
            + self.fontMetrics().horizontalAdvance("/100")
        )

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 4, 0)
        header.setSpacing(6)
        header.addWidget(_Stripe(panel, self))
        header.addWidget(self.toggle, 1)
        header.addWidget(self.score_label)

        self.body = QWidget(self)
        self.body.setObjectName(f"feedback_body_{panel.value}")
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(8, 0, 0, 4)
        self._body_layout.setSpacing(2)

        self.more_button = QToolButton(self.body)
        self.more_button.setAutoRaise(True)
        self.more_button.setAccessibleName(self.tr("Show more findings"))
        self.more_button.clicked.connect(self._show_more)

        self.empty_label = self._note_label("feedback_empty")
        self.signals_label = self._note_label("feedback_signals")
        self.counts_label = self._note_label("feedback_counts")

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 4)
        column.setSpacing(4)
        column.addLayout(header)
        column.addWidget(self.body)
        self.set_report(None)

    def _title(self) -> str:
        titles = {
            Panel.WELLBEING: self.tr("Well-being"),
            Panel.AUTHENTICITY: self.tr("Authenticity"),
            Panel.INCLUSION: self.tr("Inclusion & accessibility"),
            Panel.TRANSPARENCY: self.tr("Transparency"),
            Panel.PLATFORM: self.tr("Platform fit"),
            Panel.GRAMMAR: self.tr("Grammar & spelling"),
            Panel.STYLE: self.tr("Your style"),
        }
        # A tool button reads "&" as a mnemonic marker.
        return titles[self.panel].replace("&", "&&")

    def _note_label(self, name: str) -> QLabel:
        label = QLabel(self.body)
        label.setObjectName(f"{name}_{self.panel.value}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(10, 2, 8, 2)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    # ---- state -------------------------------------------------------------------------------

    @property
    def expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        self._expanded = expanded
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self._describe_toggle()

    def _describe_toggle(self) -> None:
        state = self.tr("expanded") if self._expanded else self.tr("collapsed")
        score_text = self.score_label.accessibleName()
        self.toggle.setAccessibleName(f"{score_text}, {state}" if score_text else state)

    def rows(self) -> list[_FindingRow]:
        return list(self._rows)

    def pooled(self) -> list[_FindingRow]:
        """Every row made so far, including those waiting for a finding."""
        return list(self._pool)

    def focus_chain(self) -> list[QWidget]:
        """Tab order inside the section: the header, then its findings (hidden ones are
        skipped by Qt), then "Show more"."""
        return [self.toggle, *self._rows, self.more_button]

    def set_report(
        self, report: Report | None, *, waiting_note: str = "", counts: Sequence[PlatformCount] = ()
    ) -> bool:
        """Show `report`'s part for this panel (None: nothing analysed yet); True when its
        rows changed."""
        self._shown = (report, waiting_note, tuple(counts))
        findings = report.for_panel(self.panel) if report is not None else ()
        findings = tuple(
            sorted(findings, key=lambda f: (_SEVERITY_RANK[f.severity], f.start, f.end))
        )
        signals = [s for s in report.signals if s.panel is self.panel] if report else []
        scored = report is not None and self.panel in report.scores
        self._findings = findings
        self._set_score(report, scored)
        rows_changed = self._set_rows(findings)
        self._set_signals(signals)
        self._set_counts(counts if report is not None else ())
        self._set_empty(report, scored, waiting_note)
        self._relayout()
        return rows_changed

    def _set_score(self, report: Report | None, scored: bool) -> None:
        title = self._title().replace("&&", "&")
        if report is None or not scored:
            self.score_label.setText(f'<span style="color:{_css(_muted(self))}">–</span>')
            explanation = self.tr("{panel}: not scored yet.").format(panel=title)
            spoken = self.tr("{panel}, not scored yet").format(panel=title)
        else:
            score = report.scores[self.panel]
            out_of = f'<span style="color:{_css(_muted(self))}">/100</span>'
            self.score_label.setText(f"<b>{score}</b>{out_of}")
            explanation = explain_score(self.panel, report.findings)
            spoken = self.tr("{panel}, score {score} of 100").format(panel=title, score=score)
        count = len(self._findings)
        if count:
            spoken += ", " + (
                self.tr("1 finding") if count == 1 else self.tr("{n} findings").format(n=count)
            )
        self.score_label.setToolTip(explanation)
        self.score_label.setAccessibleName(spoken)
        self.score_label.setAccessibleDescription(explanation)
        self.toggle.setToolTip(explanation)
        self.toggle.setAccessibleDescription(explanation)
        self._describe_toggle()

    def prepare_rows(self, count: int = VISIBLE_FINDINGS) -> None:
        """Make `count` hidden rows ahead of the first report (at idle time), so the first
        report only fills in texts."""
        while len(self._pool) < count:
            row = self._new_row(None)
            row.ensurePolished()
            row.label.ensurePolished()
            self._pool.append(row)

    def _new_row(self, finding: Finding | None) -> _FindingRow:
        row = _FindingRow(finding, self.body)
        row.hide()
        row.activated.connect(self.finding_activated)
        return row

    def _set_rows(self, findings: tuple[Finding, ...]) -> bool:
        """Show `findings`; True when the rows shown changed (the layout needs a pass)."""
        keys = tuple((f.rule_id, f.severity.value, f.message, f.suggestions) for f in findings)
        if keys == self._row_keys:
            for row, finding in zip(self._rows, findings, strict=True):
                row.set_finding(finding)
            return False
        self._row_keys = keys
        self._show_all = False
        self.prepare_rows(len(findings))
        self._rows = self._pool[: len(findings)]
        for row, finding in zip(self._rows, findings, strict=False):
            row.show_finding(finding)
        return True

    def _set_signals(self, signals: Sequence[PositiveSignal]) -> None:
        if not signals:
            self.signals_label.clear()
            return
        mark = f'<span style="color:{panel_colour(self.panel, self.palette()).name()}">✓</span>'
        lines = [f"{mark} {html.escape(s.message)}" for s in signals]
        self.signals_label.setText("<br>".join(lines))
        self.signals_label.setAccessibleName(self.tr("Done well"))
        self.signals_label.setAccessibleDescription(" ".join(s.message for s in signals))

    def _set_counts(self, counts: Sequence[PlatformCount]) -> None:
        if self.panel is not Panel.PLATFORM or not counts:
            self.counts_label.clear()
            return
        locale = QLocale()
        parts = []
        for item in counts:
            spec = PLATFORMS.get(item.platform)
            name = spec.name if spec else item.platform.value
            text = (
                f"{name} {locale.toString(item.used)} / {locale.toString(item.limit)} {item.unit}"
            )
            if item.secondary_limit is not None:
                text += (
                    f" · {locale.toString(item.secondary_used or 0)} / "
                    f"{locale.toString(item.secondary_limit)} {item.secondary_unit or ''}"
                )
            parts.append(html.escape(text.strip()))
        self.counts_label.setText(
            f'<span style="color:{_css(_muted(self))}">{"<br>".join(parts)}</span>'
        )
        self.counts_label.setAccessibleName(self.tr("Length per platform"))

    def _set_empty(self, report: Report | None, scored: bool, waiting_note: str) -> None:
        if report is None:
            text = self.tr("Nothing to check yet.")
        elif not scored:
            text = waiting_note or self.tr("Checking… results follow in a moment.")
        elif self._findings:
            text = ""
        else:
            text = self.empty_text(bool(report.counts))
        self.empty_label.setText(html.escape(text))
        self.empty_label.setAccessibleName(text)

    def empty_text(self, has_platforms: bool = True) -> str:
        """What a panel without findings says: what was checked, not just "nothing"."""
        if self.panel is Panel.PLATFORM and not has_platforms:
            return self.tr("No platform selected yet: pick one to check length and format.")
        texts = {
            Panel.WELLBEING: self.tr(
                "No pressure tactics, shaming or unsafe wording about mental health found."
            ),
            Panel.AUTHENTICITY: self.tr(
                "No engagement bait or hard sell found: it reads like a person talking."
            ),
            Panel.INCLUSION: self.tr(
                "Nothing found that shuts readers out: no exclusionary words, fancy letters "
                "or emoji walls."
            ),
            Panel.TRANSPARENCY: self.tr(
                "No undisclosed ads, gifts, affiliate links or unsupported claims found."
            ),
            Panel.PLATFORM: self.tr("Fits every selected platform."),
            Panel.GRAMMAR: self.tr("No spelling or grammar slips found."),
            Panel.STYLE: self.tr("Nothing found by the rules of your own style."),
        }
        return texts[self.panel]

    def _show_more(self) -> None:
        self._show_all = True
        self._relayout()
        if len(self._rows) > VISIBLE_FINDINGS:
            self._rows[VISIBLE_FINDINGS].setFocus()

    def _relayout(self) -> None:
        shown = self._rows if self._show_all else self._rows[:VISIBLE_FINDINGS]
        hidden = len(self._rows) - len(shown)
        notes = (self.empty_label, self.counts_label, self.signals_label)
        key = (len(shown), hidden, tuple(bool(label.text()) for label in notes))
        if key == self._layout_key:
            return  # same rows and notes: their texts were updated in place
        self._layout_key = key
        layout = self._body_layout
        while layout.count():
            layout.takeAt(0)
        for row in self._pool:
            if row not in shown:
                row.hide()
        # Rows first (what to fix), then the "more" button, then the notes.
        for row in shown:
            layout.addWidget(row)
            row.show()
        self.more_button.setVisible(hidden > 0)
        if hidden:
            self.more_button.setText(self.tr("Show {n} more").format(n=hidden))
            self.more_button.setAccessibleName(self.more_button.text())
            layout.addWidget(self.more_button)
        for label in notes:
            label.setVisible(bool(label.text()))
            layout.addWidget(label)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_colours()

    def _refresh_colours(self) -> None:
        # Rich text bakes colours in; a palette switch (light ↔ dark) renders it again.
        report, note, counts = self._shown
        self.set_report(report, waiting_note=note, counts=counts)


class FeedbackPanels(QWidget):
    """Goes in a QDockWidget beside the editor (comfortable from ~320 px wide)."""

    finding_activated = Signal(object)  # Finding clicked (or Enter/Space) → composer selects it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_panels")
        self.setAccessibleName(self.tr("Feedback"))
        self._report: Report | None = None
        self._grammar_status = ""
        self._tab_chain_set = False

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("feedback_summary")
        self.summary_label.setWordWrap(True)
        summary_font = QFont(self.summary_label.font())
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.1)
        summary_font.setWeight(QFont.Weight.DemiBold)
        self.summary_label.setFont(summary_font)
        self.summary_label.setContentsMargins(12, 10, 12, 6)
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.sections: dict[Panel, PanelSection] = {}
        # The line above each section but the first; hidden with an optional section.
        self._separators: dict[Panel, QFrame] = {}
        content = QWidget()
        content.setObjectName("feedback_content")
        sections_column = QVBoxLayout(content)
        sections_column.setContentsMargins(6, 0, 6, 8)
        sections_column.setSpacing(2)
        for index, panel in enumerate(PANELS):
            if index:
                separator = self._separator(content)
                self._separators[panel] = separator
                sections_column.addWidget(separator)
            section = PanelSection(panel, content)
            section.finding_activated.connect(self.finding_activated)
            self.sections[panel] = section
            sections_column.addWidget(section)
        sections_column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("feedback_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        self.scroll.setAccessibleName(self.tr("Feedback panels"))

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.summary_label)
        column.addWidget(self._separator(self))
        column.addWidget(self.scroll, 1)
        self._unprepared = list(self.sections.values())
        # A child timer, not QTimer.singleShot: it dies with the dock, so a turn still queued
        # when the window closes never touches deleted sections.
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(0)
        self._prepare_timer.timeout.connect(self._prepare_next_section)
        self.clear()

    @staticmethod
    def _separator(parent: QWidget) -> QFrame:
        line = QFrame(parent)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        return line

    def sizeHint(self) -> QSize:
        return QSize(340, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 200)

    # ---- public API --------------------------------------------------------------------------

    @property
    def report(self) -> Report | None:
        return self._report

    def show_report(self, report: Report) -> None:
        self._report = report
        self._render()

    def clear(self) -> None:
        """Back to "start writing" (no post open)."""
        self._report = None
        self._render()

    def set_grammar_status(self, text: str) -> None:
        """Where grammar runs or why it failed (AnalysisService.grammar_status_changed): shown
        in the grammar section while it has no result."""
        self._grammar_status = text
        self._render()

    def set_expanded(self, panel: Panel, expanded: bool) -> None:
        self.sections[panel].set_expanded(expanded)

    def is_expanded(self, panel: Panel) -> bool:
        return self.sections[panel].expanded

    def summary_text(self) -> str:
        return self.summary_label.text()

    # ---- rendering ---------------------------------------------------------------------------

    def is_shown(self, panel: Panel) -> bool:
        """Whether `panel`'s section is part of the dock now (optional ones come and go)."""
        return not self.sections[panel].isHidden()

    def _render(self) -> None:
        report = self._report
        rows_changed = False
        for panel in OPTIONAL_PANELS:
            wanted = report is not None and (panel in report.scores or any(report.for_panel(panel)))
            if wanted == self.sections[panel].isHidden():
                self.sections[panel].setVisible(wanted)
                if panel in self._separators:
                    self._separators[panel].setVisible(wanted)
        for panel, section in self.sections.items():
            note = self._grammar_status if panel is Panel.GRAMMAR else ""
            rows_changed |= section.set_report(
                report, waiting_note=note, counts=report.counts if report else ()
            )
        if rows_changed or not self._tab_chain_set:
            # Rows are created after every header, so without this Tab would visit all the
            # headers first and the findings only afterwards.
            chain = [w for section in self.sections.values() for w in section.focus_chain()]
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
            self._tab_chain_set = True
        summary = self._summary(report)
        self.summary_label.setText(summary)
        self.summary_label.setAccessibleName(self.tr("Feedback summary"))
        self.summary_label.setAccessibleDescription(summary)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unprepared:
            self._prepare_timer.start()

    def _prepare_next_section(self) -> None:
        """Builds one row per turn of the event loop once the dock is on screen: the first
        report then only fills in texts, and no single turn takes long."""
        if not self._unprepared:
            return
        section = self._unprepared[0]
        section.prepare_rows(len(section.pooled()) + 1)
        if len(section.pooled()) >= VISIBLE_FINDINGS:
            self._unprepared.pop(0)
        if self._unprepared:
            self._prepare_timer.start()

    def _summary(self, report: Report | None) -> str:
        if report is None:
            return self.tr("Feedback appears here as you write.")
        if not report.text.strip():
            return self.tr("Start writing: feedback appears here as you type.")
        found = len(report.findings)
        serious = sum(1 for f in report.findings if f.severity is Severity.STRONG)
        good = len(report.signals)
        if found == 0:
            parts = [self.tr("Nothing to look at")]
        elif found == 1:
            parts = [self.tr("1 thing to look at")]
        else:
            parts = [self.tr("{n} things to look at").format(n=found)]
        if serious:
            parts.append(self.tr("{n} serious").format(n=serious))
        if good:
            parts.append(
                self.tr("1 done well") if good == 1 else self.tr("{n} done well").format(n=good)
            )
        return " · ".join(parts)
