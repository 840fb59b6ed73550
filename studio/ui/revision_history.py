"""Revision history of a post: the versions it went through, what changed, and going back.

The list on the left holds every recorded revision, newest first. The revision chosen there is
compared with the one in "Compare with" (by default the post as it is now): the title, the main
text and each network's text as word diffs, other fields as before → after. Removed words are
struck through and added words underlined, on a tinted background that suits the light or dark
palette; the shape carries the meaning, so it does not depend on telling colours apart.

"Restore This Revision" asks the service to bring the chosen revision back as a new revision;
nothing is overwritten (ReviewStore.restore).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.domain.diffs import DiffSpan, SnapshotDiff, SpanKind, TextDiff, diff_snapshots
from studio.domain.platforms import PLATFORMS, PlatformId
from studio.domain.posts import Status
from studio.storage.repositories import RevisionData
from studio.ui.entry_delegate import DETAIL_ROLE, EntryDelegate
from studio.ui.i18n import tr
from studio.ui.theme import is_dark

CURRENT = -1  # the "Compare with" entry for the post as it is now

# Tints behind changed words: light enough to read dark text on, dark enough for light text.
_TINTS = {
    (False, SpanKind.DELETE): "#ffd8d8",
    (False, SpanKind.INSERT): "#d3f9d8",
    (True, SpanKind.DELETE): "#5c1f24",
    (True, SpanKind.INSERT): "#1d4a2b",
}


def spans_html(spans: Sequence[DiffSpan], *, dark: bool) -> str:
    """Word-diff spans as HTML: deletions struck through, insertions underlined, both tinted."""
    out = []
    for span in spans:
        text = html.escape(span.text).replace("\n", "<br>")
        if span.kind is SpanKind.EQUAL:
            out.append(text)
        elif span.kind is SpanKind.DELETE:
            tint = _TINTS[(dark, SpanKind.DELETE)]
            out.append(f'<s style="background-color:{tint}" title="{tr("removed")}">{text}</s>')
        else:
            tint = _TINTS[(dark, SpanKind.INSERT)]
            out.append(f'<u style="background-color:{tint}" title="{tr("added")}">{text}</u>')
    return "".join(out) or f"<i>{html.escape(tr('(empty)'))}</i>"


def _platform_name(platform: str) -> str:
    try:
        return PLATFORMS[PlatformId(platform)].name
    except (ValueError, KeyError):
        return platform


def _field_name(name: str) -> str:
    """A stored field's name as the person knows it from the composer ("Status", not "status")."""
    names = {
        "status": tr("Status"),
        "content_type": tr("Type"),
        "campaign": tr("Campaign"),
        "scheduled_at": tr("Publish at"),
        "sponsored": tr("Sponsored"),
        "partner_name": tr("Brand or partner"),
        "campaign_id": tr("Campaign"),
        "author": tr("Written by"),
    }
    return names.get(name, name.replace("_", " ").capitalize())


def _field_value(name: str, value: object) -> str:
    """A stored value in words: a status by its label ("In review", not "in_review")."""
    if value is None or value == "":
        return tr("(none)")
    if name == "status":
        try:
            return Status(str(value)).label
        except ValueError:
            pass
    return str(value)


def _text_title(text: TextDiff, platform: str | None = None) -> str:
    names = {
        "title": tr("Title"),
        "body": tr("Main text"),
        "text": tr("Text"),
        "first_comment": tr("First comment"),
    }
    name = names.get(text.name, text.name)
    return f"{_platform_name(platform)}: {name}" if platform else name


def diff_html(diff: SnapshotDiff, *, dark: bool, inheriting: frozenset[str] = frozenset()) -> str:
    """The whole comparison as HTML for a QTextBrowser; networks in `inheriting` post the main
    text in both versions, so their text is not shown a second time."""
    parts = []
    if not diff.changed:
        parts.append(f"<p><i>{html.escape(tr('No differences.'))}</i></p>")
    for text in diff.texts:
        parts.append(_section(_text_title(text), text, dark))
    if diff.fields:
        rows = "".join(
            f"<tr><td>{html.escape(_field_name(f.name))}</td>"
            f"<td><s>{html.escape(_field_value(f.name, f.old))}</s></td>"
            f"<td>→</td><td><u>{html.escape(_field_value(f.name, f.new))}</u></td></tr>"
            for f in diff.fields
        )
        parts.append(
            f"<h3>{html.escape(tr('Other changes'))}</h3>"
            f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
        )
    for variant in diff.variants:
        if not variant.changed:
            continue
        label = {
            "added": tr("added"),
            "removed": tr("removed"),
            "changed": tr("changed"),
        }.get(variant.change, variant.change)
        parts.append(
            f"<h3>{html.escape(_platform_name(variant.platform))} "
            f"<small>({html.escape(label)})</small></h3>"
        )
        if variant.platform in inheriting:
            parts.append(f"<p><i>{html.escape(tr('Posts the main text, as above.'))}</i></p>")
            continue
        for text in variant.texts:
            if text.changed or (text.name == "text" and variant.change != "unchanged"):
                parts.append(_section(_text_title(text), text, dark, level=4))
    return "".join(parts)


def _section(title: str, text: TextDiff, dark: bool, *, level: int = 3) -> str:
    marker = "" if text.changed else f" <small>({html.escape(tr('unchanged'))})</small>"
    return (
        f"<h{level}>{html.escape(title)}{marker}</h{level}>"
        f"<p>{spans_html(text.spans, dark=dark)}</p>"
    )


class RevisionHistoryDialog(QDialog):
    restore_requested = Signal(int)  # the revision id to bring back

    def __init__(
        self,
        revisions: Sequence[RevisionData],
        current: Mapping[str, Any],
        *,
        title: str = "",
        can_restore: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revision_history")
        heading = tr("Revision History")
        self.setWindowTitle(f"{heading} — {title}" if title else heading)
        self.setAccessibleName(heading)
        self.resize(980, 620)
        # Newest first: the last version is what people look for first.
        self.revisions = sorted(revisions, key=lambda r: (r.created_at, r.id), reverse=True)
        self.current = dict(current)

        self.revision_list = QListWidget(self)
        self.revision_list.setObjectName("revision_list")
        self.revision_list.setAccessibleName(tr("Revisions"))
        self.revision_list.setItemDelegate(EntryDelegate(self.revision_list))
        for revision in self.revisions:
            when = revision.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            who = revision.author or tr("someone")
            reason = revision.reason or tr("Saved")
            item = QListWidgetItem(when)
            item.setData(DETAIL_ROLE, f"{reason} · {who}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{when}, {reason} · {who}")
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            item.setToolTip(f"{reason} — {who}, {when}")
            self.revision_list.addItem(item)

        self.compare_combo = QComboBox(self)
        self.compare_combo.setObjectName("compare_with")
        self.compare_combo.setAccessibleName(tr("Compare with"))
        self.compare_combo.addItem(tr("The post as it is now"), CURRENT)
        for revision in self.revisions:
            when = revision.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.compare_combo.addItem(f"{when} — {revision.reason or tr('Saved')}", revision.id)
        compare_label = QLabel(tr("Compare &with:"), self)
        compare_label.setBuddy(self.compare_combo)

        self.legend = QLabel(
            tr("Removed words are struck through, added words are underlined."), self
        )
        self.legend.setObjectName("diff_legend")
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.diff_view = QTextBrowser(self)
        self.diff_view.setObjectName("diff_view")
        self.diff_view.setAccessibleName(tr("Differences"))
        self.diff_view.setOpenLinks(False)

        self.restore_button = QPushButton(tr("&Restore This Revision"), self)
        self.restore_button.setObjectName("restore_revision")
        self.restore_button.setAccessibleName(tr("Restore this revision"))
        self.restore_button.setToolTip(
            tr("Bring this version back as a new revision; the current one stays in the history")
        )
        self.restore_button.setVisible(can_restore)
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        compare_row = QHBoxLayout()
        compare_row.addWidget(compare_label)
        compare_row.addWidget(self.compare_combo, 1)
        right_layout.addLayout(compare_row)
        right_layout.addWidget(self.diff_view, 1)
        right_layout.addWidget(self.legend)
        splitter = QSplitter(self)
        splitter.addWidget(self.revision_list)
        splitter.addWidget(right)
        splitter.setSizes([280, 700])
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.revision_list.currentRowChanged.connect(self.refresh)
        self.compare_combo.currentIndexChanged.connect(self.refresh)
        if self.revisions:
            self.revision_list.setCurrentRow(0)
        else:
            self.diff_view.setHtml(html.escape(tr("No revisions were recorded for this post.")))
            self.restore_button.setEnabled(False)

    def selected_revision(self) -> RevisionData | None:
        row = self.revision_list.currentRow()
        return self.revisions[row] if 0 <= row < len(self.revisions) else None

    def compare(self, old_id: int, new_id: int = CURRENT) -> None:
        """Show the change from revision `old_id` to `new_id` (CURRENT: the post now)."""
        row = next((i for i, r in enumerate(self.revisions) if r.id == old_id), -1)
        self.compare_combo.blockSignals(True)
        self.compare_combo.setCurrentIndex(max(0, self.compare_combo.findData(new_id)))
        self.compare_combo.blockSignals(False)
        self.revision_list.setCurrentRow(row)
        self.refresh()

    def current_diff(self) -> SnapshotDiff | None:
        old = self.selected_revision()
        if old is None:
            return None
        other = self.compare_combo.currentData()
        if other == CURRENT:
            new_snapshot: Mapping[str, Any] = self.current
        else:
            new_snapshot = next(r.snapshot for r in self.revisions if r.id == other)
        return diff_snapshots(old.snapshot, new_snapshot)

    def _inheriting(self) -> frozenset[str]:
        """Networks whose variant has no text of its own in both compared versions."""
        old = self.selected_revision()
        other = self.compare_combo.currentData()
        new = (
            self.current
            if other == CURRENT
            else next((r.snapshot for r in self.revisions if r.id == other), {})
        )

        def inherit(snapshot: Mapping[str, Any]) -> set[str]:
            return {
                str(v.get("platform"))
                for v in snapshot.get("variants", [])
                if v.get("text") is None
            }

        return frozenset(inherit(old.snapshot) & inherit(new)) if old is not None else frozenset()

    def refresh(self, *_: object) -> None:
        diff = self.current_diff()
        if diff is None:
            return
        dark = is_dark(self.palette())
        self.diff_view.setHtml(diff_html(diff, dark=dark, inheriting=self._inheriting()))
        self.restore_button.setEnabled(True)

    def _restore(self) -> None:
        revision = self.selected_revision()
        if revision is not None:
            self.restore_requested.emit(revision.id)
