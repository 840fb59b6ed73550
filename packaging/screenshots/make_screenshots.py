"""Screenshots of the main window for the README, in light and dark, from the real widgets.

composer-{light,dark}.png show a realistic sponsored post with real findings from the feedback
engine: the underlines, the panels, a counter past X's limit with its overflow shaded.

    uv run python packaging/screenshots/make_screenshots.py [--out DIR]

Builds the window offscreen on a throwaway data folder filled with the demo data (`studio demo`),
so nothing on this computer is read or changed. Text needs fonts: on a bare Debian machine install
`fonts-dejavu-core` (the CI script does).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

# Before Qt is imported: no display needed, and no desktop settings leaking into the pictures.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("STUDIO_DB", None)

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from studio.app import Studio, application, build_main_window, open_studio
from studio.domain.platforms import PlatformId
from studio.feedback.model import Panel
from studio.paths import resolve_database_url, resolve_paths
from studio.settings import Theme
from studio.storage.repositories import WorkspaceRepository
from studio.ui.main_window import MainWindow, Section
from studio.ui.preferences import PreferencesDialog
from studio.ui.theme import apply_theme
from studio.ui.workspace_dialog import NewWorkspaceDialog

HERE = Path(__file__).resolve().parent
WINDOW_SIZE = QSize(1360, 860)
SAMPLE_TITLE = "Spring menu launch"
SAMPLE_TEXT = (
    # No emoji: the offscreen fonts (DejaVu) have no colour emoji and would draw empty boxes.
    "Our spring menu is here!\n\n"
    "Three new dishes built around what our farmers bring on Tuesdays: wild garlic soup, "
    "asparagus with brown butter, and a rhubarb tart we've been testing all winter.\n\n"
    "What should we call the tart? Best name wins one for your table.\n\n"
    "#SpringMenu #LocalFood"
)


FINDINGS_TITLE = "Glow serum drop — Instagram + X"
# A gifted product post as people really write them: pressure, a broadcast tone, a disclosure
# hidden at the end, and too long for X. Every underline in the picture comes from the engine.
FINDINGS_TEXT = (
    "Hurry, only 3 left!! This serum changed my life and you guys are going to be obsessed. "
    "Don't miss out or you'll regret it forever.\n\n"
    "I've been using it every morning for two weeks and my skin has never looked this calm. "
    "Link in bio, use my code GLOW20 before midnight!\n\n"
    "#skincare #glowup #ad"
)
FINDINGS_PLATFORMS = (PlatformId.INSTAGRAM, PlatformId.X, PlatformId.BLUESKY)


def wait_for_feedback(window: MainWindow, app: QApplication, timeout: float = 20.0) -> None:
    """Until the panels show the report for exactly the text in the editor, grammar merged."""
    composer = window.composer
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        report = window.analysis.latest_report() if window.analysis else None
        current = report is not None and report.text == composer.body_edit.toPlainText()
        if current and report is not None and Panel.GRAMMAR in report.scores:
            break
        time.sleep(0.02)
    settle(app)


def fill_with_demo_data(studio: Studio) -> None:
    try:
        from studio.storage.demo import load_demo
    except ImportError:  # an older checkout without the demo loader: two plain workspaces
        repository = WorkspaceRepository(studio.database)
        repository.create("Café Lumen", timezone="Europe/Lisbon", colour="#0ca678")
        repository.create("Harbour Books", timezone="Australia/Hobart", colour="#f59f00")
    else:
        load_demo(studio.database)
    studio.workspaces.refresh()


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def grab(window: QWidget, target: Path, app: QApplication) -> Path:
    settle(app)
    if not window.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    return target


def shoot(window: MainWindow, theme: Theme, out: Path, app: QApplication) -> list[Path]:
    apply_theme(app, theme)
    saved = []
    window.workspace_combo.setCurrentIndex(1 if window.workspace_combo.count() > 1 else 0)
    window.show_section(Section.CALENDAR)
    saved.append(grab(window, out / f"main-window-calendar-{theme.value}.png", app))

    window.new_post()
    window.composer.title_edit.setText(SAMPLE_TITLE)
    window.composer.body_edit.setPlainText(SAMPLE_TEXT)
    window.composer.body_edit.setFocus()
    wait_for_feedback(window, app)
    saved.append(grab(window, out / f"main-window-composer-{theme.value}.png", app))

    taken = {w.name for w in window.workspaces.workspaces}
    new_workspace = NewWorkspaceDialog(taken, window)
    new_workspace.name_edit.setText("Harbour Books")
    new_workspace.zone_combo.setCurrentText("Australia/Hobart")
    new_workspace.show()
    saved.append(grab(new_workspace, out / f"dialog-new-workspace-{theme.value}.png", app))
    new_workspace.close()

    preferences = PreferencesDialog(window.settings, window)
    preferences.show()
    saved.append(grab(preferences, out / f"dialog-preferences-{theme.value}.png", app))
    preferences.close()

    saved.append(shoot_findings(window, theme, out, app))
    return saved


def shoot_findings(window: MainWindow, theme: Theme, out: Path, app: QApplication) -> Path:
    window.new_post()
    composer = window.composer
    composer.title_edit.setText(FINDINGS_TITLE)
    for platform, check in composer.details.platform_checks.items():
        check.setChecked(platform in FINDINGS_PLATFORMS)
    composer.details.sponsored_check.setChecked(True)
    composer.details.partner_edit.setText("Lumen Skin")
    composer.body_edit.setPlainText(FINDINGS_TEXT)
    composer.variant_tabs.setCurrentIndex(0)
    cursor = composer.body_edit.textCursor()
    cursor.setPosition(0)
    composer.body_edit.setTextCursor(cursor)
    composer.body_edit.setFocus()
    wait_for_feedback(window, app)
    return grab(window, out / f"composer-{theme.value}.png", app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNGs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    app = application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="studio-screenshots-") as scratch:
        paths = resolve_paths(scratch)
        studio = open_studio(paths, resolve_database_url(paths), synchronous_tasks=True)
        try:
            fill_with_demo_data(studio)
            window = build_main_window(studio)
            window.resize(WINDOW_SIZE)
            window.show()
            saved = []
            for theme in (Theme.LIGHT, Theme.DARK):
                saved += shoot(window, theme, args.out, app)
            window.close()
        finally:
            studio.close()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
