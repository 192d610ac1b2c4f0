"""The one progress callback every background job and long use case reports through."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]  # (done, total, the name of what is being worked on)
