"""A careful HTTP client for one FirstAgenda portal (httpx), for the background sync.

The network is treated as hostile: split connect/read timeouts and an overall deadline per
request; a few retries with exponential backoff on 5xx, timeouts, dropped connections and
truncated bodies (never on 4xx); size limits enforced while streaming, whatever
Content-Length claims; TLS verified; redirects followed only within the configured portal's
origin; one request at a time with a short pause between; a User-Agent that names the app.

Every link is resolved *by its path* against the portal URL the member configured, so a mirror
or a local test server behaves exactly like the real portal, and no other host is contacted.
Qt-free: it runs in the worker process and in the CLI.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from app import __version__ as APP_VERSION

if TYPE_CHECKING:
    import httpx

# httpx (with the command-line tools it loads) costs a fifth of a second to import: it is
# imported when a portal is first contacted, never while the window starts.

# Header values must be ASCII; "Moedemappe" is the app's name transliterated (ø → oe).
USER_AGENT = f"Moedemappe/{APP_VERSION} (Moedemappe desktop reader for committee papers; no telemetry)"
COMMITTEES_PATH = "api/agenda/udvalgsliste"
MEETING_PATH = "api/agenda/dagsorden/{id}"
BILAG_PATH = "Vis/Pdf/bilag/{id}"


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
    """ "dagsordener.greve.dk" → "https://dagsordener.greve.dk/" (always ends with a slash)."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PortalError(FailureKind.BAD_URL, f"not a portal address: {url}")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


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

    def __post_init__(self) -> None:
        import httpx

        self.base_url = normalise_portal_url(self.base_url)
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self._client = httpx.Client(
            timeout=timeout,
            verify=True,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json, application/pdf;q=0.9, */*;q=0.1"},
            transport=self.transport,
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
        import httpx  # already loaded by __post_init__: a dictionary lookup

        assert self._client is not None
        start = time.monotonic()
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
        declared = response.headers.get("content-length")
        if declared is not None:
            try:
                if int(declared) > max_bytes:
                    raise PortalError(FailureKind.TOO_LARGE, f"the answer is larger than {max_bytes // 1024} KiB")
            except ValueError:
                declared = None
        body = bytearray()
        for chunk in response.iter_bytes():  # as the network delivers: cancel and limits act at once
            self._check_cancel()
            body += chunk
            if len(body) > max_bytes:
                raise PortalError(FailureKind.TOO_LARGE, f"the answer is larger than {max_bytes // 1024} KiB")
            if time.monotonic() - start > self.policy.deadline:
                raise PortalError(FailureKind.TIMEOUT, "the portal did not answer in time")
        if declared is not None and "content-encoding" not in response.headers and len(body) < int(declared):
            raise PortalError(FailureKind.TRUNCATED, "the answer was cut off")
        return bytes(body)
