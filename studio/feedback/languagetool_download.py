"""Download LanguageTool once, into the studio's own cache, and only when the user asks.

language-tool-python can download LanguageTool by itself, but it does so silently inside its
constructor, with a terminal progress bar, no way to cancel and into `~/.cache` unless `LTP_PATH`
says otherwise. The studio wants a progress dialog with a Cancel button, so it fetches the same
archive itself and unpacks it where the library looks for it:

- `use_studio_languagetool_dir(cache_dir)` points `LTP_PATH` at `<cache dir>/languagetool` at start,
  unless the person set `LTP_PATH` themselves; from then on `grammar.find_languagetool_install()`
  and the library's own server start read that folder, and nothing lands in `~/.cache`.
- `default_source()` is the release language-tool-python itself downloads (its
  `LTP_DOWNLOAD_VERSION`, the stable release; not its daily "latest" snapshot), with the SHA-256
  the library ships for it, so both agree on version, address and checksum.
- `download_languagetool()` fetches in 64 KiB chunks, reports progress after each, and checks a
  cancel flag between them; it verifies the checksum and that the zip holds
  `languagetool-server.jar`, unpacks into a private staging folder next to the destination and
  renames the finished folder into place in one step, so a half-unpacked LanguageTool is never
  seen. Whatever goes wrong (no network, HTTP error, disk full, a damaged or foreign archive,
  cancel), the staging folder is removed and the reason is a `LanguageToolDownloadError` in
  plain words, or `DownloadCancelled`.

Plain Python, blocking: the GUI runs it on a worker (studio/services/grammar_setup.py).
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import tempfile
import threading
import time
import urllib.parse
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

# The app calls `use_studio_languagetool_dir` while starting; requests, language-tool-python and
# the grammar module take about 0.2 s to import, so they are imported where a download needs them.
if TYPE_CHECKING:
    import requests

    from studio.feedback.grammar import LanguageToolInstall

LTP_PATH_ENV_VAR = "LTP_PATH"  # language-tool-python's download folder (its utils.LTP_PATH_ENV_VAR)
JAR_NAME = "languagetool-server.jar"
STUDIO_DIR_NAME = "languagetool"  # inside the studio's cache dir
# What the Preferences button promises; the 6.x archives are 240-250 MB.
APPROXIMATE_SIZE_MB = 250

# Small chunks keep Cancel responsive (one chunk of a slow connection) at negligible cost.
CHUNK_BYTES = 64 * 1024
CONNECT_TIMEOUT = 15.0
# A connection that sends nothing for this long is treated as broken, not waited on forever.
READ_TIMEOUT = 30.0
# Refuse anything far beyond a LanguageTool archive: a wrong URL should not fill the disk.
MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
# Room left over after a download or unpack, so LanguageTool does not take the last bytes.
FREE_SPACE_MARGIN = 32 * 1024 * 1024

_STAGING_PREFIX = ".studio-download-"  # never matches the library's "LanguageTool*" glob
# A staging folder untouched this long belongs to a download that was killed, not a running one.
_STALE_STAGING_AFTER = 3600.0


class Stage(StrEnum):
    DOWNLOADING = "downloading"
    UNPACKING = "unpacking"


@dataclass(frozen=True, slots=True)
class DownloadProgress:
    stage: Stage
    done: int  # bytes downloaded, or bytes unpacked
    total: int | None  # None when the server does not say how large the archive is


@dataclass(frozen=True, slots=True)
class LanguageToolSource:
    url: str
    version: str  # the folder becomes LanguageTool-<version>, as the library names it
    sha256: str | None = None  # checked when known


class LanguageToolDownloadError(Exception):
    """The download or install failed; `reason` says why in words a writer understands."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DownloadCancelled(Exception):
    """The user cancelled; nothing of the download was kept."""


ProgressCallback = Callable[[DownloadProgress], None]


def default_source() -> LanguageToolSource:
    """The LanguageTool release language-tool-python downloads by default, with its checksum."""
    from language_tool_python.download_lt import (
        EXPECTED_DOWNLOAD_SHA256,
        LTP_DOWNLOAD_VERSION,
        ReleaseLocalLanguageTool,
    )

    version = LTP_DOWNLOAD_VERSION
    return LanguageToolSource(
        url=ReleaseLocalLanguageTool(version).download_url,
        version=version,
        sha256=EXPECTED_DOWNLOAD_SHA256.get(version),
    )


def use_studio_languagetool_dir(cache_dir: Path) -> Path:
    """Point `LTP_PATH` at `<cache_dir>/languagetool` unless the person set it; the folder used.

    Call once at start, before anything asks language-tool-python for LanguageTool.
    """
    if not os.environ.get(LTP_PATH_ENV_VAR):
        os.environ[LTP_PATH_ENV_VAR] = str(cache_dir / STUDIO_DIR_NAME)
    return Path(os.environ[LTP_PATH_ENV_VAR])


def languagetool_dir() -> Path:
    """Where language-tool-python looks for LanguageTool (`LTP_PATH` or its default)."""
    from language_tool_python.utils import get_language_tool_download_path

    return get_language_tool_download_path()


def existing_install(destination: Path, version: str) -> LanguageToolInstall | None:
    """The complete installation of `version` in `destination`, if there is one."""
    from studio.feedback.grammar import LanguageToolInstall

    folder = destination / f"LanguageTool-{version}"
    if (folder / JAR_NAME).is_file():
        return LanguageToolInstall(version=version, directory=folder)
    return None


def download_languagetool(
    destination: Path | None = None,
    *,
    source: LanguageToolSource | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    max_archive_bytes: int | None = MAX_ARCHIVE_BYTES,
    timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
) -> LanguageToolInstall:
    """Download and install LanguageTool into `destination` (default: `languagetool_dir()`).

    Returns the installation at once, without any network I/O, when it is already there.
    Raises `LanguageToolDownloadError` or `DownloadCancelled`; either way nothing is left behind.
    """
    source = source or default_source()
    destination = destination or languagetool_dir()
    cancel = cancel or threading.Event()
    report = on_progress or (lambda _progress: None)
    try:
        destination.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LanguageToolDownloadError(_disk_problem(error, destination)) from error
    existing = existing_install(destination, source.version)
    if existing is not None:
        return existing
    _remove_stale_staging(destination)
    try:
        staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=destination))
    except OSError as error:
        raise LanguageToolDownloadError(_disk_problem(error, destination)) from error
    try:
        archive = staging / "archive.zip"
        _fetch(source, archive, report, cancel, max_archive_bytes, timeout)
        unpacked = _unpack(archive, staging / "unpacked", report, cancel)
        archive.unlink()  # free its space before the rename; the unpacked copy is what stays
        _raise_if_cancelled(cancel)
        return _move_into_place(unpacked, destination, source.version)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# --- Fetching -----------------------------------------------------------------------------------


def _fetch(
    source: LanguageToolSource,
    archive: Path,
    report: ProgressCallback,
    cancel: threading.Event,
    max_bytes: int | None,
    timeout: tuple[float, float],
) -> None:
    import requests

    _raise_if_cancelled(cancel)
    host = urllib.parse.urlsplit(source.url).hostname or source.url
    try:
        # identity: Content-Length is then the number of bytes we count, not a compressed size.
        response = requests.get(
            source.url, stream=True, timeout=timeout, headers={"Accept-Encoding": "identity"}
        )
    except requests.Timeout as error:
        raise LanguageToolDownloadError(
            f"{host} did not answer within {timeout[0]:g} seconds. "
            "Check the internet connection and try again."
        ) from error
    except requests.ConnectionError as error:
        raise LanguageToolDownloadError(
            f"Could not connect to {host}. Check the internet connection and try again."
        ) from error
    except requests.RequestException as error:
        raise LanguageToolDownloadError(f"The download could not start: {error}") from error
    with response:
        _check_status(response, source)
        total = _content_length(response)
        if max_bytes is not None and total is not None and total > max_bytes:
            raise LanguageToolDownloadError(
                f"The server offers {_megabytes(total)}, far more than LanguageTool needs; "
                "the download address is probably wrong."
            )
        _ensure_free_space(archive.parent, total)
        digest = hashlib.sha256()
        done = 0
        report(DownloadProgress(Stage.DOWNLOADING, 0, total))
        try:
            with archive.open("wb") as stream:
                for chunk in response.iter_content(CHUNK_BYTES):
                    _raise_if_cancelled(cancel)
                    if not chunk:
                        continue
                    done += len(chunk)
                    if max_bytes is not None and done > max_bytes:
                        raise LanguageToolDownloadError(
                            f"The server sent more than {_megabytes(max_bytes)}; "
                            "the download address is probably wrong."
                        )
                    stream.write(chunk)
                    digest.update(chunk)
                    report(DownloadProgress(Stage.DOWNLOADING, done, total))
        except requests.RequestException as error:
            raise LanguageToolDownloadError(
                f"The download from {host} was interrupted after {_megabytes(done)}. "
                "Check the internet connection and try again."
            ) from error
        except OSError as error:
            raise LanguageToolDownloadError(_disk_problem(error, archive.parent)) from error
    _raise_if_cancelled(cancel)
    if total is not None and done != total:
        raise LanguageToolDownloadError(
            f"The download ended early ({_megabytes(done)} of {_megabytes(total)}). Try again."
        )
    if source.sha256 is not None and digest.hexdigest() != source.sha256.lower():
        raise LanguageToolDownloadError(
            "The downloaded archive is damaged (its checksum does not match). "
            "Nothing was installed; try again."
        )


def _check_status(response: requests.Response, source: LanguageToolSource) -> None:
    if response.status_code == 200:
        return
    if response.status_code == 404:
        raise LanguageToolDownloadError(
            f"LanguageTool {source.version} was not found at {source.url} (HTTP 404)."
        )
    reason = f" {response.reason}" if response.reason else ""
    raise LanguageToolDownloadError(
        f"The download server answered HTTP {response.status_code}{reason}. Try again later."
    )


def _content_length(response: requests.Response) -> int | None:
    try:
        length = int(response.headers.get("Content-Length", ""))
    except ValueError:
        return None
    return length if length >= 0 else None


# --- Unpacking ----------------------------------------------------------------------------------


def _unpack(archive: Path, target: Path, report: ProgressCallback, cancel: threading.Event) -> Path:
    """Unpack LanguageTool's folder from `archive` into `target`; the folder holding the jar."""
    try:
        bundle = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as error:
        raise LanguageToolDownloadError(
            "The downloaded file is not a zip archive, so it is not LanguageTool. "
            "Nothing was installed."
        ) from error
    with bundle:
        root = _languagetool_root(bundle)
        members = [
            (member, relative)
            for member in bundle.infolist()
            if (relative := _relative_to_root(member.filename, root)) is not None
        ]
        total = sum(member.file_size for member, _ in members if not member.is_dir())
        if total > MAX_UNPACKED_BYTES:
            raise LanguageToolDownloadError(
                f"The archive would unpack to {_megabytes(total)}, far more than LanguageTool "
                "needs. Nothing was installed."
            )
        _ensure_free_space(target.parent, total)
        done = 0
        report(DownloadProgress(Stage.UNPACKING, 0, total))
        try:
            target.mkdir()
            for member, relative in members:
                _raise_if_cancelled(cancel)
                path = target.joinpath(*relative.parts) if relative.parts else target
                if member.is_dir():
                    path.mkdir(parents=True, exist_ok=True)
                    continue
                if _is_symlink(member):
                    continue  # LanguageTool ships none; a link could point anywhere
                path.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(member) as packed, path.open("wb") as unpacked:
                    while chunk := packed.read(CHUNK_BYTES):
                        _raise_if_cancelled(cancel)
                        unpacked.write(chunk)
                        done += len(chunk)
                        report(DownloadProgress(Stage.UNPACKING, done, total))
        except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as error:
            raise LanguageToolDownloadError(
                "The downloaded archive is damaged and cannot be unpacked. "
                "Nothing was installed; try again."
            ) from error
        except OSError as error:
            raise LanguageToolDownloadError(_disk_problem(error, target.parent)) from error
    return target


def _languagetool_root(bundle: zipfile.ZipFile) -> PurePosixPath:
    """The folder inside the archive that holds the server jar: the top, or its one folder."""
    for name in bundle.namelist():
        path = PurePosixPath(name)
        if path.name != JAR_NAME or not _is_safe(path):
            continue
        if len(path.parts) == 1:
            return PurePosixPath()
        if len(path.parts) == 2:
            return path.parent
    raise LanguageToolDownloadError(
        f"The archive does not contain LanguageTool (no {JAR_NAME}). Nothing was installed."
    )


def _relative_to_root(name: str, root: PurePosixPath) -> PurePosixPath | None:
    """`name` relative to the LanguageTool folder, or None for entries outside it or unsafe."""
    path = PurePosixPath(name)
    if not _is_safe(path):
        return None
    try:
        return path.relative_to(root)
    except ValueError:
        return None


def _is_safe(path: PurePosixPath) -> bool:
    # Entries must stay inside the folder they are unpacked to (no "/etc/...", "..", "C:").
    return not path.is_absolute() and ".." not in path.parts and ":" not in path.as_posix()


def _is_symlink(member: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(member.external_attr >> 16)


def _move_into_place(unpacked: Path, destination: Path, version: str) -> LanguageToolInstall:
    from studio.feedback.grammar import LanguageToolInstall

    target = destination / f"LanguageTool-{version}"
    if target.exists() and existing_install(destination, version) is None:
        # Left by an interrupted install of another tool (the library's own, say): not usable.
        shutil.rmtree(target, ignore_errors=True)
    try:
        unpacked.rename(target)  # one step: LanguageTool is either complete or not there
    except OSError as error:
        done_meanwhile = existing_install(destination, version)
        if done_meanwhile is not None:  # another studio window finished the same download
            return done_meanwhile
        raise LanguageToolDownloadError(_disk_problem(error, destination)) from error
    return LanguageToolInstall(version=version, directory=target)


# --- Housekeeping -------------------------------------------------------------------------------


def _raise_if_cancelled(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise DownloadCancelled


def _ensure_free_space(folder: Path, needed: int | None) -> None:
    if needed is None:
        return
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell; a full disk is still reported when writing fails
    if free < needed + FREE_SPACE_MARGIN:
        raise LanguageToolDownloadError(
            f"Not enough free disk space in {folder}: LanguageTool needs about "
            f"{_megabytes(needed + FREE_SPACE_MARGIN)}, {_megabytes(free)} are free."
        )


def _disk_problem(error: OSError, folder: Path) -> str:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"The disk is full: LanguageTool could not be saved in {folder}."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"LanguageTool cannot be saved in {folder}: no permission to write there."
    return f"LanguageTool could not be saved in {folder}: {error.strerror or error}."


def _remove_stale_staging(destination: Path) -> None:
    """Remove staging folders of downloads that were killed (power cut, SIGKILL)."""
    now = time.time()
    for folder in destination.glob(f"{_STAGING_PREFIX}*"):
        try:
            newest = max(
                (entry.stat().st_mtime for entry in (folder, *folder.rglob("*"))), default=0.0
            )
        except OSError:
            continue
        if now - newest > _STALE_STAGING_AFTER:
            shutil.rmtree(folder, ignore_errors=True)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"
