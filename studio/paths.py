"""Where the studio keeps its files.

Everything resolves from one place so tests (and users with a portable setup) can move it all:
`--data-dir` on the command line wins, then the `STUDIO_HOME` environment variable, then the
platform's user data directory (platformdirs). Config and cache live beside the data when a home is
given, so one folder holds everything the program writes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "ContentStudio"
APP_AUTHOR = "ContentStudio"
DATABASE_FILE_NAME = "studio.sqlite3"


@dataclass(frozen=True)
class StudioPaths:
    data_dir: Path
    config_dir: Path
    cache_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DATABASE_FILE_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def rules_dir(self) -> Path:
        """User rule packs (Vale-style folders or single YAML files)."""
        return self.data_dir / "rules"

    @property
    def thumbnails_dir(self) -> Path:
        return self.cache_dir / "thumbnails"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def ui_state_file(self) -> Path:
        return self.config_dir / "ui-state.json"

    def ensure(self) -> StudioPaths:
        for directory in (self.data_dir, self.config_dir, self.cache_dir):
            directory.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> StudioPaths:
    """Resolve the folders; nothing is created until `ensure()` is called."""
    home = data_dir if data_dir is not None else os.environ.get("STUDIO_HOME") or None
    if home is not None:
        root = Path(home).expanduser().resolve()
        return StudioPaths(data_dir=root, config_dir=root / "config", cache_dir=root / "cache")
    import platformdirs  # only here: a sixtieth of a second at start-up, not needed with a home

    return StudioPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
    )


def resolve_database_url(paths: StudioPaths, db: str | None = None) -> str:
    """`--db` wins, then `STUDIO_DB`, then the SQLite file in the data dir.

    A value containing "://" is taken as an SQLAlchemy URL (e.g. postgresql+psycopg://…);
    anything else is a path to an SQLite file.
    """
    chosen = db if db is not None else os.environ.get("STUDIO_DB") or None
    if chosen is None:
        return f"sqlite:///{paths.database_file}"
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"
