"""Review: stable comment ids, comments on variants and image pins, and review decisions.

`comment` gains `uuid` (its identity in review files, so importing a returned file twice adds
nothing; existing comments get one here), `target` (the text the anchor points into: the body or
a platform's own text), and `media_id` / `pin_x` / `pin_y` for a pin on an image. The new
`review_decision` table keeps every approval and request for changes as decided, including those
from a review file that could not move the post's status, and whether it was made on an older
version of the text.

The new comment columns are added in place (ALTER TABLE … ADD COLUMN), not by copying the table:
the app migrates with SQLite's foreign keys on, and dropping the old `comment` table during a copy
would cascade into the replies that reference it. For the same reason `media_id` has no foreign
key (SQLite cannot add one in place).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("comment", sa.Column("uuid", sa.String(length=36), nullable=True))
    op.add_column(
        "comment",
        sa.Column("target", sa.String(length=32), nullable=False, server_default="body"),
    )
    op.add_column("comment", sa.Column("media_id", sa.Integer(), nullable=True))
    op.add_column("comment", sa.Column("pin_x", sa.Float(), nullable=True))
    op.add_column("comment", sa.Column("pin_y", sa.Float(), nullable=True))

    comments = sa.table("comment", sa.column("id", sa.Integer), sa.column("uuid", sa.String))
    bind = op.get_bind()
    for (comment_id,) in bind.execute(sa.select(comments.c.id)).all():
        bind.execute(
            comments.update().where(comments.c.id == comment_id).values(uuid=str(uuid.uuid4()))
        )
    op.create_index("ix_comment_uuid", "comment", ["uuid"], unique=True)

    op.create_table(
        "review_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=32), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=True),
        sa.Column("acknowledged_rules", sa.String(), nullable=False),
        sa.Column("outdated", sa.Boolean(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.Column("status_change_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["post.id"],
            name=op.f("fk_review_decision_post_id_post"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["revision.id"],
            name=op.f("fk_review_decision_revision_id_revision"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["status_change_id"],
            ["status_change.id"],
            name=op.f("fk_review_decision_status_change_id_status_change"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decision")),
        sa.UniqueConstraint("uuid", name=op.f("uq_review_decision_uuid")),
    )
    for column in ("post_id", "revision_id", "status_change_id"):
        op.create_index(f"ix_review_decision_{column}", "review_decision", [column], unique=False)


def downgrade() -> None:
    for column in ("post_id", "revision_id", "status_change_id"):
        op.drop_index(f"ix_review_decision_{column}", table_name="review_decision")
    op.drop_table("review_decision")
    op.drop_index("ix_comment_uuid", table_name="comment")
    with op.batch_alter_table("comment") as batch:
        for column in ("pin_y", "pin_x", "media_id", "target", "uuid"):
            batch.drop_column(column)
