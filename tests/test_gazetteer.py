"""Tests for the gazetteer: the shipped partner and place YAML, lookups and text matching."""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from storydesk.errors import DirectoryError
from storydesk.gazetteer import (
    Directory,
    alias_key,
    default_directory,
)
from storydesk.resources import resource
from tests.conftest import SEEDS

CENTRAL_ASIA = {"Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Turkmenistan"}


@pytest.fixture(scope="module")
def directory() -> Directory:
    return Directory.load()


def seed(prefix: str) -> str:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not matches:
        pytest.skip(f"seed {prefix} not available")
    return matches[0].read_text(encoding="utf-8")


# --- the shipped data ---------------------------------------------------------------------------


def test_default_directory_is_loaded_once_and_is_big(directory: Directory) -> None:
    assert Directory.load() is default_directory()
    assert len(directory.places) >= 250
    assert len(directory.partners) >= 150
    assert len(directory.version) == 64


def test_version_changes_with_the_files(tmp_path: Path) -> None:
    folder = resource("directory")
    for name in ("partners.yaml", "places.yaml"):
        (tmp_path / name).write_bytes((folder / name).read_bytes())
    first = Directory.load(tmp_path)
    assert first.version == default_directory().version
    with (tmp_path / "places.yaml").open("a", encoding="utf-8") as fh:
        fh.write("- {name: Testville, kind: town, country: Kazakhstan, aliases: [Тестовиль]}\n")
    second = Directory.load(tmp_path)
    assert second.version != first.version
    assert second.resolve_place("в Тестовиле") == "в Тестовиле"
    assert second.find_places("в Тестовиле") == ["Testville"]


def test_malformed_file_is_a_directory_error(tmp_path: Path) -> None:
    (tmp_path / "partners.yaml").write_text("- {name: X, kind: nonsense}\n", encoding="utf-8")
    (tmp_path / "places.yaml").write_text("[]\n", encoding="utf-8")
    with pytest.raises(DirectoryError, match="unknown kind"):
        Directory.load(tmp_path)
    (tmp_path / "partners.yaml").write_text("{not: a list}\n", encoding="utf-8")
    with pytest.raises(DirectoryError, match="list of entries"):
        Directory.load(tmp_path)


def test_every_place_has_a_known_country_and_parent(directory: Directory) -> None:
    countries = {p.name for p in directory.places if p.kind == "country"}
    names = {p.name for p in directory.places}
    assert countries >= CENTRAL_ASIA
    for place in directory.places:
        assert place.country in countries, place.name
        if place.kind == "country":
            assert place.country == place.name
        if place.parent is not None:
            assert place.parent in names, place.name
    for partner in directory.partners:
        assert partner.country is None or partner.country in countries, partner.name


def test_central_asian_countries_have_all_their_regions(directory: Directory) -> None:
    regions = defaultdict(int)
    for place in directory.places:
        if place.kind == "region":
            regions[place.country] += 1
    assert regions["Kazakhstan"] == 17
    assert regions["Kyrgyzstan"] == 7
    assert regions["Uzbekistan"] == 13  # 12 viloyats and Karakalpakstan
    assert regions["Tajikistan"] == 4
    assert regions["Turkmenistan"] == 5


@pytest.mark.parametrize("filename", ["partners.yaml", "places.yaml"])
def test_no_alias_is_shared_by_two_entries(filename: str) -> None:
    entries = yaml.safe_load(resource("directory", filename).read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = defaultdict(set)
    names = set()
    for entry in entries:
        assert entry["name"] not in names, f"duplicate entry {entry['name']}"
        names.add(entry["name"])
        display_names = (entry.get("names") or {}).values()
        for alias in [entry["name"], *entry.get("aliases", []), *display_names]:
            owners[alias_key(alias)].add(entry["name"])
    shared = {key: sorted(who) for key, who in owners.items() if len(who) > 1}
    assert not shared
    # A generic alias may be shared, but only by entries of different countries, and must
    # never also be an ordinary alias.
    generic: dict[str, list[str | None]] = defaultdict(list)
    for entry in entries:
        for alias in entry.get("generic_aliases", []):
            assert alias_key(alias) not in owners, alias
            generic[alias_key(alias)].append(entry.get("country"))
    for key, countries in generic.items():
        assert None not in countries, key
        assert len(countries) == len(set(countries)), key


def test_aliases_are_not_empty_or_padded(directory: Directory) -> None:
    for entry in (*directory.partners, *directory.places):
        for alias in entry.aliases:
            assert alias and alias == alias.strip(), entry.name
            assert alias_key(alias), entry.name


# --- display names -------------------------------------------------------------------------------

KAZAKH_ONLY = set("әғқұһі")
TURKIC = KAZAKH_ONLY | set("өүң")
#: Russian official names that keep their Kazakh spelling (the 2022 decree on new regions).
RUSSIAN_WITH_KAZAKH_LETTERS = {"область Жетісу", "область Ұлытау"}


def test_every_entry_has_a_russian_kazakh_and_kyrgyz_name(directory: Directory) -> None:
    missing = [
        entry.name
        for entry in (*directory.partners, *directory.places)
        if not {"ru", "kk", "ky"} <= dict(entry.names).keys()
    ]
    assert not missing, f"{len(missing)} entries lack a ru/kk/ky name, e.g. {missing[:5]}"


def test_display_names_are_written_in_their_language(directory: Directory) -> None:
    for entry in (*directory.partners, *directory.places):
        names = dict(entry.names)
        russian = names.get("ru", "")
        if russian not in RUSSIAN_WITH_KAZAKH_LETTERS:
            assert not TURKIC & set(russian.lower()), (entry.name, russian)
        assert not KAZAKH_ONLY & set(names.get("ky", "").lower()), (entry.name, names["ky"])
        for name in names.values():
            assert name == " ".join(name.split()), (entry.name, name)


def test_a_display_name_never_names_another_entry(directory: Directory) -> None:
    for partner in directory.partners:
        for _, name in partner.names:
            found = directory.partner(name)
            assert found is None or found.name == partner.name, (partner.name, name, found.name)
    for place in directory.places:
        for _, name in place.names:
            found = directory.place(name)
            assert found is None or found.name == place.name, (place.name, name, found.name)


def test_display_names_by_language() -> None:
    directory = Directory.load()
    russian, kazakh, kyrgyz = (directory.names_in(code) for code in ("ru", "kk", "ky"))
    assert (russian.partner("UNDP"), kazakh.partner("UNDP"), kyrgyz.partner("UNDP")) == (
        "ПРООН",
        "БҰҰДБ",
        "БУУӨП",
    )
    assert russian.place("Issyk-Kul Region") == "Иссык-Кульская область"
    assert kazakh.place("Issyk-Kul Region") == "Ыстықкөл облысы"
    assert kyrgyz.place("Issyk-Kul Region") == "Ысык-Көл облусу"
    assert (
        russian.country("Kazakhstan") == "Казахстан" and kazakh.country("Kazakhstan") == "Қазақстан"
    )
    assert directory.names_in("en").place("Issyk-Kul Region") == "Issyk-Kul Region"
    # Only canonical names are translated; aliases and unknown names are shown as they are.
    assert russian.partner("ПРООН") == "ПРООН" and russian.partner("Local NGO") == "Local NGO"
    assert directory.names_in("tg").partner("UNDP") == "UNDP"


def test_names_must_map_known_languages_to_text(tmp_path: Path) -> None:
    (tmp_path / "partners.yaml").write_text(
        "- {name: UNDP, kind: un_agency, names: {xx: ПРООН}}\n", encoding="utf-8"
    )
    (tmp_path / "places.yaml").write_text("[]\n", encoding="utf-8")
    with pytest.raises(DirectoryError, match="unknown language 'xx'"):
        Directory.load(tmp_path)
    (tmp_path / "partners.yaml").write_text(
        "- {name: UNDP, kind: un_agency, names: [ПРООН]}\n", encoding="utf-8"
    )
    with pytest.raises(DirectoryError, match=r"partners\.yaml: names of 'UNDP' must map"):
        Directory.load(tmp_path)


# --- the seed stories ---------------------------------------------------------------------------


def test_seed_001_english(directory: Directory) -> None:
    text = seed("001")
    partners = directory.find_partners(text)
    for name in (
        "UNDP",
        "Ministry of Culture and Information",
        "Almaty Management University",
        "Kazinform",
    ):
        assert name in partners
    places = directory.find_places(text)
    assert {"Astana", "Almaty", "Semey", "Kyzylorda"} <= set(places)
    assert places.index("Astana") < places.index("Semey")
    assert {directory.country_of(p) for p in places} == {"Kazakhstan"}
    assert directory.find_countries(text)[0] == "Kazakhstan"


def test_seed_002_russian(directory: Directory) -> None:
    text = seed("002")
    partners = directory.find_partners(text)
    assert "ESCAP" in partners
    assert "Ministry of Foreign Affairs of Kazakhstan" in partners
    assert "DKNews.kz" in partners
    assert directory.find_places(text) == ["Almaty"]
    assert "Kazakhstan" in directory.find_countries(text)


def test_seed_004_russian_kyrgyzstan(directory: Directory) -> None:
    text = seed("004")
    partners = directory.find_partners(text)
    for name in (
        "UNDP",
        "JICA",
        "KOICA",
        "Government of Japan",
        "Government of Finland",
        "Ministry of Culture, Information, Sport and Youth Policy of Kyrgyzstan",
        "Ministry of Emergency Situations of Kyrgyzstan",
    ):
        assert name in partners
    assert partners[0] == "UNDP"
    places = directory.find_places(text)
    assert {"Issyk-Kul Region", "Balykchy", "Cholpon-Ata", "Karakol"} <= set(places)
    assert {directory.country_of(p) for p in places} == {"Kyrgyzstan"}
    assert "Kyrgyzstan" in directory.find_countries(text)


def test_all_seeds_scan_quickly(directory: Directory) -> None:
    if not SEEDS.is_dir():
        pytest.skip("seeds not available")
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = text * max(1, 5000 // len(text.split()) + 1)  # at least 5,000 words
    start = time.perf_counter()
    directory.find_partners(text)
    directory.find_places(text)
    directory.find_countries(text)
    assert time.perf_counter() - start < 0.5  # a few ms in practice; generous for slow CI


# --- lookups across scripts and languages ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("UNDP", "UNDP"),
        ("ПРООН", "UNDP"),
        ("БҰҰДБ", "UNDP"),
        ("БУУӨП", "UNDP"),
        ("Программа развития ООН", "UNDP"),
        (
            "Программа развития Организации Объединённых Наций",
            "UNDP",
        ),
        ("UNDP", "UNDP"),
        ("ЮНИСЕФ", "UNICEF"),
        ("ЭСКАТО", "ESCAP"),
        ("Экономическая и социальная комиссия ООН для Азии и Тихого океана", "ESCAP"),
        ("ООН", "United Nations"),
        ("БҰҰ", "United Nations"),
        ("Евросоюз", "European Union"),
        ("ЕС", "European Union"),
        ("European Commission", "European Union"),
        ("Government of Japan", "Government of Japan"),
        ("правительство японии", "Government of Japan"),
        ("Казинформ", "Kazinform"),
        ("inform.kz", "Kazinform"),
        ("AlmaU", "Almaty Management University"),
        ("МИД РК", "Ministry of Foreign Affairs of Kazakhstan"),
        ("Министерство иностранных дел Казахстана", "Ministry of Foreign Affairs of Kazakhstan"),
        ("Тышкы иштер министрлиги", "Ministry of Foreign Affairs of Kyrgyzstan"),
        ("Tashqi ishlar vazirligi", "Ministry of Foreign Affairs of Uzbekistan"),
        ("Министерство здравоохранения Кыргызстана", "Ministry of Health of Kyrgyzstan"),
    ],
)
def test_partner_aliases(directory: Directory, name: str, canonical: str) -> None:
    entry = directory.partner(name)
    assert entry is not None, name
    assert entry.name == canonical
    assert directory.resolve_partner(f"  {name} ") == canonical


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Issyk-Kul Region", "Issyk-Kul Region"),
        ("Иссык-Кульская область", "Issyk-Kul Region"),
        ("Ысык-Көл облусу", "Issyk-Kul Region"),
        ("Issyk Kul", "Issyk-Kul Region"),
        ("Ysyk-Köl", "Issyk-Kul Region"),
        ("Alma-Ata", "Almaty"),
        ("Алматы", "Almaty"),
        ("Nur-Sultan", "Astana"),
        ("Нұр-Сұлтан", "Astana"),
        ("Өскемен", "Oskemen"),
        ("Ust-Kamenogorsk", "Oskemen"),
        ("Toshkent", "Tashkent"),
        ("Тошкент", "Tashkent"),
        ("Fargʻona", "Fergana"),
        ("Farg'ona", "Fergana"),
        ("Samarqand viloyati", "Samarkand Region"),
        ("Хуҷанд", "Khujand"),
        ("Курган-Тюбе", "Bokhtar"),
        ("Aşgabat", "Ashgabat"),
        ("Mary", "Mary"),
    ],
)
def test_place_aliases(directory: Directory, name: str, canonical: str) -> None:
    entry = directory.place(name)
    assert entry is not None, name
    assert entry.name == canonical
    assert directory.resolve_place(name) == canonical


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Қазақстан", "Kazakhstan"),
        ("Казахстан", "Kazakhstan"),
        ("Кыргызская Республика", "Kyrgyzstan"),
        ("Kyrgyz Republic", "Kyrgyzstan"),
        ("Oʻzbekiston", "Uzbekistan"),
        ("Ўзбекистон", "Uzbekistan"),
        ("Тоҷикистон", "Tajikistan"),
        ("Türkmenistan", "Turkmenistan"),
        ("Жапония", "Japan"),
        ("Республика Корея", "Republic of Korea"),
        ("ОАЭ", "United Arab Emirates"),
    ],
)
def test_country_aliases(directory: Directory, name: str, country: str) -> None:
    assert directory.country(name) == country
    assert directory.country_of(name) == country


def test_country_of_places(directory: Directory) -> None:
    assert directory.country_of("Каракол") == "Kyrgyzstan"
    assert directory.country_of("Шымкент") == "Kazakhstan"
    assert directory.country_of("Nukus") == "Uzbekistan"
    assert directory.country_of("Хорог") == "Tajikistan"
    assert directory.country_of("Tokyo") == "Japan"
    assert directory.country_of("Atlantis") is None
    assert directory.country("Алматы") is None  # a city, not a country


def test_unknown_names_resolve_to_themselves(directory: Directory) -> None:
    assert directory.partner("Acme Widgets LLP") is None
    assert directory.resolve_partner("  Acme Widgets LLP ") == "Acme Widgets LLP"
    assert directory.resolve_place(" Gondor ") == "Gondor"
    # A generic name on its own is ambiguous: every country has a foreign ministry.
    assert directory.partner("Министерство иностранных дел") is None


# --- inflected forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        ("ПРООНдун", "UNDP"),
        ("ПРООН-ом", "UNDP"),
        ("ПРООНа", "UNDP"),
        ("БҰҰДБ-ның", "UNDP"),
        ("ЮНИСЕФке", "UNICEF"),
        ("Правительства Японии", "Government of Japan"),
        ("Правительством Японии", "Government of Japan"),
        (
            "Министерством культуры, информации, спорта и молодёжной политики",
            "Ministry of Culture, Information, Sport and Youth Policy of Kyrgyzstan",
        ),
        ("Министерстве культуры и информации", "Ministry of Culture and Information"),
        ("Министерстве иностранных дел Казахстана", "Ministry of Foreign Affairs of Kazakhstan"),
        ("Экономической и социальной комиссии ООН для Азии и Тихого океана", "ESCAP"),
        ("Евросоюза", "European Union"),
    ],
)
def test_inflected_partners(directory: Directory, form: str, canonical: str) -> None:
    assert directory.resolve_partner(form) == canonical


@pytest.mark.parametrize(
    ("form", "canonical"),
    [
        ("Нарыне", "Naryn"),
        ("Нарынга", "Naryn"),
        ("Шымкентте", "Shymkent"),
        ("Шымкенттен", "Shymkent"),
        ("Балыкчы", "Balykchy"),
        ("Балыкчыда", "Balykchy"),
        ("Караколе", "Karakol"),
        ("Чолпон-Ату", "Cholpon-Ata"),
        ("Чолпон-Ате", "Cholpon-Ata"),
        ("Иссык-Кульской области", "Issyk-Kul Region"),
        ("Иссык-Кульскую область", "Issyk-Kul Region"),
        ("Ысык-Көл облусунда", "Issyk-Kul Region"),
        ("Алматы облысында", "Almaty Region"),
        ("Алматыда", "Almaty"),
        ("Ошто", "Osh"),
        ("Оше", "Osh"),
        ("Бишкекке", "Bishkek"),
        ("Toshkentda", "Tashkent"),
        ("Samarqandga", "Samarkand"),
        ("Душанбеде", "Dushanbe"),
        ("Қазақстанда", "Kazakhstan"),
        ("Кыргызстандын", "Kyrgyzstan"),
        ("Кыргызской Республике", "Kyrgyzstan"),
        ("Kazakhstan's", "Kazakhstan"),
        ("Kazakhstan`s", "Kazakhstan"),
    ],
)
def test_inflected_places(directory: Directory, form: str, canonical: str) -> None:
    assert directory.resolve_place(form) == canonical


def test_sentences_in_russian(directory: Directory) -> None:
    text = (
        "В Нарыне и Иссык-Кульской области ПРООН-ом при поддержке Правительства Японии "
        "открыты центры; в Оше работает ЮНИСЕФ, а ЕС финансирует проект в Таласской области."
    )
    assert directory.find_partners(text) == [
        "UNDP",
        "Government of Japan",
        "UNICEF",
        "European Union",
    ]
    assert directory.find_places(text) == ["Naryn", "Issyk-Kul Region", "Osh", "Talas Region"]
    # A country named inside a partner's name is still named.
    assert directory.find_countries(text) == ["Japan"]


def test_sentences_in_kazakh(directory: Directory) -> None:
    text = (
        "БҰҰДБ Қазақстанда Шымкентте және Түркістан облысында жобаларды жүзеге асырады. "
        "Жапония Үкіметі мен Еуропалық Одақтың қолдауымен Алматыда жаңа орталық ашылды."
    )
    assert directory.find_partners(text) == [
        "UNDP",
        "Government of Japan",
        "European Union",
    ]
    assert directory.find_places(text) == ["Shymkent", "Turkistan Region", "Almaty"]
    assert directory.find_countries(text) == ["Kazakhstan", "Japan"]


def test_sentences_in_kyrgyz(directory: Directory) -> None:
    text = (
        "ПРООНдун колдоосу менен Ысык-Көл облусунда, Каракол шаарында жана Балыкчыда "
        "жаштар борборлору ачылды. Кыргыз Республикасынын Өзгөчө кырдаалдар министрлиги "
        "менен ЮНИСЕФ Баткен облусундагы мектептерге жардам берди."
    )
    assert directory.find_partners(text) == [
        "UNDP",
        "Ministry of Emergency Situations of Kyrgyzstan",
        "UNICEF",
    ]
    assert directory.find_places(text) == [
        "Issyk-Kul Region",
        "Karakol",
        "Balykchy",
        "Batken Region",
    ]
    assert directory.find_countries(text) == ["Kyrgyzstan"]


def test_sentences_in_uzbek(directory: Directory) -> None:
    text = (
        "BMT Taraqqiyot Dasturi Oʻzbekistonda Samarqand viloyati va Qoraqalpogʻistonda "
        "Jahon banki bilan hamkorlikda loyihalarni amalga oshirmoqda. Nukusda va "
        "Toshkentda yangi markazlar ochildi. Ўзбекистон ЮНИСЕФ билан ҳамкорлик қилади."
    )
    assert directory.find_partners(text) == [
        "UNDP",
        "World Bank",
        "UNICEF",
    ]
    assert directory.find_places(text) == [
        "Samarkand Region",
        "Karakalpakstan",
        "Nukus",
        "Tashkent",
    ]
    assert directory.find_countries(text) == ["Uzbekistan"]


def test_generic_ministry_follows_the_country_named(directory: Directory) -> None:
    kg = "В Бишкеке Министерство здравоохранения и ВОЗ подписали меморандум."
    assert directory.find_partners(kg) == [
        "Ministry of Health of Kyrgyzstan",
        "WHO",
    ]
    kz = "Министерство здравоохранения Республики Казахстан и ВОЗ в Кыргызстане"
    assert directory.find_partners(kz)[0] == "Ministry of Health of Kazakhstan"
    nowhere = "Министерство иностранных дел сообщило о визите."
    assert directory.find_partners(nowhere) == []


def test_bare_country_is_not_a_partner(directory: Directory) -> None:
    text = "ПРООН и Япония в действии: при поддержке Японии"
    assert directory.find_partners(text) == ["UNDP"]
    assert directory.find_countries(text) == ["Japan"]


# --- no false positives ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ошибка в расчётах исправлена.",  # Ош
        "Если бы не есть, то пить.",  # ЕС
        "Who said what? The who and the why.",  # WHO
        "Оон иш кылды.",  # ООН in lowercase Kyrgyz-like text
        "Mary went to school with Kant's book.",  # Mary (Turkmenistan), Kant
        "Uzbek osh is tasty; kitob o'qidim.",  # osh = pilaf, kitob = book
        "Он посмотрел на часы.",
        "The unit and the union met.",
        "Аралда тұратын адамдар.",  # арал = island
        "Кабар тез тарады.",  # кабар = news
    ],
)
def test_no_false_positives(directory: Directory, text: str) -> None:
    assert directory.find_partners(text) == []
    assert directory.find_places(text) == []
    assert directory.find_countries(text) == []


def test_un_is_not_found_inside_longer_names(directory: Directory) -> None:
    assert directory.find_partners("ПРООН") == ["UNDP"]
    assert directory.find_partners("ЭСКАТО ООН") == ["ESCAP"]
    assert directory.find_partners("ООН-Женщины") == ["UN Women"]
    assert directory.find_partners("ПРООН и ООН") == [
        "UNDP",
        "United Nations",
    ]


def test_longest_match_wins(directory: Directory) -> None:
    assert directory.find_places("Иссык-Кульская область") == ["Issyk-Kul Region"]
    assert directory.find_places("озеро Иссык-Куль") == ["Lake Issyk-Kul"]
    assert directory.find_places("Туркестанской области") == ["Turkistan Region"]
    assert directory.find_places("Туркестан") == ["Turkistan"]


def test_results_are_unique_and_in_order(directory: Directory) -> None:
    text = "Almaty, Astana, Almaty again; UNDP, JICA and UNDP."
    assert directory.find_places(text) == ["Almaty", "Astana"]
    assert directory.find_partners(text) == ["UNDP", "JICA"]


def test_common_words_that_spell_a_place_in_lower_case_are_not_places() -> None:
    """Kyrgyz "менен катар" means "along with"; only "Катар" is Qatar."""
    directory = Directory.load()
    assert directory.find_countries("Муну менен катар 2019-жылдагы ажылыкты уюштуруу") == []
    assert directory.find_countries("Катар менен Кыргызстан кызматташат") == [
        "Qatar",
        "Kyrgyzstan",
    ]
