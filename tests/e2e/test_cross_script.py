"""Cross-script search through the real ``storydesk`` command: Uzbek, Kazakh and Kyrgyz
stories in one alphabet, found by words typed in the other."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.conftest import run_storydesk

STORIES = {
    "yoshlar-cyr.md": (
        "uz",
        "Ёшлар маркази очилди",
        "Тошкентда ёшлар учун тадбиркорлик курслари бошланди.",
    ),
    "yoshlar-lat.md": (
        "uz",
        "Qishloqda yangi kutubxona",
        "Samarqand viloyatidagi qishloqda yoshlar uchun kutubxona ochildi.",
    ),
    "water-kk.md": ("kk", "Ауылға ауыз су келді", "Ауылдағы үйлерге таза ауыз су берілді."),
    "youth-ky.md": ("ky", "Нарында жаштар борбору", "Нарында жаштар борбору ачылды."),
    "bridge-ru.md": ("ru", "Переправа через реку", "В селе у реки построили новый мост."),
}
EXPECTED_KEYS = {"total", "hits", "facets", "suggestion", "pending", "ignored_terms"}


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def _titles(data: Path, *query: str) -> list[str]:
    found = _json(run_storydesk("search", "--json", *query, data_dir=data))
    assert set(found) >= EXPECTED_KEYS, found.keys()
    return [hit["title"] for hit in found["hits"]]


def test_search_crosses_scripts(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    for name, (language, title, body) in STORIES.items():
        text = f"---\ntitle: {title}\nlanguage: {language}\n---\n\n{body}\n"
        (folder / name).write_text(text, encoding="utf-8")
    data = tmp_path / "data"
    imported = _json(run_storydesk("import", "--json", str(folder), data_dir=data))
    assert imported["imported"] == len(STORIES), imported

    # Latin query, Cyrillic story (and the Latin one, which ranks first).
    assert _titles(data, "yoshlar") == ["Qishloqda yangi kutubxona", "Ёшлар маркази очилди"]
    # Cyrillic query, Latin story.
    assert "Qishloqda yangi kutubxona" in _titles(data, "ёшлар")
    assert _titles(data, "tadbirkorlik") == ["Ёшлар маркази очилди"]
    assert _titles(data, "auyz", "su") == ["Ауылға ауыз су келді"]
    assert _titles(data, "jashtar") == ["Нарында жаштар борбору"]
    # A Russian word is not reached through its English look-alike.
    assert _titles(data, "most") == []
    assert _titles(data, "мост") == ["Переправа через реку"]
    # The text the command prints agrees with the count.
    one = run_storydesk("search", "tadbirkorlik", data_dir=data)
    assert one.returncode == 0 and one.stdout.startswith("1 story matches.\n"), one.stdout
    two = run_storydesk("search", "yoshlar", data_dir=data)
    assert two.stdout.startswith("2 stories match.\n"), two.stdout
