"""Full-text search on SQLite: an FTS5 index over post titles, bodies and variant texts.

One index row per post (rowid = post.id); triggers keep it in step with post and variant, so no
application code can forget to. PostgreSQL gets nothing here: search there scans with ILIKE.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Texts of a post's variants that override the body, joined into one searchable column.
_VARIANT_TEXTS = (
    "(SELECT coalesce(group_concat(v.text, ' '), '') FROM variant AS v "
    "WHERE v.post_id = {post_id} AND v.text IS NOT NULL)"
)

_CREATE = [
    # remove_diacritics 2: "cafe" finds "café", which people type without accents all the time.
    "CREATE VIRTUAL TABLE post_search USING fts5("
    "title, body, variants, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER post_search_post_insert AFTER INSERT ON post BEGIN "
    "INSERT INTO post_search (rowid, title, body, variants) "
    f"VALUES (NEW.id, NEW.title, NEW.body, {_VARIANT_TEXTS.format(post_id='NEW.id')}); "
    "END",
    "CREATE TRIGGER post_search_post_update AFTER UPDATE OF title, body ON post BEGIN "
    "UPDATE post_search SET title = NEW.title, body = NEW.body WHERE rowid = NEW.id; "
    "END",
    "CREATE TRIGGER post_search_post_delete AFTER DELETE ON post BEGIN "
    "DELETE FROM post_search WHERE rowid = OLD.id; "
    "END",
    "CREATE TRIGGER post_search_variant_insert AFTER INSERT ON variant BEGIN "
    f"UPDATE post_search SET variants = {_VARIANT_TEXTS.format(post_id='NEW.post_id')} "
    "WHERE rowid = NEW.post_id; "
    "END",
    "CREATE TRIGGER post_search_variant_update AFTER UPDATE OF text, post_id ON variant BEGIN "
    f"UPDATE post_search SET variants = {_VARIANT_TEXTS.format(post_id='OLD.post_id')} "
    "WHERE rowid = OLD.post_id; "
    f"UPDATE post_search SET variants = {_VARIANT_TEXTS.format(post_id='NEW.post_id')} "
    "WHERE rowid = NEW.post_id; "
    "END",
    "CREATE TRIGGER post_search_variant_delete AFTER DELETE ON variant BEGIN "
    f"UPDATE post_search SET variants = {_VARIANT_TEXTS.format(post_id='OLD.post_id')} "
    "WHERE rowid = OLD.post_id; "
    "END",
    # Posts written before this revision.
    "INSERT INTO post_search (rowid, title, body, variants) "
    f"SELECT p.id, p.title, p.body, {_VARIANT_TEXTS.format(post_id='p.id')} FROM post AS p",
]

_TRIGGERS = (
    "post_search_post_insert",
    "post_search_post_update",
    "post_search_post_delete",
    "post_search_variant_insert",
    "post_search_variant_update",
    "post_search_variant_delete",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS post_search")
