"""Help › About: version, data folder, catalogue size, and the licences of what ships."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.gui,
    # Offscreen Qt cannot size or raise windows; it says so, and that is not StoryDesk's.
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


@pytest.fixture
def about(seeded_library: Any, qtbot: Any) -> Any:
    """The About dialog over a real catalogue of the seed stories, sizes and licences read."""
    from storydesk.gui.about import AboutDialog

    dialog = AboutDialog(seeded_library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.size_info is not None and bool(dialog.components), timeout=60000)
    yield dialog
    dialog.close()


def _rows(dialog: Any) -> dict[str, tuple[str, str]]:
    table = dialog.licences
    return {
        table.item(row, 0).text().casefold(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }


def test_about_names_version_data_folder_and_log(about: Any, seeded_library: Any) -> None:
    from storydesk import __version__

    assert __version__ in about.heading.text()
    assert about.folder_edit.text() == str(seeded_library.layout.root)
    assert about.folder_edit.isReadOnly()
    assert about.log_edit.text() == str(seeded_library.layout.logs / "storydesk.log")
    details = about.text()
    assert __version__ in details
    assert str(seeded_library.layout.root) in details


def test_about_counts_the_catalogue(about: Any, seeded_library: Any) -> None:
    stories = seeded_library.stats_stories()
    assert stories >= 5  # the seeds' stories: a real catalogue, not an empty one
    assert about.size_info.stories == stories
    assert about.stories_label.text() == str(stories)
    catalogue = seeded_library.layout.catalogue.stat().st_size
    assert about.size_info.catalogue_bytes >= catalogue > 0
    assert about.catalogue_label.text() not in ("", "unknown", "Measuring…")
    assert about.media_label.text() == "none stored"  # the seeds name no photo files
    assert f"Stories: {stories}" in about.text()


def test_about_counts_photos_added_later(about: Any, seeded_library: Any, qtbot: Any) -> None:
    """Opened again, the dialog measures again: a stored photo shows in the media size."""
    from PIL import Image

    before = about.size_info
    photo = seeded_library.layout.root / "incoming" / "photo.png"
    photo.parent.mkdir()
    Image.new("RGB", (300, 200), (10, 120, 40)).save(photo)
    (photo.parent / "story.md").write_text(
        "---\ntitle: A well in Naryn\nimages: [{file: photo.png}]\n---\n\nA new well in Naryn.\n",
        encoding="utf-8",
    )
    seeded_library.import_paths([photo.parent])
    about.size_info = None
    about.refresh()
    qtbot.waitUntil(lambda: about.size_info is not None, timeout=60000)
    assert about.size_info.stories == before.stories + 1
    assert about.size_info.media_files == before.media_files + 1
    assert about.size_info.media_bytes > before.media_bytes
    # "in 1 file" once the English numerus forms are built (resources/i18n), "files" before
    assert re.search(r" in 1 files?$", about.media_label.text())


def test_licences_list_fonts_qt_and_libraries(about: Any) -> None:
    rows = _rows(about)
    assert any(name.startswith("dejavu sans") for name in rows), rows
    for library in ("sqlalchemy", "whoosh-reloaded", "pillow"):
        version, licence = rows[library]
        assert version and version != "unknown", library
        assert licence and licence != "unknown", library
    qt = next(value for name, value in rows.items() if name.startswith("qt "))
    assert qt[1].startswith("LGPL-3.0")


def test_opening_a_licence_text(about: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    dejavu = next(c for c in about.components if c.kind == "font")
    shown = about.view_licence(dejavu.name)
    assert shown is not None
    assert "Bitstream" in shown.text.toPlainText()
    shown.close()

    row = next(i for i, c in enumerate(about.components) if c.name == "SQLAlchemy")
    about.licences.selectRow(row)
    assert about.view_button.isEnabled()
    qtbot.mouseClick(about.view_button, Qt.MouseButton.LeftButton)
    assert about.licence_dialog is not None and about.licence_dialog.isVisible()
    assert "Permission is hereby granted" in about.licence_dialog.text.toPlainText()
    about.licence_dialog.close()


def test_missing_metadata_shows_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    """A distribution whose metadata was not copied into a frozen build is 'unknown'."""
    from storydesk.gui import about

    monkeypatch.setattr(about, "runtime_requirements", lambda: ["SQLAlchemy", "no-such-dist"])
    found = {c.name: c for c in about.components()}
    assert found["no-such-dist"].version is None
    assert found["no-such-dist"].licence is None
    assert found["SQLAlchemy"].licence


def test_built_in_requirements_match_the_package_metadata() -> None:
    """The list used when StoryDesk's own metadata is missing is pyproject's, in sync."""
    import importlib.metadata as metadata

    from storydesk.gui.about import RUNTIME_REQUIREMENTS, _canonical, runtime_requirements

    assert metadata.requires("storydesk")  # installed with its metadata here
    assert {_canonical(n) for n in runtime_requirements()} == {
        _canonical(n) for n in RUNTIME_REQUIREMENTS
    }


def test_open_folder_opens_the_local_data_folder(
    about: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[Any] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    about.open_folder_button.click()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == about.folder


def test_help_about_opens_the_dialog(window: Any, qtbot: Any) -> None:
    from storydesk import __version__
    from storydesk.gui.about import AboutDialog

    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    assert dialog.isVisible()
    assert __version__ in dialog.text()
    qtbot.waitUntil(lambda: dialog.size_info is not None, timeout=60000)
    assert dialog.size_info.stories == window.library.stats_stories()
    dialog.close()
    assert window.show_about() is dialog  # one dialog, opened again
    dialog.close()


def test_qt_and_its_wheels_show_the_lgpl_text() -> None:
    """PySide6's and shiboken6's wheels ship no licence file: the LGPL-3.0 (with the GPL-3.0
    it builds on) ships in resources/licences and is shown for Qt and for them."""
    from storydesk.gui import about

    found = {about._canonical(c.name): c for c in about.components()}
    for name in ("qt", "pyside6-essentials", "shiboken6"):
        if name not in found:
            continue  # a different Qt wheel layout
        text = found[name].text or ""
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in text, name
        assert "GNU GENERAL PUBLIC LICENSE" in text, name
    assert "qt" in found


def test_a_licence_file_that_is_not_utf8_is_still_shown(tmp_path: Path) -> None:
    from importlib import metadata

    from storydesk.gui.about import _licence_text

    info = tmp_path / "freetyped-1.0.dist-info"
    (info / "licenses").mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.4\nName: freetyped\nVersion: 1.0\nLicense-File: FTL.TXT\n"
    )
    (info / "licenses" / "FTL.TXT").write_bytes("The FreeType Project © 2006\n".encode("latin-1"))
    text = _licence_text(metadata.PathDistribution(info))
    assert text is not None
    assert "FTL.TXT" in text and "The FreeType Project" in text and "2006" in text
