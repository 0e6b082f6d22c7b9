"""``storydesk edit``, ``history`` and ``conflicts``, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS, run_storydesk

EN = "Creative Industries: Leap towards sustainable development in Kazakhstan"


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    assert run_storydesk("import", str(SEEDS), data_dir=data).returncode == 0
    stories = json.loads(run_storydesk("list", "--json", data_dir=data).stdout)
    return data, next(s["id"] for s in stories if s["title"] == EN)


def test_edit_prints_the_story_as_show_does(seeded: tuple[Path, str]) -> None:
    data, en = seeded
    result = run_storydesk(
        "edit", en, "--title", "Creative industries in Kazakhstan", "--date", "none",
        "--add-partner", "ПРООН", "--add-country", "Кыргызстан", "--sdgs", "8,11",
        "--add-tag", "culture", "--json", data_dir=data,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    edited = json.loads(result.stdout)
    shown = json.loads(run_storydesk("show", en, "--json", data_dir=data).stdout)
    assert edited == shown
    assert edited["title"] == "Creative industries in Kazakhstan"
    assert edited["date"] is None
    assert "UNDP" in edited["partners"] and "Kyrgyzstan" in edited["countries"]
    assert edited["sdgs"] == [8, 11] and edited["tags"] == ["culture"]
    # Removing takes any alias too; search finds the new title.
    result = run_storydesk("edit", en, "--remove-country", "Қырғызстан", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Changed countries of story {en}.")
    found = run_storydesk("search", "Creative", "industries", "--json", data_dir=data)
    assert en in [hit["id"] for hit in json.loads(found.stdout)["hits"]]


def test_history_lists_each_change(seeded: tuple[Path, str]) -> None:
    data, en = seeded
    run_storydesk("edit", en, "--title", "First", data_dir=data)
    run_storydesk("edit", en, "--title", "Second", "--language", "ru", data_dir=data)
    entries = json.loads(run_storydesk("history", en, "--json", data_dir=data).stdout)
    assert [(e["field"], e["old"], e["new"]) for e in entries] == [
        ("language", "en", "ru"),
        ("title", "First", "Second"),
        ("title", EN, "First"),
    ]
    assert entries[0]["revision"] == entries[1]["revision"] != entries[2]["revision"]
    assert entries[0]["edited_at"].endswith("Z") and entries[0]["action"] == "edit"
    text = run_storydesk("history", en, data_dir=data).stdout
    assert 'title: "First" → "Second"' in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--title", "Changed?", "--date", "12.02.2024"], "date: '12.02.2024' is not a date"),
        (["--title", "Changed?", "--sdgs", "6,18"], "sdgs: '18' is not a goal"),
        (["--title", "Changed?", "--remove-partner", "UNICEF"], "no partner 'UNICEF' to remove"),
        ([], "give at least one change"),
    ],
)
def test_bad_edit_is_one_line_and_changes_nothing(
    seeded: tuple[Path, str], args: list[str], words: str
) -> None:
    data, en = seeded
    before = run_storydesk("show", en, "--json", data_dir=data).stdout
    result = run_storydesk("edit", en, *args, data_dir=data)
    assert result.returncode != 0
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert run_storydesk("show", en, "--json", data_dir=data).stdout == before


def test_unknown_story(seeded: tuple[Path, str]) -> None:
    data, _ = seeded
    result = run_storydesk("edit", "nope", "--title", "x", data_dir=data)
    assert result.returncode == 1 and "no story has the id 'nope'" in result.stderr


def test_reimporting_the_seeds_after_an_edit_reports_the_conflict_and_keeps_it(
    seeded: tuple[Path, str],
) -> None:
    data, en = seeded
    run_storydesk("edit", en, "--title", "Edited here", "--sdgs", "8", data_dir=data)
    result = run_storydesk("import", str(SEEDS), "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    conflicts = sorted(
        ((c["id"], c["field"], c["local"], c["incoming"]) for c in report["conflicts"]),
        key=lambda c: c[1],
    )
    assert conflicts == [(en, "sdgs", "8", ""), (en, "title", "Edited here", EN)]
    assert json.loads(run_storydesk("show", en, "--json", data_dir=data).stdout)["title"] == (
        "Edited here"
    )
    # The text report says it on one line each.
    text = run_storydesk("import", str(SEEDS), data_dir=data)
    assert f"conflict: story {en}: title kept as edited here (Edited here)" in text.stderr
    assert "2 conflicts" in text.stdout

    pending = json.loads(run_storydesk("conflicts", "--json", data_dir=data).stdout)
    assert {c["field"] for c in pending} == {"title", "sdgs"}
    result = run_storydesk("conflicts", "take-theirs", en, "title", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Story {en}: title takes the file's value."
    result = run_storydesk("conflicts", "keep-mine", en, "sdgs", data_dir=data)
    assert result.stdout.strip() == f"Story {en}: sdgs kept as edited."
    again = json.loads(run_storydesk("import", str(SEEDS), "--json", data_dir=data).stdout)
    assert again["conflicts"] == []
    story = json.loads(run_storydesk("show", en, "--json", data_dir=data).stdout)
    assert (story["title"], story["sdgs"]) == (EN, [8])
    result = run_storydesk("conflicts", "keep-mine", en, "sdgs", data_dir=data)
    assert result.returncode == 1 and "no conflict" in result.stderr
