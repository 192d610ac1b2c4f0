"""Network bytes counted as they arrive (#22.2), against a real local HTTP server on 127.0.0.1.

The hostile server answers every path the way the probe's did: a 2.5 KB body that is gzip
inside gzip of 1 GiB of zeros, headers dripped one byte a second, a committee list of 500,000
meetings. The CLI runs as a subprocess, so its peak memory is measured on its own (``wait4``).
"""

from __future__ import annotations

import gzip
import json
import os
import struct
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app.services.portal import sync as service
from app.services.portal.client import FailureKind, NetworkPolicy, PortalClient, PortalError

ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024


def gzip_of_zeros(mib: int) -> bytes:
    """A valid gzip member of ``mib`` MiB of zeros, built without compressing them all (full-flush blocks repeat)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = b"\0" * MIB
    first = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    body = first + block * (mib - 1) + packer.flush()
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(zeros, crc)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + body + struct.pack("<II", crc, (mib * MIB) & 0xFFFFFFFF)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip.compress(gzip_of_zeros(1024), 9)  # two layers: "Content-Encoding: gzip, gzip"


def _listing(meetings: int) -> bytes:
    refs = [{"Id": f"m{n}"} for n in range(meetings)]  # as lean as the probe's: ~12 bytes a meeting
    title = "Udvalg \x1b]0;ejet\x07\x1b[2J med \u202eflet"
    listing = {"Udvalg": {"Udvalg": [{"Id": "u1", "Navn": title, "Moeder": refs}]}}
    return json.dumps(listing, separators=(",", ":")).encode()


@contextmanager
def hostile_server(routes: dict[str, object]) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            action = routes.get(self.path.split("?")[0], "404")
            try:
                if action == "drip":
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    for byte in b"X-Slow: " + b"a" * 600:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(1.0)
                    return
                if isinstance(action, tuple):
                    body, encoding = action
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    if encoding:
                        self.send_header("Content-Encoding", encoding)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
            except (BrokenPipeError, ConnectionResetError):
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _run_measured(*args: object, timeout: float = 120) -> tuple[int, str, str, float]:
    """Run ``main.py args`` and return (exit status, stdout, stderr, peak RSS in MB of that process alone)."""
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    out, err = process.communicate(timeout=timeout)  # reads the pipes; the child is a zombie until wait4
    _pid, status, usage = os.wait4(process.pid, 0) if process.returncode is None else (0, 0, None)
    code = os.waitstatus_to_exitcode(status) if usage is not None else process.returncode
    peak = usage.ru_maxrss / 1024 if usage is not None else 0.0
    return code, out, err, peak


def test_a_two_layer_gzip_of_one_gib_is_refused_in_one_line_with_little_memory(tmp_path: Path, bomb: bytes) -> None:
    assert len(bomb) < 10_000
    with hostile_server({"/api/agenda/udvalgsliste": (bomb, "gzip, gzip")}) as url:
        process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "portal", "add", url, "--retries", "0",
                                    "--profile", str(tmp_path / "profile")], cwd=ROOT,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        assert process.stdout is not None and process.stderr is not None
        started = time.monotonic()
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.monotonic() - started
        out, err = process.stdout.read(), process.stderr.read()
    assert os.waitstatus_to_exitcode(status) == 2
    assert err.splitlines() == [f"{url}: the answer unpacks to more than 16 MiB; refused"]
    assert out == ""
    peak_mb = usage.ru_maxrss / 1024
    assert peak_mb < 400, peak_mb  # the probe measured 8.2 GB
    assert elapsed < 30


def test_any_number_of_layers_is_undone_under_the_cap_and_a_good_answer_still_reads(bomb: bytes) -> None:
    listing = _listing(3)
    three = gzip.compress(gzip.compress(gzip.compress(listing)))
    with hostile_server({"/api/agenda/udvalgsliste": (three, "gzip, gzip, gzip"),
                         "/api/agenda/dagsorden/x": (gzip.compress(bomb), "gzip, gzip, gzip")}) as url:  # fmt: skip
        client = PortalClient(url, NetworkPolicy(retries=0, pause=0))
        assert client.committees_json()["Udvalg"]["Udvalg"][0]["Id"] == "u1"
        with pytest.raises(PortalError) as caught:
            client.meeting("x")
        assert caught.value.kind == FailureKind.TOO_LARGE
        client.close()


def test_header_bytes_dripped_one_a_second_meet_the_deadline() -> None:
    with hostile_server({"/api/agenda/udvalgsliste": "drip"}) as url:
        client = PortalClient(url, NetworkPolicy(connect_timeout=3, read_timeout=3, deadline=4, retries=0, pause=0))
        started = time.monotonic()
        with pytest.raises(PortalError) as caught:
            client.committees_json()
        elapsed = time.monotonic() - started
        client.close()
    assert caught.value.kind == FailureKind.TIMEOUT
    assert 3.5 < elapsed < 8  # the probe waited 403 s past a 300 s deadline


@pytest.mark.parametrize("url", ["host:abc", "javascript:alert(1)", "file:///etc/passwd", "http://user@host/",
                                 "https://a b", "http://host:99999/", "\x1b[2Jportal.dk"])  # fmt: skip
def test_a_bad_portal_address_is_one_line_and_exit_2(tmp_path: Path, url: str) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "portal", "add", url, "--profile",
                             str(tmp_path / "p")], capture_output=True, text=True, timeout=60, cwd=ROOT)  # fmt: skip
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "not a portal address" in result.stderr
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr


def test_a_committee_list_of_500000_meetings_is_kept_small_and_said_in_one_line(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    with hostile_server({"/api/agenda/udvalgsliste": (gzip.compress(_listing(500_000)), "gzip")}) as url:
        code, out, err, _peak = _run_measured("portal", "add", url, "--retries", "0", "--profile", profile)
    assert code == 0, err
    assert os.path.getsize(profile / "portal.json") < 200_000  # the probe's was 17 MB
    assert err.count("\n") == 1 and "499000 older meetings" in err
    # The portal's escape sequences never reach the terminal raw: shown, not obeyed.
    assert "\x1b" not in out + err and "\x07" not in out and "\u202e" not in out
    assert "⟨ESC⟩]0;ejet⟨BEL⟩⟨ESC⟩[2J" in out and "⟨RLO⟩" in out


def test_portal_json_is_written_every_few_seconds_not_per_meeting(tmp_path: Path, monkeypatch) -> None:
    profile = tmp_path / "profile"
    state = service.PortalState()
    saver = service._Saver(profile, state)
    for _ in range(500):  # 500 meetings synced within a second
        saver.save()
    saver.flush()
    assert saver.writes <= 2


def test_a_sync_with_failed_meetings_exits_2_with_one_line_each(tmp_path: Path) -> None:
    listing = json.dumps({"Udvalg": {"U": [{"Id": "u1", "Navn": "Udvalget", "Moeder": [
        {"Id": "m1", "Dato": "2025-01-01T10:00:00"}, {"Id": "m2", "Dato": "2025-02-01T10:00:00"}]}]}}).encode()
    profile = tmp_path / "profile"
    with hostile_server({"/api/agenda/udvalgsliste": (listing, ""),
                         "/api/agenda/dagsorden/m1": (b"{not json", ""),
                         "/api/agenda/dagsorden/m2": (b"[1, 2]", "")}) as url:  # fmt: skip
        for args in (("add", url), ("follow", "Udvalget")):
            assert subprocess.run([sys.executable, str(ROOT / "main.py"), "portal", *args, "--profile", str(profile)],
                                  capture_output=True, timeout=60, cwd=ROOT).returncode == 0  # fmt: skip
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "portal", "sync", "--retries", "0",
                                 "--pause", "0", "--profile", str(profile)],
                                capture_output=True, text=True, timeout=120, cwd=ROOT)  # fmt: skip
    assert result.returncode == 2
    failures = [line for line in result.stderr.splitlines() if ": failed" in line]
    assert len(failures) == 2 and "Traceback" not in result.stderr
    assert result.stdout.strip().endswith("0 added, 0 updated, 0 unchanged, 2 failed")
