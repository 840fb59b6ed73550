"""Full-text search over posts: FTS5 on SQLite, a plain ILIKE scan on other databases.

The FTS5 index (`post_search`, created by migration 0002 with the triggers that keep it current)
holds one row per post: title, body and the texts of its variants.

Whatever a person types goes into the search box, and FTS5 has a query language of its own
(AND/OR/NOT, NEAR, quotes, parentheses, column filters, `*`). So the input is never passed through:
each whitespace-separated word becomes one quoted phrase ("" doubles a quote inside it), the words
must all match, and the last one also matches as a prefix so results follow the typing.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import col, select

from studio.storage.database import Database
from studio.storage.repositories import PostData, post_data
from studio.storage.tables import Post, Variant

SEARCH_TABLE = "post_search"
_MAX_TERMS = 32  # a pasted paragraph is not a query; keep the expression small
# Ranking (bm25) scores every match before LIMIT applies: for a word in most of 50,000 posts
# that alone takes ~35 ms (QUALITY.md: search ≤ 20 ms). Beyond this many matches a word says
# little about relevance anyway, so such searches list the newest posts first instead, which
# FTS5 reads straight from its index and stops after `limit`.
_RANKED_MATCHES = 2_000


def is_search_object(table_name: str) -> bool:
    """The FTS5 table and the shadow tables SQLite keeps for it (post_search_data, ...)."""
    return table_name == SEARCH_TABLE or table_name.startswith(f"{SEARCH_TABLE}_")


def search_terms(query: str) -> list[str]:
    # SQLite reads the FTS5 expression as a C string: a NUL would cut it off mid-quote.
    return query.replace("\x00", " ").split()[:_MAX_TERMS]


def fts5_expression(terms: list[str]) -> str:
    """`say "hi" (x` → `"say" "\"\"hi\"\"" "(x"*`: every word literal, all required."""
    phrases = ['"' + term.replace('"', '""') + '"' for term in terms]
    phrases[-1] += "*"
    return " ".join(phrases)


def search_posts(
    db: Database, query: str, *, workspace_id: int | None = None, limit: int = 100
) -> list[PostData]:
    """Posts whose title, body or a variant text contains every word of `query`, best first.

    Never raises for anything a person can type; an empty or blank query finds nothing.
    """
    terms = search_terms(query)
    if not terms:
        return []
    if db.is_sqlite:
        return _search_fts5(db, terms, workspace_id, limit)
    return _search_like(db, terms, workspace_id, limit)


def _search_fts5(
    db: Database, terms: list[str], workspace_id: int | None, limit: int
) -> list[PostData]:
    matching = (
        f"SELECT {SEARCH_TABLE}.rowid FROM {SEARCH_TABLE} "
        f"JOIN post ON post.id = {SEARCH_TABLE}.rowid "
        f"WHERE {SEARCH_TABLE} MATCH :expression "
        "AND (:workspace_id IS NULL OR post.workspace_id = :workspace_id) "
    )
    parameters = {"expression": fts5_expression(terms), "workspace_id": workspace_id}
    with db.session() as session:
        connection = session.connection()
        probe = sa.text(f"SELECT count(*) FROM ({matching} LIMIT :most)")
        found = connection.execute(probe, {**parameters, "most": _RANKED_MATCHES + 1}).scalar()
        order = "rank" if (found or 0) <= _RANKED_MATCHES else f"{SEARCH_TABLE}.rowid DESC"
        ranked = sa.text(f"{matching} ORDER BY {order} LIMIT :limit")
        ids = [row[0] for row in connection.execute(ranked, {**parameters, "limit": limit})]
        if not ids:
            return []
        rows = {row.id: row for row in session.exec(select(Post).where(col(Post.id).in_(ids)))}
        return [post_data(rows[post_id]) for post_id in ids if post_id in rows]


def _search_like(
    db: Database, terms: list[str], workspace_id: int | None, limit: int
) -> list[PostData]:
    query = select(Post)
    for term in terms:
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        in_variant = (
            select(Variant.id)
            .where(Variant.post_id == Post.id, col(Variant.text).ilike(pattern, escape="\\"))
            .exists()
        )
        query = query.where(
            sa.or_(
                col(Post.title).ilike(pattern, escape="\\"),
                col(Post.body).ilike(pattern, escape="\\"),
                in_variant,
            )
        )
    if workspace_id is not None:
        query = query.where(Post.workspace_id == workspace_id)
    query = query.order_by(col(Post.updated_at).desc(), col(Post.id)).limit(limit)
    with db.session() as session:
        return [post_data(row) for row in session.exec(query).all()]
