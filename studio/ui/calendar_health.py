"""The calendar's health view (FEEDBACK.md, calendar-level checks).

Per workspace and week: a bar of posts stacked by content type, and under it the week's
promotional share, night posts (in the audience's zone), the busiest creator's load and the
fewest rest days anyone had. Drawn with QPainter (no QtCharts). Below, every issue found, each
linking to its posts: a click selects them in the calendar, a double-click or Enter opens the
first in the composer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from studio.domain import schedule
from studio.domain.schedule import HealthThresholds, IssueKind, WeekHealth
from studio.services.calendar import HealthResult
from studio.storage.records import WorkspaceData
from studio.ui.calendar_models import (
    CONTENT_TYPE_COLOURS,
    HealthIssuesModel,
    IssueRow,
    PostIdsRole,
    content_type_label,
    tr,
)

BAND_HEIGHT = 296
MAX_BAR_AREA = 200
LABEL_WIDTH = 150
BAR_AREA = 120
STAT_ROW = 20
WARN_COLOUR = "#e8590c"
TYPE_ORDER = (
    "educational",
    "entertaining",
    "inspiring",
    "conversational",
    "promotional",
    schedule.UNSET_TYPE,
)


class HealthChart(QWidget):
    """One band per workspace; one column per week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_health_chart")
        self.setAccessibleName(tr("Calendar health chart"))
        self.thresholds = HealthThresholds()
        self._bands: list[tuple[WorkspaceData, tuple[WeekHealth, ...]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_result(self, result: HealthResult) -> None:
        self._bands = list(result.workspaces)
        self.setMinimumHeight(max(1, len(self._bands)) * BAND_HEIGHT)
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """The chart in words, for screen readers and tooltips."""
        lines = []
        for workspace, weeks in self._bands:
            for week in weeks:
                lines.append(
                    tr(
                        "{workspace}, week of {day}: %n post(s), {share:.0%} promotional, "
                        "{night} at night",
                        "",
                        week.posts,
                    ).format(
                        workspace=workspace.name,
                        day=QLocale().toString(week.week_start, "d MMM"),
                        share=week.promotional_share,
                        night=len(week.night_post_ids),
                    )
                )
        return "; ".join(lines)

    def sizeHint(self) -> QSize:
        return QSize(720, max(1, len(self._bands)) * BAND_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self._bands:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No weeks to show."))
            return
        # Bands share the height there is; the bars grow with it, the text rows do not.
        band_height = max(BAND_HEIGHT, self.height() // len(self._bands))
        for number, (workspace, weeks) in enumerate(self._bands):
            band = QRect(0, number * band_height, self.width(), band_height)
            self._paint_band(painter, band, workspace, weeks, palette)
        painter.end()

    def _paint_band(
        self,
        painter: QPainter,
        band: QRect,
        workspace: WorkspaceData,
        weeks: Sequence[WeekHealth],
        palette: QPalette,
    ) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Midlight)
        base_font = QFont(self.font())
        title_font = QFont(base_font)
        title_font.setWeight(QFont.Weight.DemiBold)
        title_font.setPointSizeF(base_font.pointSizeF() * 1.1)
        small = QFont(base_font)
        small.setPointSizeF(base_font.pointSizeF() * 0.9)

        left, top = band.left() + 16, band.top() + 12
        painter.setFont(title_font)
        painter.setPen(text)
        painter.setBrush(QColor(workspace.colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRect(left, top + 5, 10, 10))
        painter.setPen(text)
        painter.drawText(
            QRect(left + 16, top, band.width() - 32, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{workspace.name}  ·  {workspace.timezone}",
        )
        self._paint_legend(painter, QRect(left, top, band.width() - 32, 20), small, text)

        columns = max(1, len(weeks))
        area_left = band.left() + LABEL_WIDTH
        area_width = band.width() - LABEL_WIDTH - 16
        column_width = area_width / columns
        bars_top = top + 34
        bar_area = min(MAX_BAR_AREA, BAR_AREA + band.height() - BAND_HEIGHT)
        bars_bottom = bars_top + bar_area
        highest = max([week.posts for week in weeks] + [self.thresholds.max_posts_per_day * 3, 1])

        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(left, bars_top, LABEL_WIDTH - 24, 18),
            Qt.AlignmentFlag.AlignLeft,
            tr("Posts by type"),
        )
        painter.setPen(grid)
        painter.drawLine(area_left, bars_bottom, area_left + int(area_width), bars_bottom)

        stats = [
            tr("Promotional"),
            tr("Night posts"),
            tr("Busiest creator"),
            tr("Fewest rest days"),
        ]
        stats_top = bars_bottom + 24
        for row, label in enumerate(stats):
            painter.setPen(muted)
            painter.drawText(
                QRect(left, stats_top + row * STAT_ROW, LABEL_WIDTH - 24, STAT_ROW),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )

        for column, week in enumerate(weeks):
            x = area_left + column * column_width
            bar_width = min(46.0, column_width * 0.5)
            bar_left = x + (column_width - bar_width) / 2
            y = float(bars_bottom)
            for kind in TYPE_ORDER:
                count = week.by_content_type.get(kind, 0)
                if not count:
                    continue
                height = bar_area * count / highest
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(CONTENT_TYPE_COLOURS[kind]))
                painter.drawRect(QRectF(bar_left, y - height, bar_width, height))
                y -= height
            painter.setPen(text)
            painter.drawText(
                QRectF(x, y - 18, column_width, 16),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(week.posts),
            )
            painter.setPen(muted)
            painter.drawText(
                QRectF(x, bars_bottom + 3, column_width, 18),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                tr("Week of {day}").format(day=QLocale().toString(week.week_start, "d MMM")),
            )
            self._paint_stats(painter, week, x, column_width, stats_top, text)

    def _paint_stats(
        self,
        painter: QPainter,
        week: WeekHealth,
        x: float,
        width: float,
        top: int,
        text: QColor,
    ) -> None:
        warn = QColor(WARN_COLOUR)
        busiest = max(week.creators, key=lambda c: c.posts, default=None)
        rest = min((c.rest_days for c in week.creators), default=7)
        over_share = (
            week.promotional_share > self.thresholds.max_promotional_share
            and week.promotional >= self.thresholds.min_promotional_for_share
        )
        values = [
            (f"{week.promotional_share:.0%}" if week.posts else "–", over_share),
            (str(len(week.night_post_ids)), bool(week.night_post_ids)),
            (
                f"{busiest.author or tr('Team')}: {busiest.posts}" if busiest else "–",
                busiest is not None and busiest.posts > self.thresholds.max_posts_per_creator_week,
            ),
            (tr("{days} d").format(days=rest), rest < self.thresholds.min_rest_days),
        ]
        metrics = QFontMetrics(painter.font())
        for row, (value, flagged) in enumerate(values):
            painter.setPen(warn if flagged else text)
            shown = metrics.elidedText(value, Qt.TextElideMode.ElideRight, int(width) - 6)
            painter.drawText(
                QRectF(x, top + row * STAT_ROW, width, STAT_ROW),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                ("● " if flagged else "") + shown,
            )

    def _paint_legend(self, painter: QPainter, rect: QRect, font: QFont, text: QColor) -> None:
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x = rect.right()
        for kind in reversed(TYPE_ORDER):
            label = content_type_label(kind)
            width = metrics.horizontalAdvance(label)
            x -= width
            painter.setPen(text)
            painter.drawText(
                QRect(x, rect.top(), width + 2, rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x -= 14
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CONTENT_TYPE_COLOURS[kind]))
            painter.drawRoundedRect(QRectF(x, rect.center().y() - 4, 9, 9), 2, 2)
            x -= 14


class IssueDelegate(QStyledItemDelegate):
    """Two lines per issue: where and how many posts (muted), then the message."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(300, metrics.height() * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        palette = option.palette
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        heading, _, message = str(index.data()).partition("\n")
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(QColor(WARN_COLOUR) if not selected else palette.color(role))
        painter.setBrush(painter.pen().color())
        painter.drawEllipse(QRect(rect.left() + 12, rect.top() + 8 + line // 2 - 3, 7, 7))
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        text_rect = QRect(rect.left() + 28, rect.top() + 6, rect.width() - 40, line)
        painter.setPen(muted)
        painter.setFont(option.font)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(heading, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        painter.setPen(palette.color(role))
        second = text_rect.translated(0, line + 4)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(message, Qt.TextElideMode.ElideRight, second.width()),
        )
        painter.restore()


class IssueList(QListView):
    posts_selected = Signal(object)  # tuple[int, ...]
    posts_opened = Signal(object)  # tuple[int, ...]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_health_issues")
        self.setAccessibleName(tr("Health issues"))
        self.setItemDelegate(IssueDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.clicked.connect(lambda index: self.posts_selected.emit(index.data(PostIdsRole)))
        self.doubleClicked.connect(lambda index: self.posts_opened.emit(index.data(PostIdsRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.posts_opened.emit(self.currentIndex().data(PostIdsRole))
            return
        super().keyPressEvent(event)


class HealthView(QWidget):
    """The chart above, the list of issues below."""

    posts_selected = Signal(object)  # tuple[int, ...]
    posts_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_health")
        self.setAccessibleName(tr("Calendar health"))
        self.chart = HealthChart(self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(tr("Calendar health chart"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_scroll = scroll

        self.issues_label = QLabel(self)
        self.issues_label.setObjectName("calendar_health_issues_label")
        font = QFont(self.issues_label.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.issues_label.setFont(font)
        self.issues_label.setContentsMargins(16, 10, 16, 4)  # in line with the chart above
        self.issues_model = HealthIssuesModel(self)
        self.issues = IssueList(self)
        self.issues.setModel(self.issues_model)
        self.issues_label.setBuddy(self.issues)
        self.issues.posts_selected.connect(self.posts_selected)
        self.issues.posts_opened.connect(self.posts_opened)

        lower = QWidget(self)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.issues_label)
        column.addWidget(self.issues, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        today = date.today()
        self.set_result(HealthResult(schedule.week_start(today), today))

    def set_result(self, result: HealthResult) -> None:
        self.chart.set_result(result)
        # The chart as tall as it needs (up to two thirds); the issue list takes the rest.
        total = max(self.splitter.height(), 3 * BAND_HEIGHT // 2)
        chart = min(max(1, len(result.workspaces)) * BAND_HEIGHT + 8, total * 2 // 3)
        self.splitter.setSizes([chart, total - chart])
        rows = [
            IssueRow(workspace.name if len(result.workspaces) > 1 else "", week.week_start, issue)
            for workspace, weeks in result.workspaces
            for week in weeks
            for issue in week.issues
        ]
        rows.sort(key=lambda row: (row.week_start, _kind_order(row.issue.kind)))
        self.issues_model.set_rows(rows)
        if rows:
            self.issues_label.setText(tr("%n issue(s) found", "", len(rows)))
        else:
            self.issues_label.setText(tr("No issues found: a sustainable plan."))
        self.issues.setAccessibleDescription(self.issues_label.text())


def _kind_order(kind: IssueKind) -> int:
    return list(IssueKind).index(kind)
