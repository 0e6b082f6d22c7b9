"""The real ``storydesk`` command, run as a subprocess the way a user runs it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_storydesk


def _json(result) -> object:
    assert result.stdout.strip(), result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    from tests.conftest import SEEDS

    data = tmp_path_factory.mktemp("cli") / "data"
    result = run_storydesk("import", str(SEEDS), "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    return data, _json(result)


def test_import_seeds_json(seeded: tuple[Path, dict]) -> None:
    _, report = seeded
    assert {"imported", "updated", "unchanged", "rejected", "stories", "skipped"} <= set(report)
    assert report["imported"] == 7 and report["rejected"] == []
    assert len(report["stories"]) == 7


def _by_title(data: Path) -> dict[str, dict]:
    stories = _json(run_storydesk("list", "--json", data_dir=data))
    return {s["title"]: s for s in stories}


def test_list_gives_the_seed_facts(seeded: tuple[Path, dict]) -> None:
    data, _ = seeded
    stories = _by_title(data)
    assert len(stories) == 7
    for title in (
        'Инновационный проект Казахстана "Цифровая карта семьи"',
        "Экономика Центральной Азии: будущее кооперации с Европейским Союзом",
        "Креативные индустрии: скачок навстречу устойчивому развитию Казахстана",
    ):
        assert stories[title]["language"] == "ru"
        assert stories[title]["source_url"].startswith("https://www.undp.org/")

    s001 = stories["Creative Industries: Leap towards sustainable development in Kazakhstan"]
    assert s001["language"] == "en" and s001["date"] == "2024-02-12"
    assert {"UNDP", "Ministry of Culture and Information", "Almaty Management University"} <= set(
        s001["partners"]
    )
    assert {"Astana", "Almaty", "Semey", "Kyzylorda"} <= set(s001["places"])
    assert s001["countries"] == ["Kazakhstan"]
    assert s001["source_name"] == "Kazinform"

    s002 = stories["В Алматы могут создать Центр цифровых решений ООН"]
    assert s002["language"] == "ru" and s002["date"] is None
    assert s002["source_name"] == "DKNews.kz"
    assert {"ESCAP", "Ministry of Foreign Affairs of Kazakhstan"} <= set(s002["partners"])
    assert "Almaty" in s002["places"]

    s003 = next(s for t, s in stories.items() if t.startswith("Президентът на Казахстан"))
    assert s003["language"] == "bg" and s003["date"] == "2025-10-11"
    assert s003["author"] == "Наталья Мосунова" and s003["source_name"] == "inform.kz"

    s004 = stories["Партнёрство — реальные результаты: ПРООН и Япония в действии"]
    assert s004["language"] == "ru" and s004["date"] == "2025-07-31"
    assert {"UNDP", "JICA", "KOICA", "Government of Japan"} <= set(s004["partners"])
    assert {"Issyk-Kul Region", "Balykchy", "Cholpon-Ata", "Karakol"} <= set(s004["places"])
    assert s004["countries"] == ["Kyrgyzstan"]


def test_list_is_newest_first_and_limit(seeded: tuple[Path, dict]) -> None:
    data, _ = seeded
    stories = _json(run_storydesk("list", "--json", "--limit", "2", data_dir=data))
    assert [s["date"] for s in stories] == ["2025-10-11", "2025-07-31"]


def test_show_full_story_with_images(seeded: tuple[Path, dict]) -> None:
    data, _ = seeded
    sid = _by_title(data)["Партнёрство — реальные результаты: ПРООН и Япония в действии"]["id"]
    result = run_storydesk("show", sid, "--json", data_dir=data)
    story = _json(result)
    assert result.returncode == 0
    for key in ("summary", "body", "images", "translations", "origin"):
        assert key in story
    first = story["images"][0]
    assert first["caption"] == "Возле молодежного центра в Балыкчы во время японской миссии"
    assert first["credit"] == "ПРООН в Кыргызской Республике"
    assert first["alt"].startswith("A large group of people")
    assert story["origin"]["file"].endswith("004_5d73b1ed014e514b.txt")
    texts = " | ".join(f["text"] for f in story["figures"])
    assert "4000" in texts and "325 000" in texts and "1663" in texts
    human = run_storydesk("show", sid, data_dir=data)
    assert human.returncode == 0 and "Партнёрство" in human.stdout


def test_show_unknown_id_is_one_line(seeded: tuple[Path, dict]) -> None:
    data, _ = seeded
    result = run_storydesk("show", "no-such-story", data_dir=data)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no-such-story" in result.stderr and "Traceback" not in result.stderr


def test_partners_and_stats(seeded: tuple[Path, dict]) -> None:
    data, _ = seeded
    partners = _json(run_storydesk("partners", "--json", data_dir=data))
    undp = next(p for p in partners if p["name"] == "UNDP")
    assert set(undp) == {"name", "aliases", "kind", "stories"}
    assert undp["stories"] >= 4 and "ПРООН" in undp["aliases"]
    stats = _json(run_storydesk("stats", "--json", data_dir=data))
    assert stats["stories"] == 7 and stats["index_documents"] == 7
    assert set(stats) == {"stories", "images", "partners", "index_documents"}


def test_reimport_changes_nothing(seeded: tuple[Path, dict]) -> None:
    data, first = seeded
    from tests.conftest import SEEDS

    again = _json(run_storydesk("import", str(SEEDS), "--json", data_dir=data))
    assert again["imported"] == 0 and again["unchanged"] == 7
    assert sorted(again["stories"]) == sorted(first["stories"])


def test_missing_path_and_usage_errors(tmp_path: Path) -> None:
    data = tmp_path / "d"
    result = run_storydesk("import", str(tmp_path / "nope"), "--json", data_dir=data)
    assert result.returncode == 1
    assert json.loads(result.stdout)["rejected"][0]["reason"] == "no such file or folder"
    assert result.stderr.strip().count("\n") == 0 and "nope" in result.stderr
    usage = run_storydesk("list", "--limit", "many", data_dir=data)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    unknown = run_storydesk("frobnicate", data_dir=data)
    assert unknown.returncode == 2


def test_hostile_input_never_gives_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.md").write_text("---\n!!python/object/apply:os.system ['touch /tmp/pwn']\n---\n")
    (folder / "b.html").write_text("<script>alert(1)</script><h1>T</h1><p onclick=x>Hi</p>")
    (folder / "c.csv").write_text("nothing,useful\n1,2\n")
    (folder / "d.txt").write_bytes(b"\xff\xfe\x00\x00garbage" * 10)
    bomb = folder / "e.storybundle"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("stories/big.md", b"0" * (60 * 1024 * 1024))
    result = run_storydesk("import", str(folder), "--json", data_dir=tmp_path / "d")
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    names = " ".join(r["path"] for r in report["rejected"])
    assert "a.md" in names and "c.csv" in names and "e.storybundle" in names
    assert result.returncode == 1


def test_bundle_round_trip(seeded: tuple[Path, dict], tmp_path: Path) -> None:
    data, first = seeded
    out = tmp_path / "seeds.storybundle"
    created = _json(
        run_storydesk(
            "bundle",
            "create",
            "--ids",
            ",".join(first["stories"]),
            "-o",
            str(out),
            "--json",
            data_dir=data,
        )
    )
    assert created["stories"] == 7 and out.exists()
    verified = run_storydesk("bundle", "verify", str(out), "--json", data_dir=data)
    assert _json(verified)["ok"] is True
    again = _json(run_storydesk("import", str(out), "--json", data_dir=data))
    assert again["imported"] == 0 and again["updated"] == 0 and again["unchanged"] == 7
    fresh = _json(run_storydesk("import", str(out), "--json", data_dir=tmp_path / "fresh"))
    assert fresh["imported"] == 7 and fresh["rejected"] == []


def test_damaged_index_is_rebuilt_on_next_start(tmp_path: Path) -> None:
    from tests.conftest import SEEDS

    data = tmp_path / "data"
    run_storydesk("import", str(SEEDS), data_dir=data)
    postings = list((data / "index").glob("*.pst"))
    assert postings
    for segment_file in postings:
        segment_file.unlink()
    found = _json(run_storydesk("search", "ПРООН", "--json", data_dir=data))
    assert found["total"] >= 4
    check = run_storydesk("check", "--json", data_dir=data)
    assert check.returncode == 0 and _json(check)["ok"] is True
    reindex = _json(run_storydesk("reindex", "--json", data_dir=data))
    assert reindex["documents"] == 7 and reindex["seconds"] >= 0


def test_missing_media_file_is_a_problem_check_reports(tmp_path: Path) -> None:
    from tests.ingest.bundle_helpers import basic_files, make_bundle

    data = tmp_path / "data"
    bundle = make_bundle(tmp_path / "b.storybundle", basic_files())
    run_storydesk("import", str(bundle), data_dir=data)
    stored = [p for p in (data / "media").rglob("*") if p.is_file()]
    assert len(stored) == 1
    stored[0].unlink()
    result = run_storydesk("check", "--json", data_dir=data)
    assert result.returncode == 1
    assert any("missing" in p for p in _json(result)["problems"])


def test_titles_with_terminal_escapes_are_printed_escaped(tmp_path: Path) -> None:
    """A title that would retitle or clear the terminal (a catalogue from an older StoryDesk
    or edited by hand) is shown with its escapes visible, never obeyed."""
    import shutil
    import sqlite3

    from tests.conftest import SEEDS

    data = tmp_path / "data"
    seed = tmp_path / "seed"
    seed.mkdir()
    shutil.copy(SEEDS / "001_7d01e38258ca0667.txt", seed)
    assert run_storydesk("import", str(seed), data_dir=data).returncode == 0
    evil = "\x1b]0;pwned\x07\x1b[2JWater\u202e for Naryn\n[forged line]"
    with sqlite3.connect(data / "catalogue.sqlite3") as db:
        story_id = db.execute("SELECT id FROM stories LIMIT 1").fetchone()[0]
        db.execute("UPDATE stories SET title = ?, body = ? WHERE id = ?", (evil, evil, story_id))
    for args in (("list",), ("show", story_id)):
        result = run_storydesk(*args, data_dir=data)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "\u202e" not in result.stdout
        assert "\\x1b]0;pwned\\x07\\x1b[2JWater" in result.stdout
        assert not any(line.startswith("[forged line]") for line in result.stdout.splitlines()[:3])
    shown = _json(run_storydesk("show", story_id, "--json", data_dir=data))
    assert shown["title"] == evil  # --json keeps the real text; json escapes it itself
