"""A small stand-in for a LanguageTool server, speaking its documented HTTP API on 127.0.0.1.

The real server cannot be installed on our machines (FEEDBACK.md), so tests talk to this one
through the real language-tool-python client. It answers:

- GET/POST /v2/languages: a list of {name, code, longCode};
- GET/POST /v2/check (form-encoded `text`, `language`, `disabledRules`): LanguageTool's JSON,
  {software, language, matches: [{message, shortMessage, replacements: [{value}], offset, length,
  context {text, offset, length}, sentence, rule {id, description, issueType,
  category {id, name}, urls?}}]};
- GET /v2/healthcheck.

`build_languagetool_jar` compiles the same speller, in Java, into a jar laid out like
LanguageTool's (`org.languagetool.server.HTTPServer -p PORT`), so the local backend can be tested
through language-tool-python's own server start, health check and shutdown.

Like the real server it counts offsets in UTF-16 code units; the stub computes them on its own
(by encoding the prefix), independently of `studio.domain.text`. Its speller is naive on purpose:
it flags known misspellings anywhere, also inside hashtags, mentions and URLs, the way a real
speller does not know that "#intant" is a hashtag.
"""

from __future__ import annotations

import json
import re
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
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
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the stub first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> LanguageToolStub:
        stub = self

        class Handler(_Handler):
            pass

        Handler.stub = stub
        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        # A short poll interval lets `stop()` return at once instead of after half a second.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

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


# --- The same stand-in in Java, started by language-tool-python as a local LanguageTool ---------

JAVA_SERVER_SOURCE = r"""package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test stand-in started the way language-tool-python starts LanguageTool: HTTPServer -p PORT. */
public final class HTTPServer {
    private static final Map<String, String> MISSPELLINGS = Map.of(
        "intant", "instant", "recieve", "receive", "definately", "definitely", "teh", "the");

    public static void main(String[] args) throws IOException {
        int port = 8081;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("-p") || args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            }
        }
        HttpServer server = HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/v2/healthcheck", e -> send(e, 200, "text/plain", "OK"));
        server.createContext("/v2/languages", exchange -> send(exchange, 200, "application/json",
            "[{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"},"
            + "{\"name\":\"German (Germany)\",\"code\":\"de\",\"longCode\":\"de-DE\"}]"));
        server.createContext("/v2/check", HTTPServer::check);
        server.start();
    }

    private static void check(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        String text = form.getOrDefault("text", "");
        StringBuilder matches = new StringBuilder();
        // Java strings are UTF-16, so these offsets are in UTF-16 code units, like LanguageTool's.
        Matcher word = Pattern.compile("[A-Za-z]+").matcher(text);
        while (word.find()) {
            String fix = MISSPELLINGS.get(word.group().toLowerCase());
            if (fix == null) {
                continue;
            }
            if (matches.length() > 0) {
                matches.append(',');
            }
            matches.append("{\"message\":\"Possible spelling mistake found.\",")
                .append("\"replacements\":[{\"value\":").append(quote(fix)).append("}],")
                .append("\"offset\":").append(word.start()).append(',')
                .append("\"length\":").append(word.end() - word.start()).append(',')
                .append("\"context\":{\"text\":").append(quote(text)).append(",\"offset\":")
                .append(word.start()).append(",\"length\":").append(word.end() - word.start())
                .append("},\"sentence\":").append(quote(text)).append(',')
                .append("\"rule\":{\"id\":\"MORFOLOGIK_RULE_EN_US\",")
                .append("\"description\":\"Possible spelling mistake\",")
                .append("\"issueType\":\"misspelling\",")
                .append("\"category\":{\"id\":\"TYPOS\",\"name\":\"Possible Typo\"}}}");
        }
        send(exchange, 200, "application/json",
            "{\"software\":{\"name\":\"LanguageTool\",\"version\":\"stub\"},\"language\":{\"code\":"
            + quote(form.getOrDefault("language", "")) + "},\"matches\":[" + matches + "]}");
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] data = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, data.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(data);
        }
    }
}
"""


def build_languagetool_jar(workdir: Path, javac: str = "javac") -> Path:
    """Compile the Java stand-in into `workdir/languagetool-server.jar`."""
    source = workdir / "src" / "HTTPServer.java"
    classes = workdir / "classes"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(JAVA_SERVER_SOURCE, encoding="utf-8")
    subprocess.run(
        [javac, "-encoding", "UTF-8", "-d", str(classes), str(source)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    jar = workdir / "languagetool-server.jar"
    with zipfile.ZipFile(jar, "w") as archive:
        for compiled in sorted(classes.rglob("*.class")):
            archive.write(compiled, compiled.relative_to(classes).as_posix())
    return jar
