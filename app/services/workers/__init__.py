"""The workers room: isolated parser children, the background worker process, the page renderer."""
