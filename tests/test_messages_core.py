"""The core's messages reach the app translatable, with the English text unchanged.

Real failures (a damaged bundle, a ZIP with an unsafe path, an oversized image, a page with
no title, a read-only data folder, a cancelled import) give a
:class:`~storydesk.messages.Message` whose English text is exactly what the command line
has always printed; the import report's JSON is plain text as before. An AST check over
the converted core modules fails when a user-facing error or report reason is written as a
bare English string, an f-string or a concatenation again.
"""

from __future__ import annotations

import ast
import json
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

import storydesk.errors as errors_module
from storydesk.errors import (
    Cancelled,
    ImageRejected,
    ReadOnlyDataFolder,
    StoryDeskError,
    StoryNotFound,
    storage_error,
)
from storydesk.library import Library
from storydesk.media.store import inspect_image
from storydesk.messages import Message, Template
from storydesk.progress import CancelToken
from tests.conftest import run_storydesk

STORY = "---\ntitle: A harmless story\n---\n\nA harmless body of text for the story.\n"


def _reason(report_entries: list[dict[str, str]], path_part: str) -> str:
    found = [e["reason"] for e in report_entries if path_part in e["path"]]
    assert found, report_entries
    return found[0]


def _png_header(width: int, height: int) -> bytes:
    """A PNG's signature and header chunk claiming ``width`` x ``height`` pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "damaged.storybundle").write_bytes(b"not a zip at all" * 10)
    with zipfile.ZipFile(folder / "unsafe.zip", "w") as zf:
        zf.writestr("../evil.md", STORY)
    (folder / "untitled.html").write_text("<html><head></head><body></body></html>")
    return folder


def test_import_reasons_are_messages_with_the_english_text(inputs: Path, tmp_path: Path) -> None:
    with Library.open(tmp_path / "data") as library:
        report = library.import_paths(
            [
                inputs / "damaged.storybundle",
                inputs / "unsafe.zip",
                inputs / "untitled.html",
                inputs / "missing.md",
            ]
        )
    damaged = _reason(report.rejected, "damaged.storybundle")
    unsafe = _reason(report.rejected, "unsafe.zip")
    untitled = _reason(report.rejected, "untitled.html")
    missing = _reason(report.rejected, "missing.md")
    assert damaged == "not a readable ZIP archive"
    assert unsafe == "entry '../evil.md' escapes the bundle with '..'"
    assert untitled == "the page has no title and no article text"
    assert missing == "no such file or folder"
    for reason in (damaged, unsafe, untitled, missing):
        assert isinstance(reason, Message), reason
    assert unsafe.context == "Import" and unsafe.template == "entry '{name}' {reason}"
    assert unsafe.values["name"] == "../evil.md"
    nested = unsafe.values["reason"]
    assert isinstance(nested, Template) and nested.context == "Import"
    # The report's JSON is plain English text, exactly as before.
    plain = json.loads(json.dumps(report.to_json()))
    assert plain["rejected"] == [
        {"path": e["path"], "reason": str(e["reason"])} for e in plain["rejected"]
    ]
    assert {"path": str(inputs / "unsafe.zip"), "reason": unsafe} in plain["rejected"]


def test_command_line_prints_the_same_english(inputs: Path, tmp_path: Path) -> None:
    done = run_storydesk("import", "--json", str(inputs / "unsafe.zip"), data_dir=tmp_path / "cli")
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    assert document["rejected"] == [
        {
            "path": str(inputs / "unsafe.zip"),
            "reason": "entry '../evil.md' escapes the bundle with '..'",
        }
    ]
    text = run_storydesk("import", str(inputs / "damaged.storybundle"), data_dir=tmp_path / "cli")
    assert f"rejected: {inputs / 'damaged.storybundle'}: not a readable ZIP archive" in text.stderr


def test_a_rejected_input_keeps_path_and_reason_as_values(inputs: Path) -> None:
    from storydesk.ingest.containers import ZipContainer

    with pytest.raises(StoryDeskError) as caught:
        ZipContainer(inputs / "damaged.storybundle")
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert message == f"{inputs / 'damaged.storybundle'}: not a readable ZIP archive"
    assert message.template == "{path}: {reason}"
    assert message.values["reason"] == "not a readable ZIP archive"
    assert isinstance(caught.value.reason, Message)  # a bare text made a message


def test_an_oversized_image_is_refused_with_a_message() -> None:
    with pytest.raises(ImageRejected) as caught:
        inspect_image(_png_header(9_000, 9_000), "huge.png")
    reason = caught.value.reason
    assert isinstance(reason, Message)
    assert reason == "image is 9000×9000 pixels, over the 80 megapixel limit"
    assert reason.values == {"width": 9_000, "height": 9_000, "limit": 80}
    assert str(caught.value) == ("huge.png: image is 9000×9000 pixels, over the 80 megapixel limit")
    with pytest.raises(ImageRejected) as caught:
        inspect_image(b"x" * (41 * 1024 * 1024), "big.jpg")
    assert caught.value.reason == "file is 41.0 MB, over the 40 MB limit"
    assert isinstance(caught.value.reason, Message)


def test_a_read_only_data_folder_refuses_writes_with_a_message(
    seeded_template: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    with Library.open(folder, read_only=True) as library:
        warning = next(w for w in library.warnings if "read-only" in w)
        assert isinstance(warning, Message)
        with pytest.raises(ReadOnlyDataFolder) as caught:
            library.import_paths([tmp_path])
        with pytest.raises(ReadOnlyDataFolder) as backup:
            library.backup()
        with pytest.raises(StoryNotFound) as unknown:
            library.stories(["no-such-story"])
    message = caught.value.args[0]
    assert isinstance(message, Message) and message.context == "Storage"
    assert message == (
        f"{folder}: the data folder is read-only; StoryDesk can show and search it but not "
        "change it"
    )
    assert backup.value.args[0] == (
        f"{folder}: the data folder is read-only; no backup can be written there"
    )
    assert isinstance(unknown.value.args[0], Message)
    assert unknown.value.args[0] == "no story has the id 'no-such-story'"


def test_a_cancelled_import_says_so_in_a_message(inputs: Path, tmp_path: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with Library.open(tmp_path / "data") as library, pytest.raises(Cancelled) as caught:
        library.import_paths([inputs / "untitled.html"], cancel=cancel)
    message = caught.value.args[0]
    assert isinstance(message, Message) and message == "the import was cancelled"
    assert message.template == "{work} was cancelled"
    assert isinstance(message.values["work"], Template)


def test_storage_errors_keep_their_wording() -> None:
    import errno

    alone = storage_error(OSError(errno.ENOSPC, "No space left on device"))
    assert alone is not None
    assert alone.args[0] == "The disk is full; free some space and try again"
    assert isinstance(alone.args[0], Message) and alone.args[0].capitalised
    named = storage_error(OSError(errno.EROFS, "Read-only file system", "/x/catalogue.sqlite3"))
    assert named is not None and isinstance(named.args[0], Message)
    assert named.args[0] == "/x/catalogue.sqlite3: the disk is read-only"


# -- no bare English left in the converted modules ----------------------------------------

SRC = Path(__file__).resolve().parents[1] / "src" / "storydesk"
CONVERTED = [
    "errors.py",
    "progress.py",
    "library.py",
    "paths.py",
    "atomic.py",
    "packs/pdf.py",
    "packs/html.py",
    *(
        str(p.relative_to(SRC))
        for folder in ("ingest", "bundle", "catalogue", "media")
        for p in sorted((SRC / folder).rglob("*.py"))
        if "migrations" not in p.parts
    ),
]
# Raised for programming errors (a caller passing a bad argument) or caught inside the
# core; they never reach a user as a message, so they stay plain English.
DEVELOPER_ONLY = {
    "ValueError",  # bad arguments (thumbnail size, image hash), never from user input
    "TypeError",  # positional values to a template
    "NotImplementedError",  # abstract Container methods
    "KeyError",
    "AssertionError",
    "BadZipFile",  # raised and caught in ZipContainer, reported as "not a readable ZIP"
}
# OSError raised with our own words (the PDF painter) is shown to the user too.
USER_FACING_OS = {"OSError"}
# Calls that put a reason into an import report or a rejection.
REASON_CALLS = {"skip", "warn", "reject", "_note", "_add_note", "ReadNote", "_problem"}


def _user_facing(name: str) -> bool:
    cls = getattr(errors_module, name, None)
    if isinstance(cls, type) and issubclass(cls, StoryDeskError):
        return True
    return name in USER_FACING_OS


def _bare_english(node: ast.expr) -> bool:
    """A string literal, f-string, concatenation, %-format or str.format of a literal."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _bare_english(node.left) or _bare_english(node.right)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _bare_english(node.func.value)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _problems(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        where = f"{filename}:{node.lineno}"
        if name == "translatable":
            literal = len(node.args) == 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
            )
            if not literal:
                found.append(f"{where}: translatable() needs two string literals")
            continue
        if name in DEVELOPER_ONLY:
            continue
        arguments: list[ast.expr] = []
        if _user_facing(name):
            arguments = list(node.args)  # message, or (path, reason) for rejections
            if name.endswith("Rejected") or name == "RejectedInput":
                arguments = list(node.args[1:2])
        elif name in REASON_CALLS:
            arguments = list(node.args[-1:])  # the reason comes last
        found += [f"{where}: {name}({ast.unparse(a)[:60]})" for a in arguments if _bare_english(a)]
    return found


def test_no_user_facing_message_is_bare_english() -> None:
    problems = []
    for relative in CONVERTED:
        path = SRC / relative
        problems += _problems(path.read_text(encoding="utf-8"), relative)
    assert problems == []


def test_the_check_catches_bare_english() -> None:
    old = """
raise RejectedInput(name, f"text marked as {codec} does not decode")
raise CatalogueError(f"{path}: no such backup file")
raise StorageError("the data folder" + " is read-only")
raise BundleRejected(label, "bundle.json is not an object")
plan.skip(where, f"row {number} is empty")
raise OSError("cannot add a page to the briefing pack")
translatable("Import", text)
raise ValueError(f"max_side must be at least {n}")
raise RejectedInput(name, translatable("Import", "the file is empty"))
"""
    lines = {int(p.split(":")[1]) for p in _problems(old, "old.py")}
    assert lines == {2, 3, 4, 5, 6, 7, 8}


def test_a_lost_catalogue_names_its_signs_of_use_translatably(
    seeded_template: Path, tmp_path: Path
) -> None:
    from storydesk.errors import CatalogueMissing

    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    (folder / "catalogue.sqlite3").unlink()
    with pytest.raises(CatalogueMissing) as caught:
        Library.open(folder)
    message = caught.value.args[0]
    assert isinstance(message, Message) and message.context == "Catalogue"
    assert str(message).startswith(
        f"{folder / 'catalogue.sqlite3'}: the catalogue is missing, but this data folder has "
        "been used (a catalogue was created here; "
    )
    assert str(message).endswith(
        "so StoryDesk will not start a new, empty catalogue; no good backup was found in "
        f"{folder / 'backups'}"
    )
    signs = message.values["signs"]
    assert isinstance(signs, Message)
    assert all(isinstance(sign, Template) for sign in signs.values.values())
    assert isinstance(message.values["hint"], Message)
