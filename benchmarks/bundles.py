"""Benchmark: a 1,000-story bundle with photos: create, create and sign, verify, size.

Budget (issue 12): ``bundle verify`` ≤ 2 s for a 100 MB bundle on this machine.

Stories come from :mod:`benchmarks.generate` (Russian, English, Kazakh, Kyrgyz, Bulgarian
text). Every story gets a photo of a realistic size for a field office's bundle (a phone
photo resized for sharing, JPEG quality 85, 3:2), cut from real photographs
of the shared corpora when they are on this machine (a different crop for each story, so no
two are the same file), otherwise generated with sensor-like noise. Photos come to about
100 MB in all (``--target-mb``): their size is calibrated on a sample first.

    python benchmarks/bundles.py [--stories 1000] [--runs 3] [--target-mb 100]
                                 [--profile verify.prof] [--keep DIR]

Prints one JSON document: the catalogue's set-up time, then for ``create``, ``sign``
(create with ``--sign``) and ``verify`` the first and the best of ``--runs`` runs, the
bundle's size, and whether the verify budget is met. ``--profile`` writes a cProfile of one
verify run and prints its top functions by cumulative time on stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_packs import _real_photos
from generate import generate, write_folder
from PIL import Image, ImageFilter

from storydesk.bundle import keys, signing
from storydesk.bundle.verify import verify_bundle
from storydesk.catalogue.models import PublisherKey, utcnow
from storydesk.library import Library

VERIFY_BUDGET_S = 2.0
"""Seconds ``bundle verify`` may take for a 100 MB bundle."""


def web_photo(rng: random.Random, sources: list[Path], width: int) -> bytes:
    """A JPEG ``width`` px wide (3:2), quality 85: a phone photo resized for sharing."""
    size = (width, width * 2 // 3)
    if sources:
        with Image.open(rng.choice(sources)) as original:
            image = original.convert("RGB")
        w, h = image.size
        cw, ch = int(w * rng.uniform(0.6, 1.0)), int(h * rng.uniform(0.6, 1.0))
        x, y = rng.randrange(w - cw + 1), rng.randrange(h - ch + 1)
        image = image.crop((x, y, x + cw, y + ch)).resize(size, Image.Resampling.BICUBIC)
    else:
        image = Image.linear_gradient("L").resize(size).convert("RGB")
        tint = Image.new("RGB", size, tuple(rng.randrange(60, 200) for _ in range(3)))
        image = Image.blend(image, tint, 0.6)
        noise = Image.effect_noise(size, 40).convert("RGB").filter(ImageFilter.GaussianBlur(1))
        image = Image.blend(image, noise, 0.25)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def calibrated_width(sources: list[Path], per_photo: float, seed: int) -> int:
    """The mean photo width whose JPEGs average ``per_photo`` bytes (bytes ∝ pixels)."""
    rng = random.Random(seed)
    sample = [len(web_photo(rng, sources, 1280)) for _ in range(12)]
    mean = sum(sample) / len(sample)
    return max(480, min(2400, int(1280 * (per_photo / mean) ** 0.5)))


def build_library(root: Path, stories: int, seed: int, target_mb: float) -> tuple[Library, int]:
    """A catalogue of ``stories`` stories, each with one photo; returns it and photo bytes."""
    sources = _real_photos()
    width = calibrated_width(sources, target_mb * 1_000_000 / stories, seed)
    rng = random.Random(seed)
    generated = []
    photo_bytes = 0
    for name, text, _photo in generate(stories, seed, photos=1.0):
        photo = web_photo(rng, sources, int(width * rng.uniform(0.8, 1.2)))
        photo_bytes += len(photo)
        generated.append((name, text, photo))
    write_folder(root / "input", iter(generated))
    library = Library.open(root / "data")
    report = library.import_paths([root / "input"], index=False)
    if report.rejected:
        raise SystemExit(f"import rejected: {report.rejected[:3]}")
    return library, photo_bytes


def give_key(library: Library, publisher: str) -> None:
    """This catalogue's own signing key, as ``storydesk keys generate`` makes it."""
    key = signing.generate_key(publisher)
    folder = library.layout.keys
    folder.mkdir(parents=True, exist_ok=True)
    keys.private_key_path(folder, key.public.fingerprint).write_bytes(key.private_bytes())
    with library._sessions.begin() as session:
        session.add(
            PublisherKey(
                fingerprint=key.public.fingerprint,
                publisher=publisher,
                public_key=key.public.encoded,
                own=True,
                source="own",
                trusted_at=utcnow(),
            )
        )


def timed(runs: int, work: Any) -> dict[str, float]:
    seconds = []
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - t0)
    return {"first_s": round(seconds[0], 3), "best_s": round(min(seconds), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--target-mb", type=float, default=100.0)
    parser.add_argument("--profile", type=Path, help="write a cProfile of one verify here")
    parser.add_argument("--keep", type=Path, help="keep the bundles in this folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="storydesk-bench-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        library, photo_bytes = build_library(root, args.stories, args.seed, args.target_mb)
        setup_s = time.perf_counter() - started
        give_key(library, "StoryDesk benchmarks")
        out = args.keep or root
        out.mkdir(parents=True, exist_ok=True)
        ids = library.story_ids()
        plain, signed = out / "bundle.storybundle", out / "signed.storybundle"
        results: dict[str, Any] = {
            "stories": len(ids),
            "real_photos": bool(_real_photos()),
            "photo_mb": round(photo_bytes / 1_000_000, 1),
            "setup_seconds": round(setup_s, 1),
            "cpus": os.cpu_count(),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
        results["create"] = timed(args.runs, lambda: library.create_bundle(ids, plain))
        results["sign"] = timed(args.runs, lambda: library.create_bundle(ids, signed, sign=True))
        results["bundle_mb"] = round(plain.stat().st_size / 1_000_000, 1)
        results["signed_bundle_mb"] = round(signed.stat().st_size / 1_000_000, 1)
        check = verify_bundle(signed)
        results["verify_problems"] = list(check.problems)[:3]
        results["verify"] = timed(args.runs, lambda: verify_bundle(signed))
        results["verify_deep"] = timed(args.runs, lambda: verify_bundle(signed, deep=True))
        results["verify_budget_s"] = VERIFY_BUDGET_S
        results["verify_within_budget"] = results["verify"]["best_s"] <= VERIFY_BUDGET_S
        library.close()
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            verify_bundle(signed)
            profiler.disable()
            profiler.dump_stats(args.profile)
            stats = pstats.Stats(profiler, stream=sys.stderr)
            stats.sort_stats("cumulative").print_stats(25)
            stats.sort_stats("tottime").print_stats(15)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
