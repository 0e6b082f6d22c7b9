"""Builds StoryDesk's interface translations: ``.ts`` sources from the code, ``.qm`` from them.

Run from a checkout (with StoryDesk's environment active, which has PySide6's tools)::

    python packaging/translations.py          # update the .ts files, build the .qm files
    python packaging/translations.py --check  # exit 1 if either is out of date; write nothing

``pyside6-lupdate`` reads every ``.py`` file under ``src/storydesk`` (the core too: its
``translatable("Context", "text")`` marks count as ``QT_TRANSLATE_NOOP``) and merges the
texts into ``resources/i18n/storydesk_<lang>.ts`` for Russian, Kazakh and Kyrgyz, keeping
what translators wrote and dropping texts the code no longer has. ``storydesk_en.ts`` holds
only the numerus texts: English needs its singular forms too ("1 story", "2 stories").
``pyside6-lrelease`` then compiles each into ``storydesk_<lang>.qm`` with its finished
translations only. The script prints how much of each language is finished.

See docs/translations.md for the translators' side.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "storydesk"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "kk", "ky")
"""Languages translated in full; English has a plural-forms-only file."""
ENGLISH = "en"

LUPDATE_OPTIONS = (
    "-tr-function-alias",
    "QT_TRANSLATE_NOOP+=translatable",
    "-no-obsolete",
    "-locations",
    "none",
    "-source-language",
    "en",
)


class ToolMissing(RuntimeError):
    """A Qt tool is not installed (PySide6-Essentials ships them)."""


def tool(name: str) -> str:
    """The path of ``pyside6-lupdate`` or ``pyside6-lrelease``: beside Python, or on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise ToolMissing(f"{name} was not found; install PySide6-Essentials in this environment")


def sources(root: Path = SOURCE) -> list[Path]:
    """Every Python file of StoryDesk, in a stable order."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"storydesk_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"storydesk_{language}.qm"


QT_EXTRA = ("ky",)
"""Languages Qt ships no ``qtbase_<lang>.qm`` for: ``qt_<lang>.ts``, kept by hand (not by
lupdate), translates Qt's standard buttons (OK, Cancel, Close...)."""


def qt_ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"qt_{language}.ts"


def qt_qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"qt_{language}.qm"


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"{Path(command[0]).name} failed ({result.returncode}):\n"
            + (result.stderr or result.stdout)
        )


def lupdate(language: str, target: Path, files: list[Path] | None = None) -> None:
    """Merge the code's texts into ``target`` (created if missing) for ``language``."""
    files = files if files is not None else sources()
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(os.fspath(f) for f in files) + "\n", encoding="utf-8")
        command = [tool("pyside6-lupdate"), f"@{listing}", *LUPDATE_OPTIONS]
        command += ["-target-language", language, "-silent"]
        if language == ENGLISH:
            command.append("-pluralonly")
        command += ["-ts", os.fspath(target)]
        _run(command)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``, finished translations only."""
    _run(
        [tool("pyside6-lrelease"), "-nounfinished", "-silent", os.fspath(ts), "-qm", os.fspath(qm)]
    )


# -- reading .ts files ------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One message of a ``.ts`` file and its translation."""

    context: str
    source: str
    numerus: bool
    comment: str
    forms: tuple[str, ...]
    """The translation (one form, or one per plural form); empty strings when not done."""
    finished: bool
    """Translated and not marked unfinished, vanished or obsolete."""

    @property
    def key(self) -> tuple[str, str, bool, str]:
        return (self.context, self.source, self.numerus, self.comment)


def read_ts(path: Path) -> list[Entry]:
    """The messages of a ``.ts`` file (vanished and obsolete ones left out)."""
    entries: list[Entry] = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            finished = kind != "unfinished" and bool(forms) and all(forms)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    numerus=numerus,
                    comment=message.findtext("comment") or "",
                    forms=forms,
                    finished=finished,
                )
            )
    return entries


def completeness(path: Path) -> tuple[int, int]:
    """``(finished, total)`` messages of a ``.ts`` file."""
    entries = read_ts(path)
    return sum(e.finished for e in entries), len(entries)


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_COUNT = re.compile(r"%L?n")


def placeholder_problems(entries: list[Entry], language: str) -> list[str]:
    """Finished translations that drop, add or rename a ``{placeholder}`` or lose ``%n``.

    The app fills placeholders by name, so a translation must keep exactly its source's; a
    plural form without ``%n`` would hide the count (English may say "The story" for one).
    """
    problems = []
    for entry in entries:
        if not entry.finished:
            continue
        wanted = sorted(_PLACEHOLDER.findall(entry.source))
        for form in entry.forms:
            got = sorted(_PLACEHOLDER.findall(form))
            where = f"{language}: [{entry.context}] {entry.source!r} -> {form!r}"
            if got != wanted:
                problems.append(f"{where} has {got or 'no placeholders'}, not {wanted}")
            if entry.numerus and language != ENGLISH and not _COUNT.search(form):
                problems.append(f"{where} has no %n")
    return problems


# -- the two jobs ------------------------------------------------------------------------------


def languages() -> tuple[str, ...]:
    return (ENGLISH, *LANGUAGES)


def stale(folder: Path = I18N) -> list[str]:
    """What is out of date in ``folder``, one line each (nothing is written there)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for language in languages():
            committed = ts_path(language, folder)
            if not committed.is_file():
                problems.append(f"{committed.name} is missing")
                continue
            fresh = ts_path(language, scratch)
            shutil.copyfile(committed, fresh)
            lupdate(language, fresh)
            old = {e.key for e in read_ts(committed)}
            new = {e.key for e in read_ts(fresh)}
            for context, source, _n, _c in sorted(new - old):
                problems.append(f"{committed.name}: new text [{context}] {source!r}")
            for context, source, _n, _c in sorted(old - new):
                problems.append(
                    f"{committed.name}: text no longer in the code [{context}] {source!r}"
                )
            qm = qm_path(language, folder)
            built = qm_path(language, scratch)
            lrelease(committed, built)
            if not qm.is_file():
                problems.append(f"{qm.name} is missing")
            elif qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm.name} does not match {committed.name}")
        for language in QT_EXTRA:
            qm, built = qt_qm_path(language, folder), qt_qm_path(language, scratch)
            if not qt_ts_path(language, folder).is_file():
                problems.append(f"{qt_ts_path(language).name} is missing")
                continue
            lrelease(qt_ts_path(language, folder), built)
            if not qm.is_file() or qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm.name} does not match {qt_ts_path(language).name}")
    return problems


def build(folder: Path = I18N) -> list[tuple[str, int, int]]:
    """Update every ``.ts`` in ``folder`` from the code and compile its ``.qm``.

    Returns:
        ``(language, finished, total)`` for each fully translated language.
    """
    folder.mkdir(parents=True, exist_ok=True)
    counts = []
    for language in languages():
        ts = ts_path(language, folder)
        lupdate(language, ts)
        lrelease(ts, qm_path(language, folder))
        if language != ENGLISH:
            counts.append((language, *completeness(ts)))
    for language in QT_EXTRA:
        lrelease(qt_ts_path(language, folder), qt_qm_path(language, folder))
    return counts


def percent(finished: int, total: int) -> int:
    """Whole percent, rounded down (so 100% means every text)."""
    return 100 if total == 0 else finished * 100 // total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="translations.py", description="Update StoryDesk's .ts files and build the .qm files."
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1, naming what differs, if a .ts is out of date with the code or a .qm "
        "with its .ts; write nothing",
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = stale()
            for line in problems:
                print(line)
            if problems:
                print("Run: python packaging/translations.py", file=sys.stderr)
                return 1
            print("translations are up to date")
            for language in LANGUAGES:
                finished, total = completeness(ts_path(language))
                print(f"{language}: {finished} of {total} finished ({percent(finished, total)}%)")
            return 0
        for language, finished, total in build():
            print(f"{language}: {finished} of {total} finished ({percent(finished, total)}%)")
    except (ToolMissing, RuntimeError, OSError, ET.ParseError) as exc:
        print(f"translations.py: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
