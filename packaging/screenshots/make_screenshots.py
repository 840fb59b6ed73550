"""Screenshots of the main window for the README, in light and dark, from the real widgets.

composer-{light,dark}.png show a realistic sponsored post with real findings from the feedback
engine: the underlines, the panels, a counter past X's limit with its overflow shaded.

    uv run python packaging/screenshots/make_screenshots.py [--out DIR]

A second process then takes the calendar, composer and review again at 200 % scaling on a
virtual 2560×1600 screen (QT_SCALE_FACTOR=2: a 1280×800 laptop in layout pixels, with the
feedback dock open) into DIR/200-percent/, where clipped or overlapping text shows first.

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
    settle(app)
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
    saved.append(shoot_variant(window, theme, out, app))
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


# What the same post says on Instagram once written for it: the disclosure up front, the fold
# marked, and feedback on this text alone (the dock follows the tab being written in).
VARIANT_TEXT = (
    "Ad: gifted by Lumen Skin ✨ I've been using this serum every morning for two weeks and my "
    "skin has never looked this calm.\n\n"
    "Only 3 left, so hurry! Code GLOW20 works until midnight.\n\n"
    "#skincare #glowup"
)


def shoot_variant(window: MainWindow, theme: Theme, out: Path, app: QApplication) -> Path:
    """composer-variant-{theme}.png: an Instagram text of its own, with its own findings, and
    "Next Free Slot" used on the workspace's posting slots."""
    from datetime import time as clock

    from studio.domain.schedule import PostingSlot

    composer = window.composer
    workspace = composer.workspace()
    if workspace is not None and composer.slot_book is not None:
        # Tuesdays 09:00 for every network, Thursdays 18:30 for Instagram.
        composer.slot_book.replace(
            workspace.id,
            [PostingSlot(1, clock(9, 0)), PostingSlot(3, clock(18, 30), PlatformId.INSTAGRAM)],
        )
        settle(app)  # the write lands on the DB-writer thread, then the composer hears of it
        composer.add_to_next_free_slot()
    tabs = composer.variant_tabs
    instagram = tabs.tab(PlatformId.INSTAGRAM)
    tabs.setCurrentWidget(instagram)
    instagram.open_for_writing()
    instagram.editor.setPlainText(VARIANT_TEXT)
    instagram.editor.setFocus()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and instagram.report is None:
        app.processEvents()
        time.sleep(0.02)
    settle(app)
    return grab(window, out / f"composer-variant-{theme.value}.png", app)


# ---- images (issue 6): library, crop editor, preview ---------------------------------------------

MEDIA_TEXT = (
    "Sunrise over the harbour this morning, fresh rye in the oven by six. "
    "Come by for a warm loaf before the boats go out! #harbour #rye @kornblume\n\n"
    "We open at 7 every day this week."
)


def _scene(index: int, size: tuple[int, int]) -> object:
    """A made-up photo: a sky gradient, a sun, hills or loaves — colourful, not flat grey."""
    from PIL import Image, ImageDraw, ImageFilter

    width, height = size
    palettes = [
        ((255, 170, 90), (80, 60, 140), (40, 70, 60)),
        ((120, 190, 255), (250, 240, 210), (70, 120, 60)),
        ((250, 120, 110), (60, 40, 90), (30, 50, 80)),
        ((180, 230, 250), (255, 255, 255), (200, 150, 90)),
        ((255, 210, 140), (230, 120, 60), (120, 70, 40)),
        ((90, 140, 200), (20, 30, 60), (30, 90, 110)),
    ]
    top, bottom, ground = palettes[index % len(palettes)]
    sky = Image.linear_gradient("L").resize((width, height))
    image = Image.merge(
        "RGB",
        [
            sky.point(lambda v, a=a, b=b: a + (b - a) * v // 255)
            for a, b in zip(top, bottom, strict=True)
        ],
    )
    draw = ImageDraw.Draw(image)
    sun = (width * (0.25 + 0.1 * index) % width, height * 0.35, min(width, height) * 0.12)
    draw.ellipse(
        (sun[0] - sun[2], sun[1] - sun[2], sun[0] + sun[2], sun[1] + sun[2]),
        fill=(255, 236, 180),
    )
    if index % 3 == 1:  # loaves on a board
        draw.rectangle((0, height * 0.6, width, height), fill=(150, 105, 70))
        for n in range(3):
            x = width * (0.2 + 0.25 * n)
            draw.ellipse(
                (x - width * 0.11, height * 0.52, x + width * 0.11, height * 0.78),
                fill=(170 - 20 * n, 100 - 10 * n, 50),
            )
    else:  # hills
        points = [(0, height)]
        for step in range(9):
            x = width * step / 8
            y = height * (0.6 + 0.08 * ((step * (index + 3)) % 3))
            points.append((x, y))
        points.append((width, height))
        draw.polygon(points, fill=ground)
    return image.filter(ImageFilter.GaussianBlur(1.2))


def shoot_media(window: MainWindow, studio: Studio, out: Path, app: QApplication) -> list[Path]:
    """library-light.png, crop-editor-light.png, preview-dark.png."""
    from studio.ui.crop_editor import CropEditorDialog
    from studio.ui.library_page import LibraryPage

    saved = []
    scratch = Path(tempfile.mkdtemp(prefix="studio-shots-images-"))
    names = ["harbour-sunrise", "rye-loaves", "evening-boats", "flour-and-light", "oven-glow"]
    names += ["night-pier", "morning-walk", "bread-basket", "market-stall"]
    files = []
    for index, name in enumerate(names):
        size = (1600, 1066) if index % 2 == 0 else (1200, 1500)
        path = scratch / f"{name}.jpg"
        _scene(index, size).save(path, "JPEG", quality=88)
        files.append(path)
    apply_theme(app, Theme.LIGHT)
    window.workspace_combo.setCurrentIndex(1 if window.workspace_combo.count() > 1 else 0)
    window.show_section(Section.LIBRARY)
    page = window.section_pages[Section.LIBRARY]
    assert isinstance(page, LibraryPage) and studio.media is not None
    page.add_files(files)
    page.messages.setVisible(False)
    for _ in range(20):
        settle(app)
    page.grid.setCurrentIndex(page.model.index(1))
    saved.append(grab(window, out / "library-light.png", app))

    window.new_post()
    composer = window.composer
    composer.title_edit.setText("Harbour sunrise")
    for platform, check in composer.details.platform_checks.items():
        check.setChecked(
            platform
            in (PlatformId.INSTAGRAM, PlatformId.X, PlatformId.BLUESKY, PlatformId.LINKEDIN)
        )
    composer.body_edit.setPlainText(MEDIA_TEXT)
    workspace = window.current_workspace() or studio.workspaces.workspaces[0]
    items = sorted(studio.media.items(workspace.id), key=lambda item: item.original_name)
    composer.media_strip.attach_items([item.id for item in items[:5]])
    for _ in range(20):
        settle(app)
    # A landscape photo cropped to Instagram's 4:5: the trimmed sides show dimmed.
    attachment = next(a for a in composer.media_strip.attachments if a.media.width > a.media.height)
    dialog = CropEditorDialog(
        attachment,
        composer.details.platforms(),
        composer.media_strip.preview_image(attachment.media.sha256),
        window,
    )
    dialog.platform_list.setCurrentRow(dialog._platforms.index(PlatformId.INSTAGRAM))
    dialog.preset_buttons["4:5"].click()
    dialog.show()
    saved.append(grab(dialog, out / "crop-editor-light.png", app))
    dialog.close()

    apply_theme(app, Theme.DARK)
    window.show_section(Section.COMPOSER)
    dock = window.preview_dock  # type: ignore[attr-defined]
    dock.show()
    dock.raise_()
    dock.widget().show_platform(PlatformId.INSTAGRAM)
    for _ in range(20):
        settle(app)
        time.sleep(0.01)
    saved.append(grab(window, out / "preview-dark.png", app))
    apply_theme(app, Theme.LIGHT)
    return saved


# ---- calendar (issue 5): month, week and health views ------------------------------------------


def shoot_calendar(window: MainWindow, out: Path, app: QApplication) -> list[Path]:
    """calendar-month-{light,dark}.png (all workspaces), calendar-week-{light,dark}.png and
    calendar-health-{light,dark}.png (one workspace), from the demo month around today."""
    from studio.ui.calendar_page import CalendarPage, ViewMode

    page = window.section_pages.get(Section.CALENDAR)
    if not isinstance(page, CalendarPage):
        return []
    saved = []
    window.show_section(Section.CALENDAR)
    bakery = max(window.workspace_combo.findText("Kornblume Bakery"), 1)
    views = (
        (ViewMode.MONTH, 0, "month"),  # all workspaces, each in its colour
        (ViewMode.WEEK, bakery, "week"),
        (ViewMode.HEALTH, bakery, "health"),
    )
    for mode, workspace_index, name in views:
        window.workspace_combo.setCurrentIndex(workspace_index)
        page.set_mode(mode)
        page.go_to_today()
        for theme in (Theme.LIGHT, Theme.DARK):
            apply_theme(app, theme)
            saved.append(grab(window, out / f"calendar-{name}-{theme.value}.png", app))
    apply_theme(app, Theme.LIGHT)
    page.set_mode(ViewMode.MONTH)
    return saved


# ---- review (issue 7): comments in review mode, and the word diff of two revisions --------------

REVIEW_FIRST = (
    "Our spring menu is here!\n\n"
    "Three new dishes built around what our farmers bring on Tuesdays: wild garlic soup, "
    "asparagus with butter, and a rhubarb tart.\n\n"
    "Hurry, tables are almost gone!"
)
REVIEW_TEXT = (
    "Our spring menu is here!\n\n"
    "Three new dishes built around what our farmers bring on Tuesdays: wild garlic soup, "
    "asparagus with brown butter, and a rhubarb tart we've been testing all winter.\n\n"
    "What should we call the tart? Best name wins one for your table.\n\n"
    "#SpringMenu #LocalFood"
)


def shoot_review(window: MainWindow, studio: Studio, out: Path, app: QApplication) -> list[Path]:
    """review-light.png (a post in review with threads and highlights) and diff-dark.png."""
    from dataclasses import replace

    from studio.domain.posts import Status
    from studio.storage.repositories import PostRepository
    from studio.storage.review import ReviewStore

    posts = PostRepository(studio.database)
    workspace = studio.workspaces.workspaces[0]
    post = posts.create(
        workspace.id,
        title="Spring menu launch",
        body=REVIEW_FIRST,
        status=Status.DRAFT,
        author="Maya",
    )
    posts.add_variant(post.id, PlatformId.INSTAGRAM)
    posts.record_revision(post.id, reason="First draft", author="Maya")
    post = posts.save(replace(posts.get(post.id), body=REVIEW_TEXT))
    posts.record_revision(post.id, reason="Saved by hand", author="Maya")
    post = posts.move_to(posts.get(post.id), Status.IN_REVIEW, changed_by="Maya")
    store = ReviewStore(studio.database)

    def on(words: str, body: str, author: str) -> object:
        start = REVIEW_TEXT.index(words)
        return store.add_comment(post.id, body, author=author, start=start, end=start + len(words))

    first = on("brown butter", "Is it brown butter or beurre noisette on the menu card?", "Jonas")
    store.reply(first, "Brown butter: the card says so too.", author="Maya")
    on("Best name wins one for your table.", "Love this. Do we need contest terms?", "Jonas")
    done = on("wild garlic soup", "Vegan?", "Lena")
    store.reply(done, "Yes, fully.", author="Maya")
    store.resolve(done)

    apply_theme(app, Theme.LIGHT)
    settle(app)  # the new palette arrives through the event loop
    window.show_section(Section.REVIEW)
    page = window.section_pages[Section.REVIEW]
    page.refresh()
    page._select_key("post", post.id)
    page._chosen(page.tree.currentItem())
    settle(app)
    # The open thread on "brown butter" chosen: its card and its passage stand out.
    chosen = next(t for t in page.view.document.threads if t.quote == "brown butter")
    page.view.select_thread(chosen, move_text=False)
    saved = [grab(window, out / "review-light.png", app)]

    apply_theme(app, Theme.DARK)
    page.view.history_button.click()
    settle(app)
    dialog = page.history_dialog
    oldest = dialog.revisions[-1]
    dialog.compare(oldest.id)
    saved.append(grab(dialog, out / "diff-dark.png", app))
    dialog.close()
    apply_theme(app, Theme.LIGHT)
    return saved


# ---- 200 % scaling: a 2560×1600 laptop screen, 1280×800 in layout pixels --------------------

HIDPI_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 2560, "height": 1600, "dpr": 1}
HIDPI_FOLDER = "200-percent"


def shoot_hidpi_in_subprocess(out: Path) -> list[Path]:
    """Run this script again with QT_SCALE_FACTOR=2 on a virtual 2560×1600 screen: Qt reads the
    scale factor once at start, so it needs a process of its own."""
    import json
    import subprocess

    folder = out / HIDPI_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="studio-screen-") as scratch:
        config = Path(scratch) / "screen.json"
        config.write_text(json.dumps({"screens": [HIDPI_SCREEN]}), encoding="utf-8")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "QT_SCALE_FACTOR": "2",
        }
        done = subprocess.run(
            [sys.executable, __file__, "--hidpi", "--out", str(folder)],
            env=env,
            capture_output=True,
            text=True,
        )
    if done.returncode:
        raise SystemExit(f"the 200 % screenshots failed:\n{done.stderr}")
    return [Path(line) for line in done.stdout.splitlines() if line.endswith(".png")]


def shoot_hidpi(window: MainWindow, studio: Studio, out: Path, app: QApplication) -> list[Path]:
    """The calendar, the composer with findings and the review, filling the scaled screen."""
    window.resize(window.screen().availableGeometry().size())
    saved = shoot_calendar(window, out, app)
    apply_theme(app, Theme.LIGHT)
    window.workspace_combo.setCurrentIndex(1 if window.workspace_combo.count() > 1 else 0)
    saved.append(shoot_findings(window, Theme.LIGHT, out, app))
    saved += shoot_review(window, studio, out, app)
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNGs")
    parser.add_argument(
        "--hidpi", action="store_true", help="only the 200 %% shots (run with QT_SCALE_FACTOR=2)"
    )
    parser.add_argument(
        "--only", choices=("calendar",), help="only these shots (no 200 %% pass either)"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.hidpi or args.only:
        return _run(args.out, hidpi=args.hidpi, only=args.only)
    code = _run(args.out, hidpi=False)
    for path in shoot_hidpi_in_subprocess(args.out):
        print(path)
    return code


def _run(out: Path, *, hidpi: bool, only: str | None = None) -> int:
    args = argparse.Namespace(out=out)

    app = application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="studio-screenshots-") as scratch:
        paths = resolve_paths(scratch)
        studio = open_studio(paths, resolve_database_url(paths), synchronous_tasks=True)
        try:
            fill_with_demo_data(studio)
            window = build_main_window(studio)
            window.resize(WINDOW_SIZE)
            window.show()
            if hidpi:
                saved = shoot_hidpi(window, studio, args.out, app)
                window.close()
                for path in saved:
                    print(path)
                return 0
            saved = []
            saved += shoot_calendar(window, args.out, app)  # before the other shots add posts
            if only == "calendar":
                window.close()
                for path in saved:
                    print(path)
                return 0
            for theme in (Theme.LIGHT, Theme.DARK):
                saved += shoot(window, theme, args.out, app)
            saved += shoot_media(window, studio, args.out, app)
            saved += shoot_review(window, studio, args.out, app)
            window.close()
        finally:
            studio.close()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
