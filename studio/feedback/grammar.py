"""The Grammar & spelling panel: LanguageTool when there is one, offline spelling when not.

Backends, in the order FEEDBACK.md gives them:

1. `RemoteLanguageToolChecker` - a LanguageTool server the user configured (an agency's own).
2. `LocalLanguageToolChecker` - LanguageTool already installed in language-tool-python's folder
   (`LTP_PATH`, which the studio points at `<cache dir>/languagetool`), run on Java >= 17.
3. `OfflineSpellingChecker` - pyspellchecker's dictionaries, labelled as spelling only.

`make_grammar_checker(mode)` picks one for a mode of `studio.settings.GrammarMode` ("auto",
"server", "local", "offline-spelling", "off") or a server URL (`studio check --grammar URL`).
"auto" never opens a network connection unless a server URL was configured, and never downloads
LanguageTool unless `allow_download=True`. In "auto" and "local" a LanguageTool backend is
wrapped in `FallbackChecker`, so a server that is down or a local LanguageTool that is missing or
fails to start degrades to offline spelling, labelled with the reason; an explicit server does
not fall back: the user asked for that server, so its failure is reported (`GrammarUnavailable`).
LanguageTool is downloaded into the studio's own cache only when the user asks, by
`studio.feedback.languagetool_download` (which also points `LTP_PATH` there).

Rule ids. A LanguageTool match becomes `LT:<LanguageTool rule id>` (e.g. `LT:MORFOLOGIK_RULE_EN_US`)
so "ignore this rule" works per LanguageTool rule with the ordinary `RuleSettings`; the offline
dictionary's findings are `PF-SPELLING`. All of them belong to the catalogue's `PF-GRAMMAR` row
and carry `Panel.GRAMMAR`; LanguageTool's category name prefixes the message ("Possible Typo: ...")
and its rule page, when the server sends one, is the finding's `source`.

What language-tool-python does and does not do for us (read from its 3.4 source):
- it connects (`/v2/languages`), normalises the language tag, and starts/stops the local Java
  server; we use it for exactly that;
- its requests wait 300 s (`LanguageTool._TIMEOUT`) and its `check()` retries once and, for a
  local server, kills and restarts Java on any I/O error; its `Match` drops the category name and
  the rule URLs and converts the UTF-16 offset but not the length, through a class-level cache
  that is not thread-safe. So we lower `_TIMEOUT` in a subclass (it is only a class attribute)
  and send `/v2/check` ourselves, with one short time-out and no retry, and convert LanguageTool's
  UTF-16 offsets with `studio.domain.text.OffsetMap`;
- failures arrive as `LanguageToolError` (unreachable server, non-JSON answer),
  `requests.exceptions.ConnectionError` (download attempted offline), `ValueError` (language the
  server does not know) or `ModuleNotFoundError`/`SystemError` (no or old Java): all become
  `GrammarUnavailable` with a reason in plain words.

Social-media noise is never reported: hashtags, @mentions, URLs, e-mail addresses, cashtags,
emoji and emoticons. LanguageTool matches that fall on such a token are dropped (the server's
speller does not know "#intant" is a hashtag), and the offline speller skips those tokens and
also numbers, words with digits, ACRONYMS, camelCase names, capitalised words mid-sentence,
elongated words ("sooo") and laughter ("hahaha"). A short list of everyday social-media words
("selfie", "livestream") and the user's `extra_words` are accepted by both spelling backends.

Time-outs: a server gets 2 s to accept the connection and 2.5 s to answer a check (a local
LanguageTool 5 s, after a one-off warm-up request when it starts). After a failure the backend
is not asked again for 30 s (a failed local start: 5 minutes), so typing never queues behind the
same time-out; "auto" shows offline spelling meanwhile.

Checkers are thread-safe (one lock each) so the GUI may call them from a worker thread; `check`
and `prepare` may block (network, starting Java) and must not run on the GUI thread. Call
`close()` (or use `with`) to stop a local LanguageTool server.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import time
import urllib.parse
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import regex

from studio.domain.text import OffsetMap
from studio.feedback.model import Finding, Panel, Severity

# language-tool-python, requests and pyspellchecker take a quarter of a second to import, and this
# module is imported by the window (the status bar, rule settings) long before any check runs; so
# each function that needs them imports them itself (Python caches modules after the first time).
if TYPE_CHECKING:
    import requests
    from language_tool_python import LanguageTool
    from spellchecker import SpellChecker

GRAMMAR_CATALOGUE_ID = "PF-GRAMMAR"
LANGUAGETOOL_RULE_PREFIX = "LT:"
OFFLINE_SPELLING_RULE_ID = "PF-SPELLING"

# An editor needs an answer while the writer still looks at the sentence; a server that takes
# longer is treated as unavailable for this check (the next keystroke asks again).
REMOTE_CONNECT_TIMEOUT = 2.0
REMOTE_READ_TIMEOUT = 2.5
# A local LanguageTool shares the writer's machine; give it a little more room.
LOCAL_READ_TIMEOUT = 5.0
# Its very first request loads the language's rules (LanguageTool does that lazily).
LOCAL_WARM_UP_TIMEOUT = 60.0
# After a failure, do not make every keystroke wait for the same time-out again.
REMOTE_RETRY_AFTER = 30.0
LOCAL_RETRY_AFTER = 300.0
MINIMUM_JAVA = (17, 0)
MAX_SUGGESTIONS = 5

# LanguageTool rules that fight social-media style: spacing around emoji and line art is chosen
# on purpose in posts, so repeated white space is not a slip there.
DISABLED_LANGUAGETOOL_RULES = ("WHITESPACE_RULE",)

SPELLING_WHY = "Spelling slips distract readers from what you mean."
_WHY_BY_CATEGORY = {
    "TYPOS": SPELLING_WHY,
    "GRAMMAR": "Grammar slips distract readers from what you mean.",
    "CONFUSED_WORDS": "A look-alike word can make readers stop and guess what you mean.",
    "PUNCTUATION": "Punctuation guides readers through a sentence; a slip makes them reread it.",
    "TYPOGRAPHY": "Punctuation guides readers through a sentence; a slip makes them reread it.",
    "CASING": "Consistent capitals make names and sentence starts easy to recognise.",
    "STYLE": "Plain, tight wording is easier to read on a small screen.",
    "REDUNDANCY": "Plain, tight wording is easier to read on a small screen.",
    "PLAIN_ENGLISH": "Plain, tight wording is easier to read on a small screen.",
}
_DEFAULT_WHY = "Spelling and grammar slips distract readers from what you mean."
# Style suggestions are nudges; typos and grammar are real slips the reader will notice.
_STYLE_CATEGORIES = frozenset({"STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "REPETITIONS_STYLE"})
_STYLE_ISSUE_TYPES = frozenset({"style", "register", "typographical", "whitespace"})


class GrammarBackendKind(StrEnum):
    REMOTE = "remote"
    LOCAL = "local"
    OFFLINE_SPELLING = "offline-spelling"
    OFF = "off"


class GrammarUnavailable(Exception):
    """The backend cannot check right now; `reason` says why in words a writer understands."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class GrammarChecker(ABC):
    """One grammar backend. `check` returns code-point spans into exactly the text it was given."""

    kind: GrammarBackendKind

    @property
    @abstractmethod
    def description(self) -> str:
        """A status-bar line: which backend answers ("Local LanguageTool", ...)."""

    @abstractmethod
    def check(self, text: str, locale: str) -> tuple[Finding, ...]:
        """Findings for `text`; raises `GrammarUnavailable` when the backend cannot answer."""

    def prepare(self, locale: str = "en-US") -> None:  # noqa: B027 - optional hook
        """Connect or start the backend now (off the GUI thread), instead of on the first check."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections and stop a local LanguageTool server."""

    def __enter__(self) -> GrammarChecker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


# The keywords `make_grammar_checker` understands; they are `studio.settings.GrammarMode`'s values.
MODE_OFF = "off"
MODE_AUTO = "auto"
MODE_SERVER = "server"
MODE_LOCAL = "local"
MODE_OFFLINE_SPELLING = "offline-spelling"


def make_grammar_checker(
    mode: str,
    *,
    server_url: str | None = None,
    allow_download: bool = False,
    extra_words: Iterable[str] = (),
) -> GrammarChecker:
    """Choose the backend for `mode` without any network I/O (it may run `java -version`).

    - "off": nothing is checked.
    - "auto": the configured `server_url` if given, else an installed LanguageTool with
      Java >= 17, else offline spelling; a LanguageTool backend falls back to offline spelling
      when it fails. `allow_download=True` lets "auto" download LanguageTool through the library
      when Java is there but LanguageTool is not (slow, silent: only after the user agreed).
    - "server": only `server_url`, without fallback; offline spelling when no URL is set.
    - "local": the installed LanguageTool, falling back to offline spelling with the reason
      (not installed, no Java 17) in its description.
    - "offline-spelling": the offline dictionary only.
    - an http(s) URL: that server only, without fallback.

    Raises `ValueError` for a mode that is neither a keyword nor an http(s) URL.
    """
    words = tuple(extra_words)
    chosen = mode.strip()
    keyword = chosen.lower()
    if keyword == MODE_OFF:
        return GrammarOffChecker()
    if keyword == MODE_OFFLINE_SPELLING:
        return OfflineSpellingChecker(extra_words=words, reason="chosen in Preferences")
    if keyword == MODE_SERVER:
        if not server_url:
            return OfflineSpellingChecker(extra_words=words, reason="no LanguageTool server set")
        return RemoteLanguageToolChecker(server_url, extra_words=words)
    if keyword == MODE_LOCAL:
        if not _java_is_recent_enough():
            reason = f"local LanguageTool needs Java {MINIMUM_JAVA[0]} or newer"
            return OfflineSpellingChecker(extra_words=words, reason=reason)
        local = LocalLanguageToolChecker(find_languagetool_install(), extra_words=words)
        return FallbackChecker(local, OfflineSpellingChecker(extra_words=words))
    if keyword != MODE_AUTO:
        return RemoteLanguageToolChecker(chosen, extra_words=words)
    if server_url:
        primary: GrammarChecker = RemoteLanguageToolChecker(server_url, extra_words=words)
        return FallbackChecker(primary, OfflineSpellingChecker(extra_words=words))
    install = find_languagetool_install()
    if (install is not None or allow_download) and _java_is_recent_enough():
        local = LocalLanguageToolChecker(install, allow_download=allow_download, extra_words=words)
        return FallbackChecker(local, OfflineSpellingChecker(extra_words=words))
    return OfflineSpellingChecker(extra_words=words)


# --- The backends -------------------------------------------------------------------------------


class GrammarOffChecker(GrammarChecker):
    kind = GrammarBackendKind.OFF

    @property
    def description(self) -> str:
        return "Grammar checks off"

    def check(self, text: str, locale: str) -> tuple[Finding, ...]:
        return ()


def _editor_language_tool(*, timeout: tuple[float, float], **options: Any) -> LanguageTool:
    """language-tool-python's client with an editor's patience; connects or starts Java."""
    return _editor_language_tool_class()(timeout=timeout, **options)


@cache
def _editor_language_tool_class() -> type[LanguageTool]:
    # The subclass is made on first use, so importing this module does not import the library.
    from language_tool_python import LanguageTool
    from language_tool_python.exceptions import ServerError

    class EditorLanguageTool(LanguageTool):
        """language-tool-python's client with an editor's patience instead of five minutes."""

        # The library tries every port from 8081 to 8999 when Java exits early; a broken
        # installation would then keep the worker busy for minutes. Three ports are plenty.
        _PORT_ATTEMPTS = 3

        def __init__(self, *, timeout: tuple[float, float], **options: Any) -> None:
            # The library reads `self._TIMEOUT` (a class attribute, 300 s) for every request it
            # makes, including the language list fetched by its constructor; shadow it first.
            self._TIMEOUT = timeout  # type: ignore[assignment]
            super().__init__(**options)

        def _start_server_on_free_port(self) -> None:
            self._available_ports = self._available_ports[: self._PORT_ATTEMPTS - 1]
            super()._start_server_on_free_port()

        def _start_local_server(self) -> None:
            try:
                super()._start_local_server()
            except ServerError:
                # The library keeps a Java process that exited early (or never became ready) in
                # its process list with an open pipe, and starts the next one beside it; stop it.
                self._terminate_server()
                raise

    return EditorLanguageTool


class _LanguageToolChecker(GrammarChecker):
    """What the server and the local backends share: connecting lazily, /v2/check, findings."""

    def __init__(
        self,
        *,
        read_timeout: float,
        retry_after: float,
        extra_words: Iterable[str],
    ) -> None:
        self.read_timeout = read_timeout
        self.retry_after = retry_after
        self._accepted_words = _accepted_words(extra_words)
        self._lock = threading.Lock()
        self._tool: LanguageTool | None = None
        self._session: requests.Session | None = None
        self._locale: str | None = None
        self._warmed_up = False
        self._failure: GrammarUnavailable | None = None
        self._retry_at = 0.0

    @abstractmethod
    def _connect(self) -> LanguageTool:
        """Build the library client (connects to or starts LanguageTool); may raise anything.

        The client is built for "auto" (every server knows it) and switched to the writer's
        language afterwards, so an unsupported language never leaves a half-built client behind.
        """

    @abstractmethod
    def _explain(self, error: BaseException, *, connecting: bool) -> str:
        """The plain-words reason for a failure while connecting or while checking."""

    @property
    def _timeout(self) -> tuple[float, float]:
        return (REMOTE_CONNECT_TIMEOUT, self.read_timeout)

    def prepare(self, locale: str = "en-US") -> None:
        with self._lock:
            self._ready_tool(locale)

    def check(self, text: str, locale: str) -> tuple[Finding, ...]:
        if not text.strip():
            return ()
        with self._lock:
            tool = self._ready_tool(locale)
            payload = self._post_check(tool, text)
        return languagetool_findings(text, payload, accepted_words=self._accepted_words)

    def close(self) -> None:
        with self._lock:
            self._drop_connection()

    def _ready_tool(self, locale: str) -> LanguageTool:
        if self._failure is not None:
            if time.monotonic() < self._retry_at:
                raise self._failure  # don't make every keystroke wait for the same failure
            self._failure = None
        connecting = self._tool is None or not self._warmed_up
        try:
            if self._tool is None:
                import requests

                self._tool = self._connect()
                self._session = requests.Session()
                self._locale = None
            if locale != self._locale:
                self._tool.language = locale  # asks the server which languages it knows
                self._locale = locale
            if not self._warmed_up:
                self._warm_up(self._tool)
                self._warmed_up = True
        except ValueError as error:  # a language it does not check: the backend itself is fine
            raise GrammarUnavailable(self._explain(error, connecting=connecting)) from error
        except Exception as error:  # the library raises many unrelated types; see module doc
            self._drop_connection()
            reason = self._explain(error, connecting=connecting)
            raise self._remember(GrammarUnavailable(reason), self.retry_after) from error
        return self._tool

    def _warm_up(self, tool: LanguageTool) -> None:
        """Run once after connecting; a local server uses it to load its rules before typing."""

    def _check_request(
        self, tool: LanguageTool, text: str, timeout: tuple[float, float]
    ) -> requests.Response:
        assert self._session is not None
        form = {
            "text": text,
            "language": str(tool.language),
            "disabledRules": ",".join(DISABLED_LANGUAGETOOL_RULES),
        }
        return self._session.post(
            urllib.parse.urljoin(tool.url, "check"), data=form, timeout=timeout
        )

    def _post_check(self, tool: LanguageTool, text: str) -> Mapping[str, Any]:
        import requests

        try:
            response = self._check_request(tool, text, self._timeout)
        except requests.RequestException as error:
            if not isinstance(error, requests.Timeout):
                self._drop_connection()  # the server went away: connect afresh next time
            reason = self._explain(error, connecting=False)
            # A slow answer is retried sooner than a failed start: the server may have caught up.
            retry_after = min(self.retry_after, REMOTE_RETRY_AFTER)
            raise self._remember(GrammarUnavailable(reason), retry_after) from error
        if response.status_code != 200:
            # A LanguageTool server explains a refused request in plain text (bad language...).
            answer = " ".join(response.text.split())[:200]
            raise GrammarUnavailable(
                f"{self.description} refused the check ({response.status_code}): {answer}"
            )
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            raise GrammarUnavailable(f"{self.description} did not answer like LanguageTool.")
        return payload

    def _remember(self, failure: GrammarUnavailable, retry_after: float) -> GrammarUnavailable:
        self._failure = failure
        self._retry_at = time.monotonic() + retry_after
        return failure

    def _drop_connection(self) -> None:
        self._warmed_up = False
        if self._tool is not None:
            self._tool.close()  # stops a local Java server; nothing to do for a remote one
            self._tool = None
        if self._session is not None:
            self._session.close()
            self._session = None


class RemoteLanguageToolChecker(_LanguageToolChecker):
    kind = GrammarBackendKind.REMOTE

    def __init__(
        self,
        server_url: str,
        *,
        read_timeout: float = REMOTE_READ_TIMEOUT,
        retry_after: float = REMOTE_RETRY_AFTER,
        extra_words: Iterable[str] = (),
    ) -> None:
        super().__init__(
            read_timeout=read_timeout, retry_after=retry_after, extra_words=extra_words
        )
        self.server_url = normalise_server_url(server_url)

    @property
    def description(self) -> str:
        return f"LanguageTool server at {_display_url(self.server_url)}"

    def _connect(self) -> LanguageTool:
        return _editor_language_tool(
            timeout=self._timeout, language="auto", remote_server=self.server_url
        )

    def _explain(self, error: BaseException, *, connecting: bool) -> str:
        import requests
        from language_tool_python.exceptions import LanguageToolError

        server = f"the LanguageTool server at {_display_url(self.server_url)}"
        if _caused_by(error, requests.ConnectTimeout):
            return f"No answer from {server} within {REMOTE_CONNECT_TIMEOUT:g} s."
        if _caused_by(error, requests.Timeout):
            return f"No answer from {server} within {self.read_timeout:g} s."
        if _caused_by(error, requests.ConnectionError):
            return f"Cannot reach {server}. Is it running, and is the address right?"
        if isinstance(error, ValueError):
            return f"The{server[3:]} does not check this language ({error})."
        if isinstance(error, LanguageToolError):
            return f"The{server[3:]} did not answer like LanguageTool."
        return f"The{server[3:]} failed: {error}"


class LocalLanguageToolChecker(_LanguageToolChecker):
    kind = GrammarBackendKind.LOCAL

    def __init__(
        self,
        install: LanguageToolInstall | None,
        *,
        allow_download: bool = False,
        read_timeout: float = LOCAL_READ_TIMEOUT,
        retry_after: float = LOCAL_RETRY_AFTER,
        extra_words: Iterable[str] = (),
    ) -> None:
        super().__init__(
            read_timeout=read_timeout, retry_after=retry_after, extra_words=extra_words
        )
        self.install = install
        self.allow_download = allow_download

    @property
    def description(self) -> str:
        return "Local LanguageTool"

    def _connect(self) -> LanguageTool:
        install = self.install or find_languagetool_install()
        if install is None and not self.allow_download:
            # language-tool-python would download it silently; that needs the user's consent.
            raise FileNotFoundError("LanguageTool is not installed")
        if install is None:  # the library downloads its default version first
            return _editor_language_tool(timeout=self._timeout, language="auto")
        return _editor_language_tool(
            timeout=self._timeout, language="auto", language_tool_download_version=install.version
        )

    def _warm_up(self, tool: LanguageTool) -> None:
        # LanguageTool loads a language's rules on its first request, which can take longer than
        # an editor's time-out; pay that once here, in the worker, instead of failing a check.
        self._check_request(tool, "Warming up.", (REMOTE_CONNECT_TIMEOUT, LOCAL_WARM_UP_TIMEOUT))

    def _explain(self, error: BaseException, *, connecting: bool) -> str:
        import requests

        if isinstance(error, FileNotFoundError):
            return "LanguageTool is not installed."
        if isinstance(error, ModuleNotFoundError):
            return "LanguageTool needs Java, which was not found."
        if isinstance(error, SystemError):
            return f"LanguageTool needs Java {MINIMUM_JAVA[0]} or newer."
        if _caused_by(error, requests.Timeout):
            return f"Local LanguageTool did not answer within {self.read_timeout:g} s."
        if _caused_by(error, requests.ConnectionError):
            if connecting:  # starting only touches the network to download LanguageTool
                return "LanguageTool could not be downloaded: no connection."
            return "Local LanguageTool stopped answering."
        if isinstance(error, ValueError):
            return f"Local LanguageTool does not check this language ({error})."
        return f"Local LanguageTool could not start: {error}"


class OfflineSpellingChecker(GrammarChecker):
    """Spelling only, from pyspellchecker's word-frequency dictionaries; no grammar."""

    kind = GrammarBackendKind.OFFLINE_SPELLING

    def __init__(
        self, *, extra_words: Iterable[str] = (), reason: str = "LanguageTool not available"
    ) -> None:
        self._accepted_words = _accepted_words(extra_words)
        self.reason = reason  # why LanguageTool is not used, for the status bar

    @property
    def description(self) -> str:
        return self.described_with(self.reason)

    @staticmethod
    def described_with(reason: str) -> str:
        return f"Offline spelling ({reason.rstrip('.')})"

    def prepare(self, locale: str = "en-US") -> None:
        _dictionary(_dictionary_language(locale))  # loading takes a few hundred milliseconds

    def check(self, text: str, locale: str) -> tuple[Finding, ...]:
        return offline_spelling_findings(
            text,
            _dictionary_language(locale),
            accepted_words=self._accepted_words,
            accept_british=_accepts_british_spelling(locale),
        )


class FallbackChecker(GrammarChecker):
    """LanguageTool when it answers, otherwise offline spelling; says which one answered."""

    def __init__(self, primary: GrammarChecker, fallback: OfflineSpellingChecker) -> None:
        self.primary = primary
        self.fallback = fallback
        self.last_failure: GrammarUnavailable | None = None

    @property
    def kind(self) -> GrammarBackendKind:  # type: ignore[override]
        return self.fallback.kind if self.last_failure is not None else self.primary.kind

    @property
    def description(self) -> str:
        if self.last_failure is None:
            return self.primary.description
        return self.fallback.described_with(self.last_failure.reason)

    def prepare(self, locale: str = "en-US") -> None:
        try:
            self.primary.prepare(locale)
        except GrammarUnavailable as failure:
            self.last_failure = failure
            self.fallback.prepare(locale)
        else:
            self.last_failure = None

    def check(self, text: str, locale: str) -> tuple[Finding, ...]:
        try:
            findings = self.primary.check(text, locale)
        except GrammarUnavailable as failure:
            self.last_failure = failure
            return self.fallback.check(text, locale)
        self.last_failure = None
        return findings

    def close(self) -> None:
        self.primary.close()
        self.fallback.close()


# --- Finding LanguageTool and Java on this machine -----------------------------------------------


@dataclass(frozen=True, slots=True)
class LanguageToolInstall:
    version: str  # "6.8", or a snapshot date "20250101"
    directory: Path


def find_languagetool_install() -> LanguageToolInstall | None:
    """The newest LanguageTool in language-tool-python's download folder, without downloading.

    The folder is `LTP_PATH` or `~/.cache/language_tool_python` (the library creates it when
    asked where it is); the studio points `LTP_PATH` at its own cache dir at start
    (`languagetool_download.use_studio_languagetool_dir`). An installation counts only when its
    server jar is there.
    """
    from language_tool_python.download_lt import LocalLanguageTool as LibraryInstall

    try:
        installs = sorted(LibraryInstall.get_installed_versions(), reverse=True)
    except OSError:
        return None
    for install in installs:
        try:
            jar = install.get_jar_path()
        except (FileNotFoundError, OSError):
            continue
        return LanguageToolInstall(version=install.version_name, directory=jar.parent)
    return None


# `java -version` prints e.g. 'openjdk version "17.0.15" 2025-04-15', 'java version "1.8.0_291"'
# or 'openjdk version "21" 2023-09-19', possibly after JVM notices ("Picked up JAVA_OPTIONS").
_JAVA_VERSION = re.compile(
    r'^(?:java|openjdk) version "(?P<release>(?P<major>\d+)(?:\.(?P<minor>\d+))?'
    r'(?:\.(?P<third>\d+))?[^"]*)"',
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class JavaRuntime:
    """The `java` that language-tool-python would run."""

    executable: str
    version: tuple[int, int]  # (major, minor); Java 8's "1.8.0" is (8, 0)
    release: str  # as the JVM prints it, e.g. "17.0.15", for people to read

    @property
    def can_run_languagetool(self) -> bool:
        return self.version >= MINIMUM_JAVA


def parse_java_version(output: str) -> tuple[int, int] | None:
    """(major, minor) from `java -version` output; Java 8's "1.8.0" reads as (8, 0)."""
    match = _JAVA_VERSION.search(output)
    if match is None:
        return None
    major = int(match["major"])
    minor = int(match["minor"] or 0)
    if major == 1:  # the pre-Java-9 scheme: 1.<major>.<minor>
        return (minor, int(match["third"] or 0))
    return (major, minor)


def find_java(java: str | None = None, *, timeout: float = 10.0) -> JavaRuntime | None:
    """The `java` on PATH (or `java`) with its version, or None when there is none that runs.

    Starts a JVM (a fraction of a second, more on a cold disk): not on the GUI thread.
    """
    executable = java or shutil.which("java")
    if executable is None:
        return None
    try:
        completed = subprocess.run(
            [executable, "-version"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    output = completed.stderr + "\n" + completed.stdout
    version = parse_java_version(output)
    match = _JAVA_VERSION.search(output)
    if version is None or match is None:
        return None
    return JavaRuntime(executable=executable, version=version, release=match["release"])


def java_version(java: str | None = None, *, timeout: float = 10.0) -> tuple[int, int] | None:
    """The version of the `java` that language-tool-python would run (the one on PATH), or None."""
    runtime = find_java(java, timeout=timeout)
    return runtime.version if runtime is not None else None


def _java_is_recent_enough() -> bool:
    version = java_version()
    return version is not None and version >= MINIMUM_JAVA


def probe_languagetool_server(url: str, locale: str = "en-US") -> str:
    """Ask the server at `url` for one small check; a sentence saying it works, in plain words.

    Raises `ValueError` for a URL that is not http(s) and `GrammarUnavailable` (with the reason a
    writer understands) when the server cannot be reached or does not answer like LanguageTool.
    Blocks for up to a few seconds: not on the GUI thread.
    """
    with RemoteLanguageToolChecker(url) as checker:
        checker.check("This sentence checks the connection.", locale)
    return f"Connected: {checker.description} answered a test check."


def normalise_server_url(url: str) -> str:
    """The server's base URL with a trailing slash, without the API's "v2/" (the library adds it).

    Raises ValueError for anything that is not an http(s) URL with a host.
    """
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError(
            f"Grammar mode must be 'off', 'auto' or a LanguageTool server URL "
            f"such as http://localhost:8081, not {url!r}."
        )
    path = re.sub(r"/v2/?(?:check|languages)?/?$", "", parsed.path).rstrip("/") + "/"
    return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, path, "", ""))


def _display_url(url: str) -> str:
    """The URL without user name or password, for the status bar."""
    parsed = urllib.parse.urlsplit(url)
    host = parsed.hostname or ""
    netloc = f"{host}:{parsed.port}" if parsed.port else host
    return urllib.parse.urlunsplit((parsed.scheme, netloc, parsed.path, "", "")).rstrip("/")


def _caused_by(error: BaseException, kind: type[BaseException]) -> bool:
    """Whether `error` or anything it was raised from or during is a `kind`."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


# --- LanguageTool's answer as findings ----------------------------------------------------------


def languagetool_findings(
    text: str, payload: Mapping[str, Any], *, accepted_words: frozenset[str] = frozenset()
) -> tuple[Finding, ...]:
    """Findings from a `/v2/check` JSON answer about `text` (offsets in UTF-16 code units)."""
    matches = payload.get("matches")
    if not isinstance(matches, list):
        return ()
    offsets = OffsetMap(text)
    noise = social_noise_spans(text)
    findings: list[Finding] = []
    for match in matches:
        try:
            utf16_start = int(match["offset"])
            utf16_end = utf16_start + int(match["length"])
            rule = match["rule"]
            rule_id = str(rule["id"])
        except (KeyError, TypeError, ValueError):
            continue  # a match we cannot place is better left out than shown in the wrong place
        start, end = offsets.to_codepoint(utf16_start), offsets.to_codepoint(utf16_end)
        if end < start or _mostly_noise(text, start, end, noise):
            continue
        category = rule.get("category") or {}
        category_id = str(category.get("id", ""))
        issue_type = str(rule.get("issueType", ""))
        spelling = category_id == "TYPOS" or issue_type == "misspelling"
        if spelling and _normalised_word(text[start:end]) in accepted_words:
            continue
        category_name = str(category.get("name") or category_id or "LanguageTool")
        message = str(match.get("message") or rule.get("description") or "Possible slip.")
        findings.append(
            Finding(
                rule_id=f"{LANGUAGETOOL_RULE_PREFIX}{rule_id}",
                panel=Panel.GRAMMAR,
                severity=_languagetool_severity(category_id, issue_type),
                start=start,
                end=end,
                message=f"{category_name}: {message}",
                why=_WHY_BY_CATEGORY.get(category_id, _DEFAULT_WHY),
                suggestions=_replacements(match.get("replacements")),
                source=_rule_url(rule),
            )
        )
    return tuple(findings)


def _languagetool_severity(category_id: str, issue_type: str) -> Severity:
    if category_id in _STYLE_CATEGORIES or issue_type in _STYLE_ISSUE_TYPES:
        return Severity.INFO
    return Severity.WARN


def _replacements(replacements: object) -> tuple[str, ...]:
    if not isinstance(replacements, list):
        return ()
    values = (r.get("value") for r in replacements if isinstance(r, dict))
    return tuple(v for v in values if isinstance(v, str))[:MAX_SUGGESTIONS]


def _rule_url(rule: Mapping[str, Any]) -> str:
    urls = rule.get("urls")
    if isinstance(urls, list):
        for url in urls:
            if isinstance(url, dict) and isinstance(url.get("value"), str):
                return url["value"]
    return ""


# --- Social-media noise -------------------------------------------------------------------------

_URL = r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]}'’”]"
_BARE_DOMAIN = (
    r"(?<![\w@.])(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|app|dev|ly|me|tv|gg|to|uk|de|fr|eu|us"
    r"|ca|au|in|info|biz|shop|store|blog|link|social)(?:/[^\s<>\"]*[^\s<>\".,;:!?)\]}'’”])?\b"
)
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# @anna, @anna.b, and Mastodon's @anna@example.social
_MENTION = r"(?<![\w@])@\w+(?:[.\-]\w+)*(?:@[\w-]+(?:\.[\w-]+)+)?"
_HASHTAG = r"(?<![\w#&])#[\p{L}\p{M}\p{N}_]+"
_CASHTAG = r"(?<![\w$])\$[A-Za-z]{1,6}(?:\.[A-Za-z]{1,2})?\b"
_EMOTICON = r"(?<!\S)(?:[:;=][-'^]?[)(\]\[DPpO/\\|*3]+|<3+|[xX]D+|\^_*\^|-_+-|¯\\_\(ツ\)_/¯)(?!\w)"
# A pictograph or flag letter with its modifiers and joined parts, or a keycap like 1️⃣.
_EMOJI = (
    r"[\p{Extended_Pictographic}\p{Regional_Indicator}]"
    r"[\p{M}\u200d\ufe0f\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]*"
    r"|[0-9#*]\ufe0f?\u20e3"
)
_NOISE = regex.compile(
    "|".join((_URL, _EMAIL, _MENTION, _HASHTAG, _CASHTAG, _BARE_DOMAIN, _EMOTICON, _EMOJI)),
    regex.IGNORECASE,
)
_CHUNK = regex.compile(r"\S+")
_PLAIN_END = frozenset(",.!?;:'\"")


def social_noise_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Code-point spans of hashtags, @mentions, URLs, e-mail addresses, cashtags and emoji."""
    # Every noise token lies inside one run of non-space characters, and most runs are plain
    # words: skipping those keeps this linear and fast (the full pattern is slow on prose).
    spans: list[tuple[int, int]] = []
    for chunk in _CHUNK.finditer(text):
        word = chunk.group()
        if word.isalnum() or (word[-1] in _PLAIN_END and word[:-1].isalnum()):
            continue
        offset = chunk.start()
        spans.extend((offset + m.start(), offset + m.end()) for m in _NOISE.finditer(word))
    return tuple(spans)


def _mostly_noise(text: str, start: int, end: int, noise: tuple[tuple[int, int], ...]) -> bool:
    """True when the span touches a noise token and has no letters or digits outside noise.

    A sentence-level grammar match that merely contains a hashtag is kept; a speller's match on
    the word inside "#intant" or "@recieve_bot" is dropped.
    """
    overlapping = [(s, e) for s, e in noise if s < max(end, start + 1) and e > start]
    if not overlapping:
        return False
    outside = [
        char
        for index, char in enumerate(text[start:end], start)
        if not any(s <= index < e for s, e in overlapping)
    ]
    return not any(char.isalnum() for char in outside)


# --- Offline spelling ---------------------------------------------------------------------------

# Everyday words of social posts that pyspellchecker's frequency lists lack (checked against its
# English list; written for this project).
# fmt: off
_SOCIAL_WORDS = frozenset((
    "app", "apps", "blog", "blogger", "bloggers", "brb", "btw", "covid", "dm", "dms", "emoji",
    "emojis", "facebook", "fomo", "fyi", "gif", "gifs", "haha", "hashtag", "hashtags", "hehe",
    "idk", "imho", "imo", "influencer", "influencers", "instagram", "irl", "lmao", "lol",
    "livestream", "livestreamed", "livestreaming", "livestreams", "login", "logout", "mastodon",
    "meme", "memes", "ngl", "okay", "omg", "onboarding", "podcast", "podcasts", "repost",
    "reposted", "reposting", "reposts", "selfie", "selfies", "smh", "tbh", "thx", "tiktok",
    "unboxing", "unfollow", "unfollowed", "vlog", "vlogger", "vloggers", "vlogs", "webinar",
    "webinars", "wifi", "xoxo", "yay", "youtube", "youtuber", "youtubers", "bestie", "besties",
    "fam", "meetup", "meetups", "signup", "inbox", "smartphone", "smartphones", "ebook", "ebooks",
    "retweet", "retweets", "reddit", "subreddit", "linkedin", "whatsapp", "matcha", "upcycled",
    "upcycling", "collab", "collabs", "merch", "preorder", "preorders", "esports", "cosplay",
    "playlist", "playlists", "spotify", "selfcare", "cofounder", "ecommerce", "unboxed", "ootd",
    "grwm", "lowkey", "highkey", "bae", "yall", "cafe", "cafes", "bio", "bios", "insta", "fav",
    "favs", "vid", "vids", "pov", "tbt", "smol", "hoodie", "hoodies", "keto", "barista",
    "baristas", "crowdfunding", "restock", "restocked", "restocking",
))
# fmt: on
# pyspellchecker's dictionaries, and the script their words are written in.
_DICTIONARY_SCRIPTS = {
    "en": "Latin",
    "es": "Latin",
    "fr": "Latin",
    "it": "Latin",
    "pt": "Latin",
    "de": "Latin",
    "nl": "Latin",
    "lv": "Latin",
    "eu": "Latin",
    "ru": "Cyrillic",
    "ar": "Arabic",
    "fa": "Arabic",
}
# Past this many words a text is a long article, not a post: check the start and stay fast.
MAX_WORDS_CHECKED = 2000
# Candidate search costs about a millisecond a word; cap it so a pasted foreign text stays fast.
MAX_UNKNOWN_WORDS = 50
# A text where so many words are unknown is in another language (or code): say nothing.
_FOREIGN_TEXT_RATIO = 0.5
_FOREIGN_TEXT_MIN_WORDS = 8

_WORD_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*")
_SENTENCE_BOUNDARY = regex.compile(r"[.!?…:]\s*$|\n\s*$|^\s*$")
_LEAD_IN = regex.compile(r"[\s\"'“‘(\[\p{So}\p{Sk}\p{M}\p{Cf}\p{Pd}•*]+$")
_PICTOGRAPH = regex.compile(r"\p{Extended_Pictographic}")
_ELONGATED = regex.compile(r"(\p{L})\1\1")
_LAUGHTER = regex.compile(r"^(?:(?:ha|he|hi|ho|ja|lo)l?){2,}h?$", regex.IGNORECASE)


def offline_spelling_findings(
    text: str,
    language: str = "en",
    *,
    accepted_words: frozenset[str] = _SOCIAL_WORDS,
    accept_british: bool = True,
) -> tuple[Finding, ...]:
    """Unknown words that are one edit away from a known word, as PF-SPELLING findings.

    `language` is a pyspellchecker dictionary ("en", "de", ...). Words with no close known word
    are left alone: they are far more often names, jargon or another language than typos, and a
    false alarm costs more trust than a missed slip.
    """
    words = [
        (start, end, word)
        for start, end, word in _checkable_words(text, _DICTIONARY_SCRIPTS.get(language, "Latin"))
        if _normalised_word(word) not in accepted_words
    ][:MAX_WORDS_CHECKED]
    unknown = [
        (start, end, word)
        for start, end, word in words
        if not _is_known(language, _lookup_form(word), accept_british)
    ]
    if len(words) >= _FOREIGN_TEXT_MIN_WORDS and len(unknown) > _FOREIGN_TEXT_RATIO * len(words):
        return ()
    findings: list[Finding] = []
    for start, end, word in unknown[:MAX_UNKNOWN_WORDS]:
        suggestions = _close_words(language, _lookup_form(word))
        if not suggestions:
            continue
        if word[0].isupper():
            suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
        findings.append(
            Finding(
                rule_id=OFFLINE_SPELLING_RULE_ID,
                panel=Panel.GRAMMAR,
                severity=Severity.WARN,
                start=start,
                end=end,
                message=f"Possible spelling mistake: “{word}” is not in the offline dictionary.",
                why=SPELLING_WHY,
                suggestions=suggestions,
            )
        )
    return tuple(findings)


def _checkable_words(text: str, script: str) -> Iterator[tuple[int, int, str]]:
    """Words worth looking up: plain lower-case words, and capitalised ones at a sentence start."""
    noise = social_noise_spans(text)
    noise_index = 0
    for token in _WORD_TOKEN.finditer(text):
        start, end = token.span()
        while noise_index < len(noise) and noise[noise_index][1] <= start:
            noise_index += 1
        if noise_index < len(noise) and noise[noise_index][0] < end:
            continue  # inside a hashtag, mention, URL...
        word = token.group()
        if not _looks_like_a_checkable_word(word, script):
            continue
        if text[end : end + 1] in ("@", "#") or text[start - 1 : start] in ("@", "#", "$", "/"):
            continue
        if word[0].isupper() and not _at_sentence_start(text, start):
            continue  # a capitalised word mid-sentence is most likely a name
        yield start, end, word


@lru_cache(maxsize=16384)
def _looks_like_a_checkable_word(word: str, script: str) -> bool:
    if len(word) < 3 or not _script_word(script).match(word):
        return False  # digits, underscores, other scripts, "im"/"ok"-style short forms
    if _ELONGATED.search(word) or _LAUGHTER.match(word):
        return False  # "sooo", "hahaha": chosen on purpose
    # ACRONYMS and camelCase brand names are not dictionary words.
    return not any(char.isupper() for char in word[1:])


@lru_cache(maxsize=8)
def _script_word(script: str) -> regex.Pattern[str]:
    return regex.compile(rf"^[\p{{{script}}}\p{{M}}'’]+$")


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    # Step over opening quotes, brackets, bullets and emoji between the sentence end and the word;
    # an emoji there usually ends the previous sentence in a post ("Best day 🎉 Tomorrow...").
    lead_in = _LEAD_IN.search(before)
    if lead_in is not None:
        if _PICTOGRAPH.search(lead_in.group()):
            return True
        before = before[: lead_in.start()] + " "
    return bool(_SENTENCE_BOUNDARY.search(before))


def _lookup_form(word: str) -> str:
    form = word.lower().replace("’", "'")
    return form[:-2] if form.endswith("'s") else form


# Regular British-American spelling pairs, so "colour" and "organise" are words outside en-US.
_BRITISH_TO_AMERICAN = tuple(
    (regex.compile(pattern), replacement)
    for pattern, replacement in (
        (r"our(s|ed|ing|ful|ite|ites|able)?$", r"or\1"),
        (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"),
        (r"ys(e|es|ed|ing)$", r"yz\1"),
        (r"tre(s)?$", r"ter\1"),
        (r"(?<=[aeiou])ll(ed|ing|er|ers)$", r"l\1"),
        (r"ogue(s)?$", r"og\1"),
        (r"ence(s)?$", r"ense\1"),
        (r"mme(s)?$", r"m\1"),
    )
)


@lru_cache(maxsize=8192)
def _is_known(language: str, word: str, accept_british: bool) -> bool:
    dictionary = _dictionary(language)
    if word in dictionary or word.replace("'", "") in _SOCIAL_WORDS:
        return True
    if not (accept_british and language == "en"):
        return False
    return any(
        (variant := pattern.sub(replacement, word)) != word and variant in dictionary
        for pattern, replacement in _BRITISH_TO_AMERICAN
    )


@lru_cache(maxsize=4096)
def _close_words(language: str, word: str) -> tuple[str, ...]:
    dictionary = _dictionary(language)
    # Distance 1 only: pyspellchecker's distance 2 takes seconds on long words.
    known = dictionary.known(dictionary.edit_distance_1(word))
    ranked = sorted(known, key=lambda w: (-(dictionary.word_usage_frequency(w) or 0.0), w))
    return tuple(ranked[:MAX_SUGGESTIONS])


@cache
def _dictionary(language: str) -> SpellChecker:
    """One loaded dictionary per language for the whole process (loading takes ~0.2 s).

    Loaded in small pieces on purpose: pyspellchecker's own loader parses the whole word list
    in one `json.loads` and builds its letter set in one call, holding Python's interpreter lock
    for ~35 ms: long enough to stall the editor on the GUI thread while the person types. Each
    piece here holds it for about a millisecond. (It fills WordFrequency's fields itself;
    tests/feedback/test_grammar.py checks the result equals the library's own loading.)
    """
    from spellchecker import SpellChecker

    checker = SpellChecker(language=None, distance=1)
    frequency = checker.word_frequency
    counts: Counter[str] = Counter()
    letters: set[str] = set()
    for piece in _word_count_pieces(language):
        counts.update(piece)
        letters.update(*piece)  # one letter set per piece, not one call over every word
    frequency._dictionary = counts
    frequency._letters = letters
    frequency._longest_word_length = max(map(len, counts), default=0)
    frequency._total_words = sum(counts.values())
    frequency._unique_words = len(counts)
    return checker


# About 1,500 words a piece: a millisecond of parsing each.
_PIECE_CHARS = 32_000


def _word_count_pieces(language: str) -> Iterator[dict[str, int]]:
    """pyspellchecker's word list for `language` (one `"word": count,` per line), lower-cased,
    in pieces of whole lines."""
    import gzip
    import json
    import pkgutil

    packed = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    if packed is None:
        raise GrammarUnavailable(f"Offline spelling has no dictionary for {language!r}.")
    text = gzip.decompress(packed).decode("utf-8")
    start = text.index("{") + 1
    end = text.rindex("}")
    while start < end:
        stop = text.find("\n", min(start + _PIECE_CHARS, end))
        stop = end if stop == -1 or stop > end else stop
        body = text[start:stop].strip().rstrip(",")
        if body:
            piece: dict[str, int] = {}
            for word, count in json.loads("{" + body + "}").items():
                key = word.lower()
                piece[key] = piece.get(key, 0) + count
            yield piece
        start = stop + 1


def _dictionary_language(locale: str) -> str:
    language = locale.replace("_", "-").split("-")[0].lower()
    if language not in _DICTIONARY_SCRIPTS:
        raise GrammarUnavailable(f"Offline spelling has no dictionary for {locale!r}.")
    return language


def _accepts_british_spelling(locale: str) -> bool:
    parts = locale.replace("_", "-").split("-")
    return parts[0].lower() == "en" and (len(parts) == 1 or parts[1].upper() != "US")


def _accepted_words(extra_words: Iterable[str]) -> frozenset[str]:
    return _SOCIAL_WORDS | frozenset(_normalised_word(word) for word in extra_words if word.strip())


def _normalised_word(word: str) -> str:
    return word.strip().lower().replace("’", "'")
