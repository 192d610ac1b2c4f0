"""Full-text search over every meeting and the member's own notes (SQLite FTS5)."""
