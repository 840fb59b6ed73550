"""Thumbnails must keep the media library grid smooth (issue 6: a 24-megapixel JPEG in ≤ 250 ms,
a cached one in ≤ 10 ms).

Run with `uv run pytest tests/benchmarks/test_media_speed.py --benchmark-enable`. With the usual
`--benchmark-disable` each test runs its code once, as a plain test.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PIL import Image
from pytest_benchmark.fixture import BenchmarkFixture

from studio.media.thumbnails import ThumbnailCache
from tests.media.images import photo_like

THUMBNAIL_SIZE = 256
COLD_TARGET_SECONDS = 0.250
CACHED_TARGET_SECONDS = 0.010


@pytest.fixture(scope="session")
def camera_jpeg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """6000×4000 with noise and gradients at quality 92: about 8.6 MB, like a camera's file."""
    path = tmp_path_factory.mktemp("media-speed") / "DSC_0001.jpg"
    photo_like(6000, 4000).save(path, "JPEG", quality=92)
    return path


def report(
    benchmark: BenchmarkFixture, request: pytest.FixtureRequest, label: str, target: float
) -> None:
    if benchmark.disabled or benchmark.stats is None:  # ran once as a plain test: no figures
        return
    stats = benchmark.stats.stats
    line = (
        f"\n{label}: median {stats.median * 1000:.2f} ms, min {stats.min * 1000:.2f} ms, "
        f"max {stats.max * 1000:.2f} ms over {stats.rounds} rounds "
        f"(target ≤ {target * 1000:.0f} ms)"
    )
    with request.config.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print(line)
    assert stats.median <= target, line


def test_thumbnail_of_a_24_megapixel_jpeg(
    benchmark: BenchmarkFixture, camera_jpeg: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    fresh_folders = (tmp_path / f"cache-{n}" for n in itertools.count())

    def new_cache() -> tuple[tuple[ThumbnailCache], dict[str, object]]:
        # A new cache each round: nothing on disk, no remembered file hash. The cost measured
        # is the whole first-time path: hash the file, decode, scale, encode, write.
        return (ThumbnailCache(next(fresh_folders)),), {}

    def make_thumbnail(cache: ThumbnailCache) -> Path:
        return cache.thumbnail(camera_jpeg, THUMBNAIL_SIZE)

    thumb = benchmark.pedantic(make_thumbnail, setup=new_cache, rounds=10, warmup_rounds=1)

    with Image.open(thumb) as image:
        assert image.size == (256, 171)
    report(benchmark, request, "24 MP JPEG thumbnail, cold", COLD_TARGET_SECONDS)


def test_cached_thumbnail_lookup(
    benchmark: BenchmarkFixture, camera_jpeg: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    made = cache.thumbnail(camera_jpeg, THUMBNAIL_SIZE)

    found = benchmark(cache.thumbnail, camera_jpeg, THUMBNAIL_SIZE)

    assert found == made
    report(benchmark, request, "24 MP JPEG thumbnail, cached", CACHED_TARGET_SECONDS)


def test_cached_thumbnail_lookup_by_hash(
    benchmark: BenchmarkFixture, camera_jpeg: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # How the library grid asks: by the hash the database keeps.
    cache = ThumbnailCache(tmp_path / "cache")
    made = cache.thumbnail(camera_jpeg, THUMBNAIL_SIZE)
    sha256 = made.name.split("-", 1)[0]

    found = benchmark(cache.thumbnail, sha256, THUMBNAIL_SIZE)

    assert found == made
    report(benchmark, request, "thumbnail by hash, cached", CACHED_TARGET_SECONDS)
