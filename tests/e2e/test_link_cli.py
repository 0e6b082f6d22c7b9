"""``storydesk link`` and ``unlink``, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS, run_storydesk

RU = "Креативные индустрии: скачок навстречу устойчивому развитию Казахстана"
EN = "Creative Industries: Leap towards sustainable development in Kazakhstan"


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, dict[str, dict]]:
    data = tmp_path / "data"
    result = run_storydesk("import", str(SEEDS), data_dir=data)
    assert result.returncode == 0, result.stderr
    stories = json.loads(run_storydesk("list", "--json", data_dir=data).stdout)
    return data, {s["title"]: s for s in stories}


def _translations(data: Path, story_id: str) -> list[str]:
    result = run_storydesk("show", story_id, "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["translations"]


def test_link_names_the_group_and_show_lists_the_other(seeded: tuple[Path, dict]) -> None:
    data, stories = seeded
    ru, en = stories[RU]["id"], stories[EN]["id"]
    result = run_storydesk("link", ru, en, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Linked as translations: {ru} (ru) {RU}, {en} (en) {EN}"
    assert _translations(data, ru) == [en]
    assert _translations(data, en) == [ru]
    # Importing the seeds again keeps the link made by hand.
    assert run_storydesk("import", str(SEEDS), data_dir=data).returncode == 0
    assert _translations(data, ru) == [en]


def test_link_and_unlink_json(seeded: tuple[Path, dict]) -> None:
    data, stories = seeded
    ru, en = stories[RU]["id"], stories[EN]["id"]
    bg = next(s["id"] for s in stories.values() if s["language"] == "bg")
    result = run_storydesk("link", ru, en, "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "linked": sorted(
            [
                {"id": ru, "language": "ru", "translations": [en]},
                {"id": en, "language": "en", "translations": [ru]},
            ],
            key=lambda s: s["id"],
        )
    }
    # Linking one of them with a third story joins the group.
    result = run_storydesk("link", en, bg, "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    linked = {s["id"]: set(s["translations"]) for s in json.loads(result.stdout)["linked"]}
    assert linked == {ru: {en, bg}, en: {ru, bg}, bg: {ru, en}}

    result = run_storydesk("unlink", bg, "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["unlinked"] == [{"id": bg, "language": "bg", "translations": []}]
    assert {s["id"]: s["translations"] for s in document["others"]} == {ru: [en], en: [ru]}

    result = run_storydesk("unlink", ru, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"Unlinked from translations: {ru} (ru) {RU} (was linked to {en} (en) {EN})"
    )
    assert _translations(data, en) == []
    # The unlinking is kept through a re-import too.
    assert run_storydesk("import", str(SEEDS), data_dir=data).returncode == 0
    assert _translations(data, en) == [] and _translations(data, ru) == []


def test_unknown_ids_and_same_language_stories_are_one_clear_line(
    seeded: tuple[Path, dict],
) -> None:
    data, stories = seeded
    ru = stories[RU]["id"]
    other_ru = next(s["id"] for t, s in stories.items() if s["language"] == "ru" and t != RU)
    result = run_storydesk("link", ru, other_ru, data_dir=data)
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "same language (ru)" in lines[0] and other_ru in lines[0]

    for args in (("link", ru, "no-such-story"), ("unlink", ru, "no-such-story")):
        result = run_storydesk(*args, data_dir=data)
        assert result.returncode == 1
        assert result.stderr.strip() == "error: no story has the id 'no-such-story'"
        assert "Traceback" not in result.stderr

    result = run_storydesk("link", ru, data_dir=data)
    assert result.returncode == 1
    assert "two or more stories" in result.stderr
    assert _translations(data, ru) == [stories[EN]["id"]], "the pair found at import stays"
