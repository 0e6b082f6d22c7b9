"""Spreadsheets: columns by name, titles from first sentences."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from storydesk.errors import RejectedInput
from storydesk.ingest.csvfile import read_csv
from storydesk.ingest.encoding import decode_bytes


def test_columns_map_by_name() -> None:
    text = (
        "Заголовок;Текст;Дата;Язык;Партнеры\n"
        "Новый центр;Открыт центр в Оше.;12.03.2024;ru;ПРООН, JICA\n"
    )
    draft = read_csv(text, "news.csv")[0]
    assert draft.title == "Новый центр"
    assert draft.date == dt.date(2024, 3, 12)
    assert draft.language == "ru"
    assert draft.partners == ["ПРООН", "JICA"]


def test_a_row_without_title_gets_its_first_sentence() -> None:
    text = 'id,text\n7,"Бишкекте жаңы мектеп ачылды. Ага 500 окуучу барат."\n'
    draft = read_csv(text, "ky.csv")[0]
    assert draft.title == "Бишкекте жаңы мектеп ачылды"
    assert draft.external_id == "ky:7"


def test_no_text_column_is_rejected() -> None:
    with pytest.raises(RejectedInput, match="no column"):
        read_csv("a,b\n1,2\n", "numbers.csv")


def test_kyrgyz_24kg_corpus(corpora_dir: Path) -> None:
    path = corpora_dir / "kyrgyz-24kg" / "data" / "qad-test_0500.csv"
    drafts = read_csv(decode_bytes(path.read_bytes(), path.name), path.name)
    with path.open(encoding="utf-8", newline="") as handle:
        with_text = sum(1 for row in csv.DictReader(handle) if row["text"].strip())
    assert with_text > 480
    assert len(drafts) == with_text  # rows with an empty text are skipped, not invented
    assert all(d.title and d.body for d in drafts)
    assert drafts[0].tags  # labels_set becomes tags
    assert len({d.external_id for d in drafts}) == with_text
