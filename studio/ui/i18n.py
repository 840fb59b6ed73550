"""The window's language: which translation to load, and loading it before any widget exists.

    translators = install_translators(app)            # system locale, or $STUDIO_LANG / --lang
    translators = install_translators(app, "de")      # a language chosen by the caller
    remove_translators(app, translators)

English is the source language, so it needs no file. For another language two catalogues are
loaded: Content Studio's own (resources/i18n/studio_<lang>.qm, compiled from the .ts by
packaging/update_translations.py) and Qt's (qtbase_<lang>.qm from the Qt installation), which
translates the standard buttons and dialogs ("Cancel", "Open file", the context menus of text
fields). A language without a catalogue falls back to English; asked for by name, that is worth
a line in the log, while a system locale we do not translate yet is nothing to complain about.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Translate `text` outside a QObject method (module functions, models, helpers).

    pyside6-lupdate files a bare `tr("…")` call under the empty context, wherever it stands, so
    this looks it up there too; a context of our own here would never match the catalogue.
    """
    return QCoreApplication.translate("", text)


LANGUAGE_ENV = "STUDIO_LANG"
SOURCE_LANGUAGE = "en"
CATALOGUE_PREFIX = "studio_"
# Compiled into the Qt resources for an installed studio; in a source checkout, beside the .ts.
CATALOGUE_DIRS: tuple[str, ...] = (
    ":/i18n",
    str(Path(__file__).resolve().parents[2] / "resources" / "i18n"),
)


# The C library's "no locale" (QLocale names it "C"): plain English.
_NO_LOCALE = frozenset({"", "c", "posix"})


def language_code(tag: str) -> str:
    """Catalogues are per language, not per country: "de_AT.UTF-8", "de-CH", "DE" → "de"."""
    code = tag.replace("-", "_").split(".")[0].split("_")[0].strip().lower()
    return SOURCE_LANGUAGE if code in _NO_LOCALE else code


def chosen_language(requested: str | None = None) -> str:
    """The caller's choice, else $STUDIO_LANG, else the system locale's language."""
    tag = requested or os.environ.get(LANGUAGE_ENV) or QLocale.system().name()
    return language_code(tag)


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load and install the catalogues for `language` (see chosen_language).

    Call before the first widget is built: texts are translated when a widget sets them.
    Returns what was installed, for remove_translators; empty for English.
    """
    code = chosen_language(language)
    if code == SOURCE_LANGUAGE:
        return []
    studio = QTranslator(app)
    if not any(studio.load(f"{CATALOGUE_PREFIX}{code}", folder) for folder in CATALOGUE_DIRS):
        asked = bool(language or os.environ.get(LANGUAGE_ENV))
        log.log(
            logging.WARNING if asked else logging.DEBUG,
            "No %r translation of Content Studio; the window stays in English.",
            code,
        )
        return []
    installed = [studio]
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_folder):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
