"""A careful HTTP client for one FirstAgenda portal (httpx), for the background sync.

The network is treated as hostile: split connect/read timeouts and an overall deadline per
request that covers connecting, every header byte and the body (a server dripping one header
byte a second meets it too: every socket read waits at most what is left of it); a few retries
with exponential backoff on 5xx, timeouts, dropped connections and truncated bodies (never on
4xx); size limits enforced on the bytes as they arrive, whatever Content-Length claims, and
on what they unpack to: ``Content-Encoding`` layers (any number, up to
:data:`MAX_ENCODING_LAYERS`) are undone here, chunk by chunk with a bounded output per step,
so a 6 KB response that unpacks to gigabytes is refused after :attr:`NetworkPolicy.max_json_bytes`
and never held whole; addresses are checked before use (:func:`normalise_portal_url`);
TLS verified; redirects followed only within the configured portal's
origin; one request at a time with a short pause between; a User-Agent that names the app.

Every link is resolved *by its path* against the portal URL the member configured, so a mirror
or a local test server behaves exactly like the real portal, and no other host is contacted.
Qt-free: it runs in the worker process and in the CLI.
"""

from __future__ import annotations

import json
import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from app import __version__ as APP_VERSION
from app.services.plaintext import display_name

if TYPE_CHECKING:  # httpx is imported with the first request (app.services.portal.transport)
    import httpx

    from app.services.portal.transport import DeadlineBackend

# Header values must be ASCII; "Moedemappe" is the app's name transliterated (ø → oe).
USER_AGENT = f"Moedemappe/{APP_VERSION} (Moedemappe desktop reader for committee papers; no telemetry)"
COMMITTEES_PATH = "api/agenda/udvalgsliste"
MEETING_PATH = "api/agenda/dagsorden/{id}"
BILAG_PATH = "Vis/Pdf/bilag/{id}"
MAX_ENCODING_LAYERS = 4  # Content-Encoding layers undone at most ("gzip, gzip" is two)
DECODE_STEP = 64 * 1024  # bytes one decompression step may produce: memory stays flat
MAX_URL_CHARS = 2000
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"^(?:{_LABEL}\.)*{_LABEL}$")
_IPV6 = re.compile(r"^\[[0-9A-Fa-f:.]+\]$")


class FailureKind:
    """Why a request failed (stable strings; the UI translates them)."""

    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    HTTP = "http"
    TOO_LARGE = "too_large"
    TRUNCATED = "truncated"
    INVALID = "invalid"
    REDIRECT = "redirect"
    CANCELLED = "cancelled"
    BAD_URL = "bad_url"


class PortalError(Exception):
    """A request to the portal failed; ``kind`` is a :class:`FailureKind`, ``str()`` one English line."""

    def __init__(self, kind: str, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status

    def __reduce__(self) -> tuple[type[PortalError], tuple[str, str, int | None]]:
        # It crosses the worker-process boundary, so it must pickle with all its fields.
        return (PortalError, (self.kind, str(self), self.status))


@dataclass(frozen=True)
class NetworkPolicy:
    """Timeouts, retries and limits. Tests pass short values; the defaults suit a real portal."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    deadline: float = 300.0  # whole request, against servers that drip one byte at a time
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    pause: float = 0.5  # between two requests to the same portal
    max_json_bytes: int = 16 * 1024 * 1024
    max_pdf_bytes: int = 150 * 1024 * 1024
    max_redirects: int = 5


@dataclass
class Fetched:
    """A response body (or "not modified") with the validators for the next conditional request."""

    status: int
    data: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    url: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def normalise_portal_url(url: str) -> str:
    """ "dagsordener.greve.dk" → "https://dagsordener.greve.dk/" (always ends with a slash).

    Checked before anything is contacted: http or https only, a host name or IP address, a
    numeric port, no user name, no control characters or spaces. Anything else (``host:abc``,
    ``javascript:alert(1)``, ``file:///etc``) raises :class:`PortalError` (``BAD_URL``).
    """
    text = url.strip()
    bad = PortalError(FailureKind.BAD_URL, f"not a portal address: {display_name(url, 100)}")
    if not text or len(text) > MAX_URL_CHARS or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in text):
        raise bad
    scheme_like = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", text)
    if "://" not in text:
        if scheme_like and not re.match(r"^[^:/]+:\d+(/|$)", text):  # "javascript:…", "mailto:…", "host:abc"
            raise bad
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError on "host:abc" or a port out of range
    except ValueError:
        raise bad from None
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or parts.username is not None or parts.password is not None:
        raise bad
    if not (_HOST.match(host) or _IPV6.match(f"[{host}]")) or (port is not None and not 0 < port < 65536):
        raise bad
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc, path, "", ""))


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


# --- Content-Encoding, undone with a cap ----------------------------------------------------------


class _Unpacker:
    """Undo ``Content-Encoding`` layers as the bytes arrive, never producing more than ``cap`` bytes.

    Each layer's decompressor is asked for at most :data:`DECODE_STEP` bytes at a time and its
    output is handed on at once, so memory stays flat whatever the ratio; every layer's total
    output is capped too (an inner layer is never legitimately larger than the answer).
    """

    def __init__(self, header: str, cap: int) -> None:
        names = [n.strip().lower() for n in header.split(",") if n.strip() and n.strip().lower() != "identity"]
        if len(names) > MAX_ENCODING_LAYERS:
            raise PortalError(FailureKind.INVALID, f"the answer is packed {len(names)} times over; refused "
                              f"(at most {MAX_ENCODING_LAYERS})")  # fmt: skip
        for name in names:
            if name not in ("gzip", "x-gzip", "deflate"):
                raise PortalError(FailureKind.INVALID, f"the answer is packed as {display_name(name, 40)}, "
                                  "which Mødemappe does not unpack")  # fmt: skip
        # The last encoding listed was applied last: it is undone first.
        self._layers = [zlib.decompressobj(zlib.MAX_WBITS | 32) for _ in reversed(names)]
        self._sizes = [0] * len(self._layers)
        self.cap = cap
        self.size = 0

    def feed(self, data: bytes) -> list[bytes]:
        out: list[bytes] = []
        self._push(data, 0, out)
        return out

    def _push(self, data: bytes, level: int, out: list[bytes]) -> None:
        if level == len(self._layers):
            self.size += len(data)
            if self.size > self.cap:
                raise _too_large(self.cap, unpacked=bool(self._layers))
            out.append(data)
            return
        layer = self._layers[level]
        pending = data
        while pending or not layer.eof:
            try:
                chunk = layer.decompress(pending, DECODE_STEP)
            except zlib.error:
                raise PortalError(FailureKind.INVALID, "the answer's packing is damaged") from None
            pending = layer.unconsumed_tail
            if not chunk:
                break
            self._sizes[level] += len(chunk)
            if self._sizes[level] > self.cap:
                raise _too_large(self.cap, unpacked=True)
            self._push(chunk, level + 1, out)
            if layer.eof:
                break


def _too_large(cap: int, unpacked: bool = False) -> PortalError:
    what = "unpacks to more than" if unpacked else "is larger than"
    return PortalError(FailureKind.TOO_LARGE, f"the answer {what} {_size(cap)}; refused")


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n >= 1024 * 1024 else f"{n // 1024} KiB"


@dataclass
class PortalClient:
    """One portal, one connection pool, one request at a time."""

    base_url: str
    policy: NetworkPolicy = field(default_factory=NetworkPolicy)
    cancel: Any = None  # anything with ``is_set()``
    sleep: Callable[[float], None] = time.sleep
    transport: httpx.BaseTransport | None = None
    _client: httpx.Client | None = None
    _last_request: float = 0.0
    _deadline: DeadlineBackend = field(init=False)

    def __post_init__(self) -> None:
        import httpx

        from app.services.portal.transport import DeadlineBackend, deadline_transport

        self._deadline = DeadlineBackend()
        self.base_url = normalise_portal_url(self.base_url)
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self._client = httpx.Client(
            timeout=timeout,
            verify=True,
            follow_redirects=False,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "application/json, application/pdf;q=0.9, */*;q=0.1",
                "Accept-Encoding": "gzip, deflate",  # undone here, under the cap (see _Unpacker)
            },
            transport=self.transport or deadline_transport(self._deadline),
        )

    def __enter__(self) -> PortalClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # --- URLs ------------------------------------------------------------------------------------

    def url_for(self, link: str) -> str:
        """A path, or a link the portal printed (any host), resolved by its path against our portal."""
        parts = urlsplit(link)
        path = parts.path.lstrip("/")
        base_path = urlsplit(self.base_url).path.lstrip("/")
        if base_path and path.startswith(base_path):
            path = path[len(base_path) :]
        url = urljoin(self.base_url, path)
        return url + (f"?{parts.query}" if parts.query else "")

    # --- the portal's endpoints ----------------------------------------------------------------

    def committees_json(self) -> Any:
        return self._json(self.get(COMMITTEES_PATH, self.policy.max_json_bytes))

    def meeting(self, meeting_id: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        return self.get(MEETING_PATH.format(id=meeting_id), self.policy.max_json_bytes, etag, last_modified)

    def bilag_pdf(self, bilag_id: str) -> bytes:
        fetched = self.get(BILAG_PATH.format(id=bilag_id), self.policy.max_pdf_bytes)
        if not fetched.data.lstrip()[:5] == b"%PDF-":
            raise PortalError(FailureKind.INVALID, "the bilag is not a PDF")
        return fetched.data

    @staticmethod
    def _json(fetched: Fetched) -> Any:
        try:
            return json.loads(fetched.data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise PortalError(FailureKind.INVALID, "the portal answered with invalid JSON") from None

    # --- requests ------------------------------------------------------------------------------

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise PortalError(FailureKind.CANCELLED, "cancelled")

    def _wait_turn(self) -> None:
        wait = self._last_request + self.policy.pause - time.monotonic()
        if wait > 0:
            self.sleep(wait)

    def get(self, path: str, max_bytes: int, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET with retries on transient failures; raises :class:`PortalError`."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        url = self.url_for(path)
        error: PortalError | None = None
        for attempt in range(self.policy.retries + 1):
            if attempt:
                self.sleep(self.policy.backoff * 2 ** (attempt - 1))
            self._check_cancel()
            self._wait_turn()
            try:
                return self._once(url, max_bytes, headers)
            except PortalError as err:
                if err.kind not in (FailureKind.UNREACHABLE, FailureKind.TIMEOUT, FailureKind.TRUNCATED) and not (
                    err.kind == FailureKind.HTTP and (err.status or 0) >= 500
                ):
                    raise
                error = err
            finally:
                self._last_request = time.monotonic()
        assert error is not None
        raise error

    def _once(self, url: str, max_bytes: int, headers: dict[str, str]) -> Fetched:
        import httpx  # loaded by __post_init__ already; named here for the exceptions below

        assert self._client is not None
        start = time.monotonic()
        self._deadline.deadline = start + self.policy.deadline
        for _hop in range(self.policy.max_redirects + 1):
            try:
                with self._client.stream("GET", url, headers=headers) as response:
                    if response.status_code in (301, 302, 303, 307, 308):
                        url = self._redirect_target(url, response.headers.get("location", ""))
                        continue
                    if response.status_code == 304:
                        return Fetched(
                            304, b"", response.headers.get("etag"), response.headers.get("last-modified"), url
                        )
                    if response.status_code >= 400:
                        raise PortalError(
                            FailureKind.HTTP, f"the portal answered HTTP {response.status_code}", response.status_code
                        )
                    data = self._read(response, max_bytes, start)
                    return Fetched(
                        response.status_code, data, response.headers.get("etag"),
                        response.headers.get("last-modified"), url,
                    )  # fmt: skip
            except httpx.TimeoutException:
                raise PortalError(FailureKind.TIMEOUT, "the portal did not answer in time") from None
            except (httpx.ConnectError, httpx.UnsupportedProtocol) as err:
                if "CERTIFICATE" in str(err).upper() or "SSL" in str(err).upper():
                    raise PortalError(FailureKind.UNREACHABLE, "the portal's certificate is not valid") from None
                raise PortalError(FailureKind.UNREACHABLE, "the portal cannot be reached") from None
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as err:
                raise PortalError(FailureKind.TRUNCATED, f"the connection broke off ({type(err).__name__})") from None
            except httpx.HTTPError as err:
                raise PortalError(
                    FailureKind.UNREACHABLE, f"the portal cannot be reached ({type(err).__name__})"
                ) from None
        raise PortalError(FailureKind.REDIRECT, "too many redirects")

    def _redirect_target(self, url: str, location: str) -> str:
        target = urljoin(url, location)
        if not location or _origin(target) != _origin(self.base_url):
            host = urlsplit(target).hostname or "?"
            raise PortalError(FailureKind.REDIRECT, f"the portal redirected to another host ({host}); not followed")
        return target

    def _read(self, response: httpx.Response, max_bytes: int, start: float) -> bytes:
        declared_text = response.headers.get("content-length")
        declared: int | None = None
        if declared_text is not None:
            try:
                declared = int(declared_text)
            except ValueError:
                declared = None
            if declared is not None and declared > max_bytes:
                raise _too_large(max_bytes)
        unpacker = _Unpacker(response.headers.get("content-encoding", ""), max_bytes)
        body = bytearray()
        received = 0
        for chunk in response.iter_raw():  # as the network delivers: cancel and limits act at once
            self._check_cancel()
            received += len(chunk)
            if received > max_bytes:
                raise _too_large(max_bytes)
            for piece in unpacker.feed(chunk):
                body += piece
            if time.monotonic() - start > self.policy.deadline:
                raise PortalError(FailureKind.TIMEOUT, "the portal did not answer in time")
        if declared is not None and received < declared:
            raise PortalError(FailureKind.TRUNCATED, "the answer was cut off")
        return bytes(body)
