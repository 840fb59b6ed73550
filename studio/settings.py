"""Preferences and window state, each declared once with its type and default.

Two files, kept apart on purpose (ARCHITECTURE.md, "Settings and paths"):

- `settings.json` holds preferences a person chose (`Settings`). The command line reads them too,
  so this module is plain Python, without Qt.
- `ui-state.json` holds what the window remembers by itself (`UiState`): geometry, splitter sizes,
  the last section and workspace. Losing it costs nothing but a window position.

Reading never crashes the program. A file that is not JSON, or not an object, is moved aside
(`settings.broken-<time>.json`) and the defaults are used; a single bad value falls back to its
default and the rest of the file is kept. Every such repair is reported in `warnings` and logged,
so the GUI can say what happened instead of silently forgetting someone's choices.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import tempfile
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

# Bumped when a key changes meaning; a file with a higher number is read as well as we can.
SETTINGS_FORMAT = 1


class Theme(StrEnum):
    SYSTEM = "system"  # follow the desktop's light/dark choice
    LIGHT = "light"
    DARK = "dark"


class GrammarMode(StrEnum):
    """Where grammar checks run (FEEDBACK.md, "Grammar backends").

    The values are the modes `studio.feedback.grammar.make_grammar_checker` understands.
    """

    OFF = "off"  # no grammar or spelling panel at all
    AUTO = "auto"  # the configured server, else local LanguageTool, else offline spelling
    SERVER = "server"  # only the LanguageTool server at `languagetool_server_url`
    LOCAL = "local"  # LanguageTool on this computer (Java >= 17), else offline spelling
    OFFLINE_SPELLING = "offline-spelling"  # the offline dictionary only; nothing leaves the machine


# ---- validation of single values ---------------------------------------------------------------

_LOCALE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def is_valid_locale(tag: str) -> bool:
    return tag == "" or bool(_LOCALE_TAG.match(tag))


def is_valid_server_url(url: str) -> bool:
    if url == "":
        return True
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _checked(default: Any, check: Callable[[Any], bool], expected: str) -> Any:
    """A field whose values must also pass `check` (beyond having the right type)."""
    return field(default=default, metadata={"check": check, "expected": expected})


def _value_problem(spec: dataclasses.Field[Any], value: Any) -> str | None:
    check = spec.metadata.get("check")
    if check is not None and not check(value):
        return f"{spec.name} {value!r} is not {spec.metadata['expected']}"
    return None


@dataclass(frozen=True)
class Settings:
    """Every preference, with its default. Add a preference here and nowhere else."""

    author_name: str = ""  # written into comments, revisions and status changes
    theme: Theme = Theme.SYSTEM
    grammar_mode: GrammarMode = GrammarMode.AUTO
    # e.g. https://lt.example.org (an agency's own server)
    languagetool_server_url: str = _checked("", is_valid_server_url, "an http(s) URL")
    # Lets language-tool-python download LanguageTool (~250 MB) by itself, silently. Preferences no
    # longer offers it: there the person downloads LanguageTool explicitly, with progress and
    # Cancel (studio.feedback.languagetool_download). Kept so older settings files still load.
    allow_languagetool_download: bool = False
    # Calendar times in the workspace's zone (the audience's) unless the person prefers their own.
    show_times_in_my_zone: bool = False
    # BCP 47 tag for the interface, "" = the system's
    locale: str = _checked("", is_valid_locale, "a language tag such as 'en' or 'de-AT'")

    def __post_init__(self) -> None:
        for spec in dataclasses.fields(self):
            problem = _value_problem(spec, getattr(self, spec.name))
            if problem:
                raise ValueError(problem)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class UiState:
    """What the window remembers between runs."""

    window_geometry: str = ""  # base64 of QWidget.saveGeometry(), opaque here
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_sizes: dict[str, list[int]] = field(default_factory=dict)
    last_section: str = ""
    last_workspace_id: int | None = None  # None = "All workspaces"

    def replace(self, **changes: Any) -> UiState:
        return dataclasses.replace(self, **changes)


# ---- reading and writing -----------------------------------------------------------------------

Record = TypeVar("Record", Settings, UiState)


class _BadValue(ValueError):
    pass


def _coerce(value: Any, hint: Any) -> Any:
    """`value` read from JSON as the declared type `hint`, or _BadValue."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in typing.get_args(hint):
            return None
        for option in typing.get_args(hint):
            if option is not type(None):
                return _coerce(value, option)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        try:
            return hint(value)
        except ValueError:
            raise _BadValue(f"expected one of {[m.value for m in hint]}") from None
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise _BadValue("expected true or false")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise _BadValue("expected a whole number")
    if hint is str:
        if isinstance(value, str):
            return value
        raise _BadValue("expected text")
    if origin is list:
        (item,) = typing.get_args(hint)
        if not isinstance(value, list):
            raise _BadValue("expected a list")
        return [_coerce(v, item) for v in value]
    if origin is dict:
        key_hint, item = typing.get_args(hint)
        if not isinstance(value, dict):
            raise _BadValue("expected an object")
        return {_coerce(k, key_hint): _coerce(v, item) for k, v in value.items()}
    raise TypeError(f"settings.py cannot read values of type {hint!r}; declare a coercion")


def _to_json(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    return value


class JsonRecordStore(Generic[Record]):
    """One dataclass kept in one JSON file; `warnings` says what loading had to repair."""

    def __init__(self, path: Path, record_type: type[Record], *, keep_broken: bool) -> None:
        self.path = path
        self.record_type = record_type
        # Preferences are worth keeping for a person to inspect; window state is not.
        self.keep_broken = keep_broken
        self.warnings: list[str] = []
        self.broken_copy: Path | None = None
        self._unknown: dict[str, Any] = {}

    def load(self) -> Record:
        self.warnings = []
        self.broken_copy = None
        self._unknown = {}
        if not self.path.exists():
            return self.record_type()
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            return self._start_over(f"{self.path} could not be read ({error})")
        if not isinstance(raw, dict):
            return self._start_over(f"{self.path} does not hold a JSON object")
        return self._from_mapping(raw)

    def save(self, record: Record) -> None:
        """Write atomically (temp file + rename), so a crash never leaves half a file."""
        data: dict[str, Any] = dict(self._unknown)  # keys a newer version wrote stay intact
        data["format"] = SETTINGS_FORMAT
        for spec in dataclasses.fields(record):
            data[spec.name] = _to_json(getattr(record, spec.name))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(
            dir=self.path.parent, prefix=f".{self.path.stem}-", suffix=".tmp"
        )
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(data, stream, indent=2, ensure_ascii=False, sort_keys=True)
                stream.write("\n")
            os.replace(temp_name, self.path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise

    def _from_mapping(self, raw: dict[str, Any]) -> Record:
        hints = typing.get_type_hints(self.record_type)
        specs = {spec.name: spec for spec in dataclasses.fields(self.record_type)}
        values: dict[str, Any] = {}
        for name, value in raw.items():
            if name == "format":
                continue
            if name not in specs:
                self._unknown[name] = value
                continue
            try:
                coerced = _coerce(value, hints[name])
            except _BadValue as problem:
                self._warn(f"{self.path}: {name} = {value!r} ignored ({problem}); using default")
                continue
            problem = _value_problem(specs[name], coerced)
            if problem:
                self._warn(f"{self.path}: {problem}; using the default")
                continue
            values[name] = coerced
        return self.record_type(**values)

    def _start_over(self, reason: str) -> Record:
        if self.keep_broken:
            self.broken_copy = self._move_aside()
            where = f"; the file was kept as {self.broken_copy}" if self.broken_copy else ""
            self._warn(f"{reason}. Using the default settings{where}.")
        else:
            self._warn(f"{reason}. Starting with defaults.")
        return self.record_type()

    def _move_aside(self) -> Path | None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.stem}.broken-{stamp}{self.path.suffix}")
        counter = 1
        while target.exists():
            counter += 1
            target = self.path.with_name(
                f"{self.path.stem}.broken-{stamp}-{counter}{self.path.suffix}"
            )
        try:
            self.path.rename(target)
        except OSError as error:
            self._warn(f"{self.path} could not be moved aside ({error})")
            return None
        return target

    def _warn(self, message: str) -> None:
        log.warning("%s", message)
        self.warnings.append(message)


class SettingsStore(JsonRecordStore[Settings]):
    def __init__(self, path: Path) -> None:
        super().__init__(path, Settings, keep_broken=True)


class UiStateStore(JsonRecordStore[UiState]):
    def __init__(self, path: Path) -> None:
        super().__init__(path, UiState, keep_broken=False)


def load_settings(path: Path) -> Settings:
    """Convenience for the command line: the preferences, defaults where the file is unusable."""
    return SettingsStore(path).load()
