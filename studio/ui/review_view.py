"""Review mode on one post: the text read-only, comments beside it, and the decision buttons.

The text cannot be edited here, only selected. Select a passage and choose Comment (Ctrl+Alt+M,
as in office suites): a comment box opens above the list of comments. Each thread is a card with
its passage quoted, its comments and replies (author, time), a reply field and Resolve / Reopen.
Passages with open comments are highlighted in the text (tint and underline); clicking a highlight
selects its card, clicking a card selects its passage. F8 / Shift+F8 walk from comment to comment.
A comment whose passage is gone is kept, shown as orphaned with the words it was made on.
Images of the post are shown under the text; clicking one pins a comment to that point.

The view shows a `ReviewDocument` (studio.services.review) and only emits what the person asked
for; the review page sends it to the database or to an open review file.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.domain.platforms import PLATFORMS, PlatformId
from studio.domain.posts import Status, can_transition
from studio.domain.text import OffsetMap
from studio.feedback.model import Finding
from studio.services.review import MediaItem, ReviewDocument, ThreadItem, TimelineEntry
from studio.storage.review import BODY
from studio.ui.flow_layout import wrapping_row
from studio.ui.i18n import tr
from studio.ui.theme import accent_for, is_dark

COMMENT_SHORTCUT = "Ctrl+Alt+M"  # Insert Comment in LibreOffice, Word and Google Docs
NEXT_SHORTCUTS = ("F8", "Ctrl+Alt+Down")
PREVIOUS_SHORTCUTS = ("Shift+F8", "Ctrl+Alt+Up")
PIN_SIZE = 220  # longest side of an image shown for pins


def target_name(target: str) -> str:
    if target == BODY:
        return tr("Main text")
    try:
        return PLATFORMS[PlatformId(target)].name
    except (ValueError, KeyError):
        return target


def status_text(status: Status) -> str:
    return QCoreApplication.translate("Status", status.label)


def when_text(entry_time: object) -> str:
    from datetime import datetime

    if isinstance(entry_time, datetime):
        return entry_time.astimezone().strftime("%d %b %Y, %H:%M")
    return str(entry_time)


# ---- a thread as a card -------------------------------------------------------------------------


class ThreadCard(QFrame):
    """One thread: quote, comments and replies, a reply field, Resolve / Reopen."""

    clicked = Signal(object)  # ThreadItem
    reply_requested = Signal(object, str)  # ThreadItem, text
    resolve_requested = Signal(object, bool)  # ThreadItem, resolved

    def __init__(self, number: int, thread: ThreadItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thread = thread
        self.number = number
        self.setObjectName(f"thread_{thread.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        first = thread.comments[0] if thread.comments else None
        self.setAccessibleName(
            tr("Comment {number} by {author}").format(
                number=number, author=first.author if first else ""
            )
        )
        self._bylines: list[tuple[QLabel, str, object]] = []
        self._restyling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)

        heading = QHBoxLayout()
        badge = QLabel(str(number), self)
        badge.setObjectName("thread_number")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedSize(22, 22)
        heading.addWidget(badge)
        where = []
        if thread.target != BODY:
            where.append(target_name(thread.target))
        if thread.is_pin:
            where.append(tr("On an image"))
        if thread.orphaned:
            where.append(tr("Passage no longer in the text"))
        elif thread.resolved:
            where.append(tr("Resolved"))
        elif not thread.quote and not thread.is_pin:
            where.append(tr("On the whole post"))
        self.state_label = QLabel(" · ".join(where), self)
        self.state_label.setObjectName("thread_state")
        self.state_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        heading.addWidget(self.state_label, 1)
        self.resolve_button = QToolButton(self)
        self.resolve_button.setObjectName("resolve_button")
        self.resolve_button.setText(tr("Reopen") if thread.resolved else tr("Resolve"))
        self.resolve_button.setAccessibleName(self.resolve_button.text())
        self.resolve_button.setToolTip(
            tr("Open this thread again") if thread.resolved else tr("Mark this thread as done")
        )
        self.resolve_button.clicked.connect(
            lambda: self.resolve_requested.emit(self.thread, not self.thread.resolved)
        )
        heading.addWidget(self.resolve_button)
        layout.addLayout(heading)

        if thread.quote:
            quote = QLabel(self)
            quote.setObjectName("thread_quote")
            quote.setWordWrap(True)
            quote.setTextFormat(Qt.TextFormat.PlainText)
            shown = thread.quote if len(thread.quote) <= 160 else thread.quote[:157] + "…"
            quote.setText(f"“{shown}”")
            font = quote.font()
            font.setItalic(True)
            if thread.orphaned:
                font.setStrikeOut(True)  # the words are gone from the text
            quote.setFont(font)
            quote.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            quote.setAccessibleName(tr("Quoted passage: {quote}").format(quote=thread.quote))
            layout.addWidget(quote)

        for index, comment in enumerate(thread.comments):
            # Who and when on one line, the words below: two labels, so a narrow column wraps
            # each on its own and never hides the comment itself.
            byline = QLabel(self)
            byline.setObjectName("comment_byline" if index == 0 else "reply_byline")
            byline.setTextFormat(Qt.TextFormat.RichText)
            self._bylines.append((byline, comment.author or tr("Someone"), comment.created_at))
            block = QLabel(self)
            block.setObjectName("comment_text" if index == 0 else "reply_text")
            block.setWordWrap(True)
            block.setTextFormat(Qt.TextFormat.PlainText)
            block.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            block.setText(comment.body)
            block.setAccessibleName(
                tr("{author}, {when}: {text}").format(
                    author=comment.author, when=when_text(comment.created_at), text=comment.body
                )
            )
            if index:
                byline.setContentsMargins(16, 4, 0, 0)
                block.setContentsMargins(16, 0, 0, 0)
            layout.addWidget(byline)
            layout.addWidget(block)

        reply_row = QHBoxLayout()
        self.reply_edit = QLineEdit(self)
        self.reply_edit.setObjectName("reply_edit")
        self.reply_edit.setPlaceholderText(tr("Reply…"))
        self.reply_edit.setAccessibleName(tr("Reply to comment {number}").format(number=number))
        self.reply_edit.returnPressed.connect(self._reply)
        self.reply_button = QPushButton(tr("Reply"), self)
        self.reply_button.setObjectName("reply_button")
        self.reply_button.setAccessibleName(tr("Send reply"))
        self.reply_button.clicked.connect(self._reply)
        reply_row.addWidget(self.reply_edit, 1)
        reply_row.addWidget(self.reply_button)
        layout.addLayout(reply_row)
        self.set_selected(False)

    def changeEvent(self, event: QEvent) -> None:
        # Colours are written into the style sheet, so a theme switch (light ⇄ dark) rewrites
        # them; Qt delivers the new palette after the card may already have been built.
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            try:
                self.set_selected(bool(self.property("selected")))
            finally:
                self._restyling = False
        super().changeEvent(event)

    def _fill_bylines(self) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for byline, author, created_at in self._bylines:
            byline.setText(
                f"<b>{html.escape(author)}</b>&nbsp; <span style='color:{muted}'>"
                f"{html.escape(when_text(created_at))}</span>"
            )

    def set_selected(self, selected: bool) -> None:
        self._fill_bylines()
        palette = self.palette()
        accent = accent_for(palette)
        border = accent.name() if selected else palette.color(QPalette.ColorRole.Mid).name()
        tint = QColor(accent)
        tint.setAlpha(28 if selected else 0)
        base = palette.color(QPalette.ColorRole.Base).name()
        width = 2 if selected else 1
        faded = self.thread.resolved and not selected
        self.setStyleSheet(
            f"ThreadCard {{ background: {base}; border: {width}px solid {border};"
            f" border-radius: 8px; }}"
            f"ThreadCard > QLabel#thread_number {{ background: {accent.name()}; color: white;"
            " border-radius: 11px; font-weight: bold; }"
            + (
                "ThreadCard > QLabel#comment_text { color: palette(placeholder-text); }"
                if faded
                else ""
            )
        )
        self.setProperty("selected", selected)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.thread)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.clicked.emit(self.thread)
        super().focusInEvent(event)  # type: ignore[arg-type]

    def _reply(self) -> None:
        text = self.reply_edit.text().strip()
        if text:
            self.reply_requested.emit(self.thread, text)
            self.reply_edit.clear()


# ---- an image with pins --------------------------------------------------------------------------


class PinImage(QLabel):
    """One of the post's images; numbered dots where comments are pinned; a click adds one."""

    pin_clicked = Signal(int, float, float)  # media id, x, y (fractions)

    def __init__(self, item: MediaItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"pin_image_{item.media_id}")
        self.setAccessibleName(tr("Image: {alt}").format(alt=item.alt_text or tr("no description")))
        self.setToolTip(tr("Click a point of the image to comment on it"))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._pins: list[tuple[int, float, float]] = []
        pixmap = QPixmap(str(item.path)) if item.path is not None else QPixmap()
        if pixmap.isNull():
            self.setText(tr("Image not on this computer"))
            self.setFixedSize(PIN_SIZE, PIN_SIZE * 2 // 3)
            self.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setFrameShape(QFrame.Shape.StyledPanel)
        else:
            self.setPixmap(
                pixmap.scaled(
                    PIN_SIZE,
                    PIN_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.setFixedSize(self.pixmap().size())

    def set_pins(self, pins: Sequence[tuple[int, float, float]]) -> None:
        self._pins = list(pins)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x = min(max(event.position().x() / max(self.width(), 1), 0.0), 1.0)
        y = min(max(event.position().y() / max(self.height(), 1), 0.0), 1.0)
        self.pin_clicked.emit(self.item.media_id, x, y)

    def paintEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().paintEvent(event)  # type: ignore[arg-type]
        if not self._pins:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = accent_for(self.palette())
        for number, x, y in self._pins:
            centre = QPointF(x * self.width(), y * self.height())
            painter.setPen(QColor("white"))
            painter.setBrush(accent)
            painter.drawEllipse(centre, 10, 10)
            painter.drawText(
                int(centre.x()) - 10,
                int(centre.y()) - 10,
                20,
                20,
                Qt.AlignmentFlag.AlignCenter,
                str(number),
            )
        painter.end()


# ---- small dialogs ----------------------------------------------------------------------------


class CommentDialog(QDialog):
    """Asks for a text; OK only once there is some (a request for changes must say what)."""

    def __init__(
        self, title: str, prompt: str, ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setObjectName("comment_dialog")
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("comment_dialog_text")
        self.edit.setAccessibleName(title)
        label.setBuddy(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.edit.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.resize(460, 260)

    def text(self) -> str:
        return self.edit.toPlainText().strip()


# ---- the view -----------------------------------------------------------------------------------


class _TextClicks(QObject):
    """Clicks in the read-only text (a click without dragging selects the comment there)."""

    def __init__(self, view: ReviewView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.view._text_clicked()
        return False


class ReviewView(QWidget):
    comment_requested = Signal(str, object, object, str)  # target, start, end (None), text
    pin_requested = Signal(int, float, float, str)  # media id, x, y, text
    reply_requested = Signal(object, str)  # ThreadItem, text
    resolve_requested = Signal(object, bool)  # ThreadItem, resolved
    request_changes_requested = Signal(str, str, object, object)  # text, target, start, end
    approve_requested = Signal(object)  # tuple of confirmed strong rule ids
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_view")
        self.setAccessibleName(tr("Review"))
        self.document: ReviewDocument | None = None
        self.cards: list[ThreadCard] = []
        self.current_thread: ThreadItem | None = None
        self._pending_selection: tuple[str, int, int] | None = None  # target, start, end
        self._pending_pin: tuple[int, float, float] | None = None  # media id, x, y
        self.cards_placeholder: QLabel | None = None
        # False while the window shows another section: the comment shortcuts are window-wide
        # (see make_shortcuts_window_wide) and must not take F8 away from the other pages.
        self.section_active = True
        self._build_actions()
        self._build()

    # ---- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(name: str, text: str, keys: Sequence[str], tip: str) -> QAction:
            made = QAction(text, self)
            made.setObjectName(f"action_{name}")
            made.setShortcuts([QKeySequence(k) for k in keys])
            # Only while the review has focus: F8 means other things elsewhere.
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setStatusTip(tip)
            if keys:
                shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
                made.setToolTip(f"{tip} ({shown})")
            else:
                made.setToolTip(tip)
            self.addAction(made)
            return made

        self.comment_action = action(
            "comment", tr("&Comment"), [COMMENT_SHORTCUT], tr("Comment on the selected passage")
        )
        self.comment_action.triggered.connect(self.start_comment)
        self.next_action = action(
            "next_comment", tr("&Next Comment"), NEXT_SHORTCUTS, tr("Go to the next comment")
        )
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = action(
            "previous_comment",
            tr("&Previous Comment"),
            PREVIOUS_SHORTCUTS,
            tr("Go to the previous comment"),
        )
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.request_changes_action = action(
            "request_changes", tr("Request C&hanges…"), [], tr("Send the post back with a comment")
        )
        self.request_changes_action.triggered.connect(self.request_changes)
        self.approve_action = action("approve", tr("&Approve…"), [], tr("Approve the post"))
        self.approve_action.triggered.connect(lambda: self.approve())  # not `checked`
        self.history_action = action(
            "revision_history", tr("Revision &History…"), [], tr("Earlier versions of the post")
        )
        self.history_action.triggered.connect(self.history_requested.emit)

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("review_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("review_status")
        self.meta_label = QLabel(self)
        self.meta_label.setObjectName("review_meta")
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        def button(action: QAction, name: str, primary: bool = False) -> QPushButton:
            made = QPushButton(action.text().replace("&", ""), self)
            made.setObjectName(name)
            made.setAccessibleName(made.text().rstrip("…"))
            made.setToolTip(action.toolTip())
            made.clicked.connect(action.trigger)
            made.setDefault(primary)
            return made

        self.comment_button = button(self.comment_action, "comment_button")
        self.history_button = button(self.history_action, "history_button")
        self.request_changes_button = button(self.request_changes_action, "request_changes_button")
        self.approve_button = button(self.approve_action, "approve_button", primary=True)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        # Its whole length when there is room; a narrow window cuts a long title (the tooltip
        # has it) instead of the title setting the window's minimum width.
        self.title_label.setMinimumWidth(120)
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        titles.addLayout(title_row)
        titles.addWidget(self.meta_label)
        header.addLayout(titles, 1)
        # The four buttons wrap onto a second row in a narrow window instead of widening it.
        self.decision_row = wrapping_row(
            self,
            [
                self.comment_button,
                self.history_button,
                self.request_changes_button,
                self.approve_button,
            ],
        )
        self.decision_row.setObjectName("review_buttons")
        header.addWidget(self.decision_row, 0, Qt.AlignmentFlag.AlignTop)

        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("review_target")
        self.target_combo.setAccessibleName(tr("Text to review"))
        self.target_combo.currentIndexChanged.connect(self._show_target)
        target_label = QLabel(tr("&Text:"), self)
        target_label.setBuddy(self.target_combo)
        self.target_label = target_label
        self.hint_label = QLabel(
            tr("Select words and press {keys} to comment on them.").format(
                keys=QKeySequence(COMMENT_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            ),
            self,
        )
        self.hint_label.setObjectName("review_hint")
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        target_row = QHBoxLayout()
        target_row.addWidget(target_label)
        target_row.addWidget(self.target_combo)
        target_row.addStretch(0)
        target_row.addWidget(self.hint_label, 1)

        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("review_text")
        self.text_view.setAccessibleName(tr("Post text (read-only)"))
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        text_font = self.text_view.font()
        text_font.setPointSizeF(text_font.pointSizeF() * 1.12)
        self.text_view.setFont(text_font)
        self.text_view.document().setDocumentMargin(14)
        self._clicks = _TextClicks(self)
        self.text_view.viewport().installEventFilter(self._clicks)
        self.text_view.selectionChanged.connect(self._update_actions)

        self.media_row = QHBoxLayout()
        self.media_row.setSpacing(8)
        self.media_box = QWidget(self)
        self.media_box.setObjectName("review_media")
        self.media_box.setAccessibleName(tr("Images"))
        media_layout = QVBoxLayout(self.media_box)
        media_layout.setContentsMargins(0, 0, 0, 0)
        media_label = QLabel(tr("Images — click a point to comment on it"), self.media_box)
        media_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        media_layout.addWidget(media_label)
        media_layout.addLayout(self.media_row)
        self.media_box.hide()
        self.pin_images: list[PinImage] = []

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(target_row)
        left_layout.addWidget(self.text_view, 1)
        left_layout.addWidget(self.media_box)

        # The comment box: opened by Comment, above the threads.
        self.comment_box = QFrame(self)
        self.comment_box.setObjectName("comment_box")
        self.comment_box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(self.comment_box)
        self.comment_quote = QLabel(self.comment_box)
        self.comment_quote.setObjectName("comment_box_quote")
        self.comment_quote.setWordWrap(True)
        self.comment_quote.setTextFormat(Qt.TextFormat.PlainText)
        self.comment_quote.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.comment_edit = QPlainTextEdit(self.comment_box)
        self.comment_edit.setObjectName("comment_edit")
        self.comment_edit.setAccessibleName(tr("New comment"))
        self.comment_edit.setPlaceholderText(tr("Your comment (Ctrl+Enter to send)"))
        self.comment_edit.setFixedHeight(84)
        self.comment_edit.installEventFilter(self)
        self.comment_send = QPushButton(tr("Comment"), self.comment_box)
        self.comment_send.setObjectName("comment_send")
        self.comment_send.setAccessibleName(tr("Send comment"))
        self.comment_send.clicked.connect(self.submit_comment)
        self.comment_cancel = QPushButton(tr("Cancel"), self.comment_box)
        self.comment_cancel.setObjectName("comment_cancel")
        self.comment_cancel.clicked.connect(self.cancel_comment)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        send_row.addWidget(self.comment_cancel)
        send_row.addWidget(self.comment_send)
        box_layout.addWidget(self.comment_quote)
        box_layout.addWidget(self.comment_edit)
        box_layout.addLayout(send_row)
        self.comment_box.hide()

        self.show_resolved = QCheckBox(tr("Show &resolved"), self)
        self.show_resolved.setObjectName("show_resolved")
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _: self._fill_threads())
        self.threads_holder = QWidget(self)
        self.threads_layout = QVBoxLayout(self.threads_holder)
        self.threads_layout.setContentsMargins(4, 4, 4, 4)
        self.threads_layout.setSpacing(8)
        self.threads_layout.addStretch(1)
        self.threads_scroll = QScrollArea(self)
        self.threads_scroll.setObjectName("threads")
        self.threads_scroll.setAccessibleName(tr("Comments"))
        self.threads_scroll.setWidgetResizable(True)
        self.threads_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.threads_scroll.setWidget(self.threads_holder)
        comments_page = QWidget(self)
        comments_layout = QVBoxLayout(comments_page)
        comments_layout.setContentsMargins(4, 6, 4, 4)
        comments_layout.addWidget(self.comment_box)
        comments_layout.addWidget(self.show_resolved)
        comments_layout.addWidget(self.threads_scroll, 1)

        self.timeline_view = QTextEdit(self)
        self.timeline_view.setObjectName("timeline")
        self.timeline_view.setAccessibleName(tr("Status timeline"))
        self.timeline_view.setReadOnly(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("review_tabs")
        self.tabs.setAccessibleName(tr("Comments and timeline"))
        self.tabs.addTab(comments_page, tr("Comments"))
        self.tabs.addTab(self.timeline_view, tr("Timeline"))

        splitter = QSplitter(self)
        splitter.setObjectName("review_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        self.tabs.setMinimumWidth(280)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self._update_actions()

    # ---- showing a document -----------------------------------------------------------------

    def show_document(self, document: ReviewDocument) -> None:
        """Show `document`, keeping the text shown and the thread selected when it is the same
        post (a comment was added, a thread resolved)."""
        same = self.document is not None and self.document.key == document.key
        target = self.current_target() if same else BODY
        keep = self.current_thread.key if same and self.current_thread else None
        self.document = document
        self.title_label.setText(document.title or tr("(untitled)"))
        self.title_label.setToolTip(self.title_label.text())
        self._show_status(document.status)
        meta = []
        if document.author:
            meta.append(tr("Written by {author}").format(author=document.author))
        if document.from_file:
            meta.append(tr("From a review file: the text cannot change here"))
        if document.outdated_decisions:
            meta.append(
                tr(
                    "%n decision(s) from review files made on older text",
                    "",
                    document.outdated_decisions,
                )
            )
        self.meta_label.setText(" · ".join(meta))
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for name, _text in document.texts:
            label = (
                target_name(name)
                if name == BODY
                else tr("{name} (own text)").format(name=target_name(name))
            )
            self.target_combo.addItem(label, name)
        index = self.target_combo.findData(target)
        self.target_combo.setCurrentIndex(max(index, 0))
        self.target_combo.blockSignals(False)
        self.target_combo.setVisible(self.target_combo.count() > 1)
        self.target_label.setVisible(self.target_combo.count() > 1)
        self._show_media(document.media)
        self._show_target()
        self._fill_threads()
        self._fill_timeline(document.timeline)
        self.tabs.setTabText(
            0,
            tr("Comments ({count})").format(
                count=sum(1 for t in document.threads if not t.resolved)
            ),
        )
        if keep is not None:
            thread = next((t for t in document.threads if t.key == keep), None)
            if thread is not None:
                self.select_thread(thread, move_text=False)
        self._update_actions()

    def _show_status(self, status: Status) -> None:
        accent = accent_for(self.palette())
        self.status_label.setText(status_text(status))
        self.status_label.setAccessibleName(
            tr("Status: {status}").format(status=status_text(status))
        )
        self.status_label.setStyleSheet(
            f"QLabel {{ border: 1px solid {accent.name()}; color: {accent.name()};"
            " border-radius: 9px; padding: 1px 8px; font-weight: 600; }"
        )

    def current_target(self) -> str:
        return self.target_combo.currentData() or BODY

    def _show_target(self, *_: object) -> None:
        if self.document is None:
            return
        self.text_view.setPlainText(self.document.text(self.current_target()))
        self._paint_highlights()

    def _visible_threads(self) -> list[ThreadItem]:
        if self.document is None:
            return []
        show_resolved = self.show_resolved.isChecked()
        return [t for t in self._ordered_threads() if show_resolved or not t.resolved]

    def _ordered_threads(self) -> list[ThreadItem]:
        """Threads in reading order: each text's passages by position, then the rest."""
        if self.document is None:
            return []
        order = {name: index for index, (name, _text) in enumerate(self.document.texts)}

        def key(thread: ThreadItem) -> tuple[int, int, int]:
            if thread.is_passage:
                return (0, order.get(thread.target, 99), thread.start or 0)
            return (1 if thread.is_pin else 2, 0, 0)

        return sorted(self.document.threads, key=key)

    def _fill_threads(self) -> None:
        old: list[QWidget] = [*self.cards]
        if self.cards_placeholder is not None:
            old.append(self.cards_placeholder)
        for widget in old:
            # Out of the layout at once (deleteLater waits for the event loop).
            widget.hide()
            self.threads_layout.removeWidget(widget)
            widget.deleteLater()
        self.cards = []
        self.cards_placeholder = None
        numbers = {t.key: n for n, t in enumerate(self._ordered_threads(), start=1)}
        for thread in self._visible_threads():
            card = ThreadCard(numbers[thread.key], thread, self.threads_holder)
            card.clicked.connect(lambda t: self.select_thread(t))
            card.reply_requested.connect(self.reply_requested.emit)
            card.resolve_requested.connect(self.resolve_requested.emit)
            self.threads_layout.insertWidget(self.threads_layout.count() - 1, card)
            self.cards.append(card)
        if not self.cards:
            empty = QLabel(tr("No comments yet. Select a passage and choose Comment."))
            empty.setWordWrap(True)
            empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            empty.setObjectName("no_comments")
            self.threads_layout.insertWidget(0, empty)
            self.cards_placeholder = empty
        if self.current_thread is not None:
            for card in self.cards:
                card.set_selected(card.thread.key == self.current_thread.key)
        self._paint_pins()

    def _fill_timeline(self, entries: Sequence[TimelineEntry]) -> None:
        if not entries:
            self.timeline_view.setHtml(f"<p><i>{html.escape(tr('No status changes yet.'))}</i></p>")
            return
        rows = []
        for entry in reversed(entries):  # newest first
            moved = (
                f"{html.escape(status_text(entry.from_status))} → "
                if entry.from_status is not None
                else ""
            )
            note = f"<br>{html.escape(entry.note).replace(chr(10), '<br>')}" if entry.note else ""
            rows.append(
                f"<p><b>{moved}{html.escape(status_text(entry.to_status))}</b><br>"
                f"{html.escape(entry.who or tr('Someone'))}, {html.escape(when_text(entry.when))}"
                f"{note}</p>"
            )
        self.timeline_view.setHtml("".join(rows))

    def _show_media(self, media: Sequence[MediaItem]) -> None:
        for image in self.pin_images:
            image.hide()
            self.media_row.removeWidget(image)
            image.deleteLater()
        self.pin_images = []
        for item in media:
            image = PinImage(item, self.media_box)
            image.pin_clicked.connect(self.start_pin)
            self.media_row.addWidget(image)
            self.pin_images.append(image)
        self.media_box.setVisible(bool(self.pin_images))

    def _paint_pins(self) -> None:
        if self.document is None:
            return
        numbers = {t.key: n for n, t in enumerate(self._ordered_threads(), start=1)}
        for image in self.pin_images:
            image.set_pins(
                [
                    (numbers[t.key], t.pin[0], t.pin[1])
                    for t in self._visible_threads()
                    if t.media_id == image.item.media_id and t.pin is not None
                ]
            )

    def _paint_highlights(self) -> None:
        """Tint and underline where open comments sit; the selected one stronger."""
        if self.document is None:
            return
        text = self.document.text(self.current_target())
        offsets = OffsetMap(text)
        accent = accent_for(self.palette())
        selections = []
        for thread in self.document.threads:
            if thread.target != self.current_target() or not thread.is_passage:
                continue
            chosen = self.current_thread is not None and self.current_thread.key == thread.key
            if thread.resolved and not chosen:
                continue
            tint = QColor(accent)
            tint.setAlpha(110 if chosen else (70 if is_dark(self.palette()) else 45))
            char_format = QTextCharFormat()
            char_format.setBackground(tint)
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(accent)
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(offsets.to_utf16(thread.start or 0))
            cursor.setPosition(offsets.to_utf16(thread.end or 0), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = char_format  # type: ignore[attr-defined]
            selections.append(selection)
        self.text_view.setExtraSelections(selections)

    # ---- selecting ----------------------------------------------------------------------------

    def select_thread(self, thread: ThreadItem, *, move_text: bool = True) -> None:
        """Select the thread's card and, when it sits on a passage, that passage."""
        self.current_thread = thread
        for card in self.cards:
            selected = card.thread.key == thread.key
            card.set_selected(selected)
            if selected:
                self.threads_scroll.ensureWidgetVisible(card)
        if move_text and thread.is_passage and self.document is not None:
            if thread.target != self.current_target():
                self.target_combo.setCurrentIndex(self.target_combo.findData(thread.target))
            offsets = OffsetMap(self.document.text(thread.target))
            cursor = self.text_view.textCursor()
            cursor.setPosition(offsets.to_utf16(thread.start or 0))
            cursor.setPosition(offsets.to_utf16(thread.end or 0), QTextCursor.MoveMode.KeepAnchor)
            self.text_view.setTextCursor(cursor)
            self.text_view.ensureCursorVisible()
        self._paint_highlights()

    def _text_clicked(self) -> None:
        """A click in the text without a selection selects the comment sitting there."""
        cursor = self.text_view.textCursor()
        if cursor.hasSelection() or self.document is None:
            return
        text = self.document.text(self.current_target())
        position = OffsetMap(text).to_codepoint(cursor.position())
        for thread in self._visible_threads():
            if (
                thread.target == self.current_target()
                and thread.is_passage
                and (thread.start or 0) <= position <= (thread.end or 0)
            ):
                self.select_thread(thread, move_text=False)
                return

    def step(self, direction: int) -> ThreadItem | None:
        """Select the next (1) or previous (-1) comment, wrapping around."""
        threads = self._visible_threads()
        if not threads:
            return None
        keys = [t.key for t in threads]
        if self.current_thread is not None and self.current_thread.key in keys:
            index = (keys.index(self.current_thread.key) + direction) % len(threads)
        else:
            index = 0 if direction > 0 else len(threads) - 1
        self.select_thread(threads[index])
        return threads[index]

    def selection_range(self) -> tuple[int, int] | None:
        """The selected passage in code points of the shown text, or None."""
        cursor = self.text_view.textCursor()
        if not cursor.hasSelection() or self.document is None:
            return None
        offsets = OffsetMap(self.document.text(self.current_target()))
        return (
            offsets.to_codepoint(cursor.selectionStart()),
            offsets.to_codepoint(cursor.selectionEnd()),
        )

    # ---- commenting --------------------------------------------------------------------------

    def start_comment(self) -> None:
        """Open the comment box for the selected passage (or the whole post without one)."""
        if self.document is None:
            return
        chosen = self.selection_range()
        if chosen is None:
            self._pending_selection = None
            self.comment_quote.setText(tr("On the whole post"))
        else:
            start, end = chosen
            self._pending_selection = (self.current_target(), start, end)
            quote = self.document.text(self.current_target())[start:end]
            shown = quote if len(quote) <= 200 else quote[:197] + "…"
            self.comment_quote.setText(f"“{shown}”")
        self._pending_pin = None
        self.tabs.setCurrentIndex(0)
        self.comment_box.show()
        self.comment_edit.setFocus()

    def start_pin(self, media_id: int, x: float, y: float) -> None:
        if self.document is None:
            return
        self._pending_selection = None
        self._pending_pin = (media_id, x, y)
        self.comment_quote.setText(tr("On the image, at the point you clicked"))
        self.tabs.setCurrentIndex(0)
        self.comment_box.show()
        self.comment_edit.setFocus()

    def submit_comment(self) -> None:
        text = self.comment_edit.toPlainText().strip()
        if not text:
            self.comment_edit.setFocus()
            return
        pin = self._pending_pin
        if pin is not None:
            self.pin_requested.emit(pin[0], pin[1], pin[2], text)
        elif self._pending_selection is not None:
            target, start, end = self._pending_selection
            self.comment_requested.emit(target, start, end, text)
        else:
            self.comment_requested.emit(BODY, None, None, text)
        self.cancel_comment()

    def cancel_comment(self) -> None:
        self.comment_edit.clear()
        self.comment_box.hide()
        self._pending_selection = None
        self._pending_pin = None
        self.text_view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.comment_edit and event.type() == QEvent.Type.KeyPress:
            key_event = event
            modifiers = key_event.modifiers()  # type: ignore[attr-defined]
            key = key_event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                modifiers & Qt.KeyboardModifier.ControlModifier
            ):
                self.submit_comment()
                return True
            if key == Qt.Key.Key_Escape:
                self.cancel_comment()
                return True
        return super().eventFilter(watched, event)

    # ---- decisions ----------------------------------------------------------------------------

    def request_changes_dialog(self) -> CommentDialog:
        dialog = CommentDialog(
            tr("Request Changes"),
            tr("Say what should change. The writer sees this comment with the request."),
            tr("Request Changes"),
            self,
        )
        dialog.setObjectName("request_changes_dialog")
        return dialog

    def request_changes(self) -> None:
        if self.document is None:
            return
        chosen = self.selection_range()
        dialog = self.request_changes_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text():
            start, end = chosen if chosen is not None else (None, None)
            self.request_changes_requested.emit(
                dialog.text(), self.current_target() if chosen else BODY, start, end
            )
        dialog.deleteLater()

    def confirmation_box(self, findings: Sequence[Finding]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Serious findings remain"), "", parent=self)
        box.setObjectName("approve_confirmation")
        box.setAccessibleName(tr("Serious findings remain"))
        text = self.document.text(BODY) if self.document else ""
        items = "".join(
            f"<li><b>{html.escape(text[f.start : f.end] or f.panel.title)}</b> — "
            f"{html.escape(f.message)}</li>"
            for f in findings
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            tr(
                "<p>This post still has %n serious finding(s):</p><ul>{items}</ul>"
                "<p>Approve it anyway? Your confirmation is recorded with the approval.</p>",
                "",
                len(findings),
            ).format(items=items)
        )
        self.approve_anyway_button = box.addButton(
            tr("Approve Anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        return box

    def confirm_findings(self, findings: Sequence[Finding]) -> bool:
        box = self.confirmation_box(findings)
        box.exec()
        confirmed = box.clickedButton() is self.approve_anyway_button
        box.deleteLater()
        return confirmed

    def approve(self, findings: Sequence[Finding] | None = None) -> None:
        """Approve; with strong findings open, only after the person confirmed them."""
        if self.document is None:
            return
        findings = self.document.strong_findings if findings is None else findings
        if findings and not self.confirm_findings(findings):
            return
        self.approve_requested.emit(tuple(dict.fromkeys(f.rule_id for f in findings)))

    def make_shortcuts_window_wide(self) -> None:
        """Comment, Next and Previous Comment answer their keys anywhere in the window, not only
        while the review has focus; the window enables them only in its Review section."""
        window = self.window()
        for action in (self.comment_action, self.next_action, self.previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)

    def set_section_active(self, active: bool) -> None:
        self.section_active = active
        self._update_actions()

    def _update_actions(self) -> None:
        document = self.document
        has = document is not None
        for action in (self.comment_action, self.next_action, self.previous_action):
            action.setEnabled(has and self.section_active)
        can_approve = (
            has and document is not None and can_transition(document.status, Status.APPROVED)
        )
        can_request = (
            has
            and document is not None
            and can_transition(document.status, Status.CHANGES_REQUESTED)
        )
        self.approve_action.setEnabled(bool(can_approve))
        self.request_changes_action.setEnabled(bool(can_request))
        self.history_action.setEnabled(has and document is not None and not document.from_file)
        self.history_button.setVisible(not (document is not None and document.from_file))
        for made, action in (
            (self.comment_button, self.comment_action),
            (self.history_button, self.history_action),
            (self.request_changes_button, self.request_changes_action),
            (self.approve_button, self.approve_action),
        ):
            made.setEnabled(action.isEnabled())
        if has and document is not None and not can_approve:
            self.approve_button.setToolTip(
                tr("Only a post in review can be approved (this one is {status})").format(
                    status=status_text(document.status)
                )
            )
        else:
            self.approve_button.setToolTip(self.approve_action.toolTip())
