"""Story bundles: one package for one format (docs/bundle-format.md).

- :mod:`~storydesk.bundle.format`: the format's names and numbers (``bundle.json``,
  ``partners.yaml``, the version), used by the three modules below.
- :mod:`~storydesk.bundle.reader`: reads and checks a bundle's manifest and partner records;
  :mod:`storydesk.ingest.sources` uses it to plan an import of a bundle.
- :mod:`~storydesk.bundle.writer`: writes stories from the catalogue to a bundle, whole or
  not at all, with progress and cancel.
- :mod:`~storydesk.bundle.verify`: checks a bundle without importing it.

Imports run one way: the reader needs only the safe file access and YAML loading of
:mod:`storydesk.ingest` (``containers``, ``markdown``); ``ingest.sources`` imports the
reader; verify imports ``ingest.sources``; the writer needs the catalogue and media. This
module imports none of them, so importing the reader never pulls in the rest.
"""
