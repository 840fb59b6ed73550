"""Preferences: the fields of studio.settings.Settings, on two pages (General, Grammar).

The Grammar page also does things rather than only choosing them: it tests a LanguageTool server,
says whether this computer has Java 17 for local LanguageTool, and downloads LanguageTool once
(about 250 MB) with a progress dialog and Cancel. All of that runs on a TaskRunner worker through
`GrammarSetupService`; the dialog only shows the answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.feedback.grammar import MINIMUM_JAVA, LanguageToolInstall
from studio.feedback.languagetool_download import (
    APPROXIMATE_SIZE_MB,
    DownloadProgress,
    LanguageToolSource,
    Stage,
)
from studio.services.grammar_setup import GrammarSetupService, LocalSetup
from studio.services.tasks import TaskRunner
from studio.settings import GrammarMode, Settings, Theme, is_valid_locale, is_valid_server_url

# QProgressDialog counts in int; LanguageTool's size in bytes fits, but per-mille never overflows.
_PROGRESS_STEPS = 1000


class PreferencesDialog(QDialog):
    # LanguageTool was downloaded: the grammar backend may start it now, even if Cancel follows.
    languagetool_installed = Signal(object)  # LanguageToolInstall

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
        languagetool_source: LanguageToolSource | None = None,
        languagetool_destination: Path | None = None,
    ) -> None:
        """`tasks` runs the slow grammar jobs (a private runner when None, so a download never
        holds up the composer's analysis); `languagetool_source` and `languagetool_destination`
        replace the real release and `LTP_PATH` (tests serve a small archive from 127.0.0.1)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.setMinimumWidth(560)
        self._original = settings
        self._local_setup = LocalSetup(java=None, install=None)  # until detected
        self._owns_tasks = tasks is None
        self.tasks = tasks if tasks is not None else TaskRunner(parent=self)
        self._closing = False
        self.grammar_setup = GrammarSetupService(
            self.tasks,
            source=languagetool_source,
            destination=languagetool_destination,
            parent=self,
        )
        self.progress_dialog: QProgressDialog | None = None
        self._pending_progress: DownloadProgress | None = None
        self._showing_progress = False

        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("Preference pages"))
        self.general_page = self._build_general_page(settings)
        self.grammar_page = self._build_grammar_page(settings)
        self.pages.addTab(self.general_page, self.tr("General"))
        self.pages.addTab(self.grammar_page, self.tr("Grammar"))

        self.problem_label = QLabel(self)
        self.problem_label.setAccessibleName(self.tr("Problem"))
        self.problem_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.server_edit.textChanged.connect(self._validate)
        self.server_edit.textChanged.connect(self._server_address_changed)
        self.locale_edit.textChanged.connect(self._validate)
        self.grammar_combo.currentIndexChanged.connect(self._grammar_mode_changed)
        self.test_button.clicked.connect(self.test_server)
        self.download_button.clicked.connect(self.start_download)
        self.grammar_setup.server_tested.connect(self._show_server_test)
        self.grammar_setup.local_setup_found.connect(self._show_local_setup)
        self.grammar_setup.progress.connect(self._show_progress)
        self.grammar_setup.finished.connect(self._download_finished)
        self.grammar_setup.failed.connect(self._download_failed)
        self.grammar_setup.cancelled.connect(self._download_cancelled)
        self.tasks.succeeded.connect(self._stop_own_tasks_when_idle)
        self.tasks.failed.connect(self._stop_own_tasks_when_idle)

        self._grammar_mode_changed()
        self._server_address_changed()
        self._validate()
        self.adjustSize()
        # Last: with a synchronous runner (tests) the answer arrives inside this call.
        self.grammar_setup.detect_local_setup()

    # ---- pages --------------------------------------------------------------------------------

    def _build_general_page(self, settings: Settings) -> QWidget:
        page = QWidget(self)
        page.setAccessibleName(self.tr("General preferences"))
        self.author_edit = QLineEdit(settings.author_name, page)
        self.author_edit.setAccessibleName(self.tr("Your name"))
        self.author_edit.setPlaceholderText(self.tr("Shown on your comments and changes"))

        self.theme_combo = QComboBox(page)
        self.theme_combo.setAccessibleName(self.tr("Appearance"))
        for theme, label in (
            (Theme.SYSTEM, self.tr("Same as the desktop")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme_combo.addItem(label, theme.value)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(settings.theme.value))

        self.locale_edit = QLineEdit(settings.locale, page)
        self.locale_edit.setAccessibleName(self.tr("Language"))
        self.locale_edit.setPlaceholderText(self.tr("Same as the system (e.g. en, de-AT)"))

        self.my_zone_check = QCheckBox(self.tr("Show times in my own time zone"), page)
        self.my_zone_check.setToolTip(
            self.tr("Otherwise the calendar shows each workspace's time: when its audience reads.")
        )
        self.my_zone_check.setAccessibleName(self.tr("Show times in my time zone"))
        self.my_zone_check.setChecked(settings.show_times_in_my_zone)

        form = QFormLayout(page)
        form.addRow(self.tr("Your &name:"), self.author_edit)
        form.addRow(self.tr("&Appearance:"), self.theme_combo)
        form.addRow(self.tr("&Language:"), self.locale_edit)
        form.addRow("", self.my_zone_check)
        return page

    def _build_grammar_page(self, settings: Settings) -> QWidget:
        page = QWidget(self)
        page.setAccessibleName(self.tr("Grammar preferences"))

        self.grammar_combo = QComboBox(page)
        self.grammar_combo.setAccessibleName(self.tr("Grammar checks"))
        for mode, label in (
            (GrammarMode.AUTO, self.tr("Automatic")),
            (GrammarMode.SERVER, self.tr("A LanguageTool server")),
            (GrammarMode.LOCAL, self.tr("LanguageTool on this computer")),
            (GrammarMode.OFFLINE_SPELLING, self.tr("Offline spelling only")),
            (GrammarMode.OFF, self.tr("Off")),
        ):
            self.grammar_combo.addItem(label, mode.value)
        self.grammar_combo.setCurrentIndex(self.grammar_combo.findData(settings.grammar_mode.value))
        self.mode_hint = _hint_label(page, self.tr("What this choice does"))

        mode_form = QFormLayout()
        mode_form.addRow(self.tr("&Check grammar with:"), self.grammar_combo)
        mode_form.addRow("", self.mode_hint)

        # -- a server
        server_box = QGroupBox(self.tr("LanguageTool server"), page)
        self.server_edit = QLineEdit(settings.languagetool_server_url, server_box)
        self.server_edit.setAccessibleName(self.tr("LanguageTool server address"))
        self.server_edit.setPlaceholderText("https://languagetool.example.org")
        self.server_edit.setClearButtonEnabled(True)
        self.test_button = QPushButton(self.tr("&Test connection"), server_box)
        self.test_button.setAccessibleName(self.tr("Test the connection to the server"))
        self.server_result = _hint_label(server_box, self.tr("Connection test result"))
        self.server_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        address_label = QLabel(self.tr("&Address:"), server_box)
        address_label.setBuddy(self.server_edit)
        address_row = QHBoxLayout()
        address_row.addWidget(address_label)
        address_row.addWidget(self.server_edit, 1)
        address_row.addWidget(self.test_button)
        server_layout = QVBoxLayout(server_box)
        server_layout.addLayout(address_row)
        server_layout.addWidget(self.server_result)

        # -- this computer
        local_box = QGroupBox(self.tr("LanguageTool on this computer"), page)
        self.java_label = _status_label(local_box, self.tr("Java"))
        self.java_label.setText(self.tr("Looking for Java…"))
        self.install_label = _status_label(local_box, self.tr("LanguageTool installation"))
        self.download_button = QPushButton(
            self.tr("&Download LanguageTool (about {size} MB) once").format(
                size=APPROXIMATE_SIZE_MB
            ),
            local_box,
        )
        self.download_button.setAccessibleName(self.tr("Download LanguageTool"))
        self.download_button.setEnabled(False)  # until Java and the installation are known
        self.download_result = _hint_label(local_box, self.tr("Download result"))
        self.download_result.setText(
            self.tr("Kept on this computer. Nothing is downloaded unless you click the button.")
        )
        button_row = QHBoxLayout()
        button_row.addWidget(self.download_button)
        button_row.addStretch(1)
        local_layout = QVBoxLayout(local_box)
        local_layout.addWidget(self.java_label)
        local_layout.addWidget(self.install_label)
        local_layout.addLayout(button_row)
        local_layout.addWidget(self.download_result)

        language_note = _hint_label(page, self.tr("Grammar language"))
        language_note.setText(
            self.tr("Grammar is checked in each workspace's language (set in the workspace).")
        )

        layout = QVBoxLayout(page)
        layout.addLayout(mode_form)
        layout.addWidget(server_box)
        layout.addWidget(local_box)
        layout.addWidget(language_note)
        layout.addStretch(1)
        return page

    # ---- reading the choices ------------------------------------------------------------------

    def grammar_mode(self) -> GrammarMode:
        return GrammarMode(self.grammar_combo.currentData())

    def problem(self) -> str:
        server = self.server_edit.text().strip()
        if not is_valid_server_url(server):
            return self.tr("The server address must start with http:// or https://.")
        if self.grammar_mode() is GrammarMode.SERVER and not server:
            return self.tr(
                "Enter the LanguageTool server's address, or choose another way to check grammar."
            )
        if not is_valid_locale(self.locale_edit.text().strip()):
            return self.tr("The language must be a tag such as en, de or pt-BR.")
        return ""

    def settings(self) -> Settings:
        return self._original.replace(
            author_name=self.author_edit.text().strip(),
            theme=Theme(self.theme_combo.currentData()),
            grammar_mode=self.grammar_mode(),
            languagetool_server_url=self.server_edit.text().strip(),
            # allow_languagetool_download stays as it was: the download happens here, explicitly.
            show_times_in_my_zone=self.my_zone_check.isChecked(),
            locale=self.locale_edit.text().strip(),
        )

    def show_grammar_page(self) -> None:
        self.pages.setCurrentWidget(self.grammar_page)

    # ---- server -------------------------------------------------------------------------------

    def test_server(self) -> None:
        url = self.server_edit.text().strip()
        if not url or not is_valid_server_url(url):
            return
        self.test_button.setEnabled(False)
        self._set_server_result(self.tr("Asking {url}…").format(url=url))
        self.grammar_setup.test_server(url)

    def _show_server_test(self, url: str, works: bool, message: str) -> None:
        if url != self.server_edit.text().strip():
            return  # the address changed while we asked: that answer is about another server
        self.test_button.setEnabled(True)
        self._set_server_result(message)  # already in plain words (grammar_setup)

    def _server_address_changed(self) -> None:
        url = self.server_edit.text().strip()
        self.test_button.setEnabled(bool(url) and is_valid_server_url(url))
        self._set_server_result(
            "" if url else self.tr("For example your agency's own LanguageTool server.")
        )

    def _set_server_result(self, text: str) -> None:
        self.server_result.setText(text)
        self.server_result.setVisible(bool(text))  # no empty gap under the address

    # ---- this computer ------------------------------------------------------------------------

    def _show_local_setup(self, setup: LocalSetup) -> None:
        self._local_setup = setup
        minimum = MINIMUM_JAVA[0]
        java = setup.java
        if java is not None and java.can_run_languagetool:
            text = self.tr("Java {release} found — local LanguageTool can run.").format(
                release=java.release
            )
        elif java is not None:
            text = self.tr(
                "Java {release} found, but Java {minimum} or newer is needed for local "
                "LanguageTool; offline spelling is used instead."
            ).format(release=java.release, minimum=minimum)
        else:
            text = self.tr(
                "Java {minimum} or newer is needed for local LanguageTool; offline spelling is "
                "used instead."
            ).format(minimum=minimum)
        self.java_label.setText(text)
        self._show_install(setup.install)

    def _show_install(self, install: LanguageToolInstall | None) -> None:
        java = self._local_setup.java
        java_ok = java is not None and java.can_run_languagetool
        if install is not None:
            self.install_label.setText(
                self.tr("LanguageTool {version} is installed in {folder}.").format(
                    version=install.version, folder=_short_path(install.directory)
                )
            )
        else:
            self.install_label.setText(self.tr("LanguageTool is not downloaded yet."))
        self.download_button.setVisible(install is None)
        self.download_button.setEnabled(
            install is None and java_ok and not self.grammar_setup.is_downloading
        )
        self.download_button.setToolTip(
            ""
            if java_ok
            else self.tr("Install Java {minimum} or newer first.").format(minimum=MINIMUM_JAVA[0])
        )

    def start_download(self) -> None:
        if self.grammar_setup.is_downloading:
            return
        self.download_button.setEnabled(False)
        self.download_result.setText("")
        dialog = QProgressDialog(
            self.tr("Connecting…"), self.tr("Cancel"), 0, _PROGRESS_STEPS, self
        )
        dialog.setWindowTitle(self.tr("Downloading LanguageTool"))
        dialog.setAccessibleName(self.tr("LanguageTool download progress"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.grammar_setup.cancel)
        dialog.setValue(0)
        self.progress_dialog = dialog
        dialog.show()
        # Last: the outcome may arrive inside this call (a synchronous runner, an instant error).
        self.grammar_setup.start_download()

    def _show_progress(self, progress: DownloadProgress) -> None:
        # A window-modal QProgressDialog processes events inside setValue(), which delivers the
        # next progress report while this one is still being shown; keep only the newest and
        # show it when the outer call is done, so reports never nest.
        self._pending_progress = progress
        if self._showing_progress:
            return
        self._showing_progress = True
        try:
            while (latest := self._pending_progress) is not None:
                self._pending_progress = None
                self._show_one_progress(latest)
        finally:
            self._showing_progress = False

    def _show_one_progress(self, progress: DownloadProgress) -> None:
        dialog = self.progress_dialog
        if dialog is None or dialog.wasCanceled():
            return
        if progress.stage is Stage.DOWNLOADING:
            if progress.total:
                text = self.tr("Downloading LanguageTool… {done} of {total}").format(
                    done=_megabytes(progress.done), total=_megabytes(progress.total)
                )
            else:
                text = self.tr("Downloading LanguageTool… {done}").format(
                    done=_megabytes(progress.done)
                )
        else:
            text = self.tr("Unpacking LanguageTool…")
        dialog.setLabelText(text)
        if progress.total:
            dialog.setRange(0, _PROGRESS_STEPS)
            dialog.setValue(min(_PROGRESS_STEPS, progress.done * _PROGRESS_STEPS // progress.total))
        else:
            dialog.setRange(0, 0)  # a busy indicator when the size is unknown

    def _download_finished(self, install: LanguageToolInstall) -> None:
        self._close_progress()
        self._show_install(install)
        self.download_result.setText(
            self.tr("LanguageTool is ready. It starts the first time grammar is checked.")
        )
        self.languagetool_installed.emit(install)

    def _download_failed(self, reason: str) -> None:
        self._close_progress()
        self._show_install(None)
        self.download_result.setText(self.tr("The download failed. {reason}").format(reason=reason))

    def _download_cancelled(self) -> None:
        self._close_progress()
        self._show_install(None)
        self.download_result.setText(self.tr("Download cancelled; nothing was kept."))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    # ---- validation and closing ---------------------------------------------------------------

    def _grammar_mode_changed(self) -> None:
        hints = {
            GrammarMode.AUTO: self.tr(
                "The server below if you set one, else LanguageTool on this computer, else "
                "offline spelling."
            ),
            GrammarMode.SERVER: self.tr(
                "Only the server below. Your text is sent to it while you write."
            ),
            GrammarMode.LOCAL: self.tr(
                "Grammar and spelling on this computer; nothing leaves it. Needs Java {minimum} "
                "and a one-time download."
            ).format(minimum=MINIMUM_JAVA[0]),
            GrammarMode.OFFLINE_SPELLING: self.tr(
                "Spelling from a built-in dictionary; no grammar. Nothing leaves this computer."
            ),
            GrammarMode.OFF: self.tr("No grammar or spelling checks."),
        }
        self.mode_hint.setText(hints[self.grammar_mode()])
        self._validate()

    def _validate(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem():
            super().accept()

    def done(self, result: int) -> None:
        # Closing Preferences stops a download; the worker removes what it had written.
        self._closing = True
        self.grammar_setup.cancel()
        self._close_progress()
        self._stop_own_tasks_when_idle()
        super().done(result)

    def _stop_own_tasks_when_idle(self) -> None:
        """Release a private runner's threads once closed and its last job has reported.

        Never waits: with a job still running (Java starting, a server not answering yet, a
        download noticing Cancel) this runs again when that job reports.
        """
        if self._owns_tasks and self._closing and self.tasks.pending_jobs() == 0:
            self.tasks.shutdown()


def _hint_label(parent: QWidget, accessible_name: str) -> QLabel:
    """A wrapped line of secondary text (its colour comes from the palette, so both themes work)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _status_label(parent: QWidget, accessible_name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    return label


def _short_path(path: Path) -> str:
    home = Path.home()
    try:
        return "~/" + path.relative_to(home).as_posix()
    except ValueError:
        return str(path)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"
