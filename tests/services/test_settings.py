"""Preferences and window state: round trips, and broken files that never crash the program."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from studio.paths import resolve_paths
from studio.settings import (
    GrammarMode,
    Settings,
    SettingsStore,
    Theme,
    UiState,
    UiStateStore,
    load_settings,
)


@pytest.fixture
def settings_path() -> Path:
    return resolve_paths().ensure().settings_file


def test_missing_file_gives_defaults(settings_path: Path) -> None:
    store = SettingsStore(settings_path)
    assert store.load() == Settings()
    assert store.warnings == []
    assert not settings_path.exists()


def test_round_trip_keeps_every_preference(settings_path: Path) -> None:
    chosen = Settings(
        author_name="Ana Núñez 🌿",
        theme=Theme.DARK,
        grammar_mode=GrammarMode.SERVER,
        languagetool_server_url="https://lt.agency.example:8081",
        allow_languagetool_download=True,
        show_times_in_my_zone=True,
        locale="de-AT",
    )
    SettingsStore(settings_path).save(chosen)

    store = SettingsStore(settings_path)
    assert store.load() == chosen
    assert store.warnings == []
    on_disk = json.loads(settings_path.read_text(encoding="utf-8"))
    assert on_disk["theme"] == "dark"
    assert on_disk["author_name"] == "Ana Núñez 🌿"


def test_save_leaves_no_temporary_files(settings_path: Path) -> None:
    SettingsStore(settings_path).save(Settings(author_name="x"))
    SettingsStore(settings_path).save(Settings(author_name="y"))
    assert sorted(p.name for p in settings_path.parent.iterdir()) == ["settings.json"]


def test_corrupt_file_falls_back_to_defaults_and_is_kept_aside(
    settings_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = b'{"author_name": "Ana", "theme": '
    settings_path.write_bytes(broken)
    store = SettingsStore(settings_path)

    with caplog.at_level(logging.WARNING):
        assert store.load() == Settings()

    assert store.broken_copy is not None
    assert store.broken_copy.read_bytes() == broken
    assert store.broken_copy.name.startswith("settings.broken-")
    assert not settings_path.exists()
    assert len(store.warnings) == 1
    assert str(settings_path) in store.warnings[0]
    assert str(store.broken_copy) in store.warnings[0]
    assert str(store.broken_copy) in caplog.text


@pytest.mark.parametrize("content", [b"[1, 2, 3]", b'"just text"', b"\xff\xfe\x00garbage"])
def test_files_that_are_not_a_json_object_are_kept_aside(
    settings_path: Path, content: bytes
) -> None:
    settings_path.write_bytes(content)
    store = SettingsStore(settings_path)
    assert store.load() == Settings()
    assert store.broken_copy is not None
    assert store.broken_copy.read_bytes() == content


def test_two_broken_files_in_a_row_are_both_kept(settings_path: Path) -> None:
    kept = []
    for content in (b"{", b"}"):
        settings_path.write_bytes(content)
        store = SettingsStore(settings_path)
        store.load()
        assert store.broken_copy is not None
        kept.append(store.broken_copy)
    assert kept[0] != kept[1]
    assert [p.read_bytes() for p in kept] == [b"{", b"}"]


def test_one_bad_value_falls_back_alone(settings_path: Path) -> None:
    settings_path.write_text(
        json.dumps(
            {
                "author_name": "Ana",
                "theme": "purple",
                "allow_languagetool_download": "yes",
                "languagetool_server_url": "ftp://nope",
                "locale": "pt-BR",
            }
        ),
        encoding="utf-8",
    )
    store = SettingsStore(settings_path)
    loaded = store.load()

    assert loaded == Settings(author_name="Ana", locale="pt-BR")
    assert len(store.warnings) == 3
    assert any("theme" in w and "purple" in w for w in store.warnings)
    assert any("languagetool_server_url" in w for w in store.warnings)
    assert store.broken_copy is None  # the file is still mostly good: it stays where it is


def test_keys_from_a_newer_version_survive_a_save(settings_path: Path) -> None:
    settings_path.write_text(
        json.dumps({"format": 9, "author_name": "Ana", "future_option": [1, 2]}), encoding="utf-8"
    )
    store = SettingsStore(settings_path)
    loaded = store.load()
    assert loaded.author_name == "Ana"
    store.save(loaded.replace(theme=Theme.LIGHT))

    on_disk = json.loads(settings_path.read_text(encoding="utf-8"))
    assert on_disk["future_option"] == [1, 2]
    assert on_disk["theme"] == "light"


def test_invalid_values_are_refused_in_code() -> None:
    with pytest.raises(ValueError, match="locale"):
        Settings(locale="not a tag")
    with pytest.raises(ValueError, match="http"):
        Settings(languagetool_server_url="lt.example.org")


def test_load_settings_for_the_command_line(settings_path: Path) -> None:
    SettingsStore(settings_path).save(Settings(grammar_mode=GrammarMode.OFF))
    assert load_settings(settings_path).grammar_mode is GrammarMode.OFF


@pytest.mark.parametrize("mode", list(GrammarMode))
def test_every_grammar_mode_is_saved_by_its_name(settings_path: Path, mode: GrammarMode) -> None:
    SettingsStore(settings_path).save(Settings(grammar_mode=mode))
    assert json.loads(settings_path.read_text(encoding="utf-8"))["grammar_mode"] == mode.value
    assert load_settings(settings_path).grammar_mode is mode


def test_the_grammar_modes_are_the_ones_the_grammar_checker_understands() -> None:
    assert {mode.value for mode in GrammarMode} == {
        "auto",
        "server",
        "local",
        "offline-spelling",
        "off",
    }


def test_an_unknown_grammar_mode_falls_back_to_automatic(settings_path: Path) -> None:
    settings_path.write_text(json.dumps({"grammar_mode": "cloud"}), encoding="utf-8")
    store = SettingsStore(settings_path)
    assert store.load().grammar_mode is GrammarMode.AUTO
    assert any("grammar_mode" in warning for warning in store.warnings)


def test_ui_state_lives_in_its_own_file() -> None:
    paths = resolve_paths().ensure()
    state = UiState(
        window_geometry="AdnQywAD",
        splitter_sizes={"composer": [600, 300]},
        last_section="calendar",
        last_workspace_id=7,
    )
    UiStateStore(paths.ui_state_file).save(state)
    SettingsStore(paths.settings_file).save(Settings(author_name="Ana"))

    assert UiStateStore(paths.ui_state_file).load() == state
    assert "window_geometry" not in paths.settings_file.read_text(encoding="utf-8")
    assert "author_name" not in paths.ui_state_file.read_text(encoding="utf-8")


def test_broken_ui_state_is_simply_forgotten() -> None:
    path = resolve_paths().ensure().ui_state_file
    path.write_text('{"last_workspace_id": "seven", "splitter_sizes": {"a": [1, "x"]}}')
    store = UiStateStore(path)
    assert store.load() == UiState()
    assert len(store.warnings) == 2

    path.write_text("not json")
    store = UiStateStore(path)
    assert store.load() == UiState()
    assert store.broken_copy is None
    assert list(path.parent.iterdir()) == [path]
