#!/bin/sh
# Installs StoryDesk's desktop integration for one user (or under any prefix): the menu entry
# that also opens .storybundle files, the AppStream metadata, the bundle's MIME type and the
# icon in every theme size. Then refreshes the MIME, desktop and icon caches where the tools
# for them are installed.
#
#   packaging/linux/install.sh [--prefix DIR] [--exec PATH] [--icons DIR]
#   packaging/linux/install.sh [--prefix DIR] --uninstall
#
#   --prefix DIR   where to install (default ~/.local: files go to DIR/share/...)
#   --exec PATH    the storydesk-gui to start (default: the one on the PATH, e.g. in a venv
#                  or the frozen folder); written into the menu entry's Exec line
#   --icons DIR    a folder already holding hicolor/<n>x<n>/apps/org.storydesk.StoryDesk.png
#                  (packaging/icons.py OUTDIR writes one); default: render them now with
#                  packaging/icons.py, or, when that cannot run, install the SVG icon only
#   --uninstall    remove what an install put there (the data folder is not touched)
set -eu

APP_ID=org.storydesk.StoryDesk
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME:?HOME is not set}/.local"
exec_path=""
icons=""
uninstall=0

die() {
  echo "install.sh: $*" >&2
  exit 1
}

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#*=}; shift ;;
    --exec) [ $# -ge 2 ] || die "--exec needs the path of storydesk-gui"; exec_path=$2; shift 2 ;;
    --exec=*) exec_path=${1#*=}; shift ;;
    --icons) [ $# -ge 2 ] || die "--icons needs a folder"; icons=$2; shift 2 ;;
    --icons=*) icons=${1#*=}; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

share="$prefix/share"
desktop="$share/applications/$APP_ID.desktop"
metainfo="$share/metainfo/$APP_ID.metainfo.xml"
mime="$share/mime/packages/$APP_ID.xml"
theme="$share/icons/hicolor"

refresh() {
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$share/mime/packages" ]; then
    update-mime-database "$share/mime"
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$share/applications" ]; then
    update-desktop-database -q "$share/applications"
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$theme" ]; then
    gtk-update-icon-cache -q -t -f "$theme" || true
  fi
}

if [ "$uninstall" = 1 ]; then
  rm -f "$desktop" "$metainfo" "$mime"
  for icon in "$theme"/*/apps/"$APP_ID".png "$theme"/scalable/apps/"$APP_ID".svg; do
    [ -e "$icon" ] && rm -f "$icon"
  done
  refresh
  echo "StoryDesk's desktop integration is removed from $share"
  exit 0
fi

# The program the menu entry starts: absolute, so the entry works whatever the menu's PATH.
if [ -z "$exec_path" ]; then
  exec_path=$(command -v storydesk-gui 2>/dev/null) \
    || die "storydesk-gui is not on the PATH; give its path with --exec PATH"
fi
case "$exec_path" in
  /*) ;;
  *) exec_path="$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path")" ;;
esac
[ -x "$exec_path" ] || die "$exec_path is not an executable storydesk-gui"
case "$exec_path" in
  *'"'* | *'`'* | *'$'* | *'\'* | *'%'*)
    die "$exec_path: a path with \" \` \$ \\ or % cannot go into a menu entry" ;;
  *[[:space:]]*) exec_field="\"$exec_path\"" ;;  # quoted, as the desktop entry spec says
  *) exec_field=$exec_path ;;
esac

mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages"
replacement=$(printf '%s\n' "$exec_field" | sed 's/[|&]/\\&/g')
sed "s|^Exec=storydesk-gui |Exec=$replacement |" "$here/$APP_ID.desktop" >"$desktop.new"
grep -qxF "Exec=$exec_field %F" "$desktop.new" \
  || die "$here/$APP_ID.desktop: no 'Exec=storydesk-gui %F' line to rewrite"
chmod 644 "$desktop.new"
mv "$desktop.new" "$desktop"
install -m 644 "$here/$APP_ID.metainfo.xml" "$metainfo"
install -m 644 "$here/$APP_ID.mime.xml" "$mime"

# Icons: a prebuilt folder, else rendered by packaging/icons.py, else the SVG alone.
rendered=""
if [ -z "$icons" ] && [ -f "$here/../icons.py" ]; then
  rendered=$(mktemp -d)
  trap 'rm -rf "$rendered"' EXIT
  python=${PYTHON:-}
  if [ -z "$python" ]; then  # the Python storydesk-gui runs on has PySide6 and Pillow
    first=$(head -n 1 "$exec_path" 2>/dev/null | tr -d '\0' || true)
    case "$first" in
      "#!/"*python*) python=${first#\#!} ;;
      *) python=python3 ;;
    esac
  fi
  if $python "$here/../icons.py" "$rendered" >/dev/null 2>&1; then
    icons=$rendered
  else
    echo "install.sh: could not render the PNG icons with $python $here/../icons.py;" \
      "installing the SVG icon only (give --icons DIR to install PNGs)" >&2
  fi
fi
if [ -n "$icons" ]; then
  [ -d "$icons/hicolor" ] || die "$icons: no hicolor/ folder of icons in it"
  found=0
  for png in "$icons"/hicolor/*/apps/"$APP_ID".png "$icons"/hicolor/scalable/apps/"$APP_ID".svg; do
    [ -e "$png" ] || continue
    size=$(basename "$(dirname "$(dirname "$png")")")
    install -D -m 644 "$png" "$theme/$size/apps/$(basename "$png")"
    found=$((found + 1))
  done
  [ "$found" -gt 0 ] || die "$icons/hicolor: no $APP_ID icons in it"
fi
if [ ! -e "$theme/scalable/apps/$APP_ID.svg" ]; then
  svg="$here/../../resources/icons/storydesk.svg"
  [ -f "$svg" ] && install -D -m 644 "$svg" "$theme/scalable/apps/$APP_ID.svg"
fi

refresh
echo "StoryDesk's desktop integration is installed in $share (starting $exec_path)"
