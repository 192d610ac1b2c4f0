"""Child process for the crash-safety test: writes annotations forever, acknowledging each.

Usage: python -m tests.helpers.crash_writer PROFILE START
Prints "ack N" (flushed) only after the store has returned from saving note N.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.services.notes import operations
from app.storage.annotations import AnnotationStore
from app.storage.identity import ItemRecord
from app.storage.profile_lock import ProfileLock


def main() -> None:
    profile, start = Path(sys.argv[1]), int(sys.argv[2])
    with ProfileLock(profile):
        store = AnnotationStore(profile, take_backup=False)
        n = start
        while True:
            number = str(n % 97)
            ref = ItemRecord(f"2024-01-01-test-000000-ref:{number}", f"2024-01-01-test-000000:{number}", number,
                             f"Punkt {number}")  # fmt: skip
            operations.apply(store, ref, operations.note(f"note {n} æøå"))
            if n % 5 == 0:
                operations.apply(store, ref, operations.add_tag(f"tag {n}"))
            print(f"ack {n}", flush=True)
            n += 1


if __name__ == "__main__":
    main()
