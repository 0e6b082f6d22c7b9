"""Reads Markdown stories with front matter (Jekyll, Hugo, StoryDesk bundles).

Front matter may be YAML (``---``), TOML (``+++``) or JSON; YAML goes through
``yaml.safe_load`` so no tag can run code. Liquid and Hugo template tags never leak into the
text. A listing page whose body is a run of cards (image, linked title, paragraph) — seed
000 — gives one story per card.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Callable
from typing import Any

import yaml

from storydesk.errors import RejectedInput
from storydesk.ingest.dates import parse_date
from storydesk.ingest.draft import ImageDraft, StoryDraft
from storydesk.ingest.language import normalise_language
from storydesk.ingest.text import make_title

# Resolves a path written in a story to a loader for its bytes, or None if not available.
ImageResolver = Callable[[str], "Callable[[], bytes] | None"]


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader (libyaml's when PyYAML has it: ~9x faster) leaving dates as text:
    ``parse_date`` reads them, and an impossible date (2023-31-01) costs the story its
    date, not the whole file."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FRONT_YAML = re.compile(r"\A---[ \t]*\n(?P<fm>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TOML = re.compile(r"\A\+\+\+[ \t]*\n(?P<fm>.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_LIQUID_URL = re.compile(
    r"\{\{-?\s*['\"](?P<p>[^'\"]+)['\"]\s*\|\s*(?:relative_url|absolute_url|prepend:[^}]*)[^}]*-?\}\}"
)
_LIQUID_VAR_URL = re.compile(r"\{\{-?\s*(?:site|page)\.(?:baseurl|url)\s*-?\}\}")
_TEMPLATE_TAG = re.compile(r"\{%-?.*?-?%\}|\{\{-?.*?-?\}\}|\{\{[<%].*?[>%]\}\}", re.DOTALL)
_IMAGE = re.compile(
    r"!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^)\s>]+)>?(?:\s+=\d*x\d*)?(?:\s+[\"'(](?P<title>[^\"')]*)[\"')])?\s*\)"
)
_LINK = re.compile(
    r"(?<!!)\[(?P<text>[^\]]+)\]\((?P<url>(?:[^()\s]|\([^()\s]*\))+)(?:\s+\"[^\"]*\")?\)"
)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SAFE_URL = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "uuid", "slug"),
    "title": ("title", "headline", "name"),
    "date": ("date", "publishdate", "published", "pubdate", "created"),
    "language": ("language", "lang", "locale"),
    "countries": ("countries", "country"),
    "places": ("places", "place", "locations", "location", "regions", "region", "cities", "city"),
    "partners": ("partners", "partner", "organisations", "organizations", "donors"),
    "sdgs": ("sdgs", "sdg", "goals"),
    "tags": ("tags", "tag", "keywords", "categories", "topics"),
    "author": ("author", "authors", "by"),
    "source": ("source", "source_name", "publisher"),
    "source_url": ("source_url", "url", "link", "canonical", "canonicalurl", "external_url"),
    "summary": ("summary", "description", "excerpt", "lead", "abstract"),
    "images": ("images", "image", "photos", "photo", "featured_image", "cover"),
    "translations": ("translations", "translation_of", "translationkey"),
}


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """Split ``text`` into its front matter (as a dict) and the body.

    Raises:
        RejectedInput: The front matter is present but cannot be parsed.
    """
    text = text.lstrip("\ufeff")
    stripped = text.lstrip()
    try:
        if m := _FRONT_YAML.match(stripped):
            data = yaml.load(m.group("fm"), Loader=_FrontMatterLoader) or {}
            body = stripped[m.end() :]
        elif m := _FRONT_TOML.match(stripped):
            data = tomllib.loads(m.group("fm"))
            body = stripped[m.end() :]
        elif stripped.startswith("{"):
            data, end = json.JSONDecoder().raw_decode(stripped)
            body = stripped[end:]
        else:
            return {}, text
    except (
        yaml.YAMLError,
        tomllib.TOMLDecodeError,
        json.JSONDecodeError,
        RecursionError,
        ValueError,
    ) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise RejectedInput(name, f"front matter cannot be read ({reason})") from exc
    if not isinstance(data, dict):
        raise RejectedInput(name, "front matter is not a set of fields")
    return data, body


def has_front_matter(text: str) -> bool:
    """Whether ``text`` starts with a YAML or TOML front matter block."""
    stripped = text.lstrip("\ufeff").lstrip()
    return bool(_FRONT_YAML.match(stripped) or _FRONT_TOML.match(stripped))


def clean_template_tags(body: str) -> str:
    """Remove Liquid/Hugo tags, keeping the path inside ``{{ 'x' | relative_url }}``."""
    body = _LIQUID_URL.sub(lambda m: m.group("p"), body)
    body = _LIQUID_VAR_URL.sub("", body)
    body = _TEMPLATE_TAG.sub("", body)
    return _HTML_COMMENT.sub("", body)


def _field(meta: dict[str, Any], field: str) -> Any:
    lowered = {str(k).lower(): v for k, v in meta.items()}
    for name in FIELD_NAMES[field]:
        if name in lowered and lowered[name] not in (None, "", []):
            return lowered[name]
    return None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[,;]", value) if part.strip()]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        out = []
        for item in value:
            if isinstance(item, dict):
                item = item.get("name") or item.get("title")
            if item is not None and str(item).strip():
                out.append(str(item).strip())
        return out
    return [str(value).strip()]


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | tuple):
        value = ", ".join(_as_list(value))
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or ""
    text = " ".join(str(value).split())
    return text or None


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    return parse_date(str(value))


def _as_sdgs(value: Any) -> list[int]:
    goals = []
    for item in _as_list(value) if not isinstance(value, int) else [str(value)]:
        m = re.search(r"\d{1,2}", item)
        if m and 1 <= int(m.group()) <= 17 and int(m.group()) not in goals:
            goals.append(int(m.group()))
    return goals


def _safe_url(url: str | None) -> str | None:
    if url and _SAFE_URL.match(url.strip()):
        return url.strip()
    return None


def _image_draft(src: str, resolve: ImageResolver | None, **text: str | None) -> ImageDraft:
    src = src.strip()
    if re.match(r"^https?://", src, re.IGNORECASE):
        return ImageDraft(name=None, url=src, **text)
    loader = resolve(src) if resolve else None
    return ImageDraft(name=src, load=loader, **text)


def _front_matter_images(value: Any, resolve: ImageResolver | None) -> list[ImageDraft]:
    images = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str) and item.strip():
            images.append(_image_draft(item, resolve))
        elif isinstance(item, dict):
            src = item.get("file") or item.get("src") or item.get("path") or item.get("url")
            if not src or not isinstance(src, str):
                # A photo known only by its caption and credit (the file never came).
                texts = {k: _as_text(item.get(k)) for k in ("caption", "credit", "alt")}
                if any(texts.values()):
                    images.append(ImageDraft(**texts))
                continue
            images.append(
                _image_draft(
                    src,
                    resolve,
                    caption=_as_text(item.get("caption") or item.get("title")),
                    credit=_as_text(item.get("credit") or item.get("photographer")),
                    alt=_as_text(item.get("alt")),
                )
            )
    return images


def _body_images(body: str, resolve: ImageResolver | None) -> tuple[str, list[ImageDraft]]:
    images: list[ImageDraft] = []

    def take(m: re.Match[str]) -> str:
        images.append(
            _image_draft(
                m.group("src"),
                resolve,
                alt=m.group("alt").strip() or None,
                caption=(m.group("title") or "").strip() or None,
            )
        )
        return ""

    return _IMAGE.sub(take, body), images


_HTML_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_HTML_ATTR = re.compile(
    r"""\b(?P<k>src|alt|title)\s*=\s*(?:"(?P<a>[^"]*)"|'(?P<b>[^']*)'|(?P<c>[^\s>]+))""", re.I
)
_HTML_DROP = re.compile(
    r"<(script|style|iframe|object|embed|template|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def _html_images(body: str, resolve: ImageResolver | None) -> tuple[str, list[ImageDraft]]:
    """Raw ``<img>`` tags in a Markdown body become images; other HTML tags are dropped.

    The reading pane renders Markdown with HTML disabled, so tags left in would show as
    text (and could never run).
    """
    images: list[ImageDraft] = []

    def take(m: re.Match[str]) -> str:
        attrs = {
            a.group("k").lower(): a.group("a") or a.group("b") or a.group("c") or ""
            for a in _HTML_ATTR.finditer(m.group(0))
        }
        src = attrs.get("src", "").strip()
        if src and not src.lower().startswith(("data:", "javascript:")):
            images.append(
                _image_draft(
                    src, resolve, alt=attrs.get("alt") or None, caption=attrs.get("title") or None
                )
            )
        return ""

    body = _HTML_DROP.sub("", body)
    body = _HTML_IMG.sub(take, body)
    return _HTML_TAG.sub("", body), images


def _neutralise_links(body: str) -> str:
    """Links keep their text; only web and mail links keep their target."""
    return _LINK.sub(
        lambda m: m.group(0) if _SAFE_URL.match(m.group("url")) else m.group("text"), body
    )


def _tidy(body: str) -> str:
    body = re.sub(r"[ \t]+\n", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body)
    return body.strip()


def _cards(body: str) -> list[str] | None:
    """The paragraphs of a listing page made of cards, or None if the body is not one."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    cards = [p for p in paragraphs if p.startswith("![") and _IMAGE.match(p)]
    if len(cards) >= 2 and len(cards) >= 0.8 * len(paragraphs):
        return cards
    return None


def _card_story(
    card: str, index: int, origin_file: str, meta_draft: StoryDraft, resolve: ImageResolver | None
) -> StoryDraft:
    image_match = _IMAGE.match(card)
    assert image_match is not None
    alt = image_match.group("alt").strip()
    text = card[image_match.end() :].strip()
    links = [m for m in _LINK.finditer(text) if _SAFE_URL.match(m.group("url"))]
    title = alt or (links[0].group("text") if links else make_title(_LINK.sub(r"\g<text>", text)))
    # A paragraph that opens with the linked title repeats it: drop the repetition.
    lead = re.match(r"^\[(?P<t>[^\]]+)\]\([^)]*\)\s*[.:]?\s*", text)
    if lead and lead.group("t").strip().rstrip(".") == title.rstrip("."):
        text = text[lead.end() :]
    image = _image_draft(image_match.group("src"), resolve, alt=alt or None)
    return StoryDraft(
        title=title,
        body=_tidy(_neutralise_links(text)),
        origin_file=origin_file,
        part=index,
        language=meta_draft.language,
        date=meta_draft.date,
        countries=list(meta_draft.countries),
        places=list(meta_draft.places),
        partners=list(meta_draft.partners),
        sdgs=list(meta_draft.sdgs),
        tags=list(meta_draft.tags),
        author=meta_draft.author,
        source_name=meta_draft.source_name,
        source_url=links[0].group("url") if links else None,
        images=[image],
        explicit=set(meta_draft.explicit) - {"title", "id", "summary", "source_url", "images"},
    )


def apply_front_matter(draft: StoryDraft, meta: dict[str, Any]) -> None:
    """Set the draft's fields from front matter; each one set is marked explicit."""
    explicit = draft.explicit
    if (value := _as_text(_field(meta, "id"))) is not None:
        draft.external_id = value
    if (value := _as_text(_field(meta, "title"))) is not None:
        draft.title = value
        explicit.add("title")
    if (date := _as_date(_field(meta, "date"))) is not None:
        draft.date = date
        explicit.add("date")
    raw_language = _field(meta, "language")
    languages = [code for v in _as_list(raw_language) if (code := normalise_language(v))]
    if languages:
        draft.language = languages[0]
        # A single value is the story's language and wins. A list (camgdp's
        # ["Russian", "Kazakh"]) says which languages the page is about: a hint only, the text
        # decides.
        if not isinstance(raw_language, list | tuple):
            explicit.add("language")
    for field in ("countries", "places", "partners", "tags"):
        if values := _as_list(_field(meta, field)):
            setattr(draft, field, values)
            explicit.add(field)
    if sdgs := _as_sdgs(_field(meta, "sdgs")):
        draft.sdgs = sdgs
        explicit.add("sdgs")
    if (value := _as_text(_field(meta, "author"))) is not None:
        draft.author = value
        explicit.add("author")
    if (value := _as_text(_field(meta, "source"))) is not None:
        draft.source_name = value
        explicit.add("source")
    if (value := _safe_url(_as_text(_field(meta, "source_url")))) is not None:
        draft.source_url = value
        explicit.add("source_url")
    if (value := _as_text(_field(meta, "summary"))) is not None:
        draft.summary = value
        explicit.add("summary")
    if translations := _as_list(_field(meta, "translations")):
        draft.translations = translations


def read_markdown(
    text: str, origin_file: str, resolve: ImageResolver | None = None
) -> list[StoryDraft]:
    """Read a Markdown (or front-matter text) file into drafts.

    Args:
        text: The decoded file contents.
        origin_file: The file name, kept as provenance.
        resolve: Turns an image path written in the story into a loader for its bytes
            (``None`` when the image is not in the folder or bundle).

    Returns:
        One draft, or one per card for a listing page; empty for a file with no text.

    Raises:
        RejectedInput: The front matter cannot be read.
    """
    meta, body = split_front_matter(text, origin_file)
    body = clean_template_tags(body)
    draft = StoryDraft(title="", body="", origin_file=origin_file)
    apply_front_matter(draft, meta)

    cards = _cards(body)
    if cards:
        return [_card_story(card, i, origin_file, draft, resolve) for i, card in enumerate(cards)]

    images = _front_matter_images(_field(meta, "images"), resolve) if _field(meta, "images") else []
    body, inline = _body_images(body, resolve)
    body, tagged = _html_images(body, resolve)
    inline += tagged
    known = {(i.name, i.url) for i in images}
    images += [i for i in inline if (i.name, i.url) not in known]
    draft.images = images
    draft.body = _tidy(_neutralise_links(body))
    if not draft.title:
        heading = re.match(r"^\s*#{1,2}\s+(?P<t>.+?)\s*#*\s*$", draft.body, re.MULTILINE)
        if heading and draft.body.lstrip().startswith("#"):
            draft.title = heading.group("t").strip()
            draft.body = _tidy(draft.body.lstrip()[len(heading.group(0).lstrip()) :])
        elif draft.body:
            draft.title = make_title(re.sub(r"[#*_>`]", "", draft.body))
        else:
            return []
    if not draft.body and not draft.summary and not images:
        return []
    return [draft]
