"""Turning published meeting papers (PDF via pypdf, or text renditions) into the model."""

from app.parsing.api import parse_bytes, parse_file, parse_text
from app.parsing.errors import ImportFailure, ParseError

__all__ = ["ImportFailure", "ParseError", "parse_bytes", "parse_file", "parse_text"]
