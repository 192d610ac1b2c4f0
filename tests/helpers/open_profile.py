"""Child process for the interrupted-migration test: opens a profile the way every start does.

Usage: python -m tests.helpers.open_profile PROFILE
Prints "ready" once imported (the parent's clock starts there), then opens the profile for
writing through :class:`app.services.workspace.Workspace` — lock, library, annotation store
with its migrations and backups — and prints "opened". The parent kills it at a random moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.services.workspace import Workspace


def main() -> None:
    print("ready", flush=True)
    with Workspace(Path(sys.argv[1])) as workspace:
        workspace.store.all()
        print("opened", flush=True)


if __name__ == "__main__":
    main()
