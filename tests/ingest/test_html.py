"""Tests for the HTML article reader: metadata, safe Markdown, images, hostile pages."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from storydesk.errors import RejectedInput
from storydesk.ingest.html import MAX_HTML_CHARS, read_html
from tests.conftest import CORPORA

WATER = CORPORA / "undp-aprc-impact-templates" / "water.html"

RUSSIAN_PAGE = """<!DOCTYPE html>
<html lang="ru-RU">
<head>
  <meta charset="utf-8">
  <title>Женщины Кызылординской области осваивают капельное орошение | ПРООН в Казахстане</title>
  <meta property="og:title" content="Женщины Кызылординской области осваивают капельное орошение">
  <meta property="og:site_name" content="ПРООН в Казахстане">
  <meta property="og:url" content="https://www.undp.org/ru/kazakhstan/news/kapelnoe-oroshenie">
  <meta property="article:published_time" content="2023-04-18T09:30:00+06:00">
  <meta name="author" content="Айгерим Сейткали">
  <meta name="description" content="Более 120 фермеров получили оборудование.">
  <script>window.tracker = 1;</script>
</head>
<body>
  <header><nav><a href="/ru">Главная</a> <a href="/ru/about">О нас</a></nav></header>
  <article>
    <h1>Женщины Кызылординской области осваивают капельное орошение</h1>
    <p class="meta"><time datetime="2023-04-18">18 апреля 2023</time></p>
    <p>В Кызылординской области <strong>более 120 фермеров</strong> при поддержке
       <a href="https://www.undp.org/ru/kazakhstan">ПРООН</a> и
       <a href="/ru/partners/gef">ГЭФ</a> перешли на <em>капельное орошение</em>.</p>
    <figure>
      <img src="images/field.jpg" alt="Поле с капельным орошением">
      <figcaption>Фермер Сауле Абдикаримова на своём поле. Фото: Данияр Омаров</figcaption>
    </figure>
    <h2>Қазақша түйін</h2>
    <blockquote><p>«Су — тіршілік көзі», — дейді Сәуле апай.</p></blockquote>
    <ul>
      <li>Экономия воды — до 40%</li>
      <li>Урожай выше на 25%</li>
    </ul>
    <aside>Читайте также: другие истории</aside>
    <footer>Поделиться: <a href="https://facebook.com/share">Facebook</a></footer>
  </article>
  <footer>© ПРООН 2023</footer>
</body>
</html>
"""

HOSTILE_PAGE = """<html><head><title>A hostile page | Evil Site</title>
<style>body { background: url(javascript:alert(1)) }</style></head>
<body onload="alert('body')">
<main>
<h2 onclick="alert(2)">Safe heading</h2>
<script>alert("script")</script>
<p>Before <img src=x onerror="alert('img')"> after.</p>
<p><a href="javascript:alert(1)">js link</a>, <a href=" JaVa&#x09;ScRipt:alert(1)">tabbed</a>,
<a href="data:text/html;base64,PHNjcmlwdD4=">data link</a>,
<a href="vbscript:msgbox(1)">vb link</a>, <a href="https://example.org/a_(b)">good link</a>,
<a href="mailto:press@undp.org">mail</a>.</p>
<iframe src="https://evil.example/frame" onload="alert(3)">iframe text</iframe>
<svg onload="alert(4)"><text>svg text</text></svg>
<object data="x.swf">object text</object><embed src="x.swf">
<noscript>noscript text</noscript>
<template><p>template text</p></template>
<form action="https://evil.example"><input value="form text"><button>Go</button></form>
<p>Entities: &lt;script&gt;alert(5)&lt;/script&gt; &amp; &copy; &nbsp;done</p>
<p>Markdown lookalikes: *stars* _under_ [x](javascript:alert(6)) `tick` | pipe</p>
<p># not a heading</p>
<p>1. not a list</p>
<p>> not a quote</p>
<div hidden>hidden text</div><p style="display: none">invisible text</p>
<!-- a comment with <script>alert(7)</script> -->
<table><tr><th>Region</th><th>Farmers</th></tr>
<tr><td>Kyzylorda</td><td><table><tr><td>inner</td><td>120</td></tr></table></td></tr>
</table>
</main>
</body></html>
"""


def _render(markdown: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(markdown)


def _read(html: str, **kwargs: object) -> object:
    [draft] = read_html(html, "page.html", **kwargs)  # type: ignore[arg-type]
    return draft


# --- a real page -------------------------------------------------------------------------


@pytest.mark.skipif(not WATER.exists(), reason="shared corpus not available")
def test_real_page_water() -> None:
    [draft] = read_html(WATER.read_text(encoding="utf-8"), "water.html", WATER.parent)
    assert draft.title == "UNDP Climate Change Adaptation: Impacts 2016"
    assert draft.language == "en"
    assert draft.date is None
    assert "### Lessons Learnt" in draft.body
    assert "- Enhancing water access does not, in and of itself" in draft.body
    assert "Managing water-related conflicts during times of water stress" in draft.body
    # Outside the <article>: the hero text, the footer and the scripts are not the story.
    assert "primary users and managers" not in draft.body
    assert "In partnership with" not in draft.body
    assert "livereload" not in draft.body
    assert "<" not in draft.body
    # Inside the <article>, chrome marked by class: the section menu and "tap" hints.
    assert draft.body.startswith("### Lessons Learnt")
    assert "tap an item to explore" not in draft.body
    # Root-relative images that are not in the folder are neither read nor invented.
    assert draft.images == []


# --- metadata ----------------------------------------------------------------------------


def test_russian_article_metadata(tmp_path: Path) -> None:
    draft = _read(RUSSIAN_PAGE, base_dir=tmp_path)
    assert draft.title == "Женщины Кызылординской области осваивают капельное орошение"
    assert draft.date == dt.date(2023, 4, 18)
    assert draft.author == "Айгерим Сейткали"
    assert draft.summary == "Более 120 фермеров получили оборудование."
    assert draft.source_url == "https://www.undp.org/ru/kazakhstan/news/kapelnoe-oroshenie"
    assert draft.source_name == "ПРООН в Казахстане"
    assert draft.language == "ru"
    assert draft.explicit == {
        "title",
        "date",
        "author",
        "summary",
        "source_url",
        "source_name",
        "language",
    }
    assert draft.origin_file == "page.html"


def test_russian_article_body() -> None:
    body = _read(RUSSIAN_PAGE).body
    assert body.startswith("18 апреля 2023")  # the title's <h1> is not repeated
    assert "**более 120 фермеров**" in body
    assert "[ПРООН](https://www.undp.org/ru/kazakhstan)" in body
    # Relative links are made absolute against the page's own URL.
    assert "[ГЭФ](https://www.undp.org/ru/partners/gef)" in body
    assert "*капельное орошение*" in body
    assert "## Қазақша түйін" in body
    assert "> «Су — тіршілік көзі», — дейді Сәуле апай." in body
    assert "- Экономия воды — до 40%\n- Урожай выше на 25%" in body
    for chrome in ("Главная", "Читайте также", "Поделиться", "© ПРООН 2023", "tracker"):
        assert chrome not in body
    assert "Фото" not in body  # the figure and its caption leave the body


def test_title_fallbacks_and_site_suffixes() -> None:
    def title(head: str, body: str = "<p>Text of the story.</p>") -> str:
        return _read(f"<html><head>{head}</head><body>{body}</body></html>").title

    assert title("<title>Water for Aral villages | UNDP</title>") == "Water for Aral villages"
    assert (
        title("<title>Water for Aral villages in Kazakhstan - UNDP Kazakhstan</title>")
        == "Water for Aral villages in Kazakhstan"
    )
    assert (
        title('<meta property="og:site_name" content="UNDP"><title>UNDP — Solar schools</title>')
        == "Solar schools"
    )
    # A dash inside a real headline stays.
    assert title("<title>Kazakhstan - a year of change</title>") == "Kazakhstan - a year of change"
    assert title("<title>Ignored</title>", "<main><h1>From the H1</h1><p>x</p></main>") == (
        "From the H1"
    )


def test_dates() -> None:
    def date(head: str, body: str = "<p>x</p>") -> dt.date | None:
        return _read(f"<html><head>{head}</head><body>{body}</body></html>").date

    assert date('<meta name="date" content="2021-11-05">') == dt.date(2021, 11, 5)
    assert date('<meta name="DC.date" content="2020-02-29T10:00Z">') == dt.date(2020, 2, 29)
    assert date("", '<article><time datetime="2019-06-01">June</time><p>x</p></article>') == (
        dt.date(2019, 6, 1)
    )
    # Text dates are left for the date extraction that reads the body.
    assert date('<meta name="date" content="5 March 2021">') is None
    assert date('<meta name="date" content="2021-02-30">') is None


def test_language_trusted_only_when_the_script_agrees() -> None:
    text = "<p>" + "Программа развития ООН поддержала фермеров. " * 5 + "</p>"
    draft = _read(f'<html lang="en"><body>{text}</body></html>')
    assert draft.language == "en"
    assert "language" not in draft.explicit
    draft = _read(f'<html lang="kk-KZ"><body>{text}</body></html>')
    assert draft.language == "kk"
    assert "language" in draft.explicit


def test_rel_author() -> None:
    html = '<html><body><article><p>By <a rel="author" href="/a">Nurlan B.</a></p></article>'
    assert _read(html).author == "Nurlan B."


# --- hostile input -------------------------------------------------------------------------


def test_hostile_page_yields_inert_markdown() -> None:
    draft = _read(HOSTILE_PAGE)
    body = draft.body
    assert draft.title == "A hostile page"
    # Text that only looks like code is kept, escaped; check the rest of the body.
    active = "\n".join(
        line for line in body.splitlines() if not line.startswith(("Entities", "Markdown"))
    )
    for gone in (
        "alert",
        "script",
        "onerror",
        "onload",
        "onclick",
        "iframe text",
        "svg text",
        "object text",
        "noscript text",
        "template text",
        "form text",
        "hidden text",
        "invisible text",
        "a comment",
        "javascript:",
        "data:",
        "vbscript:",
    ):
        assert gone not in active.lower(), gone
    assert "## Safe heading" in body
    assert "Before after." in body.replace("  ", " ")
    assert "js link, tabbed, data link, vb link" in body
    assert "[good link](https://example.org/a_%28b%29)" in body
    assert "[mail](mailto:press@undp.org)" in body
    html = _render(body)
    assert "<script" not in html
    assert "<img" not in html
    assert "<iframe" not in html
    assert 'href="javascript' not in html.lower()
    assert "&lt;script&gt;alert(5)&lt;/script&gt; &amp; © \u00a0done" not in html
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in html
    assert "<em>" not in html and "<code>" not in html  # Markdown lookalikes are escaped
    assert "<h1" not in html
    assert "<ol" not in html
    assert "<blockquote" not in html


def test_nested_tables_do_not_break_rows() -> None:
    body = _read(HOSTILE_PAGE).body
    assert "| Region | Farmers |" in body
    assert "| Kyzylorda | inner 120 |" in body


def test_no_raw_html_survives_any_tag() -> None:
    tags = (
        '<div onmouseover="x()"><span style="color:red">red</span><u>u</u><font>f</font>'
        "<marquee>m</marquee><details><summary>s</summary>d</details><math>mm</math>"
        '<base href="https://evil/"><meta http-equiv="refresh" content="0;url=https://evil">'
        '<link rel="stylesheet" href="https://evil/x.css"><video src="v.mp4">v</video></div>'
    )
    body = _read(f"<html><body><main>{tags}</main></body></html>").body
    html = _render(body)
    assert html.count("<") == html.count("<p>") + html.count("</p>")
    assert "evil" not in body


def test_deep_nesting_does_not_recurse_or_hang() -> None:
    """A million nested <div>: no RecursionError, and no hang (a watchdog, not a timing)."""
    depth = 1_000_000  # 5 MB of <div>
    assert depth > sys.getrecursionlimit()
    program = (
        "from storydesk.ingest.html import read_html\n"
        f"html = '<html><body><main>' + '<div>' * {depth} + 'deep text'\n"
        "print(read_html(html, 'deep.html')[0].body)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "deep text\n"


def test_deep_inline_nesting() -> None:
    html = "<html><body><p>" + "<b><i><span>" * 20_000 + "x" + "</span></i></b>" * 20_000
    assert _read(html).body == "***x***"


def test_huge_page_is_refused() -> None:
    with pytest.raises(RejectedInput, match="over the 10 million limit"):
        read_html("<p>" + "x" * MAX_HTML_CHARS, "big.html")


def test_empty_page_is_refused() -> None:
    with pytest.raises(RejectedInput) as caught:
        read_html("<html><body><script>x()</script></body></html>", "empty.html")
    assert caught.value.path == "empty.html"


def test_markdown_structure() -> None:
    html = """<html><body><article>
    <h3>Steps</h3>
    <ol start="3"><li>Plan<ul><li>inner a</li><li>inner b</li></ul></li><li>Build</li></ol>
    <p>Line one<br>line two</p>
    <pre><code>x = `1`\n  y = 2</code></pre>
    <p>Use <code>storydesk import</code> here.</p>
    <hr>
    <dl><dt>SDG 6</dt><dd>Clean water</dd></dl>
    </article></body></html>"""
    body = _read(html).body
    assert "### Steps" in body
    assert "3. Plan\n   - inner a\n   - inner b\n4. Build" in body
    assert "Line one\\\nline two" in body
    assert "```\nx = `1`\n  y = 2\n```" in body
    assert "Use `storydesk import` here." in body
    assert "---" in body
    assert "**SDG 6**\n\nClean water" in body
    rendered = _render(body)
    assert '<ol start="3">' in rendered
    assert "<br />" in rendered


# --- images --------------------------------------------------------------------------------


def test_local_figure_image_with_caption_and_credit(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "field.jpg").write_bytes(b"jpeg bytes")
    draft = _read(RUSSIAN_PAGE, base_dir=tmp_path)
    [image] = draft.images
    assert image.name == "images/field.jpg"
    assert image.load is not None and image.load() == b"jpeg bytes"
    assert image.url == "https://www.undp.org/ru/kazakhstan/news/images/field.jpg"
    assert image.alt == "Поле с капельным орошением"
    assert image.caption == "Фермер Сауле Абдикаримова на своём поле."
    assert image.credit == "Данияр Омаров"


def test_relative_image_without_folder_is_url_only() -> None:
    [image] = _read(RUSSIAN_PAGE).images
    assert image.load is None
    assert image.name is None
    assert image.url == "https://www.undp.org/ru/kazakhstan/news/images/field.jpg"


def test_remote_images_are_never_fetched(tmp_path: Path) -> None:
    html = """<html><body><article><p>x</p>
    <figure><img src="https://cdn.example.org/a.jpg" alt="A">
      <figcaption>Water point in Naryn <small>Photo: UNDP Kyrgyzstan</small></figcaption>
    </figure>
    <figure><img src="//cdn.example.org/b.png"><figcaption>Well
      <span class="photo-credit">© Jane Doe</span></figcaption></figure>
    <img src="https://cdn.example.org/c.jpg" title="Plain image">
    <img src="https://track.example.org/p.gif" width="1" height="1">
    <img src="data:image/png;base64,iVBORw0KGgo=">
    <img src="javascript:alert(1)">
    <img src="https://cdn.example.org/icon.svg">
    </article></body></html>"""
    images = _read(html, base_dir=tmp_path).images
    assert [(i.url, i.load, i.name) for i in images] == [
        ("https://cdn.example.org/a.jpg", None, None),
        ("https://cdn.example.org/b.png", None, None),
        ("https://cdn.example.org/c.jpg", None, None),
    ]
    assert (images[0].caption, images[0].credit, images[0].alt) == (
        "Water point in Naryn",
        "UNDP Kyrgyzstan",
        "A",
    )
    assert (images[1].caption, images[1].credit) == ("Well", "Jane Doe")
    assert images[2].caption == "Plain image"


def test_images_escaping_the_folder_are_ignored(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (tmp_path / "secret.jpg").write_bytes(b"secret")
    (story / "ok.jpg").write_bytes(b"ok")
    link = story / "link.jpg"
    link.symlink_to(tmp_path / "secret.jpg")
    srcs = [
        "../secret.jpg",
        "..%2Fsecret.jpg",
        "sub/../../secret.jpg",
        str(tmp_path / "secret.jpg"),
        "file:///etc/passwd",
        "..\\secret.jpg",
        "link.jpg",
        "missing.jpg",
        "ok.jpg",
    ]
    body = "".join(f'<img src="{s}">' for s in srcs)
    draft = _read(f"<html><body><article><p>x</p>{body}</article></body></html>", base_dir=story)
    assert [i.name for i in draft.images] == ["ok.jpg"]
    assert draft.images[0].load is not None and draft.images[0].load() == b"ok"


def test_images_leave_the_body(tmp_path: Path) -> None:
    html = """<html><body><article><p>Text <img src="a.jpg" alt="inline alt"> more</p>
    <figure><img src="b.jpg"><figcaption>Caption text</figcaption></figure>
    <picture><source srcset="c.webp"><img src="c.jpg"></picture></article></body></html>"""
    body = _read(html).body
    assert body == "Text more"


def test_untitled_page_takes_its_first_heading_or_text() -> None:
    assert _read("<p>x</p><h2>Solar <b>schools</b></h2>").title == "Solar schools"
    draft = _read("<p>Plain <a href='https://a.org'>words</a> of text\x00\x07.</p>")
    assert draft.title == "Plain words of text."
    assert "title" not in draft.explicit
    assert draft.body == "Plain [words](https://a.org) of text."


def test_image_count_is_capped() -> None:
    imgs = "".join(f'<img src="https://cdn.example.org/{n}.jpg">' for n in range(1000))
    assert len(_read(f"<article><p>x</p>{imgs}</article>").images) == 200


def test_a_local_image_swapped_for_a_pipe_is_rejected_not_waited_on(tmp_path: Path) -> None:
    import os

    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8 not really a photo")
    html = (
        "<html><body><article><h1>Naryn water</h1><p>Clean water reached three villages "
        "in Naryn this spring.</p><img src='photo.jpg'></article></body></html>"
    )
    [image] = _read(html, base_dir=tmp_path).images  # type: ignore[attr-defined]
    (tmp_path / "photo.jpg").unlink()
    os.mkfifo(tmp_path / "photo.jpg")  # swapped after the page was read
    with pytest.raises(RejectedInput, match="named pipe"):
        image.load()
