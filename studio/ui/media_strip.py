"""The images of the post being composed: a strip under the text, in publishing order.

    [thumb 1][thumb 2][thumb 3]   Add Images…  ◀ ▶  Crop…  Alt Text…  Remove  Publish Kit…

Images are added with the native file dialog or by dropping files on the strip (they go into the
workspace's media library first, so the same photo is stored once), reordered by dragging or with
the arrow buttons (Ctrl+Shift+Left/Right), removed with Delete. "Alt Text…" edits the selected
image's description with each platform's limit shown; "Crop…" opens the crop editor; "Publish
Kit…" writes the post's kit (studio.services.publish_kit) with a progress bar.

The strip asks its host (the composer) only public things: `post_id`, `workspace()`, `state()`,
`flush()`, `details.platforms()`, `feedback_draft()`. A draft that has no row yet is saved first
when an image is attached, since an attachment needs a post to belong to. Every change goes
through the MediaService (DB-writer thread); thumbnails come decoded from its image pool.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import PLATFORMS, PlatformId, count
from studio.ui.flow_layout import wrapping_row
from studio.ui.i18n import tr

if TYPE_CHECKING:
    from studio.feedback.model import Draft, MediaFacts
    from studio.services.analysis import AnalysisService
    from studio.services.drafts import DraftService, DraftState
    from studio.services.media import ImportOutcome, MediaService
    from studio.services.publish_kit import KitReport
    from studio.storage.media_library import Attachment, MediaItem
    from studio.storage.repositories import WorkspaceData

STRIP_THUMB = 72
PREVIEW_THUMB = 1024  # what the crop editor and the preview pane draw from
IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.heic *.heif)"
_ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class ComposerHost(Protocol):
    """What the strip needs from the composer (all public there)."""

    @property
    def post_id(self) -> int | None: ...

    def workspace(self) -> WorkspaceData | None: ...

    def state(self) -> DraftState | None: ...

    def flush(self) -> None: ...

    def feedback_draft(self, state: DraftState | None = None) -> Draft: ...


def image_files(urls: Sequence[QUrl]) -> list[Path]:
    """The local files among dropped or pasted URLs."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


def placeholder_pixmap(size: QSize, colour: QColor) -> QPixmap:
    pixmap = QPixmap(size)
    pixmap.fill(colour)
    return pixmap


# ---- alt text ----------------------------------------------------------------------------------


def alt_text_limits(platforms: Sequence[PlatformId]) -> list[tuple[PlatformId, int | None, bool]]:
    """(platform, alt-text limit or None, required) for the platforms that say something."""
    rows = []
    for platform in platforms or tuple(PlatformId):
        media = PLATFORMS[platform].media
        if media.alt_text_limit is not None or media.alt_text_required:
            rows.append((platform, media.alt_text_limit, media.alt_text_required))
    return rows


class AltTextEditor(QWidget):
    """A description of an image, with its length against each platform's limit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._platforms: tuple[PlatformId, ...] = ()
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("alt_text_edit")
        self.edit.setAccessibleName(self.tr("Alt text"))
        self.edit.setPlaceholderText(
            self.tr("Describe what the image shows for people who cannot see it.")
        )
        self.edit.setTabChangesFocus(True)
        self.limits_label = QLabel(self)
        self.limits_label.setObjectName("alt_text_limits")
        self.limits_label.setWordWrap(True)
        self.limits_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.limits_label)
        self.edit.textChanged.connect(self._refresh)
        self.edit.textChanged.connect(self.changed)
        self._refresh()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def set_platforms(self, platforms: Sequence[PlatformId]) -> None:
        self._platforms = tuple(platforms)
        self._refresh()

    def over_limit(self) -> list[PlatformId]:
        used = self._length()
        return [p for p, limit, _ in alt_text_limits(self._platforms) if limit and used > limit]

    def _length(self) -> int:
        # Platforms count alt text in characters as people see them (graphemes).
        text = self.text()
        return count(PlatformId.MASTODON, text).used if text else 0

    def _refresh(self) -> None:
        used = self._length()
        parts = [self.tr("{count} characters").format(count=f"{used:,}")]
        warn = self.palette().color(self.palette().ColorRole.PlaceholderText)
        for platform, limit, required in alt_text_limits(self._platforms):
            name = PLATFORMS[platform].name
            if limit is not None:
                piece = self.tr("{platform} allows {limit}").format(
                    platform=name, limit=f"{limit:,}"
                )
                if used > limit:
                    piece = f"<b style='color:#c92a2a'>{piece}</b>"
            else:
                piece = self.tr("{platform} requires it").format(platform=name)
                if required and not self.text().strip():
                    piece = f"<b style='color:#c92a2a'>{piece}</b>"
            parts.append(piece)
        self.limits_label.setText(
            f"<span style='color:{warn.name()}'>" + " · ".join(parts) + "</span>"
        )


class AltTextDialog(QDialog):
    def __init__(
        self,
        item: MediaItem,
        platforms: Sequence[PlatformId],
        picture: QPixmap | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alt Text for {name}").format(name=item.original_name))
        self.setAccessibleName(self.tr("Alt text"))
        self.editor = AltTextEditor(self)
        self.editor.set_platforms(platforms)
        self.editor.set_text(item.alt_text)
        preview = QLabel(self)
        preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview.setMinimumSize(220, 160)
        if picture is not None and not picture.isNull():
            preview.setPixmap(
                picture.scaled(
                    QSize(260, 200),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(preview)
        row.addWidget(self.editor, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(640, 280)
        self.editor.edit.setFocus()


# ---- publish kit ------------------------------------------------------------------------------


class PublishKitDialog(QDialog):
    """Choose a folder and whether to remove all metadata; shows progress while writing."""

    def __init__(
        self, service: MediaService, post_ids: Sequence[int], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.post_ids = list(post_ids)
        self.report: KitReport | None = None
        self.setWindowTitle(self.tr("Export Publish Kit"))
        self.folder_edit = QLineEdit(str(Path.home() / "Publish kits"), self)
        self.folder_edit.setAccessibleName(self.tr("Folder for the kit"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_folder)
        self.strip_all = QCheckBox(self.tr("Remove all metadata (camera, date, copyright)"), self)
        explanation = QLabel(
            self.tr(
                "One folder per post: a caption per platform and every image cropped, resized "
                "and converted for that platform, with its alt text beside it. The location "
                "where a photo was taken is always removed."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self._close)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(folder_row)
        layout.addWidget(self.strip_all)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 240)
        service.kit_progress.connect(self._on_progress)
        service.kit_finished.connect(self._on_finished)
        service.kit_failed.connect(self._on_failed)

    def start(self) -> None:
        folder = Path(self.folder_edit.text()).expanduser()
        self.export_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Writing the kit…"))
        self.service.export_kit(
            folder, self.post_ids, remove_all_metadata=self.strip_all.isChecked()
        )

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the Publish Kit"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(what)

    def _on_finished(self, report: KitReport) -> None:
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        lines = [
            tr("Wrote %n image(s)", "", report.images)
            + tr(" for %n post(s) to {folder}.", "", report.posts).format(folder=report.out_dir)
        ]
        lines += report.problems
        self.status.setText("\n".join(lines))
        self.export_button.setEnabled(True)

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("The kit was not finished: {reason}").format(reason=message))
        self.export_button.setEnabled(True)

    def _close(self) -> None:
        self.service.cancel_kit()
        self.reject()


# ---- the strip --------------------------------------------------------------------------------


class _ThumbList(QListWidget):
    """Thumbnails in a row; dragging one reorders, dropping files adds them."""

    files_dropped = Signal(list)  # list[Path]
    order_changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListWidget.Movement.Snap)
        self.setIconSize(QSize(STRIP_THUMB, STRIP_THUMB))
        self.setGridSize(QSize(STRIP_THUMB + 14, STRIP_THUMB + 14))
        self.setFixedHeight(STRIP_THUMB + 32)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.model().rowsMoved.connect(lambda *_: self.order_changed.emit())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasUrls():
            files = image_files(event.mimeData().urls())
            event.acceptProposedAction()
            if files:
                self.files_dropped.emit(files)
            return
        super().dropEvent(event)


class MediaStrip(QWidget):
    changed = Signal()  # the post's images (or their alt text) changed: re-check the post
    crop_requested = Signal(object)  # Attachment

    def __init__(self, host: ComposerHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("media_strip")
        self.setAccessibleName(self.tr("Images of the post"))
        self.host = host
        self.service: MediaService | None = None
        self.drafts: DraftService | None = None
        self.analysis: AnalysisService | None = None
        self._post_id: int | None = None
        self._attachments: list[Attachment] = []
        self._pictures: dict[str, QPixmap] = {}  # sha256 -> thumbnail
        self._previews: dict[str, QImage] = {}  # sha256 -> large preview (crop editor, preview)
        self._pending: list[int] = []  # media ids waiting for the post's first save

        self.title = QLabel(self.tr("Images"), self)
        self.title.setObjectName("media_strip_title")
        self.hint = QLabel(self.tr("Drop images here or add them — they are shown in this order."))
        self.hint.setObjectName("media_strip_hint")
        self.hint.setForegroundRole(self.hint.foregroundRole())
        self.list = _ThumbList(self)
        self.list.setAccessibleName(self.tr("Attached images, in order"))

        self.add_button = self._button(self.tr("Add Images…"), self.add_images)
        self.left_button = self._tool("go-previous", self.tr("Move Earlier"), self.move_earlier)
        self.right_button = self._tool("go-next", self.tr("Move Later"), self.move_later)
        self.crop_button = self._button(self.tr("Crop…"), self.crop_selected)
        self.alt_button = self._button(self.tr("Alt Text…"), self.edit_alt_text)
        self.remove_button = self._button(self.tr("Remove"), self.remove_selected)
        self.kit_button = self._button(self.tr("Publish Kit…"), self.export_kit)
        self.kit_button.setToolTip(
            self.tr("Captions and images made for each platform, without location data")
        )
        self.message = QLabel(self)
        self.message.setObjectName("media_strip_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.title.setContentsMargins(0, 0, 6, 0)
        self.hint.setWordWrap(True)  # a narrow column wraps the sentence instead of cutting it
        # Title and hint on one line, the buttons on the next; the buttons wrap onto more rows
        # when the column is narrow, rather than making the whole window wider.
        heading = QHBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(self.title)
        heading.addWidget(self.hint, 1)
        self.button_row = wrapping_row(
            self,
            [
                self.add_button,
                self.left_button,
                self.right_button,
                self.crop_button,
                self.alt_button,
                self.remove_button,
                self.kit_button,
            ],
        )
        self.button_row.setObjectName("media_strip_buttons")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.button_row)
        layout.addWidget(self.list)
        layout.addWidget(self.message)

        QShortcut(QKeySequence("Ctrl+Shift+Left"), self.list, self.move_earlier)
        QShortcut(QKeySequence("Ctrl+Shift+Right"), self.list, self.move_later)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.remove_selected)
        self.list.files_dropped.connect(self.add_files)
        self.list.order_changed.connect(self._store_order)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_alt_text())
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(0)
        self._sync_timer.timeout.connect(self.sync)
        self.setAcceptDrops(True)  # the whole strip takes files, also while it is empty
        self._update_buttons()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = image_files(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _tool(self, icon: str, text: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(QIcon.fromTheme(icon))
        button.setText("◀" if "Earlier" in text else "▶")
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    # ---- wiring ----------------------------------------------------------------------------

    def bind(
        self,
        service: MediaService,
        drafts: DraftService | None = None,
        analysis: AnalysisService | None = None,
    ) -> None:
        """Connect to the services (app.py calls this once both exist)."""
        self.service = service
        self.drafts = drafts
        self.analysis = analysis
        service.attachments_changed.connect(self._on_attachments_changed)
        service.item_changed.connect(lambda _item: self.reload())
        service.thumbnail_ready.connect(self._on_thumbnail)
        service.failed.connect(self._show_message)
        if drafts is not None:
            drafts.saved.connect(lambda _state: self._sync_timer.start())
        body = getattr(self.host, "body_edit", None)
        if body is not None:
            body.textChanged.connect(self._sync_timer.start)
        self.sync()

    def sync(self) -> None:
        """Follow the composer to the post it shows now; attach what waited for its first save."""
        post_id = self.host.post_id
        if post_id != self._post_id:
            self._post_id = post_id
            if post_id is not None and self._pending and self.service is not None:
                waiting, self._pending = self._pending, []
                self.service.attach(post_id, waiting)
            self.reload()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self._sync_timer.start()

    # ---- what others read ------------------------------------------------------------------

    @property
    def attachments(self) -> list[Attachment]:
        return list(self._attachments)

    def media_facts(self) -> tuple[MediaFacts, ...]:
        from studio.services.media import media_facts

        return media_facts(self._attachments)

    def preview_image(self, sha256: str) -> QImage | None:
        """The large upright preview of an attached image, once the image pool made it."""
        found = self._previews.get(sha256)
        if found is None and self.service is not None:
            self.service.request_thumbnail(sha256, PREVIEW_THUMB)
        return found

    def selected(self) -> Attachment | None:
        item = self.list.currentItem()
        return item.data(_ATTACHMENT_ROLE) if item is not None else None

    # ---- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        previous = self.selected()
        self._attachments = self.service.attachments(self._post_id) if self.service else []
        self.list.blockSignals(True)
        self.list.model().blockSignals(True)
        self.list.clear()
        for attachment in self._attachments:
            entry = QListWidgetItem(self._icon_for(attachment.media.sha256), "")
            entry.setData(_ATTACHMENT_ROLE, attachment)
            entry.setToolTip(self._tooltip(attachment))
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, attachment.media.original_name)
            self.list.addItem(entry)
        self.list.model().blockSignals(False)
        self.list.blockSignals(False)
        if previous is not None:
            for row, attachment in enumerate(self._attachments):
                if attachment.id == previous.id:
                    self.list.setCurrentRow(row)
        elif self._attachments:
            self.list.setCurrentRow(0)
        self.title.setText(
            self.tr("Images ({count})").format(count=len(self._attachments))
            if self._attachments
            else self.tr("Images")
        )
        self._update_buttons()
        self.changed.emit()
        self._reanalyse()

    def _tooltip(self, attachment: Attachment) -> str:
        media = attachment.media
        alt = media.alt_text.strip() or self.tr("no alt text yet")
        return f"{media.original_name}\n{media.width}×{media.height}\n{alt}"

    def _icon_for(self, sha256: str) -> QIcon:
        pixmap = self._pictures.get(sha256)
        if pixmap is None and self.service is not None:
            self.service.request_thumbnail(sha256, PREVIEW_THUMB)
            pixmap = self._pictures.get(sha256)  # a synchronous runner answers at once
        if pixmap is None:
            pixmap = placeholder_pixmap(
                QSize(STRIP_THUMB, STRIP_THUMB), self.palette().color(self.palette().ColorRole.Mid)
            )
        return QIcon(pixmap)

    def _on_thumbnail(self, sha256: str, size: int, image: QImage) -> None:
        if size != PREVIEW_THUMB:
            return
        self._previews[sha256] = image
        self._pictures[sha256] = QPixmap.fromImage(
            image.scaled(
                STRIP_THUMB,
                STRIP_THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(_ATTACHMENT_ROLE).media.sha256 == sha256:
                entry.setIcon(QIcon(self._pictures[sha256]))
        self.changed.emit()  # the preview pane can draw the picture now

    def _on_attachments_changed(self, post_id: int) -> None:
        if post_id == self._post_id:
            self.reload()

    # ---- actions -----------------------------------------------------------------------------

    def add_images(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add Images to the Post"), str(Path.home()), self.tr(IMAGE_FILTER)
        )
        if files:
            self.add_files([Path(name) for name in files])

    def add_files(self, files: list[Path]) -> None:
        workspace = self.host.workspace()
        if self.service is None or workspace is None:
            self._show_message(self.tr("Create a workspace first: images belong to one."))
            return
        self.service.import_files(workspace.id, files, on_done=self._imported)

    def attach_items(self, media_ids: Sequence[int]) -> None:
        """Attach library images (already imported) after the ones there."""
        if self.service is None or not media_ids:
            return
        post_id = self._post_id_saving_first()
        if post_id is None:
            self._pending += list(media_ids)
            return
        self.service.attach(post_id, list(media_ids))

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        problems = [outcome.error for outcome in outcomes if not outcome.ok]
        self._show_message("\n".join(problems))
        self.attach_items([outcome.item.id for outcome in outcomes if outcome.item is not None])

    def _post_id_saving_first(self) -> int | None:
        if self.host.post_id is None and self.drafts is not None:
            state = self.host.state()
            if state is not None:
                self.drafts.edited(state)
                self.host.flush()
        self._post_id = self.host.post_id
        return self._post_id

    def move_earlier(self) -> None:
        self._move(-1)

    def move_later(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.setCurrentRow(target)
        self._store_order()

    def _store_order(self) -> None:
        if self.service is None or self._post_id is None:
            return
        ids = [self.list.item(row).data(_ATTACHMENT_ROLE).id for row in range(self.list.count())]
        if ids != [attachment.id for attachment in self._attachments]:
            self.service.reorder(self._post_id, ids)

    def remove_selected(self) -> None:
        attachment = self.selected()
        if attachment is not None and self.service is not None:
            self.service.detach(attachment)

    def crop_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or self.service is None:
            return
        from studio.ui.crop_editor import CropEditorDialog

        dialog = CropEditorDialog(
            attachment, self.platforms(), self.preview_image(attachment.media.sha256), self
        )
        self.service.thumbnail_ready.connect(dialog.take_preview)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed_boxes():
            self.service.set_crops(attachment, dialog.changed_boxes())

    def edit_alt_text(self) -> None:
        attachment = self.selected()
        if attachment is None or self.service is None:
            return
        dialog = AltTextDialog(
            attachment.media, self.platforms(), self._pictures.get(attachment.media.sha256), self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text = dialog.editor.text().strip()
            if text != attachment.media.alt_text:
                self.service.update_alt_text(attachment.media, text)

    def export_kit(self) -> None:
        post_id = self._post_id_saving_first()
        if self.service is None or post_id is None:
            self._show_message(self.tr("Write something first: a kit is made from a saved post."))
            return
        self.host.flush()
        dialog = PublishKitDialog(self.service, [post_id], self)
        dialog.open()

    def platforms(self) -> tuple[PlatformId, ...]:
        details = getattr(self.host, "details", None)
        return tuple(details.platforms()) if details is not None else ()

    # ---- helpers -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        has_service = self.service is not None
        row = self.list.currentRow()
        chosen = row >= 0
        self.add_button.setEnabled(has_service)
        self.kit_button.setEnabled(has_service)
        for button in (self.crop_button, self.alt_button, self.remove_button):
            button.setEnabled(has_service and chosen)
        self.left_button.setEnabled(has_service and row > 0)
        self.right_button.setEnabled(has_service and chosen and row < self.list.count() - 1)
        self.list.setVisible(bool(self._attachments))
        self.hint.setVisible(not self._attachments)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _reanalyse(self) -> None:
        if self.analysis is not None:
            self.analysis.request(self.host.feedback_draft())

    def paintEvent(self, event: object) -> None:  # type: ignore[override]
        # A faint frame marks the strip as one drop target.
        super().paintEvent(event)  # type: ignore[arg-type]
        painter = QPainter(self)
        colour = self.palette().color(self.palette().ColorRole.Mid)
        colour.setAlpha(90)
        painter.setPen(colour)
        painter.drawLine(0, 0, self.width(), 0)
        painter.end()
