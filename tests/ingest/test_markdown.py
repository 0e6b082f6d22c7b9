"""Markdown with front matter: Jekyll, Hugo, StoryDesk bundles, and seed 000's card page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storydesk.errors import RejectedInput
from storydesk.ingest.encoding import decode_bytes
from storydesk.ingest.markdown import clean_template_tags, read_markdown, split_front_matter


def test_seed_000_gives_one_story_per_card(seeds_dir: Path) -> None:
    path = next(seeds_dir.glob("000_*.txt"))
    drafts = read_markdown(decode_bytes(path.read_bytes(), path.name), path.name)
    assert [d.title for d in drafts] == [
        'Инновационный проект Казахстана "Цифровая карта семьи"',
        "Экономика Центральной Азии: будущее кооперации с Европейским Союзом",
        "Креативные индустрии: скачок навстречу устойчивому развитию Казахстана",
    ]
    for draft in drafts:
        assert draft.language == "ru"
        assert len(draft.images) == 1
        assert draft.images[0].url.startswith("https://www.undp.org/sites/")
        assert "=150x" not in draft.images[0].url
        assert draft.source_url.startswith("https://www.undp.org/ru/kazakhstan/")
        assert "![" not in draft.body
    assert drafts[1].body.startswith("Сегодня на площадке")
    assert drafts[2].images[0].url.endswith("img_7821.jpg")


def test_front_matter_fields_are_explicit() -> None:
    text = """---
id: story-42
title: "Жаштар борбору Нарында"
date: 2024-05-02
language: ky
countries: [Kyrgyzstan]
places: [Naryn]
partners: [ПРООН, JICA]
sdgs: ["SDG 4", 8]
tags: youth, education
author: Айгүл
source: 24.kg
source_url: https://24.kg/story
summary: Жаңы борбор.
images:
  - {file: ../images/a.jpg, caption: Ачылыш, credit: ПРООН, alt: People at the opening}
translations: [story-43]
---
Нарында жаңы жаштар борбору ачылды.
"""
    draft = read_markdown(text, "stories/a.md")[0]
    assert draft.external_id == "story-42"
    assert draft.date == dt.date(2024, 5, 2)
    assert draft.language == "ky"
    assert draft.partners == ["ПРООН", "JICA"]
    assert draft.sdgs == [4, 8]
    assert draft.tags == ["youth", "education"]
    assert draft.images[0].caption == "Ачылыш" and draft.images[0].name == "../images/a.jpg"
    assert draft.translations == ["story-43"]
    assert {
        "title",
        "date",
        "language",
        "partners",
        "places",
        "countries",
        "sdgs",
    } <= draft.explicit


def test_liquid_and_hugo_tags_do_not_leak() -> None:
    body = (
        "{% include figure.html %}\n![Map]({{ '/assets/images/map.png' | relative_url }})\n"
        "Text {{ site.title }} here {{< youtube abc >}} and {{% note %}}more{{% /note %}}."
    )
    cleaned = clean_template_tags(body)
    assert "{%" not in cleaned and "{{" not in cleaned
    assert "/assets/images/map.png" in cleaned


def test_unsafe_links_lose_their_target() -> None:
    text = "---\ntitle: T\n---\nSee [this](javascript:alert(1)) and [that](https://undp.org)."
    draft = read_markdown(text, "a.md")[0]
    assert "javascript:" not in draft.body
    assert "[that](https://undp.org)" in draft.body


def test_toml_front_matter_and_bom() -> None:
    text = '\ufeff+++\ntitle = "Hugo page"\ndate = 2023-01-05\n+++\nBody text here.'
    draft = read_markdown(text, "a.md")[0]
    assert draft.title == "Hugo page" and draft.date == dt.date(2023, 1, 5)


def test_yaml_cannot_run_code() -> None:
    text = "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nBody"
    with pytest.raises(RejectedInput) as caught:
        read_markdown(text, "evil.md")
    assert caught.value.path == "evil.md"


def test_broken_front_matter_is_rejected_by_name() -> None:
    with pytest.raises(RejectedInput, match="front matter"):
        split_front_matter("---\ntitle: [unclosed\n---\nBody", "broken.md")


def test_title_from_heading_when_no_front_matter() -> None:
    draft = read_markdown("# Шымкентте жаңа саябақ\n\nМәтін осында.", "a.md")[0]
    assert draft.title == "Шымкентте жаңа саябақ"
    assert draft.body == "Мәтін осында."


def test_local_image_resolves_through_the_resolver() -> None:
    calls = []

    def resolve(ref: str):
        calls.append(ref)
        return (lambda: b"bytes") if ref == "img/a.png" else None

    draft = read_markdown("---\ntitle: T\n---\n![Alt](img/a.png)\n\nText.", "a.md", resolve)[0]
    assert calls == ["img/a.png"]
    assert draft.images[0].load is not None and draft.images[0].alt == "Alt"
    assert "![" not in draft.body
