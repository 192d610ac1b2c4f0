"""Exports: the personal briefing PDF."""
