"""Plain, Qt-free dataclasses describing meetings, agenda items and annotations."""

from app.model.meeting import (
    AgendaItem,
    Attachment,
    Block,
    BlockKind,
    Decision,
    Meeting,
    Section,
    SectionKind,
    SourceInfo,
    Span,
    Treatment,
)

__all__ = [
    "AgendaItem",
    "Attachment",
    "Block",
    "BlockKind",
    "Decision",
    "Meeting",
    "Section",
    "SectionKind",
    "SourceInfo",
    "Span",
    "Treatment",
]
