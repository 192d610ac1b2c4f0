"""Mødemappe's command line: argument parsing and hand-off to ``app``; nothing else."""

from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import run

    try:
        return run(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:  # output piped into `head` and friends
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the bundled app starts its worker processes from itself
    sys.exit(main())
