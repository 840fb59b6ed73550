"""How the post will look on X, Instagram, LinkedIn, Bluesky, Threads and Mastodon.

A card per platform, drawn with QPainter in the palette's colours: a plain avatar with the
author's initial (no logos or trademarks), the text cut where the platform folds it behind
"… more" (studio.domain.platforms.fold_offset; a fold known only from third-party observation is
labelled approximate), hashtags, mentions and links in the link colour, and the images in the
platform's grid with the crop chosen for that platform:

    1 image: full width        2: side by side          3: one large + two stacked
    4: two by two              more: the platform's own way (X, Bluesky and Mastodon take 4;
                               Instagram shows a carousel with dots; LinkedIn shows "+N")

`install_preview_dock(window)` adds it as a dock beside the feedback panels, fed from the
composer (its texts per platform, and the media strip's images and crops).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex
from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import (
    PLATFORMS,
    PlatformId,
    find_hashtags,
    find_urls,
    fold_offset,
)

if TYPE_CHECKING:
    from studio.storage.media_library import Attachment
    from studio.ui.main_window import MainWindow

PREVIEW_PLATFORMS = (
    PlatformId.X,
    PlatformId.INSTAGRAM,
    PlatformId.LINKEDIN,
    PlatformId.BLUESKY,
    PlatformId.THREADS,
    PlatformId.MASTODON,
)
PREVIEW_SHORTCUT = "Ctrl+Shift+P"  # beside Feedback Panels' Ctrl+Shift+F
CARD_WIDTH = 380
PADDING = 14
AVATAR = 36
MORE = "… more"
_MENTION = regex.compile(r"(?<![\w@])@[\p{L}\p{N}_]+(?:@[\w.-]+\.\w+)?")
# Platforms that show images above the caption.
_IMAGE_FIRST = frozenset({PlatformId.INSTAGRAM})


@dataclass(frozen=True)
class PreviewImage:
    """One image as the preview draws it: the decoded picture (None while it loads) and the
    crop chosen for the platform, as fractions of the upright image."""

    picture: QImage | None
    crop: tuple[float, float, float, float] | None = None
    name: str = ""


@dataclass(frozen=True)
class PreviewContent:
    texts: Mapping[PlatformId, str] = field(default_factory=dict)
    images: Sequence[Attachment] = ()
    pictures: Mapping[str, QImage] = field(default_factory=dict)  # sha256 -> preview picture
    author: str = ""

    def images_for(self, platform: PlatformId) -> list[PreviewImage]:
        return [
            PreviewImage(
                self.pictures.get(a.media.sha256),
                a.crop_for(platform.value),
                a.media.original_name,
            )
            for a in self.images
        ]


def folded_text(platform: PlatformId, text: str) -> tuple[str, bool]:
    """The text shown before "more", and whether it was cut."""
    offset = fold_offset(platform, text)
    if offset is None:
        return text, False
    return text[:offset].rstrip(), True


def styled_html(text: str, link_colour: str) -> str:
    """The text as HTML with hashtags, mentions and links in the link colour."""
    spans = sorted(
        [(s, e) for s, e in find_urls(text)]
        + [(s, e) for s, e in find_hashtags(text)]
        + [m.span() for m in _MENTION.finditer(text)]
    )
    pieces, position = [], 0
    for start, end in spans:
        if start < position:
            continue  # a hashtag inside a link, say
        pieces.append(html.escape(text[position:start]))
        pieces.append(f"<span style='color:{link_colour}'>{html.escape(text[start:end])}</span>")
        position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces).replace("\n", "<br>")


def grid_cells(platform: PlatformId, count: int, area: QRectF) -> list[QRectF]:
    """Where each shown image goes inside `area` (fewer cells than images: the rest hidden)."""
    if count <= 0:
        return []
    w, h, x, y = area.width(), area.height(), area.left(), area.top()
    gap = 3.0
    if platform in (PlatformId.INSTAGRAM, PlatformId.THREADS) or count == 1:
        return [QRectF(area)]
    if platform is PlatformId.LINKEDIN and count >= 3:
        top_h = h * 0.6
        below = min(count - 1, 3)
        cell_w = (w - gap * (below - 1)) / below
        return [QRectF(x, y, w, top_h)] + [
            QRectF(x + i * (cell_w + gap), y + top_h + gap, cell_w, h - top_h - gap)
            for i in range(below)
        ]
    half_w, half_h = (w - gap) / 2, (h - gap) / 2
    if count == 2:
        return [QRectF(x, y, half_w, h), QRectF(x + half_w + gap, y, half_w, h)]
    if count == 3:
        return [
            QRectF(x, y, half_w, h),
            QRectF(x + half_w + gap, y, half_w, half_h),
            QRectF(x + half_w + gap, y + half_h + gap, half_w, half_h),
        ]
    return [
        QRectF(x, y, half_w, half_h),
        QRectF(x + half_w + gap, y, half_w, half_h),
        QRectF(x, y + half_h + gap, half_w, half_h),
        QRectF(x + half_w + gap, y + half_h + gap, half_w, half_h),
    ]


def media_area_ratio(platform: PlatformId, first: PreviewImage | None, count: int) -> float:
    """Width / height of the image area."""
    if first is not None and first.picture is not None and not first.picture.isNull():
        width, height = first.picture.width(), first.picture.height()
        if first.crop is not None:
            width, height = width * first.crop[2], height * first.crop[3]
        natural = width / max(1.0, height)
    else:
        natural = 4 / 3
    if platform is PlatformId.INSTAGRAM:
        return min(max(natural, 4 / 5), 1.91)
    if count == 1:
        return min(max(natural, 3 / 4), 2.0)
    if platform is PlatformId.LINKEDIN:
        return 1.0
    return 16 / 9


class PreviewCard(QWidget):
    """One platform's post, painted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = PlatformId.X
        self.content = PreviewContent()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)

    def show_post(self, platform: PlatformId, content: PreviewContent) -> None:
        self.platform = platform
        self.content = content
        self.updateGeometry()
        self.setFixedHeight(self._layout(self.width() or CARD_WIDTH, None))
        self.update()

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.setFixedHeight(self._layout(self.width(), None))

    def sizeHint(self) -> QSize:
        return QSize(CARD_WIDTH, self._layout(CARD_WIDTH, None))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._layout(self.width(), painter)
        painter.end()

    # One walk through the card both measures it and, with a painter, draws it.
    def _layout(self, width: int, painter: QPainter | None) -> int:
        palette = self.palette()
        card = QRectF(0.5, 0.5, width - 1, 10_000)
        inner_w = width - 2 * PADDING
        y = PADDING
        text_height, document = self._text_document(inner_w)
        images = self.content.images_for(self.platform)
        limit = PLATFORMS[self.platform].media.max_images or 10
        if self.platform in (PlatformId.X, PlatformId.BLUESKY, PlatformId.MASTODON):
            images = images[:limit]
        media_h = 0.0
        if images:
            ratio = media_area_ratio(self.platform, images[0], len(images))
            media_w = width if self.platform in _IMAGE_FIRST else inner_w
            media_h = media_w / ratio
        header_h = AVATAR
        total = PADDING + header_h + 10 + text_height + PADDING + 26
        if images:
            total += media_h + 10
        total = int(total)
        if painter is None:
            return total

        card.setHeight(total - 1)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 10, 10)
        self._paint_header(painter, QRectF(PADDING, y, inner_w, header_h))
        y += header_h + 10
        if images and self.platform in _IMAGE_FIRST:
            self._paint_images(painter, images, QRectF(0.5, y, width - 1, media_h))
            y += media_h + 10
        painter.save()
        painter.translate(PADDING, y)
        document.drawContents(painter)
        painter.restore()
        y += text_height + 6
        if images and self.platform not in _IMAGE_FIRST:
            self._paint_images(painter, images, QRectF(PADDING, y, inner_w, media_h))
            y += media_h + 10
        self._paint_actions(painter, QRectF(PADDING, total - 30, inner_w, 20))
        return total

    def _text_document(self, width: float) -> tuple[float, QTextDocument]:
        text = self.content.texts.get(self.platform, "")
        shown, cut = folded_text(self.platform, text)
        link = self.palette().color(QPalette.ColorRole.Link).name()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        body = styled_html(shown, link)
        if cut:
            body += f"<span style='color:{muted}'> {html.escape(MORE)}</span>"
        if not text.strip():
            body = f"<span style='color:{muted}'>{html.escape(self.tr('No text yet'))}</span>"
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        colour = self.palette().color(QPalette.ColorRole.Text).name()
        document.setHtml(f"<div style='color:{colour}'>{body}</div>")
        document.setTextWidth(width)
        return document.size().height(), document

    def _paint_header(self, painter: QPainter, area: QRectF) -> None:
        palette = self.palette()
        author = self.content.author or self.tr("Your name")
        avatar = QRectF(area.left(), area.top(), AVATAR, AVATAR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawEllipse(avatar)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, author[:1].upper())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text_left = area.left() + AVATAR + 10
        painter.drawText(
            QRectF(text_left, area.top(), area.width() - AVATAR - 10, AVATAR / 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            author,
        )
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        handle = "@" + "".join(ch for ch in author.lower() if ch.isalnum())[:15]
        secondary = {
            PlatformId.LINKEDIN: self.tr("Your headline · now"),
            PlatformId.INSTAGRAM: self.tr("Original audio"),
        }.get(self.platform, f"{handle} · {self.tr('now')}")
        painter.drawText(
            QRectF(text_left, area.top() + AVATAR / 2, area.width() - AVATAR - 10, AVATAR / 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            secondary,
        )

    def _paint_images(self, painter: QPainter, images: list[PreviewImage], area: QRectF) -> None:
        cells = grid_cells(self.platform, len(images), area)
        rounded = self.platform not in _IMAGE_FIRST
        for cell, image in zip(cells, images, strict=False):
            painter.save()
            if rounded:
                clip = QPainterPath()
                clip.addRoundedRect(cell, 8, 8)
                painter.setClipPath(clip)
            self._paint_cover(painter, image, cell)
            painter.restore()
        hidden = len(images) - len(cells)
        if self.platform is PlatformId.LINKEDIN and hidden > 0:
            last = cells[-1]
            painter.fillRect(last, QColor(0, 0, 0, 130))
            painter.setPen(QColor(255, 255, 255))
            big = QFont(self.font())
            big.setPointSizeF(big.pointSizeF() * 1.6)
            big.setBold(True)
            painter.setFont(big)
            painter.drawText(last, Qt.AlignmentFlag.AlignCenter, f"+{hidden}")
            painter.setFont(self.font())
        if self.platform in (PlatformId.INSTAGRAM, PlatformId.THREADS) and len(images) > 1:
            self._paint_carousel_marks(painter, area, len(images))

    def _paint_cover(self, painter: QPainter, image: PreviewImage, cell: QRectF) -> None:
        picture = image.picture
        if picture is None or picture.isNull():
            painter.fillRect(cell, self.palette().color(QPalette.ColorRole.Mid))
            return
        x, y, w, h = image.crop or (0.0, 0.0, 1.0, 1.0)
        source = QRectF(
            x * picture.width(), y * picture.height(), w * picture.width(), h * picture.height()
        )
        # Fill the cell like the platforms do: scale to cover, trim the overflow evenly.
        cell_ratio = cell.width() / cell.height()
        if source.width() / source.height() > cell_ratio:
            trimmed = source.height() * cell_ratio
            source.setLeft(source.left() + (source.width() - trimmed) / 2)
            source.setWidth(trimmed)
        else:
            trimmed = source.width() / cell_ratio
            source.setTop(source.top() + (source.height() - trimmed) / 2)
            source.setHeight(trimmed)
        painter.drawImage(cell, picture, source)

    def _paint_carousel_marks(self, painter: QPainter, area: QRectF, count: int) -> None:
        badge = QRectF(area.right() - 52, area.top() + 10, 40, 22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(badge, 11, 11)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"1/{count}")
        dots = min(count, 10)
        start = area.center().x() - (dots - 1) * 5
        for index in range(dots):
            painter.setBrush(QColor(255, 255, 255, 255 if index == 0 else 120))
            painter.drawEllipse(QRectF(start + index * 10 - 3, area.bottom() - 14, 6, 6))

    def _paint_actions(self, painter: QPainter, area: QRectF) -> None:
        # Neutral marks where the platform's buttons sit: no icons of theirs.
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        colour.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for index in range(4):
            painter.drawRoundedRect(QRectF(area.left() + index * 56, area.top() + 6, 34, 8), 4, 4)


class PlatformPreview(QWidget):
    """A tab per platform over the card, and the fold's note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("platform_preview")
        self.setAccessibleName(self.tr("Platform preview"))
        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Platform"))
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        for platform in PREVIEW_PLATFORMS:
            self.tabs.addTab(PLATFORMS[platform].name)
        self.card = PreviewCard(self)
        self.note = QLabel(self)
        self.note.setObjectName("preview_note")
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(10, 10, 10, 10)
        holder_layout.addWidget(self.card)
        holder_layout.addWidget(self.note)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(scroll, 1)
        self.content = PreviewContent()
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.refresh()

    @property
    def platform(self) -> PlatformId:
        return PREVIEW_PLATFORMS[max(0, self.tabs.currentIndex())]

    def show_platform(self, platform: PlatformId) -> None:
        self.tabs.setCurrentIndex(PREVIEW_PLATFORMS.index(platform))

    def set_content(self, content: PreviewContent) -> None:
        self.content = content
        self.refresh()

    def refresh(self) -> None:
        platform = self.platform
        self.card.show_post(platform, self.content)
        self.note.setText(self._note(platform))

    def _note(self, platform: PlatformId) -> str:
        spec = PLATFORMS[platform]
        parts = []
        if spec.fold_chars is not None:
            where = self.tr("after {chars} characters").format(chars=spec.fold_chars)
            if spec.fold_lines:
                where = self.tr("after {lines} lines or {chars} characters").format(
                    lines=spec.fold_lines, chars=spec.fold_chars
                )
            parts.append(
                self.tr("The text folds behind “more” {where}").format(where=where)
                + (self.tr(" (approximate)") if spec.fold_approximate else "")
                + "."
            )
        else:
            parts.append(self.tr("No fold: the whole text is shown."))
        count = len(self.content.images)
        limit = spec.media.max_images
        if limit is not None and count > limit:
            parts.append(
                self.tr("{platform} takes {limit} images; {hidden} not shown.").format(
                    platform=spec.name, limit=limit, hidden=count - limit
                )
            )
        parts.append(self.tr("A sketch of the layout, not the platform's own design."))
        return " ".join(parts)


# ---- the dock, fed from the composer ------------------------------------------------------------


def install_preview_dock(window: MainWindow, author: str = "") -> QDockWidget:
    """Add the preview as a dock tabbed with the feedback panels (called from app.py)."""
    composer = window.composer
    preview = PlatformPreview()
    dock = QDockWidget(QDockWidget.tr("Preview"), window)
    dock.setObjectName("preview_dock")
    dock.setAccessibleName(QDockWidget.tr("Platform preview"))
    dock.setWidget(preview)
    dock.setAllowedAreas(
        Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    feedback = getattr(window, "feedback_dock", None)
    if feedback is not None:
        window.tabifyDockWidget(feedback, dock)
        feedback.raise_()
    timer = QTimer(dock)
    timer.setSingleShot(True)
    timer.setInterval(150)  # typing redraws at most every 150 ms

    def gather() -> None:
        platforms = composer.details.platforms()
        texts = {p: composer.variant_tabs.text_for(p) for p in PREVIEW_PLATFORMS}
        strip = getattr(composer, "media_strip", None)
        attachments = strip.attachments if strip is not None else []
        pictures = {}
        for attachment in attachments:
            picture = strip.preview_image(attachment.media.sha256) if strip else None
            if picture is not None:
                pictures[attachment.media.sha256] = picture
        preview.set_content(PreviewContent(texts, attachments, pictures, author))
        if platforms and preview.platform not in platforms:
            shown = [p for p in PREVIEW_PLATFORMS if p in platforms]
            if shown:
                preview.show_platform(shown[0])

    timer.timeout.connect(gather)
    composer.body_edit.textChanged.connect(timer.start)
    composer.variant_tabs.changed.connect(timer.start)
    composer.details.changed.connect(timer.start)
    strip = getattr(composer, "media_strip", None)
    if strip is not None:
        strip.changed.connect(timer.start)

    from studio.ui.main_window import Section

    # View ▸ Platform Preview: whether the person wants the dock; it shows beside the composer
    # only, like the feedback panels, and its own close button unticks the entry.
    action = QAction(QDockWidget.tr("Platform &Preview"), window)
    action.setObjectName("action_show_preview")
    action.setCheckable(True)
    action.setChecked(True)
    action.setShortcut(QKeySequence(PREVIEW_SHORTCUT))
    tip = QDockWidget.tr("Show or hide how the post looks on each network")
    action.setStatusTip(tip)
    action.setToolTip(tip)
    window.addAction(action)
    following = False

    def composer_showing() -> bool:
        return window.current_section() is Section.COMPOSER

    def follow_section(section: str) -> None:
        nonlocal following
        following = True
        try:
            dock.setVisible(action.isChecked() and section == Section.COMPOSER.value)
            if feedback is not None and section == Section.COMPOSER.value:
                feedback.raise_()
        finally:
            following = False

    def toggled(on: bool) -> None:
        if on and not composer_showing():
            window.show_section(Section.COMPOSER)  # → follow_section shows the dock
        follow_section(window.current_section().value)
        if on:
            dock.raise_()

    def closed_by_hand(visible: bool) -> None:
        if not visible and not following and composer_showing() and window.isVisible():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)

    action.toggled.connect(toggled)
    dock.visibilityChanged.connect(closed_by_hand)
    view_menu = window.menuBar().findChild(QMenu, "menu_view")
    if view_menu is not None:
        entries = view_menu.actions()
        feedback_entry = getattr(window, "feedback_action", None)
        after = entries.index(feedback_entry) + 1 if feedback_entry in entries else len(entries)
        if after < len(entries):
            view_menu.insertAction(entries[after], action)
        else:
            view_menu.addAction(action)
    window.preview_action = action  # type: ignore[attr-defined]

    window.section_changed.connect(follow_section)
    follow_section(window.current_section().value)
    gather()
    window.preview_dock = dock  # type: ignore[attr-defined]
    return dock
