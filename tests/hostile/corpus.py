"""The hostile corpus, built at test time: every kind of file that once hurt the member.

``build(folder)`` writes the files and returns them by name. Sizes are chosen to prove each
limit quickly (the machine is shared), not to be as large as the real attacks were; the
``Limits`` the tests pass are scaled down the same way. Nothing here is downloaded or kept.
"""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from pathlib import Path

GOOD_MINUTES = """REFERAT Økonomiudvalget d. {date}

Punkt 1: Godkendelse af dagsorden

24/{n}

## Beslutning

Godkendt.

Punkt 2: Budget

24/{m}

## Sagsfremstilling

Forvaltningen fremlægger budgettet.
"""


def good_minutes(day: int) -> str:
    """A small valid referat; ``day`` makes each one a different meeting."""
    return GOOD_MINUTES.format(date=f"{day:02d}-03-2024", n=day * 10, m=day * 10 + 1)


# --- raw PDF writing (pypdf's writer would refuse or repair the hostile shapes) --------------


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered objects (1-based; object 1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, compressed: bool = False) -> bytes:
    extra = b" /Filter /FlateDecode" if compressed else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
PAGE_AT = (
    b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"
)
PAGE = PAGE_AT.replace(b"/Parent %d 0 R", b"/Parent 2 0 R")


def _text_content(lines: list[str]) -> bytes:
    body = b"BT /F1 11 Tf 60 780 Td 14 TL "
    for line in lines:
        escaped = line.encode("latin-1", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        body += b"(" + escaped + b") Tj T* "
    return body + b"ET"


def _one_page_pdf(content: bytes) -> bytes:
    """One page whose (compressed) content stream is ``content``."""
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        PAGE % (4, 5),
        _stream(content, compressed=True),
        FONT,
    ])  # fmt: skip


def _deflated(chunk: bytes, times: int, level: int) -> bytes:
    packer = zlib.compressobj(level)
    return b"".join(packer.compress(chunk) for _ in range(times)) + packer.flush()


def bomb_pdf(expanded_mb: int = 200) -> bytes:
    """One page whose content stream inflates from ~200 KB to ``expanded_mb`` MB of spaces."""
    return _one_page_pdf(_deflated(b" " * (1024 * 1024), expanded_mb, 9))


def many_pages_pdf(pages: int) -> bytes:
    """``pages`` pages sharing one small content stream: cheap to write, costly to read."""
    first = 5
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        _stream(_text_content(["Side med tekst, der gentages", "Punkt 1: Intet"])),
        FONT,
    ]
    objects += [PAGE % (3, 4)] * pages
    return _pdf(objects)


def many_operators_pdf(operators: int) -> bytes:
    """One page with ``operators`` path operators (compressed, so the file stays small)."""
    return _one_page_pdf(_deflated(b"0 0 m " * 100_000, max(1, operators // 100_000), 6))


def deep_tree_pdf(depth: int) -> bytes:
    """A page tree ``depth`` levels deep (each /Pages node has one /Pages kid)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        parent = b" /Parent %d 0 R" % (number - 1) if level else b""
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (number + 1, parent))
    page_number = 2 + depth
    objects.append(PAGE_AT % (page_number - 1, page_number + 1, page_number + 2))
    objects.append(_stream(_text_content(["Punkt 1: Dybt"])))
    objects.append(FONT)
    return _pdf(objects)


def slow_pdf(path: Path) -> Path:
    """A file that keeps a parser busy for seconds (30,000 pages: ~12 s CPU), to be stopped by a test."""
    path.write_bytes(many_pages_pdf(30_000))
    return path


def many_items_text(items: int) -> str:
    head = "REFERAT Økonomiudvalget d. 05-05-2024\n\n"
    return head + "".join(f"Punkt {n}: Sag nummer {n}\n\n24/{n}\n\nGodkendt.\n\n" for n in range(1, items + 1))


@dataclass(frozen=True)
class Corpus:
    """The built files: hostile ones by name, and the good ones that must import beside them."""

    hostile: dict[str, Path]
    good: list[Path]


def build(folder: Path, *, scale: float = 1.0) -> Corpus:
    """Write the corpus into ``folder``; ``scale`` shrinks the expensive files further."""
    folder.mkdir(parents=True, exist_ok=True)
    hostile: dict[str, Path] = {}

    def put(name: str, data: bytes | str) -> None:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        hostile[name] = path

    put("bombe.pdf", bomb_pdf(int(200 * scale) or 1))
    put("mange-sider.pdf", many_pages_pdf(int(10_000 * scale) or 1))
    put("mange-operatorer.pdf", many_operators_pdf(int(10_000_000 * scale) or 100_000))
    put("dybt-sidetrae.pdf", deep_tree_pdf(int(5_000 * scale) or 10))
    put("prikker.txt", "REFERAT Økonomiudvalget d. 05-05-2024\n\nPunkt 1: Prikker " + "." * int(1_000_000 * scale))
    put("tabulatorer.txt", "REFERAT Økonomiudvalget d. 05-05-2024\n\nPunkt 1: Tab" + "\tx" * int(4_000 * scale))
    put("utf16-ulige.txt", b"\xff\xfe" + "REFERAT Økonomiudvalget".encode("utf-16-le") + b"\x00")
    put("ugyldig-utf8.txt", b"REFERAT \xc3\x98konomiudvalget d. 05-05-2024\n\nPunkt 1: \xff\xfe\xfd Sag\n")
    put("binaer.pdf.txt", os.urandom(4096))
    put("tom.pdf", b"")
    put("afkortet.pdf", bomb_pdf(1)[:300])
    put("mange-punkter.txt", many_items_text(int(50_000 * scale) or 100))
    html_titles = many_items_text(int(2_000 * scale) or 10).replace("Sag nummer 7\n", '<img src="/dev/zero"> X\n')
    put("html-titler.txt", html_titles)
    fifo = folder / "fifo.pdf"
    os.mkfifo(fifo)
    hostile["fifo.pdf"] = fifo
    zero = folder / "nul.pdf"
    zero.symlink_to("/dev/zero")
    hostile["nul.pdf"] = zero
    big = folder / "for-stor.pdf"
    with big.open("wb") as fh:  # sparse: over the size cap without writing it
        fh.truncate(64 * 1024 * 1024)
    hostile["for-stor.pdf"] = big

    good = []
    for day, name in enumerate(["god-1.txt", '<img src="x.png"> titel.txt', "r\u202efdp.exe.txt"], start=1):
        path = folder / name
        text = good_minutes(day)
        if day == 2:
            text = text.replace("Punkt 2: Budget", 'Punkt 2: <img src="/dev/zero"> X')
        path.write_text(text, encoding="utf-8")
        good.append(path)
    return Corpus(hostile, good)


def heavy_text_pdf(pages: int = 2_000, operators: int = 200_000) -> bytes:
    """``pages`` pages sharing one compressed text stream of ``operators`` text operators.

    Small on disk (a few hundred KB), but every page's text extraction walks the whole stream:
    seconds of pypdf per page, hours for the document — the bilag that hung search and sync.
    """
    content = b"BT /F1 11 Tf 60 780 Td " + b"(ord ) Tj " * operators + b"ET"
    first = 5
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        _stream(zlib.compress(content, 9), compressed=True),
        FONT,
    ]
    objects += [PAGE % (3, 4)] * pages
    return _pdf(objects)
