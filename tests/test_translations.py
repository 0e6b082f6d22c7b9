"""The interface translations: ``.ts`` in step with the code, ``.qm`` with the ``.ts``,
placeholders kept, Russian complete.

Runs ``packaging/translations.py``'s own functions (``pyside6-lupdate`` and
``pyside6-lrelease`` from PySide6-Essentials) into temporary folders; the committed files
are only read.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "translations.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("storydesk_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tr = _load()
ALL = (tr.ENGLISH, *tr.LANGUAGES)


@pytest.mark.parametrize("language", ALL)
def test_ts_file_is_up_to_date_with_the_code(language: str, tmp_path: Path) -> None:
    committed = tr.ts_path(language)
    fresh = tr.ts_path(language, tmp_path)
    tr.lupdate(language, fresh)
    want = {e.key for e in tr.read_ts(fresh)}
    have = {e.key for e in tr.read_ts(committed)}
    assert want, "lupdate found no texts"
    new = sorted(want - have)
    gone = sorted(have - want)
    assert not new and not gone, (
        f"{committed.name} is out of date; run python packaging/translations.py\n"
        f"new in the code: {new[:10]}\nno longer in the code: {gone[:10]}"
    )


@pytest.mark.parametrize("language", ALL)
def test_qm_file_is_built_from_its_ts(language: str, tmp_path: Path) -> None:
    built = tr.qm_path(language, tmp_path)
    tr.lrelease(tr.ts_path(language), built)
    committed = tr.qm_path(language)
    assert committed.is_file(), f"{committed.name} is missing"
    assert committed.read_bytes() == built.read_bytes(), (
        f"{committed.name} does not match its .ts; run python packaging/translations.py"
    )


@pytest.mark.parametrize("language", ALL)
def test_translations_keep_their_placeholders(language: str) -> None:
    problems = tr.placeholder_problems(tr.read_ts(tr.ts_path(language)), language)
    assert not problems, "\n".join(problems)


def test_a_broken_placeholder_is_named(tmp_path: Path) -> None:
    ts = tmp_path / "storydesk_ru.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>StoryDesk — {folder}</source>
        <translation>StoryDesk — {папка}</translation>
    </message>
    <message>
        <source>Link copied: {url}</source>
        <translation>Ссылка скопирована: {url}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories found</source>
        <translation>
            <numerusform>Найдена %Ln история</numerusform>
            <numerusform>Найдено историй: несколько</numerusform>
            <numerusform>Найдено %Ln историй</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done {yet}</source>
        <translation type="unfinished">{}</translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    problems = tr.placeholder_problems(tr.read_ts(ts), "ru")
    assert len(problems) == 2, problems
    assert "[MainWindow] 'StoryDesk — {folder}'" in problems[0]
    assert "{папка}" in problems[0]
    assert "'%Ln stories found'" in problems[1] and "no %n" in problems[1]


@pytest.mark.parametrize("language", ["ru", "kk", "ky"])
def test_every_language_is_complete(language: str) -> None:
    finished, total = tr.completeness(tr.ts_path(language))
    assert total > 0
    assert finished == total, f"{language}: {finished} of {total} finished"


def test_check_mode_names_a_stale_file_and_writes_nothing(tmp_path: Path) -> None:
    """Checking a copy of resources/i18n with one text swapped and one .qm changed."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    for language in ALL:
        for path in (tr.ts_path(language), tr.qm_path(language)):
            (folder / path.name).write_bytes(path.read_bytes())
    for language in tr.QT_EXTRA:
        for path in (tr.qt_ts_path(language), tr.qt_qm_path(language)):
            (folder / path.name).write_bytes(path.read_bytes())
    ru = tr.ts_path("ru", folder)
    text = ru.read_text(encoding="utf-8")
    dropped = "<source>Export cancelled; nothing was written.</source>"
    assert dropped in text
    ru.write_text(text.replace(dropped, "<source>A text the code never had</source>"), "utf-8")
    kk_qm = tr.qm_path("kk", folder)
    kk_qm.write_bytes(kk_qm.read_bytes() + b"\0")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    problems = tr.stale(folder)
    assert any("Export cancelled; nothing was written." in p for p in problems), problems
    assert any("A text the code never had" in p for p in problems), problems
    assert any("storydesk_kk.qm does not match" in p for p in problems), problems
    assert not any("storydesk_ky" in p for p in problems), problems
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_check_mode_passes_on_the_committed_files() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ru: " in result.stdout and "finished" in result.stdout


@pytest.mark.parametrize("language", ALL)
def test_every_text_has_a_context(language: str) -> None:
    """A text with no context (a ``tr()`` lupdate saw outside a class) is never found."""
    empty = [e.source for e in tr.read_ts(tr.ts_path(language)) if not e.context]
    assert not empty, f"texts without a context: {empty[:10]}"


def test_every_english_count_has_its_singular() -> None:
    """Without its English forms a count reads "1 stories found"."""
    missing = [e.source for e in tr.read_ts(tr.ts_path(tr.ENGLISH)) if not e.finished]
    assert not missing, f"add the English singular to storydesk_en.ts for: {missing}"
