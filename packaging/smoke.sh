#!/bin/sh
# Smoke test of a frozen StoryDesk folder: the programs work with no Python and no venv.
#
#   packaging/smoke.sh dist/StoryDesk
#
# Every program runs under `env -i PATH=/usr/bin:/bin HOME=<temp> LANG=C.UTF-8
# QT_QPA_PLATFORM=offscreen STORYDESK_DATA_DIR=<temp>`: no PYTHONPATH, no PYTHONHOME, no
# venv, a data folder and home of its own (removed at the end). One PASS or FAIL line per
# step; the exit status is the number of failures (0: all passed).
#
# Steps: --version; import of the sample bundle; search (Russian stemming, the Kazakh fold);
# a PDF pack per label language (fonts embedded, Babel's dates); Word, OpenDocument, Excel
# and PDF stories imported and searched (packaging/smoke/); the two-process index
# rebuild with fork and with spawn; the app's window offscreen (and on Xvfb when installed);
# nothing written inside the folder. docs/building.md describes each.
#
# The multi-process index rebuild needs more than 2,000 stories: it imports the Russian news of
# corpora/nerel and the Kyrgyz articles of corpora/kyrgyz-24kg from $STORYDESK_SHARED
# (default: shared/ beside the repository); without them that step is SKIPped (and counts as a failure unless
# SMOKE_ALLOW_SKIP=1).
set -u

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 FROZEN_FOLDER (e.g. dist/StoryDesk)" >&2
    exit 2
fi
DIST=$(cd "$1" && pwd)
CLI="$DIST/storydesk"
GUI="$DIST/storydesk-gui"
SHARED="${STORYDESK_SHARED:-$(cd "$(dirname "$0")/.." && pwd)/../shared}"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/storydesk-smoke.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
mkdir -p "$TMP/home" "$TMP/in"
FAILED=0

pass() { echo "PASS $*"; }
fail() {
    echo "FAIL $*"
    FAILED=$((FAILED + 1))
}
# Runs a frozen program (or anything) in the bare environment.
bare() {
    env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        STORYDESK_DATA_DIR="$TMP/data" "$@"
}
# The last lines of a step's output, indented, when it failed.
show() { tail -n 5 "$1" | sed 's/^/    /'; }

# A marker to find files written inside the frozen folder later.
touch "$TMP/started"
sleep 1

VERSION=$(cat "$DIST/_internal"/storydesk-*.dist-info/METADATA 2>/dev/null |
    sed -n 's/^Version: //p' | head -n 1)

# (a) --version
out=$(bare "$CLI" --version 2>&1)
if [ -n "$VERSION" ] && [ "$out" = "StoryDesk $VERSION" ]; then
    pass "storydesk --version: $out"
else
    fail "storydesk --version: printed '$out', expected 'StoryDesk ${VERSION:-<version>}'"
fi

# (b) import the shipped sample bundle and a Kazakh story (a headline of corpora/kaz-parallel)
SAMPLE="$DIST/_internal/storydesk/resources/sample/seeds.storybundle"
cat >"$TMP/in/karaganda.md" <<'EOF'
---
title: Қарағандыдағы жаңа зауыт
language: kk
date: 2020-03-02
---

ИИДМБ: Қарағандыдағы жаңа зауыт жылына 50 мыңға дейін көлікті өңдеуге мүмкіндік береді.
EOF
if bare "$CLI" import "$SAMPLE" "$TMP/in" --json >"$TMP/import.json" 2>"$TMP/import.err" &&
    grep -q '"imported": [1-9]' "$TMP/import.json" && grep -q '"rejected": \[\]' "$TMP/import.json"; then
    pass "storydesk import <sample bundle> karaganda.md --json: $(grep -o '"imported": [0-9]*' "$TMP/import.json")"
else
    fail "storydesk import <sample bundle> --json"
    show "$TMP/import.err"
fi

# (c) search: Russian stemming and the Turkic fold
search_finds() { # QUERY EXPECTED-TITLE-PART
    bare "$CLI" search "$1" --json >"$TMP/search.json" 2>"$TMP/search.err" &&
        grep '"title"' "$TMP/search.json" | grep -q "$2"
}
# "молодежь" is in no story; the seed about Balykchy says "молодёжи", "молодежного"...
if search_finds "молодежь" "Партнёрство — реальные результаты"; then
    pass "storydesk search молодежь (Russian stem, ё folded) finds 'Партнёрство — реальные результаты'"
else
    fail "storydesk search молодежь: the seed with молодёжи/молодежного not found"
    show "$TMP/search.err"
fi
# Typed without the Kazakh letters ғ and қ (a Russian keyboard), inflected differently.
if search_finds "Карагандыдагы" "Қарағандыдағы" && search_finds "Қарағанды" "Қарағандыдағы"; then
    pass "storydesk search Карагандыдагы and Қарағанды (Kazakh fold) find 'Қарағандыдағы жаңа зауыт'"
else
    fail "storydesk search Карагандыдагы / Қарағанды: the Kazakh story not found"
    show "$TMP/search.err"
fi

# (d) a PDF pack in each label language: fonts embedded, dates from Babel's CLDR data
IDS=$(sed -n 's/^ *"id": "\([0-9a-f]*\)".*/\1/p' "$TMP/search.json" | head -n 1)
bare "$CLI" search "молодежь" --json >"$TMP/search2.json" 2>/dev/null
IDS="$IDS,$(sed -n 's/^ *"id": "\([0-9a-f]*\)".*/\1/p' "$TMP/search2.json" | head -n 1)"
# The Balykchy seed is dated 2025-07-31: its date as each language writes it.
for labels in "en:31 July 2025" "ru:31 июля 2025" "kk:31 шілде" "ky:31-июль"; do
    language=${labels%%:*}
    date=${labels#*:}
    pdf="$TMP/pack-$language.pdf"
    if ! bare "$CLI" export --format pdf -o "$pdf" --ids "$IDS" --labels "$language" \
        --title "Smoke test $language" >"$TMP/export.out" 2>&1 || [ ! -s "$pdf" ]; then
        fail "storydesk export --format pdf --labels $language"
        show "$TMP/export.out"
        continue
    fi
    if ! command -v pdffonts >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
        fail "storydesk export --format pdf: pdffonts and pdftotext (poppler-utils) are needed to check it"
        continue
    fi
    pdffonts "$pdf" >"$TMP/fonts.txt" 2>&1
    # Columns: name type encoding emb sub uni object-id; every font embedded, DejaVu among them.
    fonts=$(sed -n '3,$p' "$TMP/fonts.txt" | wc -l | tr -d ' ')
    not_embedded=$(sed -n '3,$p' "$TMP/fonts.txt" | awk '{ if ($(NF-4) != "yes") print }' | wc -l)
    names=$(sed -n '3,$p' "$TMP/fonts.txt" | awk '{print $1}' | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')
    if [ "$fonts" -gt 0 ] && [ "$not_embedded" -eq 0 ] && grep -q DejaVu "$TMP/fonts.txt" &&
        pdftotext "$pdf" - 2>/dev/null | grep -q "$date"; then
        pass "storydesk export --format pdf --labels $language: $(wc -c <"$pdf" | tr -d ' ') bytes, $fonts fonts all embedded (${names% }), date '$date'"
    else
        fail "storydesk export --format pdf --labels $language: fonts not all embedded or no '$date' in the text"
        sed 's/^/    /' "$TMP/fonts.txt"
    fi
done

# (d2) office documents: Word, OpenDocument, Excel and PDF stories are read by the frozen
# readers (python-docx, odfdo, openpyxl, pypdfium2 with its PDFium library), into a data folder
# of their own; the PDF is the Russian pack just exported.
DOCS="$(cd "$(dirname "$0")" && pwd)/smoke"
mkdir -p "$TMP/docs"
cp "$DOCS/story.docx" "$DOCS/story.odt" "$DOCS/stories.xlsx" "$DOCS/stories.ods" "$TMP/docs/"
[ -s "$TMP/pack-ru.pdf" ] && cp "$TMP/pack-ru.pdf" "$TMP/docs/pack.pdf"
env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 STORYDESK_DATA_DIR="$TMP/docdata" \
    "$CLI" import "$TMP/docs" --json >"$TMP/docs.json" 2>"$TMP/docs.err"
imported=$(sed -n 's/^  "imported": \([0-9]*\).*/\1/p' "$TMP/docs.json")
found=""
for word in панелями құбыры көпүрөнү теплицами Балыкчы; do
    n=$(env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 STORYDESK_DATA_DIR="$TMP/docdata" \
        "$CLI" search "$word" --json 2>/dev/null | sed -n 's/^  "total": \([0-9]*\).*/\1/p')
    [ "${n:-0}" -ge 1 ] && found="$found $word"
done
if [ "${imported:-0}" -eq 6 ] && [ "$found" = " панелями құбыры көпүрөнү теплицами Балыкчы" ]; then
    pass "storydesk import .docx .odt .xlsx .ods .pdf: 6 stories; found by$found"
else
    fail "storydesk import .docx .odt .xlsx .ods .pdf: imported ${imported:-?} (expected 6), found by:${found:- nothing}"
    show "$TMP/docs.err"
fi

# (e) the two-process index rebuild, with the start method of Linux (fork) and of Windows and
# macOS (spawn: the workers start the frozen program again, which freeze_support catches)
NEREL="$SHARED/corpora/nerel/NEREL-v1.1"
KYRGYZ="$SHARED/corpora/kyrgyz-24kg/data/qad-train_1000.csv"
KYRGYZ2="$SHARED/corpora/kyrgyz-24kg/data/qad-test_0500.csv"
if [ -d "$NEREL" ] && [ -f "$KYRGYZ" ]; then
    mkdir -p "$TMP/big"
    find "$NEREL" -name '*.txt' -exec cp {} "$TMP/big/" \;
    cp "$KYRGYZ" "$KYRGYZ2" "$TMP/big/" 2>/dev/null
    bare "$CLI" import "$TMP/big" --json >"$TMP/big.json" 2>"$TMP/big.err"
    stories=$(bare "$CLI" stats --json 2>/dev/null | sed -n 's/^  "stories": \([0-9]*\).*/\1/p' | head -n 1)
    for method in fork spawn; do
        # exec: $! is the frozen program itself; its children are the index writers.
        (exec env -i PATH=/usr/bin:/bin HOME="$TMP/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
            STORYDESK_DATA_DIR="$TMP/data" STORYDESK_MP_START_METHOD=$method \
            "$CLI" reindex --json) >"$TMP/reindex.json" 2>"$TMP/reindex.err" &
        pid=$!
        # The most writer processes seen at once (not counting spawn's resource tracker).
        most=0
        while kill -0 "$pid" 2>/dev/null; do
            n=$(ps -A -o ppid= -o args= 2>/dev/null |
                awk -v parent="$pid" '$1 == parent && !/resource_tracker/' | wc -l | tr -d ' ')
            [ "$n" -gt "$most" ] && most=$n
            sleep 0.2
        done
        wait "$pid"
        status=$?
        documents=$(sed -n 's/^ *"documents": \([0-9]*\).*/\1/p' "$TMP/reindex.json")
        if [ "$status" -eq 0 ] && [ -n "$stories" ] && [ "$stories" -gt 2000 ] &&
            [ "$documents" = "$stories" ] && [ "$most" -ge 2 ] && search_finds "молодежь" "Партнёрство"; then
            pass "storydesk reindex ($method): $documents stories indexed by $most writer processes; search works after it"
        else
            fail "storydesk reindex ($method): exit $status, ${documents:-?} of ${stories:-?} stories indexed, $most child processes seen (need >= 2)"
            show "$TMP/reindex.err"
        fi
    done
    if bare "$CLI" check --json >"$TMP/check.json" 2>"$TMP/check.err"; then
        pass "storydesk check after the rebuilds: no problems"
    else
        fail "storydesk check after the rebuilds"
        show "$TMP/check.json"
    fi
else
    if [ "${SMOKE_ALLOW_SKIP:-0}" = 1 ]; then
        echo "SKIP storydesk reindex (two processes): $NEREL or $KYRGYZ is missing"
    else
        fail "storydesk reindex (two processes): $NEREL or $KYRGYZ is missing (SMOKE_ALLOW_SKIP=1 to skip)"
    fi
fi

# (f) the desktop app opens its window offscreen and quits
out=$(bare "$GUI" --quit-when-ready 2>"$TMP/gui.err")
status=$?
if [ "$status" -eq 0 ] && echo "$out" | grep -q "the window is open"; then
    pass "storydesk-gui --quit-when-ready: $out"
else
    fail "storydesk-gui --quit-when-ready: exit $status, printed '$out'"
    show "$TMP/gui.err"
fi

# (g) the same on an X server (Xvfb), when there is one: the bundled xcb platform plugin loads
if command -v Xvfb >/dev/null 2>&1; then
    display=":$(( $$ % 400 + 100 ))"
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$TMP/xvfb.log" 2>&1 &
    xvfb=$!
    sleep 2
    out=$(bare DISPLAY="$display" QT_QPA_PLATFORM=xcb "$GUI" --quit-when-ready 2>"$TMP/gui-x.err")
    status=$?
    kill "$xvfb" 2>/dev/null
    wait "$xvfb" 2>/dev/null
    if [ "$status" -eq 0 ] && echo "$out" | grep -q "the window is open"; then
        pass "storydesk-gui --quit-when-ready on X11 (Xvfb $display, xcb plugin): $out"
    else
        fail "storydesk-gui --quit-when-ready on X11 (Xvfb $display): exit $status, printed '$out'"
        show "$TMP/gui-x.err"
    fi
else
    echo "SKIP storydesk-gui on X11: no Xvfb here (the offscreen run above still counts)"
fi

# Nothing was written inside the frozen folder (a per-user install may be read-only).
written=$(find "$DIST" -newer "$TMP/started" 2>/dev/null | head -n 5)
if [ -z "$written" ]; then
    pass "nothing written inside $DIST"
else
    fail "files written inside $DIST:"
    echo "$written" | sed 's/^/    /'
fi

if [ "$FAILED" -eq 0 ]; then
    echo "smoke test: all passed"
else
    echo "smoke test: $FAILED failed"
fi
exit "$FAILED"
