"""Turning published meeting papers (PDF via pypdf, or text renditions) into the model.

The parsers themselves (``parse_bytes``, ``parse_file``, ``parse_text``) are loaded on first
use: the window imports this package for its error types and should not pay for compiling
the parsers' vocabularies while it starts (they run in the parser children anyway).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.parsing.errors import ImportFailure, ParseError

if TYPE_CHECKING:
    from app.parsing.api import parse_bytes, parse_file, parse_text

__all__ = ["ImportFailure", "ParseError", "parse_bytes", "parse_file", "parse_text"]


def __getattr__(name: str) -> Any:
    if name in ("parse_bytes", "parse_file", "parse_text"):
        from app.parsing import api

        return getattr(api, name)
    raise AttributeError(f"module 'app.parsing' has no attribute {name!r}")
