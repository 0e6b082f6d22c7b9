"""``storydesk import`` run as a user runs it: every file accounted for, reports that cannot
be forged, hostile files bounded in time and memory (RLIMIT_AS on the child process).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_storydesk

MEMORY_LIMIT = 700 * 1024 * 1024


def _json(result: subprocess.CompletedProcess[str]) -> dict:
    assert result.stdout.strip(), result.stderr
    return json.loads(result.stdout)


def test_a_folder_of_files_that_are_not_stories_is_listed_and_exits_0(
    tmp_path: Path,
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("a.doc", "b.xls", "c.tsv", "d.xyz"):
        (inbox / name).write_bytes(b"data")
    (inbox / "empty.txt").write_text("")
    (inbox / "empty.md").write_text("")
    data = tmp_path / "data"
    result = run_storydesk("import", str(inbox), "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    report = _json(result)
    assert {"imported", "updated", "unchanged", "rejected", "stories"} <= set(report)
    assert {"skipped", "conflicts", "warnings"} <= set(report)
    assert sorted(Path(e["path"]).name for e in report["skipped"]) == [
        "a.doc",
        "b.xls",
        "c.tsv",
        "d.xyz",
        "empty.md",
        "empty.txt",
    ]
    assert all(e["reason"] for e in report["skipped"])
    text = run_storydesk("import", str(inbox), data_dir=data)
    assert text.returncode == 0
    assert "0 rejected, 6 skipped." in text.stdout
    assert text.stderr.count("skipped: ") == 6


def test_rejected_files_exit_1_and_skipped_ones_do_not_change_that(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n")
    (inbox / "notes.xyz").write_text("x")
    result = run_storydesk("import", str(inbox), "--json", data_dir=tmp_path / "data")
    assert result.returncode == 1
    report = _json(result)
    assert [Path(e["path"]).name for e in report["rejected"]] == ["broken.md"]
    assert [Path(e["path"]).name for e in report["skipped"]] == ["notes.xyz"]


def test_a_file_name_with_newlines_cannot_forge_report_lines(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    forged = "evil\nrejected: passwd: forged\x1b[2J.md"
    (inbox / forged).write_text("---\ntitle: [unclosed\n---\n")
    (inbox / "ok.md").write_text("---\ntitle: Fine\n---\nText about Naryn.\n")
    result = run_storydesk("import", str(inbox), data_dir=tmp_path / "data")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert (
        lines[0].startswith("rejected: ")
        and "evil\\nrejected: passwd: forged\\x1b[2J.md" in lines[0]
    )
    assert "\x1b" not in result.stderr + result.stdout
    report = _json(run_storydesk("import", str(inbox), "--json", data_dir=tmp_path / "data"))
    assert report["rejected"][0]["path"].endswith(forged)  # JSON keeps the real name


def test_karakalmyk_then_desa_updates_nothing(corpora_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = _json(run_storydesk("import", str(corpora_dir / "karakalmyk"), "--json", data_dir=data))
    second = _json(
        run_storydesk(
            "import", str(corpora_dir / "desa-eapd-modelling-project"), "--json", data_dir=data
        )
    )
    assert second["updated"] == 0 and second["conflicts"] == []
    assert not set(first["stories"]) & set(second["stories"])
    listed = _json(run_storydesk("list", "--json", data_dir=data))
    assert [s["title"] for s in listed].count("About the Project") == 2
    missing = [e for e in second["rejected"] if "image" in e["reason"]]
    assert missing and all(e["reason"].startswith("story '") for e in missing)
    # clews.md is a layout page with no text of its own: since issue 15 it is skipped, not
    # imported, in a folder walk (its front matter warnings come with the file named on its
    # own: tests/ingest/test_accounting.py).
    clews = [e for e in second["skipped"] if e["path"].endswith("clews.md")]
    assert clews and clews[0]["reason"].startswith("a layout page with no text of its own")
    countries = {c for s in listed for c in s["countries"]}
    assert not {"True", "center", "CLEWS and the UN"} & countries


def _lol() -> str:
    lines = ['a0: &a0 "lol"']
    for level in range(1, 9):
        lines.append(f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 9)}]")
    return "\n".join(lines)


@pytest.mark.parametrize("field", ["title", "tags", "partners"])
def test_an_alias_bomb_is_rejected_and_the_rest_imports(tmp_path: Path, field: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "bomb.md").write_text(f"---\n{_lol()}\n{field}: *a8\n---\nBody.\n")
    (inbox / "ok.md").write_text("---\ntitle: Fine\n---\nText about Naryn.\n")
    result = run_storydesk(
        "import", str(inbox), "--json", data_dir=tmp_path / "data", timeout=300, memory=MEMORY_LIMIT
    )
    assert result.returncode == 1, result.stderr[-2000:]
    report = _json(result)
    assert report["imported"] == 1
    assert [Path(e["path"]).name for e in report["rejected"]] == ["bomb.md"]
    assert "memory bomb" in report["rejected"][0]["reason"]


def test_a_million_character_title_is_cut(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text("---\ntitle: " + "Naryn " * 200_000 + "\n---\nText.\n")
    data = tmp_path / "data"
    report = _json(
        run_storydesk(
            "import", str(path), "--json", data_dir=data, timeout=300, memory=MEMORY_LIMIT
        )
    )
    assert report["imported"] == 1
    assert any("title of" in w["reason"] for w in report["warnings"])
    story = _json(run_storydesk("show", report["stories"][0], "--json", data_dir=data))
    assert len(story["title"]) <= 500 and story["title"].endswith("…")


@pytest.mark.slow
def test_a_20_mb_text_file_imports_in_bounded_memory(tmp_path: Path) -> None:
    paragraph = (
        "ПРООН и JICA открыли в Нарыне центр для 4000 молодых людей, "
        "школа получила воду и солнечные панели. "
    ) * 4
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Большой отчёт о проектах\n\n")
        while handle.tell() < 19_500_000:
            handle.write(paragraph + "\n\n")
    result = run_storydesk(
        "import", str(path), "--json", data_dir=tmp_path / "data", timeout=900, memory=MEMORY_LIMIT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert _json(result)["imported"] == 1


def test_an_alias_bomb_in_partners_yaml_rejects_that_file_only(tmp_path: Path) -> None:
    import zipfile

    bundle = tmp_path / "partners-bomb.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("stories/a.md", "---\ntitle: Fine\n---\nText about Naryn.\n")
        archive.writestr("partners.yaml", f"{_lol()}\npartners:\n  - name: *a8\n")
    result = run_storydesk(
        "import",
        str(bundle),
        "--json",
        data_dir=tmp_path / "data",
        timeout=300,
        memory=MEMORY_LIMIT,
    )
    assert result.returncode == 1, result.stderr[-2000:]
    report = _json(result)
    assert report["imported"] == 1
    assert [e["path"] for e in report["rejected"]] == [f"{bundle}!partners.yaml"]
    assert "memory bomb" in report["rejected"][0]["reason"]
