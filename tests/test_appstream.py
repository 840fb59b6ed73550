"""The AppStream metadata software centres show: consistent with the launcher, the version and
the screenshots in the repository, and valid for appstreamcli where it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse
from xml.etree import ElementTree

import pytest

from studio import __version__
from studio.app import DESKTOP_FILE_NAME

ROOT = Path(__file__).resolve().parents[1]
METAINFO = ROOT / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.metainfo.xml"


def component() -> ElementTree.Element:
    return ElementTree.parse(METAINFO).getroot()


def test_the_component_matches_the_launcher() -> None:
    root = component()
    assert root.findtext("id") == DESKTOP_FILE_NAME
    assert root.findtext("launchable") == f"{DESKTOP_FILE_NAME}.desktop"
    assert (ROOT / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()
    assert root.find("provides/binary") is not None
    assert root.findtext("provides/binary") == "studio"


def test_the_newest_release_is_this_version() -> None:
    releases = component().findall("releases/release")
    assert releases and releases[0].get("version") == __version__


def test_every_screenshot_is_a_file_in_the_repository() -> None:
    images = [image.text or "" for image in component().iter("image")]
    assert images
    for url in images:
        name = Path(urlparse(url).path).name
        assert (ROOT / "packaging" / "screenshots" / name).is_file(), name


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_accepts_it() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
