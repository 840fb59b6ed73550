"""CSV exchange: one row per post, with exactly the columns of issue 5 (see `HEADERS`).

    text = export_csv(db, ExportScope(workspace="Kornblume Bakery"), media_store=store)
    report = import_csv(db, text, base_dir=Path("~/exports"), dry_run=True)

Encoding. Files are written as UTF-8 *with* a byte-order mark and CRLF line ends (RFC 4180):
spreadsheet programs (Excel above all) take a BOM-less file for the local 8-bit code page and
garble every accent and emoji, while LibreOffice, Numbers, Python and pandas all read the BOM
correctly. Import accepts files with or without the BOM.

Formula injection. A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run
as a formula by spreadsheet programs, so an exported post text could execute in a client's
spreadsheet. Such cells are written with a leading apostrophe (`'=SUM(A1)`), which spreadsheets
show as text. Import removes that apostrophe again, and a text that really starts with an
apostrophe followed by one of those characters (or by another apostrophe) is exported with one
more, so every text round-trips exactly.

Lists. `platforms` is comma-separated ids; `media` and `alt_text` are separated by `|`, in the same
order; a `|` or `\\` inside one item is written `\\|` or `\\\\`.

CSV is the spreadsheet-friendly subset: comments, history, repeats, slots and the authors of posts
are in the JSON export only. Rows carry no post key, so a row is "already present" (and skipped)
when its workspace already has a post with the same time, title and text.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from sqlmodel import select

from studio.domain import schedule
from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status
from studio.domain.text import counted
from studio.media.store import MediaStore
from studio.storage.database import Database
from studio.storage.exchange.common import (
    EVERYTHING,
    MAX_NAME,
    MAX_TEXT,
    MAX_TITLE,
    CampaignPlan,
    ExchangeError,
    ExportScope,
    ImportReport,
    MediaAssetPlan,
    PostBundle,
    PostMediaPlan,
    PostPlan,
    RowProblem,
    VariantPlan,
    WorkspacePlan,
    bundle_posts,
    count_or_write,
    image_problem,
    selected_posts,
    selected_workspaces,
    text_problem,
)
from studio.storage.tables import Campaign, Workspace

PLATFORM_COLUMNS = tuple(f"text_{platform.value}" for platform in PlatformId)
HEADERS: tuple[str, ...] = (
    "date",
    "time",
    "timezone",
    "workspace",
    "campaign",
    "title",
    "text",
    "platforms",
    *PLATFORM_COLUMNS,
    "status",
    "content_type",
    "sponsored",
    "partner",
    "media",
    "alt_text",
)
REQUIRED_HEADERS = tuple(name for name in HEADERS if name not in PLATFORM_COLUMNS)
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# ---- cells ---------------------------------------------------------------------------------------


def protect_cell(value: str) -> str:
    """Prefix an apostrophe where a spreadsheet would run the cell as a formula (reversible)."""
    if value.startswith(FORMULA_STARTS) or (
        value.startswith("'") and value[1:2] and value[1:2] in (*FORMULA_STARTS, "'")
    ):
        return "'" + value
    return value


def unprotect_cell(value: str) -> str:
    """Undo `protect_cell`: one leading apostrophe before a formula character or apostrophe."""
    if value.startswith("'") and value[1:2] and value[1:2] in (*FORMULA_STARTS, "'"):
        return value[1:]
    return value


def join_list(items: Iterable[str]) -> str:
    return "|".join(item.replace("\\", "\\\\").replace("|", "\\|") for item in items)


def split_list(value: str) -> list[str]:
    """Split a `|` list, honouring `\\|` and `\\\\`; an empty cell is an empty list."""
    if value == "":
        return []
    items: list[str] = []
    current: list[str] = []
    escaped = False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    items.append("".join(current))
    return items


# ---- export --------------------------------------------------------------------------------------


def export_csv(
    db: Database, scope: ExportScope = EVERYTHING, *, media_store: MediaStore | None = None
) -> str:
    """The export as text, starting with a BOM (write it as UTF-8 with newline="")."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    with db.session() as session:
        for workspace in selected_workspaces(session, scope):
            campaigns = {
                row.id: row.name
                for row in session.exec(
                    select(Campaign).where(Campaign.workspace_id == workspace.id)
                ).all()
            }
            posts = bundle_posts(session, selected_posts(session, workspace, scope), full=False)
            for bundle in posts:
                row = _row(bundle, workspace, campaigns, media_store)
                writer.writerow([protect_cell(row[name]) for name in HEADERS])
    return BOM + buffer.getvalue()


def _media_path(store: MediaStore | None, sha256: str, mime: str) -> str:
    if store is not None:
        found = store.find(sha256)
        if found is not None:
            return str(found)
    extension = {"image/jpeg": "jpg"}.get(mime, mime.rsplit("/", 1)[-1])
    root = store.root if store is not None else Path("media")
    return str(root / sha256[:2] / f"{sha256}.{extension}")


def _row(
    bundle: PostBundle,
    workspace: Workspace,
    campaigns: dict[int | None, str],
    media_store: MediaStore | None,
) -> dict[str, str]:
    post = bundle.row
    row = dict.fromkeys(HEADERS, "")
    if post.scheduled_at is not None:
        zone = post.scheduled_zone or workspace.timezone
        local = schedule.wall_clock(post.scheduled_at, zone)
        row.update(date=local.date().isoformat(), time=f"{local:%H:%M}", timezone=zone)
    enabled = [v.platform for v in bundle.variants if v.enabled and v.platform in _KNOWN]
    order = {platform.value: index for index, platform in enumerate(PlatformId)}
    row.update(
        workspace=workspace.name,
        campaign=campaigns.get(post.campaign_id, "") if post.campaign_id else "",
        title=post.title,
        text=post.body,
        platforms=",".join(sorted(enabled, key=order.__getitem__)),
        status=post.status,
        content_type=post.content_type or "",
        sponsored="true" if post.sponsored else "false",
        partner=post.partner_name,
        media=join_list(_media_path(media_store, a.sha256, a.mime) for _, a in bundle.media),
        alt_text=join_list(asset.alt_text for _, asset in bundle.media),
    )
    for variant in bundle.variants:
        if variant.platform in _KNOWN and variant.text is not None:
            row[f"text_{variant.platform}"] = variant.text
    # Trailing empty alt texts carry nothing; leaving them out keeps hand-made files equal.
    if not any(asset.alt_text for _, asset in bundle.media):
        row["alt_text"] = ""
    return row


_KNOWN = frozenset(platform.value for platform in PlatformId)

# ---- import --------------------------------------------------------------------------------------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0", ""}


@dataclass
class _RowResult:
    plan: PostPlan | None = None
    zone: str | None = None
    media: list[MediaAssetPlan] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def decode_csv(data: bytes) -> str:
    """The file's text (UTF-8, with or without BOM); ExchangeError naming the bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ExchangeError(
            f"not UTF-8 text (line {line}, byte {error.start}); save it as CSV UTF-8"
        ) from error


def import_csv(
    db: Database,
    text: str,
    *,
    workspace: str | None = None,
    dry_run: bool = False,
    base_dir: Path | None = None,
    media_store: MediaStore | None = None,
) -> ImportReport:
    """Validate every row, then write all of them in one transaction, or none.

    `workspace` puts every row into that workspace, whatever its `workspace` cell says. Media
    paths are resolved against `base_dir` (the CSV's folder) and must open as images. A
    workspace that does not exist yet is created in the time zone of its first scheduled row.
    """
    text = text.removeprefix(BOM)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as error:
        raise ExchangeError(f"not readable as CSV (line {reader.line_num}: {error})") from error
    if not rows:
        raise ExchangeError("the file is empty (expected a header row)")
    header = [cell.strip() for cell in rows[0]]
    header_problems = _header_problems(header)
    if header_problems:
        return ImportReport("csv", len(rows) - 1, 0, 0, (), tuple(header_problems), dry_run)

    with db.session() as session:
        stored = {row.name: row.timezone for row in session.exec(select(Workspace)).all()}
    problems: list[RowProblem] = []
    plans: dict[str, WorkspacePlan] = {}
    items = 0
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # spreadsheets leave blank lines at the end
        items += 1
        result = _read_row(header, cells, workspace, stored, plans, base_dir)
        if result.reasons or result.plan is None:
            problems.append(RowProblem(f"row {number}", "; ".join(result.reasons), number))
            continue
        plan = plans.get(result.plan.workspace)
        if plan is None:
            zone = stored.get(result.plan.workspace) or result.zone or "UTC"
            plan = plans[result.plan.workspace] = WorkspacePlan(result.plan.workspace, zone)
        _add_media(plan, result.media)
        if result.plan.scheduled_at is not None and result.plan.scheduled_zone is None:
            result.plan.scheduled_zone = plan.timezone
        _attach_campaign(plan, result.plan, cells[header.index("campaign")])
        plan.posts.append(result.plan)

    if problems:
        return ImportReport("csv", items, 0, 0, (), tuple(problems), dry_run)
    outcome = count_or_write(db, list(plans.values()), write=not dry_run, media_store=media_store)
    return ImportReport(
        "csv",
        items,
        outcome.created,
        outcome.already_present,
        tuple(outcome.workspaces_created),
        (),
        dry_run,
    )


def _header_problems(header: list[str]) -> list[RowProblem]:
    reasons: list[str] = []
    missing = [name for name in REQUIRED_HEADERS if name not in header]
    if missing:
        reasons.append(f"missing column(s): {', '.join(missing)}")
    unknown = [name for name in header if name not in HEADERS]
    for name in unknown:
        if name.startswith("text_"):
            reasons.append(f"column {name!r} names an unknown platform")
        else:
            reasons.append(f"unknown column {name!r}")
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        reasons.append(f"column(s) given twice: {', '.join(repeated)}")
    return [RowProblem("row 1", "; ".join(reasons), 1)] if reasons else []


def _read_row(
    header: list[str],
    cells: list[str],
    forced_workspace: str | None,
    stored_zones: dict[str, str],
    plans: dict[str, WorkspacePlan],
    base_dir: Path | None,
) -> _RowResult:
    result = _RowResult()
    reasons = result.reasons
    if len(cells) != len(header):
        reasons.append(f"has {len(cells)} cells, the header has {len(header)}")
        return result
    values = {name: unprotect_cell(cell) for name, cell in zip(header, cells, strict=True)}
    limits = {"title": MAX_TITLE, "workspace": MAX_NAME, "campaign": MAX_NAME}
    limits["partner"] = MAX_NAME
    for name, value in values.items():
        problem = text_problem(value, name, max_length=limits.get(name, MAX_TEXT))
        if problem:
            reasons.append(problem)
    if reasons:
        return result

    workspace = forced_workspace or values["workspace"].strip()
    if not workspace:
        reasons.append("workspace is empty (fill it in or import with --workspace NAME)")

    zone = values["timezone"].strip() or None
    if zone is not None and not schedule.is_valid_zone(zone):
        reasons.append(f"timezone {zone!r} is not an IANA time zone (e.g. Europe/Berlin)")
        zone = None
    result.zone = zone
    scheduled_at = _scheduled(values, zone, workspace, stored_zones, plans, reasons)

    platforms: list[PlatformId] = []
    for item in values["platforms"].split(","):
        name = item.strip().lower()
        if not name:
            continue
        if name not in _KNOWN:
            reasons.append(f"unknown platform {item.strip()!r} (known: {', '.join(_KNOWN_ORDER)})")
        elif PlatformId(name) not in platforms:
            platforms.append(PlatformId(name))

    status = _choice(values["status"] or "idea", Status, "status", reasons)
    content = values["content_type"].strip()
    content_type = _choice(content, ContentType, "content_type", reasons) if content else None
    sponsored_cell = values["sponsored"].strip().lower()
    if sponsored_cell not in _TRUE | _FALSE:
        reasons.append(f"sponsored {values['sponsored']!r} is not true or false")

    media_paths = split_list(values["media"])
    alt_texts = split_list(values["alt_text"])
    if len(alt_texts) > len(media_paths):
        reasons.append(
            f"{counted(len(alt_texts), 'alt text')} for "
            f"{counted(len(media_paths), 'media file')}: give them in the same order as the files"
        )
    for index, raw_path in enumerate(media_paths):
        path = Path(raw_path.strip()).expanduser()
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        if not raw_path.strip():
            reasons.append(f"media item {index + 1} is empty")
            continue
        if not path.is_file():
            reasons.append(f"media file {raw_path.strip()!r} does not exist")
            continue
        problem, asset = image_problem(path)
        if problem or asset is None:
            reasons.append(f"media file {raw_path.strip()!r} cannot be used: {problem}")
            continue
        asset.alt_text = alt_texts[index] if index < len(alt_texts) else ""
        result.media.append(asset)
    if reasons:
        return result

    variants = []
    for platform in PlatformId:
        override = values.get(f"text_{platform.value}", "")
        if platform in platforms or override:
            variants.append(VariantPlan(platform, override or None, enabled=platform in platforms))
    result.plan = PostPlan(
        workspace=workspace,
        title=values["title"],
        body=values["text"],
        status=status or Status.IDEA,
        content_type=content_type,
        sponsored=sponsored_cell in _TRUE,
        partner_name=values["partner"],
        scheduled_at=scheduled_at,
        scheduled_zone=zone if scheduled_at is not None else None,
        variants=variants,
        media=[PostMediaPlan(asset.sha256, index) for index, asset in enumerate(result.media)],
        match_on_content=True,
    )
    return result


_KNOWN_ORDER = tuple(platform.value for platform in PlatformId)


def _choice(value: str, kind: type, name: str, reasons: list[str]) -> object:
    normalised = value.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return kind(normalised)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        reasons.append(f"{name} {value!r} is not one of {allowed}")
        return None


def _scheduled(
    values: dict[str, str],
    zone: str | None,
    workspace: str,
    stored_zones: dict[str, str],
    plans: dict[str, WorkspacePlan],
    reasons: list[str],
) -> datetime | None:
    day_text, clock_text = values["date"].strip(), values["time"].strip()
    if not day_text and not clock_text:
        return None
    if not day_text or not clock_text:
        reasons.append("date and time go together: give both, or neither for an unscheduled post")
        return None
    day = clock = None
    if _DATE.fullmatch(day_text):
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(day_text)
    if day is None:
        reasons.append(f"date {day_text!r} is not a date (YYYY-MM-DD)")
    if _TIME.fullmatch(clock_text):
        with contextlib.suppress(ValueError):
            clock = time.fromisoformat(clock_text.zfill(5))
    if clock is None:
        reasons.append(f"time {clock_text!r} is not a 24-hour time (HH:MM)")
    if day is None or clock is None:
        return None
    known = plans.get(workspace)
    planning_zone = (
        zone or stored_zones.get(workspace) or (known.timezone if known else None) or "UTC"
    )
    return schedule.at_wall_clock(day, clock, planning_zone)


def _add_media(plan: WorkspacePlan, assets: list[MediaAssetPlan]) -> None:
    known = {asset.sha256 for asset in plan.media}
    for asset in assets:
        if asset.sha256 not in known:
            known.add(asset.sha256)
            plan.media.append(asset)


def _attach_campaign(plan: WorkspacePlan, post: PostPlan, cell: str) -> None:
    name = unprotect_cell(cell).strip()
    if not name:
        return
    for index, campaign in enumerate(plan.campaigns):
        if campaign.name == name:
            post.campaign = index
            return
    plan.campaigns.append(CampaignPlan(name=name))
    post.campaign = len(plan.campaigns) - 1
