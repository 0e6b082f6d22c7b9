"""Renders StoryDesk's application icon from its SVG into the formats each platform wants.

``python packaging/icons.py OUTDIR`` writes, from ``resources/icons/storydesk.svg``:

- ``OUTDIR/hicolor/<n>x<n>/apps/org.storydesk.StoryDesk.png`` for the freedesktop icon theme
  (16 to 512 pixels), plus ``OUTDIR/hicolor/scalable/apps/org.storydesk.StoryDesk.svg``;
- ``OUTDIR/storydesk.ico`` (Windows: 16 to 256 pixels in one file);
- ``OUTDIR/storydesk.icns`` (macOS).

Qt's SVG renderer draws each size (crisp at every size, no external tool needed); Pillow
writes the ``.ico`` and ``.icns`` containers. Runs headless (``QT_QPA_PLATFORM`` is not
needed: only QtGui's image classes are used).
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from pathlib import Path

APP_ID = "org.storydesk.StoryDesk"
SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "storydesk.svg"
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int) -> bytes:
    """``svg`` drawn at ``size`` × ``size`` pixels on a transparent background, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # fonts and image plugins need an application
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def build_icons(out: Path, svg: Path = SVG) -> list[Path]:
    """Write every icon file into ``out``; returns the paths written."""
    from PIL import Image

    written: list[Path] = []
    pngs = {size: render_png(svg, size) for size in sorted({*THEME_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in THEME_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)

    largest = Image.open(io.BytesIO(pngs[max(ICO_SIZES)]))
    ico = out / "storydesk.ico"
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[Image.open(io.BytesIO(pngs[s])) for s in ICO_SIZES],
    )
    written.append(ico)

    icns = out / "storydesk.icns"
    biggest = Image.open(io.BytesIO(pngs[max(ICNS_SIZES)]))
    biggest.save(
        icns, format="ICNS", append_images=[Image.open(io.BytesIO(pngs[s])) for s in ICNS_SIZES]
    )
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path, help="the folder to write the icons into")
    parser.add_argument("--svg", type=Path, default=SVG, help="the source SVG")
    args = parser.parse_args(argv)
    for path in build_icons(args.out, args.svg):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
