"""What the fixture profiles in tests/fixtures/profiles hold, as each earlier release wrote it.

Each folder is named for the release that wrote it (see its MADE.md); the expectations here
are what that release's command line was told to store, so a test that opens a folder with the
current code can say exactly which note, tag, colour, follow-up, highlight or reading state
went missing.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.notes.annotations import AnnotationService

PROFILES = Path(__file__).resolve().parents[1] / "fixtures" / "profiles"

HAD = "2022-09-15-haderslev-62bb83-ref:89"
SON = "2021-12-01-soenderborg-aa2f6c-ref:2"
LEJ = "2020-03-04-lejre-5ab684-ref:3"
HIGHLIGHT = "Borgere, der er i målgruppen aktivitetsparat, har problemer udover ledighed."


@dataclass(frozen=True)
class Expected:
    """One item's annotation as the release stored it (``reading`` None: the release had none)."""

    note: str
    tags: tuple[str, ...] = ()
    stance: str = "none"
    follow_up: tuple[str, str | None, str] = ("none", None, "")
    highlights: tuple[tuple[str, str], ...] = ()  # (quote, comment)
    reading: str = "unread"


@dataclass(frozen=True)
class OldProfile:
    release: str
    schema: int | None  # the annotation store's schema_version on disk (None: no notes yet)
    meetings: int
    notes: dict[str, Expected] = field(default_factory=dict)
    tag_colors: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return PROFILES / self.release

    def copy_to(self, tmp: Path) -> Path:
        """A private copy: the committed fixture is never changed by a test."""
        target = tmp / self.release
        shutil.copytree(self.path, target)
        return target


_NOTES = {
    HAD: Expected(
        "Spørg til tilbuddene for de aktivitetsparate.\nAnden linje: æøå ÆØÅ.",
        ("Budget", "Skole og børn", "Økonomi"), "for", highlights=((HIGHLIGHT, "Vigtigt: mere end ledighed"),),
    ),
    SON: Expected(
        "Hvor mange midler er ubrugte? Bed om tal.", ("Budget",), "against",
        ("open", "2026-12-15", "Bed forvaltningen om tallene"),
    ),
    LEJ: Expected("Dialogtema: integration – notér spørgsmål.", follow_up=("done", None, "")),
}
_COLORS = {"Budget": "#1e88e5", "Skole og børn": "#43a047", "Økonomi": "#8e24aa"}

OLD_PROFILES = [
    # 0.1.0: the library alone (the annotation store did not exist yet).
    OldProfile("d0ad30a", None, 3),
    # Annotation schema 1 was never written by a release; this one is made by hand (MADE.md).
    OldProfile("schema1-handmade", 1, 3, {
        HAD: Expected("Spørg til tilbuddene (skrevet i dagsordenen).\n\nOg husk opfølgningen fra sidst.",
                      ("Budget", "Skole og børn")),
        SON: Expected("Hvor mange midler er ubrugte?", ("Budget",)),
    }),
    # 0.2.0: annotation schema 2, before reading progress.
    OldProfile("65b1e8f", 2, 3, _NOTES, _COLORS),
    # 0.3.0: annotation schema 3 with reading progress.
    OldProfile("7393db4", 3, 3, {
        **_NOTES,
        HAD: Expected(**{**_NOTES[HAD].__dict__, "reading": "prepared"}),
        SON: Expected(**{**_NOTES[SON].__dict__, "reading": "read"}),
    }, _COLORS),
]  # fmt: skip


def problems_in(annotations: AnnotationService, profile: OldProfile) -> list[str]:
    """Every expected value that is not there, named (empty when nothing was lost)."""
    missing: list[str] = []
    for item_id, want in profile.notes.items():
        got = annotations.get(item_id)
        if got is None:
            missing.append(f"{item_id}: no annotation")
            continue
        follow = (got.follow_up.status.value, got.follow_up.due, got.follow_up.text)
        checks = {
            "note": (got.note, want.note),
            "tags": (tuple(got.tags), want.tags),
            "stance": (got.stance.value, want.stance),
            "follow-up": (follow, want.follow_up),
            "highlights": (tuple((h.quote.exact, h.comment) for h in got.highlights), want.highlights),
            "reading": (got.reading.value, want.reading),
        }
        missing += [f"{item_id} {what}: {have!r} != {expected!r}" for what, (have, expected) in checks.items()
                    if have != expected]  # fmt: skip
    colors = annotations.tag_colors()
    missing += [f"tag {tag}: colour {colors.get(tag)!r} != {color!r}" for tag, color in profile.tag_colors.items()
                if colors.get(tag) != color]  # fmt: skip
    return missing
