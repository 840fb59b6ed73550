"""The Library section: every image of the workspace as a grid of thumbnails, with filters,
adding by drag and drop, file dialog or paste, and an alt-text editor with warnings.

    Add Images…  [All | Unused | No alt text | Has location]  tag ▾  search…
    ┌──────┐┌──────┐┌──────┐       │ picture
    │thumb ││thumb ││thumb │       │ name, 4032 × 3024 · 2.4 MB · used in 2 posts
    name   name    name             │ warnings (size, format, resolution, location)
    1.2 MB · used in 1 post        │ alt text (limits per platform) · tags · Save

Smooth with thousands of images: the grid is a QListView in icon mode over `LibraryModel`, with
uniform item sizes (so the view lays out without asking every item) and thumbnails requested
only when a visible item is painted; they are made and decoded on the image pool (MediaService)
and kept in a bounded pixmap cache here.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from studio.storage.media_library import MediaItem, MediaQuery
from studio.ui.i18n import tr
from studio.ui.media_strip import IMAGE_FILTER, AltTextEditor, image_files
from studio.ui.workspace_dialog import colour_swatch

if TYPE_CHECKING:
    from studio.app import Studio
    from studio.services.media import ImportOutcome, MediaService
    from studio.storage.repositories import WorkspaceData
    from studio.ui.main_window import MainWindow

THUMB = 160
TILE = QSize(184, 226)
PIXMAP_CACHE = 600  # thumbnails kept decoded (about 60 MB at most)
ItemRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
FILTERS = ("all", "unused", "missing_alt_text", "has_location")


def human_size(byte_size: int) -> str:
    if byte_size >= 1_000_000:
        return f"{byte_size / 1_000_000:.1f} MB"
    if byte_size >= 1_000:
        return f"{byte_size / 1_000:.0f} kB"
    return f"{byte_size} B"


class LibraryModel(QAbstractListModel):
    """The images, their thumbnails loaded lazily through the MediaService."""

    def __init__(self, service: MediaService | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self._items: list[MediaItem] = []
        self._rows: dict[str, list[int]] = {}
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._placeholder = QPixmap()
        if service is not None:
            service.thumbnail_ready.connect(self._on_thumbnail)
            service.thumbnail_failed.connect(self._on_failed)

    def set_items(self, items: list[MediaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = {}
        for row, item in enumerate(self._items):
            self._rows.setdefault(item.sha256, []).append(row)
        self.endResetModel()

    def item(self, row: int) -> MediaItem:
        return self._items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.original_name or item.sha256[:12]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(item.sha256)
        if role == SubtitleRole:
            return self.subtitle(item)
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.original_name}\n{item.width} × {item.height} px · {self.subtitle(item)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.original_name}, {self.subtitle(item)}"
        return None

    def subtitle(self, item: MediaItem) -> str:
        if item.used_in == 0:
            used = self.tr("unused")
        elif item.used_in == 1:
            used = self.tr("used in 1 post")
        else:
            used = self.tr("used in {count} posts").format(count=item.used_in)
        return f"{human_size(item.byte_size)} · {used}"

    def _pixmap(self, sha256: str) -> QPixmap | None:
        found = self._pixmaps.get(sha256)
        if found is not None:
            self._pixmaps.move_to_end(sha256)
            return found
        if self.service is not None:
            self.service.request_thumbnail(sha256, THUMB)  # only what is painted asks
        return None

    def _on_thumbnail(self, sha256: str, size: int, image: QImage) -> None:
        if size != THUMB or sha256 not in self._rows:
            return
        self._pixmaps[sha256] = QPixmap.fromImage(image)
        while len(self._pixmaps) > PIXMAP_CACHE:
            self._pixmaps.popitem(last=False)
        for row in self._rows[sha256]:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _on_failed(self, sha256: str, size: int, _message: str) -> None:
        if size == THUMB:
            for row in self._rows.get(sha256, []):
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class LibraryDelegate(QStyledItemDelegate):
    """A tile: the thumbnail centred in a square, the name, size and use, badges."""

    def sizeHint(self, _option: QStyleOptionViewItem, _index: QModelIndex) -> QSize:  # type: ignore[override]
        return TILE

    def paint(  # type: ignore[override]
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tile = rect.adjusted(4, 4, -4, -4)
        if state & QStyle.StateFlag.State_Selected:
            selection = palette.color(QPalette.ColorRole.Highlight)
            selection.setAlpha(60)
            painter.setBrush(selection)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(tile, 8, 8)
        square = QRect(tile.left() + 8, tile.top() + 8, THUMB, THUMB)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            shown = pixmap.size().scaled(square.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, shown.width(), shown.height())
            target.moveCenter(square.center())
            painter.drawPixmap(target, pixmap)
        else:
            shade = palette.color(QPalette.ColorRole.Mid)
            shade.setAlpha(70)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawRoundedRect(square, 6, 6)
        item: MediaItem | None = index.data(ItemRole)
        if item is not None:
            self._badges(painter, square, item)
        text_rect = QRect(tile.left() + 6, square.bottom() + 6, tile.width() - 12, 18)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)),
            Qt.TextElideMode.ElideMiddle,
            text_rect.width(),
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        sub_rect = text_rect.translated(0, 18)
        if item is not None:
            painter.drawText(
                sub_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    f"{item.width} × {item.height}", Qt.TextElideMode.ElideRight, sub_rect.width()
                ),
            )
            painter.drawText(
                sub_rect.translated(0, 16),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    str(index.data(SubtitleRole)), Qt.TextElideMode.ElideRight, sub_rect.width()
                ),
            )
        painter.restore()

    @staticmethod
    def _badges(painter: QPainter, square: QRect, item: MediaItem) -> None:
        badges = []
        if item.has_gps:
            badges.append((QCoreApplication.translate("Library", "Location"), QColor(201, 42, 42)))
        if item.missing_alt_text:
            # Said as what is missing: a bare "ALT" reads as "has alt text" on X and Mastodon.
            badges.append((QCoreApplication.translate("Library", "No alt"), QColor(176, 84, 0)))
        x = square.left() + 6
        font = painter.font()
        small = painter.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        small.setBold(True)
        painter.setFont(small)
        for label, colour in badges:
            width = painter.fontMetrics().horizontalAdvance(label) + 10
            badge = QRect(x, square.top() + 6, width, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(badge, 8, 8)
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 4
        painter.setFont(font)


class LibraryGrid(QListView):
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)  # layout without asking 5,000 items their size
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setAccessibleName(self.tr("Images in the library"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = image_files(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


class ImageDetails(QWidget):
    """The selected image: picture, facts, warnings, alt text, tags."""

    def __init__(self, page: LibraryPage) -> None:
        super().__init__(page)
        self.page = page
        self.item: MediaItem | None = None
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(170)
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("image_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.alt_label = QLabel(self.tr("Alt text"), self)
        self.alt_text = AltTextEditor(self)
        self.alt_label.setBuddy(self.alt_text.edit)
        self.tags = QLineEdit(self)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setAccessibleName(self.tr("Save alt text and tags"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        for widget in (self.picture, self.name, self.facts, self.warnings, self.alt_label):
            layout.addWidget(widget)
        layout.addWidget(self.alt_text, 1)
        layout.addWidget(self.tags)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.show_item(None)

    def show_item(self, item: MediaItem | None, pixmap: QPixmap | None = None) -> None:
        from studio.services.media import media_warnings

        self.item = item
        for widget in (self.alt_text, self.tags, self.save_button):
            widget.setEnabled(item is not None)
        if item is None:
            self.name.setText(self.tr("No image selected"))
            self.facts.clear()
            self.warnings.clear()
            self.picture.clear()
            self.alt_text.set_text("")
            self.tags.clear()
            return
        self.name.setText(item.original_name)
        self.facts.setText(
            f"{item.width} × {item.height} px · {human_size(item.byte_size)} · "
            f"{item.mime.removeprefix('image/').upper()} · "
            + self.page.model.subtitle(item).split(" · ", 1)[1]
        )
        found = media_warnings(item)
        self.warnings.setText(
            "".join(f"<p style='margin:0 0 4px 0'>⚠ {w}</p>" for w in found) if found else ""
        )
        if pixmap is not None and not pixmap.isNull():
            self.picture.setPixmap(pixmap)
        else:
            self.picture.clear()
        self.alt_text.set_text(item.alt_text)
        self.tags.setText(", ".join(item.tags))

    def save(self) -> None:
        service = self.page.service
        if self.item is None or service is None:
            return
        alt = self.alt_text.text().strip()
        tags = [tag for tag in self.tags.text().split(",") if tag.strip()]
        if alt != self.item.alt_text:
            service.update_alt_text(self.item, alt)
        elif tuple(tags) != self.item.tags:
            service.set_tags(self.item, tags)


class LibraryPage(QWidget):
    """The Library section."""

    def __init__(
        self,
        service: MediaService | None,
        workspace: WorkspaceData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("library_page")
        self.setAccessibleName(self.tr("Library"))
        self.service = service
        self.workspace: WorkspaceData | None = None

        # Which workspace's images these are: said in a heading, and chosen here when the window
        # shows "All workspaces" (images belong to one workspace, so the grid shows one).
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("library_scope")
        self.scope_label.setTextFormat(Qt.TextFormat.RichText)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("library_scope_workspace")
        self.scope_combo.setAccessibleName(self.tr("Workspace whose images are shown"))
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_combo.setVisible(False)
        self.scope_combo.activated.connect(self._on_scope_chosen)
        self.scope_label.setBuddy(self.scope_combo)
        self._all_workspaces: list[WorkspaceData] = []
        self.add_button = QPushButton(self.tr("Add Images…"), self)
        self.add_button.setAccessibleName(self.tr("Add images"))
        self.add_button.clicked.connect(self.add_images)
        self.filter_group = QButtonGroup(self)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(0)
        labels = {
            "all": self.tr("All"),
            "unused": self.tr("Unused"),
            "missing_alt_text": self.tr("No Alt Text"),
            "has_location": self.tr("Has Location"),
        }
        self.filter_buttons: dict[str, QPushButton] = {}
        for key in FILTERS:
            button = QPushButton(labels[key], self)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show: {what}").format(what=labels[key]))
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            filter_row.addWidget(button)
        self.filter_buttons["all"].setChecked(True)
        self.filter_group.buttonClicked.connect(lambda _button: self.reload())
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.tag_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search image names"))
        self.search.setPlaceholderText(self.tr("Search names"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.reload())
        self.count_label = QLabel(self)

        self.model = LibraryModel(service, self)
        self.grid = LibraryGrid(self)
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(LibraryDelegate(self.grid))
        self.grid.files_dropped.connect(self.add_files)
        self.grid.selectionModel().currentChanged.connect(self._on_current)
        self.details = ImageDetails(self)
        self.messages = QLabel(self)
        self.messages.setObjectName("library_messages")
        self.messages.setWordWrap(True)
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages.setVisible(False)
        self.empty_hint = QLabel(
            self.tr("Drop images here, paste them (Ctrl+V) or use Add Images."), self
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addSpacing(12)
        top.addLayout(filter_row)
        top.addSpacing(12)
        top.addWidget(self.tag_combo)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.empty_hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([800, 300])
        scope = QHBoxLayout()
        scope.setSpacing(8)
        scope.addWidget(self.scope_label)
        scope.addWidget(self.scope_combo)
        scope.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.addLayout(scope)
        layout.addLayout(top)
        layout.addWidget(self.messages)
        layout.addWidget(self.splitter, 1)

        self.setAcceptDrops(True)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        if service is not None:
            service.library_changed.connect(self._on_library_changed)
            service.import_finished.connect(self._on_imported)
            service.failed.connect(self.show_messages)
            service.thumbnail_ready.connect(lambda *_: self._refresh_details_picture())
        self.set_workspace(workspace)

    # ---- workspace and filters -----------------------------------------------------------------

    def show_all_workspaces(self, workspaces: list[WorkspaceData]) -> None:
        """The window shows "All workspaces": offer each workspace's images, one at a time."""
        self._all_workspaces = list(workspaces)
        chosen = self.workspace if self.workspace in workspaces else None
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        for workspace in workspaces:
            self.scope_combo.addItem(colour_swatch(workspace.colour), workspace.name, workspace.id)
        self.scope_combo.blockSignals(False)
        self.set_workspace(chosen or (workspaces[0] if workspaces else None), keep_scope=True)

    def _on_scope_chosen(self, index: int) -> None:
        workspace_id = self.scope_combo.itemData(index)
        chosen = next((w for w in self._all_workspaces if w.id == workspace_id), None)
        if chosen is not None:
            self.set_workspace(chosen, keep_scope=True)

    def set_workspace(self, workspace: WorkspaceData | None, *, keep_scope: bool = False) -> None:
        if not keep_scope:
            self._all_workspaces = []  # one workspace chosen in the window
        self.workspace = workspace
        self._show_scope()
        self.add_button.setEnabled(workspace is not None and self.service is not None)
        self.add_button.setToolTip(
            "" if workspace is not None else self.tr("Choose a workspace to add images to")
        )
        self._fill_tags()
        self.reload()

    def _show_scope(self) -> None:
        choosing = bool(self._all_workspaces)
        self.scope_combo.setVisible(choosing)
        if choosing:
            self.scope_label.setText(
                self.tr("All workspaces: images belong to one workspace. Showing images of:")
            )
            index = self.scope_combo.findData(self.workspace.id if self.workspace else None)
            self.scope_combo.setCurrentIndex(max(index, 0))
        elif self.workspace is not None:
            self.scope_label.setText(
                self.tr("Images of <b>{name}</b>").format(name=html.escape(self.workspace.name))
            )
        else:
            self.scope_label.setText(self.tr("No workspace yet: images belong to one."))

    def query(self) -> MediaQuery:
        checked = next(k for k, b in self.filter_buttons.items() if b.isChecked())
        return MediaQuery(
            unused=checked == "unused",
            missing_alt_text=checked == "missing_alt_text",
            has_location=checked == "has_location",
            tag=self.tag_combo.currentData() or None,
            name_contains=self.search.text(),
        )

    def reload(self) -> None:
        current = self.details.item.id if self.details.item else None
        items = (
            self.service.items(self.workspace.id, self.query())
            if self.service is not None and self.workspace is not None
            else []
        )
        self.model.set_items(items)
        self.count_label.setText(
            self.tr("1 image") if len(items) == 1 else self.tr("{n} images").format(n=len(items))
        )
        self.empty_hint.setVisible(not items)
        row = next((r for r, item in enumerate(items) if item.id == current), 0 if items else -1)
        if row >= 0:
            self.grid.setCurrentIndex(self.model.index(row))
        else:
            self.details.show_item(None)

    def _fill_tags(self) -> None:
        chosen = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any tag"), "")
        if self.service is not None and self.workspace is not None:
            for tag in self.service.tags(self.workspace.id):
                self.tag_combo.addItem(f"#{tag}", tag)
        index = self.tag_combo.findData(chosen)
        self.tag_combo.setCurrentIndex(max(index, 0))
        self.tag_combo.blockSignals(False)

    def _on_library_changed(self, workspace_id: int) -> None:
        if self.workspace is not None and workspace_id == self.workspace.id:
            self._fill_tags()
            self.reload()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(ItemRole) if current.isValid() else None
        self.details.show_item(item, self._large_pixmap(item))

    def _large_pixmap(self, item: MediaItem | None) -> QPixmap | None:
        if item is None:
            return None
        pixmap = self.model._pixmaps.get(item.sha256)
        return pixmap

    def _refresh_details_picture(self) -> None:
        item = self.details.item
        if item is not None and self.details.picture.pixmap().isNull():
            pixmap = self._large_pixmap(item)
            if pixmap is not None:
                self.details.picture.setPixmap(pixmap)

    # ---- adding ----------------------------------------------------------------------------------

    def add_images(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add Images to the Library"), str(Path.home()), self.tr(IMAGE_FILTER)
        )
        if files:
            self.add_files([Path(name) for name in files])

    def add_files(self, files: list[Path]) -> None:
        if self.service is None or self.workspace is None:
            self.show_messages(self.tr("Choose a workspace first: images belong to one."))
            return
        self.show_messages(tr("Adding %n file(s)…", "", len(files)))
        self.service.import_files(self.workspace.id, files)

    def paste(self) -> None:
        """Ctrl+V: file URLs (copied in a file manager) or an image (copied from a browser)."""
        data = QGuiApplication.clipboard().mimeData()
        if data is None:
            return
        if data.hasUrls() and (files := image_files(data.urls())):
            self.add_files(files)
            return
        if data.hasImage() and self.service is not None and self.workspace is not None:
            image = QImage(data.imageData())
            if image.isNull():
                return
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            payload: QByteArray = buffer.data()
            self.service.import_image_bytes(self.workspace.id, bytes(payload.data()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = image_files(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    def _on_imported(self, outcomes: list[ImportOutcome]) -> None:
        added = sum(1 for outcome in outcomes if outcome.created)
        again = sum(1 for outcome in outcomes if outcome.ok and not outcome.created)
        lines = [
            tr("Added %n image(s)", "", added)
            + (tr("; %n already in the library", "", again) if again else "")
            + "."
        ]
        for outcome in outcomes:
            if not outcome.ok:
                lines.append("✗ " + outcome.error)
            lines += ["• " + note for note in outcome.notes]
        self.show_messages("\n".join(lines))

    def show_messages(self, text: str) -> None:
        self.messages.setText(text)
        self.messages.setVisible(bool(text))


# ---- wiring (app.py calls this once) -------------------------------------------------------------


def install_media(window: MainWindow, studio: Studio) -> LibraryPage:
    """Build the MediaService, the Library page, and connect the composer's image strip and the
    preview dock to it."""
    from studio.media.store import MediaStore
    from studio.media.thumbnails import ThumbnailCache
    from studio.services.media import MediaService
    from studio.ui.main_window import Section
    from studio.ui.platform_preview import install_preview_dock

    store = MediaStore(studio.paths.media_dir)
    service = MediaService(
        studio.tasks, studio.database, store, ThumbnailCache(studio.paths.thumbnails_dir, store)
    )
    studio.media = service
    page = LibraryPage(service, window.current_workspace() or _first(studio))
    window.set_section_page(Section.LIBRARY, page)

    def follow(workspace: WorkspaceData | None) -> None:
        if workspace is None:
            page.show_all_workspaces(studio.workspaces.workspaces)
        else:
            page.set_workspace(workspace)

    window.workspace_selected.connect(follow)
    follow(window.current_workspace())
    strip = getattr(window.composer, "media_strip", None)
    if strip is not None:
        strip.bind(service, studio.drafts, studio.analysis)
    install_preview_dock(window, studio.settings.author_name)
    return page


def _first(studio: Studio) -> WorkspaceData | None:
    workspaces = studio.workspaces.workspaces
    return workspaces[0] if workspaces else None
