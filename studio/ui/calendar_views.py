"""The calendar's views: a month grid and a week of hours drawn as chips, and a plain list.

A chip is one post: a status-coloured bar and tint, the time, the title (or first words), the
networks as small lettered discs, a red "!" when the post has `strong` findings, and "↻" on a
repeat. Chips are painted by `ChipDelegate`, which also says where each chip is, so the view can
tell which post a click, a double-click or a drag started on.

Keyboard (all views): arrows move the day (Up/Down a week in the month, an hour in the week),
PageUp/PageDown the month or week, T today, Enter opens the selected post. The views have
`undo()`/`redo()`, which the main window's Edit menu calls on the focused widget, so Edit ▸ Undo
undoes a move made by dragging.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from studio.ui.calendar_models import (
    PLATFORM_GLYPHS,
    STATUS_COLOURS,
    CalendarItem,
    DateRole,
    HourRole,
    InPeriodRole,
    ItemsRole,
    TodayRole,
    _ItemsModel,
    post_mime,
    read_post_mime,
    tr,
)
from studio.ui.theme import accent_for, is_dark

CHIP_HEIGHT = 20
TALL_CHIP_HEIGHT = 38
CHIP_GAP = 3
CELL_PADDING = 4
DAY_HEADER = 24
GLYPH = 13
STRONG_COLOUR = "#e03131"


@dataclass(frozen=True)
class ChipLayout:
    chips: tuple[tuple[QRect, CalendarItem], ...]
    more: int  # items that did not fit
    more_rect: QRect | None


def chip_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.5, base.pointSizeF() * 0.9))
    return font


class ChipDelegate(QStyledItemDelegate):
    """Paints a day (month) or an hour (week) cell with its posts as chips."""

    def __init__(self, view: GridView, *, month: bool) -> None:
        super().__init__(view)
        self.view = view
        self.month = month

    # -- geometry --

    def layout(self, rect: QRect, items: list[CalendarItem]) -> ChipLayout:
        """Two-line chips (time and networks, then the title) when every item fits so; else
        one line each, and "+N more" when even those do not fit."""
        top = rect.top() + (DAY_HEADER if self.month else CELL_PADDING)
        left = rect.left() + CELL_PADDING
        width = rect.width() - 2 * CELL_PADDING
        bottom = rect.bottom() - CELL_PADDING
        space = bottom - top + CHIP_GAP
        height = TALL_CHIP_HEIGHT
        if len(items) * (TALL_CHIP_HEIGHT + CHIP_GAP) > space:
            height = CHIP_HEIGHT
        room = max(0, space // (height + CHIP_GAP))
        shown = items if len(items) <= room else items[: max(0, room - 1)]
        chips = tuple(
            (QRect(left, top + n * (height + CHIP_GAP), width, height), item)
            for n, item in enumerate(shown)
        )
        more = len(items) - len(shown)
        more_rect = None
        if more:
            more_rect = QRect(left, top + len(shown) * (height + CHIP_GAP), width, CHIP_HEIGHT)
        return ChipLayout(chips, more, more_rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(120, 96 if self.month else 48)

    # -- painting --

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        palette = option.palette
        rect = option.rect
        dark = is_dark(palette)
        accent = QColor(accent_for(palette))
        in_period = bool(index.data(InPeriodRole))
        today = bool(index.data(TodayRole))
        day: date = index.data(DateRole)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        background = palette.color(QPalette.ColorRole.Base)
        if not in_period:
            # Days of the neighbouring months recede: greyer on light, darker on dark.
            background = (
                background.darker(125)
                if dark
                else _mix(background, palette.color(QPalette.ColorRole.Window), 0.8)
            )
        elif not self.month and day.weekday() >= 5:
            background = _mix(background, palette.color(QPalette.ColorRole.AlternateBase), 0.5)
        painter.fillRect(rect, background)
        if option.state & QStyle.StateFlag.State_Selected:
            tint = QColor(accent)
            tint.setAlpha(40 if dark else 26)
            painter.fillRect(rect, tint)
        if today and not self.month:
            tint = QColor(accent)
            tint.setAlpha(22)
            painter.fillRect(rect, tint)

        # Cell borders drawn here rather than by the view's grid, whose colour the dark
        # palette leaves almost invisible.
        painter.setPen(
            QPen(palette.color(QPalette.ColorRole.Mid if dark else QPalette.ColorRole.Midlight), 1)
        )
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if self.month:
            self._paint_day_number(painter, rect, day, today, in_period, palette, accent)
        items: list[CalendarItem] = index.data(ItemsRole) or []
        layout = self.layout(rect, items)
        font = chip_font(option.font)
        for chip_rect, item in layout.chips:
            paint_chip(
                painter,
                chip_rect,
                item,
                palette,
                font,
                strong=self.view.is_strong(item),
                selected=self.view.is_selected(item),
                show_workspace=self.view.show_workspace,
            )
        if layout.more and layout.more_rect is not None:
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                layout.more_rect.adjusted(6, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                tr("+{count} more").format(count=layout.more),
            )
        if option.state & QStyle.StateFlag.State_HasFocus and self.view.hasFocus():
            pen = QPen(accent, 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def _paint_day_number(
        self,
        painter: QPainter,
        rect: QRect,
        day: date,
        today: bool,
        in_period: bool,
        palette: QPalette,
        accent: QColor,
    ) -> None:
        font = QFont(self.view.font())
        font.setWeight(QFont.Weight.DemiBold if today else QFont.Weight.Normal)
        painter.setFont(font)
        label = str(day.day)
        if day.day == 1:
            # The first of a month names it, in the window's language ("Nov 1", "1. Nov.").
            label = label if today else _first_of_month(day)
        metrics = QFontMetrics(font)
        width = max(20, metrics.horizontalAdvance(label) + 10)
        badge = QRect(rect.left() + 4, rect.top() + 3, width, 19)
        if today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawRoundedRect(QRectF(badge), 9.5, 9.5)
            painter.setPen(QColor("#ffffff"))
        else:
            role = QPalette.ColorRole.Text if in_period else QPalette.ColorRole.PlaceholderText
            painter.setPen(palette.color(role))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    return QColor(
        round(first.red() * (1 - amount) + second.red() * amount),
        round(first.green() * (1 - amount) + second.green() * amount),
        round(first.blue() * (1 - amount) + second.blue() * amount),
    )


def paint_chip(
    painter: QPainter,
    rect: QRect,
    item: CalendarItem,
    palette: QPalette,
    font: QFont,
    *,
    strong: bool = False,
    selected: bool = False,
    show_workspace: bool = False,
) -> None:
    """One post as a chip: tint and bar in its status colour, time, title, networks, marker."""
    dark = is_dark(palette)
    status = QColor(STATUS_COLOURS[item.status])
    base = palette.color(QPalette.ColorRole.Base)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_mix(base, status, 0.30 if dark else 0.16))
    painter.drawRoundedRect(QRectF(rect), 4, 4)
    painter.setBrush(status)
    painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
    if selected:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(accent_for(palette), 1.6))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.8, 0.8, -0.8, -0.8), 4, 4)

    two_lines = rect.height() >= TALL_CHIP_HEIGHT
    line_height = rect.height() // 2 if two_lines else rect.height()
    first_line = QRect(rect.left(), rect.top() + (2 if two_lines else 0), rect.width(), line_height)
    x = rect.left() + 9
    right = rect.right() - 5
    middle = first_line.center().y()
    # Right side first: the networks and the marker keep their place; the title gets the rest.
    glyphs = [PLATFORM_GLYPHS[p] for p in item.platforms]
    if two_lines or rect.width() >= 150:
        glyph_font = QFont(font)
        glyph_font.setPointSizeF(max(6.0, font.pointSizeF() * 0.72))
        glyph_font.setWeight(QFont.Weight.Bold)
        for letter, colour in reversed(glyphs[:4]):
            disc = QRect(right - GLYPH + 1, middle - GLYPH // 2, GLYPH, GLYPH)
            # A faint ring keeps dark discs (X, Threads) visible on a dark chip.
            ring = QColor(255, 255, 255, 110) if dark else QColor(0, 0, 0, 0)
            painter.setPen(QPen(ring, 1) if dark else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(disc)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(glyph_font)
            painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, letter)
            right -= GLYPH + 2
    if strong:
        marker = QRect(right - GLYPH + 1, middle - GLYPH // 2, GLYPH, GLYPH)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STRONG_COLOUR))
        painter.drawRoundedRect(QRectF(marker), 3, 3)
        marker_font = QFont(font)
        marker_font.setWeight(QFont.Weight.Bold)
        painter.setFont(marker_font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(marker, Qt.AlignmentFlag.AlignCenter, "!")
        right -= GLYPH + 3

    if show_workspace and item.workspace_name:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(item.workspace_colour))
        painter.drawEllipse(QRect(x, middle - 3, 7, 7))
        x += 11

    text_colour = palette.color(QPalette.ColorRole.Text)
    time_font = QFont(font)
    time_font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(time_font)
    painter.setPen(text_colour)
    clock = f"{item.local:%H:%M}"
    metrics = QFontMetrics(time_font)
    text_rect = QRect(x, first_line.top(), max(0, right - x), first_line.height())
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, clock)
    label = ("↻ " if item.entry.is_repeat else "") + item.label
    painter.setFont(font)
    if two_lines:
        title_rect = QRect(
            rect.left() + 9, first_line.bottom() - 1, rect.width() - 14, line_height - 1
        )
    else:
        x += metrics.horizontalAdvance(clock) + 5
        title_rect = QRect(x, rect.top(), max(0, right - x - 2), rect.height())
    elided = QFontMetrics(font).elidedText(label, Qt.TextElideMode.ElideRight, title_rect.width())
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
    painter.restore()


# ---- the grids ----------------------------------------------------------------------------------


class GridView(QTableView):
    """Shared by the month and week views: chips, selection of one post, drag and drop, keys."""

    item_selected = Signal(object)  # CalendarItem or None
    item_activated = Signal(object)  # CalendarItem: open it
    empty_activated = Signal(object, object)  # date, hour (None in the month)
    step_requested = Signal(int, int)  # days, hours
    period_requested = Signal(int)  # -1 / +1 month or week
    today_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, *, month: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = month
        self.show_workspace = False
        self._selected: tuple[int, int] | None = None
        self._press: tuple[QPoint, CalendarItem] | None = None
        self.chips = ChipDelegate(self, month=month)
        self.setItemDelegate(self.chips)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(False)
        self.setMouseTracking(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setShowGrid(False)  # the delegate draws the borders
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setHighlightSections(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if month:
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
            self.verticalHeader().setFixedWidth(34)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        else:
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            self.verticalHeader().setDefaultSectionSize(TALL_CHIP_HEIGHT + 2 * CELL_PADDING + 2)
            self.verticalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            )
            self.verticalHeader().setFixedWidth(56)

    # -- what the delegate asks --

    def calendar_model(self) -> _ItemsModel:
        model = self.model()
        assert isinstance(model, _ItemsModel)
        return model

    def is_strong(self, item: CalendarItem) -> bool:
        return self.calendar_model().is_strong(item)

    def is_selected(self, item: CalendarItem) -> bool:
        return self._selected == (item.post_id, item.entry.occurrence)

    def selected_item(self) -> CalendarItem | None:
        if self._selected is None:
            return None
        return self.calendar_model().find(*self._selected)

    def select_item(self, item: CalendarItem | None) -> None:
        self._selected = (item.post_id, item.entry.occurrence) if item is not None else None
        if item is not None:
            index = self._index_of_item(item)
            if index.isValid():
                self.setCurrentIndex(index)
        self.viewport().update()
        self.item_selected.emit(item)

    def _index_of_item(self, item: CalendarItem) -> QModelIndex:
        model = self.calendar_model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                day, hour = index.data(DateRole), index.data(HourRole)
                if day == item.day and (hour is None or hour == item.local.hour):
                    return index
        return QModelIndex()

    def item_at(self, position: QPoint) -> CalendarItem | None:
        index = self.indexAt(position)
        if not index.isValid():
            return None
        layout = self.chips.layout(self.visualRect(index), index.data(ItemsRole) or [])
        for rect, item in layout.chips:
            if rect.contains(position):
                return item
        return None

    def chip_rect(self, item: CalendarItem) -> QRect:
        """Where `item`'s chip is in viewport coordinates (an empty rect when not shown)."""
        index = self._index_of_item(item)
        if not index.isValid():
            return QRect()
        layout = self.chips.layout(self.visualRect(index), index.data(ItemsRole) or [])
        for rect, shown in layout.chips:
            if shown == item:
                return rect
        return QRect()

    # -- Edit menu --

    def undo(self) -> None:
        self.undo_requested.emit()

    def redo(self) -> None:
        self.redo_requested.emit()

    # -- mouse --

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        position = event.position().toPoint()
        item = self.item_at(position)
        self._press = (position, item) if item is not None else None
        if event.button() == Qt.MouseButton.LeftButton:
            self.select_item(item)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, item = self._press
            distance = (event.position().toPoint() - start).manhattanLength()
            if distance >= QApplication.startDragDistance():
                self._press = None
                drag = QDrag(self)
                drag.setMimeData(post_mime(item))
                drag.exec(Qt.DropAction.MoveAction)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        item = self.item_at(position)
        if item is not None:
            self.item_activated.emit(item)
            return
        index = self.indexAt(position)
        if index.isValid():
            self.empty_activated.emit(index.data(DateRole), index.data(HourRole))

    # -- drops (handled here rather than in QAbstractItemView, which would also try to
    # remove the dragged rows from the source model) --

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if read_post_mime(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and read_post_mime(event.mimeData()) is not None:
            self.setCurrentIndex(index)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        model = self.calendar_model()
        if index.isValid() and model.dropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, -1, -1, index
        ):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.setFocus(Qt.FocusReason.MouseFocusReason)  # so Edit ▸ Undo reaches this view
        else:
            event.ignore()

    # -- keys --

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (
            event.modifiers()
            & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
        )
        if key == Qt.Key.Key_Left and plain:
            self.step_requested.emit(-1, 0)
        elif key == Qt.Key.Key_Right and plain:
            self.step_requested.emit(1, 0)
        elif key == Qt.Key.Key_Up and plain:
            self.step_requested.emit(*((-7, 0) if self.month else (0, -1)))
        elif key == Qt.Key.Key_Down and plain:
            self.step_requested.emit(*((7, 0) if self.month else (0, 1)))
        elif key == Qt.Key.Key_PageUp:
            self.period_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.period_requested.emit(1)
        elif key == Qt.Key.Key_T and plain:
            self.today_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate_current()
        else:
            super().keyPressEvent(event)

    def _activate_current(self) -> None:
        index = self.currentIndex()
        items: list[CalendarItem] = index.data(ItemsRole) or [] if index.isValid() else []
        selected = self.selected_item()
        if selected is not None and selected in items:
            self.item_activated.emit(selected)
        elif items:
            self.item_activated.emit(items[0])
        elif index.isValid():
            self.empty_activated.emit(index.data(DateRole), index.data(HourRole))


class MonthView(GridView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(month=True, parent=parent)
        self.setObjectName("calendar_month_view")
        self.setAccessibleName(tr("Month"))


class WeekView(GridView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(month=False, parent=parent)
        self.setObjectName("calendar_week_view")
        self.setAccessibleName(tr("Week"))


class ListView(QTableView):
    """The period's posts as rows; Enter or a double-click opens one."""

    item_activated = Signal(object)  # CalendarItem
    period_requested = Signal(int)
    today_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_list_view")
        self.setAccessibleName(tr("List"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(30)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.doubleClicked.connect(self._activate)

    def undo(self) -> None:
        self.undo_requested.emit()

    def redo(self) -> None:
        self.redo_requested.emit()

    def _activate(self, index: QModelIndex) -> None:
        from studio.ui.calendar_models import ItemRole

        item = index.siblingAtColumn(0).data(ItemRole)
        if item is not None:
            self.item_activated.emit(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
        elif key == Qt.Key.Key_PageUp:
            self.period_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.period_requested.emit(1)
        elif key == Qt.Key.Key_T and not event.modifiers():
            self.today_requested.emit()
        else:
            super().keyPressEvent(event)


def _first_of_month(day: date) -> str:
    locale = QLocale()
    # Offscreen and in a bare environment the locale is "C", which reads like English.
    english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    pattern = "MMM d" if english else "d. MMM"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)
