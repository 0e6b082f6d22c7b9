"""The plain-text reader on the seeds and on texts written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from storydesk.ingest.encoding import decode_bytes
from storydesk.ingest.text import make_title, read_text


def _read(seeds_dir: Path, prefix: str):
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    drafts = read_text(decode_bytes(path.read_bytes(), path.name), path.name)
    assert len(drafts) == 1
    return drafts[0]


def test_seed_001_title_date_and_source(seeds_dir: Path) -> None:
    draft = _read(seeds_dir, "001")
    assert draft.title == "Creative Industries: Leap towards sustainable development in Kazakhstan"
    assert draft.date == dt.date(2024, 2, 12)
    assert draft.source_name == "Kazinform"
    assert "Опубликовано" not in draft.body
    assert draft.body.startswith("From February 5th to 7th")


def test_seed_002_has_no_date_and_no_page_furniture(seeds_dir: Path) -> None:
    draft = _read(seeds_dir, "002")
    assert draft.title == "В Алматы могут создать Центр цифровых решений ООН"
    assert draft.date is None
    assert draft.source_name == "DKNews.kz"
    assert "2266" not in draft.body
    assert "Фото: Gov" not in draft.body
    assert "©" not in draft.body and "Обновление" not in draft.body
    assert "- цифровую инфраструктуру страны" in draft.body  # bullets become a list


def test_seed_003_title_from_first_sentence(seeds_dir: Path) -> None:
    draft = _read(seeds_dir, "003")
    assert draft.date == dt.date(2025, 10, 11)
    assert draft.title.startswith("Президентът на Казахстан Касим-Жомарт Токаев")
    assert len(draft.title) <= 121
    assert "date 2025" not in draft.title and "date 2025" not in draft.body
    assert draft.author == "Наталья Мосунова"
    assert draft.source_name == "inform.kz"
    assert "автор:" not in draft.body and "източник" not in draft.body


def test_seed_004_photos_keep_alt_caption_and_credit(seeds_dir: Path) -> None:
    draft = _read(seeds_dir, "004")
    assert draft.title == "Партнёрство — реальные результаты: ПРООН и Япония в действии"
    assert draft.date == dt.date(2025, 7, 31)
    first = draft.images[0]
    assert first.alt == "A large group of people posing together outside a building on a sunny day."
    assert first.caption == "Возле молодежного центра в Балыкчы во время японской миссии"
    assert first.credit == "ПРООН в Кыргызской Республике"
    assert len(draft.images) == 5
    assert all(image.credit == "ПРООН в Кыргызской Республике" for image in draft.images)
    assert "A large group" not in draft.body
    assert "ПРООН в Кыргызской Республике\n" not in draft.body
    assert "Возле молодежного центра" not in draft.body


def test_make_title_cuts_at_a_word_boundary() -> None:
    sentence = "Слово " * 40 + "конец."
    title = make_title(sentence, limit=50)
    assert title.endswith("…")
    assert len(title) <= 51
    assert not title[:-1].endswith(" ")


def test_kyrgyz_article_with_labelled_date_and_author() -> None:
    text = (
        "Нарында жаштар борбору ачылды\n\n"
        "Жарыяланды: 2024-03-15\n\n"
        "Нарын шаарында ПРООНдун колдоосу менен жаңы жаштар борбору ачылды. "
        "Борбордо 300дөн ашык жаш окуйт.\n\n"
        "Автор: Айгүл Токтогулова\n"
    )
    draft = read_text(text, "naryn.txt")[0]
    assert draft.title == "Нарында жаштар борбору ачылды"
    assert draft.date == dt.date(2024, 3, 15)
    assert draft.author == "Айгүл Токтогулова"
    assert "Автор" not in draft.body


def test_empty_file_gives_no_story() -> None:
    assert read_text("  \n\n ", "empty.txt") == []
