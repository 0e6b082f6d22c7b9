"""Settings › Publishers: the keys listed, a key generated, a key file trusted, a key met in a
bundle trusted after its fingerprint is shown, a key revoked once the confirmation is accepted."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


@pytest.fixture
def runner(qapp: Any) -> Iterator[Any]:
    from storydesk.gui.tasks import TaskRunner

    tasks = TaskRunner()
    yield tasks
    tasks.close()


@pytest.fixture
def dialog(seeded_library: Any, runner: Any, qtbot: Any) -> Any:
    from storydesk.gui.publishers import PublishersDialog

    shown = PublishersDialog(seeded_library, runner)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.empty.text() != "Reading the keys…", timeout=10000)
    shown.show()
    return shown


def _hq_key_file(tmp_path: Path) -> tuple[Path, str]:
    """A key file exported from another catalogue, and its fingerprint."""
    from storydesk.library import Library

    with Library.open(tmp_path / "hq") as hq:
        made = hq.generate_key("UNDP Kyrgyzstan")
        hq.export_key(tmp_path / "hq.storykey")
    return tmp_path / "hq.storykey", made.fingerprint


def _wait_for(dialog: Any, qtbot: Any, name: str, kind: type) -> Any:
    qtbot.waitUntil(
        lambda: (
            isinstance(dialog.dialog, kind)
            and dialog.dialog.objectName() == name
            and dialog.dialog.isVisible()
        ),
        timeout=10000,
    )
    return dialog.dialog


def _row(dialog: Any, fingerprint: str) -> tuple[str, str, str]:
    for row, key in enumerate(dialog.keys):
        if key.fingerprint == fingerprint:
            return tuple(dialog.table.item(row, col).text() for col in range(3))  # type: ignore[return-value]
    raise AssertionError(f"{fingerprint} is not listed")


def test_settings_menu_opens_the_dialog_and_generates_the_key(window: Any, qtbot: Any) -> None:
    from storydesk.gui.publishers import PublishersDialog

    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    names = list(menus)
    assert names.index("Se&ttings") == names.index("&Help") - 1
    assert window.act_publishers in menus["Se&ttings"].actions()
    window.act_publishers.trigger()
    dialog = window.publishers_dialog
    assert isinstance(dialog, PublishersDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.empty.text().startswith("No publisher keys"), timeout=10000)
    assert dialog.table.rowCount() == 0
    assert dialog.generate_button.isEnabled() and not dialog.export_button.isEnabled()
    for button in dialog.findChildren(QPushButton):
        if button.objectName() in {"generateKey", "exportKey", "trustKeyFile", "trustKey"}:
            assert button.accessibleName()

    dialog.generate_button.click()
    ask = _wait_for(dialog, qtbot, "publisherName", QInputDialog)
    ask.setTextValue("UNDP Kyrgyzstan")
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        ask.accept()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    own = window.library.keys()[0]
    assert own.status == "own"
    assert _row(dialog, own.fingerprint) == (
        "UNDP Kyrgyzstan",
        own.spaced,
        "This catalogue's key (signs its bundles)",
    )
    assert own.spaced in dialog.status.text()
    assert not dialog.generate_button.isEnabled() and dialog.export_button.isEnabled()
    private = window.library.layout.keys / f"{own.fingerprint}.key"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert window.library.signing_key() is not None
    dialog.close()


def test_trust_a_key_file_then_revoke_it_with_the_confirmation(
    dialog: Any, seeded_library: Any, tmp_path: Path, qtbot: Any
) -> None:
    key_file, fingerprint = _hq_key_file(tmp_path)
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        dialog.trust_file(key_file)
    told = _wait_for(dialog, qtbot, "trustedKey", QMessageBox)
    spaced = " ".join(fingerprint[i : i + 4] for i in range(0, 40, 4))
    assert spaced in told.informativeText()
    told.accept()
    assert _row(dialog, fingerprint) == ("UNDP Kyrgyzstan", spaced, "Trusted")
    assert seeded_library.trust().trust_of(fingerprint) == "trusted"

    assert dialog.select(fingerprint)
    assert dialog.revoke_button.isEnabled() and not dialog.trust_button.isEnabled()
    dialog.revoke_button.click()
    box = _wait_for(dialog, qtbot, "confirmRevokeKey", QMessageBox)
    assert "UNDP Kyrgyzstan" in box.text()
    assert "refused" in box.informativeText()
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        box.findChild(QPushButton, "confirmButton").click()
    assert _row(dialog, fingerprint)[2] == "Revoked"
    assert seeded_library.trust().trust_of(fingerprint) == "revoked"
    assert not dialog.revoke_button.isEnabled()


def test_cancelling_the_revocation_keeps_the_key(
    dialog: Any, seeded_library: Any, tmp_path: Path, qtbot: Any
) -> None:
    key_file, fingerprint = _hq_key_file(tmp_path)
    seeded_library.trust_key_file(key_file)
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        dialog.reload()
    assert dialog.select(fingerprint)
    box = dialog.ask_revoke()
    assert box is not None
    box.reject()
    qtbot.wait(50)
    assert seeded_library.trust().trust_of(fingerprint) == "trusted"


def test_a_key_met_in_a_bundle_is_trusted_after_its_fingerprint_is_shown(
    dialog: Any, seeded_library: Any, qtbot: Any
) -> None:
    from storydesk.bundle.keys import remember_seen_key
    from storydesk.bundle.signing import generate_key

    met = generate_key("Kazakhstan office").public
    engine = create_engine(f"sqlite:///{seeded_library.layout.catalogue}")
    with Session(engine) as session, session.begin():
        remember_seen_key(session, met)
    engine.dispose()
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        dialog.reload()
    assert _row(dialog, met.fingerprint)[2] == "Not trusted (met in a bundle)"
    assert dialog.select(met.fingerprint)
    assert dialog.trust_button.isEnabled()

    dialog.trust_button.click()
    box = _wait_for(dialog, qtbot, "confirmTrustKey", QMessageBox)
    assert "Kazakhstan office" in box.text()
    assert " ".join(met.fingerprint[i : i + 4] for i in range(0, 40, 4)) in box.informativeText()
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        box.findChild(QPushButton, "confirmButton").click()
    assert _row(dialog, met.fingerprint)[2] == "Trusted"
    assert seeded_library.trust().trust_of(met.fingerprint) == "trusted"


def test_a_file_that_is_not_a_key_is_named_with_the_reason(
    dialog: Any, seeded_library: Any, tmp_path: Path, qtbot: Any
) -> None:
    bogus = tmp_path / "notes.storykey"
    bogus.write_text("meeting notes", encoding="utf-8")
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        dialog.trust_file(bogus)
    assert dialog.status.text() == (
        f"The key was not trusted. {bogus}: not a publisher key file (not JSON)"
    )
    assert dialog.keys == [] and seeded_library.keys() == []
