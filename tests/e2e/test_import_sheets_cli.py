"""``storydesk import`` on a folder of workbooks (.xlsx, .ods), run as a user runs it.

The workbooks are made here by openpyxl and odfdo, with Russian, Kazakh and Kyrgyz
headers; the report names every row that is not a story by its sheet and row number, and
the stories are found by word forms their text does not hold.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl

from tests.conftest import run_storydesk
from tests.ingest.sheet_helpers import ods_bytes


def _russian_and_kazakh_workbook() -> bytes:
    workbook = openpyxl.Workbook()
    russian = workbook.active
    russian.title = "Новости"
    russian.append(["Истории региональных офисов"])  # a title row above the header
    russian.append(["№", "Заголовок", "Текст статьи", "Дата публикации", "Ссылка"])
    russian.append(
        [
            1,
            "Колодцы для Нарына",
            "В Нарынской области открыли новые колодцы. Воду получили 12 сёл.",
            dt.datetime(2024, 3, 12),
            "https://example.kg/wells",
        ]
    )
    russian.append([])  # row 4: empty
    russian.append([2, "Мост в Таласе", "В Таласе построили мост через реку.", "02.04.2024"])
    russian.append([2, "Мост в Таласе", "В Таласе построили мост через реку.", "02.04.2024"])
    kazakh = workbook.create_sheet("Жаңалықтар")
    kazakh.append(["ID", "Тақырып", "Мәтін", "Күні", "Тіл"])
    kazakh.append(
        ["kz-1", "Жаңа мектеп", "Шымкентте жаңа мектеп ашылды.", dt.date(2024, 5, 2), "kk"]
    )
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _kyrgyz_spreadsheet() -> bytes:
    return ods_bytes(
        {
            "Баракча1": [
                ["ID", "Аталышы", "Текст", "Күнү", "Өлкөлөр"],
                [
                    "7",
                    "Жаңы көпүрө",
                    "Талас облусунда жаңы көпүрө курулду.",
                    dt.date(2024, 6, 1),
                    "Kyrgyzstan",
                ],
                [None, None, None, None, None],  # row 3: empty
                [
                    "7",
                    "Жаңы көпүрө",
                    "Талас облусунда жаңы көпүрө курулду.",
                    dt.date(2024, 6, 1),
                    "Kyrgyzstan",
                ],
            ]
        }
    )


def _json(result) -> dict:  # type: ignore[no-untyped-def]
    assert result.stdout.strip(), result.stderr
    return json.loads(result.stdout)


def test_a_folder_of_workbooks_imports_one_story_a_row(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "stories.xlsx").write_bytes(_russian_and_kazakh_workbook())
    (inbox / "kyrgyz.ods").write_bytes(_kyrgyz_spreadsheet())
    data = tmp_path / "data"

    result = run_storydesk("import", str(inbox), "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    report = _json(result)
    assert report["imported"] == 4 and report["rejected"] == []
    skipped = {Path(e["path"]).name: e["reason"] for e in report["skipped"]}
    assert set(skipped) == {
        "kyrgyz.ods#Баракча1!row3",
        "kyrgyz.ods#Баракча1!row4",
        "stories.xlsx#Новости!row4",
        "stories.xlsx#Новости!row6",
    }
    assert skipped["kyrgyz.ods#Баракча1!row3"] == "row 3 is empty"
    assert skipped["kyrgyz.ods#Баракча1!row4"] == "row 4 repeats row 2 exactly"  # by its id
    assert skipped["stories.xlsx#Новости!row4"] == "row 4 is empty"
    # No id column ("№" is a row count, not an id): the importer finds the repeat.
    assert "the same story as" in skipped["stories.xlsx#Новости!row6"]
    assert "stories.xlsx#Новости!row5" in skipped["stories.xlsx#Новости!row6"]

    stories = {}
    for story_id in report["stories"]:
        shown = _json(run_storydesk("show", story_id, "--json", data_dir=data))
        stories[shown["title"]] = shown
    assert set(stories) == {"Колодцы для Нарына", "Мост в Таласе", "Жаңа мектеп", "Жаңы көпүрө"}
    wells = stories["Колодцы для Нарына"]
    assert wells["date"] == "2024-03-12" and wells["source_url"] == "https://example.kg/wells"
    assert wells["origin"]["file"].endswith("stories.xlsx#Новости!row3")
    assert stories["Мост в Таласе"]["date"] == "2024-04-02"
    assert stories["Жаңа мектеп"]["date"] == "2024-05-02"
    assert stories["Жаңа мектеп"]["language"] == "kk"
    bridge = stories["Жаңы көпүрө"]
    assert bridge["date"] == "2024-06-01" and bridge["language"] == "ky"
    assert bridge["origin"]["file"].endswith("kyrgyz.ods#Баракча1!row2")

    # Word forms the texts do not hold: "колодцев" (колодцы), "көпүрөнү" (көпүрө).
    for word, title in (("колодцев", "Колодцы для Нарына"), ("көпүрөнү", "Жаңы көпүрө")):
        found = _json(run_storydesk("search", "--json", word, data_dir=data))
        assert [hit["title"] for hit in found["hits"]] == [title], word

    again = _json(run_storydesk("import", str(inbox), "--json", data_dir=data))
    assert again["imported"] == 0 and again["unchanged"] == 4


def test_a_workbook_that_cannot_be_read_is_one_line_and_exit_1(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    (inbox / "locked.xlsx").write_bytes(ole + "EncryptionInfo".encode("utf-16-le") + bytes(512))
    (inbox / "numbers.xlsx").write_bytes(_workbook_of([["Код", "Сумма"], [1, 200]]))
    (inbox / "good.ods").write_bytes(_kyrgyz_spreadsheet())
    result = run_storydesk("import", str(inbox), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("rejected: ")]
    assert len(lines) == 2
    assert any("locked.xlsx: is password-protected" in line for line in lines)
    assert any("numbers.xlsx: no column holds the story text" in line for line in lines)
    assert "Imported 1 new" in result.stdout


def _workbook_of(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
