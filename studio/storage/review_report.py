"""A review report for people without the studio: one self-contained HTML page.

Each post with its status, the text each network gets (its "preview"), the comments with their
passages marked in the text, and the decisions and status changes. No scripts, no external files,
no web fonts: it opens from an e-mail attachment and prints as it looks. Everything that comes
from a post or a person is escaped, so a post that contains markup shows it as text.

    html = report_from_database(db, ReviewSelection(campaign_id=3))
    html = report_from_file(read_review_file(path))      # what a reviewer saw, with their notes
    write_report(html, Path("spring-review.html"))

Both build `ReportPost`s (plain data) and hand them to `render_report`, which is pure.
"""

from __future__ import annotations

import contextlib
import html
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import select

from studio.domain.platforms import PLATFORMS, PlatformId
from studio.domain.posts import Status
from studio.domain.text import counted
from studio.storage.database import Database
from studio.storage.exchange_review import (
    FileThread,
    ReviewFile,
    ReviewSelection,
    ReviewSession,
    selected_review_posts,
)
from studio.storage.review import BODY, ReviewStore, Thread, snapshot_in
from studio.storage.tables import Campaign, Workspace, utc_now


@dataclass(frozen=True)
class ReportComment:
    author: str
    when: datetime
    body: str


@dataclass(frozen=True)
class ReportThread:
    target: str  # "body" or a platform id
    quote: str
    start: int | None  # where the passage is in the target's text now; None: not placed
    end: int | None
    orphaned: bool
    resolved: bool
    comments: tuple[ReportComment, ...]
    pin: bool = False


@dataclass(frozen=True)
class ReportEvent:
    who: str
    when: datetime
    from_status: Status | None
    to_status: Status
    note: str


@dataclass(frozen=True)
class ReportPost:
    title: str
    workspace: str
    campaign: str
    status: Status
    scheduled: str  # as the workspace's clock shows it, or ""
    body: str
    previews: tuple[tuple[str, str, str], ...]  # (platform name, text posted, first comment)
    threads: tuple[ReportThread, ...]
    events: tuple[ReportEvent, ...]


# ---- collecting ---------------------------------------------------------------------------------


def report_from_database(db: Database, selection: ReviewSelection | None = None) -> str:
    """The report of the selected posts as stored now (reads only); no selection: every post."""
    store = ReviewStore(db)
    with db.session() as session:
        posts = selected_review_posts(session, selection or ReviewSelection())
        workspaces = dict(session.exec(select(Workspace.id, Workspace.name)).all())
        campaigns = dict(session.exec(select(Campaign.id, Campaign.name)).all())
        snapshots = {
            post.id: snapshot_in(session, post.id, db.location)
            for post in posts
            if post.id is not None
        }
        order = [(p.id, p.workspace_id, p.campaign_id) for p in posts if p.id is not None]
    report = []
    for post_id, workspace_id, campaign_id in order:
        snapshot = snapshots[post_id]
        threads = tuple(_report_thread(thread) for thread in store.threads(post_id))
        events = tuple(
            ReportEvent(c.changed_by, c.changed_at, c.from_status, c.to_status, c.note)
            for c in store.timeline(post_id)
        )
        report.append(
            _post_from_snapshot(
                snapshot,
                workspace=workspaces.get(workspace_id, ""),
                campaign=campaigns.get(campaign_id, "") if campaign_id else "",
                threads=threads,
                events=events,
            )
        )
    return render_report(report, title="Review report", source=db.location)


def report_from_file(review: ReviewFile) -> str:
    """The report of a review file: the posts as exported, with the reviewer's comments and
    decisions."""
    session = ReviewSession(review)
    report = []
    for post in review.posts:
        threads = tuple(_report_thread(thread) for thread in session.threads(post.key))
        events = tuple(
            ReportEvent(d.author, d.decided_at, before, d.decision, d.note)
            for before, d in post.decision_steps()
        )
        report.append(
            _post_from_snapshot(
                post.snapshot,
                workspace=post.workspace,
                campaign=post.campaign or "",
                threads=threads,
                events=events,
                status=post.reviewed_status,
            )
        )
    by = f" by {review.exported_by}" if review.exported_by else ""
    return render_report(report, title="Review report", source=f"review file{by}")


def _report_thread(thread: Thread | FileThread) -> ReportThread:
    return ReportThread(
        target=thread.root.target,
        quote=thread.root.quote,
        start=thread.start,
        end=thread.end,
        orphaned=thread.orphaned,
        resolved=thread.root.resolved,
        comments=tuple(ReportComment(c.author, c.created_at, c.body) for c in thread.comments),
        pin=thread.root.media_id is not None,
    )


def _post_from_snapshot(
    snapshot: Mapping[str, Any],
    *,
    workspace: str,
    campaign: str,
    threads: tuple[ReportThread, ...],
    events: tuple[ReportEvent, ...],
    status: Status | None = None,
) -> ReportPost:
    post = snapshot.get("post", {})
    body = str(post.get("body") or "")
    previews = []
    for variant in snapshot.get("variants", []):
        if not variant.get("enabled", True):
            continue
        platform = str(variant.get("platform", ""))
        try:
            name = PLATFORMS[PlatformId(platform)].name
        except (ValueError, KeyError):
            name = platform
        text = variant.get("text")
        previews.append(
            (name, body if text is None else str(text), str(variant.get("first_comment") or ""))
        )
    return ReportPost(
        title=str(post.get("title") or ""),
        workspace=workspace,
        campaign=campaign,
        status=status or Status(post.get("status", Status.DRAFT.value)),
        scheduled=_scheduled(post),
        body=body,
        previews=tuple(previews),
        threads=threads,
        events=events,
    )


def _scheduled(post: Mapping[str, Any]) -> str:
    value = post.get("scheduled_at")
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    zone = post.get("scheduled_zone")
    if zone:
        from zoneinfo import ZoneInfo

        with contextlib.suppress(KeyError, ValueError):  # an unknown zone: show it in UTC
            moment = moment.astimezone(ZoneInfo(str(zone)))
    return moment.strftime("%Y-%m-%d %H:%M") + (f" ({zone})" if zone else "")


# ---- rendering ----------------------------------------------------------------------------------

_STYLE = """
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff;
  --card: #f6f8fa; --line: #d0d7de; --mark: #fff3bf; --accent: #4c6ef5; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #161b22; --line: #30363d;
    --mark: #5c4b00; --accent: #748ffc; } }
body { font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg);
  max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin: 0 0 .3rem; font-size: 1.25rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.meta, .when { color: var(--muted); font-size: .9rem; }
article { border: 1px solid var(--line); border-radius: 8px; padding: 1.2rem 1.4rem;
  margin: 1.5rem 0; break-inside: avoid-page; }
.status { display: inline-block; border: 1px solid var(--accent); color: var(--accent);
  border-radius: 999px; padding: 0 .6rem; font-size: .85rem; font-weight: 600; }
.text, .preview p { white-space: pre-wrap; overflow-wrap: anywhere; }
.previews { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: .8rem; }
.preview { background: var(--card); border: 1px solid var(--line); border-radius: 8px;
  padding: .6rem .8rem; } .preview h4 { margin: 0 0 .3rem; font-size: .9rem; }
mark { background: var(--mark); color: inherit; border-bottom: 2px solid var(--accent); }
mark sup { font-weight: 700; color: var(--accent); }
.thread { border-left: 3px solid var(--accent); padding: .2rem 0 .2rem .8rem; margin: .8rem 0; }
.thread.resolved { border-left-style: dashed; opacity: .8; }
blockquote { margin: 0 0 .4rem; font-style: italic; color: var(--muted); }
.comment { margin: .3rem 0; } .comment p { margin: .1rem 0; white-space: pre-wrap; }
.reply { margin-left: 1.2rem; }
.tag { font-size: .8rem; border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; }
ol.events { padding-left: 1.2rem; }
@media print { body { margin: 0; max-width: none; } }
"""


def render_report(posts: Sequence[ReportPost], *, title: str, source: str = "") -> str:
    """The whole page (pure: everything from the posts is escaped)."""
    created = utc_now().strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No scripts, no requests: the page is only what is in it.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>",
        f"<header><h1>{_e(title)}</h1>",
        f'<p class="meta">{counted(len(posts), "post")} · made {_e(created)}'
        + (f" from {_e(source)}" if source else "")
        + "</p></header>",
    ]
    if not posts:
        parts.append("<p>No posts were selected.</p>")
    for number, post in enumerate(posts, start=1):
        parts.append(_render_post(number, post))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _render_post(number: int, post: ReportPost) -> str:
    anchor = f"post-{number}"
    meta = [post.workspace, post.campaign, post.scheduled]
    body_threads = [t for t in post.threads if t.target == BODY]
    labels = {id(t): index for index, t in enumerate(post.threads, start=1)}
    out = [
        f'<article id="{anchor}" aria-labelledby="{anchor}-title">',
        f'<h2 id="{anchor}-title">{_e(post.title or "(untitled)")}</h2>',
        f'<p class="meta"><span class="status">{_e(post.status.label)}</span> '
        + " · ".join(_e(m) for m in meta if m)
        + "</p>",
        "<h3>Text</h3>",
        f'<div class="text">{_marked(post.body, body_threads, labels, anchor)}</div>',
    ]
    if post.previews:
        out.append('<h3>On each network</h3><div class="previews">')
        for name, text, first_comment in post.previews:
            out.append(f'<section class="preview"><h4>{_e(name)}</h4><p>{_e(text)}</p>')
            if first_comment:
                out.append(f'<p class="meta">First comment: {_e(first_comment)}</p>')
            out.append("</section>")
        out.append("</div>")
    out.append(f"<h3>Comments ({len(post.threads)})</h3>")
    if not post.threads:
        out.append('<p class="meta">No comments.</p>')
    for thread in post.threads:
        out.append(_render_thread(labels[id(thread)], thread, anchor))
    if post.events:
        out.append('<h3>Status history</h3><ol class="events">')
        for event in post.events:
            moved = (
                f"{_e(event.from_status.label)} → {_e(event.to_status.label)}"
                if event.from_status
                else _e(event.to_status.label)
            )
            note = f" — {_e(event.note)}" if event.note else ""
            out.append(
                f'<li>{moved} <span class="when">by {_e(event.who or "someone")}, '
                f"{_e(_when(event.when))}</span>{note}</li>"
            )
        out.append("</ol>")
    out.append("</article>")
    return "\n".join(out)


def _render_thread(label: int, thread: ReportThread, anchor: str) -> str:
    tags = []
    if thread.resolved:
        tags.append("resolved")
    if thread.orphaned:
        tags.append("passage no longer in the text")
    if thread.pin:
        tags.append("on an image")
    if thread.target != BODY:
        try:
            tags.append(PLATFORMS[PlatformId(thread.target)].name + " text")
        except (ValueError, KeyError):
            tags.append(thread.target)
    css = "thread resolved" if thread.resolved else "thread"
    out = [f'<div class="{css}" id="{anchor}-c{label}"><strong>{label}.</strong> ']
    out.append(" ".join(f'<span class="tag">{_e(tag)}</span>' for tag in tags))
    if thread.quote:
        out.append(f"<blockquote>“{_e(thread.quote)}”</blockquote>")
    for index, comment in enumerate(thread.comments):
        css_class = "comment reply" if index else "comment"
        out.append(
            f'<div class="{css_class}"><strong>{_e(comment.author or "someone")}</strong> '
            f'<span class="when">{_e(_when(comment.when))}</span><p>{_e(comment.body)}</p></div>'
        )
    out.append("</div>")
    return "".join(out)


def _marked(
    text: str, threads: Sequence[ReportThread], labels: Mapping[int, int], anchor: str
) -> str:
    """`text` escaped, with each placed passage in a <mark> numbered like its thread."""
    placed = sorted(
        (t for t in threads if t.start is not None and t.end is not None and t.end > t.start),
        key=lambda t: (t.start or 0, -(t.end or 0)),
    )
    out, at = [], 0
    for thread in placed:
        start, end = thread.start or 0, thread.end or 0
        if start < at or end > len(text):
            continue  # overlaps the previous mark: its number in the list is enough
        label = labels[id(thread)]
        out.append(_e(text[at:start]))
        out.append(
            f'<mark title="Comment {label}">{_e(text[start:end])}'
            f'<sup><a href="#{anchor}-c{label}">{label}</a></sup></mark>'
        )
        at = end
    out.append(_e(text[at:]))
    return "".join(out)


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M %Z").strip()


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def write_report(document: str, path: Path) -> Path:
    """Write atomically (a crash leaves the old file or the new one)."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(document)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
