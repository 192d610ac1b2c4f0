"""The portal client's sockets: httpx's own transport on httpcore sockets that keep a deadline.

Kept apart from :mod:`app.services.portal.client` so that httpx and httpcore (about a tenth of
a second to import) are loaded when the first portal request is made, not while the window
starts (issue #20: start-up no slower than the release before).
"""

from __future__ import annotations

import math
import time
from typing import Any

import httpcore
import httpx

# --- the deadline under every socket operation -------------------------------------------------------


class DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write waits at most what is left of the request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, backend: DeadlineBackend) -> None:
        self._inner = inner
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._backend.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._backend.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:  # fmt: skip
        left = self._backend.left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, left), self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own sockets, with the per-request deadline applied to each operation.

    httpx's timeouts are per operation: a server sending one byte a second never trips a
    3-second read timeout. Here each operation gets ``min(its timeout, time left)``, so the
    deadline holds through connect, TLS, the status line, every header byte and the body.
    """

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self.deadline = math.inf

    def left(self, timeout: float | None, error: type[Exception]) -> float:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise error("the request's deadline passed")
        return remaining if timeout is None else min(timeout, remaining)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:  # fmt: skip
        left = self.left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_tcp(host, port, left, local_address, socket_options), self)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:  # fmt: skip
        left = self.left(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_unix_socket(path, left, socket_options), self)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_transport(backend: DeadlineBackend) -> httpx.HTTPTransport:
    """httpx's own transport (TLS verified, exceptions mapped) on sockets that keep the deadline."""
    transport = httpx.HTTPTransport(verify=True, retries=0)
    transport._pool = httpcore.ConnectionPool(  # the only way in for a network backend (httpx ≤ 0.29)
        ssl_context=httpx.create_ssl_context(verify=True), retries=0, network_backend=backend
    )
    return transport
