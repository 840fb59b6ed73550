"""A small stand-in for a LanguageTool server, speaking its documented HTTP API on 127.0.0.1.

The real server cannot be installed on our machines (FEEDBACK.md), so tests talk to this one
through the real language-tool-python client. It answers:

- GET/POST /v2/languages: a list of {name, code, longCode};
- GET/POST /v2/check (form-encoded `text`, `language`, `disabledRules`): LanguageTool's JSON,
  {software, language, matches: [{message, shortMessage, replacements: [{value}], offset, length,
  context {text, offset, length}, sentence, rule {id, description, issueType,
  category {id, name}, urls?}}]};
- GET /v2/healthcheck.

This HTTP stand-in is the only one we allow (FEEDBACK.md). The local backend is never faked with
a program pretending to be LanguageTool; its tests cover what is honest without the real thing:
finding an installation, refusing to download without consent, Java detection, and failing to
start on a jar that is not LanguageTool.

`ArchiveServer` (below) serves a zip over HTTP for the one-time download's tests; it is a file
server, not a LanguageTool.

Like the real server it counts offsets in UTF-16 code units; the stub computes them on its own
(by encoding the prefix), independently of `studio.domain.text`. Its speller is naive on purpose:
it flags known misspellings anywhere, also inside hashtags, mentions and URLs, the way a real
speller does not know that "#intant" is a hashtag.
"""

from __future__ import annotations

import io
import json
import random
import re
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class StubRule:
    rule_id: str
    pattern: str
    replacements: tuple[str, ...]
    message: str
    category_id: str
    category_name: str
    issue_type: str
    url: str = ""


MISSPELLINGS = {
    "intant": "instant",
    "recieve": "receive",
    "definately": "definitely",
    "teh": "the",
}

DEFAULT_RULES = (
    StubRule(
        "EN_COULD_OF",
        r"\bcould of\b",
        ("could have",),
        "Did you mean “could have”?",
        "GRAMMAR",
        "Grammar",
        "grammar",
        url="https://rules.example/en/could-of",
    ),
    StubRule(
        "EN_VERY_UNIQUE",
        r"\bvery unique\b",
        ("unique",),
        "“Unique” does not need “very”.",
        "REDUNDANCY",
        "Redundant Phrases",
        "style",
    ),
    StubRule(
        "WHITESPACE_RULE",
        r"(?<=\S) {2,}(?=\S)",
        (" ",),
        "Possible typo: you repeated a white space",
        "TYPOGRAPHY",
        "Typography",
        "whitespace",
    ),
)

LANGUAGES = (
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "French", "code": "fr", "longCode": "fr"},
)


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class LanguageToolStub:
    """Start with `start()`; `url` is the base a user would configure (no /v2/)."""

    extra_rules: list[StubRule] = field(default_factory=list)
    # The next check requests wait until `release()` (or `hold_limit` seconds), like a busy server.
    hold_limit: float = 10.0
    # When set, /v2/check answers with this status and body instead of matches.
    error: tuple[int, str] | None = None
    # When set, every endpoint answers with this non-LanguageTool page (a wrong URL).
    not_languagetool: bool = False
    check_forms: list[dict[str, str]] = field(default_factory=list)
    language_requests: int = 0
    waiting: int = 0
    answered_while_held: int = 0

    def __post_init__(self) -> None:
        self._released = threading.Event()
        self._released.set()
        self._lock = threading.Lock()
        self._running: _LocalServer | None = None

    @property
    def url(self) -> str:
        assert self._running is not None, "start() the stub first"
        return self._running.base_url

    def start(self) -> LanguageToolStub:
        stub = self

        class Handler(_Handler):
            pass

        Handler.stub = stub
        self._running = _LocalServer(Handler)
        return self

    def stop(self) -> None:
        self.release()
        if self._running is not None:
            self._running.stop()

    def hold(self) -> None:
        self._released.clear()

    def release(self) -> None:
        self._released.set()

    # --- what the server answers ---------------------------------------------------------------

    def check_answer(self, form: dict[str, str]) -> tuple[int, str, str]:
        with self._lock:
            self.check_forms.append(form)
        if not self._released.is_set():
            with self._lock:
                self.waiting += 1
            self._released.wait(self.hold_limit)
            with self._lock:
                self.waiting -= 1
                self.answered_while_held += 1
        if self.error is not None:
            status, body = self.error
            return status, "text/plain", body
        text = form.get("text", "")
        language = form.get("language", "")
        known = {entry["code"] for entry in LANGUAGES} | {e["longCode"] for e in LANGUAGES}
        if language not in known | {"auto"}:
            return 400, "text/plain", f"Error: '{language}' is not a language code known to LT."
        disabled = set(filter(None, form.get("disabledRules", "").split(",")))
        matches = [m for m in self.matches_for(text) if m["rule"]["id"] not in disabled]
        matches.sort(key=lambda m: m["offset"])
        body = {
            "software": {"name": "LanguageTool", "version": "6.8-stub", "apiVersion": 1},
            "language": {"name": "English (US)", "code": language},
            "matches": matches,
        }
        return 200, "application/json", json.dumps(body)

    def matches_for(self, text: str) -> Iterator[dict[str, object]]:
        for word in re.finditer(r"[A-Za-z]+", text):
            lower = word.group().lower()
            if lower in MISSPELLINGS:
                fix = MISSPELLINGS[lower]
                if word.group()[0].isupper():
                    fix = fix.capitalize()
                speller = StubRule(
                    "MORFOLOGIK_RULE_EN_US",
                    "",
                    (fix,),
                    "Possible spelling mistake found.",
                    "TYPOS",
                    "Possible Typo",
                    "misspelling",
                )
                yield _match(text, word.start(), word.end(), speller)
        for rule in (*DEFAULT_RULES, *self.extra_rules):
            for found in re.finditer(rule.pattern, text, re.IGNORECASE):
                yield _match(text, found.start(), found.end(), rule)


def _match(text: str, start: int, end: int, rule: StubRule) -> dict[str, object]:
    context_start = max(0, start - 40)
    context = text[context_start : end + 40]
    payload: dict[str, object] = {
        "message": rule.message,
        "shortMessage": rule.category_name,
        "replacements": [{"value": value} for value in rule.replacements],
        "offset": utf16_units(text[:start]),
        "length": utf16_units(text[start:end]),
        "context": {
            "text": context,
            "offset": utf16_units(text[context_start:start]),
            "length": utf16_units(text[start:end]),
        },
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {
            "id": rule.rule_id,
            "description": rule.message,
            "issueType": rule.issue_type,
            "category": {"id": rule.category_id, "name": rule.category_name},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }
    if rule.url:
        payload["rule"]["urls"] = [{"value": rule.url}]  # type: ignore[index]
    return payload


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (time-out tests) leaves a broken pipe behind; that is expected.
        pass


class _LocalServer:
    """A quiet HTTP server on 127.0.0.1 (a free port), answering on a daemon thread."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.server = _QuietServer(("127.0.0.1", 0), handler)
        # A short poll interval lets `stop()` return at once instead of after half a second.
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    stub: LanguageToolStub

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        self._route(parts.path, _form(parts.query))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8")
        self._route(urlsplit(self.path).path, _form(body))

    def _route(self, path: str, form: dict[str, str]) -> None:
        if self.stub.not_languagetool:
            self._send(200, "text/html", "<html><body>Welcome to nginx!</body></html>")
        elif path == "/v2/languages":
            self.stub.language_requests += 1
            self._send(200, "application/json", json.dumps(list(LANGUAGES)))
        elif path == "/v2/check":
            self._send(*self.stub.check_answer(form))
        elif path == "/v2/healthcheck":
            self._send(200, "text/plain", "OK")
        else:
            self._send(404, "text/plain", "Not found")

    def _send(self, status: int, content_type: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _form(encoded: str) -> dict[str, str]:
    return {key: values[-1] for key, values in parse_qs(encoded, keep_blank_values=True).items()}


# --- A file server for the one-time download ---------------------------------------------------


def build_languagetool_zip(
    version: str = "6.8",
    *,
    jar_bytes: int = 256 * 1024,
    with_jar: bool = True,
    in_folder: bool = True,
) -> bytes:
    """A zip laid out like LanguageTool's release archive: LanguageTool-<version>/ with a
    `languagetool-server.jar` (random bytes: it is only copied, never run) and a few more files.
    """
    noise = random.Random(version)  # incompressible and the same every run
    prefix = f"LanguageTool-{version}/" if in_folder else ""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if in_folder:
            archive.writestr(zipfile.ZipInfo(prefix), b"")  # the folder entry, as zip tools write
        archive.writestr(f"{prefix}README.md", "LanguageTool test archive\n")
        if with_jar:
            archive.writestr(f"{prefix}languagetool-server.jar", noise.randbytes(jar_bytes))
        archive.writestr(f"{prefix}libs/language-en.jar", noise.randbytes(jar_bytes // 2))
    return buffer.getvalue()


@dataclass
class ArchiveServer:
    """Serves `body` at `path` on 127.0.0.1, slowly enough for progress and Cancel to be seen.

    `pause_after` holds the answer after that many bytes until `release()` (`paused` is set while
    it waits); `claimed_length` announces a size other than the body's (a cut connection, or a
    size no disk has room for); `status` answers with an HTTP error instead.
    """

    body: bytes = b""
    path: str = "/LanguageTool-6.8.zip"
    status: int = 200
    claimed_length: int | None = None
    send_length: bool = True
    chunk_bytes: int = 16 * 1024
    pause_after: int | None = None
    hold_limit: float = 10.0
    requests_seen: int = 0

    def __post_init__(self) -> None:
        self.paused = threading.Event()
        self._released = threading.Event()
        self._running: _LocalServer | None = None

    @property
    def url(self) -> str:
        assert self._running is not None, "start() the server first"
        return f"{self._running.base_url}{self.path}"

    def start(self) -> ArchiveServer:
        archive_server = self

        class Handler(_ArchiveHandler):
            pass

        Handler.archive_server = archive_server
        self._running = _LocalServer(Handler)
        return self

    def stop(self) -> None:
        self.release()
        if self._running is not None:
            self._running.stop()

    def release(self) -> None:
        self._released.set()

    def wait_for_release(self) -> None:
        self.paused.set()
        self._released.wait(self.hold_limit)


class _ArchiveHandler(BaseHTTPRequestHandler):
    archive_server: ArchiveServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        server = self.archive_server
        server.requests_seen += 1
        if urlsplit(self.path).path != server.path:
            self._refuse(404, "Not Found")
            return
        if server.status != 200:
            self._refuse(server.status, "Refused by the test")
            return
        body = server.body
        self.send_response(200)
        self.send_header("Content-Type", "application/zip")
        if server.send_length:
            length = server.claimed_length if server.claimed_length is not None else len(body)
            self.send_header("Content-Length", str(length))
        self.send_header("Connection", "close")
        self.end_headers()
        sent = 0
        try:
            while sent < len(body):
                if server.pause_after is not None and sent >= server.pause_after:
                    server.pause_after = None  # pause once
                    server.wait_for_release()
                chunk = body[sent : sent + server.chunk_bytes]
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client cancelled: that is what some tests do
        self.close_connection = True

    def _refuse(self, status: int, text: str) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
