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
from dataclasses import dataclass
from typing import Any

import yaml

from storydesk.errors import RejectedInput
from storydesk.ingest.dates import parse_date
from storydesk.ingest.draft import ImageDraft, StoryDraft
from storydesk.ingest.encoding import neutralise
from storydesk.ingest.text import make_title
from storydesk.messages import translatable
from storydesk.text import normalise_language

# Resolves a path written in a story to a loader for its bytes, or None if not available.
ImageResolver = Callable[[str], "Callable[[], bytes] | None"]


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader (libyaml's when PyYAML has it: ~9x faster) leaving dates as text:
    ``parse_date`` reads them, and an impossible date (2023-31-01) costs the story its
    date, not the whole file."""


# YAML 1.2's booleans: only true and false. Under YAML 1.1, ``title: no`` (or a tag "on",
# a country code "NO") would become a yes/no value and lose the word its author wrote.
_BOOL = "tag:yaml.org,2002:bool"
_BOOL_1_2 = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [
        (tag, _BOOL_1_2 if tag == _BOOL else regexp)
        for tag, regexp in resolvers
        if tag != "tag:yaml.org,2002:timestamp"
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# Expanded YAML nodes a front matter may hold. Aliases share nodes, so a "billion laughs"
# block of a few hundred bytes expands to billions of values in the code that reads it; the
# node graph is measured (counting every alias as the whole subtree it stands for) before
# anything is constructed.
MAX_YAML_NODES = 20_000
# The longest a short field may be (title, author, source...); longer text is cut at a word.
TITLE_LIMIT = 500
SHORT_FIELD_LIMIT = 500
SUMMARY_LIMIT = 5_000

_FRONT_YAML = re.compile(r"\A---[ \t]*\n(?P<fm>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TOML = re.compile(r"\A\+\+\+[ \t]*\n(?P<fm>.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_LIQUID_URL = re.compile(
    r"\{\{-?\s*['\"](?P<p>[^'\"]+)['\"]\s*\|\s*(?:relative_url|absolute_url|prepend:[^}]*)[^}]*-?\}\}"
)
_LIQUID_VAR_URL = re.compile(r"\{\{-?\s*(?:site|page)\.(?:baseurl|url)\s*-?\}\}")
# Liquid tags, then Liquid output tags and Hugo shortcodes ({{< x >}} ends in "}}" as well).
_LIQUID_TAG = re.compile(r"\{%.*?%\}", re.DOTALL)
_OUTPUT_TAG = re.compile(r"\{\{.*?\}\}", re.DOTALL)
# No part of an image or link may run over the bracket or parenthesis that opens the next
# one: each failed attempt then stops at the next opening, and a page of 100,000 unclosed
# "![a](" costs linear time, not quadratic (it took 77 s when ``src`` could run to the end).
_IMAGE = re.compile(
    r"!\[(?P<alt>[^\[\]]*)\]\(\s*<?(?P<src>[^()\s<>]+)>?(?:\s+=\d*x\d*)?"
    r"(?:\s+[\"'(](?P<title>[^\"'()\n]*)[\"')])?\s*\)"
)
_LINK = re.compile(
    r"(?<!!)\[(?P<text>[^\[\]]+)\]\((?P<url>(?:[^()\s]|\([^()\s]*\))+)(?:\s+\"[^\"\n]*\")?\)"
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


def load_yaml(text: str, name: str, *, max_nodes: int = MAX_YAML_NODES) -> Any:
    """Parse YAML with the safe loader, refusing alias bombs before anything is built.

    The document is composed into its node graph first; each node counts once for every
    place it appears (an alias counts as the whole subtree it repeats). A graph that would
    expand beyond ``max_nodes``, or an alias that contains itself, is refused.

    Raises:
        RejectedInput: The YAML cannot be parsed or expands beyond the budget.
        yaml.YAMLError: Passed on for the caller's message.
    """
    loader = _FrontMatterLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_node_budget(node, name, max_nodes)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check_node_budget(root: yaml.Node, name: str, max_nodes: int) -> None:
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()
    # Iterative post-order walk: a deep document must not exhaust Python's stack.
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        key = id(node)
        if key in sizes and not expanded:
            continue
        children: list[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        elif isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        if not expanded:
            if key in in_progress:
                raise RejectedInput(name, _SELF_ALIAS)
            in_progress.add(key)
            stack.append((node, True))
            for child in children:
                if id(child) in in_progress:
                    raise RejectedInput(name, _SELF_ALIAS)
                if id(child) not in sizes:
                    stack.append((child, False))
            continue
        in_progress.discard(key)
        size = 1 + sum(sizes[id(child)] for child in children)
        if size > max_nodes:
            raise RejectedInput(
                name,
                translatable(
                    "Import",
                    "YAML expands to over {limit:,} values (aliases repeating aliases); "
                    "refused as a memory bomb",
                ).format(limit=max_nodes),
            )
        sizes[key] = size


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """Split ``text`` into its front matter (as a dict) and the body.

    Raises:
        RejectedInput: The front matter is present but cannot be parsed.
    """
    text = text.lstrip("\ufeff")
    stripped = text.lstrip()
    try:
        if m := _FRONT_YAML.match(stripped):
            data = load_yaml(m.group("fm"), name) or {}
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
        raise RejectedInput(
            name,
            translatable("Import", "front matter cannot be read ({error})").format(error=reason),
        ) from exc
    if not isinstance(data, dict):
        raise RejectedInput(name, translatable("Import", "front matter is not a set of fields"))
    return data, body


def has_front_matter(text: str) -> bool:
    """Whether ``text`` starts with a YAML or TOML front matter block."""
    stripped = text.lstrip("\ufeff").lstrip()
    return bool(_FRONT_YAML.match(stripped) or _FRONT_TOML.match(stripped))


def clean_template_tags(body: str) -> str:
    """Remove Liquid/Hugo tags, keeping the path inside ``{{ 'x' | relative_url }}``.

    Hugo shortcodes go first (``{{% x %}}`` holds a Liquid-looking ``{% x %}`` that would
    otherwise leave ``{}`` behind): a paired shortcode keeps the text between its tags,
    ``{{< figure src=... caption=... >}}`` becomes a Markdown image with its caption and
    ``{{< ref "x" >}}`` the path it names.
    """
    body = sub_before_last(_SHORTCODE, _shortcode_replacement, body, _SHORTCODE_END)
    body = _LIQUID_URL.sub(lambda m: m.group("p"), body)
    body = _LIQUID_VAR_URL.sub("", body)
    body = sub_before_last(_LIQUID_TAG, "", body, _LIQUID_END)
    body = sub_before_last(_OUTPUT_TAG, "", body, _OUTPUT_END)
    return sub_before_last(_HTML_COMMENT, "", body, _COMMENT_END)


_LIQUID_END = re.compile(r"%\}")
# Hugo shortcodes: {{< name params >}}, {{% name params %}}, their closing tags and the
# escaped {{</* name */>}}. The parameters never hold a brace, so an unclosed tag stops at
# the next one and a page of them costs linear time.
_SHORTCODE = re.compile(
    r"\{\{(?P<open>[<%])(?:/\*)?\s*(?P<close>/)?\s*(?P<name>[\w./-]+)?(?P<params>[^{}]*?)"
    r"(?:\*/)?\s*[>%]\}\}"
)
_SHORTCODE_END = re.compile(r"[>%]\}\}")
_SHORTCODE_PARAM = re.compile(
    r"""(?:(?P<key>[\w-]+)\s*=\s*)?(?:"(?P<a>[^"]*)"|'(?P<b>[^']*)'|`(?P<c>[^`]*)`|(?P<d>[^\s"'`=]+))"""
)
_FIGURE_SHORTCODES = frozenset({"figure", "img", "image"})
_REF_SHORTCODES = frozenset({"ref", "relref"})
_SIMPLE_SRC = re.compile(r"^[^()\s<>]+$")
_CAPTION_UNSAFE = re.compile(r"[\"'()\n\[\]]+")


def _shortcode_params(params: str) -> tuple[dict[str, str], list[str]]:
    named: dict[str, str] = {}
    positional: list[str] = []
    for m in _SHORTCODE_PARAM.finditer(params):
        value = next(v for v in (m["a"], m["b"], m["c"], m["d"]) if v is not None)
        if m["key"]:
            named[m["key"].lower()] = value
        else:
            positional.append(value)
    return named, positional


def _shortcode_replacement(m: re.Match[str]) -> str:
    """What a Hugo shortcode leaves in the text (see :func:`clean_template_tags`)."""
    name = (m["name"] or "").lower()
    if m["close"] or not name:
        return ""
    if name in _FIGURE_SHORTCODES:
        named, positional = _shortcode_params(m["params"])
        src = (named.get("src") or (positional[0] if positional else "")).strip()
        if not src or not _SIMPLE_SRC.match(src):
            return ""
        alt = _CAPTION_UNSAFE.sub(" ", named.get("alt", "")).strip()
        caption = named.get("caption") or named.get("title") or ""
        caption = " ".join(_CAPTION_UNSAFE.sub(" ", _HTML_TAG.sub("", caption)).split())
        titled = f' "{caption}"' if caption else ""
        return f"\n\n![{alt}]({src}{titled})\n\n"
    if name in _REF_SHORTCODES:
        _named, positional = _shortcode_params(m["params"])
        return positional[0] if positional else ""
    return ""


# Kramdown's extensions ({::comment}...{:/comment}, {::options ... /}) and attribute lists:
# block IALs and attribute list definitions on a line of their own, span IALs right after
# an element ({: .box-note}, {:.class}, {: #id .class key="v"}, {:toc}). Items are
# separated by required blanks, so no two ways of matching compete (linear time).
_KRAMDOWN_COMMENT = re.compile(r"\{::comment\b[^{}\n]*\}.*?\{:/(?:comment)?\}", re.DOTALL)
_KRAMDOWN_COMMENT_END = re.compile(r"\{:/(?:comment)?\}")
_KRAMDOWN_EXTENSION = re.compile(r"\{::[\w-]+[^{}\n]*\}|\{:/[\w-]*\}")
_IAL_LINE = re.compile(r"^[ \t]*\{:(?![:/])[^{}\n]*\}[ \t]*(?:\n|\Z)", re.MULTILINE)
_IAL_ITEM = r"""[.#]?[\w-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']*))?"""
_IAL_SPAN = re.compile(rf"\{{:(?![:/])[ \t]*(?:{_IAL_ITEM}(?:[ \t]+{_IAL_ITEM})*)?[ \t]*\}}")
_TOC_MARKER = re.compile(r"^[ \t]*[*-][ \t]+TOC[ \t]*\n(?=[ \t]*\{:toc\})", re.MULTILINE)


def remove_attribute_lists(body: str) -> str:
    """Remove Kramdown attribute lists and extensions from a Markdown body.

    ``{::comment}...{:/comment}`` goes with what it holds; other extensions
    (``{::nomarkdown}``, ``{::options ... /}``) lose their tags only. A ``* TOC`` list
    marked ``{:toc}`` goes too (it is where the site puts its table of contents).
    """
    if "{:" not in body:
        return body
    body = sub_before_last(_KRAMDOWN_COMMENT, "", body, _KRAMDOWN_COMMENT_END)
    body = _KRAMDOWN_EXTENSION.sub("", body)
    body = _TOC_MARKER.sub("", body)
    body = _IAL_LINE.sub("", body)
    return _IAL_SPAN.sub("", body)


_OUTPUT_END = re.compile(r"\}\}")
_COMMENT_END = re.compile(r"-->")


def sub_before_last(
    pattern: re.Pattern[str],
    repl: str | Callable[[re.Match[str]], str],
    text: str,
    closer: re.Pattern[str],
) -> str:
    """``pattern.sub`` for a pattern that ends with ``closer``, in linear time.

    A lazy ``.*?`` that finds no closer scans to the end of the text from every opening,
    which is quadratic on a page of unclosed openings. No match can end after the last
    closer, so only the text up to it is searched: there, every opening finds its closer.
    """
    end = -1
    for end_match in closer.finditer(text):
        end = end_match.end()
    if end < 0:
        return text
    return pattern.sub(repl, text[:end]) + text[end:]


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


def _image_draft(
    src: str,
    resolve: ImageResolver | None,
    *,
    caption: str | None = None,
    credit: str | None = None,
    alt: str | None = None,
) -> ImageDraft:
    src = src.strip()
    if re.match(r"^https?://", src, re.IGNORECASE):
        return ImageDraft(name=None, url=src, caption=caption, credit=credit, alt=alt)
    loader = resolve(src) if resolve else None
    return ImageDraft(name=src, load=loader, caption=caption, credit=credit, alt=alt)


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
                caption, credit, alt = (_as_text(item.get(k)) for k in ("caption", "credit", "alt"))
                if caption or credit or alt:
                    images.append(ImageDraft(caption=caption, credit=credit, alt=alt))
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
_DROPPED_ELEMENTS = ("script", "style", "iframe", "object", "embed", "template", "noscript")
_HTML_DROP = {
    tag: (
        re.compile(rf"<{tag}\b.*?</{tag}\s*>", re.IGNORECASE | re.DOTALL),
        re.compile(rf"</{tag}\s*>", re.IGNORECASE),
    )
    for tag in _DROPPED_ELEMENTS
}
_TAG_END = re.compile(">")
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

    for element, closer in _HTML_DROP.values():
        body = sub_before_last(element, "", body, closer)
    body = sub_before_last(_HTML_IMG, take, body, _TAG_END)
    return _HTML_TAG.sub("", body), images


def _neutralise_links(body: str) -> str:
    """Links keep their text; only web and mail links keep their target."""
    return _LINK.sub(
        lambda m: m.group(0) if _SAFE_URL.match(m.group("url")) else m.group("text"), body
    )


def _tidy(body: str) -> str:
    # Line by line: a regex for trailing blanks retries every blank of a long run.
    body = "\n".join(line.rstrip(" \t") for line in body.split("\n"))
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


def _shape(value: Any) -> str:
    """What a front matter value is, in words (translatable; else the Python type name)."""
    if isinstance(value, bool):
        return translatable("Import", "yes/no value")
    if isinstance(value, int | float):
        return translatable("Import", "number")
    if isinstance(value, dict):
        return translatable("Import", "set of fields")
    if isinstance(value, list | tuple):
        return translatable("Import", "list")
    return type(value).__name__


_SELF_ALIAS = translatable("Import", "YAML refers to itself through an alias")
_TEXT = translatable("Import", "text")
_NAMES = translatable("Import", "a list of names")
_NAME = translatable("Import", "a name")
_DATE = translatable("Import", "a date")


class _Fields:
    """Front matter values by story field, each checked for its shape.

    A value of the wrong shape (a set of fields, a nested list, a yes/no value or a number
    where text is meant) is never turned into text: it is left out and a warning names it.
    """

    def __init__(self, meta: dict[str, Any], warnings: list[str]) -> None:
        self.lowered = {str(k).lower(): (str(k), v) for k, v in meta.items()}
        self.warnings = warnings

    def raw(self, field: str) -> tuple[str, Any]:
        for name in FIELD_NAMES[field]:
            if name in self.lowered and self.lowered[name][1] not in (None, "", []):
                return self.lowered[name]
        return field, None

    def warn(self, key: str, value: Any, expected: str) -> None:
        self.warnings.append(
            translatable(
                "Import", "front matter '{key}' is a {shape}, not {expected}; it was left out"
            ).format(key=key, shape=_shape(value), expected=expected)
        )

    def text(self, field: str, *, numbers: bool = False) -> str | None:
        key, value = self.raw(field)
        if value is None:
            return None
        if isinstance(value, dict) and isinstance(value.get("name"), str) and field == "author":
            value = value["name"]
        if (
            isinstance(value, list | tuple)
            and field == "author"
            and all(isinstance(v, str) for v in value)
        ):
            value = ", ".join(v.strip() for v in value if v.strip())
        if isinstance(value, bool) or (isinstance(value, int | float) and not numbers):
            self.warn(key, value, _TEXT)
            return None
        if not isinstance(value, str | int | float):
            self.warn(key, value, _TEXT)
            return None
        # YAML escapes ("\\e", "\\u202e") make controls the decoder never saw.
        return " ".join(neutralise(str(value)).split()) or None

    def items(self, field: str, *, numbers: bool = False) -> list[str]:
        key, value = self.raw(field)
        if value is None:
            return []
        if isinstance(value, str):
            value = neutralise(value)
            return [part.strip() for part in re.split(r"[,;]", value) if part.strip()]
        if isinstance(value, int | float) and not isinstance(value, bool) and numbers:
            return [str(value)]
        if not isinstance(value, list | tuple):
            self.warn(key, value, _NAMES)
            return []
        out: list[str] = []
        for item in value:
            if isinstance(item, dict):
                name = item.get("name") or item.get("title")
                item = name if isinstance(name, str) else item
            if isinstance(item, str):
                if item.strip():
                    out.append(" ".join(neutralise(item).split()))
            elif isinstance(item, int | float) and not isinstance(item, bool) and numbers:
                out.append(str(item))
            else:
                self.warn(key, item, _NAME)
        return out

    def date(self) -> dt.date | None:
        key, value = self.raw("date")
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if value is None:
            return None
        if isinstance(value, str | int) and not isinstance(value, bool):
            return parse_date(str(value))
        self.warn(key, value, _DATE)
        return None


def apply_front_matter(draft: StoryDraft, meta: dict[str, Any]) -> None:
    """Set the draft's fields from front matter; each one set is marked explicit.

    Values of the wrong shape are left out, each with a line in ``draft.warnings``.
    """
    explicit = draft.explicit
    fields = _Fields(meta, draft.warnings)
    if (value := fields.text("id", numbers=True)) is not None:
        draft.external_id = value
    if (value := fields.text("title", numbers=True)) is not None:
        draft.title = value
        explicit.add("title")
    if (date := fields.date()) is not None:
        draft.date = date
        explicit.add("date")
    raw_language = fields.raw("language")[1]
    languages = [code for v in fields.items("language") if (code := normalise_language(v))]
    if languages:
        draft.language = languages[0]
        # A single value is the story's language and wins. A list (camgdp's
        # ["Russian", "Kazakh"]) says which languages the page is about: a hint only, the text
        # decides.
        if not isinstance(raw_language, list | tuple):
            explicit.add("language")
    for field in ("countries", "places", "partners"):
        if values := fields.items(field):
            setattr(draft, field, values)
            explicit.add(field)
    if values := fields.items("tags", numbers=True):
        draft.tags = values
        explicit.add("tags")
    if sdgs := _as_sdgs(fields.items("sdgs", numbers=True)):
        draft.sdgs = sdgs
        explicit.add("sdgs")
    if (value := fields.text("author")) is not None:
        draft.author = value
        explicit.add("author")
    if (value := fields.text("source")) is not None:
        draft.source_name = value
        explicit.add("source")
    if (value := _safe_url(fields.text("source_url"))) is not None:
        draft.source_url = value
        explicit.add("source_url")
    if (value := fields.text("summary")) is not None:
        draft.summary = value
        explicit.add("summary")
    if translations := fields.items("translations", numbers=True):
        draft.translations = translations


@dataclass
class MarkdownPage:
    """A Markdown file as read, with what tells a story from a site's navigation page.

    Attributes:
        drafts: One draft, one per card of a listing page, or none for a file with no text.
        layout: The front matter ``layout`` (``post``, ``home``, ``list``...), if any.
        markup: The body as written, template tags and attribute lists removed, links and
            HTML still in it (for counting the words inside links).
    """

    drafts: list[StoryDraft]
    layout: str | None
    markup: str


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
    return read_markdown_page(text, origin_file, resolve).drafts


def _layout(meta: dict[str, Any]) -> str | None:
    for key, value in meta.items():
        if str(key).lower() == "layout" and isinstance(value, str) and value.strip():
            return value.strip()
    return None


def read_markdown_page(
    text: str, origin_file: str, resolve: ImageResolver | None = None
) -> MarkdownPage:
    """Read a Markdown file as :func:`read_markdown` does, keeping its layout and markup.

    Raises:
        RejectedInput: The front matter cannot be read.
    """
    meta, body = split_front_matter(text, origin_file)
    body = remove_attribute_lists(clean_template_tags(body))
    page = MarkdownPage(drafts=[], layout=_layout(meta), markup=body)
    draft = StoryDraft(title="", body="", origin_file=origin_file)
    apply_front_matter(draft, meta)

    cards = _cards(body)
    if cards:
        page.drafts = [
            _card_story(card, i, origin_file, draft, resolve) for i, card in enumerate(cards)
        ]
        return page

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
            return page
    if not draft.body and not draft.summary and not images:
        return page
    page.drafts = [draft]
    return page
