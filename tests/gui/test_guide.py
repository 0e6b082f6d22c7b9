"""Help › User's Guide: the guide window, its pages, links, pictures and language."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from storydesk.resources import guide_dir

IMAGE = QTextDocument.ResourceType.ImageResource.value

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def _guide(window: Any) -> Any:
    from storydesk.gui.guide import GuideWindow

    found = window.findChildren(GuideWindow)
    assert len(found) == 1, f"{len(found)} guide windows"
    return found[0]


def _help_menu(window: Any) -> Any:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    return next(m for m in menus if window.act_search_help in m.actions())


def test_help_menu_opens_the_guide_first_and_once(window: Any, qtbot: Any) -> None:
    actions = [a for a in _help_menu(window).actions() if not a.isSeparator()]
    assert actions[0] is window.act_guide
    assert actions[1] is window.act_search_help
    assert window.act_guide.text() == "User's &Guide"
    assert window.act_guide.shortcut().toString() == "Shift+F1"
    assert window.act_search_help.shortcut().toString() != "Shift+F1"

    window.act_guide.trigger()
    guide = _guide(window)
    qtbot.waitUntil(guide.isVisible)
    assert not guide.isModal()
    assert guide.page == (guide_dir() / "en" / "index.md").resolve()
    assert "StoryDesk User's Guide" in guide.browser.toPlainText()
    assert guide.contents.count() == 7
    assert guide.contents.currentRow() == 0

    window.act_guide.trigger()  # a second time: the same window comes forward
    assert _guide(window) is guide
    guide.close()


def test_a_link_to_another_page_is_followed_inside_the_window(window: Any, qtbot: Any) -> None:
    guide = window.show_guide()
    guide.browser.anchorClicked.emit(QUrl("searching.md"))
    assert guide.page == (guide_dir() / "en" / "searching.md").resolve()
    assert "Exact phrases" in guide.browser.toPlainText()
    assert guide.contents.currentItem().text() == "Searching"
    assert guide.act_back.isEnabled() and not guide.act_forward.isEnabled()

    guide.back()
    assert guide.page.name == "index.md"
    guide.forward()
    assert guide.page.name == "searching.md"

    guide.contents.setCurrentRow(guide.contents.count() - 1)  # the contents list
    assert guide.page.name == "backup-and-recovery.md"


def test_web_links_are_never_followed(window: Any) -> None:
    guide = window.show_guide()
    before = guide.page
    for address in ("https://www.undp.org/", "http://example.org/x.md", "file:///etc/passwd"):
        assert guide.follow(QUrl(address)) is False
        assert guide.page == before
    assert "not opened" in guide.status.text()
    assert guide.follow(QUrl("../../../README.md")) is False
    assert guide.page == before


def test_pictures_are_local_files_inside_the_guide(window: Any, qtbot: Any) -> None:
    guide = window.show_guide()
    guide.show_page("getting-started")
    html = guide.browser.toHtml()
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert len(sources) >= 2
    folder = guide_dir().resolve()
    for source in sources:
        url = QUrl(source)
        assert url.isLocalFile(), source
        path = Path(url.toLocalFile())
        assert path.is_file() and path.is_relative_to(folder / "images" / "en"), path
        image = guide.browser.loadResource(IMAGE, url)
        assert image is not None and not image.isNull()
    assert guide.browser.refused == []
    remote = QUrl("https://www.undp.org/logo.png")
    assert guide.browser.loadResource(IMAGE, remote) is None
    outside = QUrl.fromLocalFile(str(folder.parent.parent / "resources" / "icons" / "grid.svg"))
    assert guide.browser.loadResource(IMAGE, outside) is None


def test_find_in_page(window: Any) -> None:
    guide = window.show_guide()
    guide.show_page("searching")
    guide.find_field.setText("Balykchy")
    assert guide.find_next() is True
    assert guide.browser.textCursor().selectedText() == "Balykchy"
    guide.find_field.setText("no such words here at all")
    assert guide.find_next() is False


@pytest.mark.parametrize("language", ["ru", "kk", "ky"])
def test_russian_kazakh_and_kyrgyz_interfaces_show_the_russian_guide(
    language: str, seeded_library: Any, qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storydesk.gui.i18n import ENV, install_translations
    from tests.gui.conftest import open_window

    monkeypatch.setenv(ENV, language)
    install_translations(qapp, language)
    win = open_window(seeded_library, qtbot)
    try:
        win.act_guide.trigger()
        guide = _guide(win)
        assert guide.page == (guide_dir() / "ru" / "index.md").resolve()
        text = guide.browser.toPlainText()
        assert "Руководство пользователя" in text
        guide.follow(QUrl("searching.md"))
        assert guide.page == (guide_dir() / "ru" / "searching.md").resolve()
        sources = re.findall(r'<img src="([^"]+)"', guide.browser.toHtml())
        assert sources and all("/images/ru/" in s for s in sources)
    finally:
        win.close()


def test_other_interface_languages_get_english() -> None:
    from storydesk.gui.guide import guide_language

    assert guide_language("en") == "en"
    assert guide_language("de") == "en"
    assert guide_language("ru") == guide_language("kk") == guide_language("ky") == "ru"


def test_no_page_loads_or_links_anything_remote(qapp: Any) -> None:
    """Every page rendered: no remote picture, and web addresses only as text."""
    from storydesk.gui.guide import render_page

    folder = guide_dir()
    pages = sorted(folder.glob("*/*.md"))
    assert len(pages) >= 14
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"!\[[^\]]*\]\(\s*<?(https?:)?//", text), f"{page}: remote picture"
        html = render_page(text, page, folder, 800)
        assert not re.search(r'<img[^>]+src="(?!file:)', html), f"{page}: a picture not a file"
        assert not re.search(r'<a href="[a-z]+:', html, re.I), f"{page}: a link out of the guide"


def test_web_addresses_in_a_page_are_shown_as_text(tmp_path: Path, qapp: Any) -> None:
    from storydesk.gui.guide import render_page

    page = tmp_path / "en" / "x.md"
    page.parent.mkdir()
    html = render_page(
        "See [UNDP](https://www.undp.org/) and [search](searching.md).\n\n"
        "![logo](https://www.undp.org/logo.png) ![gone](../images/en/none.png) "
        "![secret](../../../etc/passwd)\n",
        page,
        tmp_path,
    )
    assert "UNDP (<code>https://www.undp.org/</code>)" in html
    assert '<a href="searching.md">search</a>' in html
    assert "<img" not in html
    assert "[logo]" in html and "[gone]" in html and "[secret]" in html
