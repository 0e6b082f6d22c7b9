"""Every file and row is accounted for: a story, or a line in skipped or rejected.

Real imports into real data folders (SQLite catalogue, Whoosh index); nothing mocked.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from storydesk.ingest.csvfile import read_csv
from storydesk.ingest.draft import ReadNote
from storydesk.library import Library
from tests.backends import catalogue_sql
from tests.backends import on_both_backends as on_both_backends


def _import(data_dir: Path, *paths: Path):  # -> ImportReport
    with Library.open(data_dir) as library:
        # The index is not what these tests are about: it catches up on the next open.
        return library.import_paths(list(paths), index=False)


def _stories(data_dir: Path) -> list[tuple[str, str]]:
    return sorted(catalogue_sql(data_dir, "select id, title from stories"))


def test_a_folder_of_other_formats_lists_every_file(tmp_path: Path, data_dir: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "report.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (inbox / "budget.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (inbox / "table.tsv").write_text("a\tb\n1\t2\n")
    (inbox / "empty.txt").write_text("")
    (inbox / "blank.md").write_text("   \n\n")
    (inbox / "sub" / "data.xyz").write_text("?")
    (inbox / "only-front-matter.md").write_text("---\ntags: [x]\n---\n")
    report = _import(data_dir, inbox)
    assert report.imported == 0 and report.rejected == []
    skipped = {Path(e["path"]).name: e["reason"] for e in report.skipped}
    assert set(skipped) == {
        "report.doc",
        "budget.xls",
        "table.tsv",
        "empty.txt",
        "blank.md",
        "data.xyz",
        "only-front-matter.md",
    }
    assert "old Word document (.doc)" in skipped["report.doc"]
    assert "save it as .docx, .odt or text" in skipped["report.doc"]
    assert "old Excel workbook (.xls)" in skipped["budget.xls"]
    assert "save it as .csv" in skipped["table.tsv"]
    assert "'.xyz' is not a story format" in skipped["data.xyz"]
    assert skipped["empty.txt"] == "the file is empty"
    assert skipped["only-front-matter.md"] == "holds no story text"


def test_damaged_documents_in_a_folder_are_rejected_by_name(tmp_path: Path, data_dir: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "report.docx").write_bytes(b"PK\x03\x04 not really a document")
    (inbox / "release.pdf").write_bytes(b"%PDF-1.4 and nothing more")
    (inbox / "list.xlsx").write_bytes(b"")
    report = _import(data_dir, inbox)
    assert report.imported == 0
    rejected = {Path(e["path"]).name: e["reason"] for e in report.rejected}
    assert set(rejected) == {"report.docx", "release.pdf"}
    assert all(reason for reason in rejected.values())
    assert [(Path(e["path"]).name, e["reason"]) for e in report.skipped] == [
        ("list.xlsx", "the file is empty")
    ]


def test_a_file_named_by_the_user_in_a_format_it_cannot_read_is_rejected(
    tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    report = _import(data_dir, path)
    assert [e["path"] for e in report.rejected] == [str(path)]
    assert report.skipped == []


def test_furniture_and_images_are_summarised_per_folder(corpora_dir: Path, data_dir: Path) -> None:
    report = _import(data_dir, corpora_dir / "karakalmyk")
    reasons = {Path(e["path"]).name: e["reason"] for e in report.skipped}
    assert "site furniture folder" in reasons["_data"]
    assert reasons["borubash"].startswith("14 image file(s) (.jpg)")
    assert any("hidden" in r for r in reasons.values())


def test_a_named_pipe_in_a_folder_is_skipped_not_waited_on(tmp_path: Path, data_dir: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    os.mkfifo(inbox / "pipe.md")
    (inbox / "story.md").write_text("---\ntitle: Real\n---\nText about Naryn.\n")
    report = _import(data_dir, inbox)
    assert report.imported == 1
    assert [(Path(e["path"]).name, e["reason"]) for e in report.skipped] == [
        ("pipe.md", "is a named pipe (FIFO), not a regular file; not read")
    ]


def test_kyrgyz_csv_rows_without_text_are_listed(corpora_dir: Path, data_dir: Path) -> None:
    folder = corpora_dir / "kyrgyz-24kg" / "data"
    report = _import(data_dir, folder)
    empty_rows = [e for e in report.skipped if "#row" in e["path"]]
    assert len(empty_rows) == 23
    assert all("has neither a title nor text" in e["reason"] for e in empty_rows)
    assert report.imported + len(empty_rows) == 1500
    assert report.rejected == []


def _sheet(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "title", "text", "date"])
    writer.writerows(rows)
    return out.getvalue()


def test_csv_rows_repeating_an_id_are_reported() -> None:
    rows = [["7", f"Title {i}", f"Text number {i} about Osh.", "2024-01-02"] for i in range(5)]
    rows.append(list(rows[0]))
    notes: list[ReadNote] = []
    drafts = read_csv(_sheet(rows), "news.csv", notes=notes)
    assert [d.title for d in drafts] == ["Title 0"]
    assert [(n.kind, n.reason) for n in notes] == [
        ("rejected", f"row {i} repeats id 7 of row 2; row 2 is kept") for i in range(3, 7)
    ] + [("skipped", "row 7 repeats row 2 exactly")]


def test_an_unclosed_quote_loses_no_rows() -> None:
    good = [
        [str(i), f"Story {i}", f"Text {i}, about wells, in Naryn.", "2024-01-02"] for i in range(6)
    ]
    text = (
        _sheet(good[:2]) + '99,"Broken title,Text,2024-01-02\n' + _sheet(good[2:]).split("\n", 1)[1]
    )
    notes: list[ReadNote] = []
    drafts = read_csv(text, "news.csv", notes=notes)
    assert [d.title for d in drafts] == [f"Story {i}" for i in range(6)]
    assert [(n.kind, n.path) for n in notes] == [("rejected", "news.csv#row4")]
    assert "opens a quote" in notes[0].reason


def test_multi_line_text_in_quotes_is_not_taken_for_swallowed_rows() -> None:
    body = "First paragraph, with commas, here.\nSecond, and third, lines of text."
    text = _sheet([["1", "One", body, "2024-01-02"], ["2", "Two", "Short.", "2024-01-03"]])
    notes: list[ReadNote] = []
    drafts = read_csv(text, "news.csv", notes=notes)
    assert [d.title for d in drafts] == ["One", "Two"] and notes == []


def _hostile_csv(path: Path, *, nuls: bool) -> int:
    """10,002 rows: good ones, repeats of one id, empty rows, unclosed quotes, NULs."""
    lines = ["id,title,text,date"]
    good = 0
    for i in range(10_002):
        kind = i % 6
        if kind in (0, 1):
            lines.append(f"{i},Story {i},Wells dug in village {i} of Naryn.,2024-01-02")
            good += 1
        elif kind == 2:
            lines.append(f"5,Same id {i},Other text {i}.,2024-01-02")
        elif kind == 3:
            lines.append(",,,")
        elif kind == 4:
            lines.append(f'{i},"Unclosed {i},Text,2024-01-02')
        else:
            lines.append(f"{i},Damaged {i},Te\x00xt {i}.,2024-01-02" if nuls else ",,,")
    path.write_bytes(("\n".join(lines) + "\n").encode())
    return good


@pytest.mark.parametrize("nuls", [True, False])
def test_a_hostile_spreadsheet_is_accounted_row_by_row(
    tmp_path: Path, data_dir: Path, nuls: bool
) -> None:
    path = tmp_path / "sheet.csv"
    good = _hostile_csv(path, nuls=nuls)
    report = _import(data_dir, path)
    titles = {title for _, title in _stories(data_dir)}
    assert good == 3334
    assert sum(1 for t in titles if t.startswith("Story ")) == good
    assert "Same id 2" in titles  # the first row with id 5 is kept
    rows = report.skipped + report.rejected
    accounted = report.imported + len([e for e in rows if "#row" in e["path"]])
    assert accounted == 10_002, (report.imported, len(rows))
    repeats = [e for e in report.rejected if "repeats id 5" in e["reason"]]
    assert len(repeats) == 1667 - 1
    unclosed = [e for e in report.rejected if "opens a quote" in e["reason"]]
    assert len(unclosed) == 1667
    damaged = [e for e in report.rejected if "NUL" in e["reason"]]
    assert len(damaged) == (1667 if nuls else 0)


def test_csv_of_utf16_text_is_still_read(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes(
        _sheet([["1", "Жаңы мектеп", "Ошто мектеп ачылды.", "2024-01-02"]]).encode("utf-16")
    )
    report = _import(data_dir, path)
    assert report.imported == 1 and report.rejected == []


def test_front_matter_warnings_reach_the_report_and_not_the_catalogue(
    corpora_dir: Path, data_dir: Path
) -> None:
    report = _import(data_dir, corpora_dir / "desa-eapd-modelling-project" / "pages" / "clews.md")
    assert any(
        w["path"].endswith("clews.md") and "'countries' is a set of fields" in w["reason"]
        for w in report.warnings
    )
    places = {name for (name,) in catalogue_sql(data_dir, "select name from places")}
    assert not {"True", "center", "CLEWS and the UN"} & places
    assert not any(name.startswith("[{") for name in places)
