"""Platform-fit checks: each fires on a realistic draft and stays quiet on a close, fine one."""

from __future__ import annotations

from studio.domain.platforms import PlatformId
from studio.feedback.engine import analyse
from studio.feedback.model import Draft, Finding, MediaFacts, Panel, RuleSettings

FAMILY = "👨\u200d👩\u200d👧\u200d👦"
MB = 1024 * 1024


def pf(draft: Draft, rule_id: str) -> list[Finding]:
    return [f for f in analyse(draft).findings if f.rule_id == rule_id]


def photo(**facts: object) -> MediaFacts:
    defaults: dict[str, object] = {
        "alt_text": "A cinnamon bun on a blue plate",
        "byte_size": 900_000,
        "width": 1080,
        "height": 1350,
        "mime": "image/jpeg",
    }
    defaults.update(facts)
    return MediaFacts(**defaults)  # type: ignore[arg-type]


# PF-LENGTH -------------------------------------------------------------------------------------

ANNOUNCEMENT = (
    "Our community garden opens on Saturday! Bring gloves, a water bottle and a friend. "
    "We'll have seedlings to share, tea from 10 and a short tour for first-timers at 11. "
    "Kids welcome, dogs on leads please. "
)


def test_length_flags_the_overflow_on_x_only() -> None:
    text = ANNOUNCEMENT + "中文 " * 20
    findings = pf(Draft(text, platforms=(PlatformId.X, PlatformId.INSTAGRAM)), "PF-LENGTH")
    assert [f.platform for f in findings] == [PlatformId.X]
    finding = findings[0]
    assert finding.end == len(text) and 0 < finding.start < len(text)
    assert "weighted" in finding.message and "X" in finding.message
    assert finding.panel is Panel.PLATFORM


def test_length_is_quiet_when_the_post_fits_counted_the_platforms_way() -> None:
    # 230 code points, but the link counts 23 and each family emoji 2 on X.
    text = ANNOUNCEMENT[:150] + f" {FAMILY * 10} https://example.com/" + "x" * 40
    assert len(text) > 280
    assert pf(Draft(text, platforms=(PlatformId.X,)), "PF-LENGTH") == []


def test_length_on_bluesky_counts_bytes_too() -> None:
    text = FAMILY * 200  # 200 graphemes, 5,000 bytes
    findings = pf(Draft(text, platforms=(PlatformId.BLUESKY,)), "PF-LENGTH")
    assert len(findings) == 1 and "bytes" in findings[0].message
    assert findings[0].start == 120 * len(FAMILY)
    assert pf(Draft(FAMILY * 100, platforms=(PlatformId.BLUESKY,)), "PF-LENGTH") == []


def test_length_respects_a_mastodon_servers_own_limit() -> None:
    text = ANNOUNCEMENT * 4  # about 800 graphemes
    assert pf(Draft(text, platforms=(PlatformId.MASTODON,)), "PF-LENGTH")
    roomy = Draft(text, platforms=(PlatformId.MASTODON,), mastodon_limit=1_000)
    assert pf(roomy, "PF-LENGTH") == []


# PF-PREVIEW ------------------------------------------------------------------------------------


def test_preview_flags_a_hook_that_runs_past_the_fold() -> None:
    text = (
        "So this weekend I finally got round to something I have been meaning to do for ages, "
        "which is to sort out the shed, and honestly the whole family pitched in and we found "
        "things we had forgotten about. Photos below."
    )
    findings = pf(Draft(text, platforms=(PlatformId.INSTAGRAM,)), "PF-PREVIEW")
    assert len(findings) == 1
    assert findings[0].start == 125 and "Instagram" in findings[0].message


def test_preview_is_quiet_when_the_hook_comes_first() -> None:
    text = (
        "We cleared the shed this weekend! 🧹\n"
        + "The whole family pitched in and we found things we had forgotten about. " * 3
    )
    assert pf(Draft(text, platforms=(PlatformId.INSTAGRAM,)), "PF-PREVIEW") == []
    assert pf(Draft(text * 3, platforms=(PlatformId.X,)), "PF-PREVIEW") == []  # X has no fold


def test_preview_counts_graphemes_not_code_points() -> None:
    hook = "Family day " + FAMILY * 100 + " at the lake."  # 124 graphemes, 700+ code points
    text = hook + " More below."
    assert pf(Draft(text, platforms=(PlatformId.INSTAGRAM,)), "PF-PREVIEW") == []


# PF-LINK ---------------------------------------------------------------------------------------


def test_link_flags_a_raw_url_in_an_instagram_caption() -> None:
    text = "New recipe is up! Full method: https://bakery.example.com/recipes/rye-buns 🍞"
    findings = pf(Draft(text, platforms=(PlatformId.INSTAGRAM,)), "PF-LINK")
    assert [text[f.start : f.end] for f in findings] == [
        "https://bakery.example.com/recipes/rye-buns"
    ]
    assert findings[0].suggestions == ("link in bio",)


def test_link_is_quiet_where_links_work_or_when_there_is_none() -> None:
    text = "New recipe is up! Full method: https://bakery.example.com/recipes/rye-buns"
    assert pf(Draft(text, platforms=(PlatformId.X, PlatformId.LINKEDIN)), "PF-LINK") == []
    bio = "New recipe is up! Full method via the link in our bio. Made with rye 3.5 stars"
    assert pf(Draft(bio, platforms=(PlatformId.INSTAGRAM,)), "PF-LINK") == []


# PF-HASHTAGS -----------------------------------------------------------------------------------


def test_hashtags_over_instagrams_five_are_flagged_from_the_sixth() -> None:
    text = "Sunday bake 🍞 #baking #rye #sourdough #berlin #bakery #breadmaking #homemade"
    findings = pf(Draft(text, platforms=(PlatformId.INSTAGRAM,)), "PF-HASHTAGS")
    assert len(findings) == 1
    assert text[findings[0].start : findings[0].end] == "#breadmaking #homemade"
    assert "5 hashtags" in findings[0].message


def test_five_hashtags_and_anchors_in_links_are_fine() -> None:
    text = "Sunday bake #baking #rye #sourdough #berlin #bakery https://ex.com/a#b #1 fan"
    assert pf(Draft(text, platforms=(PlatformId.INSTAGRAM,)), "PF-HASHTAGS") == []


# Media -----------------------------------------------------------------------------------------


def test_too_many_images_for_x_but_fine_for_instagram() -> None:
    draft = Draft("Our week", platforms=(PlatformId.X, PlatformId.INSTAGRAM), media=(photo(),) * 5)
    assert [f.platform for f in pf(draft, "PF-MEDIA-COUNT")] == [PlatformId.X]
    four = Draft("Our week", platforms=(PlatformId.X,), media=(photo(),) * 4)
    assert pf(four, "PF-MEDIA-COUNT") == []


def test_file_size_limits_per_platform() -> None:
    big = Draft(
        "Look", platforms=(PlatformId.BLUESKY, PlatformId.X), media=(photo(byte_size=3 * MB),)
    )
    findings = pf(big, "PF-MEDIA-SIZE")
    assert [f.platform for f in findings] == [PlatformId.BLUESKY]
    assert "2 MB" in findings[0].message
    fine = Draft("Look", platforms=(PlatformId.BLUESKY,), media=(photo(byte_size=1_900_000),))
    assert pf(fine, "PF-MEDIA-SIZE") == []


def test_format_not_accepted() -> None:
    draft = Draft("Look", platforms=(PlatformId.INSTAGRAM,), media=(photo(mime="image/png"),))
    assert len(pf(draft, "PF-MEDIA-FORMAT")) == 1
    mastodon = Draft("Look", platforms=(PlatformId.MASTODON,), media=(photo(mime="image/png"),))
    assert pf(mastodon, "PF-MEDIA-FORMAT") == []


def test_aspect_ratio_outside_instagrams_range() -> None:
    tall = Draft("Look", platforms=(PlatformId.INSTAGRAM,), media=(photo(width=1080, height=1920),))
    findings = pf(tall, "PF-MEDIA-ASPECT")
    assert len(findings) == 1 and "tall" in findings[0].message
    portrait = Draft(
        "Look", platforms=(PlatformId.INSTAGRAM,), media=(photo(width=1079, height=1350),)
    )
    assert pf(portrait, "PF-MEDIA-ASPECT") == []


def test_shape_and_resolution_follow_the_crop_chosen_for_each_network() -> None:
    # A wide 3000×1500 photo, cropped to 4:5 for Instagram only.
    wide = photo(width=3000, height=1500, crops=(("instagram", 1200, 1500),))
    draft = Draft("Look", platforms=(PlatformId.INSTAGRAM, PlatformId.LINKEDIN), media=(wide,))
    assert pf(draft, "PF-MEDIA-ASPECT") == []  # LinkedIn takes 2:1; Instagram gets the 4:5 crop
    uncropped = Draft(
        "Look", platforms=(PlatformId.INSTAGRAM,), media=(photo(width=3000, height=1500),)
    )
    assert len(pf(uncropped, "PF-MEDIA-ASPECT")) == 1


def test_resolution_below_recommended() -> None:
    small = Draft("Look", platforms=(PlatformId.INSTAGRAM,), media=(photo(width=640, height=800),))
    assert len(pf(small, "PF-MEDIA-RESOLUTION")) == 1
    assert (
        pf(
            Draft("Look", platforms=(PlatformId.INSTAGRAM,), media=(photo(),)),
            "PF-MEDIA-RESOLUTION",
        )
        == []
    )


def test_alt_text_too_long_for_the_platform() -> None:
    long_alt = Draft("Look", platforms=(PlatformId.X,), media=(photo(alt_text="word " * 250),))
    assert len(pf(long_alt, "PF-ALT-TEXT")) == 1
    mastodon = Draft(
        "Look", platforms=(PlatformId.MASTODON,), media=(photo(alt_text="word " * 250),)
    )
    assert pf(mastodon, "PF-ALT-TEXT") == []


def test_bluesky_alt_field_is_reported_here_only_when_ia_alt_text_is_off() -> None:
    no_alt = (photo(alt_text=""),)
    draft = Draft("Look", platforms=(PlatformId.BLUESKY,), media=no_alt)
    assert pf(draft, "PF-ALT-TEXT") == []  # IA-ALT-TEXT reports the missing description
    off = RuleSettings(disabled_for_workspace=frozenset({"IA-ALT-TEXT"}))
    draft_off = Draft("Look", platforms=(PlatformId.BLUESKY,), media=no_alt, rule_settings=off)
    assert len(pf(draft_off, "PF-ALT-TEXT")) == 1


def test_location_data_in_a_photo() -> None:
    assert len(pf(Draft("Home!", media=(photo(has_gps=True),)), "PF-LOCATION")) == 1
    assert pf(Draft("Home!", media=(photo(),)), "PF-LOCATION") == []


def test_media_checks_need_a_selected_platform() -> None:
    draft = Draft("Look", media=(photo(byte_size=50 * MB, mime="image/tiff"),) * 40)
    ids = {f.rule_id for f in analyse(draft).findings}
    assert not ids & {"PF-MEDIA-COUNT", "PF-MEDIA-SIZE", "PF-MEDIA-FORMAT"}
