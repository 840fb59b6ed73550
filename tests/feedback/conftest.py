"""Fixtures for the feedback tests (each owner adds theirs in its own section)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.feedback.languagetool_stub import ArchiveServer, LanguageToolStub

# --- Grammar: a LanguageTool stand-in on 127.0.0.1, an empty LanguageTool cache, a file server ---


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


@pytest.fixture
def serve_archive() -> Iterator[Callable[..., ArchiveServer]]:
    """Start file servers on 127.0.0.1 for the download tests: `serve_archive(body=..., ...)`."""
    started: list[ArchiveServer] = []

    def serve(**options: Any) -> ArchiveServer:
        server = ArchiveServer(**options).start()
        started.append(server)
        return server

    yield serve
    for server in started:
        server.stop()
