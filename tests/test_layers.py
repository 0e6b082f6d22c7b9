"""The layers of StoryDesk, as docs/architecture.md draws them, and a check that holds them.

Every module of ``storydesk`` belongs to a *part*: a package (``catalogue``, ``search``...)
or a top-level module (``library``, ``cli``, ``text``...). :data:`ALLOWED` says which other
parts each part may import, at module level or inside a function, ``TYPE_CHECKING`` too. A
new import that runs back up the layers (the catalogue importing the search, packs reaching
for the Library, the app reaching past it) fails here with the file and line.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import storydesk

PACKAGE = Path(storydesk.__file__).resolve().parent

#: The foundation: small modules every layer may use.
BASE = {"errors", "messages", "progress", "atomic", "text", "resources", "paths"}

ALLOWED: dict[str, set[str]] = {
    # foundation
    "messages": set(),
    "errors": {"messages"},
    "progress": {"errors", "messages"},
    "atomic": set(),
    "text": set(),
    "resources": set(),
    "paths": {"messages"},
    "terminal": set(),
    "__init__": set(),
    # data
    "gazetteer": BASE,
    "catalogue": BASE,
    "media": BASE,
    # readers and writers of files
    "ingest": BASE | {"gazetteer", "catalogue", "media", "bundle"},
    "bundle": BASE | {"catalogue", "media", "ingest"},
    "search": BASE | {"catalogue"},
    "packs": BASE | {"catalogue", "media"},
    # the one door
    "library": BASE | {"gazetteer", "catalogue", "media", "ingest", "bundle", "search", "packs"},
    # the front ends: the Library and the foundation only
    "cli": {"library", "errors", "messages", "progress", "paths", "terminal", "gui", "__init__"},
    "gui": {"library", "errors", "messages", "progress", "paths", "resources", "__init__"},
    "__main__": {"cli"},
}
"""Which parts each part may import."""

#: Inside a part, the names its modules may take from these parts, when the part as a whole
#: may not use them (the front end's one way into the other front end).
ONLY: dict[tuple[str, str], set[str]] = {
    ("cli", "gui"): {"storydesk.gui.app", "storydesk.gui.platform_check"},
}

#: Packages whose modules import each other both ways at package level (a reader of one
#: format uses the file-safety layer of the other): allowed only module by module.
MUTUAL = {frozenset({"ingest", "bundle"})}


@dataclass(frozen=True)
class Edge:
    """One import of a storydesk module by another."""

    source: str  # path relative to the package
    line: int
    part: str
    target_module: str
    target_part: str


def part_of(module: str) -> str:
    """``storydesk.search.index`` -> ``search``; ``storydesk`` -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def module_name(path: Path, root: Path = PACKAGE) -> str:
    rel = path.relative_to(root.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path = PACKAGE) -> list[tuple[int, str]]:
    """Every ``storydesk`` module ``path`` imports (absolute or relative), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    this = module_name(path, root)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("storydesk")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module == "storydesk" or module.startswith("storydesk."):
                # "from storydesk import x": x may be a module (storydesk.x) or a name
                if module == "storydesk":
                    found += [(node.lineno, f"storydesk.{a.name}") for a in node.names]
                else:
                    found.append((node.lineno, module))
    return found


def edges(root: Path = PACKAGE) -> list[Edge]:
    """Every import between two different parts under ``root`` (the storydesk package)."""
    out = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        part = part_of(module_name(path, root))
        for line, target in imports_of(path, root):
            target_part = part_of(target)
            if target_part == "__version__":
                target_part = "__init__"
            if target_part != part:
                out.append(Edge(rel.as_posix(), line, part, target, target_part))
    return out


def test_every_part_is_known() -> None:
    parts = {part_of(module_name(p)) for p in PACKAGE.rglob("*.py")}
    unknown = sorted(parts - set(ALLOWED))
    assert not unknown, f"new parts need a place in ALLOWED (and docs/architecture.md): {unknown}"


def test_imports_follow_the_layers() -> None:
    problems = []
    for edge in edges():
        allowed = ALLOWED[edge.part]
        only = ONLY.get((edge.part, edge.target_part))
        if only is not None:
            if edge.target_module not in only:
                problems.append(edge)
            continue
        if edge.target_part not in allowed:
            problems.append(edge)
    assert not problems, "imports against the layers:\n" + "\n".join(
        f"  {e.source}:{e.line}: {e.part} -> {e.target_module}" for e in problems
    )


def test_the_front_ends_use_only_the_library() -> None:
    """The command line and the app never reach past the Library to its rooms."""
    rooms = {"catalogue", "ingest", "search", "media", "bundle", "packs", "gazetteer", "text"}
    for front in ("cli", "gui"):
        assert not (ALLOWED[front] & rooms), front


def test_the_layers_have_no_cycles() -> None:
    """Apart from declared module-level pairs, the allowed graph is a hierarchy."""
    graph = {part: set(deps) for part, deps in ALLOWED.items()}
    for pair in MUTUAL:
        a, b = sorted(pair)
        graph[b].discard(a)  # judged module by module below
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for dep in graph.get(node, ()):
            if state.get(dep) == 1:
                raise AssertionError(" -> ".join([*trail, node, dep]))
            if dep not in state:
                visit(dep, [*trail, node])
        state[node] = 2

    for node in graph:
        if node not in state:
            visit(node, [])


def test_mutual_packages_have_no_module_cycle() -> None:
    """Where two packages use each other, no module imports (directly or not) itself."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        graph[name] = {t for _, t in imports_of(path) if t != name}
    mutual_parts = set().union(*MUTUAL) if MUTUAL else set()

    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        stack = [start]
        while stack:
            node = stack.pop()
            for dep in graph.get(node, ()):
                if dep not in seen and part_of(dep) in mutual_parts:
                    seen.add(dep)
                    stack.append(dep)
        return seen

    cycles = [m for m in graph if part_of(m) in mutual_parts and m in reach(m)]
    assert not cycles, f"modules that import themselves through the other package: {cycles}"


def test_a_back_edge_is_caught(tmp_path: Path) -> None:
    """The check itself works: back-edges, absolute or relative, are found with their line."""
    root = tmp_path / "storydesk"
    (root / "catalogue").mkdir(parents=True)
    (root / "gui").mkdir()
    (root / "__init__.py").write_text("", encoding="utf-8")
    (root / "catalogue" / "__init__.py").write_text("", encoding="utf-8")
    (root / "catalogue" / "probe.py").write_text(
        "import os\n\ndef f():\n    from ..library import Library\n", encoding="utf-8"
    )
    (root / "gui" / "probe.py").write_text(
        "from storydesk.search.index import SearchIndex\n", encoding="utf-8"
    )
    found = {(e.source, e.line, e.target_part) for e in edges(root)}
    assert ("catalogue/probe.py", 4, "library") in found
    assert ("gui/probe.py", 1, "search") in found
    assert "library" not in ALLOWED["catalogue"] and "search" not in ALLOWED["gui"]
