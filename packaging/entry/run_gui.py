"""Frozen entry point of the ``storydesk-gui`` desktop app (no console window on Windows).

PyInstaller freezes this script as ``storydesk-gui`` (``storydesk-gui.exe``): the same as the
``storydesk-gui`` GUI script of the wheel, ``storydesk.gui.app:main``.
"""

from __future__ import annotations

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # STORYDESK_MP_START_METHOD=spawn makes Linux start the index writers as Windows and
    # macOS do (the frozen program started again), so packaging/smoke.sh can try that here.
    method = os.environ.get("STORYDESK_MP_START_METHOD")
    if method in multiprocessing.get_all_start_methods():
        multiprocessing.set_start_method(method)
    # Before anything else: a worker process of the index rebuild is started as this
    # executable with special arguments, and must run the worker, not the app.
    multiprocessing.freeze_support()
    from storydesk.gui.app import main

    sys.exit(main())
