"""What StoryDesk writes for others: story bundles and briefing packs."""
