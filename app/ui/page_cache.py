"""Rendered pages kept for painting: the page view's and the thumbnails' own caches.

A page is keyed by (document key, page index, pixel width); the document key is the path,
with the member's turn appended when the document is turned, so each turn has its own images.
The least recently used images go first once the cache holds more bytes than its limit.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtGui import QImage

CACHE_BYTES = 160 * 1024 * 1024


def document_key(path: str, rotation: int) -> str:
    """The cache's name for a document shown at a turn (unturned: the path alone)."""
    return f"{path}#{rotation}" if rotation else path


class PageCache:
    """Rendered pages, least recently used dropped first, bounded in bytes."""

    def __init__(self, limit: int = CACHE_BYTES) -> None:
        self._images: OrderedDict[tuple[str, int, int], QImage] = OrderedDict()
        self._bytes = 0
        self.limit = limit

    def put(self, key: tuple[str, int, int], image: QImage) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._images[key] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > self.limit and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self._bytes -= dropped.sizeInBytes()

    def get(self, key: tuple[str, int, int]) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def any_width(self, path: str, index: int) -> QImage | None:
        """Some rendering of the page at another zoom, painted scaled until the right one comes."""
        best = None
        for (p, i, _w), image in self._images.items():
            if p == path and i == index and (best is None or image.width() > best.width()):
                best = image
        return best

    def __len__(self) -> int:
        return len(self._images)
