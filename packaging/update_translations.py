"""Refresh resources/i18n/studio_<lang>.ts from the tr() strings in studio/, then compile the .qm.

    uv run python packaging/update_translations.py           # lupdate, then lrelease
    uv run python packaging/update_translations.py --check   # exit 1 when a .qm is stale

Translators edit the .ts files (Qt Linguist: `uv run pyside6-linguist resources/i18n/studio_de.ts`);
lupdate keeps their work and marks new or changed strings as unfinished. Both tools come with the
PySide6-Essentials wheel. The .qm files are committed next to the .ts, because `uv run studio` runs
straight from the source tree with no build step; studio/ui/i18n.py loads them at start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "studio"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("de",)
GENERATED = {"resources_rc.py"}  # compiled resources: no strings, and megabytes to parse


def ts_file(language: str) -> Path:
    return I18N_DIR / f"studio_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N_DIR / f"studio_{language}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the environment running this script."""
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (uv sync)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if p.name not in GENERATED)


def update_ts(language: str) -> None:
    # Paths relative to the .ts keep its <location> lines the same on every machine.
    relative = [os.path.relpath(p, I18N_DIR) for p in sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *relative,
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            ts_file(language).name,
        ],
        cwd=I18N_DIR,
        check=True,
    )


def compile_qm(language: str, target: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(target)],
        check=True,
    )


def stale_languages() -> list[str]:
    """Languages whose committed .qm differs from what their .ts compiles to now."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            fresh = Path(scratch) / qm_file(language).name
            compile_qm(language, fresh)
            committed = qm_file(language)
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(language)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check that every .qm matches its .ts"
    )
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_languages()
        for language in stale:
            print(f"{qm_file(language)} is stale: run packaging/update_translations.py")
        return 1 if stale else 0
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        update_ts(language)
        compile_qm(language, qm_file(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
