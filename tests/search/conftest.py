"""Fixtures for search tests: a real SQLite catalogue of a few multilingual stories."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from storydesk.catalogue.db import open_catalogue
from storydesk.catalogue.models import (
    Image,
    Partner,
    PartnerAlias,
    Place,
    PlaceAlias,
    SdgGoal,
    Setting,
    Story,
    StoryChange,
    Tag,
)
from storydesk.search.index import SearchIndex
from storydesk.search.searcher import Searcher
from storydesk.text import fold_name, fold_title

PARTNERS = {
    "UNDP": ["ПРООН", "БҰҰДБ", "Программа развития ООН", "United Nations Development Programme"],
    "JICA": ["ЖИКА", "Японское агентство международного сотрудничества"],
    "UNICEF": ["ЮНИСЕФ"],
    "European Union": ["EU", "Европейский союз", "ЕС"],
}

PLACES = {
    # name: (kind, aliases)
    "Kazakhstan": ("country", ["Казахстан", "Қазақстан"]),
    "Kyrgyzstan": ("country", ["Кыргызстан", "Киргизия", "Kyrgyz Republic"]),
    "Bulgaria": ("country", ["България", "Болгария"]),
    "Almaty": ("place", ["Алматы", "Алма-Ата"]),
    "Shymkent": ("place", ["Шымкент"]),
    "Bishkek": ("place", ["Бишкек"]),
    "Karakol": ("place", ["Каракол"]),
    "Balykchy": ("place", ["Балыкчы"]),
    "Sofia": ("place", ["София"]),
}

LONG_BODY = (
    ("Community consultations continued across the valley. " * 800)
    + ("Engineers then presented the small hydropower plant to the village council. ")
    + ("Further meetings followed. " * 100)
)

# id, language, date, title, summary, body, partners, places, countries, sdgs, tags, extras
STORIES: list[dict] = [
    dict(
        id="s01",
        language="ru",
        date=dt.date(2024, 2, 10),
        title="«Цифровая карта семьи» признана лучшей",
        body="Проект, разработанный при поддержке ПРООН в Казахстане, получил GovTech Prize.",
        partners=["UNDP"],
        countries=["Kazakhstan"],
        sdgs=[16],
        tags=["govtech"],
        author="Айгерим Садыкова",
        source_name="UNDP Kazakhstan",
    ),
    dict(
        id="s02",
        language="ru",
        date=dt.date(2025, 3, 1),
        title="Молодёжный центр открылся в Караколе",
        body="В Караколе при поддержке ЮНИСЕФ открыт молодёжный центр для подростков.",
        partners=["UNICEF"],
        places=["Karakol"],
        countries=["Kyrgyzstan"],
        sdgs=[4],
        captions=["Открытие центра в Караколе"],
    ),
    dict(
        id="s03",
        language="ru",
        date=dt.date(2023, 6, 15),
        title="Установка датчиков качества воды",
        body="В Балыкчы установлено 12 датчиков качества воды при поддержке ЖИКА.",
        partners=["JICA"],
        places=["Balykchy"],
        countries=["Kyrgyzstan"],
        sdgs=[6],
    ),
    dict(
        id="s04",
        language="en",
        date=dt.date(2024, 11, 20),
        title="Clean water for Bishkek schools",
        body="UNDP helped forty schools in Bishkek install water filters.",
        partners=["UNDP"],
        places=["Bishkek"],
        countries=["Kyrgyzstan"],
        sdgs=[6],
        source_name="24.kg",
    ),
    dict(
        id="s05",
        language="kk",
        date=dt.date(2024, 5, 5),
        title="Шымкентте жастар орталығы ашылды",
        body="Шымкентте БҰҰДБ қолдауымен жаңа жастар орталығы ашылды. Қазақстан жастары.",
        partners=["UNDP"],
        places=["Shymkent"],
        countries=["Kazakhstan"],
        sdgs=[4],
    ),
    dict(
        id="s06",
        language="ru",
        date=dt.date(2022, 9, 9),
        title="Шымкент получил новые автобусы",
        body="Европейский союз передал городу новые автобусы.",
        partners=["European Union"],
        places=["Shymkent"],
        countries=["Kazakhstan"],
        sdgs=[11],
    ),
    dict(
        id="s07",
        language="ky",
        date=dt.date(2025, 1, 10),
        title="Бишкекте жаштар борбору ачылды",
        body="Бишкектеги жаштар борборунда окуучулар үчүн сабактар өтөт.",
        countries=["Kyrgyzstan"],
    ),
    dict(
        id="s08",
        language="ru",
        date=dt.date(2021, 4, 1),
        title="Семинар по энергоэффективности",
        body="ПРООН провела семинар для инженеров об энергоэффективности зданий.",
    ),
    dict(
        id="s09",
        language="bg",
        date=dt.date(2024, 7, 7),
        title="Младежки център в София",
        body="Младежкият център в София отвори врати за ученици.",
        places=["Sofia"],
        countries=["Bulgaria"],
    ),
    dict(
        id="s10",
        language="en",
        date=dt.date(2020, 1, 15),
        title="Almaty air quality monitoring",
        body="New sensors measure air quality in Almaty every hour.",
        places=["Almaty"],
        countries=["Kazakhstan"],
        sdgs=[11],
    ),
    dict(
        id="s11",
        language="ru",
        date=dt.date(2024, 8, 8),
        title="Экология города",
        body="В Алматы установили датчик загрязнения воздуха.",
    ),
    dict(
        id="s12",
        language="ru",
        date=None,
        title="История о Нарыне",
        body="Жители Нарына рассказали о новых мостах.",
    ),
    dict(
        id="s13",
        language="kk",
        date=dt.date(2023, 3, 3),
        title="Қазақстан мектептері",
        body="Қазақстанда мектептер жаңа бағдарламаға көшті.",
    ),
    dict(
        id="s14",
        language="en",
        date=dt.date(2025, 6, 1),
        title="A very long consultation report",
        body=LONG_BODY,
        countries=["Kyrgyzstan"],
    ),
    dict(
        id="s15",
        language="en",
        date=dt.date(2019, 10, 10),
        title="Karakol ski resort grows",
        body="Visitors to Karakol doubled this winter.",
        places=["Karakol"],
        countries=["Kyrgyzstan"],
    ),
    dict(
        id="s16",
        language="ru",
        date=dt.date(2024, 2, 2),
        title="Фермеры получили поддержку",
        body="Японское агентство международного сотрудничества поддержало фермеров.",
        partners=["JICA"],
        countries=["Kyrgyzstan"],
        sdgs=[2],
    ),
]


def bump_generation(session: Session, value: str) -> None:
    """Set the catalogue generation as a change not in the change log would (a catalogue
    changed by hand, or a log that cannot say): the index's catch-up rebuilds it."""
    setting = session.get(Setting, "generation")
    if setting is None:
        session.add(Setting(key="generation", value=value))
    else:
        setting.value = value
    session.add(StoryChange(story_id=None, machine="test"))


def add_story(session: Session, spec: dict) -> Story:
    """Insert one story described by a ``STORIES``-like dict."""
    partners = {p.name: p for p in session.scalars(select(Partner))}
    places = {p.name: p for p in session.scalars(select(Place))}
    story = Story(
        id=spec["id"],
        key=spec["id"],
        title_key=fold_title(spec["title"]),
        title=spec["title"],
        language=spec["language"],
        date=spec.get("date"),
        summary=spec.get("summary"),
        body=spec["body"],
        author=spec.get("author"),
        source_name=spec.get("source_name"),
        content_hash=hashlib.sha256(spec["body"].encode()).hexdigest(),
    )
    story.partners = [partners[name] for name in spec.get("partners", [])]
    story.places = [places[name] for name in spec.get("places", [])]
    story.countries = [places[name] for name in spec.get("countries", [])]
    story.sdgs = [session.get(SdgGoal, n) for n in spec.get("sdgs", [])]
    tags = []
    for name in spec.get("tags", []):
        tag = session.scalar(select(Tag).where(Tag.name == name)) or Tag(name=name)
        tags.append(tag)
    story.tags = tags
    story.images = [Image(position=i, caption=c) for i, c in enumerate(spec.get("captions", []))]
    session.add(story)
    return story


def build_catalogue(folder: Path) -> sessionmaker[Session]:
    """A catalogue in ``folder`` with the partners, places and stories above."""
    _engine, sessions = open_catalogue(folder / "c.sqlite3", folder / "backups")
    with sessions.begin() as session:
        for name, aliases in PARTNERS.items():
            partner = Partner(name=name, from_directory=True)
            partner.aliases = [PartnerAlias(alias=a, folded=fold_name(a)) for a in aliases]
            session.add(partner)
        for name, (kind, aliases) in PLACES.items():
            place = Place(name=name, kind=kind, from_directory=True)
            place.aliases = [PlaceAlias(alias=a, folded=fold_name(a)) for a in aliases]
            session.add(place)
        session.flush()
        for spec in STORIES:
            add_story(session, spec)
        bump_generation(session, "g1")
    return sessions


class Fresh(NamedTuple):
    """A catalogue with its own index, and a searcher over it."""

    index: SearchIndex
    searcher: Searcher
    sessions: sessionmaker[Session]


@pytest.fixture(scope="module")
def shared_searcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Searcher]:
    """One catalogue and index for the read-only query tests of a module."""
    folder = tmp_path_factory.mktemp("search")
    sessions = build_catalogue(folder)
    index = SearchIndex(folder / "index", sessions)
    assert index.ensure_ready("g1") is True
    yield Searcher(index)
    index.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Fresh]:
    """A catalogue and index of its own, for tests that change things."""
    sessions = build_catalogue(tmp_path)
    index = SearchIndex(tmp_path / "index", sessions)
    index.ensure_ready("g1")
    yield Fresh(index, Searcher(index), sessions)
    index.close()


CORPUS_NAMES = (
    "desa-eapd-modelling-project",
    "camgdp_docsy",
    "karakalmyk",
    "undp-aprc-impact-templates",
)
"""The shared corpora the issue's search totals were measured on."""


@pytest.fixture(scope="session")
def corpora_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real data folder with four shared corpora imported (a real catalogue and index)."""
    from storydesk.library import Library
    from tests.conftest import CORPORA

    folders = [CORPORA / name for name in CORPUS_NAMES]
    missing = [str(folder) for folder in folders if not folder.is_dir()]
    if missing:
        pytest.skip(f"not present on this machine: {', '.join(missing)}")
    library = Library.open(tmp_path_factory.mktemp("corpora") / "data")
    library.import_paths(folders)
    yield library
    library.close()


@pytest.fixture(scope="session")
def corpora_searcher(corpora_library: object) -> Iterator[Searcher]:
    """A searcher of its own over the corpora library's index, as another process reads it.

    For what ``Library`` does not offer (every matching id for any sort and filters).
    """
    from storydesk.catalogue.db import open_catalogue_read_only

    layout = corpora_library.layout  # type: ignore[attr-defined]
    engine, sessions = open_catalogue_read_only(layout.catalogue)
    index = SearchIndex(layout.index, sessions)
    yield Searcher(index)
    index.close()
    engine.dispose()
