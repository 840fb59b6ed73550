"""Running the real `studio` command in a child process, against a data dir of the test's own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_studio(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`python -m studio ARGS` with STUDIO_HOME=home (and no STUDIO_DB from the outside)."""
    env = {**os.environ, "STUDIO_HOME": str(home)}
    env.pop("STUDIO_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
