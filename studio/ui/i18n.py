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


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate `text` outside a QObject method (module functions, models, helpers).

    pyside6-lupdate files a bare `tr("…")` call under the empty context, wherever it stands, so
    this looks it up there too; a context of our own here would never match the catalogue.

    With a count, `text` holds %n and is a plural message (Qt's "numerus" form):

        tr("%n issue(s) found", "", len(rows))   # "1 issue found", "4 issues found"

    lupdate files it with a form per plural of each language, so a translator writes them all.
    English is the source language and has no catalogue; its two forms follow from the source
    text here: "(s)" is dropped for one and becomes "s" otherwise. Only regular nouns in
    "(s)" form, please ("%n post(s)"), and no verbs that change with the count.
    """
    if n < 0:
        return QCoreApplication.translate("", text, disambiguation or None)
    translated = QCoreApplication.translate("", text, disambiguation or None, n)
    return english_plural(translated, n)


def english_plural(text: str, n: int) -> str:
    """The English form of an untranslated plural message: "1 post(s)" → "1 post", else "posts".

    A catalogue's own forms contain no "(s)", so they pass through unchanged.
    """
    return text.replace("(s)", "" if n == 1 else "s")


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
    # Day and month names, dates and numbers follow the window's language, not only the texts
    # (a German window on an English system would otherwise say "Mon", "Nov 1").
    if QLocale().language() != QLocale(code).language():
        _locale_before.append(QLocale())
        QLocale.setDefault(QLocale(code))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    if translators and _locale_before:
        QLocale.setDefault(_locale_before.pop())


# The default locale before install_translators changed it, for remove_translators.
_locale_before: list[QLocale] = []
