"""Write realistic generated StoryDesk corpora for the benchmarks.

Stories are Markdown files with YAML front matter, in the mix of languages StoryDesk meets
(Russian, English, Kyrgyz, Kazakh, Bulgarian):

* Russian, English and Bulgarian text is drawn word by word from the language's most
  frequent words (``wordfreq``), with their real frequencies, so the vocabulary follows
  the Zipf curve of real text (a long tail of rare words, a few very common ones).
* Kazakh and Kyrgyz text is made of real sentences sampled from the shared corpora
  (``kyrgyz-24kg`` articles, the Kazakh side of ``kaz-parallel/titles.tsv``); wordfreq has
  no word lists for them.
* Partner and place names come from StoryDesk's own directories
  (``resources/directory/*.yaml``), written with aliases in the script of the story's
  language and now and then in an inflected form (``Бишкеке``, ``Алматыда``).
* Most stories carry ``partners``/``places``/``countries`` in their front matter; the
  rest do not, so that the importer's extraction runs on them.
* Optionally (``--photos F``) a fraction ``F`` of stories get a Pillow-made JPEG photo.

The output is a folder of ``stories/*.md`` (and ``images/*.jpg``), or with ``--bundle`` a
``.storybundle`` (ZIP with ``bundle.json`` and checksums). The same ``--seed`` gives the
same corpus, byte for byte.

    python benchmarks/generate.py --count 10000 --out /tmp/corpus10k [--bundle] \
        [--photos 0.1] [--seed 1]
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import hashlib
import io
import itertools
import json
import os
import random
import re
import sys
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DIRECTORY = ROOT / "resources" / "directory"
CORPORA = Path(os.environ.get("STORYDESK_SHARED", ROOT.parent / "shared")) / "corpora"
"""The shared corpora (``STORYDESK_SHARED`` says where the shared folder is)."""

LANGUAGE_MIX: dict[str, float] = {"ru": 0.40, "en": 0.25, "ky": 0.15, "kk": 0.12, "bg": 0.08}
"""Share of stories per language."""

VOCABULARY = 25000
"""Most frequent words taken from wordfreq per language."""

WORDS_MIN, WORDS_MAX = 300, 900
"""Length of a story body in words."""

FRONT_MATTER_LINKS = 0.7
"""Share of stories whose front matter lists partners, places and countries."""

INFLECT = 0.25
"""Chance that a one-word name in running text is written in an inflected form."""

TAGS = [
    "youth",
    "water",
    "climate",
    "gender",
    "health",
    "govtech",
    "energy",
    "education",
    "agriculture",
    "early warning",
    "migration",
    "tourism",
    "digital",
    "disaster risk",
    "governance",
]

SOURCES = ["UNDP Kyrgyzstan", "UNDP Kazakhstan", "24.kg", "Kabar", "UN News", "UNICEF", "FAO"]

AUTHORS = [
    "Александра Соловьева",
    "Айгуль Садыкова",
    "Нурлан Абдыкадыров",
    "Jane Miller",
    "Arman Dzhaksybekov",
    "Гүлнара Төлегенова",
    "Мария Иванова",
    "Peter Brown",
]

_SCRIPT_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TURKIC = set("әғқңөұүһі")
_KYRGYZ = set("өүң")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


# -- vocabularies --------------------------------------------------------------------------


@dataclass
class Sampler:
    """Draws items with given weights quickly (cumulative weights and bisection)."""

    items: list[str]
    cumulative: list[float]

    @classmethod
    def from_weights(cls, pairs: Sequence[tuple[str, float]]) -> Sampler:
        items = [item for item, _ in pairs]
        cumulative = list(itertools.accumulate(weight for _, weight in pairs))
        return cls(items, cumulative)

    def draw(self, rng: random.Random, k: int) -> list[str]:
        total = self.cumulative[-1]
        cum = self.cumulative
        items = self.items
        last = len(items) - 1
        return [items[min(bisect.bisect(cum, rng.random() * total), last)] for _ in range(k)]


def wordfreq_sampler(language: str) -> Sampler:
    """The language's most frequent words with their frequencies (wordfreq, no download)."""
    import wordfreq

    pairs: list[tuple[str, float]] = []
    for word in wordfreq.top_n_list(language, VOCABULARY, wordlist="best"):
        if not word.isalpha():
            continue
        if language != "en" and not _SCRIPT_CYRILLIC.search(word):
            continue  # Latin loan words and stray tokens in Cyrillic word lists
        pairs.append((word, wordfreq.word_frequency(word, language, wordlist="best")))
    return Sampler.from_weights(pairs)


def _sentences(text: str) -> list[str]:
    out = []
    for sentence in _SENTENCE_END.split(text.replace("\n", " ")):
        sentence = sentence.strip()
        if 20 <= len(sentence) <= 400 and _SCRIPT_CYRILLIC.search(sentence):
            out.append(sentence)
    return out


def kyrgyz_sentences() -> list[str]:
    """Sentences of the Kyrgyz news articles in ``kyrgyz-24kg`` (sorted, for determinism)."""
    sentences: set[str] = set()
    csv.field_size_limit(10**8)
    for path in sorted((CORPORA / "kyrgyz-24kg" / "data").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                sentences.update(_sentences(row.get("text") or ""))
    return sorted(sentences)


def kazakh_sentences() -> list[str]:
    """The Kazakh headlines of ``kaz-parallel/titles.tsv`` (sorted, for determinism)."""
    titles: set[str] = set()
    with open(CORPORA / "kaz-parallel" / "titles.tsv", encoding="utf-8", errors="replace") as f:
        for line in f:
            kazakh = line.split("\t", 1)[0].strip()
            if 20 <= len(kazakh) <= 300 and _SCRIPT_CYRILLIC.search(kazakh):
                titles.add(kazakh.rstrip(".") + ".")
    return sorted(titles)


# -- names ---------------------------------------------------------------------------------


@dataclass
class Name:
    """A partner or place from the directory, with its aliases grouped by language."""

    canonical: str
    kind: str
    country: str | None
    by_language: dict[str, list[str]] = field(default_factory=dict)


def _alias_language(alias: str) -> set[str]:
    letters = set(alias.casefold())
    if not _SCRIPT_CYRILLIC.search(alias):
        return {"en"}
    if letters & _KYRGYZ and not letters & (_TURKIC - _KYRGYZ):
        return {"ky", "kk"}
    if letters & _TURKIC:
        return {"kk"}
    return {"ru", "bg", "ky", "kk"}


def load_names(filename: str) -> list[Name]:
    """Entries of a directory file, with aliases usable in each language's text."""
    entries = yaml.safe_load((DIRECTORY / filename).read_text(encoding="utf-8")) or []
    names: list[Name] = []
    for entry in entries:
        name = Name(str(entry["name"]), str(entry.get("kind") or ""), entry.get("country"))
        for alias in [entry["name"], *(entry.get("aliases") or [])]:
            alias = str(alias)
            if len(alias) > 60:
                continue
            for language in _alias_language(alias):
                name.by_language.setdefault(language, []).append(alias)
        names.append(name)
    return names


_RU_ENDINGS = ("е", "а", "ом", "у")
_KK_ENDINGS = ("да", "дағы", "ға", "ның", "нан")
_KY_ENDINGS = ("да", "дагы", "га", "нын", "дан")


def inflect(alias: str, language: str, rng: random.Random) -> str:
    """Now and then an inflected form of a one-word Cyrillic name (else the name as is)."""
    if " " in alias or not _SCRIPT_CYRILLIC.search(alias) or rng.random() >= INFLECT:
        return alias
    if alias.isupper():  # acronyms (ПРООН) take a hyphenated ending or none
        return alias
    if language in {"ru", "bg"}:
        if alias[-1] in "аяоеиыуюь":
            return alias
        return alias + rng.choice(_RU_ENDINGS)
    endings = _KK_ENDINGS if language == "kk" else _KY_ENDINGS
    return alias + rng.choice(endings)


# -- stories -------------------------------------------------------------------------------


class Generator:
    """Makes stories; one instance, one random stream (``seed``)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = {lang: wordfreq_sampler(lang) for lang in ("ru", "en", "bg")}
        self.sentences = {"ky": kyrgyz_sentences(), "kk": kazakh_sentences()}
        self.partners = load_names("partners.yaml")
        places = load_names("places.yaml")
        self.countries = [p for p in places if p.kind == "country"]
        self.central_asia = self.countries[:5]
        self.places = [p for p in places if p.kind != "country"]
        self.languages = list(LANGUAGE_MIX)
        self.language_weights = list(itertools.accumulate(LANGUAGE_MIX.values()))

    def _language(self) -> str:
        return self.rng.choices(self.languages, cum_weights=self.language_weights)[0]

    def _alias(self, name: Name, language: str) -> str:
        aliases = name.by_language.get(language) or name.by_language.get("en") or [name.canonical]
        # Mostly the first (most usual) alias of this language, sometimes any other.
        alias = aliases[0] if self.rng.random() < 0.6 else self.rng.choice(aliases)
        return inflect(alias, language, self.rng)

    def _zipf_sentence(self, language: str, names: list[str]) -> str:
        rng = self.rng
        words = self.words[language].draw(rng, rng.randint(6, 20))
        if names and rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), rng.choice(names))
        if rng.random() < 0.08:
            words.insert(rng.randrange(len(words) + 1), str(rng.choice([12, 150, 2024, 3500])))
        text = " ".join(words)
        return text[:1].upper() + text[1:] + rng.choice(".....!?")

    def _turkic_sentence(self, language: str, names: list[str]) -> str:
        sentence = self.rng.choice(self.sentences[language])
        if names and self.rng.random() < 0.25:
            sentence = f"{self.rng.choice(names)} {sentence[:1].lower()}{sentence[1:]}"
        return sentence

    def _body(self, language: str, names: list[str], target_words: int) -> list[str]:
        paragraphs: list[str] = []
        count = 0
        while count < target_words:
            sentences = []
            for _ in range(self.rng.randint(2, 6)):
                if language in self.sentences:
                    sentence = self._turkic_sentence(language, names)
                else:
                    sentence = self._zipf_sentence(language, names)
                sentences.append(sentence)
                count += sentence.count(" ") + 1
                if count >= target_words:
                    break
            paragraphs.append(" ".join(sentences))
        return paragraphs

    def _title(self, language: str, place: str) -> str:
        if language in self.sentences:
            title = self.rng.choice(self.sentences[language]).rstrip(".")
            return title if len(title) <= 140 else title[:140].rsplit(" ", 1)[0]
        words = self.words[language].draw(self.rng, self.rng.randint(4, 9))
        text = " ".join(words)
        text = text[:1].upper() + text[1:]
        return f"{text}: {place}" if self.rng.random() < 0.5 else text

    def story(self, number: int, with_photo: bool) -> tuple[str, str, bytes | None]:
        """One story: ``(file name, Markdown text, JPEG bytes or None)``."""
        rng = self.rng
        language = self._language()
        country = (
            rng.choice(self.central_asia) if rng.random() < 0.85 else rng.choice(self.countries)
        )
        local = [p for p in self.places if p.country == country.canonical] or self.places
        places = rng.sample(local, k=min(len(local), rng.randint(1, 3)))
        partners = rng.sample(self.partners, k=rng.randint(1, 4))
        mentioned = [self._alias(n, language) for n in (country, *places, *partners)]
        date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
        title = self._title(language, self._alias(places[0], language))
        body = self._body(language, mentioned, rng.randint(WORDS_MIN, WORDS_MAX))
        story_id = f"gen-{number:06d}"
        front: dict[str, Any] = {"id": story_id, "title": title, "language": language}
        if rng.random() < 0.9:
            front["date"] = date.isoformat()
        else:  # the date only in the text, written out
            body.insert(0, date.strftime("%d.%m.%Y"))
        if rng.random() < FRONT_MATTER_LINKS:
            front["countries"] = [country.canonical]
            front["places"] = [p.canonical for p in places]
            # Front matter may use any alias; StoryDesk stores the canonical name.
            front["partners"] = [
                rng.choice(p.by_language.get(language) or [p.canonical])
                if rng.random() < 0.3
                else p.canonical
                for p in partners
            ]
            front["sdgs"] = sorted(rng.sample(range(1, 18), k=rng.randint(0, 3)))
        front["tags"] = rng.sample(TAGS, k=rng.randint(0, 3))
        if rng.random() < 0.7:
            front["author"] = rng.choice(AUTHORS)
        front["source"] = rng.choice(SOURCES)
        front["source_url"] = f"https://stories.example.org/{language}/{story_id}"
        front["summary"] = body[0][:200].rsplit(" ", 1)[0] if body else ""
        photo: bytes | None = None
        if with_photo:
            image_name = f"{story_id}.jpg"
            front["images"] = [
                {
                    "file": f"../images/{image_name}",
                    "caption": self._zipf_caption(language, mentioned),
                    "credit": rng.choice(SOURCES),
                }
            ]
            photo = make_photo(rng)
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
        text += "---\n\n" + "\n\n".join(body) + "\n"
        return f"{story_id}.md", text, photo

    def _zipf_caption(self, language: str, names: list[str]) -> str:
        if language in self.sentences:
            return self._turkic_sentence(language, names)[:160]
        return self._zipf_sentence(language, names)[:160]


def make_photo(rng: random.Random, width: int = 640, height: int = 427) -> bytes:
    """A JPEG with a sky-and-ground gradient and a few shapes (distinct per call)."""
    from PIL import Image, ImageDraw

    sky = tuple(rng.randrange(90, 200) for _ in range(3))
    ground = tuple(rng.randrange(30, 140) for _ in range(3))
    image = Image.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(image)
    horizon = rng.randrange(height // 3, 2 * height // 3)
    for y in range(horizon, height, 4):
        shade = tuple(int(c * (0.7 + 0.3 * (y - horizon) / height)) for c in ground)
        draw.rectangle((0, y, width, y + 4), fill=shade)
    for _ in range(rng.randint(3, 8)):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(10, 80)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82)
    return out.getvalue()


# -- writing -------------------------------------------------------------------------------


def generate(count: int, seed: int, photos: float) -> Iterator[tuple[str, str, bytes | None]]:
    """Yield ``count`` stories (file name, text, photo)."""
    generator = Generator(seed)
    photo_rng = random.Random(seed + 1)
    for number in range(1, count + 1):
        yield generator.story(number, photo_rng.random() < photos)


def write_folder(out: Path, stories: Iterator[tuple[str, str, bytes | None]]) -> int:
    """Write ``stories/*.md`` and ``images/*.jpg`` under ``out``; returns the story count."""
    (out / "stories").mkdir(parents=True, exist_ok=True)
    n = 0
    for name, text, photo in stories:
        (out / "stories" / name).write_text(text, encoding="utf-8")
        if photo is not None:
            (out / "images").mkdir(exist_ok=True)
            (out / "images" / name.replace(".md", ".jpg")).write_bytes(photo)
        n += 1
    return n


def write_bundle(out: Path, stories: Iterator[tuple[str, str, bytes | None]], seed: int) -> int:
    """Write a ``.storybundle`` ZIP with a manifest of checksums; returns the story count."""
    out.parent.mkdir(parents=True, exist_ok=True)
    files: list[dict[str, Any]] = []
    n = 0
    fixed_time = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text, photo in stories:
            entries: list[tuple[str, bytes, int]] = [
                (f"stories/{name}", text.encode("utf-8"), zipfile.ZIP_DEFLATED)
            ]
            if photo is not None:
                entries.append((f"images/{name.replace('.md', '.jpg')}", photo, zipfile.ZIP_STORED))
            for path, data, method in entries:
                info = zipfile.ZipInfo(path, date_time=fixed_time)
                info.compress_type = method
                archive.writestr(info, data)
                files.append(
                    {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                )
            n += 1
        manifest = {
            "format": "storydesk.bundle",
            "version": 1,
            "id": str(uuid_from_seed(seed)),
            "title": f"Generated benchmark corpus ({n} stories)",
            "created": "2025-01-01T00:00:00+00:00",
            "publisher": "StoryDesk benchmarks",
            "files": files,
        }
        info = zipfile.ZipInfo("bundle.json", date_time=fixed_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, json.dumps(manifest, ensure_ascii=False, indent=1))
    return n


def uuid_from_seed(seed: int) -> str:
    """A stable bundle id for a seed."""
    import uuid

    return str(uuid.UUID(hashlib.md5(f"storydesk-bench-{seed}".encode()).hexdigest()))


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="stories to write")
    parser.add_argument("--out", type=Path, required=True, help="output folder or bundle file")
    parser.add_argument("--bundle", action="store_true", help="write a .storybundle ZIP")
    parser.add_argument("--photos", type=float, default=0.0, help="share of stories with a photo")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same corpus)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    stories = generate(args.count, args.seed, args.photos)
    if args.bundle:
        out = (
            args.out if args.out.suffix == ".storybundle" else args.out.with_suffix(".storybundle")
        )
        n = write_bundle(out, stories, args.seed)
    else:
        out = args.out
        n = write_folder(out, stories)
    seconds = time.perf_counter() - started
    print(f"wrote {n} stories to {out} in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
