"""The media library repository on a real SQLite file: dedupe, filters, usage, alt text with
optimistic locking, tags, attachments in order, crops per platform."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studio.storage.database import Database
from studio.storage.errors import ConflictError
from studio.storage.media_library import (
    MediaInUseError,
    MediaLibrary,
    MediaQuery,
    NewMedia,
    normalise_tags,
)
from studio.storage.repositories import PostRepository, WorkspaceRepository


def _new(number: int, *, gps: bool = False, name: str | None = None) -> NewMedia:
    return NewMedia(
        sha256=f"{number:064x}",
        original_name=name or f"photo-{number}.jpg",
        mime="image/jpeg",
        width=1200,
        height=800,
        byte_size=1000 + number,
        has_gps=gps,
    )


@pytest.fixture
def library(db: Database) -> MediaLibrary:
    return MediaLibrary(db)


@pytest.fixture
def workspace_id(db: Database) -> int:
    return WorkspaceRepository(db).create("Kornblume Bakery", timezone="Europe/Berlin").id


def _post(db: Database, workspace_id: int, title: str = "Spring") -> int:
    return PostRepository(db).create(workspace_id, title=title, body="Hello").id


def test_the_same_image_added_twice_is_one_row(library: MediaLibrary, workspace_id: int) -> None:
    first, created = library.add(workspace_id, _new(1), tags=["Spring", "#team", "spring"])
    again, created_again = library.add(workspace_id, _new(1, name="copy.jpg"))
    assert created and not created_again
    assert again.id == first.id and again.original_name == "photo-1.jpg"
    assert first.tags == ("spring", "team")
    assert [item.id for item in library.list(workspace_id)] == [first.id]


def test_another_workspace_keeps_its_own_row(
    library: MediaLibrary, db: Database, workspace_id: int
) -> None:
    other = WorkspaceRepository(db).create("Gym", timezone="America/New_York").id
    mine, _ = library.add(workspace_id, _new(1))
    theirs, created = library.add(other, _new(1))
    assert created and theirs.id != mine.id
    assert library.find(other, _new(1).sha256) == theirs


def test_filters_unused_missing_alt_text_location_tag_and_name(
    library: MediaLibrary, db: Database, workspace_id: int
) -> None:
    plain, _ = library.add(workspace_id, _new(1), tags=["bread"])
    located, _ = library.add(workspace_id, _new(2, gps=True, name="Harbour.JPG"))
    described, _ = library.add(workspace_id, _new(3))
    described = library.update_alt_text(described, "A rye loaf on a board")
    post = _post(db, workspace_id)
    library.attach(post, plain.id)

    def ids(query: MediaQuery) -> set[int]:
        return {item.id for item in library.list(workspace_id, query)}

    assert ids(MediaQuery()) == {plain.id, located.id, described.id}
    assert ids(MediaQuery(unused=True)) == {located.id, described.id}
    assert ids(MediaQuery(missing_alt_text=True)) == {plain.id, located.id}
    assert ids(MediaQuery(has_location=True)) == {located.id}
    assert ids(MediaQuery(tag="#Bread")) == {plain.id}
    assert ids(MediaQuery(name_contains="harb")) == {located.id}
    assert ids(MediaQuery(name_contains="%")) == set()
    assert ids(MediaQuery(unused=True, missing_alt_text=True)) == {located.id}
    assert library.tags(workspace_id) == ["bread"]


def test_used_in_counts_posts(library: MediaLibrary, db: Database, workspace_id: int) -> None:
    item, _ = library.add(workspace_id, _new(1))
    first, second = _post(db, workspace_id, "One"), _post(db, workspace_id, "Two")
    library.attach(first, item.id)
    library.attach(second, item.id)
    assert library.used_in(item.id) == 2
    assert library.get(item.id).used_in == 2
    assert library.list(workspace_id)[0].used_in == 2
    with pytest.raises(MediaInUseError, match="used in 2 post"):
        library.remove(library.get(item.id))


def test_alt_text_update_is_refused_when_someone_saved_in_between(
    library: MediaLibrary, workspace_id: int
) -> None:
    item, _ = library.add(workspace_id, _new(1))
    saved = library.update_alt_text(item, "Two croissants")
    assert saved.alt_text == "Two croissants" and saved.version == item.version + 1
    with pytest.raises(ConflictError) as refused:
        library.update_alt_text(item, "Stale text")
    assert refused.value.theirs.alt_text == "Two croissants"
    assert library.get(item.id).alt_text == "Two croissants"


def test_tags_are_normalised_and_versioned(library: MediaLibrary, workspace_id: int) -> None:
    assert normalise_tags(["  Sour  Dough ", "", "#sour dough", "Team"]) == ("sour dough", "team")
    item, _ = library.add(workspace_id, _new(1))
    tagged = library.set_tags(item, ["Team", "launch"])
    assert tagged.tags == ("team", "launch")
    with pytest.raises(ConflictError):
        library.set_tags(item, ["old"])


def test_attach_in_order_insert_reorder_and_detach(
    library: MediaLibrary, db: Database, workspace_id: int
) -> None:
    post = _post(db, workspace_id)
    a, b, c = (library.add(workspace_id, _new(n))[0] for n in (1, 2, 3))
    library.attach(post, a.id)
    library.attach(post, b.id)
    inserted = library.attach(post, c.id, position=0)
    assert inserted.position == 0
    attached = library.attachments(post)
    assert [x.media.id for x in attached] == [c.id, a.id, b.id]
    assert [x.position for x in attached] == [0, 1, 2]

    reordered = library.reorder(post, [attached[2].id, attached[0].id, attached[1].id])
    assert [x.media.id for x in reordered] == [b.id, c.id, a.id]
    with pytest.raises(ValueError, match="exactly once"):
        library.reorder(post, [attached[0].id])

    remaining = library.detach(reordered[1])
    assert [x.media.id for x in remaining] == [b.id, a.id]
    assert [x.position for x in remaining] == [0, 1]
    assert library.get(c.id).used_in == 0  # still in the library


def test_an_image_of_another_workspace_cannot_be_attached(
    library: MediaLibrary, db: Database, workspace_id: int
) -> None:
    other = WorkspaceRepository(db).create("Gym", timezone="UTC").id
    item, _ = library.add(other, _new(1))
    with pytest.raises(ValueError, match="own workspace"):
        library.attach(_post(db, workspace_id), item.id)


def test_crop_boxes_are_stored_per_platform(
    library: MediaLibrary, db: Database, workspace_id: int
) -> None:
    post = _post(db, workspace_id)
    item, _ = library.add(workspace_id, _new(1))
    link = library.attach(post, item.id)
    assert link.crop_for("instagram") is None
    link = library.set_crop(link, "instagram", (0.1, 0.0, 0.6, 1.0))
    link = library.set_crop(link, "x", (0.0, 0.2, 1.0, 0.5625))
    stored = library.attachments(post)[0]
    assert stored.crop_boxes == {"instagram": (0.1, 0.0, 0.6, 1.0), "x": (0.0, 0.2, 1.0, 0.5625)}
    link = library.set_crop(link, "x", None)
    assert set(library.attachments(post)[0].crop_boxes) == {"instagram"}
    with pytest.raises(ValueError, match="inside the image"):
        library.set_crop(link, "x", (0.5, 0.5, 0.7, 0.2))
    with pytest.raises(ConflictError):
        library.set_crop(replace(link, version=link.version - 1), "x", (0, 0, 1, 1))


def test_a_deleted_post_frees_its_images(
    library: MediaLibrary, db: Database, workspace_id: int
) -> None:
    posts = PostRepository(db)
    post = posts.get(_post(db, workspace_id))
    item, _ = library.add(workspace_id, _new(1))
    library.attach(post.id, item.id)
    posts.delete(post)
    assert library.get(item.id).used_in == 0
    library.remove(library.get(item.id))
    assert library.list(workspace_id) == []
