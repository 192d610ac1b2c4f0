"""Damaged stores other than the notes: the bilag index and the portal state, found, kept, told.

The notes have their own report (:class:`app.storage.annotations.OpenReport`). The bilag
index and ``portal.json`` are smaller, but losing them silently is as bad: every bilag link
would vanish, or the followed committees would, and the next write would cover the evidence.
So, like a damaged notes file:

* a **reader** (``list``, ``parse``, ``search``, ``export-briefing``) moves nothing; it shows
  what the backup holds (the bilag index) or nothing (the portal state) and says so;
* a **writer** (the window, every writing command) moves the damaged file aside under a name
  never used before (``index.corrupt-<time>.json``, ``portal.corrupt-<time>.json``), puts the
  bilag index's backup back in its place, and says so;
* either way it is one line: on stderr for the command line (:meth:`StoreDamage.line`), in a
  message in the window (:mod:`app.ui.store_damage`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from app.services.plaintext import display_name
from app.storage.bilag import BilagStore

log = logging.getLogger(__name__)


class DamagedStore(str, Enum):
    BILAG = "bilag"
    PORTAL = "portal"


@dataclass(frozen=True)
class StoreDamage:
    """One damaged store file: which, where, why, where it was kept, and the backup used instead."""

    kind: DamagedStore
    path: Path
    cause: str
    aside: Path | None = None  # None: left where it is (a reader, or it could not be moved)
    backup: Path | None = None  # the bilag index's backup put back (writer) or shown (reader)

    def line(self) -> str:
        """The command line's one line (English, like every CLI message)."""
        what = "bilag index" if self.kind is DamagedStore.BILAG else "portal state"
        head = f"{display_name(str(self.path))}: the {what} is damaged ({display_name(self.cause, 120)})"
        if self.aside is not None:
            kept = f"kept aside as {display_name(self.aside.name)}, not deleted"
        else:
            kept = "left as it is (the next writing command keeps it aside)"
        if self.kind is DamagedStore.PORTAL:
            then = "add the portal and follow its committees again" if self.aside else "no portal is shown"
        elif self.backup is not None:
            verb = "put back" if self.aside else "shown"
            then = f"the bilag links of its backup {self.backup.name} are {verb} (links added since may be missing)"
        else:
            then = "there is no backup: import the meetings again to get their bilag back"
        return f"{head}; {kept}; {then}"


def bilag_damage(profile: Path, *, writer: bool) -> StoreDamage | None:
    """Check the bilag index; a writer sets a damaged one aside and puts its backup back."""
    store = BilagStore(profile)
    try:
        found = store.set_aside_damage() if writer else store.check()
    except OSError as err:  # it could not be moved: report it where it is, nothing is written over it
        log.warning("the damaged bilag index could not be moved aside: %s", err)
        found = store.damage
    except Exception:  # not damage but a bug or an unexpected value: the start-up check names it (exit 5)
        log.info("checking the bilag index failed", exc_info=True)
        return None
    if found is None:
        return None
    return StoreDamage(DamagedStore.BILAG, found.path, found.cause, found.aside, found.backup)


def portal_damage(profile: Path, *, writer: bool) -> StoreDamage | None:
    """Check ``portal.json``; a writer sets a damaged one aside (the next write starts a fresh state)."""
    from app.services.portal import sync

    path = Path(profile) / sync.STATE_FILE
    if not path.exists():
        return None
    state = sync.load_state(profile)
    if not state.damage:
        return None
    if writer:
        try:
            moved = sync.set_aside_damaged_state(profile)
        except OSError as err:
            log.warning("the damaged portal state could not be moved aside: %s", err)
        else:
            if moved is not None:
                return StoreDamage(DamagedStore.PORTAL, path, moved[0], moved[1])
    return StoreDamage(DamagedStore.PORTAL, path, state.damage)
