"""Full-text search: finds by title, body and variant text, follows edits, survives any input."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.storage.database import Database, open_database
from studio.storage.repositories import PostRepository, WorkspaceRepository
from studio.storage.search import fts5_expression, search_posts


@pytest.fixture
def posts(db: Database) -> dict[str, int]:
    bakery = WorkspaceRepository(db).create("Bakery", timezone="Europe/Berlin")
    gym = WorkspaceRepository(db).create("Gym", timezone="America/New_York")
    repo = PostRepository(db)
    rye = repo.create(bakery.id, title="Rye 101", body="Rye flour has little gluten.")
    cafe = repo.create(bakery.id, title="Our café", body="Cardamom buns and a flat white.")
    repo.add_variant(cafe.id, "x", text="Buns + coffee = Saturday ☕")
    repo.add_variant(cafe.id, "instagram", text=None)  # inherits the body
    boulder = repo.create(gym.id, title="Bouldering basics", body="Read the route first.")
    return {"rye": rye.id, "cafe": cafe.id, "boulder": boulder.id}


def _ids(db: Database, query: str, **options: int) -> list[int]:
    return [post.id for post in search_posts(db, query, **options)]


def test_search_finds_titles_bodies_and_variant_texts(db: Database, posts: dict[str, int]) -> None:
    assert _ids(db, "rye") == [posts["rye"]]
    assert _ids(db, "gluten") == [posts["rye"]]
    assert _ids(db, "saturday") == [posts["cafe"]]
    assert _ids(db, "route first") == [posts["boulder"]]


def test_every_word_must_match_and_the_last_one_may_be_a_prefix(
    db: Database, posts: dict[str, int]
) -> None:
    assert _ids(db, "cardamom white") == [posts["cafe"]]
    assert _ids(db, "cardamom gluten") == []
    assert _ids(db, "boulder") == [posts["boulder"]]  # prefix of "bouldering"
    assert _ids(db, "cafe") == [posts["cafe"]]  # accents do not matter
    assert _ids(db, "CAFÉ") == [posts["cafe"]]


def test_search_can_be_limited_to_one_workspace(db: Database, posts: dict[str, int]) -> None:
    gym = WorkspaceRepository(db).find_by_name("Gym")
    assert gym is not None
    assert _ids(db, "r", workspace_id=gym.id) == [posts["boulder"]]


def test_the_index_follows_edits_and_deletions(db: Database, posts: dict[str, int]) -> None:
    repo = PostRepository(db)
    rye = repo.get(posts["rye"])
    repo.save(replace(rye, title="Spelt 101", body="Spelt is an old wheat."))
    assert _ids(db, "rye") == []
    assert _ids(db, "spelt") == [posts["rye"]]

    variant = next(v for v in repo.variants(posts["cafe"]) if v.text)
    repo.save_variant(replace(variant, text="Croissants on Sunday"))
    assert _ids(db, "saturday") == []
    assert _ids(db, "croissants") == [posts["cafe"]]

    repo.delete(repo.get(posts["cafe"]))
    assert _ids(db, "croissants") == []
    assert _ids(db, "cardamom") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "(",
        "a) OR (b",
        "AND",
        "NOT rye",
        "rye OR",
        "NEAR(rye gluten)",
        "*",
        "rye*",
        "^rye",
        "title:rye",
        "{title body}: rye",
        "-rye",
        "+",
        "'; DROP TABLE post; --",
        "\x00",
        "🍞🥐",
        "   ",
        "",
    ],
)
def test_fts_syntax_in_user_input_is_searched_literally(
    db: Database, posts: dict[str, int], query: str
) -> None:
    found = search_posts(db, query)
    assert isinstance(found, list)
    assert db.row_counts()["post"] == 3


def test_words_with_operators_still_find_their_text(db: Database, posts: dict[str, int]) -> None:
    assert _ids(db, "(rye)") == [posts["rye"]]  # the tokenizer drops the brackets
    assert _ids(db, '"gluten."') == [posts["rye"]]
    assert _ids(db, "title:rye") == []  # no column filter: "title:rye" is just two words
    assert _ids(db, "NOT rye") == []  # "not" must appear too: it is a word, not an operator


def test_the_expression_quotes_every_word() -> None:
    assert fts5_expression(["say", '"hi"', "(x"]) == '"say" """hi""" "(x"*'


_FTS_FRAGMENTS = st.sampled_from(
    [
        *('"', "'", "(", ")", "AND", "OR", "NOT", "NEAR", "*", "^", ":", "-", "+", "{", "}"),
        *(",", "\x00", "plain", "words", "title", "body", "é", "🍞", "\u200d", "\t"),
    ]
)
_QUERIES = st.one_of(
    st.text(max_size=60),
    st.lists(_FTS_FRAGMENTS, max_size=12).map(" ".join),
    st.lists(_FTS_FRAGMENTS, max_size=12).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=_QUERIES)
def test_search_never_raises_on_any_text(
    tmp_path_factory: pytest.TempPathFactory, query: str
) -> None:
    db = _shared_search_db(tmp_path_factory)
    results = search_posts(db, query)
    assert all(post.title for post in results)


_SHARED: dict[str, Database] = {}


def _shared_search_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    # One database for all hypothesis examples: creating one per example would dominate the run.
    if "db" not in _SHARED:
        path: Path = tmp_path_factory.mktemp("search") / "search.sqlite3"
        db = open_database(f"sqlite:///{path}")
        workspace = WorkspaceRepository(db).create("Any", timezone="UTC")
        PostRepository(db).create(workspace.id, title="Plain words", body='Quotes " and (brackets)')
        _SHARED["db"] = db
    return _SHARED["db"]


@pytest.fixture(autouse=True, scope="module")
def _close_shared() -> object:
    yield None
    for db in _SHARED.values():
        db.close()
    _SHARED.clear()
