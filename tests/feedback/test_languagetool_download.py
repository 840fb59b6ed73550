"""The one-time LanguageTool download, against a file server on 127.0.0.1.

The archives are built here: LanguageTool's layout with a `languagetool-server.jar` of random
bytes. These tests check our download mechanics (progress, cancel, verification, the atomic move,
the errors); the jar is never run as LanguageTool.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
import socket
import threading
import time
import zipfile
from pathlib import Path

import pytest
from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION

from studio.feedback.grammar import (
    FallbackChecker,
    GrammarBackendKind,
    LocalLanguageToolChecker,
    find_languagetool_install,
    java_version,
    make_grammar_checker,
)
from studio.feedback.languagetool_download import (
    CHUNK_BYTES,
    JAR_NAME,
    LTP_PATH_ENV_VAR,
    DownloadCancelled,
    DownloadProgress,
    LanguageToolDownloadError,
    LanguageToolSource,
    Stage,
    _disk_problem,
    default_source,
    download_languagetool,
    languagetool_dir,
    use_studio_languagetool_dir,
)
from tests.feedback.languagetool_stub import build_languagetool_zip


def source_for(server, body: bytes | None = None, version: str = "6.8") -> LanguageToolSource:
    checksum = hashlib.sha256(body).hexdigest() if body is not None else None
    return LanguageToolSource(url=server.url, version=version, sha256=checksum)


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def jar_in(body: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        name = next(n for n in archive.namelist() if n.endswith(JAR_NAME))
        return archive.read(name)


# --- A complete download ------------------------------------------------------------------------


def test_a_download_installs_languagetool_where_the_library_finds_it(
    languagetool_cache, serve_archive
):
    body = build_languagetool_zip("6.8", jar_bytes=300_000)
    server = serve_archive(body=body)
    progress: list[DownloadProgress] = []

    install = download_languagetool(
        languagetool_cache, source=source_for(server, body), on_progress=progress.append
    )

    assert install.version == "6.8"
    assert install.directory == languagetool_cache / "LanguageTool-6.8"
    assert find_languagetool_install() == install
    assert (install.directory / JAR_NAME).read_bytes() == jar_in(body)
    assert (install.directory / "libs" / "language-en.jar").is_file()
    assert leftovers(languagetool_cache) == ["LanguageTool-6.8"]  # no staging folder, no zip

    downloading = [p for p in progress if p.stage is Stage.DOWNLOADING]
    unpacking = [p for p in progress if p.stage is Stage.UNPACKING]
    assert progress == downloading + unpacking  # one stage after the other
    assert len(downloading) > len(body) // CHUNK_BYTES  # chunk by chunk, not only at the end
    assert {p.total for p in downloading} == {len(body)}
    done = [p.done for p in downloading]
    assert done == sorted(done) and done[0] == 0 and done[-1] == len(body)
    unpacked = [p.done for p in unpacking]
    assert unpacked == sorted(unpacked) and unpacked[-1] == unpacking[0].total


def test_the_default_destination_is_the_folder_the_library_reads(languagetool_cache, serve_archive):
    body = build_languagetool_zip("6.8")
    server = serve_archive(body=body)

    install = download_languagetool(source=source_for(server, body))

    assert languagetool_dir() == languagetool_cache
    assert install.directory.parent == languagetool_cache


def test_an_installed_languagetool_is_not_downloaded_again(languagetool_cache, serve_archive):
    body = build_languagetool_zip("6.8")
    server = serve_archive(body=body)
    first = download_languagetool(languagetool_cache, source=source_for(server, body))

    second = download_languagetool(languagetool_cache, source=source_for(server, body))

    assert second == first
    assert server.requests_seen == 1


def test_an_archive_with_the_jar_at_its_top_installs_in_a_versioned_folder(
    languagetool_cache, serve_archive
):
    body = build_languagetool_zip("6.8", in_folder=False)
    server = serve_archive(body=body)

    install = download_languagetool(languagetool_cache, source=source_for(server, body))

    assert (install.directory / JAR_NAME).read_bytes() == jar_in(body)
    assert find_languagetool_install() == install


def test_a_download_of_unknown_size_reports_bytes_without_a_total(
    languagetool_cache, serve_archive
):
    body = build_languagetool_zip("6.8")
    server = serve_archive(body=body, send_length=False)
    progress: list[DownloadProgress] = []

    download_languagetool(
        languagetool_cache, source=source_for(server, body), on_progress=progress.append
    )

    downloading = [p for p in progress if p.stage is Stage.DOWNLOADING]
    assert {p.total for p in downloading} == {None}
    assert downloading[-1].done == len(body)
    assert find_languagetool_install() is not None


def test_an_interrupted_install_of_the_same_version_is_replaced(languagetool_cache, serve_archive):
    broken = languagetool_cache / "LanguageTool-6.8"
    (broken / "libs").mkdir(parents=True)  # unpacked halfway by someone else: no jar
    body = build_languagetool_zip("6.8")
    server = serve_archive(body=body)

    install = download_languagetool(languagetool_cache, source=source_for(server, body))

    assert install.directory == broken
    assert (broken / JAR_NAME).is_file()


def test_entries_that_would_land_outside_the_folder_are_not_written(
    tmp_path, languagetool_cache, serve_archive
):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("LanguageTool-6.8/languagetool-server.jar", b"jar")
        archive.writestr("LanguageTool-6.8/../../escaped.txt", b"outside")
        archive.writestr("/absolute.txt", b"outside")
    body = buffer.getvalue()
    server = serve_archive(body=body)

    install = download_languagetool(languagetool_cache, source=source_for(server, body))

    assert sorted(p.name for p in install.directory.iterdir()) == [JAR_NAME]
    assert not (tmp_path / "escaped.txt").exists()
    assert leftovers(languagetool_cache) == ["LanguageTool-6.8"]


# --- Cancel -------------------------------------------------------------------------------------


def cancel_when(condition):
    """An on_progress callback that sets the returned cancel flag once `condition(progress)`."""
    flag = threading.Event()
    seen: list[DownloadProgress] = []

    def on_progress(progress: DownloadProgress) -> None:
        seen.append(progress)
        if condition(progress):
            flag.set()

    return flag, on_progress, seen


def test_cancel_during_the_download_stops_and_leaves_no_partial_files(
    languagetool_cache, serve_archive
):
    body = build_languagetool_zip("6.8", jar_bytes=1_000_000)
    server = serve_archive(body=body)
    flag, on_progress, seen = cancel_when(lambda p: p.done > 100_000)

    with pytest.raises(DownloadCancelled):
        download_languagetool(
            languagetool_cache,
            source=source_for(server, body),
            on_progress=on_progress,
            cancel=flag,
        )

    assert seen[-1].stage is Stage.DOWNLOADING
    assert seen[-1].done < len(body)  # it stopped well before the end
    assert leftovers(languagetool_cache) == []
    assert find_languagetool_install() is None


def test_cancel_while_unpacking_leaves_no_partial_files(languagetool_cache, serve_archive):
    body = build_languagetool_zip("6.8", jar_bytes=1_000_000)
    server = serve_archive(body=body)
    flag, on_progress, seen = cancel_when(lambda p: p.stage is Stage.UNPACKING and p.done > 0)

    with pytest.raises(DownloadCancelled):
        download_languagetool(
            languagetool_cache,
            source=source_for(server, body),
            on_progress=on_progress,
            cancel=flag,
        )

    assert seen[-1].stage is Stage.UNPACKING
    assert leftovers(languagetool_cache) == []


def test_a_download_cancelled_before_it_starts_asks_nothing(languagetool_cache, serve_archive):
    server = serve_archive(body=build_languagetool_zip("6.8"))
    flag = threading.Event()
    flag.set()

    with pytest.raises(DownloadCancelled):
        download_languagetool(languagetool_cache, source=source_for(server), cancel=flag)

    assert server.requests_seen == 0
    assert leftovers(languagetool_cache) == []


# --- Errors, in plain words, with nothing left behind -------------------------------------------


def failed_download(cache: Path, source: LanguageToolSource, **options) -> str:
    with pytest.raises(LanguageToolDownloadError) as raised:
        download_languagetool(cache, source=source, **options)
    assert leftovers(cache) == []
    assert find_languagetool_install() is None
    return raised.value.reason


def test_a_missing_archive_says_not_found(languagetool_cache, serve_archive):
    server = serve_archive(body=b"", status=404)
    reason = failed_download(languagetool_cache, source_for(server))
    assert reason == f"LanguageTool 6.8 was not found at {server.url} (HTTP 404)."


def test_a_server_error_names_the_status(languagetool_cache, serve_archive):
    server = serve_archive(body=b"", status=503)
    reason = failed_download(languagetool_cache, source_for(server))
    assert reason.startswith("The download server answered HTTP 503")


def test_no_connection_says_so(languagetool_cache):
    url = f"http://127.0.0.1:{unused_port()}/LanguageTool-6.8.zip"
    reason = failed_download(languagetool_cache, LanguageToolSource(url=url, version="6.8"))
    assert reason == (
        "Could not connect to 127.0.0.1. Check the internet connection and try again."
    )


def test_a_web_page_instead_of_a_zip_is_refused(languagetool_cache, serve_archive):
    page = b"<html><body>Please log in to the hotel wifi</body></html>"
    server = serve_archive(body=page)
    reason = failed_download(languagetool_cache, source_for(server, page))
    assert reason.startswith("The downloaded file is not a zip archive")


def test_a_zip_without_the_server_jar_is_refused(languagetool_cache, serve_archive):
    body = build_languagetool_zip("6.8", with_jar=False)
    server = serve_archive(body=body)
    reason = failed_download(languagetool_cache, source_for(server, body))
    assert reason == (
        "The archive does not contain LanguageTool (no languagetool-server.jar). "
        "Nothing was installed."
    )


def test_a_checksum_mismatch_is_a_damaged_archive(languagetool_cache, serve_archive):
    body = build_languagetool_zip("6.8")
    server = serve_archive(body=body)
    wrong = LanguageToolSource(url=server.url, version="6.8", sha256="0" * 64)
    reason = failed_download(languagetool_cache, wrong)
    assert reason.startswith("The downloaded archive is damaged (its checksum does not match)")


def test_a_connection_cut_halfway_is_an_interrupted_download(languagetool_cache, serve_archive):
    body = build_languagetool_zip("6.8")
    server = serve_archive(body=body[: len(body) // 2], claimed_length=len(body))
    reason = failed_download(languagetool_cache, source_for(server))
    assert reason.startswith("The download from 127.0.0.1 was interrupted after")


def test_an_archive_larger_than_the_free_disk_space_is_not_started(
    languagetool_cache, serve_archive
):
    free = shutil.disk_usage(languagetool_cache).free
    server = serve_archive(body=b"", claimed_length=free + 10**9)
    reason = failed_download(languagetool_cache, source_for(server), max_archive_bytes=None)
    assert reason.startswith(f"Not enough free disk space in {languagetool_cache}")


def test_an_archive_far_too_large_for_languagetool_is_refused(languagetool_cache, serve_archive):
    server = serve_archive(body=b"", claimed_length=5 * 1024**3)
    reason = failed_download(languagetool_cache, source_for(server))
    assert "far more than LanguageTool needs" in reason


@pytest.mark.parametrize(
    ("error_number", "words"),
    [
        (errno.ENOSPC, "The disk is full"),
        (errno.EACCES, "no permission to write there"),
        (errno.EROFS, "no permission to write there"),
    ],
)
def test_disk_errors_while_writing_are_explained(tmp_path, error_number, words):
    # A full disk cannot be produced honestly in a test; the words for the real OSError can.
    error = OSError(error_number, os.strerror(error_number))
    assert words in _disk_problem(error, tmp_path)


# --- Housekeeping and where LanguageTool lives --------------------------------------------------


def test_staging_folders_of_killed_downloads_are_removed(languagetool_cache, serve_archive):
    old = languagetool_cache / ".studio-download-killed"
    (old / "unpacked").mkdir(parents=True)
    (old / "archive.zip").write_bytes(b"partial")
    long_ago = time.time() - 2 * 86400
    for path in (old / "archive.zip", old / "unpacked", old):
        os.utime(path, (long_ago, long_ago))
    running = languagetool_cache / ".studio-download-running"
    running.mkdir()  # another window's download, still being written
    body = build_languagetool_zip("6.8")
    server = serve_archive(body=body)

    download_languagetool(languagetool_cache, source=source_for(server, body))

    assert leftovers(languagetool_cache) == [".studio-download-running", "LanguageTool-6.8"]


def test_the_studio_points_ltp_path_at_its_cache(tmp_path, monkeypatch, serve_archive):
    monkeypatch.delenv("LTP_PATH")
    cache_dir = tmp_path / "studio-cache"

    folder = use_studio_languagetool_dir(cache_dir)

    assert folder == cache_dir / "languagetool"
    assert os.environ["LTP_PATH"] == str(folder)
    assert languagetool_dir() == folder
    body = build_languagetool_zip("6.8")
    install = download_languagetool(source=source_for(serve_archive(body=body), body))
    assert install.directory == folder / "LanguageTool-6.8"
    assert find_languagetool_install() == install


def test_an_ltp_path_the_person_chose_is_kept(tmp_path, languagetool_cache):
    assert use_studio_languagetool_dir(tmp_path / "studio-cache") == languagetool_cache
    assert os.environ["LTP_PATH"] == str(languagetool_cache)


def test_the_folder_variable_is_the_one_language_tool_python_reads():
    from language_tool_python.utils import LTP_PATH_ENV_VAR as library_variable

    assert library_variable == LTP_PATH_ENV_VAR


def test_the_default_source_is_the_release_language_tool_python_downloads():
    source = default_source()
    assert source.version == LTP_DOWNLOAD_VERSION
    assert source.url.startswith("https://")
    assert source.url.endswith(f"/LanguageTool-{LTP_DOWNLOAD_VERSION}.zip")
    assert source.sha256 is not None and len(source.sha256) == 64


@pytest.mark.skipif((java_version() or (0, 0)) < (17, 0), reason="needs Java 17 or newer on PATH")
def test_the_local_backend_uses_a_downloaded_install_and_reports_a_jar_that_does_not_start(
    languagetool_cache, serve_archive
):
    # The downloaded jar is random bytes, so Java refuses it: the backend must say so and fall
    # back, which shows it found our install and handed it to language-tool-python to start.
    body = build_languagetool_zip("6.8")
    download_languagetool(languagetool_cache, source=source_for(serve_archive(body=body), body))

    with make_grammar_checker("local") as checker:
        assert isinstance(checker, FallbackChecker)
        assert isinstance(checker.primary, LocalLanguageToolChecker)
        assert checker.primary.install is not None
        assert checker.primary.install.directory == languagetool_cache / "LanguageTool-6.8"
        checker.check("I recieve it", "en-US")
        assert checker.kind is GrammarBackendKind.OFFLINE_SPELLING
        assert checker.description.startswith(
            "Offline spelling (Local LanguageTool could not start"
        )
