"""The crop editor: one attached image, cropped separately for each platform of the post.

    platforms │ 1:1  4:5  1.91:1  9:16  16:9  2:3  Whole image
    ─────────┼───────────────────────────────────────────────
    Instagram │   [ the image, the crop box with handles,
    X         │     the parts cut off dimmed, the safe area dashed ]
    Bluesky   │   1080 × 1350 px after cropping · safe area: profile grid

A preset outside what the platform accepts is disabled and says why (Instagram takes 4:5 to
1.91:1). Drag inside the box to move it, drag a corner to resize it (the ratio is kept when one
is chosen), arrow keys nudge it. The safe area shows what the platform may cover or cut: the
3:4 centre Instagram's profile grid shows, the bars a 9:16 story puts over the top and bottom,
and otherwise a thin margin some feeds trim.

Crop boxes are normalised to the upright image (studio.media.crops), so the one chosen here on a
1024-pixel preview applies unchanged to the full-size photo when a kit is rendered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import PLATFORMS, PlatformId
from studio.media.crops import FULL_FRAME, RATIO_PRESETS, AspectRatio, CropBox, centre_crop
from studio.ui.theme import accent_for

if TYPE_CHECKING:
    from studio.storage.media_library import Attachment

PREVIEW_PLATFORMS = (
    PlatformId.INSTAGRAM,
    PlatformId.X,
    PlatformId.LINKEDIN,
    PlatformId.BLUESKY,
    PlatformId.THREADS,
    PlatformId.MASTODON,
)
HANDLE = 9.0
MIN_FRACTION = 0.05  # the box never shrinks below this share of the image
NUDGE = 0.01
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class SafeArea:
    """Where the platform may cover or trim the picture, inside the crop (fractions of it)."""

    left: float
    top: float
    right: float
    bottom: float
    label: str


def safe_area_for(platform: PlatformId, ratio: float) -> SafeArea:
    """What stays visible of a crop of `ratio` (width/height) on `platform`."""
    if abs(ratio - 9 / 16) < 0.02:
        # Stories and reels: the name bar on top, the reply field and buttons at the bottom.
        return SafeArea(0.0, 0.14, 0.0, 0.2, "story bars cover the top and bottom")
    grid = 3 / 4  # Instagram's profile grid shows a 3:4 centre of every post
    if platform is PlatformId.INSTAGRAM and ratio < grid - 1e-3:
        margin = (1 - ratio / grid) / 2
        return SafeArea(0.0, margin, 0.0, margin, "the profile grid shows the centre")
    if platform is PlatformId.INSTAGRAM and ratio > grid + 1e-3:
        margin = (1 - grid / ratio) / 2
        return SafeArea(margin, 0.0, margin, 0.0, "the profile grid shows the centre")
    return SafeArea(0.05, 0.05, 0.05, 0.05, "feeds may trim the edges")


def platform_range(platform: PlatformId) -> tuple[float | None, float | None]:
    media = PLATFORMS[platform].media
    return media.min_aspect, media.max_aspect


def preset_allowed(platform: PlatformId, ratio: AspectRatio) -> bool:
    low, high = platform_range(platform)
    value = ratio.value
    return (low is None or value >= low - 1e-3) and (high is None or value <= high + 1e-3)


def default_box(platform: PlatformId, width: int, height: int) -> CropBox:
    """The whole image when the platform accepts its shape, else the largest centred box of
    the nearest accepted ratio."""
    low, high = platform_range(platform)
    aspect = width / height
    if high is not None and aspect > high:
        return centre_crop(width, height, high)
    if low is not None and aspect < low:
        return centre_crop(width, height, low)
    return FULL_FRAME


# ---- the canvas -------------------------------------------------------------------------------


class CropCanvas(QWidget):
    """The picture with a movable, resizable crop box and the safe area drawn over it."""

    box_changed = Signal(object)  # CropBox

    def __init__(self, image_size: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Crop area"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._size = image_size
        self._image: QImage | None = None
        self._box = FULL_FRAME
        self._ratio: float | None = None  # width/height in pixels, None = free
        self._safe: SafeArea | None = None
        self._drag: tuple[str, QPointF, CropBox] | None = None

    # -- state --

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    @property
    def box(self) -> CropBox:
        return self._box

    def set_box(self, box: CropBox) -> None:
        if box != self._box:
            self._box = box
            self.update()
            self.box_changed.emit(box)

    def set_ratio(self, ratio: float | None) -> None:
        """Fix the box's shape (pixels wide / high); the box keeps its centre."""
        self._ratio = ratio
        if ratio is None:
            return
        width, height = self._size
        fitted = centre_crop(width, height, ratio)
        # The largest box of that ratio, centred where the current box is centred.
        cx = self._box.x + self._box.w / 2
        cy = self._box.y + self._box.h / 2
        x = min(max(0.0, cx - fitted.w / 2), 1 - fitted.w)
        y = min(max(0.0, cy - fitted.h / 2), 1 - fitted.h)
        self.set_box(CropBox(x, y, fitted.w, fitted.h))

    def set_safe_area(self, safe: SafeArea | None) -> None:
        self._safe = safe
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 460)

    # -- geometry --

    def image_rect(self) -> QRectF:
        width, height = self._size
        area = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        scale = min(area.width() / width, area.height() / height)
        shown = QRectF(0, 0, width * scale, height * scale)
        shown.moveCenter(area.center())
        return shown

    def box_rect(self, box: CropBox | None = None) -> QRectF:
        box = box or self._box
        shown = self.image_rect()
        return QRectF(
            shown.left() + box.x * shown.width(),
            shown.top() + box.y * shown.height(),
            box.w * shown.width(),
            box.h * shown.height(),
        )

    # -- painting --

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        shown = self.image_rect()
        if self._image is not None and not self._image.isNull():
            painter.drawImage(shown, self._image)
        else:
            painter.fillRect(shown, self.palette().color(self.palette().ColorRole.Mid))
            painter.drawText(shown, Qt.AlignmentFlag.AlignCenter, self.tr("Loading the image…"))
        crop = self.box_rect()
        outside = QPainterPath()
        outside.addRect(shown)
        inside = QPainterPath()
        inside.addRect(crop)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 140))
        self._paint_thirds(painter, crop)
        if self._safe is not None:
            self._paint_safe_area(painter, crop, self._safe)
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawRect(crop)
        painter.setBrush(QColor(255, 255, 255))
        for corner in (crop.topLeft(), crop.topRight(), crop.bottomLeft(), crop.bottomRight()):
            painter.drawRect(QRectF(corner.x() - 4, corner.y() - 4, 8, 8))
        painter.end()

    @staticmethod
    def _paint_thirds(painter: QPainter, crop: QRectF) -> None:
        painter.setPen(QPen(QColor(255, 255, 255, 70), 1))
        for step in (1, 2):
            x = crop.left() + crop.width() * step / 3
            y = crop.top() + crop.height() * step / 3
            painter.drawLine(QPointF(x, crop.top()), QPointF(x, crop.bottom()))
            painter.drawLine(QPointF(crop.left(), y), QPointF(crop.right(), y))

    @staticmethod
    def _paint_safe_area(painter: QPainter, crop: QRectF, safe: SafeArea) -> None:
        inner = QRectF(
            crop.left() + safe.left * crop.width(),
            crop.top() + safe.top * crop.height(),
            crop.width() * (1 - safe.left - safe.right),
            crop.height() * (1 - safe.top - safe.bottom),
        )
        covered = QPainterPath()
        covered.addRect(crop)
        kept = QPainterPath()
        kept.addRect(inner)
        painter.fillPath(covered.subtracted(kept), QColor(255, 212, 59, 45))
        pen = QPen(QColor(255, 212, 59), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(inner)

    # -- interaction --

    def _hit(self, point: QPointF) -> str | None:
        crop = self.box_rect()
        corners = {
            "tl": crop.topLeft(),
            "tr": crop.topRight(),
            "bl": crop.bottomLeft(),
            "br": crop.bottomRight(),
        }
        for name, corner in corners.items():
            if abs(point.x() - corner.x()) <= HANDLE and abs(point.y() - corner.y()) <= HANDLE:
                return name
        return "move" if crop.contains(point) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None:
            self._drag = (hit, event.position(), self._box)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            hit = self._hit(event.position())
            shapes = {
                "tl": Qt.CursorShape.SizeFDiagCursor,
                "br": Qt.CursorShape.SizeFDiagCursor,
                "tr": Qt.CursorShape.SizeBDiagCursor,
                "bl": Qt.CursorShape.SizeBDiagCursor,
                "move": Qt.CursorShape.SizeAllCursor,
            }
            self.setCursor(shapes.get(hit or "", Qt.CursorShape.ArrowCursor))
            return
        mode, start, box = self._drag
        shown = self.image_rect()
        dx = (event.position().x() - start.x()) / shown.width()
        dy = (event.position().y() - start.y()) / shown.height()
        self.set_box(
            self._moved(box, dx, dy) if mode == "move" else self._resized(box, mode, dx, dy)
        )

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self._drag = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-NUDGE, 0.0),
            Qt.Key.Key_Right: (NUDGE, 0.0),
            Qt.Key.Key_Up: (0.0, -NUDGE),
            Qt.Key.Key_Down: (0.0, NUDGE),
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self.set_box(self._moved(self._box, *step))

    @staticmethod
    def _moved(box: CropBox, dx: float, dy: float) -> CropBox:
        x = min(max(0.0, box.x + dx), 1 - box.w)
        y = min(max(0.0, box.y + dy), 1 - box.h)
        return CropBox(x, y, box.w, box.h)

    def _resized(self, box: CropBox, corner: str, dx: float, dy: float) -> CropBox:
        # The corner opposite the one dragged stays where it is.
        left, top, right, bottom = box.x, box.y, box.x + box.w, box.y + box.h
        if "l" in corner:
            left = min(max(0.0, left + dx), right - MIN_FRACTION)
        else:
            right = max(min(1.0, right + dx), left + MIN_FRACTION)
        if "t" in corner:
            top = min(max(0.0, top + dy), bottom - MIN_FRACTION)
        else:
            bottom = max(min(1.0, bottom + dy), top + MIN_FRACTION)
        w, h = right - left, bottom - top
        if self._ratio is not None:
            width, height = self._size
            # Normalised height that gives the ratio for this width, shrunk to fit if needed.
            wanted_h = w * width / (self._ratio * height)
            room_h = bottom if "t" in corner else 1 - top
            if wanted_h > room_h:
                wanted_h = room_h
                w = wanted_h * self._ratio * height / width
            h = wanted_h
            if "l" in corner:
                left = right - w
            if "t" in corner:
                top = bottom - h
        return CropBox(max(0.0, left), max(0.0, top), min(w, 1.0), min(h, 1.0))


# ---- the dialog --------------------------------------------------------------------------------


class CropEditorDialog(QDialog):
    def __init__(
        self,
        attachment: Attachment,
        platforms: Sequence[PlatformId],
        preview: QImage | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        media = attachment.media
        self.setWindowTitle(self.tr("Crop {name}").format(name=media.original_name))
        self.setAccessibleName(self.tr("Crop editor"))
        self._sha256 = media.sha256
        self._size = (max(1, media.width), max(1, media.height))
        self._original: dict[str, CropBox | None] = {
            platform: CropBox(*box) for platform, box in attachment.crop_boxes.items()
        }
        self._boxes: dict[str, CropBox | None] = dict(self._original)
        self._platforms = tuple(platforms) or PREVIEW_PLATFORMS

        # A sidebar like the window's navigation: roomy rows, the chosen one in a soft accent.
        self.platform_list = QListWidget(self)
        self.platform_list.setObjectName("crop_platforms")
        self.platform_list.setAccessibleName(self.tr("Platform"))
        self.platform_list.setFixedWidth(170)
        self.platform_list.setFrameShape(QFrame.Shape.NoFrame)
        self.platform_list.setSpacing(2)
        self.platform_list.setUniformItemSizes(True)
        row_height = self.fontMetrics().height() + 18
        for platform in self._platforms:
            entry = QListWidgetItem(PLATFORMS[platform].name)
            entry.setData(Qt.ItemDataRole.UserRole, platform)
            entry.setSizeHint(QSize(0, row_height))
            self.platform_list.addItem(entry)
        self._style_sidebar()
        platforms_label = QLabel(self.tr("&Crop for"), self)
        platforms_label.setObjectName("crop_platforms_label")
        platforms_label.setBuddy(self.platform_list)
        bold = QFont(platforms_label.font())
        bold.setWeight(QFont.Weight.DemiBold)
        platforms_label.setFont(bold)
        platforms_label.setContentsMargins(6, 4, 0, 2)

        self.canvas = CropCanvas(self._size, self)
        self.canvas.set_image(preview)
        self.presets = QButtonGroup(self)
        self.presets.setExclusive(True)
        preset_row = QHBoxLayout()
        preset_row.setSpacing(4)
        self.preset_buttons: dict[str, QPushButton] = {}
        for ratio in RATIO_PRESETS:
            button = QPushButton(ratio.label, self)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Ratio {ratio}").format(ratio=ratio.label))
            button.clicked.connect(lambda _checked, r=ratio: self._choose_ratio(r))
            self.presets.addButton(button)
            self.preset_buttons[ratio.label] = button
            preset_row.addWidget(button)
        self.whole_button = QPushButton(self.tr("Whole Image"), self)
        self.whole_button.setCheckable(True)
        self.whole_button.clicked.connect(self._whole_image)
        self.presets.addButton(self.whole_button)
        preset_row.addWidget(self.whole_button)
        preset_row.addStretch(1)
        self.info = QLabel(self)
        self.info.setObjectName("crop_info")
        self.info.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(preset_row)
        right.addWidget(self.canvas, 1)
        right.addWidget(self.info)
        sidebar = QVBoxLayout()
        sidebar.setSpacing(4)
        sidebar.addWidget(platforms_label)
        sidebar.addWidget(self.platform_list, 1)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(sidebar)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)

        self.canvas.box_changed.connect(self._on_box_changed)
        self.platform_list.currentRowChanged.connect(self._show_platform)
        self.platform_list.setCurrentRow(0)

    def _style_sidebar(self) -> None:
        palette = self.palette()
        selected = QColor(accent_for(palette))
        selected.setAlpha(56)
        hovered = QColor(selected)
        hovered.setAlpha(24)
        text = palette.color(QPalette.ColorRole.WindowText).name()
        argb = QColor.NameFormat.HexArgb
        self.platform_list.setStyleSheet(
            "QListWidget { background: palette(base); padding: 6px; border-radius: 8px;"
            " outline: none; }"
            f"QListWidget::item {{ border-radius: 6px; padding: 0 10px; color: {text}; }}"
            f"QListWidget::item:hover {{ background: {hovered.name(argb)}; }}"
            f"QListWidget::item:selected {{ background: {selected.name(argb)}; color: {text}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "platform_list"):
            self._style_sidebar()  # light ⇄ dark while open
        super().changeEvent(event)

    # -- what the caller reads --

    def current_platform(self) -> PlatformId:
        entry = self.platform_list.currentItem()
        return PlatformId(entry.data(Qt.ItemDataRole.UserRole))

    def box_for(self, platform: PlatformId) -> CropBox:
        stored = self._boxes.get(platform.value)
        return stored if stored is not None else default_box(platform, *self._size)

    def changed_boxes(self) -> Mapping[str, Box | None]:
        """Platforms whose crop differs from what was stored: platform -> box (None: whole)."""
        changed: dict[str, Box | None] = {}
        for platform, box in self._boxes.items():
            if box != self._original.get(platform):
                changed[platform] = (box.x, box.y, box.w, box.h) if box is not None else None
        return changed

    def take_preview(self, sha256: str, _size: int, image: QImage) -> None:
        """The large preview arrived from the image pool after the dialog opened."""
        if sha256 == self._sha256 and self.canvas._image is None:
            self.canvas.set_image(image)

    # -- reacting --

    def _show_platform(self, _row: int) -> None:
        platform = self.current_platform()
        for ratio in RATIO_PRESETS:
            button = self.preset_buttons[ratio.label]
            allowed = preset_allowed(platform, ratio)
            button.setEnabled(allowed)
            low, high = platform_range(platform)
            button.setToolTip(
                ""
                if allowed
                else self.tr("{platform} takes {low} to {high} (width ÷ height)").format(
                    platform=PLATFORMS[platform].name,
                    low=_ratio_text(low),
                    high=_ratio_text(high),
                )
            )
        box = self.box_for(platform)
        self.canvas.blockSignals(True)
        self.canvas.set_ratio(None)
        self.canvas.set_box(box)
        self.canvas.blockSignals(False)
        self._check_matching_preset(box)
        self._describe(box)

    def _choose_ratio(self, ratio: AspectRatio) -> None:
        self.canvas.set_ratio(ratio.value)

    def _whole_image(self) -> None:
        self.canvas.set_ratio(None)
        self.canvas.set_box(FULL_FRAME)

    def _on_box_changed(self, box: CropBox) -> None:
        platform = self.current_platform()
        self._boxes[platform.value] = None if box.is_full else box
        self._describe(box)

    def _check_matching_preset(self, box: CropBox) -> None:
        aspect = box.pixel_aspect(*self._size)
        # Clear every button first (an exclusive group cannot be emptied), then mark the match.
        self.presets.setExclusive(False)
        for button in self.presets.buttons():
            button.setChecked(False)
        self.presets.setExclusive(True)
        self.whole_button.setChecked(box.is_full)
        for ratio in RATIO_PRESETS:
            if not box.is_full and abs(ratio.value - aspect) < 0.01:
                self.preset_buttons[ratio.label].setChecked(True)

    def _describe(self, box: CropBox) -> None:
        platform = self.current_platform()
        left, top, right, bottom = box.to_pixels(*self._size)
        aspect = (right - left) / (bottom - top)
        safe = safe_area_for(platform, aspect)
        self.canvas.set_safe_area(safe)
        low, high = platform_range(platform)
        fits = (low is None or aspect >= low - 1e-3) and (high is None or aspect <= high + 1e-3)
        parts = [
            self.tr("{w} × {h} px after cropping").format(w=right - left, h=bottom - top),
            self.tr("dashed: {label}").format(label=self.tr(safe.label)),
        ]
        if not fits:
            parts.append(
                self.tr("{platform} takes {low} to {high}: the kit trims it to fit").format(
                    platform=PLATFORMS[platform].name, low=_ratio_text(low), high=_ratio_text(high)
                )
            )
        self.info.setText(" · ".join(parts))


def _ratio_text(value: float | None) -> str:
    if value is None:
        return "any"
    for ratio in RATIO_PRESETS:
        if abs(ratio.value - value) < 0.005:
            return ratio.label
    return f"{value:.2f}:1"
