"""The "New workspace" dialog: a name, the audience's time zone, a colour for the calendar."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimeZone
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studio.services.workspaces import DEFAULT_COLOUR, NewWorkspace

# Distinct on light and dark backgrounds, and distinguishable for the common colour-vision types
# when paired with the name (the calendar never relies on colour alone).
COLOURS: tuple[tuple[str, str], ...] = (
    ("#4c6ef5", QT_TRANSLATE_NOOP("NewWorkspaceDialog", "Blue")),
    ("#0ca678", QT_TRANSLATE_NOOP("NewWorkspaceDialog", "Teal")),
    ("#f59f00", QT_TRANSLATE_NOOP("NewWorkspaceDialog", "Amber")),
    ("#e8590c", QT_TRANSLATE_NOOP("NewWorkspaceDialog", "Orange")),
    ("#d6336c", QT_TRANSLATE_NOOP("NewWorkspaceDialog", "Pink")),
    ("#7048e8", QT_TRANSLATE_NOOP("NewWorkspaceDialog", "Violet")),
    ("#74b816", QT_TRANSLATE_NOOP("NewWorkspaceDialog", "Lime")),
    ("#868e96", QT_TRANSLATE_NOOP("NewWorkspaceDialog", "Grey")),
)


def system_time_zone() -> str:
    """The computer's IANA zone, or UTC when it has none we know."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    return zone if zone in _known_zones() else "UTC"


@cache
def _known_zones() -> frozenset[str]:
    # available_timezones() walks the zone database on disk (~30 ms): once per process is enough.
    return frozenset(available_timezones())


def colour_swatch(colour: str, size: int = 14) -> QIcon:
    """A filled circle in the workspace's colour, for lists and the switcher."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class NewWorkspaceDialog(QDialog):
    def __init__(self, taken_names: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workspace"))
        self.setAccessibleName(self.tr("New workspace"))
        self.setMinimumWidth(420)
        self._taken = {name.casefold() for name in taken_names}

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. the client's or brand's name"))
        self.name_edit.setAccessibleName(self.tr("Workspace name"))
        self.name_edit.setMaxLength(200)

        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(sorted(_known_zones()))
        self.zone_combo.setCurrentText(system_time_zone())
        self.zone_combo.setAccessibleName(self.tr("Time zone of the audience"))
        completer = QCompleter(sorted(_known_zones()), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)

        self.colour_combo = QComboBox(self)
        self.colour_combo.setAccessibleName(self.tr("Calendar colour"))
        for colour, name in COLOURS:
            self.colour_combo.addItem(colour_swatch(colour), self.tr(name), colour)

        self.problem_label = QLabel(self)
        self.problem_label.setAccessibleName(self.tr("Problem"))
        self.problem_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Time zone:"), self.zone_combo)
        form.addRow(self.tr("&Colour:"), self.colour_combo)
        hint = QLabel(
            self.tr("Posts are planned in this time zone: the one your audience lives in."), self
        )
        hint.setWordWrap(True)
        hint.setAccessibleName(self.tr("About the time zone"))
        form.addRow("", hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.ok_button.setAccessibleName(self.tr("Create workspace"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._validate)
        self.zone_combo.currentTextChanged.connect(self._validate)
        self._validate()

    def request(self) -> NewWorkspace:
        return NewWorkspace(
            name=self.name_edit.text().strip(),
            timezone=self.zone_combo.currentText().strip(),
            colour=self.colour_combo.currentData() or DEFAULT_COLOUR,
        )

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet, or "" when it can."""
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the workspace a name.")
        if name.casefold() in self._taken:
            return self.tr("There is already a workspace called “{name}”.").format(name=name)
        if self.zone_combo.currentText().strip() not in _known_zones():
            return self.tr("Choose a time zone from the list, e.g. Europe/Berlin.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        # An empty name is the starting state, not a mistake: no red text for it.
        shown = problem if self.name_edit.text().strip() else ""
        self.problem_label.setText(shown)
        self.problem_label.setVisible(bool(shown))
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem():
            super().accept()
