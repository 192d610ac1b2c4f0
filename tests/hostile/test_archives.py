"""Zips and folders from strangers (#22.3): a bad member costs only itself, every limit says so, no scratch left.

The archives are built at test time with ``zipfile`` and then damaged byte by byte the way
real ones come damaged: a member flagged as encrypted (ZipCrypto), one compressed with AES
(method 99, which Python cannot read), one whose deflate data is garbage, one whose CRC lies.
Imports run through the real command line in a subprocess.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from app.services.library.importer import import_files
from app.storage.library import Library
from tests.hostile.corpus import good_minutes

ROOT = Path(__file__).resolve().parents[2]


def _main(*args: object, timeout: float = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=env)  # fmt: skip


def _patch_member(path: Path, name: str, *, flag: int | None = None, method: int | None = None,
                  garble: bool = False, crc: int | None = None) -> None:  # fmt: skip
    """Change one member in place: its flag bits, its compression method, its data or its CRC."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    local = info.header_offset
    name_len = int.from_bytes(data[local + 26 : local + 28], "little")
    extra_len = int.from_bytes(data[local + 28 : local + 30], "little")
    body = local + 30 + name_len + extra_len
    central = data.find(b"PK\x01\x02")
    encoded = name.encode("utf-8")
    while central >= 0 and data[central + 46 : central + 46 + len(encoded)] != encoded:
        central = data.find(b"PK\x01\x02", central + 4)
    assert central >= 0
    if flag is not None:
        data[local + 6 : local + 8] = flag.to_bytes(2, "little")
        data[central + 8 : central + 10] = flag.to_bytes(2, "little")
    if method is not None:
        data[local + 8 : local + 10] = method.to_bytes(2, "little")
        data[central + 10 : central + 12] = method.to_bytes(2, "little")
    if crc is not None:
        data[local + 14 : local + 18] = crc.to_bytes(4, "little")
        data[central + 16 : central + 20] = crc.to_bytes(4, "little")
    if garble:
        for k in range(body, body + min(40, info.compress_size)):
            data[k] = (data[k] * 7 + 13) % 256
    path.write_bytes(bytes(data))


def _zip(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def _bad_zip(tmp_path: Path) -> Path:
    """A good referat beside an encrypted, an AES, a garbled and a CRC-lying member."""
    filler = "Sagsfremstilling med en del tekst, der gentages. " * 200
    path = _zip(tmp_path / "moede.zip", {
        "referat.txt": good_minutes(3),
        "krypteret.txt": filler, "aes.txt": filler, "ødelagt.txt": filler, "forkert-crc.txt": filler,
    })  # fmt: skip
    _patch_member(path, "krypteret.txt", flag=0x1)
    _patch_member(path, "aes.txt", flag=0x1, method=99)
    _patch_member(path, "ødelagt.txt", garble=True)
    _patch_member(path, "forkert-crc.txt", crc=0x12345678)
    return path


def test_a_zip_with_damaged_and_encrypted_members_imports_the_good_one_and_names_each_bad_one(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    result = _main("import", _bad_zip(tmp_path), "--profile", profile)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2  # something was not imported
    assert "referat.txt: imported" in result.stdout
    lines = result.stderr.splitlines()
    for name in ("krypteret.txt", "aes.txt", "ødelagt.txt", "forkert-crc.txt"):
        assert sum(f"moede.zip › {name}: " in line for line in lines) == 1, (name, lines)
    assert any("krypteret.txt: the PDF is protected by a password" in line for line in lines)
    assert len(Library(profile).meetings()) == 1
    assert not any((profile / "tmp").glob("*")) if (profile / "tmp").exists() else True


def test_every_limit_that_leaves_something_out_says_so_with_a_count(tmp_path: Path) -> None:
    members: dict[str, str | bytes] = {f"bilag-{n}.txt": "x" for n in range(10_000)}
    many = _zip(tmp_path / "mange.zip", members | {"referat.txt": good_minutes(4)})
    inner = _zip(tmp_path / "indre.zip", {"referat.txt": good_minutes(5)})
    nested = _zip(tmp_path / "indlejret.zip", {"a.zip": inner.read_bytes(), "b.zip": inner.read_bytes(),
                                               "referat.txt": good_minutes(6)})  # fmt: skip
    folder = tmp_path / "mappe"
    folder.mkdir()
    (folder / "referat.txt").write_text(good_minutes(7), encoding="utf-8")
    os.mkfifo(folder / "fifo.pdf")
    os.symlink("/dev/zero", folder / "nul.pdf")
    started = time.monotonic()
    result = _main("import", many, nested, folder, "--profile", tmp_path / "profile")
    assert time.monotonic() - started < 90
    assert "Traceback" not in result.stderr
    err = result.stderr
    assert "mange.zip (9501 of 10001 files): more files than one import takes; those were not read" in err
    assert "indlejret.zip (2 zip files inside): a zip inside a zip is not opened" in err
    assert "mappe (2 pipes, devices or other special files): not a regular file" in err
    assert result.returncode == 2


def test_an_oversize_member_is_refused_before_it_is_unpacked(tmp_path: Path, monkeypatch) -> None:
    from app.services.library import bilag

    monkeypatch.setattr(bilag, "MAX_BILAG_BYTES", 1000)
    path = _zip(tmp_path / "stor.zip", {"stor.txt": "x" * 5000, "referat.txt": good_minutes(8)})
    # The directory may lie about the size: it is checked again while reading.
    lying = _zip(tmp_path / "lyver.zip", {"lyver.txt": "y" * 5000})
    data = bytearray(lying.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")  # "10 bytes" in the central directory
    lying.write_bytes(bytes(data))
    profile = tmp_path / "profile"
    summary = import_files(Library(profile), [path, lying])
    failed = dict(summary.failed)
    assert "stor.zip › stor.txt" in failed and "lyver.zip › lyver.txt" in failed
    assert summary.added == ["referat.txt"]
    assert not list((profile / "tmp").glob("*")) if (profile / "tmp").exists() else True


def test_a_zip_named_dots_leaves_nothing_behind(tmp_path: Path) -> None:
    path = _zip(tmp_path / "...zip", {"referat.txt": good_minutes(9)})
    profile = tmp_path / "profile"
    result = _main("import", path, "--profile", profile)
    assert "referat.txt: imported" in result.stdout, result.stderr
    leftovers = [p for p in (profile / "tmp").rglob("*")] if (profile / "tmp").exists() else []
    assert leftovers == [] and not (profile / "referat.txt").exists()


KILLED_IMPORT = """
import sys, os
sys.path.insert(0, {root!r})
from pathlib import Path
from app.services.library import bilag
real = bilag._copy_member
def slow(*args, **kw):
    written = real(*args, **kw)
    print("unpacked", flush=True)
    import time; time.sleep(60)
    return written
bilag._copy_member = slow
from app.services.library.importer import import_files
from app.storage.library import Library
import_files(Library(Path({profile!r})), [Path({zip!r})])
"""


def test_scratch_left_by_a_killed_import_is_cleaned_at_the_next_start(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    path = _zip(tmp_path / "moede.zip", {"referat.txt": good_minutes(10)})
    script = tmp_path / "killed.py"
    script.write_text(KILLED_IMPORT.format(root=str(ROOT), profile=str(profile), zip=str(path)), encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "unpacked"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert list((profile / "tmp").glob("import-*"))  # what the killed import left
    stale = profile / "library" / ".index.json.abc123.tmp"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("{", encoding="utf-8")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    result = _main("list", "--profile", profile)  # a reader cleans nothing …
    assert result.returncode == 0 and list((profile / "tmp").glob("import-*")) and stale.exists()
    result = _main("note", "x:1", "--text", "t", "--profile", profile)  # … the next writer does
    assert not list((profile / "tmp").glob("import-*")) and not stale.exists()
