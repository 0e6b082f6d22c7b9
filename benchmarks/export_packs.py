"""Benchmark: writing a 50-story briefing pack with photos, as PDF and as HTML.

Budgets (issue 5): PDF ≤ 3 s, HTML ≤ 1 s, and on average ≤ 250 KB per PDF page.

Stories come from :mod:`benchmarks.generate` (Russian, English, Kazakh, Kyrgyz, Bulgarian
text, 350–900 words). Every story gets a camera-sized photo (about 2400 × 1600): real
photographs from the shared corpora when they are on this machine (cropped differently for
each story, so no two are the same file), otherwise generated pictures with sensor-like
noise, which compress worse than most real photos.

    python benchmarks/export_packs.py [--stories 50] [--runs 3] [--keep DIR]

Prints one JSON document: timings (cold = first pack in the process, which registers fonts
and starts Qt; warm = best of the following runs), sizes and whether each budget is met.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate, write_folder
from PIL import Image, ImageFilter

from storydesk.library import Library, PackOptions

PDF_BUDGET_S = 3.0
HTML_BUDGET_S = 1.0
PAGE_BUDGET_BYTES = 250 * 1024
CORPORA = (
    Path(os.environ.get("STORYDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    / "corpora"
)


@functools.cache
def _real_photos() -> list[Path]:
    """Photographs from the shared corpora that decode completely (some are truncated)."""
    if not CORPORA.is_dir():
        return []
    found = []
    for path in sorted(CORPORA.rglob("*")):
        if path.suffix.lower() not in {".jpg", ".jpeg"} or path.stat().st_size < 150_000:
            continue
        try:
            with Image.open(path) as image:
                image.load()
                if min(image.size) >= 600:
                    found.append(path)
        except OSError:
            continue
    return found


def camera_photo(rng: random.Random, sources: list[Path]) -> bytes:
    """A ~2400 × 1600 JPEG at quality 90, as a phone or camera would deliver it."""
    size = (2400, 1600)
    if sources:
        with Image.open(rng.choice(sources)) as original:
            image = original.convert("RGB")
        # A different crop per story keeps every file distinct (no de-duplication).
        w, h = image.size
        cw, ch = int(w * rng.uniform(0.7, 1.0)), int(h * rng.uniform(0.7, 1.0))
        x, y = rng.randrange(w - cw + 1), rng.randrange(h - ch + 1)
        image = image.crop((x, y, x + cw, y + ch)).resize(size, Image.Resampling.BICUBIC)
    else:
        image = Image.linear_gradient("L").resize(size).convert("RGB")
        tint = Image.new("RGB", size, tuple(rng.randrange(60, 200) for _ in range(3)))
        image = Image.blend(image, tint, 0.6)
        noise = Image.effect_noise(size, 40).convert("RGB").filter(ImageFilter.GaussianBlur(1))
        image = Image.blend(image, noise, 0.25)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def build_library(root: Path, stories: int, seed: int) -> tuple[Library, list[str]]:
    rng = random.Random(seed)
    sources = _real_photos()
    generated = [
        (name, text, camera_photo(rng, sources) if photo is not None else None)
        for name, text, photo in generate(stories, seed, photos=1.0)
    ]
    write_folder(root / "input", iter(generated))
    library = Library.open(root / "data")
    report = library.import_paths([root / "input"])
    if report.rejected:
        raise SystemExit(f"import rejected: {report.rejected[:3]}")
    return library, list(report.stories)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the packs in this folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="storydesk-bench-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        library, ids = build_library(root, args.stories, args.seed)
        setup_s = time.perf_counter() - started
        out = args.keep or root
        out.mkdir(parents=True, exist_ok=True)
        options = PackOptions(title="Benchmark pack", subtitle="StoryDesk", photos=True)
        results: dict[str, Any] = {
            "stories": len(ids),
            "real_photos": bool(_real_photos()),
            "setup_seconds": round(setup_s, 2),
        }
        for kind, budget in (("pdf", PDF_BUDGET_S), ("html", HTML_BUDGET_S)):
            timings = []
            summary: dict[str, Any] = {}
            for _ in range(max(1, args.runs)):
                t0 = time.perf_counter()
                written = library.write_pack(ids, options, out / f"pack.{kind}", kind)
                summary = written.to_json()
                timings.append(time.perf_counter() - t0)
            warm = min(timings[1:]) if len(timings) > 1 else timings[0]
            entry: dict[str, Any] = {
                "cold_seconds": round(timings[0], 3),
                "warm_seconds": round(warm, 3),
                "bytes": summary["bytes"],
                "pages": summary["pages"],
                "time_ok": timings[0] <= budget,
            }
            if summary["pages"]:
                per_page = summary["bytes"] / summary["pages"]
                entry["bytes_per_page"] = round(per_page)
                entry["size_ok"] = per_page <= PAGE_BUDGET_BYTES
            results[kind] = entry
        library.close()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
