"""CalendarService: what the calendar page asks of the database, off the GUI thread.

    service.load(start, end, ViewFilter(...))     → loaded(LoadedRange), then strong_posts(ids)
    service.search("query", workspace_id)          → search_done(query, [SearchHit])
    service.load_health(workspace_ids, first, last) → health_loaded(HealthResult)
    service.move(MoveRequest(...))                 → post_moved(PostData) | move_failed(text)
    service.create_draft(workspace_id, at)         → draft_created(PostData)
    service.check_import(path) / run_import(...)   → import_checked / import_done (ImportReport)
    service.export(path, kind, scope)              → export_done(path, kind)

Reads run on a worker of the TaskRunner's analysis pool, each with its own session
(ARCHITECTURE.md allows reads anywhere); every write goes through the one DB-writer thread. A
load or search answered after a newer one was asked for is dropped, so a quick click through the
months never shows an old month.

"Strong" markers: `feedback.engine.analyse` runs on the worker after each load, only for posts
whose text it has not seen; the answer (has a `strong` finding or not) is cached in memory by a
hash of the text, platforms and disclosure, never stored. The entries arrive first, the markers a
moment later (`strong_posts`), so a month with a thousand posts is on screen before the analysis.

Storage modules are imported inside the worker functions: they pull in SQLAlchemy, which the
first window does not need.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.services.tasks import Pool, TaskRunner
from studio.storage.records import PostData, WorkspaceData

if TYPE_CHECKING:
    from studio.storage.calendar import CalendarEntry, SearchHit
    from studio.storage.database import Database
    from studio.storage.exchange import ExportScope, ImportReport

EXPORT_KINDS = ("json", "csv", "ics")
IMPORT_KINDS = ("json", "csv")


# ---- plain requests and answers -----------------------------------------------------------------


@dataclass(frozen=True)
class ViewFilter:
    """What the page filters on; an empty set means "no restriction"."""

    workspace_ids: frozenset[int] | None = None  # None: all workspaces
    campaign_ids: frozenset[int] = frozenset()
    platforms: frozenset[PlatformId] = frozenset()
    statuses: frozenset[Status] = frozenset()
    content_types: frozenset[ContentType] = frozenset()

    @property
    def active(self) -> int:
        """How many of the four optional filters restrict anything (for "Filters (2)")."""
        return sum(
            bool(chosen)
            for chosen in (self.campaign_ids, self.platforms, self.statuses, self.content_types)
        )


@dataclass(frozen=True)
class LoadedRange:
    start: datetime
    end: datetime
    chosen: ViewFilter
    entries: tuple[CalendarEntry, ...]


@dataclass(frozen=True)
class MoveRequest:
    """Move one calendar entry (a post or one repeat of it) to a new UTC instant.

    `to_at` is where the dragged entry lands; for a repeat the whole series shifts by the same
    amount of wall-clock days and time, since repeats are computed from the post's own time.
    """

    post_id: int
    version: int | None  # the version the calendar showed; None: whatever is stored (undo)
    zone: str  # the zone the post is planned in: its wall-clock time is what moves
    to_at: datetime  # UTC


@dataclass(frozen=True)
class HealthResult:
    first_day: date
    last_day: date
    workspaces: tuple[tuple[WorkspaceData, tuple[schedule.WeekHealth, ...]], ...] = field(
        default=()
    )


@dataclass(frozen=True)
class ValidPart:
    """The rows of an import file that passed, as the text of a file that holds only them."""

    text: str
    skipped: int


# ---- the calendar math the page needs -----------------------------------------------------------


def target_instant(
    entry_at: datetime,
    first_at: datetime,
    occurrence: int,
    zone: str,
    display_zone: str,
    to_day: date,
    to_hour: int | None = None,
) -> datetime:
    """Where the post itself (`first_at`) goes when its entry at `entry_at` is dropped on `to_day`
    (and `to_hour`), both on the wall clock of `display_zone`.

    Dropped on a day: the post keeps its wall-clock time in its own `zone` (09:00 Berlin stays
    09:00 Berlin across a daylight-saving change). Dropped on an hour: it lands at that hour on
    the display clock, minutes kept. A repeat moves its whole series by the same shift.
    """
    shown = schedule.wall_clock(entry_at, display_zone)
    if to_hour is None:
        shift_days = (to_day - shown.date()).days
        base_wall = schedule.wall_clock(first_at if occurrence else entry_at, zone)
        return schedule.at_wall_clock(
            base_wall.date() + timedelta(days=shift_days), base_wall.time(), zone
        )
    landed = schedule.at_wall_clock(to_day, time(to_hour, shown.minute), display_zone)
    if not occurrence:
        return landed
    # The repeat's shift in the post's own wall clock, applied to the first occurrence.
    delta = schedule.wall_clock(landed, zone) - schedule.wall_clock(entry_at, zone)
    return schedule.to_utc(schedule.wall_clock(first_at, zone) + delta, zone)


def strong_key(post: PostData, platforms: Sequence[PlatformId]) -> str:
    """What a post's `strong` marker depends on, hashed: the cache key of the analysis."""
    material = "\x1f".join(
        [post.body, ",".join(p.value for p in platforms), str(post.sponsored), post.partner_name]
    )
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


class StrongCache:
    """post text hash → has a `strong` finding; shared by the workers, so guarded by a lock."""

    def __init__(self) -> None:
        self._known: dict[str, bool] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._known)

    def strong_posts(self, entries: Iterable[CalendarEntry]) -> frozenset[int]:
        from studio.feedback.engine import analyse
        from studio.feedback.model import Draft

        found: set[int] = set()
        seen: set[int] = set()
        for entry in entries:
            post = entry.post
            if post.id in seen:
                continue
            seen.add(post.id)
            key = strong_key(post, entry.platforms)
            with self._lock:
                known = self._known.get(key)
            if known is None:
                draft = Draft(
                    text=post.body,
                    platforms=entry.platforms,
                    sponsored=post.sponsored,
                    partner=post.partner_name,
                )
                known = analyse(draft).has_strong
                with self._lock:
                    self._known[key] = known
            if known:
                found.add(post.id)
        return frozenset(found)


# ---- import helpers (plain Python, run on workers) ----------------------------------------------

_JSON_POST = re.compile(r"^workspaces\[(\d+)\]\.posts\[(\d+)\]")


def valid_part(kind: str, text: str, report: ImportReport) -> ValidPart | None:
    """The file without its bad rows, or None when a problem is not about one row (a bad
    header, a broken workspace) and so cannot be left out."""
    if kind == "csv":
        bad_rows = {problem.row for problem in report.problems}
        if None in bad_rows or 1 in bad_rows:
            return None
        records = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
        kept = [records[0]] + [
            cells for number, cells in enumerate(records[1:], start=2) if number not in bad_rows
        ]
        out = io.StringIO(newline="")
        csv.writer(out, lineterminator="\r\n").writerows(kept)
        return ValidPart(out.getvalue(), len(records) - len(kept))
    if kind == "json":
        bad_posts: set[tuple[int, int]] = set()
        for problem in report.problems:
            match = _JSON_POST.match(problem.where)
            if match is None:
                return None
            bad_posts.add((int(match[1]), int(match[2])))
        document = json.loads(text)
        for index, workspace in enumerate(document.get("workspaces", [])):
            posts = workspace.get("posts", [])
            workspace["posts"] = [
                post for number, post in enumerate(posts) if (index, number) not in bad_posts
            ]
        return ValidPart(json.dumps(document, ensure_ascii=False), len(bad_posts))
    return None


def _read_import(path: Path) -> tuple[str, str]:
    from studio.storage.exchange import detect_format

    data = path.read_bytes()
    kind = detect_format(path, data[:64])
    if kind == "ics":
        raise ValueError(
            "iCalendar files can be exported but not imported: import a JSON or CSV file."
        )
    if kind not in IMPORT_KINDS:
        raise ValueError("This is not a Content Studio JSON file or a CSV file with its columns.")
    if kind == "csv":
        from studio.storage.exchange.csv import decode_csv

        return kind, decode_csv(data)
    from studio.storage.exchange.json import read_json_file

    return kind, read_json_file(path)


def _import_text(
    db: Database,
    kind: str,
    text: str,
    *,
    dry_run: bool,
    base_dir: Path,
    media_dir: Path | None,
    workspace: str | None,
) -> ImportReport:
    from studio.media.store import MediaStore

    store = MediaStore(media_dir) if media_dir is not None else None
    if kind == "csv":
        from studio.storage.exchange.csv import import_csv

        return import_csv(
            db, text, workspace=workspace, dry_run=dry_run, base_dir=base_dir, media_store=store
        )
    from studio.storage.exchange.json import import_json

    return import_json(db, text, workspace=workspace, dry_run=dry_run, media_store=store)


def plain_error(error: BaseException) -> str:
    """An exception as a sentence for a message box (no tracebacks, no class names)."""
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}."
    text = str(error).strip() or error.__class__.__name__
    return text[0].upper() + text[1:]


# ---- the service --------------------------------------------------------------------------------


class CalendarService(QObject):
    loaded = Signal(object)  # LoadedRange
    load_failed = Signal(str)
    strong_posts = Signal(object)  # frozenset[int]: posts of the last load with strong findings
    search_done = Signal(str, object)  # query, list[SearchHit]
    health_loaded = Signal(object)  # HealthResult
    post_moved = Signal(object)  # PostData as stored after a move
    move_failed = Signal(str)
    draft_created = Signal(object)  # PostData
    changed = Signal()  # something was written: views reload
    busy = Signal(str)  # a long task started (its label): show progress after a second
    idle = Signal()  # it ended
    import_checked = Signal(object, object)  # (path, ImportReport of the dry run)
    import_done = Signal(object, object)  # (path, ImportReport)
    export_done = Signal(object, str)  # (path, kind)
    exchange_failed = Signal(str)

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner,
        *,
        media_dir: Path | None = None,
        author: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.media_dir = media_dir
        self.author = author
        self.strong_cache = StrongCache()
        self._load_generation = 0
        self._search_generation = 0
        self._health_generation = 0

    # ---- reads ----------------------------------------------------------------------------------

    def load(self, start: datetime, end: datetime, chosen: ViewFilter) -> None:
        self._load_generation += 1
        generation = self._load_generation
        database = self.database

        def read() -> LoadedRange:
            from studio.storage.calendar import calendar_entries

            entries = calendar_entries(database, start, end, _storage_filter(chosen))
            return LoadedRange(start, end, chosen, tuple(entries))

        def done(result: LoadedRange) -> None:
            if generation == self._load_generation:
                self.loaded.emit(result)
                self._find_strong(generation, result.entries)

        self.tasks.submit(read, on_success=done, on_failure=self._failed(self.load_failed))

    def _find_strong(self, generation: int, entries: tuple[CalendarEntry, ...]) -> None:
        def done(found: frozenset[int]) -> None:
            if generation == self._load_generation:
                self.strong_posts.emit(found)

        self.tasks.submit(self.strong_cache.strong_posts, entries, on_success=done)

    def search(self, query: str, workspace_id: int | None = None, limit: int = 100) -> None:
        self._search_generation += 1
        generation = self._search_generation
        database = self.database

        def read() -> list[SearchHit]:
            from studio.storage.calendar import search_calendar

            return search_calendar(database, query, workspace_id=workspace_id, limit=limit)

        def done(hits: list[SearchHit]) -> None:
            if generation == self._search_generation:
                self.search_done.emit(query, hits)

        self.tasks.submit(read, on_success=done, on_failure=self._failed(self.load_failed))

    def load_health(self, workspaces: Sequence[WorkspaceData], first: date, last: date) -> None:
        self._health_generation += 1
        generation = self._health_generation
        database = self.database
        chosen = tuple(workspaces)

        def read() -> HealthResult:
            from studio.storage.calendar import workspace_health

            return HealthResult(
                first,
                last,
                tuple(
                    (workspace, tuple(workspace_health(database, workspace.id, first, last)))
                    for workspace in chosen
                ),
            )

        def done(result: HealthResult) -> None:
            if generation == self._health_generation:
                self.health_loaded.emit(result)

        self.tasks.submit(read, on_success=done, on_failure=self._failed(self.load_failed))

    def post(self, post_id: int) -> PostData | None:
        """One post as stored now (one row: read on the calling thread); None when deleted."""
        from studio.storage.errors import RowNotFoundError
        from studio.storage.repositories import PostRepository

        try:
            return PostRepository(self.database).get(post_id)
        except RowNotFoundError:
            return None

    def campaigns(self, workspace_ids: Iterable[int] | None = None) -> list[Any]:
        """Campaigns for the filter menu (a handful of rows: read on the calling thread)."""
        from studio.storage.calendar import workspace_campaigns

        return workspace_campaigns(self.database, workspace_ids)

    # ---- writes ---------------------------------------------------------------------------------

    def move(
        self,
        request: MoveRequest,
        on_done: Callable[[PostData], None] | None = None,
    ) -> None:
        """Reschedule on the DB-writer thread; `post_moved` or `move_failed` follows."""
        database, author = self.database, self.author

        def write() -> PostData:
            from studio.storage.calendar import reschedule_post

            return reschedule_post(
                database,
                request.post_id,
                request.to_at,
                zone=request.zone,
                expected_version=request.version,
                changed_by=author,
            )

        def done(post: PostData) -> None:
            if on_done is not None:
                on_done(post)
            self.post_moved.emit(post)
            self.changed.emit()

        self.tasks.write(write, on_success=done, on_failure=self._failed(self.move_failed))

    def create_draft(self, workspace_id: int, at: datetime | None) -> None:
        database, author = self.database, self.author

        def write() -> PostData:
            from studio.storage.calendar import create_draft_at

            return create_draft_at(database, workspace_id, at, author=author)

        def done(post: PostData) -> None:
            self.draft_created.emit(post)
            self.changed.emit()

        self.tasks.write(write, on_success=done, on_failure=self._failed(self.move_failed))

    # ---- import and export ----------------------------------------------------------------------

    def check_import(self, path: Path, *, workspace: str | None = None) -> None:
        """A dry run on a worker: `import_checked(path, report)` lists every bad row."""
        database, media_dir = self.database, self.media_dir

        def check() -> ImportReport:
            kind, text = _read_import(path)
            return _import_text(
                database,
                kind,
                text,
                dry_run=True,
                base_dir=path.resolve().parent,
                media_dir=media_dir,
                workspace=workspace,
            )

        self._long(
            "Checking the file…",
            check,
            lambda report: self.import_checked.emit(path, report),
        )

    def run_import(
        self, path: Path, *, only_valid: bool = False, workspace: str | None = None
    ) -> None:
        """Import on the DB-writer thread; with `only_valid`, the bad rows are left out first."""
        database, media_dir = self.database, self.media_dir

        def write() -> ImportReport:
            kind, text = _read_import(path)
            base_dir = path.resolve().parent

            def run(source: str, dry_run: bool) -> ImportReport:
                return _import_text(
                    database,
                    kind,
                    source,
                    dry_run=dry_run,
                    base_dir=base_dir,
                    media_dir=media_dir,
                    workspace=workspace,
                )

            if only_valid:
                checked = run(text, True)
                if not checked.ok:
                    part = valid_part(kind, text, checked)
                    if part is None:
                        return checked
                    text = part.text
            return run(text, False)

        def done(report: ImportReport) -> None:
            self.import_done.emit(path, report)
            if report.written:
                self.changed.emit()

        self._long("Importing…", write, done, pool=Pool.DB_WRITER)

    def export(self, path: Path, kind: str, scope: ExportScope) -> None:
        """Write the export file from a worker; `export_done(path, kind)` when it is there."""
        if kind not in EXPORT_KINDS:
            raise ValueError(f"unknown export format {kind!r}")
        database, media_dir = self.database, self.media_dir

        def write() -> Path:
            text = _export_text(database, kind, scope, media_dir)
            temp = path.with_name(f".{path.name}.part")
            with temp.open("w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            temp.replace(path)  # never half a file under the chosen name
            return path

        self._long("Exporting…", write, lambda done: self.export_done.emit(done, kind))

    def _long(
        self,
        label: str,
        work: Callable[[], Any],
        then: Callable[[Any], None],
        *,
        pool: Pool = Pool.ANALYSIS,
    ) -> None:
        self.busy.emit(label)

        def succeeded(result: Any) -> None:
            self.idle.emit()
            then(result)

        def failed(error: BaseException) -> None:
            self.idle.emit()
            self.exchange_failed.emit(plain_error(error))

        self.tasks.submit(work, pool=pool, on_success=succeeded, on_failure=failed)

    def _failed(self, signal: Any) -> Callable[[BaseException], None]:
        return lambda error: signal.emit(plain_error(error))


def _export_text(database: Database, kind: str, scope: ExportScope, media_dir: Path | None) -> str:
    if kind == "json":
        from studio.storage.exchange.json import export_json

        return export_json(database, scope)
    if kind == "csv":
        from studio.media.store import MediaStore
        from studio.storage.exchange.csv import export_csv

        store = MediaStore(media_dir) if media_dir is not None else None
        return export_csv(database, scope, media_store=store)
    from studio.storage.exchange.ics import export_ics

    return export_ics(database, scope)


def _storage_filter(chosen: ViewFilter) -> Any:
    from studio.storage.calendar import CalendarFilter

    return CalendarFilter(
        workspace_ids=chosen.workspace_ids,
        campaign_ids=chosen.campaign_ids or None,
        platforms=chosen.platforms or None,
        statuses=chosen.statuses or None,
        content_types=chosen.content_types or None,
    )
