"""`storydesk partners merge` as a user runs it, and `storydesk partners` left as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_storydesk


@pytest.fixture
def data(seeded_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    return folder


def _partners(data: Path) -> dict[str, dict[str, object]]:
    result = run_storydesk("partners", "--json", "--all", data_dir=data)
    assert result.returncode == 0, result.stderr
    return {entry["name"]: entry for entry in json.loads(result.stdout)}


def test_merge_prints_and_relinks(data: Path, seeds_dir: Path) -> None:
    before = _partners(data)
    moved = before["Kazinform"]["stories"]
    assert isinstance(moved, int) and moved > 0
    result = run_storydesk("partners", "merge", "Казинформ", "DKNews.kz", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Merged 'Kazinform' into 'DKNews.kz': {moved} stories relinked.\n"
    one = run_storydesk("partners", "merge", "Akorda", "DKNews.kz", data_dir=data)
    assert one.stdout == "Merged 'Akorda' into 'DKNews.kz': 1 story relinked.\n", one.stdout
    after = _partners(data)
    assert "Kazinform" not in after
    assert "Kazinform" in after["DKNews.kz"]["aliases"]  # type: ignore[operator]
    found = run_storydesk("search", "partner:Казинформ", "--json", data_dir=data)
    ids = {hit["id"] for hit in json.loads(found.stdout)["hits"]}
    assert len(ids) == after["DKNews.kz"]["stories"]
    again = run_storydesk("import", str(seeds_dir), data_dir=data)
    assert again.returncode == 0, again.stderr
    assert "Kazinform" not in _partners(data)


def test_merge_json(data: Path) -> None:
    result = run_storydesk("partners", "merge", "Kazinform", "ДКНьюс", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["merged"] == "Kazinform" and document["into"] == "DKNews.kz"
    assert document["stories"] == sorted(document["stories"]) and document["stories"]


@pytest.mark.parametrize(
    ("source", "target", "reason"),
    [("Nobody Inc", "UNDP", "no partner is named 'Nobody Inc'"), ("UNDP", "ПРООН", "same")],
)
def test_merge_refusal_is_one_line(data: Path, source: str, target: str, reason: str) -> None:
    before = run_storydesk("partners", "--json", data_dir=data).stdout
    result = run_storydesk("partners", "merge", source, target, data_dir=data)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and reason in result.stderr
    assert "Traceback" not in result.stderr
    assert run_storydesk("partners", "--json", data_dir=data).stdout == before
