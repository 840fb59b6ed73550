"""Platform fit: does the draft fit each selected network, counted that network's way?

Every number comes from `studio.domain.platforms` (with its source); these checks only compare.
A text check's span points at the words concerned (the overflow, the hook past the fold, the link,
the extra hashtags); a media check has an empty span at 0 and names the image in its message.
Each hit carries the platform it is about, so one draft for three networks can say which one.

The fold: PF-PREVIEW asks for the hook (the first sentence) before "more"; a disclosure past the
fold is TR-PLACEMENT's (Transparency panel, using the same `fold_offset`), so one problem is
reported once, in the panel that explains why it matters.

Alt text: a missing description is IA-ALT-TEXT's (the Inclusion panel, about readers); PF-ALT-TEXT
covers what the platform itself enforces (length limits) and Bluesky's alt field only when the
writer has turned IA-ALT-TEXT off, so the same missing description is never reported twice.
"""

from __future__ import annotations

from collections.abc import Iterator

from studio.domain.platforms import (
    PLATFORMS,
    PlatformId,
    PlatformSpec,
    count,
    find_hashtags,
    find_urls,
    fold_offset,
    limit_offset,
)
from studio.feedback.checks.registry import code_check
from studio.feedback.context import AnalysisContext, Hit
from studio.feedback.model import MediaFacts, Panel, Severity

_PLATFORMS_MD = "https://github.com/twitter/twitter-text/blob/master/config/v3.json"
_INSTAGRAM_HASHTAGS = "https://www.instagram.com/creators/"
_FTC_DISCLOSURES = (
    "https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers"
)
_ALL = tuple(PlatformId)
_WITH_FOLD = tuple(p for p, spec in PLATFORMS.items() if spec.fold_chars or spec.fold_lines)
_NO_LINKS = tuple(p for p, spec in PLATFORMS.items() if not spec.links_clickable)
_HASHTAG_CAPPED = tuple(p for p, spec in PLATFORMS.items() if spec.max_hashtags is not None)
_MB = 1024 * 1024


def _selected(ctx: AnalysisContext, among: tuple[PlatformId, ...]) -> Iterator[PlatformId]:
    return (platform for platform in ctx.draft.platforms if platform in among)


def _unit_text(used: int, limit: int, unit: str) -> str:
    return f"{used:,} / {limit:,} {unit}"


@code_check(
    "PF-LENGTH",
    panel=Panel.PLATFORM,
    severity=Severity.WARN,
    why="Each network counts text its own way; a post over the limit is refused or cut off.",
    source=_PLATFORMS_MD,
    platforms=_ALL,
)
def check_length(ctx: AnalysisContext) -> Iterator[Hit]:
    for platform in _selected(ctx, _ALL):
        counted = count(platform, ctx.text, ctx.draft)
        if not counted.over:
            continue
        offset = limit_offset(platform, ctx.text, ctx.draft)
        start = offset if offset is not None else len(ctx.text)
        name = PLATFORMS[platform].name
        detail = _unit_text(counted.used, counted.limit, counted.unit)
        if counted.secondary_limit is not None and counted.secondary_used is not None:
            detail += "; " + _unit_text(
                counted.secondary_used, counted.secondary_limit, counted.secondary_unit or ""
            )
        yield Hit(
            start,
            len(ctx.text),
            f"Too long for {name} ({detail}): trim the highlighted part or split it into a thread.",
            platform=platform,
            passage=True,
        )


@code_check(
    "PF-PREVIEW",
    panel=Panel.PLATFORM,
    severity=Severity.INFO,
    why='Most readers only see the start of a caption; the point belongs before "more".',
    source=_FTC_DISCLOSURES,
    platforms=_WITH_FOLD,
)
def check_preview(ctx: AnalysisContext) -> Iterator[Hit]:
    hook = next((s for s in ctx.sentences if any(c.isalnum() for c in s.text)), None)
    if hook is None:
        return
    for platform in _selected(ctx, _WITH_FOLD):
        fold = fold_offset(platform, ctx.text)
        if fold is None or hook.end <= fold:
            continue
        spec = PLATFORMS[platform]
        where = f"{spec.fold_chars} characters" if spec.fold_chars else "the first lines"
        if spec.fold_lines and spec.fold_chars:
            where = f"{spec.fold_chars} characters or {spec.fold_lines} lines"
        about = "about " if spec.fold_approximate else ""
        yield Hit(
            max(fold, hook.start),
            hook.end,
            f"On {spec.name} the caption folds after {about}{where}: your first sentence is cut "
            "off there. Put the point of the post first, in a shorter opening line.",
            platform=platform,
        )


@code_check(
    "PF-LINK",
    panel=Panel.PLATFORM,
    severity=Severity.WARN,
    why="A link that cannot be tapped only frustrates readers.",
    source="https://help.instagram.com/",
    platforms=_NO_LINKS,
)
def check_links(ctx: AnalysisContext) -> Iterator[Hit]:
    urls = find_urls(ctx.text)
    if not urls:
        return
    for platform in _selected(ctx, _NO_LINKS):
        name = PLATFORMS[platform].name
        for start, end in urls:
            yield Hit(
                start,
                end,
                f"Links in {name} captions are not clickable: point to the link in your bio "
                "instead.",
                suggestions=("link in bio",),
                platform=platform,
            )


@code_check(
    "PF-HASHTAGS",
    panel=Panel.PLATFORM,
    severity=Severity.WARN,
    why="Networks cap hashtags per post (Instagram: 5 since December 2025); extra ones fail.",
    source=_INSTAGRAM_HASHTAGS,
    platforms=_HASHTAG_CAPPED,
)
def check_hashtags(ctx: AnalysisContext) -> Iterator[Hit]:
    platforms = list(_selected(ctx, _HASHTAG_CAPPED))
    if not platforms:
        return
    hashtags = find_hashtags(ctx.text)
    for platform in platforms:
        spec = PLATFORMS[platform]
        maximum = spec.max_hashtags or 0
        if len(hashtags) <= maximum:
            continue
        yield Hit(
            hashtags[maximum][0],
            hashtags[-1][1],
            f"{spec.name} allows {maximum} hashtag{'s' if maximum != 1 else ''} per post; this "
            f"has {len(hashtags)}. Keep the {maximum} that describe the post best.",
            platform=platform,
            passage=True,
        )


# --------------------------------------------------------------------------------------------
# Media


def _image_name(index: int, total: int) -> str:
    return f"Image {index + 1}" if total > 1 else "The image"


def _images_per_platform(
    ctx: AnalysisContext,
) -> Iterator[tuple[PlatformId, PlatformSpec, str, MediaFacts]]:
    """Each image for each selected network (as cropped for it), with the name a message
    calls it by."""
    media = ctx.draft.media
    for platform in _selected(ctx, _ALL):
        spec = PLATFORMS[platform]
        for index, image in enumerate(media):
            yield platform, spec, _image_name(index, len(media)), image.for_platform(platform)


def _media_hit(platform: PlatformId, message: str, severity: Severity | None = None) -> Hit:
    """A finding on an image: it marks no passage of the text."""
    return Hit(0, 0, message, severity=severity.value if severity else None, platform=platform)


@code_check(
    "PF-MEDIA-COUNT",
    panel=Panel.PLATFORM,
    severity=Severity.WARN,
    why="Each network takes a limited number of images per post.",
    source=_PLATFORMS_MD,
    platforms=_ALL,
)
def check_media_count(ctx: AnalysisContext) -> Iterator[Hit]:
    total = len(ctx.draft.media)
    if total < 2:
        return
    for platform in _selected(ctx, _ALL):
        spec = PLATFORMS[platform]
        maximum = spec.media.max_images
        if maximum is not None and total > maximum:
            yield _media_hit(
                platform,
                f"{spec.name} takes at most {maximum} images per post; this has {total}. "
                "Pick the strongest or split them over two posts.",
            )


def _size_limit(platform: PlatformId, image: MediaFacts) -> int | None:
    media = PLATFORMS[platform].media
    if image.mime == "image/gif" and media.max_gif_bytes is not None:
        return media.max_gif_bytes
    return media.max_image_bytes


def _megabytes(size: int) -> str:
    """Limits are documented in binary (5 MB = 5 × 2²⁰) or decimal (Bluesky's 2,000,000) units."""
    if size % _MB == 0:
        return f"{size // _MB} MB"
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000} MB"
    return f"{size / _MB:.1f} MB"


@code_check(
    "PF-MEDIA-SIZE",
    panel=Panel.PLATFORM,
    severity=Severity.WARN,
    why="Files over a network's size limit are refused or recompressed badly.",
    source=_PLATFORMS_MD,
    platforms=_ALL,
)
def check_media_size(ctx: AnalysisContext) -> Iterator[Hit]:
    for platform, spec, name, image in _images_per_platform(ctx):
        limit = _size_limit(platform, image)
        if limit is not None and image.byte_size > limit:
            yield _media_hit(
                platform,
                f"{name} is {_megabytes(image.byte_size)}; {spec.name} "
                f"takes up to {_megabytes(limit)}. Export it smaller.",
            )


@code_check(
    "PF-MEDIA-FORMAT",
    panel=Panel.PLATFORM,
    severity=Severity.WARN,
    why="A file type the network does not accept cannot be posted as it is.",
    source=_PLATFORMS_MD,
    platforms=_ALL,
)
def check_media_format(ctx: AnalysisContext) -> Iterator[Hit]:
    for platform, spec, name, image in _images_per_platform(ctx):
        accepted = spec.media.formats
        if accepted and image.mime and image.mime not in accepted:
            kinds = ", ".join(sorted(m.removeprefix("image/").upper() for m in accepted))
            kind = image.mime.removeprefix("image/").upper()
            yield _media_hit(platform, f"{name} is {kind}; {spec.name} takes {kinds}.")


# Aspect ratios are compared with a little slack: 1080×1350 is 4:5 exactly, but a phone crop of
# 1079×1350 should not be flagged.
_ASPECT_SLACK = 0.01


@code_check(
    "PF-MEDIA-ASPECT",
    panel=Panel.PLATFORM,
    severity=Severity.INFO,
    why="Outside a network's aspect-ratio range an image is cropped, and the crop may cut its "
    "point.",
    source=_PLATFORMS_MD,
    platforms=_ALL,
)
def check_media_aspect(ctx: AnalysisContext) -> Iterator[Hit]:
    for platform, spec, name, image in _images_per_platform(ctx):
        low, high = spec.media.min_aspect, spec.media.max_aspect
        if (low is None and high is None) or image.width <= 0 or image.height <= 0:
            continue
        ratio = image.width / image.height
        too_tall = low is not None and ratio < low * (1 - _ASPECT_SLACK)
        too_wide = high is not None and ratio > high * (1 + _ASPECT_SLACK)
        if too_tall or too_wide:
            shape = "tall" if too_tall else "wide"
            allowed = f"{_ratio(low)} to {_ratio(high)}"
            yield _media_hit(
                platform,
                f"{name} ({image.width}×{image.height}) is too "
                f"{shape} for {spec.name} ({allowed}); it will be cropped.",
            )


def _ratio(value: float | None) -> str:
    if value is None:
        return "any"
    known = {0.8: "4:5", 1.91: "1.91:1", 10.0: "10:1", 0.1: "1:10"}
    return known.get(round(value, 2), f"{value:.2f}:1")


@code_check(
    "PF-MEDIA-RESOLUTION",
    panel=Panel.PLATFORM,
    severity=Severity.INFO,
    why="Images below a network's recommended size look soft once it scales them up.",
    source=_PLATFORMS_MD,
    platforms=_ALL,
)
def check_media_resolution(ctx: AnalysisContext) -> Iterator[Hit]:
    for platform, spec, name, image in _images_per_platform(ctx):
        if image.width <= 0 or image.height <= 0:
            continue
        minimum = spec.media.min_width
        recommended = spec.media.recommended_width
        pixels = spec.media.max_pixels
        if minimum is not None and image.width < minimum:
            yield _media_hit(
                platform,
                f"{name} is {image.width} px wide; {spec.name} needs at least {minimum} px.",
                Severity.WARN,
            )
        elif recommended is not None and image.width < recommended:
            yield _media_hit(
                platform,
                f"{name} is {image.width} px wide; {spec.name} recommends {recommended} px, "
                "so it may look soft.",
            )
        if pixels is not None and image.width * image.height > pixels:
            yield _media_hit(
                platform,
                f"{name} has {image.width * image.height:,} pixels; {spec.name} takes fewer "
                f"than {pixels:,}.",
                Severity.WARN,
            )


@code_check(
    "PF-ALT-TEXT",
    panel=Panel.PLATFORM,
    severity=Severity.WARN,
    why="A network cuts or refuses descriptions longer than its limit.",
    source=_PLATFORMS_MD,
    platforms=_ALL,
)
def check_alt_text(ctx: AnalysisContext) -> Iterator[Hit]:
    alt_reported_elsewhere = not ctx.draft.rule_settings.is_off("IA-ALT-TEXT")
    for platform, spec, name, image in _images_per_platform(ctx):
        alt = image.alt_text.strip()
        limit = spec.media.alt_text_limit
        if limit is not None and len(alt) > limit:
            yield _media_hit(
                platform,
                f"{name}'s description has {len(alt):,} characters; {spec.name} keeps "
                f"{limit:,}. Shorten it, or move details into the post.",
            )
        elif spec.media.alt_text_required and not alt and not alt_reported_elsewhere:
            yield _media_hit(
                platform,
                f"{name} has no description; {spec.name} asks for alt text on every image.",
            )


@code_check(
    "PF-LOCATION",
    panel=Panel.PLATFORM,
    severity=Severity.WARN,
    why="A photo's GPS data can reveal where you live or are right now.",
    source="https://ssd.eff.org/",
)
def check_location(ctx: AnalysisContext) -> Iterator[Hit]:
    media = ctx.draft.media
    for index, image in enumerate(media):
        if image.has_gps:
            yield Hit(
                0,
                0,
                f"{_image_name(index, len(media))} still carries its GPS location. Export "
                "removes it unless you keep it on purpose.",
            )
