"""Only ``gui/`` imports QtWidgets; the core never imports PySide6 (packs/ may use QtGui)."""

from __future__ import annotations

import ast
from pathlib import Path

import storydesk

PACKAGE = Path(storydesk.__file__).resolve().parent


def _qt_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("PySide6"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
            if node.module == "PySide6":
                found.update(f"PySide6.{a.name}" for a in node.names)
            else:
                found.add(node.module)
    return found


def test_only_gui_imports_qtwidgets_and_the_core_stays_headless() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        top = rel.parts[0]
        for module in _qt_imports(path):
            if top == "gui":
                continue
            if top in ("export", "packs") and module in (
                "PySide6.QtGui",
                "PySide6.QtCore",
                "PySide6",
            ):
                continue
            problems.append(f"{rel} imports {module}")
    assert not problems, "\n".join(problems)


def test_gui_is_imported_by_nothing_in_the_core() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "gui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # the command line (cli.py) is the core's one way into the desktop app
            if (
                isinstance(node, ast.ImportFrom)
                and (node.module or "").startswith("storydesk.gui")
                and rel.as_posix() != "cli.py"
            ):
                offenders.append(str(rel))
    assert not offenders
