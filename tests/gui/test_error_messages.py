"""The app shows the core's messages in the reader's language, through a real translator.

A tiny ``.ts`` file is written here, compiled with ``pyside6-lrelease`` and installed as a
:class:`QTranslator`; real failures from the core are then described by the app with the
translated sentence, the values filled in and nested reasons translated too. A translation
that lost a placeholder is not used: the English text is shown instead.
"""

from __future__ import annotations

import errno
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from storydesk.errors import Cancelled, StoryDeskError, storage_error
from storydesk.gui.errors import describe, translated
from storydesk.ingest.containers import ZipContainer
from storydesk.library import Library
from storydesk.messages import Message, translatable
from storydesk.progress import CancelToken

TRANSLATIONS: dict[str, list[tuple[str, str]]] = {
    "Import": [
        ("{path}: {reason}", "{path} — {reason}"),
        ("not a readable ZIP archive", "это не читаемый ZIP-архив"),
        ("entry '{name}' {reason}", "элемент «{name}» {reason}"),
        ("escapes the bundle with '..'", "выходит за пределы пакета через «..»"),
        ("the import", "импорт"),
        ("holds {count:,} files, over the {limit:,} limit", "{count:,} файлов, больше {limit:,}"),
    ],
    "Errors": [("{work} was cancelled", "отменено: {work}")],
    "Storage": [
        ("the disk is full; free some space and try again", "диск заполнен; освободите место"),
        # A broken translation: the path is lost.
        (
            "{path}: the data folder is read-only; StoryDesk can show and search it but not "
            "change it",
            "папка данных только для чтения",
        ),
    ],
}


def _ts(translations: dict[str, list[tuple[str, str]]]) -> str:
    contexts = []
    for context, pairs in translations.items():
        messages = "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(target)}</translation></message>"
            for source, target in pairs
        )
        contexts.append(f"<context><name>{context}</name>{messages}</context>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="ru_RU">{"".join(contexts)}</TS>\n'
    )


def _lrelease() -> list[str]:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return [found]


@pytest.fixture
def russian(qapp: Any, tmp_path: Path) -> Iterator[QTranslator]:
    source = tmp_path / "messages_ru.ts"
    source.write_text(_ts(TRANSLATIONS), encoding="utf-8")
    compiled = tmp_path / "messages_ru.qm"
    subprocess.run(
        [*_lrelease(), str(source), "-qm", str(compiled)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_a_damaged_bundle_is_described_in_russian(russian: QTranslator, tmp_path: Path) -> None:
    bundle = tmp_path / "damaged.storybundle"
    bundle.write_bytes(b"not a zip at all" * 10)
    with pytest.raises(StoryDeskError) as caught:
        ZipContainer(bundle)
    assert describe(caught.value) == f"{bundle} — это не читаемый ZIP-архив"
    assert str(caught.value) == f"{bundle}: not a readable ZIP archive"


def test_an_import_reason_is_translated_with_its_nested_reason(
    russian: QTranslator, tmp_path: Path
) -> None:
    unsafe = tmp_path / "unsafe.zip"
    with zipfile.ZipFile(unsafe, "w") as zf:
        zf.writestr("../evil.md", "---\ntitle: x\n---\n\nbody\n")
    with Library.open(tmp_path / "data") as library:
        report = library.import_paths([unsafe])
    reason = report.rejected[0]["reason"]
    assert reason == "entry '../evil.md' escapes the bundle with '..'"
    assert translated(reason) == "элемент «../evil.md» выходит за пределы пакета через «..»"


def test_a_cancelled_import_is_described_in_russian(russian: QTranslator, tmp_path: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with Library.open(tmp_path / "data") as library, pytest.raises(Cancelled) as caught:
        library.import_paths([tmp_path], cancel=cancel)
    assert describe(caught.value) == "Отменено: импорт"


def test_a_sentence_of_its_own_is_capitalised_in_translation(russian: QTranslator) -> None:
    error = storage_error(OSError(errno.ENOSPC, "No space left on device"))
    assert error is not None
    assert str(error) == "The disk is full; free some space and try again"
    assert translated(error.args[0]) == "Диск заполнен; освободите место"


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(
    russian: QTranslator, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    Library.open(folder).close()
    with Library.open(folder, read_only=True) as library, pytest.raises(StoryDeskError) as caught:
        library.import_paths([tmp_path])
    message = caught.value.args[0]
    assert isinstance(message, Message)
    english = (
        f"{folder}: the data folder is read-only; StoryDesk can show and search it but not "
        "change it"
    )
    assert translated(message) == english
    assert describe(caught.value) == english[:1].upper() + english[1:]


def test_without_a_translator_the_english_is_shown(qapp: Any, tmp_path: Path) -> None:
    bundle = tmp_path / "damaged.storybundle"
    bundle.write_bytes(b"PK")
    with pytest.raises(StoryDeskError) as caught:
        ZipContainer(bundle)
    assert describe(caught.value) == f"{bundle}: not a readable ZIP archive"


def test_numbers_are_grouped_as_the_reader_writes_them(russian: QTranslator) -> None:
    message = translatable("Import", "holds {count:,} files, over the {limit:,} limit").format(
        count=120000, limit=20000
    )
    assert message == "holds 120,000 files, over the 20,000 limit"
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        shown = translated(message)
    finally:
        QLocale.setDefault(previous)
    assert shown == "120\N{NO-BREAK SPACE}000 файлов, больше 20\N{NO-BREAK SPACE}000"
