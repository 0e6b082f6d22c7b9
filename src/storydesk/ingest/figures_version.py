"""The version of the key-figure finder (:mod:`storydesk.ingest.figures`), alone in a module
so that opening a catalogue can compare it with the version its figures were found by
without loading the finder (whose patterns take a noticeable part of a command's start)."""

FIGURES_VERSION = 2
"""Bumped whenever find_figures changes what it finds; catalogues re-extract figures of stories
when it changes."""
