"""Pytest plugin: where the published real documents are, for tests marked ``real_docs``.

Published papers (../shared/real) may be read but not redistributed, so the repository holds
none of them. Tests that need them carry the ``real_docs`` marker and read the folder given by
``--real-docs=DIR`` (``make test`` passes ``../shared/real`` when it exists; ``.ci/run`` always
does). Without the option those tests are deselected and the run says how many in one line.
It is a plugin (``-p tests.real_docs`` in ``addopts``) because options must be known before
pytest reads the test folders' conftest files. Modules use
``real_docs.path("name.pdf")`` inside tests and ``real_docs.glob(pattern)`` for parametrisation;
without the option both answer with nothing and the marked tests are deselected.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_folder: Path | None = None


def configure(folder: Path) -> None:
    global _folder
    _folder = folder


def available() -> bool:
    return _folder is not None


def folder() -> Path:
    if _folder is None:
        raise RuntimeError("real documents are not configured: pass --real-docs DIR")
    return _folder


def path(name: str) -> Path:
    return folder() / name


def glob(pattern: str) -> list[Path]:
    """Sorted matches, or an empty list when the folder is not configured (collection time)."""
    return sorted(_folder.glob(pattern)) if _folder is not None else []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--real-docs",
        metavar="DIR",
        default=None,
        help="folder with the published real documents (../shared/real); tests marked real_docs need it",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_docs: needs the published documents given by --real-docs DIR")
    option = config.getoption("--real-docs")
    if option:
        folder = Path(option).expanduser().resolve()
        if not folder.is_dir():
            raise pytest.UsageError(f"--real-docs {option}: no such folder")
        configure(folder)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if available():
        return
    needing = [item for item in items if item.get_closest_marker("real_docs")]
    if needing:
        config.hook.pytest_deselected(items=needing)
        items[:] = [item for item in items if not item.get_closest_marker("real_docs")]
    config.stash[_NOT_RUN] = len(needing)


_NOT_RUN = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    count = config.stash.get(_NOT_RUN, 0)
    if count:
        terminalreporter.write_line(
            f"{count} real-document tests need --real-docs DIR (the published papers in ../shared/real); not run."
        )
