"""The catalogue: SQLAlchemy models over SQLite, the source of truth for stories."""
