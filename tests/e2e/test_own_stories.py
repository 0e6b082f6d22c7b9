"""Stories written for StoryDesk's tests in kk, ky, uz, tg and an HTML page, imported as a
user would, in the encodings offices send (UTF-16 Kyrgyz text, a cp1251 HTML page)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_storydesk

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "stories"


def test_own_stories_in_five_languages(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_storydesk("import", str(STORIES), "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imported"] == 5
    stories = json.loads(run_storydesk("list", "--json", data_dir=data).stdout)
    by_language = {s["language"]: s for s in stories}
    assert set(by_language) == {"kk", "ky", "uz", "tg", "ru"}

    kk = by_language["kk"]
    assert kk["title"] == "Шымкентте жастарға арналған жаңа орталық ашылды"
    assert kk["date"] == "2025-03-14" and kk["author"] == "Әйгерім Сейітова"
    assert {"UNDP", "Government of Japan"} <= set(kk["partners"])
    assert "Shymkent" in kk["places"] and kk["countries"] == ["Kazakhstan"]

    ky = by_language["ky"]  # a UTF-16 plain-text file
    assert ky["title"] == "Нарында жаштар борбору ачылды"
    assert ky["date"] == "2024-09-05" and ky["author"] == "Айгүл Токтогулова"
    assert {"UNDP", "JICA"} <= set(ky["partners"])
    assert {"Naryn", "Karakol"} <= set(ky["places"]) and ky["countries"] == ["Kyrgyzstan"]

    uz = by_language["uz"]
    assert "UNDP" in uz["partners"] and "World Bank" in uz["partners"]
    assert "Samarkand" in uz["places"] and uz["countries"] == ["Uzbekistan"]

    tg = by_language["tg"]
    assert tg["date"] is None  # no date in the text: none invented
    assert "UNDP" in tg["partners"] and "Khujand" in tg["places"]
    assert tg["countries"] == ["Tajikistan"]

    html = by_language["ru"]  # a cp1251 HTML page with a script, an iframe and bad links
    assert html["title"] == "В Оше открыли центр раннего оповещения"
    assert html["date"] == "2025-05-18" and html["author"] == "Бакыт Осмонов"
    assert html["source_name"] == "Kabar"
    assert "Osh" in html["places"] and html["countries"] == ["Kyrgyzstan"]
    full = json.loads(run_storydesk("show", html["id"], "--json", data_dir=data).stdout)
    for hostile in ("<script", "javascript:", "<iframe", "onerror", "tracker.example", "Главная"):
        assert hostile not in full["body"]
    assert full["images"][0]["original_url"] == "https://example.org/osh.jpg"
    assert full["images"][0]["credit"] == "ПРООН"
    assert any("3000" in f["text"] for f in full["figures"])


def test_search_finds_own_stories_across_scripts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_storydesk("import", str(STORIES), data_dir=data)

    def ids(query: str) -> set[str]:
        out = run_storydesk("search", query, "--json", data_dir=data)
        assert out.returncode == 0, out.stderr
        return {h["title"] for h in json.loads(out.stdout)["hits"]}

    assert "Шымкентте жастарға арналған жаңа орталық ашылды" in ids("Shymkent")
    assert "Нарында жаштар борбору ачылды" in ids("Нарын")
    assert "Нарында жаштар борбору ачылды" in ids("lang:ky")
    assert len(ids("partner:ПРООН")) == 5
