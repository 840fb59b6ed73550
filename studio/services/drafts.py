"""Drafts for the composer: plain state in, autosave through the one DB-writer thread, out.

The composer edits a `DraftState` (plain frozen data, no ORM rows) and hands every new state to
`DraftService.edited()`. The service keeps only the newest pending state and writes it
`autosave_ms` after the last edit (default 700 ms, inside the 1 s promise of issue 4) — and,
while the writer keeps typing without a pause, at the latest `max_unsaved_ms` after the first
unsaved edit, so a crash never costs more than about a second of typing. `flush()` writes on focus
loss and on close and returns only when the write is done. Every write runs on the TaskRunner's
DB-writer thread.

Versions. The service remembers, per open draft, the post and variants as it last wrote or read
them, and updates that memory on the writer thread itself; so a burst of edits saved one after
another never trips over its own earlier save. Only a save by someone else (another window, a
team member on PostgreSQL) makes the stored version differ: the repository refuses the write
(ConflictError), nothing is overwritten, and `conflict(mine, theirs)` is emitted with both
states. Autosave then pauses for that draft until the composer chooses: `keep_mine()` (write
mine over theirs, theirs kept as a Revision), `accept_theirs()`, or `save_copy()` (mine as a new
post). The writer's text is never dropped: it stays in the editor and in `mine`.

Statuses only change through `change_status()` (an autosave keeps the stored status), which
checks the workflow (studio.domain.posts) before writing and records a StatusChange and a
Revision. Ctrl+S is `save_revision()`.

Scheduled times: the composer speaks naive wall-clock time in the workspace's zone; storage keeps
the UTC instant plus the zone it was planned in (PostData.scheduled_at / scheduled_zone).

Also here, as thin wrappers for the composer: rule settings (ignore for a post, turn off for a
workspace, turn back on), snippets of a workspace, campaigns of a workspace and the workspace's
default platforms. Reads run on the calling thread with their own session (ARCHITECTURE.md allows
that); writes go through the DB writer and announce themselves with a signal.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from studio.domain.platforms import PlatformId
from studio.domain.posts import ContentType, Status, check_transition
from studio.feedback.model import Draft, MediaFacts, RuleSettings
from studio.services.tasks import JobId, TaskRunner, TaskRunnerClosedError
from studio.storage.database import Database
from studio.storage.errors import ConflictError
from studio.storage.records import (
    CampaignData,
    PostData,
    RevisionData,
    RuleSettingData,
    SnippetData,
    VariantData,
    WorkspaceData,
)
from studio.storage.repositories import (
    CampaignRepository,
    PostRepository,
    RuleSettingRepository,
    SnippetRepository,
    WorkspaceRepository,
)

log = logging.getLogger(__name__)

DEFAULT_AUTOSAVE_MS = 700
# Typing without a pause still saves this long after the first unsaved keystroke.
DEFAULT_MAX_UNSAVED_MS = 1000
COPY_SUFFIX = " (copy)"

T = TypeVar("T")

# ---- plain state ---------------------------------------------------------------------------


@dataclass(frozen=True)
class VariantState:
    """One platform's version of the post.

    text_override: None while the tab inherits the main text; a string once edited there.
    enabled: mirrors whether the platform is in `DraftState.platforms` (which decides on write);
    a platform switched off keeps its variant, so switching it on again brings the text back.
    """

    text_override: str | None = None
    first_comment: str = ""
    enabled: bool = True


def _no_variants() -> Mapping[PlatformId, VariantState]:
    return MappingProxyType({})


@dataclass(frozen=True)
class DraftState:
    """Everything the composer edits, as plain data.

    post_id is None until the first save created the row (`saved` carries the id).
    version: the post version this state was read at (0 before the first save). Informative only:
    the service tracks the versions it wrote itself, so the composer need not copy it back.
    """

    post_id: int | None
    workspace_id: int
    title: str = ""
    body: str = ""
    status: Status = Status.DRAFT
    content_type: ContentType | None = None
    sponsored: bool = False
    partner: str = ""
    campaign_id: int | None = None
    scheduled_local: datetime | None = None  # naive wall-clock time in the workspace's zone
    platforms: tuple[PlatformId, ...] = ()
    variants: Mapping[PlatformId, VariantState] = field(default_factory=_no_variants)
    version: int = 0

    def variant(self, platform: PlatformId) -> VariantState:
        """The platform's variant; an inheriting one when none was stored yet."""
        found = self.variants.get(platform)
        if found is not None:
            return found
        return VariantState(enabled=platform in self.platforms)

    def text_for(self, platform: PlatformId) -> str:
        """What the platform publishes: its override, or the main text when it inherits."""
        override = self.variant(platform).text_override
        return self.body if override is None else override

    def with_variant(self, platform: PlatformId, variant: VariantState) -> DraftState:
        """A copy with `platform`'s variant replaced (a fresh immutable mapping)."""
        variants = dict(self.variants)
        variants[platform] = variant
        return replace(self, variants=MappingProxyType(variants))

    def with_platforms(self, platforms: tuple[PlatformId, ...]) -> DraftState:
        """A copy with these platforms switched on, variants' `enabled` kept in step."""
        variants = {
            platform: replace(variant, enabled=platform in platforms)
            for platform, variant in self.variants.items()
        }
        for platform in platforms:
            variants.setdefault(platform, VariantState())
        return replace(self, platforms=tuple(platforms), variants=MappingProxyType(variants))

    def feedback_draft(
        self,
        *,
        rule_settings: RuleSettings | None = None,
        platform: PlatformId | None = None,
        media: tuple[MediaFacts, ...] = (),
        locale: str = "en-US",
    ) -> Draft:
        """The immutable snapshot AnalysisService analyses.

        platform=None: the main text against every enabled platform; a platform: that tab's text
        (override or main text) against that platform only.
        """
        return Draft(
            text=self.body if platform is None else self.text_for(platform),
            platforms=self.platforms if platform is None else (platform,),
            sponsored=self.sponsored,
            partner=self.partner,
            media=media,
            locale=locale,
            rule_settings=rule_settings if rule_settings is not None else RuleSettings(),
        )


class DraftConflictError(ConflictError):
    """Someone else saved the post since this draft read it; `mine`/`theirs` are DraftStates."""

    mine: DraftState
    theirs: DraftState


# ---- writing (runs on the DB-writer thread) ---------------------------------------------------


def _to_utc(local: datetime | None, zone: ZoneInfo) -> datetime | None:
    if local is None:
        return None
    return local.replace(tzinfo=zone).astimezone(UTC)


def _to_local(post: PostData, zone: ZoneInfo) -> datetime | None:
    if post.scheduled_at is None:
        return None
    return post.scheduled_at.astimezone(zone).replace(tzinfo=None)


def _state_from(
    post: PostData, variants: Mapping[PlatformId, VariantData], zone: ZoneInfo
) -> DraftState:
    ordered = [platform for platform in PlatformId if platform in variants]
    return DraftState(
        post_id=post.id,
        workspace_id=post.workspace_id,
        title=post.title,
        body=post.body,
        status=post.status,
        content_type=post.content_type,
        sponsored=post.sponsored,
        partner=post.partner_name,
        campaign_id=post.campaign_id,
        scheduled_local=_to_local(post, zone),
        platforms=tuple(p for p in ordered if variants[p].enabled),
        variants=MappingProxyType(
            {
                p: VariantState(
                    text_override=variants[p].text,
                    first_comment=variants[p].first_comment,
                    enabled=variants[p].enabled,
                )
                for p in ordered
            }
        ),
        version=post.version,
    )


@dataclass(frozen=True)
class _Written:
    state: DraftState
    revision: RevisionData | None = None


class _OpenDraft:
    """What is stored of one draft, as this service last wrote or read it.

    Shared between the GUI thread and the writer thread; the writer holds `lock` while it writes,
    so every write starts from the versions the previous write left behind.
    """

    def __init__(
        self,
        database: Database,
        workspace_id: int,
        zone: ZoneInfo,
        author: str,
        post: PostData | None = None,
        variants: Mapping[PlatformId, VariantData] | None = None,
    ) -> None:
        self.posts = PostRepository(database)
        self.workspace_id = workspace_id
        self.zone = zone
        self.author = author
        self.post = post
        self.variants: dict[PlatformId, VariantData] = dict(variants or {})
        # A copy saved after a conflict remembers its original: the composer may still send
        # states with the old id until it hears `saved`.
        self.origin_id: int | None = None
        self.lock = threading.Lock()

    @property
    def post_id(self) -> int | None:
        post = self.post
        return post.id if post is not None else None

    def stored_state(self) -> DraftState | None:
        with self.lock:
            if self.post is None:
                return None
            return _state_from(self.post, self.variants, self.zone)

    def reload(self) -> DraftState:
        """Read the stored post and variants again (after a conflict)."""
        with self.lock:
            assert self.post is not None
            self.post = self.posts.get(self.post.id)
            self.variants = {v.platform: v for v in self.posts.variants(self.post.id)}
            return _state_from(self.post, self.variants, self.zone)

    def write(
        self,
        state: DraftState,
        *,
        status: Status | None = None,
        note: str = "",
        revision_reason: str | None = None,
        revision_first: str | None = None,
    ) -> _Written:
        """Store `state` (creating the post on its first save); the stored status is kept unless
        `status` is given. Raises DraftConflictError when someone else saved in between."""
        with self.lock:
            try:
                if revision_first is not None and self.post is not None:
                    self.posts.record_revision(
                        self.post.id, reason=revision_first, author=self.author
                    )
                self._write_post(state, status, note)
                self._write_variants(state)
            except ConflictError as error:
                raise self._conflict(state, error) from error
            assert self.post is not None
            revision = None
            if revision_reason is not None:
                revision = self.posts.record_revision(
                    self.post.id, reason=revision_reason, author=self.author
                )
            return _Written(_state_from(self.post, self.variants, self.zone), revision)

    def _write_post(self, state: DraftState, status: Status | None, note: str) -> None:
        scheduled_at = _to_utc(state.scheduled_local, self.zone)
        fields: dict[str, Any] = {
            "campaign_id": state.campaign_id,
            "title": state.title,
            "body": state.body,
            "content_type": state.content_type,
            "sponsored": state.sponsored,
            "partner_name": state.partner,
            "scheduled_at": scheduled_at,
            "scheduled_zone": self.zone.key if scheduled_at is not None else None,
        }
        if self.post is None:
            self.post = self.posts.create(
                self.workspace_id,
                title=state.title,
                body=state.body,
                status=state.status,
                content_type=state.content_type,
                campaign_id=state.campaign_id,
                sponsored=state.sponsored,
                partner_name=state.partner,
                scheduled_at=scheduled_at,
                scheduled_zone=fields["scheduled_zone"],
                author=self.author,
            )
        target = status if status is not None else self.post.status
        changed = replace(self.post, status=target, **fields)
        if changed != self.post:
            # An unchanged post is not written: its version only moves when something moved.
            self.post = self.posts.save(changed, changed_by=self.author, note=note)

    def _write_variants(self, state: DraftState) -> None:
        assert self.post is not None
        wanted = [p for p in PlatformId if p in state.platforms or p in state.variants]
        for platform in wanted:
            variant = state.variant(platform)
            enabled = platform in state.platforms
            stored = self.variants.get(platform)
            if stored is None:
                if not enabled and variant.text_override is None and not variant.first_comment:
                    continue  # switched off and never written: nothing worth a row
                self.variants[platform] = self.posts.add_variant(
                    self.post.id,
                    platform,
                    text=variant.text_override,
                    first_comment=variant.first_comment,
                    enabled=enabled,
                )
                continue
            changed = replace(
                stored,
                text=variant.text_override,
                first_comment=variant.first_comment,
                enabled=enabled,
            )
            if changed != stored:
                self.variants[platform] = self.posts.save_variant(changed)

    def _conflict(self, mine: DraftState, error: ConflictError) -> DraftConflictError:
        assert self.post is not None
        post_id = self.post.id
        theirs_post = self.posts.get(post_id)
        theirs_variants = {v.platform: v for v in self.posts.variants(post_id)}
        theirs = _state_from(theirs_post, theirs_variants, self.zone)
        return DraftConflictError(
            str(error), error.location, mine=replace(mine, post_id=post_id), theirs=theirs
        )


# ---- the service ------------------------------------------------------------------------------


class DraftService(QObject):
    """Autosave through the DB-writer pool; revisions; status changes; conflicts."""

    saved = Signal(object)  # DraftState as stored (post_id and version set)
    save_failed = Signal(str)  # plain words; the text stays in the editor
    conflict = Signal(object, object)  # (mine: DraftState, theirs: DraftState)
    revision_saved = Signal(object)  # RevisionData (Ctrl+S and status changes)
    rule_settings_changed = Signal(int)  # workspace id: re-read rule_settings() and re-analyse
    snippets_changed = Signal(int)  # workspace id: re-read snippets()

    def __init__(
        self,
        tasks: TaskRunner,
        database: Database,
        *,
        author: str,
        autosave_ms: int = DEFAULT_AUTOSAVE_MS,
        max_unsaved_ms: int = DEFAULT_MAX_UNSAVED_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._database = database
        self._author = author
        self._autosave_ms = autosave_ms
        self._max_unsaved_ms = max(max_unsaved_ms, autosave_ms)
        self._draft: _OpenDraft | None = None
        self._pending: DraftState | None = None
        self._unsaved_since: float | None = None
        self._last_known: DraftState | None = None
        self._in_conflict = False
        # `saved` must never announce an older state after a newer one: writes are numbered.
        self._write_numbers = itertools.count(1)
        self._last_announced = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._autosave)

    # ---- the draft being edited ------------------------------------------------------------

    def new_draft(self, workspace_id: int) -> DraftState:
        """A blank draft in the workspace, its default platforms switched on. Flushes the draft
        edited before. No row is written until the first edit is saved."""
        self.flush()
        workspace = WorkspaceRepository(self._database).get(workspace_id)
        self._draft = _OpenDraft(self._database, workspace.id, workspace.zone, self._author)
        state = DraftState(post_id=None, workspace_id=workspace.id).with_platforms(
            workspace.default_platforms
        )
        self._reset(state)
        return state

    def open(self, post_id: int) -> DraftState:
        """Read a stored post and its variants (flushing the draft edited before).
        Raises RowNotFoundError when it no longer exists."""
        self.flush()
        posts = PostRepository(self._database)
        post = posts.get(post_id)
        workspace = WorkspaceRepository(self._database).get(post.workspace_id)
        variants = {v.platform: v for v in posts.variants(post_id)}
        self._draft = _OpenDraft(
            self._database, workspace.id, workspace.zone, self._author, post, variants
        )
        state = _state_from(post, variants, workspace.zone)
        self._reset(state)
        return state

    @property
    def current(self) -> DraftState | None:
        """The newest state known: the pending edit if any, else the last one stored or opened."""
        return self._pending if self._pending is not None else self._last_known

    @property
    def has_pending_edit(self) -> bool:
        return self._pending is not None

    @property
    def in_conflict(self) -> bool:
        """True while a conflict waits for keep_mine / accept_theirs / save_copy."""
        return self._in_conflict

    def edited(self, state: DraftState) -> None:
        """Remember `state` as the newest edit and (re)start the autosave timer."""
        self._check_belongs(state)
        self._pending = state
        if self._in_conflict:
            return  # kept for keep_mine/save_copy; nothing may be overwritten meanwhile
        now = time.monotonic()
        if self._unsaved_since is None:
            self._unsaved_since = now
        waited_ms = (now - self._unsaved_since) * 1000
        self._timer.start(int(max(0, min(self._autosave_ms, self._max_unsaved_ms - waited_ms))))

    def flush(self) -> None:
        """Write any pending edit now and return only when it is stored (focus loss, close).

        Blocks the calling thread for the length of the writes queued before it (normally a few
        milliseconds). Does nothing while a conflict is unresolved (nothing may be overwritten;
        the text stays in the editor and in `conflict`'s `mine`).
        """
        self._timer.stop()
        state, draft = self._pending, self._draft
        if state is None or draft is None or self._in_conflict:
            return
        self._pending, self._unsaved_since = None, None
        number = next(self._write_numbers)
        try:
            written = self._write_and_wait(lambda: draft.write(state))
        except Exception as error:
            self._write_failed(state, error)
            return
        self._announce(number, written)

    def save_revision(self, state: DraftState, reason: str = "") -> JobId:
        """Ctrl+S: store `state` now, then record a Revision (PostRepository.record_revision).
        `saved` then `revision_saved` follow on the GUI thread."""
        self._check_belongs(state)
        draft = self._open_draft()
        self._drop_pending()
        number = next(self._write_numbers)
        why = reason or "Saved"
        return self._tasks.write(
            lambda: draft.write(state, revision_reason=why),
            on_success=lambda written: self._announce(number, written),
            on_failure=lambda error: self._write_failed(state, error),
        )

    def change_status(self, state: DraftState, to: Status, note: str = "") -> DraftState:
        """Store `state` with the new status; returns it as stored.

        Moving to the status it already has just stores `state` (no history, no revision).
        Raises TransitionError (a ValueError with a sentence naming the allowed moves) before
        writing anything when the workflow forbids the move, and ConflictError (after emitting
        `conflict`) when someone else changed the post. Writes the content, a StatusChange and a
        Revision; waits for the DB writer like flush().
        """
        self._check_belongs(state)
        draft = self._open_draft()
        stored = draft.stored_state()
        current = stored.status if stored is not None else state.status
        if to is not current:
            check_transition(current, to)
        self._drop_pending()
        number = next(self._write_numbers)
        why = f"Status: {current.label} → {to.label}" if to is not current else None
        try:
            written = self._write_and_wait(
                lambda: draft.write(state, status=to, note=note, revision_reason=why)
            )
        except Exception as error:
            self._write_failed(state, error)
            raise
        self._announce(number, written)
        return written.state

    # ---- conflicts --------------------------------------------------------------------------

    def keep_mine(self, mine: DraftState) -> None:
        """Resolve a conflict by writing `mine` over the stored version (a Revision of theirs is
        recorded first, so their text is not lost either). Waits like flush()."""
        draft = self._open_draft()
        self._in_conflict = False
        self._drop_pending()
        number = next(self._write_numbers)

        def overwrite() -> _Written:
            draft.reload()
            return draft.write(mine, revision_first="Their version, before yours replaced it")

        try:
            written = self._write_and_wait(overwrite)
        except Exception as error:
            self._write_failed(mine, error)
            return
        self._announce(number, written)

    def accept_theirs(self, theirs: DraftState) -> None:
        """Resolve a conflict by continuing from the stored version (the composer shows it)."""
        draft = self._open_draft()
        self._in_conflict = False
        self._drop_pending()
        self._last_known = draft.reload()

    def save_copy(self, mine: DraftState) -> DraftState:
        """Resolve a conflict by storing `mine` as a new post, its title marked as a copy; the
        service edits the copy from now on. Waits like flush() and returns the copy as stored
        (show it: its title and id differ from what the editor holds)."""
        old = self._open_draft()
        self._in_conflict = False
        self._drop_pending()
        draft = _OpenDraft(self._database, old.workspace_id, old.zone, self._author)
        draft.origin_id = old.post_id
        self._draft = draft
        copy = replace(mine, post_id=None, version=0, status=Status.DRAFT)
        copy = replace(copy, title=(mine.title or "Untitled") + COPY_SUFFIX)
        self._last_known = copy
        number = next(self._write_numbers)
        try:
            written = self._write_and_wait(lambda: draft.write(copy))
        except Exception as error:
            self._write_failed(copy, error)
            return copy
        self._announce(number, written)
        return written.state

    # ---- rule settings ----------------------------------------------------------------------

    def rule_settings(self, workspace_id: int, post_id: int | None = None) -> RuleSettings:
        """Rules off for the workspace, and those ignored for `post_id` (read now)."""
        settings = RuleSettingRepository(self._database).list_for_workspace(workspace_id)
        return RuleSettings(
            ignored_for_post=frozenset(
                s.rule_id for s in settings if post_id is not None and s.post_id == post_id
            ),
            disabled_for_workspace=frozenset(s.rule_id for s in settings if s.post_id is None),
        )

    def rule_setting_list(self, workspace_id: int) -> list[RuleSettingData]:
        """Every stored rule setting of the workspace, for the "turned off" list."""
        return RuleSettingRepository(self._database).list_for_workspace(workspace_id)

    def ignore_rule(self, workspace_id: int, post_id: int, rule_id: str, note: str = "") -> JobId:
        """ "Ignore here": the rule stays off for this post only. `rule_settings_changed`
        follows."""
        repository = RuleSettingRepository(self._database)
        return self._write_then(
            lambda: repository.disable(
                workspace_id, rule_id, post_id=post_id, note=note, created_by=self._author
            ),
            lambda _: self.rule_settings_changed.emit(workspace_id),
        )

    def disable_rule(self, workspace_id: int, rule_id: str, note: str = "") -> JobId:
        """ "Turn off for this workspace". `rule_settings_changed` follows."""
        repository = RuleSettingRepository(self._database)
        return self._write_then(
            lambda: repository.disable(workspace_id, rule_id, note=note, created_by=self._author),
            lambda _: self.rule_settings_changed.emit(workspace_id),
        )

    def enable_rule(self, setting: RuleSettingData) -> JobId:
        """Turn an ignored/disabled rule back on. `rule_settings_changed` follows."""
        repository = RuleSettingRepository(self._database)
        return self._write_then(
            lambda: repository.enable(setting),
            lambda _: self.rule_settings_changed.emit(setting.workspace_id),
        )

    # ---- snippets, campaigns, workspace facts --------------------------------------------

    def snippets(self, workspace_id: int) -> list[SnippetData]:
        """The workspace's snippets (kind "text" or "hashtags"), by kind then name."""
        return SnippetRepository(self._database).list_for_workspace(workspace_id)

    def create_snippet(
        self, workspace_id: int, name: str, body: str, *, kind: str = "text"
    ) -> JobId:
        """`snippets_changed` follows (or `save_failed` for a bad kind)."""
        repository = SnippetRepository(self._database)
        return self._write_then(
            lambda: repository.create(workspace_id, name, body, kind=kind),
            lambda _: self.snippets_changed.emit(workspace_id),
        )

    def update_snippet(self, snippet: SnippetData) -> JobId:
        repository = SnippetRepository(self._database)
        return self._write_then(
            lambda: repository.update(snippet),
            lambda _: self.snippets_changed.emit(snippet.workspace_id),
        )

    def delete_snippet(self, snippet: SnippetData) -> JobId:
        repository = SnippetRepository(self._database)
        return self._write_then(
            lambda: repository.delete(snippet),
            lambda _: self.snippets_changed.emit(snippet.workspace_id),
        )

    def campaigns(self, workspace_id: int) -> list[CampaignData]:
        return CampaignRepository(self._database).list_for_workspace(workspace_id)

    def workspace(self, workspace_id: int) -> WorkspaceData:
        return WorkspaceRepository(self._database).get(workspace_id)

    def default_platforms(self, workspace_id: int) -> tuple[PlatformId, ...]:
        return self.workspace(workspace_id).default_platforms

    def revisions(self, post_id: int) -> list[RevisionData]:
        return PostRepository(self._database).revisions(post_id)

    # ---- internals --------------------------------------------------------------------------

    def _reset(self, state: DraftState) -> None:
        self._timer.stop()
        self._pending, self._unsaved_since = None, None
        self._in_conflict = False
        self._last_known = state

    def _open_draft(self) -> _OpenDraft:
        if self._draft is None:
            raise RuntimeError("No draft is open: call new_draft() or open() first.")
        return self._draft

    def _check_belongs(self, state: DraftState) -> None:
        draft = self._open_draft()
        stored_id = draft.post_id
        if state.post_id is None or stored_id is None or state.post_id == draft.origin_id:
            return
        if state.post_id != stored_id:
            raise ValueError(
                f"This state belongs to post {state.post_id}, but post {stored_id} is open; "
                "open() it first."
            )

    def _drop_pending(self) -> None:
        # The caller writes a state at least as new as the pending one.
        self._timer.stop()
        self._pending, self._unsaved_since = None, None

    def _autosave(self) -> None:
        state, draft = self._pending, self._draft
        if state is None or draft is None or self._in_conflict:
            return
        self._pending, self._unsaved_since = None, None
        number = next(self._write_numbers)
        try:
            self._tasks.write(
                lambda: draft.write(state),
                on_success=lambda written: self._announce(number, written),
                on_failure=lambda error: self._write_failed(state, error),
            )
        except TaskRunnerClosedError:
            self._pending = state  # closing: flush() writes it on this thread

    def _write_and_wait(self, write: Callable[[], T]) -> T:
        """Run `write` on the DB-writer thread and block until it finished there.

        Waiting on a threading.Event rather than the Qt delivery means it works without an event
        loop (during close). After the task runner was shut down the writer thread is gone and
        has drained its queue, so the write runs here.
        """
        done = threading.Event()
        outcome: list[Any] = []

        def job() -> None:
            try:
                outcome.append((True, write()))
            except BaseException as error:  # handed over to the waiting thread
                outcome.append((False, error))
            finally:
                done.set()

        try:
            self._tasks.write(job)
        except TaskRunnerClosedError:
            job()
        done.wait()
        ok, value = outcome[0]
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def _write_then(self, write: Callable[[], T], then: Callable[[T], None]) -> JobId:
        return self._tasks.write(
            write,
            on_success=then,
            on_failure=lambda error: self.save_failed.emit(str(error)),
        )

    def _announce(self, number: int, written: _Written) -> None:
        if number > self._last_announced:
            self._last_announced = number
            self._last_known = written.state  # a pending edit still wins in `current`
            self.saved.emit(written.state)
        if written.revision is not None:
            self.revision_saved.emit(written.revision)

    def _write_failed(self, state: DraftState, error: BaseException) -> None:
        if isinstance(error, DraftConflictError):
            self._in_conflict = True
            self._timer.stop()
            if self._pending is None:
                self._pending = error.mine
            self.conflict.emit(error.mine, error.theirs)
            return
        # Keep the text as the pending edit, so the next edit or flush() tries again.
        if self._pending is None:
            self._pending = state
        log.warning("saving the draft failed: %s", error)
        self.save_failed.emit(self.tr("Could not save the draft: %s") % error)
