"""Storage fixtures: real SQLite files in a temp dir, and a throwaway PostgreSQL cluster."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from studio.storage.database import Database, open_database


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "studio.sqlite3"


@pytest.fixture
def db(db_file: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{db_file}", backups_dir=db_file.parent / "backups")
    yield database
    database.close()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    """SQLite's companions of a database file that exist right now."""
    return [
        f"{path.name}{suffix}"
        for suffix in ("-wal", "-shm", "-journal")
        if Path(f"{path}{suffix}").exists()
    ]


# ---- PostgreSQL ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PostgresCluster:
    host: str
    port: int
    admin_url: str

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@{self.host}:{self.port}/{database}"


def _server_binaries() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return candidates[0].parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; the Debian package creates the `postgres` user for it.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    binaries = _server_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries not installed (/usr/lib/postgresql/*/bin)")
    # Not pytest's tmp dir: that one is private to root and the server user must reach it.
    root = Path(tempfile.mkdtemp(prefix="studio-pg-"))
    root.chmod(0o755)
    data, sockets = root / "data", root / "sockets"
    data.mkdir()
    sockets.mkdir()
    if os.geteuid() == 0:
        for folder in (data, sockets):
            shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    log = root / "server.log"
    log.touch()
    if os.geteuid() == 0:
        shutil.chown(log, "postgres", "postgres")
    run = {"check": True, "capture_output": True, "text": True}
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(binaries / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-sync",
                ]
            ),
            **run,
        )
        options = (
            f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        subprocess.run(
            _as_server_user(
                [
                    *(str(binaries / "pg_ctl"), "-D", str(data), "-o", options),
                    *("-l", str(log), "-w", "start"),
                ]
            ),
            **run,
        )
    except subprocess.CalledProcessError as error:
        shutil.rmtree(root, ignore_errors=True)
        server_log = log.read_text() if log.exists() else ""
        raise RuntimeError(
            f"could not start PostgreSQL: {error.stderr}\n{error.stdout}\n{server_log}"
        ) from error
    cluster = PostgresCluster(
        host="127.0.0.1",
        port=port,
        admin_url=f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres",
    )
    try:
        yield cluster
    finally:
        subprocess.run(
            _as_server_user(
                [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
            ),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> Iterator[str]:
    """A fresh, empty database on the throwaway cluster for each test."""
    name = f"studio_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(postgres_cluster.admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        yield postgres_cluster.url_for(name)
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
