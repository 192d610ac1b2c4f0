"""A real local FirstAgenda portal for tests: stdlib ``http.server`` replaying the recorded JSON.

The meetings are read from ``--real-docs`` (../shared/real/firstagenda) at test time, never
copied into the repository. The committee list is built from them; bilag PDFs are generated.
The server can play the *agenda* (decisions stripped, ``Afsluttet`` false) or the *minutes*
(the recorded JSON), serves ETags and answers 304, logs every request, and injects faults on
request: 500, a stall past the read timeout, a truncated body, invalid JSON, a huge
Content-Length, a redirect to another host, a slow drip (which can set a cancel event).

It runs in a thread of the test process (no Qt involved) or, for CLI tests, the same way while
the CLI runs as a subprocess.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

_DECISION_RE = re.compile(r"<div>\s*<h3>\s*Beslutning\s*</h3>.*?(?=<h3>Fremstilling</h3>)", re.S)


def agenda_of(minutes: dict[str, Any]) -> dict[str, Any]:
    """The agenda a portal served before the meeting: no decision box, not "Afsluttet"."""
    agenda = copy.deepcopy(minutes)
    agenda["Moede"]["Afsluttet"] = False
    for point in agenda["Dagsordenpunkter"]:
        point["ExternalAgendaItemAttendees"] = []
        for felt in point.get("Felter") or []:
            felt["Html"] = _DECISION_RE.sub("", felt.get("Html") or "")
    return agenda


def pdf_bytes(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@dataclass
class FakePortal:
    """The portal's content and behaviour; change it between syncs."""

    meetings: dict[str, dict[str, Any]]  # meeting id → recorded (minutes) JSON
    mode: str = "agenda"
    etags: bool = True
    faults: dict[str, list[str]] = field(default_factory=dict)  # path prefix → actions, consumed in order
    log: list[tuple[str, str, str]] = field(default_factory=list)  # (method, path, user agent)
    started: list[float] = field(default_factory=list)  # monotonic time each request arrived
    in_flight: int = 0
    most_in_flight: int = 0
    cancel: Any = None  # an event the "slow" fault sets once it has started sending
    drop_items: dict[str, set[str]] = field(default_factory=dict)  # meeting id → item numbers gone
    _pdfs: dict[str, bytes] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def from_files(cls, paths: list[Path]) -> FakePortal:
        meetings = {}
        for path in paths:
            data = json.loads(path.read_text(encoding="utf-8"))
            meetings[data["Id"]] = data
        return cls(meetings)

    def committee_list(self) -> dict[str, Any]:
        committees: dict[str, dict[str, Any]] = {}
        for mid, data in self.meetings.items():
            entry = committees.setdefault(
                data["Udvalg"]["Id"], {"Navn": data["Udvalg"]["Navn"], "Id": data["Udvalg"]["Id"], "Moeder": []}
            )
            entry["Moeder"].append({"Id": mid, "Dato": data["Moede"]["Dato"]})
        return {"Udvalg": {"Aktuelle politiske udvalg": list(committees.values())}}

    def meeting_json(self, mid: str) -> bytes:
        data = self.meetings[mid] if self.mode == "minutes" else agenda_of(self.meetings[mid])
        gone = self.drop_items.get(mid)
        if gone:
            data = copy.deepcopy(data)
            data["Dagsordenpunkter"] = [p for p in data["Dagsordenpunkter"] if p["Number"] not in gone]
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    def pdf(self, bilag_id: str) -> bytes:
        with self.lock:
            if bilag_id not in self._pdfs:
                self._pdfs[bilag_id] = pdf_bytes(f"Bilag {bilag_id}")
            return self._pdfs[bilag_id]

    def take_fault(self, path: str) -> str | None:
        with self.lock:
            for prefix, actions in self.faults.items():
                if path.startswith(prefix) and actions:
                    return actions.pop(0)
        return None

    def requests(self, prefix: str) -> int:
        return sum(1 for _m, p, _ua in self.log if p.startswith(prefix))

    def bilag_ids(self, mid: str) -> list[str]:
        return [b["Id"] for p in self.meetings[mid]["Dagsordenpunkter"] for b in p["Bilag"]]


def _handler(portal: FakePortal, other_host: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            with portal.lock:
                portal.in_flight += 1
                portal.most_in_flight = max(portal.most_in_flight, portal.in_flight)
                portal.started.append(time.monotonic())
            try:
                self._get()
            finally:
                with portal.lock:
                    portal.in_flight -= 1

        def _get(self) -> None:
            path = self.path.split("?", 1)[0]
            portal.log.append(("GET", path, self.headers.get("User-Agent", "")))
            fault = portal.take_fault(path)
            if fault == "500":
                return self._send(500, b"Internal Server Error", "text/plain")
            if fault == "stall":
                time.sleep(1.5)  # past the client's read timeout in tests
                return self._send(200, b"{}", "application/json")
            if fault == "redirect":
                self.send_response(302)
                self.send_header("Location", f"{other_host}{path}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if fault == "404":
                return self._send(404, b"Not Found", "text/plain")
            body, kind = self._content(path)
            if body is None:
                return self._send(404, b"Not Found", "text/plain")
            if fault == "invalid":
                return self._send(200, b'{"Dagsordenpunkter": [ oops', "application/json")
            if fault == "truncate":
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return None
            if fault == "huge":
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(10**12))
                self.end_headers()
                self.wfile.write(body[:100])
                self.close_connection = True
                return None
            if fault == "slow":
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    for n, start in enumerate(range(0, len(body), 64)):
                        self.wfile.write(body[start : start + 64])
                        self.wfile.flush()
                        if n == 2 and portal.cancel is not None:
                            portal.cancel.set()
                        time.sleep(0.05)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return None
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if portal.etags and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            return self._send(200, body, kind, etag if portal.etags else None)

        def _content(self, path: str) -> tuple[bytes | None, str]:
            if path == "/api/agenda/udvalgsliste":
                return json.dumps(portal.committee_list(), ensure_ascii=False).encode(), "application/json"
            m = re.fullmatch(r"/api/agenda/dagsorden/([0-9a-f-]+)", path)
            if m and m.group(1) in portal.meetings:
                return portal.meeting_json(m.group(1)), "application/json"
            m = re.fullmatch(r"/Vis/Pdf/bilag/([0-9a-f-]+)", path)
            if m:
                return portal.pdf(m.group(1)), "application/pdf"
            return None, ""

        def _send(self, status: int, body: bytes, kind: str, etag: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@contextmanager
def serve(portal: FakePortal, other_host: str = "http://127.0.0.2:9", tls: Any = None) -> Iterator[str]:
    """Run the portal on a free local port (HTTPS with ``tls``, an ``ssl.SSLContext``); yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(portal, other_host))
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"{'https' if tls is not None else 'http'}://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def self_signed_context(folder: Path) -> Any:
    """A server TLS context with a freshly made self-signed certificate (no CA trusts it)."""
    import datetime
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return context
