#!/bin/sh
# Builds the frozen StoryDesk (no Python needed to run it) on Linux or macOS.
#
#   packaging/build.sh            # → dist/StoryDesk/, dist/StoryDesk-<version>-<os>-<arch>.zip
#   packaging/build.sh --no-smoke # the same without the smoke test
#
# Steps: a clean venv in build/venv; StoryDesk installed into it from this checkout (a
# normal, not editable, install: the frozen app gets exactly what the wheel carries) with
# PyInstaller; the icons rendered from the SVG (packaging/icons.py → build/icons); PyInstaller
# runs packaging/storydesk.spec; the folder is zipped; packaging/smoke.sh tries the frozen
# programs with no Python on the PATH. On macOS the folder is also dist/StoryDesk.app, and
# the zip holds the .app. Windows: packaging/build.ps1. How-to and sizes: docs/building.md.
#
# Environment: PYTHON (default python3; 3.11 or newer), PYINSTALLER (another pip
# requirement for PyInstaller than the freeze extra's pin), STORYDESK_FREEZE_KEEP_ALL=1 (build without trimming, to measure it).
set -eu

# PyInstaller comes from the "freeze" extra in pyproject.toml (pinned there); PYINSTALLER
# names another requirement to try instead.
PYINSTALLER="${PYINSTALLER:-}"
PYTHON="${PYTHON:-python3}"
SMOKE=1
for arg in "$@"; do
    case "$arg" in
        --no-smoke) SMOKE=0 ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
    esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VENV="$ROOT/build/venv"
ICONS="$ROOT/build/icons"

STARTED=$(date +%s)
step() { printf '\n== %s\n' "$*"; }
elapsed() { echo "$(( ($(date +%s) - STARTED) / 60 )) min $(( ($(date +%s) - STARTED) % 60 )) s"; }

step "clean build venv: $VENV"
"$PYTHON" -m venv --clear "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
step "install StoryDesk (not editable) with its freeze extra${PYINSTALLER:+ and $PYINSTALLER}"
if [ -n "$PYINSTALLER" ]; then
    "$VENV/bin/python" -m pip install --quiet "$ROOT" "$PYINSTALLER"
else
    "$VENV/bin/python" -m pip install --quiet "$ROOT[freeze]"
fi
VERSION=$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("storydesk"))')
echo "StoryDesk $VERSION"

step "icons → $ICONS"
rm -rf "$ICONS"
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" packaging/icons.py "$ICONS" >/dev/null

step "PyInstaller"
rm -rf "$ROOT/dist/StoryDesk" "$ROOT/dist/StoryDesk.app" "$ROOT/build/pyinstaller"
STORYDESK_ICONS="$ICONS" "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/storydesk.spec

case "$(uname -s)" in
    Linux) OS=linux ;;
    Darwin) OS=macos ;;
    *) OS=$(uname -s | tr '[:upper:]' '[:lower:]') ;;
esac
ARCH=$(uname -m)
ZIP="$ROOT/dist/StoryDesk-$VERSION-$OS-$ARCH.zip"

step "zip → $ZIP"
rm -f "$ZIP"
if [ "$OS" = macos ]; then
    ditto -c -k --keepParent "$ROOT/dist/StoryDesk.app" "$ZIP"
else
    (cd "$ROOT/dist" && zip -q -r -y -9 "$ZIP" StoryDesk)
fi

step "sizes (built in $(elapsed))"
FOLDER_BYTES=$(du -sk "$ROOT/dist/StoryDesk" | cut -f1)
ZIP_BYTES=$(wc -c <"$ZIP" | tr -d ' ')
FILES=$(find "$ROOT/dist/StoryDesk" -type f | wc -l | tr -d ' ')
echo "folder dist/StoryDesk: $((FOLDER_BYTES / 1024)) MiB ($FOLDER_BYTES KiB, $FILES files)"
echo "zip $(basename "$ZIP"): $((ZIP_BYTES / 1048576)) MiB ($ZIP_BYTES bytes)"

if [ "$SMOKE" = 1 ]; then
    step "smoke test"
    "$ROOT/packaging/smoke.sh" "$ROOT/dist/StoryDesk"
    echo "build and smoke test: $(elapsed)"
fi
