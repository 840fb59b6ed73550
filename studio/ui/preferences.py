"""Preferences: every field of studio.settings.Settings, nothing else."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studio.settings import GrammarMode, Settings, Theme, is_valid_locale, is_valid_server_url


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.setMinimumWidth(480)
        self._original = settings

        self.author_edit = QLineEdit(settings.author_name, self)
        self.author_edit.setAccessibleName(self.tr("Your name"))
        self.author_edit.setPlaceholderText(self.tr("Shown on your comments and changes"))

        self.theme_combo = QComboBox(self)
        self.theme_combo.setAccessibleName(self.tr("Appearance"))
        for theme, label in (
            (Theme.SYSTEM, self.tr("Same as the desktop")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme_combo.addItem(label, theme.value)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(settings.theme.value))

        self.grammar_combo = QComboBox(self)
        self.grammar_combo.setAccessibleName(self.tr("Grammar checks"))
        for mode, label in (
            (GrammarMode.AUTO, self.tr("Automatic: a server if set, else this computer")),
            (GrammarMode.SERVER, self.tr("Only the LanguageTool server below")),
            (GrammarMode.OFF, self.tr("Off")),
        ):
            self.grammar_combo.addItem(label, mode.value)
        self.grammar_combo.setCurrentIndex(self.grammar_combo.findData(settings.grammar_mode.value))

        self.server_edit = QLineEdit(settings.languagetool_server_url, self)
        self.server_edit.setAccessibleName(self.tr("LanguageTool server address"))
        self.server_edit.setPlaceholderText("https://languagetool.example.org")

        self.download_check = QCheckBox(self.tr("Allow a one-time LanguageTool download"), self)
        self.download_check.setToolTip(
            self.tr(
                "About 250 MB, kept on this computer; needs Java 17 or newer. Until then, "
                "spelling is checked offline."
            )
        )
        self.download_check.setAccessibleName(self.tr("Allow LanguageTool download"))
        self.download_check.setChecked(settings.allow_languagetool_download)

        self.my_zone_check = QCheckBox(self.tr("Show times in my own time zone"), self)
        self.my_zone_check.setToolTip(
            self.tr("Otherwise the calendar shows each workspace's time: when its audience reads.")
        )
        self.my_zone_check.setAccessibleName(self.tr("Show times in my time zone"))
        self.my_zone_check.setChecked(settings.show_times_in_my_zone)

        self.locale_edit = QLineEdit(settings.locale, self)
        self.locale_edit.setAccessibleName(self.tr("Language"))
        self.locale_edit.setPlaceholderText(self.tr("Same as the system (e.g. en, de-AT)"))

        self.problem_label = QLabel(self)
        self.problem_label.setAccessibleName(self.tr("Problem"))
        self.problem_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.author_edit)
        form.addRow(self.tr("&Appearance:"), self.theme_combo)
        form.addRow(self.tr("&Grammar checks:"), self.grammar_combo)
        form.addRow(self.tr("LanguageTool &server:"), self.server_edit)
        form.addRow("", self.download_check)
        form.addRow(self.tr("&Language:"), self.locale_edit)
        form.addRow("", self.my_zone_check)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.server_edit.textChanged.connect(self._validate)
        self.locale_edit.textChanged.connect(self._validate)
        self._validate()
        self.adjustSize()

    def problem(self) -> str:
        if not is_valid_server_url(self.server_edit.text().strip()):
            return self.tr("The server address must start with http:// or https://.")
        if not is_valid_locale(self.locale_edit.text().strip()):
            return self.tr("The language must be a tag such as en, de or pt-BR.")
        return ""

    def settings(self) -> Settings:
        return self._original.replace(
            author_name=self.author_edit.text().strip(),
            theme=Theme(self.theme_combo.currentData()),
            grammar_mode=GrammarMode(self.grammar_combo.currentData()),
            languagetool_server_url=self.server_edit.text().strip(),
            allow_languagetool_download=self.download_check.isChecked(),
            show_times_in_my_zone=self.my_zone_check.isChecked(),
            locale=self.locale_edit.text().strip(),
        )

    def _validate(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem():
            super().accept()
