"""Briefing packs: ordered stories with a title, written as PDF or one HTML file, or printed.

:mod:`~storydesk.packs.model` turns whole stories (typed read models with their image
paths) into what a pack shows; :mod:`~storydesk.packs.html` and :mod:`~storydesk.packs.pdf`
write it; :mod:`~storydesk.packs.fonts` registers the fonts Qt sets it in. Packs never open
the catalogue: the :class:`~storydesk.library.Library` loads the stories and hands them over
(``Library.write_pack``, ``Library.prepare_pack``), and photos are copied through
:mod:`storydesk.media.photos`. See docs/briefing-packs.md.
"""
