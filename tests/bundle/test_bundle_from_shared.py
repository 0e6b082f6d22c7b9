"""Bundles between a headquarters catalogue on PostgreSQL and field laptops (issue 17's
"done when": a field laptop imports a bundle cut from the PostgreSQL catalogue and gets the
same stories), and a laptop's catalogue moved to headquarters, with the real ``storydesk``
command on a real PostgreSQL (docs/headquarters.md).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.headquarters import make_stories, media_files, ok, show, storydesk


@pytest.fixture
def stories(tmp_path: Path) -> dict[str, list[str]]:
    """The stories' folder is ``tmp_path / "stories"``; returns their images' hashes."""
    return make_stories(tmp_path / "stories")


CATALOGUE_OWN = {"version"}
"""Fields of ``show --json`` each catalogue keeps for itself: how often the story changed
there (an edit at headquarters is one change there, and arrives as one import here)."""


def _listed(data_dir: Path, url: str | None = None) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(ok(storydesk(data_dir, "list", "--json", url=url)))
    return sorted(found, key=lambda story: story["id"])


def _same_stories(
    first: Path, second: Path, ids: list[str], *, first_url: str | None, second_url: str | None
) -> None:
    """The two catalogues hold the same stories, compared field by field."""
    assert _listed(first, first_url) == _listed(second, second_url)
    for story_id in ids:
        one, other = show(first, story_id, first_url), show(second, story_id, second_url)
        assert one.keys() == other.keys()
        for field in one.keys() - CATALOGUE_OWN:
            assert one[field] == other[field], (story_id, field)
        # The images are the same bytes: each data folder holds them under their hash.
        for image in one["images"]:
            assert image["sha256"] in media_files(first).values()
            assert image["sha256"] in media_files(second).values()


def _headquarters_key(machine: Path, url: str, tmp_path: Path) -> Path:
    """Headquarters' publisher key, made on ``machine``; returns its public key file."""
    ok(storydesk(machine, "keys", "generate", "--publisher", "UNDP Headquarters", url=url))
    public = tmp_path / "hq.storykey"
    ok(storydesk(machine, "keys", "export", "-o", str(public), url=url))
    return public


def test_a_field_laptop_gets_the_same_stories_from_a_bundle_cut_at_headquarters(
    tmp_path: Path, postgres_url: str, stories: dict[str, list[str]]
) -> None:
    hq = tmp_path / "hq-editor"
    ok(storydesk(hq, "import", str(tmp_path / "stories"), url=postgres_url))
    # An editor's change at headquarters travels too.
    ok(
        storydesk(
            hq,
            "edit",
            "hq-osh-market",
            "--title",
            "Women traders are back at the Osh bazaar",
            "--date",
            "2024-11-15",
            "--add-partner",
            "UNDP",
            url=postgres_url,
        )
    )
    public = _headquarters_key(hq, postgres_url, tmp_path)
    bundle = tmp_path / "hq.storybundle"
    made = json.loads(
        ok(
            storydesk(
                hq,
                "bundle",
                "create",
                "--query",
                "",
                "--sign",
                "-o",
                str(bundle),
                "--json",
                url=postgres_url,
            )
        )
    )
    assert made["signed"] and made["stories"] == 3 and made["images"] == 4

    laptop = tmp_path / "field-laptop"
    ok(storydesk(laptop, "keys", "trust", str(public)))
    imported = json.loads(ok(storydesk(laptop, "import", str(bundle), "--json")))
    assert imported["bundles"][0]["bundle"]["trusted"] is True
    assert (laptop / "catalogue.sqlite3").is_file()  # a plain field laptop: no URL
    _same_stories(hq, laptop, sorted(stories), first_url=postgres_url, second_url=None)
    assert show(laptop, "hq-osh-market")["title"] == "Women traders are back at the Osh bazaar"
    assert ok(storydesk(laptop, "check")).strip() == "All good."

    # Later: an update bundle carries what changed since, and a withdrawal.
    ok(storydesk(hq, "edit", "hq-solar-naryn", "--sdgs", "6,7,13", url=postgres_url))
    ok(storydesk(hq, "delete", "hq-youth-balykchy", url=postgres_url))
    update = tmp_path / "hq-update.storybundle"
    ok(
        storydesk(
            hq,
            "bundle",
            "create",
            "--since-bundle",
            str(bundle),
            "--sign",
            "-o",
            str(update),
            url=postgres_url,
        )
    )
    report = json.loads(ok(storydesk(laptop, "import", str(update), "--json")))
    assert "hq-youth-balykchy" in json.dumps(report["withdrawn"])
    assert [s["id"] for s in _listed(laptop)] == ["hq-osh-market", "hq-solar-naryn"]
    _same_stories(
        hq, laptop, ["hq-osh-market", "hq-solar-naryn"], first_url=postgres_url, second_url=None
    )
    assert show(laptop, "hq-solar-naryn")["sdgs"] == [6, 7, 13]


def test_another_headquarters_machine_signs_only_with_a_copy_of_the_private_key(
    tmp_path: Path, postgres_url: str, stories: dict[str, list[str]]
) -> None:
    first = tmp_path / "hq-first"
    second = tmp_path / "hq-second"
    ok(storydesk(first, "import", str(tmp_path / "stories"), url=postgres_url))
    _headquarters_key(first, postgres_url, tmp_path)
    [key] = json.loads(ok(storydesk(second, "keys", "list", "--json", url=postgres_url)))[:1]
    assert key["status"] == "own"  # the catalogue's key, seen from every machine
    fingerprint = key["fingerprint"]

    refused = storydesk(
        second,
        "bundle",
        "create",
        "--query",
        "",
        "--sign",
        "-o",
        str(tmp_path / "b.storybundle"),
        url=postgres_url,
    )
    assert refused.returncode == 1
    assert refused.stderr == (
        f"error: this catalogue's publisher key (UNDP Headquarters, {fingerprint}) was made in "
        f"another data folder, which keeps its private half (keys/{fingerprint}.key); sign the "
        f"bundle there, or copy that file into {second / 'keys'} (see docs/headquarters.md)\n"
    )
    assert not (tmp_path / "b.storybundle").exists()
    # A second key for the same catalogue is refused: there is one headquarters key.
    again = storydesk(second, "keys", "generate", "--publisher", "HQ 2", url=postgres_url)
    assert again.returncode == 1 and "already has its publisher key" in again.stderr

    # With a copy of the private key (mode 0600 in a 0700 folder) the second machine signs,
    # and the same stories give the same bundle, byte for byte, on either machine.
    (second / "keys").mkdir(mode=0o700)
    copy = second / "keys" / f"{fingerprint}.key"
    shutil.copyfile(first / "keys" / f"{fingerprint}.key", copy)
    os.chmod(copy, 0o600)
    by_first, by_second = tmp_path / "first.storybundle", tmp_path / "second.storybundle"
    for machine, output in ((first, by_first), (second, by_second)):
        ok(
            storydesk(
                machine,
                "bundle",
                "create",
                "--query",
                "",
                "--sign",
                "-o",
                str(output),
                url=postgres_url,
            )
        )
    assert by_first.read_bytes() == by_second.read_bytes()


def test_a_laptop_catalogue_moves_to_headquarters_as_a_bundle(
    tmp_path: Path, postgres_url: str, stories: dict[str, list[str]]
) -> None:
    laptop = tmp_path / "field-laptop"
    ok(storydesk(laptop, "import", str(tmp_path / "stories")))
    ok(
        storydesk(
            laptop,
            "edit",
            "hq-solar-naryn",
            "--title",
            "Solar pumps in Naryn",
            "--add-tag",
            "water",
        )
    )
    ok(storydesk(laptop, "edit", "hq-youth-balykchy", "--language", "ru"))
    ok(storydesk(laptop, "link", "hq-solar-naryn", "hq-youth-balykchy"))
    moving = tmp_path / "laptop.storybundle"
    ok(storydesk(laptop, "bundle", "create", "--query", "", "-o", str(moving)))

    hq = tmp_path / "hq-editor"
    report = json.loads(ok(storydesk(hq, "import", str(moving), "--json", url=postgres_url)))
    assert report["imported"] == 3
    _same_stories(laptop, hq, sorted(stories), first_url=None, second_url=postgres_url)
    assert show(hq, "hq-solar-naryn", postgres_url)["translations"] == ["hq-youth-balykchy"]
    # The photos are in the shared catalogue: a second machine there gets them too.
    other = tmp_path / "hq-other"
    _same_stories(laptop, other, sorted(stories), first_url=None, second_url=postgres_url)
    assert ok(storydesk(other, "check", url=postgres_url)).strip() == "All good."
