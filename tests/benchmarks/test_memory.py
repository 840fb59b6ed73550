"""Resident memory with 50,000 posts (QUALITY.md: ≤ 300 MB).

A child process does what `studio` does on start-up, on the 50,000-post database of
test_startup.py: opens the database and the services, builds and shows the main window
(offscreen), builds the pages that are put off until after the first paint and starts the grammar
backend (as the app does then), shows the Calendar in
its month view and lets the month load (a worker) and paint. Then it reads its own VmRSS from
/proc/self/status. A second child shows a bare PySide6 window, so the figure is printed next to
what Qt alone costs on this machine (the ratio), measured in the same run.

A child process, not this one: the test process has pytest, the other benchmarks' data and every
imported test module in it, which would blur the figure.

Run with `uv run pytest tests/benchmarks/test_memory.py --benchmark-enable`. With benchmarks
disabled it still runs once and checks that the figure can be read (no target asserted).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from tests.benchmarks.test_startup import big_data_dir  # noqa: F401  (the 50,000-post fixture)

pytestmark = pytest.mark.e2e

TARGET_MB = 300.0
SETTLE_SECONDS = 2.0  # the month loads on a worker; give it (and the first paint) time

RSS_LINE = "VmRSS"

STUDIO_SCRIPT = f"""
import sys, time
from PySide6.QtWidgets import QApplication
from studio.app import (
    application, build_main_window, open_studio, start_grammar_with_the_composer,
)
from studio.paths import resolve_database_url, resolve_paths
from studio.ui.calendar_page import CalendarPage, ViewMode
from studio.ui.main_window import Section

app = application()
paths = resolve_paths(sys.argv[1]).ensure()
studio = open_studio(paths, resolve_database_url(paths), synchronous_tasks=False)
window = build_main_window(studio, start_grammar=False, defer_pages=True)
window.resize(1360, 860)
window.show()
window.install_deferred_pages()  # as the app does after the first paint,
start_grammar_with_the_composer(window, studio)  # grammar loads when the composer is shown
window.show_section(Section.CALENDAR)
page = window.section_pages[Section.CALENDAR]
assert isinstance(page, CalendarPage), page
page.set_mode(ViewMode.MONTH, save=False)
deadline = time.monotonic() + {SETTLE_SECONDS}
while time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
window.grab()  # painted, as on screen
app.processEvents()
with open("/proc/self/status") as status:
    print(next(line for line in status if line.startswith("{RSS_LINE}:")), flush=True)
window.close()
studio.close()
"""

BARE_SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1360, 860)
window.show()
app.processEvents()
window.grab()
with open("/proc/self/status") as status:
    print(next(line for line in status if line.startswith("{RSS_LINE}:")), flush=True)
"""


def _rss_mb(script: str, *args: str) -> float:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("STUDIO_HOME", "STUDIO_DB", "STUDIO_LANG"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith(RSS_LINE))
    kilobytes = int(line.split()[1])  # "VmRSS:   123456 kB"
    return kilobytes / 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_resident_memory_with_50000_posts_and_the_month_shown(
    benchmark: BenchmarkFixture,
    big_data_dir: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    studio_runs: list[float] = []

    def measure() -> None:
        studio_runs.append(_rss_mb(STUDIO_SCRIPT, str(big_data_dir)))

    benchmark.pedantic(measure, rounds=3 if not benchmark.disabled else 1, iterations=1)
    bare_runs = [_rss_mb(BARE_SCRIPT) for _ in range(len(studio_runs))]
    studio_mb = sorted(studio_runs)[len(studio_runs) // 2]
    bare_mb = sorted(bare_runs)[len(bare_runs) // 2]
    assert studio_mb > bare_mb > 0
    benchmark.extra_info.update({"rss_mb": round(studio_mb, 1), "bare_qt_rss_mb": bare_mb})
    line = (
        f"resident memory, 50,000 posts, calendar month shown: median {studio_mb:.0f} MB "
        f"(runs {[round(r) for r in studio_runs]}) vs a bare PySide6 window {bare_mb:.0f} MB: "
        f"{studio_mb / bare_mb:.2f}× (target ≤ {TARGET_MB:.0f} MB)"
    )
    with capsys.disabled():
        print("\n" + line)
    if not benchmark.disabled:
        assert studio_mb <= TARGET_MB, line
