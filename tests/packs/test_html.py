"""Briefing packs as one self-contained HTML file that loads nothing."""

from __future__ import annotations

import base64
import dataclasses
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from PIL import Image

from storydesk.packs.html import write_html
from storydesk.packs.model import PackOptions, build_pack
from tests.packs.conftest import HOSTILE_TITLE, KAZAKH_TEXT, KAZAKH_TITLE, pack_of

LOADING_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "link",
    "base",
    "frame",
    "audio",
    "video",
    "source",
    "track",
    "form",
    "svg",
    "math",
}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)


def _write(library: Any, options: PackOptions, out: Path) -> tuple[dict[str, Any], _Collector]:
    result = write_html(pack_of(library, library.story_ids(), options), out).to_json()
    parser = _Collector()
    parser.feed(out.read_text(encoding="utf-8"))
    parser.close()
    return result, parser


def test_html_loads_nothing(pack_library: Any, pack_options: PackOptions, tmp_path: Path) -> None:
    result, parsed = _write(pack_library, pack_options, tmp_path / "pack.html")
    assert result["pages"] is None and result["stories"] == len(pack_library.story_ids())
    for tag, attrs in parsed.tags:
        assert tag not in LOADING_TAGS, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in {"src", "srcset", "poster", "data", "action", "formaction", "background"}:
                assert name == "src" and (value or "").startswith("data:image/"), (tag, name)
            if name == "href":
                assert tag == "a" and (value or "").startswith("#"), value
            if name == "style":
                assert "url(" not in (value or "")
            if tag == "meta" and name == "http-equiv":
                assert value in {"Content-Security-Policy"}
    css = "".join(parsed.styles)
    assert "url(" not in css and "@import" not in css
    csp = [a["content"] for t, a in parsed.tags if t == "meta" and "http-equiv" in a]
    assert csp == ["default-src 'none'; img-src data:; style-src 'unsafe-inline'"]
    anchors = {a["id"] for _, a in parsed.tags if "id" in a}
    assert all(a["href"][1:] in anchors for t, a in parsed.tags if t == "a")


def test_html_has_the_same_content(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    _, parsed = _write(pack_library, pack_options, tmp_path / "pack.html")
    text = " ".join(" ".join(parsed.text).split())
    for story in pack_library.list_stories():
        assert " ".join(story.title.split()) in text
    for words in (
        KAZAKH_TEXT,
        KAZAKH_TITLE,
        HOSTILE_TITLE,
        "Key figures",
        "Contents",
        "https://www.undp.org/kk/kazakhstan/news/shymkent-house",
        "UNDP Central Asia",
        "Шымкенттегі ұлттық үйдің ашылуы",
        "Ғалым Нұрланов",
    ):
        assert words in text, words
    raw = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "<script>" not in raw and "&lt;script&gt;" in raw


def test_html_photo_is_a_small_data_uri(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    _, parsed = _write(pack_library, pack_options, tmp_path / "pack.html")
    sources = [a["src"] for t, a in parsed.tags if t == "img"]
    # The photo leads the cover (the first story with a photo) and its story.
    assert len(sources) == 2 and sources[0] == sources[1]
    match = re.fullmatch(r"data:image/jpeg;base64,([A-Za-z0-9+/=]+)", sources[0] or "")
    assert match
    with Image.open(io.BytesIO(base64.b64decode(match.group(1)))) as image:
        assert max(image.size) <= 800 and image.format == "JPEG"
        assert not image.getexif()  # no camera metadata travels with the pack


def test_seed_pack_in_both_formats(seeded_library: Any, tmp_path: Path) -> None:
    from storydesk.packs.pdf import write_pdf

    options = PackOptions(title="Seeds", labels_language="ru")
    pack = pack_of(seeded_library, seeded_library.story_ids(), options)
    html_result = write_html(pack, tmp_path / "seeds.html")
    pdf_result = write_pdf(pack, tmp_path / "seeds.pdf")
    assert html_result.stories == pdf_result.stories == len(pack.stories) >= 5
    assert pdf_result.pages is not None and pdf_result.pages >= 2 + len(pack.stories)
    raw = (tmp_path / "seeds.html").read_text(encoding="utf-8")
    assert "Содержание" in raw and "Ключевые цифры" in raw
    assert raw.count('<article class="story"') == len(pack.stories)


def test_controls_and_bidi_overrides_never_reach_the_pack(
    pack_library: Any, pack_options: PackOptions, tmp_path: Path
) -> None:
    """A catalogue written before import-time cleaning may hold them: the pack drops them."""
    stories = pack_library.stories(pack_library.story_ids())
    stories[0] = dataclasses.replace(
        stories[0],
        title="Invoice \u202egnp.exe\u202c\x1b]0;owned\x07\x1b[2J for\u200b Naryn",
        body="First\x00 line\x0b with \x85controls\tand a tab.\n\nSecond \u2067para\u2069.",
        author="Ann\x1b[31m Red",
    )
    pack_options.title = "Visit\x08\u202e to Naryn"
    output = tmp_path / "controls.html"
    write_html(build_pack(stories, pack_options), output)
    raw = output.read_text(encoding="utf-8")
    bad = [c for c in raw if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F]
    assert bad == []
    for invisible in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b":
        head, _, _ = raw.partition('<div class="body">')
        assert invisible not in head, hex(ord(invisible))
    assert "Invoice gnp.exe]0;owned[2J for Naryn" in raw
    assert "Visit to Naryn" in raw and "Ann[31m Red" in raw
    assert "line with controls\tand a tab." in raw


def test_clean_label_keeps_joiners_and_marks() -> None:
    from storydesk.packs.html import clean_label

    assert clean_label("می\u200cخواهم \u200f👩\u200d💻") == "می\u200cخواهم \u200f👩\u200d💻"
    assert clean_label("a\u202eb\u2066c\u2069\ufeff\x1b") == "abc"
