"""File › Export Bundle…: a bundle of the basket, a collection or the results, with title,
publisher, signing (when this catalogue has a publisher key), progress and cancel.

Real seeded catalogues; the written bundles are read back with ``zipfile`` and previewed by
an empty catalogue.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

WAIT = 60000


def _stories_in(bundle: Path) -> list[str]:
    with zipfile.ZipFile(bundle) as z:
        return sorted(n for n in z.namelist() if n.startswith("stories/"))


def _manifest(bundle: Path) -> dict[str, Any]:
    with zipfile.ZipFile(bundle) as z:
        return dict(json.loads(z.read("bundle.json")))


def _open_dialog(window: Any, qtbot: Any, **kwargs: Any) -> Any:
    assert window.export_bundle(**kwargs)
    qtbot.waitUntil(lambda: window.bundle_dialog is not None, timeout=WAIT)
    dialog = window.bundle_dialog
    assert dialog.isVisible()
    return dialog


def _give_key(library: Any, publisher: str = "UNDP Kyrgyzstan") -> Any:
    """Make this catalogue's own publisher key, as Settings › Publishers would."""
    from storydesk.bundle.keys import private_key_path
    from storydesk.bundle.signing import generate_key
    from storydesk.catalogue.models import PublisherKey

    key = generate_key(publisher)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with library._sessions.begin() as session:
        session.add(
            PublisherKey(
                fingerprint=key.public.fingerprint,
                publisher=publisher,
                public_key=key.public.encoded,
                own=True,
                source="own",
                added_at=now,
                trusted_at=now,
            )
        )
    folder = library.layout.keys
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = private_key_path(folder, key.public.fingerprint)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key.private_bytes())
    return key


def test_the_file_menu_has_export_bundle_on_a_free_shortcut(window: Any) -> None:
    action = window.act_export_bundle
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    others = [
        a.objectName() or a.text()
        for a in window.findChildren(type(action))
        if a is not action and not a.shortcut().isEmpty() and a.shortcut() == action.shortcut()
    ]
    assert others == []
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()


def test_export_the_basket_as_a_bundle(window: Any, qtbot: Any, tmp_path: Path) -> None:
    library = window.library
    ids = library.story_ids()[:2]
    titles = library.summaries(ids)
    window.basket.add([(i, titles[i].title) for i in ids])
    output = tmp_path / "out" / "basket.storybundle"
    output.parent.mkdir()

    dialog = _open_dialog(window, qtbot, source="basket")
    assert dialog.kind() == "basket"
    assert dialog.title_edit.text() == "2 stories"
    assert not dialog.sign_check.isEnabled(), "no publisher key: nothing to sign with"
    assert "Settings › Publishers" in dialog.sign_check.toolTip()
    assert Path(dialog.output_edit.text()).parent != Path.cwd() or Path.cwd() == Path.home()
    dialog.title_edit.setText("Issyk-Kul visit")
    dialog.publisher_edit.setText("UNDP Kyrgyzstan")
    dialog.output_edit.setText(str(output))
    with qtbot.waitSignal(window.bundles.written, timeout=WAIT) as written:
        dialog.accept()
    summary = written.args[0]
    assert summary.stories == 2 and Path(summary.path) == output
    assert len(_stories_in(output)) == 2
    manifest = _manifest(output)
    assert manifest["title"] == "Issyk-Kul visit"
    assert manifest["publisher"] == "UNDP Kyrgyzstan"
    assert str(output) in window.statusBar().currentMessage()


def test_export_a_collection_from_its_context_menu(window: Any, qtbot: Any, tmp_path: Path) -> None:
    library = window.library
    ids = library.story_ids()[:3]
    library.create_collection("Issyk-Kul visit", ids)
    library.create_collection("Empty one")
    window.collections.reload()
    qtbot.waitUntil(
        lambda: window.collections.panel.item_named("collection", "Issyk-Kul visit") is not None,
        timeout=WAIT,
    )
    menu = window.collections.entry_menu("collection", "Issyk-Kul visit")
    action = next(a for a in menu.actions() if a.objectName() == "createCollectionBundle")
    action.trigger()
    qtbot.waitUntil(lambda: window.bundle_dialog is not None, timeout=WAIT)
    dialog = window.bundle_dialog
    assert dialog.kind() == "collection"
    assert dialog.title_edit.text() == "Issyk-Kul visit"
    assert Path(dialog.output_edit.text()).name == "Issyk-Kul visit.storybundle"
    assert not dialog.source_buttons["basket"].isEnabled(), "the basket is empty"
    empty = dialog.collection_box.findData("Empty one")
    assert not dialog.collection_box.model().item(empty).isEnabled()

    output = tmp_path / "visit.storybundle"
    dialog.output_edit.setText(str(output))
    with qtbot.waitSignal(window.bundles.written, timeout=WAIT) as written:
        dialog.accept()
    assert written.args[0].stories == 3
    assert len(_stories_in(output)) == 3
    assert _manifest(output)["title"] == "Issyk-Kul visit"


def test_export_the_current_results(window: Any, qtbot: Any, tmp_path: Path) -> None:
    total = window.model.total
    assert total > 0
    dialog = _open_dialog(window, qtbot)
    assert not dialog.source_buttons["basket"].isEnabled()
    dialog.source_buttons["results"].setChecked(True)
    assert dialog.kind() == "results"
    assert dialog.title_edit.text() == f"{total} stories"
    output = tmp_path / "results.storybundle"
    dialog.output_edit.setText(str(output))
    with qtbot.waitSignal(window.bundles.written, timeout=WAIT) as written:
        dialog.accept()
    assert written.args[0].stories == total
    assert len(_stories_in(output)) == total


def test_nothing_to_bundle_disables_export(data_dir: Path, qtbot: Any) -> None:
    from storydesk.library import Library
    from tests.gui.conftest import open_window

    library = Library.open(data_dir)
    win = open_window(library, qtbot)
    try:
        dialog = _open_dialog(win, qtbot)
        assert dialog.kind() is None
        assert not dialog.export_button.isEnabled()
        assert dialog.empty_note.isVisible()
        dialog.reject()
    finally:
        win.close()
        library.close()


def test_the_sign_box_is_offered_with_a_key(window: Any, qtbot: Any, tmp_path: Path) -> None:
    key = _give_key(window.library)
    window.basket.add([(window.library.story_ids()[0], "one")])
    dialog = _open_dialog(window, qtbot, source="basket")
    assert dialog.sign_check.isEnabled() and dialog.sign_check.isChecked()
    assert dialog.publisher_edit.text() == "UNDP Kyrgyzstan"
    assert key.public.fingerprint[:4] in dialog.sign_check.toolTip()
    request = dialog.request()
    assert request is not None and request.sign and request.publisher == "UNDP Kyrgyzstan"
    dialog.reject()


def test_a_signed_export_carries_bundle_sig(window: Any, qtbot: Any, tmp_path: Path) -> None:
    _give_key(window.library)
    window.basket.add([(window.library.story_ids()[0], "one")])
    dialog = _open_dialog(window, qtbot, source="basket")
    output = tmp_path / "signed.storybundle"
    dialog.output_edit.setText(str(output))
    with qtbot.waitSignal(window.bundles.written, timeout=WAIT):
        dialog.accept()
    with zipfile.ZipFile(output) as z:
        assert "bundle.sig" in z.namelist()


def test_cancelling_an_export_leaves_no_file(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from storydesk.gui.bundle_export import LANE

    window.basket.add([(i, i) for i in window.library.story_ids()])
    dialog = _open_dialog(window, qtbot, source="basket")
    output = tmp_path / "cancelled.storybundle"
    dialog.output_edit.setText(str(output))
    # Hold the export lane so the cancel is asked for before the bundle starts.
    gate = threading.Event()
    window.runner.run(lambda: gate.wait(30), lane=LANE)
    dialog.accept()
    assert window.bundles.running
    with qtbot.waitSignal(window.bundles.cancelled, timeout=WAIT):
        window.bundles.cancel()
        gate.set()
    assert not output.exists()
    assert not list(tmp_path.glob("cancelled*"))
    assert "nothing was written" in window.statusBar().currentMessage()
