"""Grammar & spelling backends: a LanguageTool server (the local stand-in), LanguageTool in the
cache, offline spelling, and the choice between them."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from language_tool_python import download_lt

from studio.domain.text import utf16_length
from studio.feedback.grammar import (
    DISABLED_LANGUAGETOOL_RULES,
    OFFLINE_SPELLING_RULE_ID,
    SPELLING_WHY,
    FallbackChecker,
    GrammarBackendKind,
    GrammarOffChecker,
    GrammarUnavailable,
    LocalLanguageToolChecker,
    OfflineSpellingChecker,
    RemoteLanguageToolChecker,
    find_java,
    find_languagetool_install,
    java_version,
    languagetool_findings,
    make_grammar_checker,
    normalise_server_url,
    offline_spelling_findings,
    parse_java_version,
    probe_languagetool_server,
    social_noise_spans,
)
from studio.feedback.model import Panel, Severity
from studio.settings import GrammarMode
from tests.feedback.languagetool_stub import StubRule

# --- The remote backend against the stand-in server ---------------------------------------------


def spans(text: str, findings: tuple) -> list[str]:
    return [text[f.start : f.end] for f in findings]


def test_emoji_and_flag_before_a_typo_leave_the_span_on_the_word(languagetool_server):
    text = "🇫🇷🎉 Intant coffee tastes fine 👨‍👩‍👧 but I recieve no refund"
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        findings = checker.check(text, "en-US")

    assert spans(text, findings) == ["Intant", "recieve"]
    intant = findings[0]
    assert (intant.start, intant.end) == (text.index("Intant"), text.index("Intant") + 6)
    # The server counted UTF-16 units: the flag and the party popper took 2 + 2 + 1 more.
    raw = next(iter(languagetool_server.matches_for(text)))
    assert raw["offset"] == utf16_length(text[: intant.start]) == intant.start + 3
    assert intant.rule_id == "LT:MORFOLOGIK_RULE_EN_US"
    assert intant.panel is Panel.GRAMMAR
    assert intant.severity is Severity.WARN
    assert intant.suggestions == ("Instant",)
    assert intant.message == "Possible Typo: Possible spelling mistake found."
    assert intant.why == SPELLING_WHY


def test_a_match_with_emoji_inside_ends_after_the_last_emoji(languagetool_server):
    languagetool_server.extra_rules.append(
        StubRule(
            "EN_PARTY_PARTY",
            r"party 🎉🎉 party",
            ("party 🎉",),
            "Repeated word.",
            "MISC",
            "Miscellaneous",
            "duplication",
        )
    )
    text = "😀 What a party 🎉🎉 party!"
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        (finding,) = checker.check(text, "en-US")

    assert text[finding.start : finding.end] == "party 🎉🎉 party"


def test_social_media_tokens_that_the_server_flags_are_not_reported(languagetool_server):
    text = (
        "Loving this #intant coffee, thanks @recieve_bot! Recipe at https://example.com/recieve "
        "or write to recieve@example.com, also on @teh@mastodon.social $TEH"
    )
    # The naive server flags the words inside every one of those tokens...
    flagged = [m["offset"] for m in languagetool_server.matches_for(text)]
    assert len(flagged) >= 5
    # ...and none of them reaches the writer.
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        assert checker.check(text, "en-US") == ()


def test_a_grammar_match_around_a_hashtag_is_still_reported(languagetool_server):
    languagetool_server.extra_rules.append(
        StubRule(
            "EN_A_HASHTAG", r"\ba #\w+ idea", ("an",), "Use “an”.", "GRAMMAR", "Grammar", "grammar"
        )
    )
    text = "What a #awesome idea"
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        assert spans(text, checker.check(text, "en-US")) == ["a #awesome idea"]


def test_rules_that_fight_social_style_are_disabled_in_the_request(languagetool_server):
    text = "New drop  🎉  tomorrow"
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        assert checker.check(text, "en-US") == ()

    form = languagetool_server.check_forms[-1]
    assert set(form["disabledRules"].split(",")) >= set(DISABLED_LANGUAGETOOL_RULES)
    assert "WHITESPACE_RULE" in form["disabledRules"]
    assert form["language"] == "en-US"
    assert form["text"] == text


def test_categories_map_to_severities_messages_and_sources(languagetool_server):
    text = "I could of been there. It is very unique."
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        grammar, style = checker.check(text, "en-US")

    assert text[grammar.start : grammar.end] == "could of"
    assert grammar.rule_id == "LT:EN_COULD_OF"
    assert grammar.severity is Severity.WARN
    assert grammar.message == "Grammar: Did you mean “could have”?"
    assert grammar.suggestions == ("could have",)
    assert grammar.source == "https://rules.example/en/could-of"
    assert "Grammar" in grammar.why

    assert text[style.start : style.end] == "very unique"
    assert style.severity is Severity.INFO
    assert style.message.startswith("Redundant Phrases: ")
    assert style.source == ""


def test_at_most_five_suggestions_are_kept(languagetool_server):
    many = tuple(f"option{n}" for n in range(9))
    languagetool_server.extra_rules.append(
        StubRule(
            "EN_MANY", r"\bthingy\b", many, "Which one?", "TYPOS", "Possible Typo", "misspelling"
        )
    )
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        (finding,) = checker.check("a thingy", "en-US")
    assert finding.suggestions == many[:5]


def test_the_writers_own_words_are_not_flagged_by_the_server(languagetool_server):
    text = "teh best intant noodles"
    with RemoteLanguageToolChecker(languagetool_server.url, extra_words=["Teh"]) as checker:
        assert spans(text, checker.check(text, "en-US")) == ["intant"]


def test_the_language_follows_each_check(languagetool_server):
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        checker.check("recieve", "en-GB")
        checker.check("recieve", "de-DE")
        checker.check("recieve", "en-NZ")  # not listed by the server: its language "en" is used

    assert [form["language"] for form in languagetool_server.check_forms] == [
        "en-GB",
        "de-DE",
        "en",
    ]


def test_a_language_the_server_lacks_is_a_clear_error_and_no_lockout(languagetool_server):
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        with pytest.raises(GrammarUnavailable, match="does not check this language"):
            checker.check("recieve", "xx-YY")
        assert len(checker.check("recieve", "en-US")) == 1


def wait_until(condition, limit: float = 5.0) -> None:
    """Synchronise with the server thread (not a speed check: the limit is generous)."""
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "the stand-in server never got there"
        time.sleep(0.01)


def test_a_slow_server_is_given_up_on_before_it_answers(languagetool_server):
    checker = RemoteLanguageToolChecker(languagetool_server.url, read_timeout=0.3)
    try:
        checker.prepare("en-US")
        languagetool_server.hold()
        with pytest.raises(GrammarUnavailable) as raised:
            checker.check("I recieve it", "en-US")
        # The server holds the request for up to 10 s and had not answered when the client gave up.
        assert languagetool_server.answered_while_held == 0
        wait_until(lambda: languagetool_server.waiting == 1)
        assert "within 0.3 s" in raised.value.reason
        # The next keystroke does not wait again for the same slow server.
        with pytest.raises(GrammarUnavailable):
            checker.check("I recieve it", "en-US")
        assert len(languagetool_server.check_forms) == 1
    finally:
        languagetool_server.release()
        checker.close()


def test_the_library_default_wait_of_300_seconds_is_lowered(languagetool_server):
    with RemoteLanguageToolChecker(languagetool_server.url, read_timeout=1.5) as checker:
        checker.prepare("en-US")
        tool = checker._tool
        assert tool is not None
        assert tool._TIMEOUT == (2.0, 1.5)
        assert type(tool).__mro__[1]._TIMEOUT == 300  # the library's own default, untouched


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_server_is_a_clear_error():
    url = f"http://127.0.0.1:{unused_port()}"
    with RemoteLanguageToolChecker(url) as checker, pytest.raises(GrammarUnavailable) as raised:
        checker.check("I recieve it", "en-US")
    assert raised.value.reason == (
        f"Cannot reach the LanguageTool server at {url}. Is it running, and is the address right?"
    )


def test_a_connection_test_against_a_server_says_it_works(languagetool_server):
    message = probe_languagetool_server(languagetool_server.url + "/v2/")
    assert (
        message
        == f"Connected: LanguageTool server at {languagetool_server.url} answered a test check."
    )
    assert len(languagetool_server.check_forms) == 1


def test_a_connection_test_against_nothing_says_why():
    with pytest.raises(GrammarUnavailable, match="Cannot reach the LanguageTool server"):
        probe_languagetool_server(f"http://127.0.0.1:{unused_port()}")


def test_a_url_that_is_not_languagetool_is_a_clear_error(languagetool_server):
    languagetool_server.not_languagetool = True
    with (
        RemoteLanguageToolChecker(languagetool_server.url) as checker,
        pytest.raises(GrammarUnavailable, match="did not answer like LanguageTool"),
    ):
        checker.check("I recieve it", "en-US")


def test_a_server_error_is_reported_with_its_words(languagetool_server):
    languagetool_server.error = (500, "Internal error: out of memory")
    with (
        RemoteLanguageToolChecker(languagetool_server.url) as checker,
        pytest.raises(GrammarUnavailable) as raised,
    ):
        checker.check("I recieve it", "en-US")
    assert "(500): Internal error: out of memory" in raised.value.reason


def test_a_url_ending_in_the_api_path_still_works(languagetool_server):
    with RemoteLanguageToolChecker(languagetool_server.url + "/v2/") as checker:
        assert spans("I recieve", checker.check("I recieve", "en-US")) == ["recieve"]


@pytest.mark.parametrize(
    ("given", "normalised"),
    [
        ("http://localhost:8081", "http://localhost:8081/"),
        ("  https://lt.example.org/api  ", "https://lt.example.org/api/"),
        ("https://lt.example.org/v2/", "https://lt.example.org/"),
        ("https://lt.example.org/v2/check", "https://lt.example.org/"),
    ],
)
def test_server_urls_are_normalised_for_the_library(given, normalised):
    assert normalise_server_url(given) == normalised


@pytest.mark.parametrize("given", ["localhost:8081", "ftp://lt.example.org", "autoo", ""])
def test_anything_but_an_http_url_is_refused(given):
    with pytest.raises(ValueError, match="'off', 'auto' or a LanguageTool server URL"):
        make_grammar_checker(given)


def test_the_status_line_names_the_server_without_its_password():
    checker = RemoteLanguageToolChecker("https://agency:s3cret@lt.example.org:8443/api/")
    assert checker.description == "LanguageTool server at https://lt.example.org:8443/api"
    assert checker.kind is GrammarBackendKind.REMOTE


def test_an_answer_with_broken_matches_keeps_the_good_ones():
    text = "I recieve 🎉 it"
    payload = {
        "matches": [
            {"offset": "x", "length": 2, "rule": {"id": "A"}},
            {"length": 7, "rule": {"id": "B"}},
            {"offset": 2, "length": 7, "rule": {"id": "C", "category": {"id": "TYPOS"}}},
            {"offset": 2, "length": 7},
        ]
    }
    (finding,) = languagetool_findings(text, payload)
    assert (finding.rule_id, text[finding.start : finding.end]) == ("LT:C", "recieve")
    assert finding.message == "TYPOS: Possible slip."
    assert languagetool_findings(text, {"software": {}}) == ()


# --- Choosing a backend -------------------------------------------------------------------------


def test_off_checks_nothing():
    checker = make_grammar_checker("off")
    assert isinstance(checker, GrammarOffChecker)
    assert checker.kind is GrammarBackendKind.OFF
    assert checker.description == "Grammar checks off"
    assert checker.check("I recieve it", "en-US") == ()


def test_auto_without_server_or_languagetool_is_offline_spelling(languagetool_cache):
    checker = make_grammar_checker("auto")

    assert isinstance(checker, OfflineSpellingChecker)
    assert checker.kind is GrammarBackendKind.OFFLINE_SPELLING
    assert checker.description == "Offline spelling (LanguageTool not available)"
    assert spans("I recieve it", checker.check("I recieve it", "en-US")) == ["recieve"]
    assert list(languagetool_cache.iterdir()) == []  # nothing was downloaded


def test_a_url_mode_uses_that_server_only(languagetool_server):
    with make_grammar_checker(languagetool_server.url) as checker:
        assert isinstance(checker, RemoteLanguageToolChecker)
        assert spans("I recieve", checker.check("I recieve", "en-US")) == ["recieve"]


def test_auto_with_a_server_uses_it(languagetool_server, languagetool_cache):
    with make_grammar_checker("auto", server_url=languagetool_server.url) as checker:
        findings = checker.check("Could of been intant", "en-US")
        assert checker.kind is GrammarBackendKind.REMOTE
        assert checker.description == f"LanguageTool server at {languagetool_server.url}"
    assert [f.rule_id for f in findings] == ["LT:EN_COULD_OF", "LT:MORFOLOGIK_RULE_EN_US"]


def test_auto_falls_back_to_offline_spelling_when_the_server_is_down(languagetool_cache):
    url = f"http://127.0.0.1:{unused_port()}"
    with make_grammar_checker("auto", server_url=url) as checker:
        assert isinstance(checker, FallbackChecker)
        findings = checker.check("I recieve it", "en-US")
        assert checker.kind is GrammarBackendKind.OFFLINE_SPELLING
        assert checker.description.startswith("Offline spelling (Cannot reach the LanguageTool")

    assert [(f.rule_id, f.suggestions[0]) for f in findings] == [
        (OFFLINE_SPELLING_RULE_ID, "receive")
    ]


def test_auto_returns_to_the_server_once_it_answers_again(languagetool_server):
    primary = RemoteLanguageToolChecker(languagetool_server.url, retry_after=0.0)
    with FallbackChecker(primary, OfflineSpellingChecker()) as checker:
        languagetool_server.error = (503, "Busy")
        checker.check("I recieve it", "en-US")
        assert checker.kind is GrammarBackendKind.OFFLINE_SPELLING
        languagetool_server.error = None
        assert checker.check("I recieve it", "en-US")[0].rule_id.startswith("LT:")
        assert checker.kind is GrammarBackendKind.REMOTE


@pytest.mark.parametrize("mode", list(GrammarMode))
def test_every_mode_of_the_settings_chooses_a_backend(mode, languagetool_cache):
    with make_grammar_checker(mode.value, server_url=None) as checker:
        assert checker.description  # each says where grammar runs, for the status bar


def test_offline_spelling_mode_never_asks_languagetool(languagetool_server):
    with make_grammar_checker("offline-spelling", server_url=languagetool_server.url) as checker:
        findings = checker.check("I recieve it", "en-US")
        assert checker.kind is GrammarBackendKind.OFFLINE_SPELLING
        assert checker.description == "Offline spelling (chosen in Preferences)"
    assert [f.rule_id for f in findings] == [OFFLINE_SPELLING_RULE_ID]
    assert languagetool_server.check_forms == []


def test_server_mode_uses_only_the_configured_server(languagetool_server):
    with make_grammar_checker("server", server_url=languagetool_server.url) as checker:
        assert isinstance(checker, RemoteLanguageToolChecker)
        assert checker.check("I recieve it", "en-US")[0].rule_id == "LT:MORFOLOGIK_RULE_EN_US"


def test_server_mode_without_a_server_says_so_and_spells_offline():
    checker = make_grammar_checker("server")
    assert checker.kind is GrammarBackendKind.OFFLINE_SPELLING
    assert checker.description == "Offline spelling (no LanguageTool server set)"


def fake_languagetool(cache: Path, version: str, *, with_jar: bool = True) -> Path:
    """A LanguageTool folder as the library unpacks it; the jar is empty (not runnable)."""
    folder = cache / f"LanguageTool-{version}"
    folder.mkdir()
    if with_jar:
        (folder / "languagetool-server.jar").write_bytes(b"")
    return folder


def test_an_installed_languagetool_is_found_without_downloading(languagetool_cache):
    assert find_languagetool_install() is None
    fake_languagetool(languagetool_cache, "6.4")
    newest = fake_languagetool(languagetool_cache, "6.6")
    fake_languagetool(languagetool_cache, "6.9", with_jar=False)  # an interrupted unpack

    install = find_languagetool_install()

    assert install is not None
    assert (install.version, install.directory) == ("6.6", newest)


needs_java_17 = pytest.mark.skipif(
    (java_version() or (0, 0)) < (17, 0), reason="needs Java 17 or newer on PATH"
)


@needs_java_17
def test_auto_prefers_an_installed_languagetool_when_java_is_recent(languagetool_cache):
    fake_languagetool(languagetool_cache, "6.6")
    checker = make_grammar_checker("auto")
    assert isinstance(checker, FallbackChecker)
    assert isinstance(checker.primary, LocalLanguageToolChecker)
    assert checker.kind is GrammarBackendKind.LOCAL
    assert checker.description == "Local LanguageTool"


@needs_java_17
def test_a_languagetool_that_cannot_start_falls_back_to_spelling(languagetool_cache):
    fake_languagetool(languagetool_cache, "6.6")  # Java refuses the empty jar
    with make_grammar_checker("auto") as checker:
        findings = checker.check("I recieve it", "en-US")
        assert checker.kind is GrammarBackendKind.OFFLINE_SPELLING
        assert "Local LanguageTool could not start" in checker.description
    assert spans("I recieve it", findings) == ["recieve"]


@needs_java_17
def test_local_mode_without_languagetool_spells_offline_and_says_why(languagetool_cache):
    with make_grammar_checker("local") as checker:
        findings = checker.check("I recieve it", "en-US")
        assert checker.kind is GrammarBackendKind.OFFLINE_SPELLING
        assert checker.description == "Offline spelling (LanguageTool is not installed)"
    assert [f.rule_id for f in findings] == [OFFLINE_SPELLING_RULE_ID]
    assert list(languagetool_cache.iterdir()) == []  # and nothing was downloaded


def test_local_mode_with_an_old_java_says_java_17_is_needed(
    languagetool_cache, tmp_path, monkeypatch
):
    fake_languagetool(languagetool_cache, "6.6")
    old = fake_java(tmp_path / "old-jdk" / "bin", 'java version "1.8.0_291"')
    monkeypatch.setenv("PATH", str(old.parent))

    checker = make_grammar_checker("local")

    assert checker.kind is GrammarBackendKind.OFFLINE_SPELLING
    assert checker.description == ("Offline spelling (local LanguageTool needs Java 17 or newer)")


def test_the_local_backend_never_downloads_without_consent(languagetool_cache):
    with (
        LocalLanguageToolChecker(None) as checker,
        pytest.raises(GrammarUnavailable, match="LanguageTool is not installed"),
    ):
        checker.check("I recieve it", "en-US")
    assert list(languagetool_cache.iterdir()) == []


@needs_java_17
def test_a_consented_download_without_a_connection_falls_back(languagetool_cache, monkeypatch):
    # The library reads its download host once, at import (LTP_DOWNLOAD_HOST_NEW_RELEASES);
    # point it at a closed port on this machine, which is what "offline" looks like to it.
    monkeypatch.setattr(
        download_lt, "BASE_URL_NEW_RELEASES", f"http://127.0.0.1:{unused_port()}/releases/"
    )
    with make_grammar_checker("auto", allow_download=True) as checker:
        assert checker.kind is GrammarBackendKind.LOCAL
        findings = checker.check("I recieve it", "en-US")
        assert checker.description == (
            "Offline spelling (LanguageTool could not be downloaded: no connection)"
        )
    assert [f.rule_id for f in findings] == [OFFLINE_SPELLING_RULE_ID]
    assert not any(path.name.startswith("LanguageTool") for path in languagetool_cache.iterdir())


def fake_java(folder: Path, version_line: str) -> Path:
    """An executable named `java` that prints a version banner the way the JVM does."""
    folder.mkdir(parents=True, exist_ok=True)
    java = folder / "java"
    java.write_text(f"#!/bin/sh\necho '{version_line}' >&2\n")
    java.chmod(java.stat().st_mode | stat.S_IXUSR)
    return java


def test_an_old_java_keeps_auto_on_offline_spelling(languagetool_cache, tmp_path, monkeypatch):
    fake_languagetool(languagetool_cache, "6.6")
    old = fake_java(tmp_path / "old-jdk" / "bin", 'java version "1.8.0_291"')
    monkeypatch.setenv("PATH", f"{old.parent}{os.pathsep}{os.environ['PATH']}")

    assert java_version() == (8, 0)
    assert isinstance(make_grammar_checker("auto"), OfflineSpellingChecker)


def test_no_java_at_all_keeps_auto_on_offline_spelling(languagetool_cache, tmp_path, monkeypatch):
    fake_languagetool(languagetool_cache, "6.6")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))

    assert java_version() is None
    assert isinstance(make_grammar_checker("auto"), OfflineSpellingChecker)


# --- Java versions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "version"),
    [
        (
            'openjdk version "17.0.15" 2025-04-15\n'
            "OpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n"
            "OpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1, mixed mode, sharing)\n",
            (17, 0),
        ),
        ('java version "1.8.0_291"\nJava(TM) SE Runtime Environment (build 1.8.0_291-b10)', (8, 0)),
        ('openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35)', (21, 0)),
        ('java version "21.0.1" 2023-10-17 LTS\nJava(TM) SE Runtime Environment', (21, 0)),
        ('openjdk version "22-ea" 2024-03-19', (22, 0)),
        ('openjdk version "11.0.2" 2019-01-15', (11, 0)),
        ('openjdk version "1.9.1"', (9, 1)),
        (
            "Picked up JAVA_TOOL_OPTIONS: -Xmx512m\n"
            'openjdk version "17.0.8.1" 2023-08-24\nIBM Semeru Runtime Open Edition',
            (17, 0),
        ),
        ("bash: java: command not found", None),
        ("", None),
    ],
)
def test_java_version_banners_are_parsed(output, version):
    assert parse_java_version(output) == version


@pytest.mark.skipif(shutil.which("java") is None, reason="no java on PATH")
def test_the_real_java_reports_a_version():
    version = java_version()
    assert version is not None
    assert version[0] >= 8


@pytest.mark.skipif(shutil.which("java") is None, reason="no java on PATH")
def test_the_real_java_is_found_with_its_release_text():
    runtime = find_java()
    assert runtime is not None
    assert runtime.version == java_version()
    assert runtime.release.startswith(f"{runtime.version[0]}")
    assert runtime.can_run_languagetool == (runtime.version >= (17, 0))


@pytest.mark.parametrize(
    ("banner", "release", "version", "can_run"),
    [
        ('openjdk version "17.0.15" 2025-04-15', "17.0.15", (17, 0), True),
        ('openjdk version "21" 2023-09-19', "21", (21, 0), True),
        ('java version "1.8.0_291"', "1.8.0_291", (8, 0), False),
        ('openjdk version "11.0.2" 2019-01-15', "11.0.2", (11, 0), False),
    ],
)
def test_a_java_is_described_by_what_it_prints(tmp_path, banner, release, version, can_run):
    runtime = find_java(str(fake_java(tmp_path / "bin", banner)))
    assert runtime is not None
    assert (runtime.release, runtime.version, runtime.can_run_languagetool) == (
        release,
        version,
        can_run,
    )


def test_a_program_that_is_not_java_is_not_found(tmp_path):
    assert find_java(str(fake_java(tmp_path / "bin", "bash: java: command not found"))) is None


def test_a_missing_java_executable_has_no_version(tmp_path):
    assert java_version(str(tmp_path / "no-such-java")) is None


# --- Offline spelling ---------------------------------------------------------------------------


def offline(text: str, locale: str = "en-US", **options) -> list[str]:
    return spans(text, OfflineSpellingChecker(**options).check(text, locale))


def test_offline_spelling_finds_a_typo_and_suggests_the_word():
    text = "🇫🇷🎉 Can't wait to recieve my order!"
    (finding,) = OfflineSpellingChecker().check(text, "en-US")

    assert text[finding.start : finding.end] == "recieve"
    assert finding.rule_id == OFFLINE_SPELLING_RULE_ID
    assert finding.panel is Panel.GRAMMAR
    assert finding.severity is Severity.WARN
    assert finding.suggestions[0] == "receive"
    assert len(finding.suggestions) <= 5
    assert "recieve" in finding.message


def test_offline_spelling_ignores_social_media_noise():
    text = (
        "#recieve @recieve_bot https://example.com/recieve www.recieve.org recieve.com "
        "me@recieve.com $TSLA 🎉🔥 :) <3 xD LOL RECIEVE 2024 3rd abc123 sooo hahaha "
        "brb tbh selfie livestream iPhone YouTube"
    )
    assert offline(text) == []


def test_offline_spelling_leaves_names_mid_sentence_alone_but_checks_sentence_starts():
    assert offline("We met Recieve and Teh at the cafe.") == []
    assert offline("Recieve it now. Teh end 🎉 Definately") == ["Recieve", "Teh", "Definately"]
    finding = OfflineSpellingChecker().check("Recieve it", "en-US")[0]
    assert finding.suggestions[0] == "Receive"


def test_offline_spelling_accepts_the_writers_words():
    assert offline("our teh shop", extra_words=["Teh"]) == []
    assert offline("our teh shop") == ["teh"]


def test_british_spelling_is_a_word_outside_the_us():
    text = "Loving the colour, we organised a programme at the centre"
    assert offline(text, "en-GB") == []
    assert offline(text, "en") == []
    assert offline(text, "en-US") == ["colour", "organised", "programme", "centre"]


def test_a_text_in_another_language_is_not_marked_word_by_word():
    german = "Heute gehen wir mit unseren Freunden in den Park und essen dort zusammen Kuchen"
    assert offline(german, "en-US") == []
    assert offline("Wir gehen heute in den Park und essen Kuchen mit Sahne", "de-DE") == []


def test_offline_spelling_without_a_dictionary_for_the_language_says_so():
    with pytest.raises(GrammarUnavailable, match="no dictionary for 'ja-JP'"):
        OfflineSpellingChecker().check("こんにちは", "ja-JP")


def test_empty_and_blank_texts_have_no_findings(languagetool_server):
    assert OfflineSpellingChecker().check("", "en-US") == ()
    with RemoteLanguageToolChecker(languagetool_server.url) as checker:
        assert checker.check("  \n", "en-US") == ()
    assert languagetool_server.check_forms == []


def test_a_long_text_is_checked_with_bounded_work():
    text = ("Our recieve day is here. " * 200) + "Teh end."
    findings = OfflineSpellingChecker().check(text, "en-US")
    assert 0 < len(findings) <= 50
    assert all(text[f.start : f.end] == "recieve" for f in findings)


# --- Social noise -------------------------------------------------------------------------------


def test_noise_spans_cover_each_social_token_exactly():
    text = (
        "Hi @anna, see #NewDrop at https://shop.example/x?y=1. Mail a.b@ex.io $AAPL 👩🏽‍💻 🇯🇵 :-)"
    )
    found = [text[start:end] for start, end in social_noise_spans(text)]
    assert found == [
        "@anna",
        "#NewDrop",
        "https://shop.example/x?y=1",
        "a.b@ex.io",
        "$AAPL",
        "👩🏽‍💻",
        "🇯🇵",
        ":-)",
    ]


# --- Any text -----------------------------------------------------------------------------------


@settings(deadline=None, max_examples=150)
@given(st.text())
def test_offline_spelling_takes_any_text(text):
    for finding in OfflineSpellingChecker().check(text, "en-GB"):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.suggestions


@settings(deadline=None, max_examples=150)
@given(
    st.text(),
    st.lists(st.tuples(st.integers(-5, 300), st.integers(-5, 300)), max_size=5),
)
def test_any_languagetool_offsets_become_spans_inside_the_text(text, offsets):
    payload = {
        "matches": [
            {"offset": offset, "length": length, "rule": {"id": "R", "category": {"id": "GRAMMAR"}}}
            for offset, length in offsets
        ]
    }
    for finding in languagetool_findings(text, payload):
        assert 0 <= finding.start <= finding.end <= len(text)


def test_everyday_social_words_are_not_typos() -> None:
    text = "New hoodies restocked, link in bio! Our barista's fav pics from the crowdfunding party."
    assert offline_spelling_findings(text) == ()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_dictionary_loaded_in_pieces_equals_pyspellchecker_s_own(language: str) -> None:
    from spellchecker import SpellChecker

    from studio.feedback.grammar import _dictionary

    ours = _dictionary(language).word_frequency
    stock = SpellChecker(language=language, distance=1).word_frequency
    assert ours.dictionary == stock.dictionary
    assert ours.letters == stock.letters
    assert ours.longest_word_length == stock.longest_word_length
    assert (ours.total_words, ours.unique_words) == (stock.total_words, stock.unique_words)
