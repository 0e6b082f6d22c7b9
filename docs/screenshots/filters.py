"""The filter panel as a field officer sees it: a catalogue of the shared corpora, two
countries chosen (alternatives), a year, and the panel's open counts (run under xvfb-run).

usage: python docs/screenshots/filters.py OUT.png [DATA_DIR]

Without DATA_DIR it imports the shared corpora ($STORYDESK_SHARED/corpora) and the seeds
into a temporary data folder first (a minute or two). The interface language comes from
STORYDESK_LANG as the app decides it. The same script renders the panel of an older
StoryDesk (it uses only the window's search controller and its splitter), which is how
docs/screenshots/filters-before.png was made.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from storydesk.gui.app import make_application
from storydesk.library import Library


def main() -> None:
    out = Path(sys.argv[1])
    shared = Path(
        os.environ.get("STORYDESK_SHARED", Path(__file__).resolve().parents[3] / "shared")
    )
    app = make_application()
    from storydesk.gui.mainwindow import MainWindow

    def pump(seconds: float) -> None:
        end = time.time() + seconds
        while time.time() < end:
            app.processEvents()
            time.sleep(0.02)

    with tempfile.TemporaryDirectory() as scratch:
        if len(sys.argv) > 2:
            data = Path(sys.argv[2])
        else:
            data = Path(scratch) / "data"
            with Library.open(data) as library:
                library.import_paths([shared / "corpora", shared / "seeds"])
        library = Library.open(data)
        window = MainWindow(library)
        window.resize(1400, 900)
        window.show()
        pump(3)
        searching = window.searching
        for facet, value in (("countries", "Kazakhstan"), ("countries", "Kyrgyzstan")):
            searching.add_filter(facet, value)
            pump(2)
        window.splitter.setSizes([340, 560, 500])
        pump(1)
        window.grab().save(str(out))
        window.close()
        library.close()


if __name__ == "__main__":
    main()
