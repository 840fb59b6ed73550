"""A post's repeat keeps its row, and so its version, when the post stops repeating.

`post_recurrence.frequency` may now be NULL, meaning "does not repeat". Until now "Never" deleted
the row and its version number with it, so a client still showing the old rule wrote it back as a
brand-new row and silently replaced the other person's "no repeat" (issue 12). Now "Never" is an
update like any other: it moves the version on, and a stale write is refused as a conflict.

On SQLite the column is changed by rebuilding the table (SQLite cannot drop NOT NULL in place):
a copy with the same name, columns, constraints and rows. By hand rather than with Alembic's batch
mode, whose copy lists the constraints in a different order on each run (db/schema.sql must not
change between runs). No table references `post_recurrence`, so dropping the old one cascades
into nothing. Existing rules keep their ids, values and versions.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


_COLUMNS = "id, post_id, frequency, interval, until, count, created_at, updated_at, version"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_on_sqlite(frequency_nullable=True)
    else:
        op.alter_column(
            "post_recurrence", "frequency", existing_type=sa.String(length=16), nullable=True
        )


def downgrade() -> None:
    # Before 0006 a post that does not repeat had no row at all.
    op.execute("DELETE FROM post_recurrence WHERE frequency IS NULL")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_on_sqlite(frequency_nullable=False)
    else:
        op.alter_column(
            "post_recurrence", "frequency", existing_type=sa.String(length=16), nullable=False
        )


def _rebuild_on_sqlite(*, frequency_nullable: bool) -> None:
    op.create_table(
        "_post_recurrence_0006",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("frequency", sa.String(length=16), nullable=frequency_nullable),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        # The names the original table had (0003), so later migrations can still name them.
        sa.PrimaryKeyConstraint("id", name="pk_post_recurrence"),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["post.id"],
            name="fk_post_recurrence_post_id_post",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("post_id", name="uq_post_recurrence_post_id"),
    )
    op.execute(
        f"INSERT INTO _post_recurrence_0006 ({_COLUMNS}) SELECT {_COLUMNS} FROM post_recurrence"
    )
    op.drop_table("post_recurrence")
    op.rename_table("_post_recurrence_0006", "post_recurrence")
