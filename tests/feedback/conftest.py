"""Fixtures for the feedback tests (each owner adds theirs in its own section)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.feedback.languagetool_stub import LanguageToolStub, build_languagetool_jar

# --- Grammar: a LanguageTool stand-in on 127.0.0.1, and an empty LanguageTool cache ---------------


@pytest.fixture
def languagetool_server() -> Iterator[LanguageToolStub]:
    """A running stand-in LanguageTool server; its `url` is what a user would configure."""
    stub = LanguageToolStub().start()
    try:
        yield stub
    finally:
        stub.stop()


@pytest.fixture
def languagetool_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """language-tool-python's download folder (`LTP_PATH`), empty and inside the test's tmp dir."""
    cache = tmp_path / "language_tool_python"
    cache.mkdir()
    monkeypatch.setenv("LTP_PATH", str(cache))
    return cache


@pytest.fixture(scope="session")
def languagetool_standin_jar(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Java stand-in compiled once per run; skips when there is no JDK 17 to build it."""
    from studio.feedback.grammar import java_version  # only the grammar tests need it

    javac = shutil.which("javac")
    if javac is None or (java_version() or (0, 0)) < (17, 0):
        pytest.skip("needs a JDK 17 or newer (javac and java) on PATH")
    return build_languagetool_jar(tmp_path_factory.mktemp("languagetool-standin"), javac)


@pytest.fixture
def installed_languagetool(languagetool_cache: Path, languagetool_standin_jar: Path) -> Path:
    """The Java stand-in unpacked in the cache the way LanguageTool 6.8 would be."""
    folder = languagetool_cache / "LanguageTool-6.8"
    folder.mkdir()
    shutil.copy(languagetool_standin_jar, folder / "languagetool-server.jar")
    return folder
