"""Every text the desktop app shows goes through Qt's translation.

An AST check over ``src/storydesk/gui/*.py``: a plain string literal or f-string that reaches
a user-visible Qt call (``setText``, ``setWindowTitle``, a ``QLabel`` or ``QPushButton``,
``QMessageBox.question``...) without ``tr()`` / ``QCoreApplication.translate`` fails, naming
the file and line. Literals that carry no words (``""``, ``"✕"``, ``" · "``, HTML tags and
``{placeholders}`` around translated parts) are allowed. Translated texts use named
``{placeholders}`` and Qt's numerus ``%n`` (never ``%s``/``%d`` or "story(s)"), and a class
another class inherits from translates in its own context, not with ``self.tr``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "src" / "storydesk" / "gui"

#: Methods whose arguments (by position) are text a person reads.
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setPlaceholderText": (0,),
    "setStatusTip": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setWhatsThis": (0,),
    "setLabelText": (0,),
    "setCancelButtonText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "setHtml": (0,),
    "setPlainText": (0,),
    "showMessage": (0,),
    "addItem": (0, 1),
    "addItems": (0,),
    "insertItem": (1, 2),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addSection": (0, 1),
    "addButton": (0,),
    "addRow": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setHeaderData": (2,),
    "_action": (0,),  # MainWindow._action(text, slot, ...)
    "_button": (1,),  # BasketDock._button(icon name, text, slot)
}
#: Constructors whose arguments (by position) are text.
TEXT_CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QToolButton": (),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QDockWidget": (0,),
    "QStandardItem": (0, 1),
    "QTableWidgetItem": (0,),
    "QListWidgetItem": (0, 1),
    "QProgressDialog": (0, 1),
    "QMessageBox": (1, 2),
}
#: Static methods: ``QMessageBox.question(parent, title, text)``, ``QFileDialog...``.
STATIC_TEXT: dict[tuple[str, str], tuple[int, ...]] = {
    ("QMessageBox", "question"): (1, 2),
    ("QMessageBox", "warning"): (1, 2),
    ("QMessageBox", "information"): (1, 2),
    ("QMessageBox", "critical"): (1, 2),
    ("QMessageBox", "about"): (1, 2),
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getOpenFileNames"): (1, 3),
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2),
}
#: Keyword arguments that are text whatever the call.
TEXT_KEYWORDS = {"text", "title", "caption", "filter", "label", "labelText", "windowTitle"}
#: Calls that translate (their result may reach the screen).
TRANSLATING = {"tr", "translate", "translated", "describe", "facet_title", "value_label"}

_TAG = re.compile(r"<[^>]*>")
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|&[a-z]+;")


def has_words(text: str) -> bool:
    """Whether a literal holds something a person reads (letters outside tags and holes)."""
    bare = _PLACEHOLDER.sub("", _TAG.sub("", text))
    return any(ch.isalpha() for ch in bare)


@dataclass(frozen=True)
class Finding:
    """One untranslated text: where, and what."""

    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) is not translated"


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def untranslated(node: ast.AST | None) -> Iterator[tuple[int, str]]:
    """Literal text with words in an expression shown as it is (``(line, text)`` pairs)."""
    if node is None:
        return
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and has_words(node.value):
            yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        # an f-string composes text ("{facet}: {value}"): even its punctuation is the
        # translator's to place; only tags around the values are allowed
        if _TAG.sub("", literal).strip():
            yield node.lineno, literal
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                yield from untranslated(part.value)
    elif isinstance(node, ast.BinOp):
        yield from untranslated(node.left)
        if not isinstance(node.op, ast.Mod):
            yield from untranslated(node.right)
    elif isinstance(node, ast.IfExp):
        yield from untranslated(node.body)
        yield from untranslated(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from untranslated(value)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from untranslated(element)
    elif isinstance(node, ast.Call):
        name = _call_name(node)
        func = node.func
        # "literal".format(...) and "sep".join(...) show the literal itself
        if (
            name in ("format", "join")
            and isinstance(func, ast.Attribute)
            and not isinstance(func.value, ast.Call)
        ):
            yield from untranslated(func.value)
            if name == "join":
                for arg in node.args:
                    yield from untranslated(arg)


def _is_icon(node: ast.AST) -> bool:
    if isinstance(node, ast.Call):
        return _call_name(node) in ("icon", "QIcon", "fromTheme", "standardIcon")
    if isinstance(node, ast.Name):
        return "icon" in node.id.lower()
    if isinstance(node, ast.Attribute):
        return "icon" in node.attr.lower()
    return False


def findings_in(source: str, path: str) -> list[Finding]:
    """Untranslated texts in one module's source."""
    found: list[Finding] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        positions: tuple[int, ...] = ()
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            positions = STATIC_TEXT.get((func.value.id, func.attr), ())
        if not positions and isinstance(func, ast.Attribute):
            positions = TEXT_METHODS.get(name, ())
        if not positions and isinstance(func, ast.Name):
            positions = TEXT_CONSTRUCTORS.get(name, ())
        if positions == (0, 1):  # (text, ...) or (icon, text, ...)
            positions = (1,) if node.args and _is_icon(node.args[0]) else (0,)
        elif positions == (1, 2):  # insertItem(index, text) or (index, icon, text)
            positions = (2,) if len(node.args) > 1 and _is_icon(node.args[1]) else (1,)
        elif positions == (2, 3):
            positions = (3,) if len(node.args) > 2 and _is_icon(node.args[2]) else (2,)
        shown = [node.args[i] for i in positions if i < len(node.args)]
        shown += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        if name in TRANSLATING:
            continue
        for value in shown:
            for line, text in untranslated(value):
                found.append(Finding(path, line, name, text))
    return found


def gui_modules() -> list[Path]:
    return sorted(GUI.glob("*.py"))


def test_every_shown_text_goes_through_translation() -> None:
    found = [
        finding
        for path in gui_modules()
        for finding in findings_in(path.read_text(encoding="utf-8"), path.name)
    ]
    assert not found, "\n".join(map(str, found))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('label.setText("Hello")', ["Hello"]),
        ('label.setText(f"{n} stories")', [" stories"]),
        ('QLabel("Welcome")', ["Welcome"]),
        ('QPushButton(icon("x"), "Import")', ["Import"]),
        ('QMessageBox.question(self, "Quit?", self.tr("Sure?"))', ["Quit?"]),
        (
            'QFileDialog.getOpenFileNames(self, self.tr("Open"), "", "Stories (*.md)")',
            ["Stories (*.md)"],
        ),
        ('table.setHorizontalHeaderLabels([self.tr("File"), "Why"])', ["Why"]),
        ('bar.showMessage(self.tr("Saved") + " to disk", 3000)', [" to disk"]),
        ('box.setText("<h3>StoryDesk {v}</h3>".format(v=v))', ["<h3>StoryDesk {v}</h3>"]),
        ('combo.addItem("Best match", "relevance")', ["Best match"]),
        ('chip.setText(f"{facet_title(f)}: {value}")', [": "]),
        ('label.setText(f"<b>{title}</b>")', []),
        ('label.setText(self.tr("Hello"))', []),
        ('label.setText(QCoreApplication.translate("Ctx", "Hello"))', []),
        ('label.setText(self.tr("{n} of {m}").format(n=1, m=2))', []),
        ('button.setText("✕")', []),
        ('label.setText("")', []),
        ('label.setText(" · ".join(parts))', []),
        ('label.setText("<br>".join([self.tr("a"), self.tr("b")]))', []),
        ("item.setText(name)", []),
    ],
)
def test_the_check_sees_untranslated_texts(source: str, expected: list[str]) -> None:
    assert [f.text for f in findings_in(source, "x.py")] == expected


def test_the_check_fails_on_the_interface_before_translation() -> None:
    """Lines the app had before every text was translated (they must be caught)."""
    before = """
class ChipBar(QWidget):
    def set_filters(self, filters):
        chip.setText(f"{facet_title(facet)}: {value_label(facet, value)}")
        self.progress.setWindowTitle("StoryDesk")
        group = QStandardItem(f"{facet_title(facet)}")
"""
    found = findings_in(before, "facets.py")
    assert [f.line for f in found] == [4, 5], found


# -- how texts are written -------------------------------------------------------------------


def translated_literals(source: str) -> Iterator[tuple[int, str, bool]]:
    """``(line, text, numerus)`` of every literal passed to ``tr``/``translate``."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name == "tr" and node.args:
            text = node.args[0]
            numerus = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
        elif name == "translate" and len(node.args) >= 2:
            text = node.args[1]
            numerus = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
        else:
            continue
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            yield node.lineno, text.value, numerus


def test_translated_texts_use_named_placeholders_and_numerus_forms() -> None:
    problems = []
    for path in gui_modules():
        for line, text, numerus in translated_literals(path.read_text(encoding="utf-8")):
            where = f"{path.name}:{line}: {text!r}"
            if re.search(r"%[-+ 0-9.]*[sdif]|%\d", text):
                problems.append(f"{where} uses a positional placeholder; name it: {{count}}")
            if re.search(r"\w\(s\)", text):
                problems.append(f"{where} writes a plural as '(s)'; use %n")
            if numerus and not re.search(r"%L?n", text):
                problems.append(f"{where} is a numerus form without %n")
            if not numerus and re.search(r"%L?n", text):
                problems.append(f"{where} has %n but no count")
            if "{}" in text or re.search(r"\{\d+\}", text):
                problems.append(f"{where} has an unnamed placeholder")
    assert not problems, "\n".join(problems)


def test_inherited_classes_translate_in_their_own_context() -> None:
    """``self.tr`` looks up the runtime class: a base class must name its context."""
    classes: dict[str, ast.ClassDef] = {}
    bases: set[str] = set()
    for path in gui_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[f"{path.name}:{node.name}"] = node
                bases.update(b.id for b in node.bases if isinstance(b, ast.Name))
    problems = []
    for key, cls in classes.items():
        if cls.name not in bases:
            continue
        for node in ast.walk(cls):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
            ):
                problems.append(f"{key} line {node.lineno}: self.tr in a base class")
    assert not problems, "\n".join(problems)


def test_tr_is_called_on_self_only() -> None:
    """``other.tr("…")`` is filed by lupdate under the context "other", which Qt never looks
    up at run time: such a text would show in English whatever the language."""
    found = []
    for path in sorted(GUI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
