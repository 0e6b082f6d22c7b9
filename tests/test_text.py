"""The shared text rules: folds, Kazakh/Kyrgyz suffixes, transliteration, language names.

Several results here are stored (story keys hold :func:`fold_title`, so story ids depend on
it; alias rows hold :func:`fold_name`) or built into search indexes, so the expected values
are pinned as StoryDesk produced them before the rules moved into one module.
"""

from __future__ import annotations

import ast
import hashlib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import storydesk.text
from storydesk.text import (
    DASHES,
    LANGUAGES,
    NATIVE_LANGUAGE_NAMES,
    TURKIC_NAME_ENDINGS,
    TURKIC_SUFFIXES,
    WORD_RE,
    cross_script_key,
    fold,
    fold_name,
    fold_spelling,
    fold_title,
    fold_words,
    has_turkic_letters,
    is_cyrillic,
    is_turkic,
    language_name,
    normalise_language,
    transliterate,
    turkic_fold,
    words,
)
from tests.conftest import SEEDS

# --- folds -----------------------------------------------------------------------------------


def test_fold_case_folds_and_folds_yo() -> None:
    assert fold("Молодёжный") == "молодежный"
    assert fold("ЁЛКА") == fold("елка") == "елка"
    assert fold("UNDP") == fold("undp") == "undp"


def test_fold_lowers_every_kazakh_and_kyrgyz_letter() -> None:
    assert fold("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі"
    assert fold("ҚАЗАҚСТАН") == fold("Қазақстан") == "қазақстан"
    assert fold("ӨЗГӨРҮҮЛӨРҮ") == "өзгөрүүлөрү"


def test_fold_composes_decomposed_letters() -> None:
    decomposed = unicodedata.normalize("NFD", "Йошкар-Ола Ёлка")
    assert decomposed != "Йошкар-Ола Ёлка"
    assert fold(decomposed) == "йошкар-ола елка"


def test_words_keep_inner_apostrophes_and_drop_punctuation() -> None:
    assert words("Oʻzbekiston, «ПРООН» — Алматы!") == ["oʻzbekiston", "проон", "алматы"]
    assert words("O‘zbekiston") == ["o", "zbekiston"]  # a left quote is no apostrophe


def test_fold_words_joins_only_the_words() -> None:
    assert fold_words("Иссык-Куль") == fold_words("иссык  куль") == "иссык куль"
    assert fold_words("  U.N.  ") == "u n"


def test_fold_name_unifies_dashes_and_spaces_but_keeps_punctuation() -> None:
    assert fold_name("  Иссык–Куль\tобласть ") == "иссык-куль область"
    assert fold_name("Иссык—Куль") == fold_name("Иссык‐Куль") == fold_name("иссык-куль")
    assert fold_name("ПРООН") == fold_name("проон")
    assert fold_name("Ёлка") == "елка"
    assert fold_name("U.N. (Geneva)") == "u.n. (geneva)"


def test_fold_name_keeps_apostrophes_where_the_gazetteer_fold_drops_them() -> None:
    assert fold_name("O'zbekiston") != fold_name("Ozbekiston")
    assert fold_spelling("O'zbekiston") == fold_spelling("Oʻzbekiston") == "ozbekiston"


def test_fold_spelling_keeps_case_only_on_request() -> None:
    assert fold_spelling("ПРООН–Ёлка’s", keep_case=True) == "ПРООН-Елкаs"
    assert fold_spelling("ПРООН–Ёлка’s") == "проон-елкаs"
    # Whitespace is left alone: the matcher works on tokens.
    assert fold_spelling("Ысык  Көл") == "ысык  көл"


# Letters of every script StoryDesk reads, with the dashes, quotes and spaces names hold.
_NAME_TEXT = st.text(
    alphabet=st.sampled_from(
        "aAbzZёЁеЕйЙиИ\u0306әӘғҒқҚңҢөӨұҰүҮһҺіІӯҷўoʻ'’‘-_ .,:«»\t\u00a0" + DASHES + "ßİǰ"
    ),
    max_size=40,
)


@given(_NAME_TEXT)
def test_fold_and_fold_name_agree_on_every_word(text: str) -> None:
    """The search index's word fold and the catalogue's name fold differ only between words
    (dashes, spaces), so a name's words fold the same on both sides."""
    for match in WORD_RE.finditer(text):
        assert fold_name(match.group()) == fold(match.group())


@given(_NAME_TEXT)
def test_fold_name_leaves_one_dash_and_single_spaces(text: str) -> None:
    folded = fold_name(text)
    assert not set(DASHES) & set(folded)
    assert "  " not in folded and folded == folded.strip()
    assert fold_title(text) == " ".join(fold_title(text).split())


@pytest.mark.parametrize(
    ("title", "key"),
    [
        # Titles of the shared seeds, with the title keys their import stored.
        (
            "Партнёрство — реальные результаты: ПРООН и Япония в действии",
            "партнерство - реальные результаты проон и япония в действии",
        ),
        (
            'Инновационный проект Казахстана "Цифровая карта семьи"',
            "инновационный проект казахстана цифровая карта семьи",
        ),
        (
            "Creative Industries: Leap towards sustainable development in Kazakhstan",
            "creative industries leap towards sustainable development in kazakhstan",
        ),
        (
            "Президентът на Казахстан Касим-Жомарт Токаев на заседание на Съвета на държавните"
            " глави на ОНД предложи на базата на…",
            "президентът на казахстан касим-жомарт токаев на заседание на съвета на държавните"
            " глави на онд предложи на базата на…",
        ),
        # Kyrgyz and Kazakh titles of the shared corpora.
        (
            "«Ысык-Көл» Эл аралык аба майданы казакстандык туристтерди тосуп алды",
            "ысык-көл эл аралык аба майданы казакстандык туристтерди тосуп алды",
        ),
        (
            "Россия Федерациясынын президенти Владимир Путин бүгүн, 28-мартта, мамлекеттик"
            " визит менен Кыргызстанга келди",
            "россия федерациясынын президенти владимир путин бүгүн 28-мартта мамлекеттик"
            " визит менен кыргызстанга келди",
        ),
        (
            "Қазақстанда «Жасыл экономика» бағдарламасы: 2025 жылғы нәтижелер!",
            "қазақстанда жасыл экономика бағдарламасы 2025 жылғы нәтижелер",
        ),
    ],
)
def test_fold_title_is_pinned(title: str, key: str) -> None:
    assert fold_title(title) == key


def test_fold_title_of_the_seed_files_matches_their_stored_keys() -> None:
    """The seeds' first lines fold as the catalogue stored them (ids derive from these)."""
    if not SEEDS.is_dir():
        pytest.skip("the shared seeds are not available")
    heads = {
        path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines()[0]
        for path in SEEDS.glob("*.txt")
    }
    folded = {fold_title(head) for head in heads}
    assert "в алматы могут создать центр цифровых решений оон" in folded


# --- Kazakh and Kyrgyz suffixes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("шымкентте", "шымкент"),
        ("бишкекте", "бишкек"),
        ("алматыда", "алматы"),
        ("нарында", "нарын"),
        ("қазақстанда", "қазақстан"),
        ("кыргызстандагы", "кыргызстан"),
        ("мектептерде", "мектеп"),
        ("университетінің", "университет"),
        ("жаңылыктар", "жаңылык"),
        ("ұйымдардың", "ұйымдар"),
    ],
)
def test_turkic_fold_takes_one_ending_off(word: str, folded: str) -> None:
    assert turkic_fold(word) == folded


def test_turkic_fold_leaves_short_words_and_country_names() -> None:
    assert turkic_fold("қазақстан") == "қазақстан"  # -стан is the stem, not a suffix
    assert turkic_fold("ош") == "ош"
    assert turkic_fold("алмата") == "алмата"  # too short to keep five letters
    assert turkic_fold("бишкекте", min_stem=7) == "бишкекте"


def test_turkic_suffixes_are_longest_first_and_never_one_letter() -> None:
    lengths = [len(s) for s in TURKIC_SUFFIXES]
    assert lengths == sorted(lengths, reverse=True)
    assert min(lengths) == 2
    assert len(set(TURKIC_SUFFIXES)) == len(TURKIC_SUFFIXES)


def test_name_endings_share_the_case_endings_and_add_the_buffer_forms() -> None:
    shared = {"да", "де", "та", "те", "ға", "ге", "дун", "нын", "ның", "дан", "мен", "лар"}
    assert shared <= TURKIC_NAME_ENDINGS
    assert shared <= set(TURKIC_SUFFIXES)
    # After a name, a single buffer letter and "н"-forms count; the search fold never takes
    # one letter off.
    assert {"н", "ы", "і", "на", "нда", "ын"} <= TURKIC_NAME_ENDINGS
    assert not {"н", "ы", "і"} & set(TURKIC_SUFFIXES)


def _digest(endings: set[str]) -> str:
    return hashlib.sha256("\n".join(sorted(endings)).encode()).hexdigest()


def test_suffix_tables_are_the_ones_indexes_and_imports_were_built_with() -> None:
    """Changing a table changes search results and imported places: do it on purpose.

    The digests are of the tables search/analysis.py and ingest/directory.py held before
    they moved into storydesk.text (594 and 150 endings).
    """
    assert len(TURKIC_SUFFIXES) == 594
    assert _digest(set(TURKIC_SUFFIXES)) == (
        "ef9f3e2b16a5dc7c232cb4c76996789b0894f44689cd6cc5671edceccb308464"
    )
    assert len(TURKIC_NAME_ENDINGS) == 150
    assert _digest(set(TURKIC_NAME_ENDINGS)) == (
        "2686f725a5d989cc84ed24b7c61555df4dbf6b2798d193d73e88bdc4df62e8d8"
    )


def test_turkic_letters_tell_kazakh_and_kyrgyz_words() -> None:
    for letter in "әғқңөұүһі":
        assert is_turkic(f"a{letter}b"), letter
    assert not is_turkic("бишкек")
    assert is_turkic("бүгүн")


# --- transliteration -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("шымкент", "shymkent"),
        ("бишкек", "bishkek"),
        ("өскемен", "oskemen"),
        ("ұлттық", "ulttyk"),
        ("жаңылык", "zhanylyk"),
        ("һижра", "hizhra"),
        ("іскер", "isker"),
        ("әғқңөұүһі", "agknouuhi"),
        ("тоҷикистон", "tojikiston"),
        ("ўзбекистон", "uzbekiston"),
        ("щука", "shchuka"),
    ],
)
def test_transliterate_writes_cyrillic_in_latin(word: str, latin: str) -> None:
    assert transliterate(word) == latin


def test_transliterate_expects_folded_words() -> None:
    assert transliterate("almaty") == "almaty"
    assert transliterate(fold("Ёлка")) == "elka"
    assert is_cyrillic("ёлка") and not is_cyrillic("elka")


# --- cross-script keys -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        # Uzbek (1995 Latin): oʻ gʻ sh ch q x h yo ya yu ts, е/ye at the start, ъ/ʼ, нг/ng.
        ("ёшлар", "yoshlar"),
        ("тадбиркорлик", "tadbirkorlik"),
        ("марказ", "markaz"),
        ("Ўзбекистон", "Oʻzbekiston"),
        ("ўзбекистон", "o‘zbekiston"),
        ("ўзбекистон", "o'zbekiston"),
        ("ғалаба", "gʻalaba"),
        ("хабар", "xabar"),
        ("ҳукумат", "hukumat"),
        ("қишлоқ", "qishloq"),
        ("чорва", "chorva"),
        ("яхши", "yaxshi"),
        ("юрт", "yurt"),
        ("цех", "tsex"),
        ("ер", "yer"),
        ("маъно", "maʼno"),
        ("тонг", "tong"),
        # Kazakh: 2021 Latin and plain ASCII.
        ("ауыз", "auyz"),
        ("су", "su"),
        ("жаңа", "jaña"),
        ("жаңа", "zhana"),
        ("жаңа", "jana"),
        ("ұлттық", "ūlttyq"),
        ("ұлттық", "ulttyq"),
        ("біз", "bız"),
        ("шағын", "şağyn"),
        ("өнім", "önım"),
        ("әкім", "äkım"),
        ("Қазақстан", "Qazaqstan"),
        ("Қазақстанда", "Qazaqstanda"),
        # Kyrgyz as typed.
        ("жаштар", "jashtar"),
        ("жаштар", "zhashtar"),
        ("өкмөт", "ökmöt"),
        ("өкмөт", "okmot"),
        ("үй", "üy"),
        ("мыңдаган", "myngdagan"),
        # Tajik.
        ("ҷавонон", "javonon"),
        ("тоҷикӣ", "tojikī"),
        ("рӯз", "rūz"),
        ("ғалла", "ghalla"),
        ("ҳукумати", "hukumati"),
    ],
)
def test_cross_script_keys_meet(cyrillic: str, latin: str) -> None:
    assert cross_script_key(cyrillic) == cross_script_key(latin) != ""


def test_cross_script_key_joins_inflected_forms() -> None:
    assert cross_script_key("марказда") == cross_script_key("markaz")
    assert cross_script_key("Ёшларнинг") == cross_script_key("yoshlar")
    assert cross_script_key("өкмөткө") == cross_script_key("ökmöt")
    # -стан/-стон names are not cut.
    assert cross_script_key("Қазақстан") == "kazakstan"
    assert cross_script_key("Oʻzbekiston") == "ozbekiston"


def test_cross_script_key_keeps_yo_apart_from_ye() -> None:
    # Uzbek ё is yo: the key is taken before ё is folded to е.
    assert cross_script_key("Ёшлар") == cross_script_key("yoshlar")
    assert cross_script_key("ешлар") != cross_script_key("yoshlar")


def test_short_words_keep_a_key_and_digits_have_none() -> None:
    assert cross_script_key("су") == "su"
    assert cross_script_key("ва") == "va"
    assert cross_script_key("2024") == ""
    assert cross_script_key("covid19") == ""


def test_turkic_letters_in_either_script() -> None:
    for word in ("ўзбек", "ҷавон", "ұлт", "oʻzbek", "şağyn", "jaña", "önım"):
        assert has_turkic_letters(word), word
    for word in ("мост", "most", "бишкек", "o'zbek", "ёлка"):
        assert not has_turkic_letters(word), word


# --- languages -------------------------------------------------------------------------------


def test_every_language_has_an_english_and_an_own_name() -> None:
    assert list(LANGUAGES) == ["ru", "en", "kk", "ky", "uz", "tg", "tk", "mn", "bg", "uk"]
    assert set(NATIVE_LANGUAGE_NAMES) == set(LANGUAGES)
    assert LANGUAGES["kk"] == "Kazakh"
    assert language_name("kk") == "Қазақша"
    assert language_name("ky") == "Кыргызча"
    assert language_name("ru") == "Русский"
    assert language_name("xx") is None


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("eng", "en"),
        ("Russian", "ru"),
        ("ru-RU", "ru"),
        ("ru_RU", "ru"),
        ("Қазақша", "kk"),
        ("КЫРГЫЗЧА", "ky"),
        ("Kirghiz", "ky"),
        ("кыргызский", "ky"),
        ("O'zbek", "uz"),
        (" Тоҷикӣ ", "tg"),
        ("fr-CA", "fr"),
    ],
)
def test_normalise_language_reads_what_authors_write(value: str, code: str) -> None:
    assert normalise_language(value) == code


def test_normalise_language_refuses_what_names_no_language() -> None:
    assert normalise_language("Klingon") is None
    assert normalise_language("") is None
    # The app's own names are shown, not read: only the spellings authors use count.
    assert normalise_language("Türkmençe") is None


def test_every_english_name_and_code_reads_back() -> None:
    for code, name in LANGUAGES.items():
        assert normalise_language(name) == code
        assert normalise_language(code.upper()) == code


def test_the_front_ends_get_language_names_through_the_library() -> None:
    from storydesk.library import language_name as from_library

    assert from_library is language_name


def test_text_is_a_leaf_module() -> None:
    """Everything may import storydesk.text; it imports nothing of StoryDesk's."""
    tree = ast.parse(Path(storydesk.text.__file__).read_text(encoding="utf-8"))
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ] + [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert imported and not [name for name in imported if name.startswith("storydesk")]
