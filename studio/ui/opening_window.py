"""The window shown while the studio opens its database and builds the main window.

Importing SQLAlchemy and the feedback engine and opening a large database take about a second,
more when a schema upgrade first writes a backup; a window that appears only after all that feels
broken. So the app paints this one first, where the main window will be (the geometry it saved
last time), and closes it once the main window is up. It imports nothing but Qt, so it can paint
a few dozen milliseconds after Qt itself has started.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QEventLoop, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

ICON_SIZE = QSize(72, 72)
# The main window's first size (studio.ui.main_window.DEFAULT_SIZE, not imported: that module
# loads the whole composer), so the two windows line up on a first start too.
DEFAULT_SIZE = QSize(1360, 860)
# A window the system never exposes (another virtual desktop, a minimised session) never paints;
# the database is opened anyway after this long.
PAINT_WAIT_MS = 500


class OpeningWindow(QWidget):
    """A centred icon and "Opening your posts…" in the main window's place."""

    def __init__(self, saved_geometry: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opening_window")
        self.setWindowTitle(self.tr("Content Studio"))
        self.setAccessibleName(self.tr("Content Studio is opening"))
        self.setWindowIcon(QIcon(":/icons/studio.svg"))

        icon_label = QLabel(self)
        icon_label.setPixmap(QIcon(":/icons/studio.svg").pixmap(ICON_SIZE))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon_label.setAccessibleName(self.tr("Content Studio"))

        self.message_label = QLabel(self.tr("Opening your posts…"), self)
        font = QFont(self.message_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.message_label.setFont(font)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setAccessibleName(self.message_label.text())

        column = QVBoxLayout(self)
        # No minimum size pushed onto the window: it is about to be replaced, and on platforms that
        # cannot take size hints (offscreen) pushing one prints a warning before any real message.
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        column.setSpacing(16)
        column.addStretch(3)
        column.addWidget(icon_label)
        column.addWidget(self.message_label)
        column.addStretch(4)

        geometry = QByteArray.fromBase64(saved_geometry.encode("ascii"))
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry().size()
            self.resize(
                DEFAULT_SIZE.boundedTo(
                    QSize(available.width() * 9 // 10, available.height() * 9 // 10)
                )
            )

    def show_and_wait_for_paint(self) -> bool:
        """Show the window and run events until it has painted (at most PAINT_WAIT_MS).

        Returns False when the window was closed meanwhile — by the person or by SIGTERM — so
        the caller can stop instead of opening the database for nobody.
        """
        loop = QEventLoop(self)
        after_first_paint(self, loop.quit, context=loop)
        self.show()
        loop.exec()
        loop.deleteLater()
        return self.isVisible()


def after_first_paint(
    window: QWidget, callback: Callable[[], object], *, context: QObject | None = None
) -> None:
    """Call `callback` once, on the GUI thread, right after `window` has first painted (or been
    hidden, or PAINT_WAIT_MS have passed: a window the system never exposes never paints).

    Work that the first sight of a window does not need (warming up grammar checks, say) goes
    here, so it does not compete with building and painting the window.
    """
    _FirstPaintWatcher(window, callback, context or window)


class _FirstPaintWatcher(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], object], context: QObject) -> None:
        super().__init__(context)  # goes away with the context: no call into a deleted object
        self._window = window
        self._callback: Callable[[], object] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Paint, QEvent.Type.Hide):
            # Queued: the paint this event starts has to finish and reach the screen first
            # (a paint during show() is fine too: the queued call runs once events are handled).
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._window.removeEventFilter(self)
        callback()
