"""Calendar: posting slots, repeating posts, and post keys for import/export.

`posting_slot` holds a workspace's regular posting times (weekday + wall-clock time, per platform
or for all). `post_recurrence` says how a post repeats; its occurrences are computed, never stored
as copies. `post_key` gives a post a stable identity outside this database: iCalendar UIDs and
re-imports of an exported file find the same post through it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _stamps(*, updated: bool = True) -> list[sa.Column]:
    columns = [sa.Column("created_at", sa.DateTime(timezone=True), nullable=False)]
    if updated:
        columns += [
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
        ]
    return columns


def upgrade() -> None:
    op.create_table(
        "posting_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=True),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("clock", sa.String(length=5), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_posting_slot_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posting_slot")),
        sa.UniqueConstraint(
            "workspace_id",
            "platform",
            "weekday",
            "clock",
            name=op.f("uq_posting_slot_workspace_id_platform_weekday_clock"),
        ),
    )
    op.create_index("ix_posting_slot_workspace_id", "posting_slot", ["workspace_id"], unique=False)

    op.create_table(
        "post_recurrence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("frequency", sa.String(length=16), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["post.id"],
            name=op.f("fk_post_recurrence_post_id_post"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_recurrence")),
        sa.UniqueConstraint("post_id", name=op.f("uq_post_recurrence_post_id")),
    )

    op.create_table(
        "post_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        *_stamps(updated=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["post.id"], name=op.f("fk_post_key_post_id_post"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_key")),
        sa.UniqueConstraint("post_id", name=op.f("uq_post_key_post_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_post_key_uid")),
    )


def downgrade() -> None:
    op.drop_table("post_key")
    op.drop_table("post_recurrence")
    op.drop_index("ix_posting_slot_workspace_id", table_name="posting_slot")
    op.drop_table("posting_slot")
