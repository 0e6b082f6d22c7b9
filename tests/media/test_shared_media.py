"""Images on a shared catalogue, end to end on a real PostgreSQL (docs/headquarters.md).

Machine A (one data folder) imports stories with photos into the shared catalogue; machine B
(another data folder, the same database) shows them, makes a briefing pack and a bundle with
the photos, and its media folder then holds them, fetched from the catalogue's
``media_blobs`` and checked against their hashes. A row whose bytes do not match its hash is
never cached, and ``storydesk check`` says which image is missing and why. Every command is
the real ``storydesk`` as a subprocess.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from storydesk.library import Library
from tests.headquarters import make_stories, media_files, ok, show, storydesk


@pytest.fixture
def stories(tmp_path: Path) -> dict[str, list[str]]:
    """The stories' folder is ``tmp_path / "stories"``; returns their images' hashes."""
    return make_stories(tmp_path / "stories")


def _sql(url: str, statement: str, **values: object) -> int:
    """Run one statement on the shared catalogue's database as its administrator would."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            return connection.execute(text(statement), values).rowcount
    finally:
        engine.dispose()


def _count(url: str, statement: str, **values: object) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(statement), values).scalar_one())
    finally:
        engine.dispose()


def _import_on_a(tmp_path: Path, url: str) -> Path:
    machine_a = tmp_path / "machine-a"
    ok(storydesk(machine_a, "import", str(tmp_path / "stories"), url=url))
    return machine_a


def test_machine_b_shows_packs_and_bundles_the_photos_machine_a_imported(
    tmp_path: Path, postgres_url: str, stories: dict[str, list[str]]
) -> None:
    machine_a = _import_on_a(tmp_path, postgres_url)
    machine_b = tmp_path / "machine-b"
    every_image = {sha for hashes in stories.values() for sha in hashes}

    # B opens the same catalogue: the stories are there, its media folder is still empty.
    listed = json.loads(ok(storydesk(machine_b, "list", "--json", url=postgres_url)))
    assert sorted(s["id"] for s in listed) == sorted(stories)
    assert media_files(machine_b) == {}

    for story_id, hashes in stories.items():
        on_b = show(machine_b, story_id, postgres_url)
        assert on_b == show(machine_a, story_id, postgres_url)
        assert [image["sha256"] for image in on_b["images"]] == hashes
    # Showing them fetched each image once, into B's cache, under its own hash.
    fetched = media_files(machine_b)
    assert {name.split(".")[0] for name in fetched} == every_image
    assert all(name.startswith(sha) for name, sha in fetched.items())
    assert fetched == {
        name: sha for name, sha in media_files(machine_a).items() if sha in every_image
    }

    # A fresh machine C fetches what a briefing pack and a bundle need, without `show`.
    machine_c = tmp_path / "machine-c"
    pack = tmp_path / "brief.pdf"
    ok(
        storydesk(
            machine_c,
            "export",
            "--format",
            "pdf",
            "--ids",
            ",".join(stories),
            "-o",
            str(pack),
            url=postgres_url,
        )
    )
    assert pack.read_bytes().startswith(b"%PDF") and b"/Image" in pack.read_bytes()
    assert {sha for sha in media_files(machine_c).values()} == every_image

    bundle = tmp_path / "from-b.storybundle"
    ok(storydesk(machine_b, "bundle", "create", "--query", "", "-o", str(bundle), url=postgres_url))
    with zipfile.ZipFile(bundle) as archive:
        photos = {
            Path(name).stem: hashlib.sha256(archive.read(name)).hexdigest()
            for name in archive.namelist()
            if name.startswith("images/")
        }
    assert set(photos) == every_image
    assert all(stem == sha for stem, sha in photos.items())

    # Thumbnails on B: the list's and the reading pane's, made from the fetched images.
    with Library.open(machine_b, database_url=postgres_url) as library:
        rows = library.story_rows(list(stories))
        page = library.story_page("hq-solar-naryn")
    assert all(row.thumbnail is not None and row.thumbnail.is_file() for row in rows.values())
    assert [image.display is not None and image.display.is_file() for image in page.images] == [
        True,
        True,
    ]


def test_a_row_whose_bytes_do_not_match_its_hash_is_never_cached(
    tmp_path: Path, postgres_url: str, stories: dict[str, list[str]]
) -> None:
    machine_a = _import_on_a(tmp_path, postgres_url)
    centre = stories["hq-youth-balykchy"][0]  # the PNG
    assert _sql(
        postgres_url,
        "UPDATE media_blobs SET data = :junk WHERE sha256 = :sha",
        junk=b"not the photo",
        sha=centre,
    )

    machine_b = tmp_path / "machine-b"
    # The story still shows, with its image named; the damaged bytes are not cached.
    story = show(machine_b, "hq-youth-balykchy", postgres_url)
    assert [image["sha256"] for image in story["images"]] == stories["hq-youth-balykchy"]
    assert centre not in media_files(machine_b).values()
    with Library.open(machine_b, database_url=postgres_url) as library:
        row = library.story_rows(["hq-youth-balykchy"])["hq-youth-balykchy"]
        page = library.story_page("hq-youth-balykchy")
    assert row.thumbnail is None  # its first image is the damaged one
    assert [image.display is not None for image in page.images] == [False, True]
    assert not list((machine_b / "media").rglob(f"{centre}*"))

    # check on B names the image and why it is missing; on A, that A can put it right.
    on_b = storydesk(machine_b, "check", url=postgres_url)
    assert on_b.returncode == 1
    assert (
        f"problem: media: image {centre}.png is missing: it is not in this machine's media "
        f"folder ({machine_b / 'media'}) and the shared catalogue's copy is damaged (its bytes "
        "do not match its hash)"
    ) in on_b.stderr
    on_a = storydesk(machine_a, "check", url=postgres_url)
    assert on_a.returncode == 1
    assert f"the shared catalogue's copy of image {centre}.png is damaged" in on_a.stderr
    assert "'storydesk check --repair' here replaces it" in on_a.stderr

    repaired = ok(storydesk(machine_a, "check", "--repair", url=postgres_url))
    assert f"repaired: catalogue: image {centre}.png uploaded to the shared catalogue" in repaired
    assert ok(storydesk(machine_b, "check", url=postgres_url)).strip() == "All good."
    show(machine_b, "hq-youth-balykchy", postgres_url)
    assert centre in media_files(machine_b).values()


def test_check_uploads_what_the_catalogue_lacks_and_removes_bytes_no_story_uses(
    tmp_path: Path, postgres_url: str, stories: dict[str, list[str]]
) -> None:
    machine_a = _import_on_a(tmp_path, postgres_url)
    machine_b = tmp_path / "machine-b"
    market = stories["hq-osh-market"][0]
    # As if imported before the catalogue was shared: A has the image, the catalogue not.
    assert _sql(postgres_url, "DELETE FROM media_blobs WHERE sha256 = :sha", sha=market) == 1

    on_b = storydesk(machine_b, "check", url=postgres_url)
    assert on_b.returncode == 1
    assert (
        f"problem: media: image {market}.jpg is missing: it is neither in this machine's media "
        f"folder ({machine_b / 'media'}) nor in the shared catalogue; run 'storydesk check "
        "--repair' on the machine that imported its story"
    ) in on_b.stderr
    # B's check downloaded nothing: images the catalogue holds are fetched when needed.
    assert media_files(machine_b) == {}

    on_a = storydesk(machine_a, "check", url=postgres_url)
    assert on_a.returncode == 1
    assert (
        f"problem: catalogue: image {market}.jpg is not in the shared catalogue, so other "
        "machines cannot show it; 'storydesk check --repair' here uploads it"
    ) in on_a.stderr
    out = ok(storydesk(machine_a, "check", "--repair", url=postgres_url))
    assert f"repaired: catalogue: image {market}.jpg uploaded to the shared catalogue" in out
    assert ok(storydesk(machine_b, "check", url=postgres_url)).strip() == "All good."

    # A story deleted: its image's bytes stay a day (an import elsewhere may be storing
    # them), and A's cached copy is no problem: the media folder is a cache.
    ok(storydesk(machine_a, "delete", "hq-osh-market", url=postgres_url))
    assert ok(storydesk(machine_a, "check", url=postgres_url)).strip() == "All good."
    assert ok(storydesk(machine_a, "check", "--repair", url=postgres_url)).splitlines() == [
        "repaired: media: removed 1 images no story uses from this machine's copies of the "
        "shared catalogue's images",
        "All good.",
    ]
    assert market not in media_files(machine_a).values()
    assert _sql(postgres_url, "UPDATE media_blobs SET added_at = added_at - interval '2 days'")

    later = storydesk(machine_b, "check", url=postgres_url)
    assert later.returncode == 1
    size = len((tmp_path / "stories" / "images" / "market.jpg").read_bytes())
    assert later.stderr == (
        f"problem: catalogue: the shared catalogue holds 1 images ({size:,} bytes) no story "
        "uses; 'storydesk check --repair' removes them\n"
    )
    out = ok(storydesk(machine_b, "check", "--repair", url=postgres_url))
    assert "repaired: catalogue: removed the bytes of 1 images no story uses" in out
    assert not _count(
        postgres_url, "SELECT count(*) FROM media_blobs WHERE sha256 = :sha", sha=market
    )
    kept = {
        sha for story_id in ("hq-solar-naryn", "hq-youth-balykchy") for sha in stories[story_id]
    }
    assert _count(postgres_url, "SELECT count(*) FROM media_blobs") == len(kept)


def test_the_tables_media_names_are_the_catalogues() -> None:
    """media/shared.py names its two tables itself (media/ imports nothing from catalogue/):
    they must stay the models' tables."""
    from storydesk.catalogue import models
    from storydesk.media import shared

    for light, model in ((shared._blobs, models.MediaBlob), (shared._images, models.Image)):
        full = model.__table__
        assert light.name == full.name
        for name, col in light.c.items():
            assert type(col.type) is type(full.c[name].type), name
    assert set(shared._blobs.c.keys()) == set(models.MediaBlob.__table__.c.keys())


def test_check_repair_replaces_a_damaged_cached_image_with_the_catalogues_copy(
    tmp_path: Path, postgres_url: str, stories: dict[str, list[str]]
) -> None:
    _import_on_a(tmp_path, postgres_url)
    machine_b = tmp_path / "machine-b"
    show(machine_b, "hq-osh-market", postgres_url)
    [market] = stories["hq-osh-market"]
    [cached] = (machine_b / "media").rglob(f"{market}.jpg")
    cached.write_bytes(b"damaged on this disk")

    found = storydesk(machine_b, "check", url=postgres_url)
    assert found.returncode == 1
    assert f"{market}.jpg: content does not match its name (damaged)" in found.stderr
    out = ok(storydesk(machine_b, "check", "--repair", url=postgres_url))
    assert (
        f"repaired: media: image {market}.jpg: this machine's copy was damaged; a sound copy "
        "was fetched from the shared catalogue"
    ) in out
    assert hashlib.sha256(cached.read_bytes()).hexdigest() == market
    assert ok(storydesk(machine_b, "check", url=postgres_url)).strip() == "All good."
