"""The schema revisions this build knows, and running Alembic on a connection the app opened.

Opening a database that is already current is the common case, and it should not pay for
importing Alembic (a large share of start-up time). So the revision graph is read straight from
the `revision` / `down_revision` assignments in migrations/versions/*.py, and Alembic is imported
only when a migration actually runs. A test checks that this reading agrees with Alembic's own.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


@cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """Each known revision and the revisions it builds on."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        assigned = _module_constants(script, ("revision", "down_revision"))
        revision = assigned.get("revision")
        if not isinstance(revision, str):
            continue
        down = assigned.get("down_revision")
        if down is None:
            graph[revision] = ()
        elif isinstance(down, str):
            graph[revision] = (down,)
        else:
            graph[revision] = tuple(down)  # a merge revision
    return graph


def _module_constants(script: Path, names: tuple[str, ...]) -> dict[str, object]:
    tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in names:
            found[target.id] = ast.literal_eval(value)
    return found


def known_revisions() -> frozenset[str]:
    return frozenset(revision_graph())


@cache
def head_revision() -> str:
    graph = revision_graph()
    built_upon = {parent for parents in graph.values() for parent in parents}
    heads = sorted(set(graph) - built_upon)
    if len(heads) != 1:
        raise RuntimeError(f"expected one head revision in {MIGRATIONS_DIR}, found {heads}")
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for a database without our schema."""
    if not sa.inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Migrate inside the caller's transaction (so a failed step leaves nothing half-done)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, target)
