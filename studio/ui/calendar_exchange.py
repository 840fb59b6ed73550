"""File ▸ Import… and File ▸ Export… for the calendar.

Import is two steps, as the command line's: a dry run lists every bad row (its number and the
reason, in plain words) in `ImportPreview`; nothing is written until the person chooses Import
(all rows are valid) or Import Valid Rows Only (the bad ones are left out). Long runs show a
QProgressDialog after a second; errors are sentences, never tracebacks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.ui.calendar_models import tr

if TYPE_CHECKING:
    from studio.storage.exchange import ImportReport

IMPORT_FILTER = (
    "Content Studio files (*.json *.csv *.studio-review);;JSON (*.json);;CSV (*.csv);;"
    "Returned review files (*.studio-review)"
)
EXPORT_FILTERS = {
    "json": "JSON — complete, for another Content Studio (*.json)",
    "csv": "CSV — one row per post, for spreadsheets (*.csv)",
    "ics": "iCalendar — for calendar programs (*.ics)",
}


def export_kind(path: Path, chosen_filter: str) -> str:
    """The format from the file name's extension, else from the filter the dialog showed."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in EXPORT_FILTERS:
        return suffix
    for kind, label in EXPORT_FILTERS.items():
        if label == chosen_filter:
            return kind
    return "json"


def with_extension(path: Path, kind: str) -> Path:
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


def import_summary(report: ImportReport) -> str:
    """What the dry run found, in a sentence or two."""
    if report.ok:
        text = tr("%n row(s) checked, all valid", "", report.items) + tr(
            ": %n new post(s) to import", "", report.created
        )
        if report.already_present:
            text += tr("; {count} already in the calendar will be left as they are").format(
                count=report.already_present
            )
        if report.workspaces_created:
            text += tr("; new workspace(s): {names}", "", len(report.workspaces_created)).format(
                names=", ".join(report.workspaces_created)
            )
        return text + "."
    return tr(
        "{bad} of %n row(s) cannot be imported. Nothing has been written. Fix the file and "
        "try again, or import only the valid rows.",
        "",
        report.items,
    ).format(bad=len(report.problems))


class ImportPreview(QDialog):
    """The dry run's result: a summary, the bad rows, and the choice."""

    import_all = Signal()
    import_valid = Signal()

    def __init__(self, path: Path, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_import_preview")
        self.setWindowTitle(tr("Import {name}").format(name=path.name))
        self.setAccessibleName(tr("Import preview"))
        self.report = report
        self.summary = QLabel(import_summary(report), self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Summary"))

        self.problems = QTableWidget(len(report.problems), 2, self)
        self.problems.setObjectName("import_problems")
        self.problems.setAccessibleName(tr("Rows that cannot be imported"))
        self.problems.setHorizontalHeaderLabels([tr("Row"), tr("Why it cannot be imported")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        for row, problem in enumerate(report.problems):
            where = str(problem.row) if problem.row is not None else problem.where
            self.problems.setItem(row, 0, QTableWidgetItem(where))
            self.problems.setItem(row, 1, QTableWidgetItem(problem.reason))
        self.problems.resizeColumnToContents(0)
        self.problems.setColumnWidth(0, max(70, self.problems.columnWidth(0) + 16))
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.resizeRowsToContents()
        self.problems.setVisible(bool(report.problems))

        notes = QLabel("\n".join(report.notes), self)
        notes.setWordWrap(True)
        notes.setAccessibleName(tr("Notes"))
        notes.setVisible(bool(report.notes))

        buttons = QDialogButtonBox(self)
        self.import_button: QPushButton = buttons.addButton(
            tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(tr("Import"))
        self.import_button.setEnabled(report.ok and report.created > 0)
        self.import_valid_button: QPushButton = buttons.addButton(
            tr("Import Valid Rows Only"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_valid_button.setAccessibleName(tr("Import valid rows only"))
        valid = report.items - len(report.problems)
        self.import_valid_button.setVisible(not report.ok and valid > 0)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.import_button.setDefault(report.ok)
        self.cancel_button.setDefault(not report.ok)
        self.import_button.clicked.connect(self._on_import)
        self.import_valid_button.clicked.connect(self._on_import_valid)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(notes)
        layout.addWidget(buttons)
        self.resize(640, 420 if report.problems else 180)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _on_import(self) -> None:
        self.accept()
        self.import_all.emit()

    def _on_import_valid(self) -> None:
        self.accept()
        self.import_valid.emit()
