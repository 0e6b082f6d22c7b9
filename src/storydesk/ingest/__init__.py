"""Turns files into plain :class:`~storydesk.ingest.draft.StoryDraft` records and imports them."""
