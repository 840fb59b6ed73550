"""Social networks the studio writes for. Limits, counting, folds and media rules are added here
as data with their sources (PLATFORMS.md)."""

from __future__ import annotations

from enum import StrEnum


class PlatformId(StrEnum):
    X = "x"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    FACEBOOK = "facebook"
    THREADS = "threads"
    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    TIKTOK = "tiktok"
