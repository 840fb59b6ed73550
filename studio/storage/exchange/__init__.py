"""Import and export formats (JSON, CSV, iCalendar).

* `json` — the complete, lossless form (workspaces, campaigns, posts, variants, comments, status
  history, revisions, media references, slots, repeats), with a format version;
* `csv` — one row per post with the fixed columns of `csv.HEADERS`, for spreadsheets;
* `ics` — one event per scheduled post with a stable UID, for calendar programs (export only).

Imports validate everything first and write all or nothing (`common.ImportReport`); a dry run
returns the same report without writing. `detect_format` picks the format from a file name.
"""

from __future__ import annotations

from pathlib import Path

from studio.storage.exchange.common import (
    EVERYTHING,
    ExchangeError,
    ExportScope,
    ImportReport,
    RowProblem,
)

FORMATS = ("json", "csv", "ics")

__all__ = [
    "EVERYTHING",
    "FORMATS",
    "ExchangeError",
    "ExportScope",
    "ImportReport",
    "RowProblem",
    "detect_format",
]


def detect_format(path: Path, head: bytes = b"") -> str | None:
    """ "json", "csv" or "ics" from the file's extension, else from its first bytes."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix in ("ical", "ifb", "icalendar"):
        return "ics"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{"):
        return "json"
    if start.upper().startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    if start.lower().startswith(b"date,"):
        return "csv"
    return None
