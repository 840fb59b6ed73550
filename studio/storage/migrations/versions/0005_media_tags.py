"""Media library: tags on images.

`media_asset` gains `tags`, a JSON array of strings (`["spring", "team"]`), added in place with
`[]` for existing images. A JSON column instead of a tag table: a workspace holds a few thousand
images at most, the library filters them in memory, and a tag is only ever read with its image.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "media_asset",
        sa.Column("tags", sa.String(), nullable=False, server_default="[]"),
    )


def downgrade() -> None:
    with op.batch_alter_table("media_asset") as batch:
        batch.drop_column("tags")
