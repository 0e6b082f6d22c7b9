"""A website's navigation, listing and stub pages are skipped; its stories are imported.

Real-looking pages in English, Russian, Kyrgyz and Kazakh, written as Jekyll and Hugo sites
write them (front matter, Liquid, HTML blocks, Kramdown attribute lists, Hugo shortcodes),
judged through the readers and through a real import into a real catalogue; and the real
``storydesk`` command on a small site folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storydesk.ingest.markdown import clean_template_tags, read_markdown_page
from storydesk.ingest.navigation import navigation_reason
from storydesk.library import Library
from tests.backends import on_both_backends as on_both_backends
from tests.conftest import run_storydesk

# A paragraph of real story text (UNDP Kyrgyzstan style), to give pages text of their own.
STORY_EN = (
    "In the village of Ak-Suu, women of the sewing cooperative now sell felt carpets in "
    "Bishkek and Almaty. UNDP and the local council trained forty women in bookkeeping, "
    "design and online sales, and the cooperative bought two new machines with a small "
    "grant. Ainura, who leads the group, says the income pays for school books and winter "
    "coal for her family."
)
STORY_RU = (
    "В селе Ак-Суу женщины швейного кооператива теперь продают войлочные ковры в Бишкеке "
    "и Алматы. ПРООН и местный совет обучили сорок женщин бухгалтерии, дизайну и продажам "
    "через интернет, а кооператив купил две новые машины на небольшой грант."
)


def _page(text: str, name: str = "page.md") -> str | None:
    """Why the Markdown page ``text`` would be skipped (None: it is a story)."""
    page = read_markdown_page(textwrap.dedent(text).lstrip(), name)
    assert page.drafts, "the page should read into a draft before it is judged"
    reasons = {
        navigation_reason(d, layout=page.layout, markup=page.markup, file_name=name)
        for d in page.drafts
    }
    assert len(reasons) == 1
    return reasons.pop()


# --- navigation pages, in four languages -----------------------------------------------


CONTACTS_EN = """
    ---
    layout: moma
    title: "Contacts"
    lang: en
    ---
    {% assign t = site.data.translations[page.lang] %}
    <article class="page-content">
      <h1 class="page-title">Contacts</h1>
      <div class="prose" markdown="1">

    If you would like to share materials or propose collaboration, please write to us.

    ## Email

    Add address: `example@domain.org`

    - Telegram: `@username`
      </div>
    </article>
"""

HOME_RU = """
    ---
    layout: moma
    title: "Главная"
    lang: ru
    permalink: /
    ---
    <section class="hero-banner">
      <img src="{{ '/photos/home_woman.jpg' | relative_url }}" alt="{{ t.hero.caption }}" />
      <h1 class="hero-title">{{ t.hero.title_1 }}</h1>
      <a href="/ru/pages/fotoarhiv.html" class="btn">{{ t.hero.btn_photos }}</a>
    </section>
    <div class="stats-block"><div class="stat-number">14+</div></div>
"""

CONTACTS_KY = """
    ---
    title: "Байланыш"
    lang: ky
    ---
    Кызматташуу же суроолор үчүн бизге жазыңыз.

    - Телеграм: `@username`
"""

HOME_KK = """
    ---
    title: "Басты бет"
    lang: kk
    ---
    [Жаңалықтар](/kk/news/) · [Жобалар](/kk/projects/) · [Байланыс](/kk/contacts/)
"""

SITEMAP_RU = """
    ---
    title: Карта сайта
    ---
    - [Главная](/)
    - [О проекте](/pages/o-proekte.html)
    - [Новости](/news/)
    - [Контакты](/pages/kontakty.html)
"""

LINKS_ONLY = """
    ---
    layout: basic
    title: "OG-CORE Training – Ethiopia"
    description: "OG-CORE Inception Workshop Presentations – Ethiopia"
    ---
    <ul>
      <li><a href="https://example.org/ethiopia/OG-Core-GeneralDescription1.pdf">
        OG-Core-GeneralDescription1</a></li>
      <li><a href="https://example.org/ethiopia/OG-ETH-CurrentState.pdf">OG-ETH-CurrentState</a></li>
      <li><a href="https://example.org/ethiopia/OG-ETH-Data.pdf">OG-ETH-Data</a></li>
    </ul>
"""


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (CONTACTS_EN, "en/pages/kontakty.md", "a navigation page (titled 'Contacts')"),
        (HOME_RU, "index.md", "a navigation page (titled 'Главная')"),
        (CONTACTS_KY, "ky/pages/kontakty.md", "a navigation page (titled 'Байланыш')"),
        (HOME_KK, "kk/index.md", "a navigation page (titled 'Басты бет')"),
        (SITEMAP_RU, "sitemap.md", "a navigation page (titled 'Карта сайта')"),
        (LINKS_ONLY, "pages/ethiopia.md", "a navigation page (mostly links, no article text)"),
        (
            "---\nlayout: home\ntitle: UN DESA Modelling Tools\n"
            "description: Explore the tools.\n---\n",
            "pages/home.md",
            "a site's home page",
        ),
        (
            "---\nlayout: tags\ntitle: Topics\n---\n"
            "{% for tag in site.tags %}{{ tag }}{% endfor %}\n"
            "Every topic we write about.\n",
            "tags.md",
            "a listing page (layout: tags)",
        ),
        (
            "---\ntitle: Guides\n---\n{{% pageinfo %}}\nThe **Guides** section explains the "
            "sources by country.\n{{% /pageinfo %}}\n",
            "content/en/guides/_index.md",
            "a section's list page (Hugo _index) with little text",
        ),
        (
            '+++\ntitle = "CAMGDP"\n+++\n{{< blocks/cover title="CAMGDP" >}}\n' + STORY_EN + "\n"
            "{{< /blocks/cover >}}\n",
            "content/ru/_index.md",
            "a site's home page",
        ),
        (
            "---\nlayout: wefm\ntitle: WEFM\n"
            "description: The World Economic Forecasting Model.\n---\n",
            "pages/wefm.md",
            "a layout page with no text of its own (layout: wefm)",
        ),
        ("hello\n", "hello.md", "a stub of a few words"),
        ("---\ntitle: Privacy Policy\n---\n" + STORY_EN, "privacy.md", "a site's policy page"),
    ],
)
def test_navigation_pages_are_not_stories(text: str, name: str, expected: str) -> None:
    reason = _page(text, name)
    assert reason is not None and reason.startswith(expected), reason
    assert reason.endswith(", not a story")


# --- stories stay stories -------------------------------------------------------------


ABOUT_EN = f"""
    ---
    layout: moma
    title: "About the Project"
    lang: en
    ---
    <article class="page-content">
      <div class="prose" markdown="1">

    This project was created to preserve and make accessible the cultural heritage of the
    Sart-Kalmyks of the Issyk-Kul region.

    {STORY_EN}

    ## Principles

    - Respect for the community and tradition bearers
    - Transparency of sources and attribution
      </div>
    </article>
"""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (ABOUT_EN, "en/pages/o-proekte.md"),  # undated, one page, real paragraphs
        (f"---\ntitle: О проекте\n---\n{STORY_RU}\n", "pages/o-proekte.md"),
        (f"# Вода для Нарына\n\n{STORY_RU}\n", "naryn.md"),  # no front matter, no date
        (
            "---\nlayout: post\ntitle: News\ndate: 2024-03-05\n---\n" + STORY_EN * 3,
            "_posts/2024-03-05-news.md",
        ),  # a dated article may carry a navigation word as its title
        (
            "---\ntitle: Adamdar/CA\ndate: 2023-07-13\n---\n[Adamdar/CA](https://adamdar.ca/) "
            "offers news coverage from Kazakhstan.\n",
            "content/en/sources/sources/Adamdar_CA.md",
        ),  # a dated entry whose only sentence holds its link
        ("---\ntitle: Good story\n---\nShymkent school opened.\n", "good.md"),  # short, titled
        (
            "---\ntitle: About CAMGDP\n---\n"
            '{{< blocks/cover title="About" >}}\n{{< /blocks/cover >}}\n' + STORY_EN * 3,
            "content/en/about/_index.md",
        ),  # a Hugo _index with text of its own
        ("---\ntitle: Photo\n---\n![Ainura at her machine](photo.jpg)\n", "photo.md"),
    ],
)
def test_story_pages_are_kept(text: str, name: str) -> None:
    assert _page(text, name) is None


def test_the_cards_of_a_listing_page_are_stories(seeds_dir: Path) -> None:
    [seed] = sorted(seeds_dir.glob("000_*.txt"))
    page = read_markdown_page(seed.read_text(encoding="utf-8"), seed.name)
    assert len(page.drafts) >= 2 and page.layout == "page"
    for draft in page.drafts:
        assert navigation_reason(draft, layout=page.layout, markup=page.markup) is None


# --- attribute lists and shortcodes -----------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "kept", "gone"),
    [
        ("The workshop closed on Friday.\n\n{: .box-note}\n", "workshop closed", "{:"),
        ("A paragraph.\n{:.lead}\n\nNext one.", "Next one.", ".lead"),
        ('Title line\n{: #intro .lead data-x="1 2"}\n', "Title line", "data-x"),
        ("Read *this*{: .highlight} today.", "Read *this* today.", "highlight"),
        ("{:refdef: .note}\nText after a definition.", "Text after", "refdef"),
        ('{::options parse_block_html="true" /}\nOptions gone.', "Options gone.", "options"),
        ("Before.\n{::comment}\nA note to editors.\n{:/comment}\nAfter.", "After.", "editors"),
        ("Shown {::nomarkdown}<b>raw</b>{:/nomarkdown} here.", "raw", "nomarkdown"),
        ("* TOC\n{:toc}\n\nThe story.", "The story.", "TOC"),
    ],
)
def test_kramdown_attribute_lists_leave_the_text(markdown: str, kept: str, gone: str) -> None:
    [draft] = read_markdown_page(f"---\ntitle: T\n---\n{markdown}", "a.md").drafts
    assert kept in draft.body
    assert gone not in draft.body and "{:" not in draft.body


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "{{< alert >}}Water is scarce in Batken.{{< /alert >}}",
            "Water is scarce in Batken.",
            "alert",
        ),
        (
            "{{% pageinfo %}}\nUnder development in 2024\n{{% /pageinfo %}}",
            "Under development",
            "{}",
        ),
        ('{{< blocks/lead color="primary" >}}Lead text{{< /blocks/lead >}}', "Lead text", "color"),
        ('See the [guide]({{< ref "guides/kz.md" >}}).', "guides/kz.md", "ref"),
        ("{{< youtube w7Ft2ymGmfc >}}Video above.", "Video above.", "youtube"),
        ("{{</* figure src=x.png */>}}Escaped.", "Escaped.", "figure"),
    ],
)
def test_hugo_shortcodes_leave_the_text(text: str, kept: str, gone: str) -> None:
    cleaned = clean_template_tags(text)
    assert kept in cleaned and gone not in cleaned and "{{" not in cleaned


def test_a_figure_shortcode_becomes_an_image_with_its_caption() -> None:
    text = (
        "---\ntitle: Felt\n---\nThe cooperative grew.\n\n"
        '{{< figure src="images/felt.jpg" alt="Felt carpets" '
        'caption="Carpets drying in Ak-Suu" >}}\n'
    )
    [draft] = read_markdown_page(text, "felt.md").drafts
    assert [(i.name, i.alt, i.caption) for i in draft.images] == [
        ("images/felt.jpg", "Felt carpets", "Carpets drying in Ak-Suu")
    ]
    assert "figure" not in draft.body and draft.body == "The cooperative grew."


def test_hostile_braces_cost_linear_time(tmp_path: Path) -> None:
    """Unclosed shortcodes and attribute lists by the hundred thousand: done, not hung."""
    script = textwrap.dedent(
        """
        from storydesk.ingest.markdown import read_markdown_page
        body = "{{< a " * 50_000 + "{: .a .b " * 50_000 + "{::comment}" * 50_000 + "{{% x"
        page = read_markdown_page("---\\ntitle: T\\n---\\n" + body, "h.md")
        print(len(page.drafts))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"


# --- through a real import ---------------------------------------------------------------


def _site(root: Path) -> Path:
    """A small Jekyll site: _config.yml, a Home page, a Contacts page and two posts."""
    site = root / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "pages").mkdir()
    (site / "_config.yml").write_text("title: Ak-Suu news\nmarkdown: kramdown\n")
    (site / "index.md").write_text(textwrap.dedent(HOME_RU).lstrip().replace("Главная", "Home"))
    (site / "pages" / "kontakty.md").write_text(textwrap.dedent(CONTACTS_EN).lstrip())
    (site / "_posts" / "2024-03-05-felt.md").write_text(
        f"---\nlayout: post\ntitle: Felt carpets from Ak-Suu\ndate: 2024-03-05\n---\n"
        f"{STORY_EN}\n\n{{: .box-note}}\n"
    )
    (site / "_posts" / "2024-04-10-voda.md").write_text(
        f"---\nlayout: post\ntitle: Вода для Ак-Суу\ndate: 2024-04-10\nlang: ru\n---\n{STORY_RU}\n"
    )
    return site


def test_a_site_imports_its_posts_and_lists_its_navigation_pages(tmp_path: Path) -> None:
    site = _site(tmp_path)
    with Library.open(tmp_path / "data") as library:
        report = library.import_paths([site], index=False)
        stories = library.stories(report.stories)
        titles = sorted(story.title for story in stories)
        felt = next(story for story in stories if "Felt" in story.title)
    assert (report.imported, report.rejected) == (2, [])
    assert titles == ["Felt carpets from Ak-Suu", "Вода для Ак-Суу"]
    assert "{:" not in felt.body and "box-note" not in felt.body
    skipped = {Path(s["path"]).name: s["reason"] for s in report.skipped}
    assert skipped["index.md"] == "a navigation page (titled 'Home'), not a story"
    assert skipped["kontakty.md"] == "a navigation page (titled 'Contacts'), not a story"
    assert skipped["_config.yml"] == "a website's configuration file, not a story"


def test_a_navigation_page_named_on_its_own_is_imported_with_a_warning(tmp_path: Path) -> None:
    site = _site(tmp_path)
    with Library.open(tmp_path / "data") as library:
        report = library.import_paths([site / "pages" / "kontakty.md"], index=False)
    assert (report.imported, report.skipped) == (1, [])
    [warning] = report.warnings
    assert warning["reason"] == (
        "looks like a navigation page (titled 'Contacts'); imported because the file was "
        "named on its own"
    )


def test_storydesk_import_reports_the_navigation_pages_as_skipped(tmp_path: Path) -> None:
    site = _site(tmp_path)
    result = run_storydesk("import", "--json", str(site), data_dir=tmp_path / "data", timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert report["imported"] == 2 and report["rejected"] == []
    skipped = {Path(s["path"]).relative_to(site).as_posix(): s["reason"] for s in report["skipped"]}
    assert skipped["index.md"].startswith("a navigation page (titled 'Home')")
    assert skipped["pages/kontakty.md"].startswith("a navigation page (titled 'Contacts')")
    listed = run_storydesk("list", "--json", data_dir=tmp_path / "data", timeout=120)
    assert sorted(s["title"] for s in json.loads(listed.stdout)) == [
        "Felt carpets from Ak-Suu",
        "Вода для Ак-Суу",
    ]


def test_html_and_plain_text_pages_are_judged_too(tmp_path: Path) -> None:
    inbox = tmp_path / "saved"
    inbox.mkdir()
    links = "".join(f'<li><a href="/ru/{n}/">Раздел {n}</a></li>' for n in range(12))
    (inbox / "karta-sajta.html").write_text(
        f"<html><head><title>Разделы</title></head><body><main><ul>{links}</ul></main>"
        "</body></html>",
        encoding="utf-8",
    )
    (inbox / "kontakty.html").write_text(
        "<html><head><title>Контакты</title></head><body><main><p>Пишите нам: "
        "info@example.org</p></main></body></html>",
        encoding="utf-8",
    )
    (inbox / "felt.html").write_text(
        "<html><head><title>Войлок из Ак-Суу</title></head><body>"
        '<nav><a href="/">Главная</a> <a href="/news/">Новости</a></nav>'
        f"<article><h1>Войлок из Ак-Суу</h1><p>{STORY_RU}</p>"
        '<p>Подробнее на <a href="https://www.undp.org/ru/kyrgyzstan">сайте ПРООН</a>.</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    (inbox / "hello.md").write_text("hello\n", encoding="utf-8")
    (inbox / "water.txt").write_text(f"Вода для Нарына\n\n{STORY_RU}\n", encoding="utf-8")
    with Library.open(tmp_path / "data") as library:
        report = library.import_paths([inbox], index=False)
        titles = sorted(story.title for story in library.stories(report.stories))
    assert titles == ["Вода для Нарына", "Войлок из Ак-Суу"]
    skipped = {Path(s["path"]).name: s["reason"] for s in report.skipped}
    assert skipped == {
        "karta-sajta.html": "a navigation page (mostly links, no article text), not a story",
        "kontakty.html": "a navigation page (titled 'Контакты'), not a story",
        "hello.md": "a stub of a few words, not a story",
    }


def test_the_stories_of_a_bundle_are_not_judged(tmp_path: Path) -> None:
    """A bundle's publisher chose its stories: even one titled "Contacts" is imported."""
    bundle = tmp_path / "inbox.storybundle"
    (bundle / "stories").mkdir(parents=True)
    (bundle / "stories" / "contacts.md").write_text(
        "---\nid: office-contacts\ntitle: Contacts\nlanguage: en\n---\nWrite to the Osh office.\n"
    )
    (bundle / "bundle.json").write_text(
        json.dumps({"format": "storydesk.bundle", "version": 1, "title": "Inbox"})
    )
    with Library.open(tmp_path / "data") as library:
        report = library.import_paths([bundle], index=False)
    assert report.imported == 1, report.to_json()
    assert not [s for s in report.skipped if "not a story" in s["reason"]]
