"""Use cases the UI calls, and the helper that runs slow work off the GUI thread."""
