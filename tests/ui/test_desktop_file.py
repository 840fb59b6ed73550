"""The Linux launcher: valid keys, the Compose action, and the name the app announces."""

from __future__ import annotations

import configparser
from pathlib import Path

from studio.app import DESKTOP_FILE_NAME
from studio.cli import build_parser

DESKTOP_FILE = (
    Path(__file__).resolve().parents[2] / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop"
)


def read_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser


def test_desktop_file_is_named_after_the_app_id() -> None:
    # Qt reports this name to Wayland/X11, which pairs the window with its launcher icon.
    assert DESKTOP_FILE.exists()


def test_launcher_and_compose_action() -> None:
    entry = read_entry()
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Name"] == "Content Studio"
    assert main["Exec"] == "studio"
    assert main["Icon"] == DESKTOP_FILE_NAME
    assert main["Categories"].endswith(";")
    assert main["Actions"] == "Compose;"
    assert entry["Desktop Action Compose"]["Exec"] == "studio --compose"


def test_the_action_uses_an_option_the_command_line_knows() -> None:
    args = build_parser().parse_args(["--compose"])
    assert args.compose is True
