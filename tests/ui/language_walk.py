"""Walk every visible text of a window or dialog and find what speaks the other language.

Used by tests/ui/test_language_walk.py. Two oracles, neither tied to one dialog:

- the catalogue (``moedemappe_en.ts``): in English no visible text may be a Danish source
  that has another English text, and in Danish no visible text may be such an English text
  (whole texts, and their parts between " · " and line breaks; ``%1`` matches anything);
- a recording translator installed *under* ours and Qt's: it hears every lookup nothing
  translated. In Danish, a visible text that Qt looked up and nobody translated is Qt's
  English ("&Look in:"); in English, one of our texts looked up without an English entry
  (a ``tr(variable)`` lupdate never saw) is Danish left over.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressDialog,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.services.language import TRANSLATIONS

# Texts that are the same word in both languages, as Qt and we write them.
NEUTRAL = {"OK", "HTML:", "Computer", "Mødemappe", "PDF", "Markdown", "CSV", "Original", "Note", "Type", "Status"}
_PLACEHOLDER = re.compile(r"%(?:L?\d|n)")


def plain(text: str) -> str:
    """Without accelerator marks ("&Fil" → "Fil", "&&" → "&") and outer spaces."""
    return re.sub(r"&(&?)", r"\1", text).strip()


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in _PLACEHOLDER.sub("", text))


class _Side:
    """Texts of one language: exact ones, and those with placeholders as patterns."""

    def __init__(self) -> None:
        self.exact: dict[str, str] = {}
        self.patterns: list[tuple[re.Pattern[str], str]] = []

    def add(self, text: str, source: str) -> None:
        text = plain(text)
        if _letters(text) < 2 or text in NEUTRAL:
            return
        if _PLACEHOLDER.search(text):
            if _letters(text) < 3 and _PLACEHOLDER.match(text):
                return  # "%1 af %2" would match any title with "af" in it; "af %1" is kept
            parts = [re.escape(p) for p in _PLACEHOLDER.split(text)]
            self.patterns.append((re.compile("^" + "(.+?)".join(parts) + "$", re.S), source))
        else:
            self.exact[text] = source

    def find(self, text: str, patterns: bool = True) -> str | None:
        text = plain(text)
        if text in self.exact:
            return self.exact[text]
        if not patterns:
            return None
        return next((source for pattern, source in self.patterns if pattern.match(text)), None)


class Catalogue:
    """Our texts in both languages, from the .ts files ``make translations`` writes."""

    def __init__(self, folder: Path = TRANSLATIONS) -> None:
        self.danish, self.english = _Side(), _Side()
        self.contexts: set[str] = set()
        self.unfinished: list[str] = []
        self.same: set[str] = set()  # English as in Danish ("Tags", "Portal:"): nothing to translate
        for message, context in _messages(folder / "moedemappe_en.ts"):
            self.contexts.add(context)
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                self.unfinished.append(source)
                continue
            english = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            danish = [source, *_danish_forms(folder, source)]
            if [plain(t) for t in english] == [plain(source)]:
                self.same.add(plain(source))
            for text in english:
                if plain(text) not in {plain(d) for d in danish}:
                    self.english.add(text, source)
            for text in danish:
                if plain(text) not in {plain(e) for e in english}:
                    self.danish.add(text, source)
        self.contexts |= {c for _m, c in _messages(folder / "moedemappe_da.ts")
                          if not c.startswith("Q")}  # fmt: skip

    def foreign(self, text: str, language: str, patterns: bool = True) -> str | None:
        """The catalogue entry ``text`` (or a part of it) belongs to if it is in the other language.

        Without ``patterns`` only whole texts count (for the papers' own lines: "at der meddeles …"
        would pass for the English " at %1")."""
        side = self.danish if language == "en" else self.english
        if text.lstrip().startswith("<"):  # a rich-text tooltip: its lines
            text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>|</p>", "\n", text)))
        for part in {text, *re.split(r" · |\n", text)}:
            found = side.find(part, patterns)
            if found is not None and plain(part) not in (self.english if language == "en" else self.danish).exact:
                return found
        return None


_DANISH_FORMS: dict[str, list[str]] = {}


def _danish_forms(folder: Path, source: str) -> list[str]:
    if not _DANISH_FORMS:
        for message, _context in _messages(folder / "moedemappe_da.ts"):
            forms = [f.text or "" for f in message.iter("numerusform") if f.text]
            _DANISH_FORMS[message.findtext("source") or ""] = forms
        _DANISH_FORMS.setdefault("", [])
    return _DANISH_FORMS.get(source, [])


def _messages(ts: Path) -> list[tuple[ET.Element, str]]:
    root = ET.parse(ts).getroot()
    return [(m, c.findtext("name") or "") for c in root.iter("context") for m in c.iter("message")]


class Recorder(QTranslator):
    """Installed before the language's translators, so Qt asks it last: it hears only the
    lookups that nothing translated, and translates nothing itself."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: dict[str, set[str]] = {}

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        self.heard.setdefault(plain(source), set()).add(context)
        return None  # a null string: "not mine", the lookup falls back to the source

    def isEmpty(self) -> bool:
        return False


@dataclass
class Walk:
    """Every visible text of the widgets walked, with where it was found."""

    texts: list[tuple[str, str]] = field(default_factory=list)

    def add(self, where: str, text: object) -> None:
        if isinstance(text, str) and plain(text) and _letters(text) >= 2:
            self.texts.append((where, text))


def _name(widget: QWidget) -> str:
    top = widget.window()
    title = top.windowTitle() or type(top).__name__
    return f"{title} › {type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}"


def _menu_texts(walk: Walk, menu: QMenu, where: str) -> None:
    for action in menu.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        walk.add(f"{where} › {plain(action.text())}", action.text())
        walk.add(f"{where} › {plain(action.text())} (tip)", action.statusTip())
        if action.menu() is not None:
            _menu_texts(walk, action.menu(), f"{where} › {plain(action.text())}")


def _model_texts(walk: Walk, view: QAbstractItemView, where: str, limit: int = 400) -> None:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
    if header is not None and not header().isHidden():
        for column in range(model.columnCount()):
            walk.add(f"{where} (column)", model.headerData(column, Qt.Orientation.Horizontal))
    pending, seen = [QModelIndex()], 0
    while pending and seen < limit:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            seen += 1
            walk.add(f"{where} (row)", index.data(Qt.ItemDataRole.DisplayRole))
            walk.add(f"{where} (row tip)", index.data(Qt.ItemDataRole.ToolTipRole))
            if getattr(view, "isExpanded", None) is not None and view.isExpanded(index):  # type: ignore[attr-defined]
                pending.append(index)


def walk(top: QWidget, *, documents: tuple[QWidget, ...] = ()) -> Walk:
    """Every text a member can see or hear (tooltips, accessible names) in ``top``.

    The document views (``documents``: the item's text, a note's editor) hold the papers' own
    Danish; their placeholders are walked, their contents are not.
    """
    found = Walk()
    found.add(f"{top.windowTitle()} (title)", top.windowTitle())
    if isinstance(top, QMainWindow):
        _menu_texts(found, top.menuBar(), "menu")  # type: ignore[arg-type]
        found.add("status bar", top.statusBar().currentMessage())
    inside = {id(w) for d in documents for w in (d, *d.findChildren(QWidget))}
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        where = _name(widget)
        if id(widget) in inside:
            if isinstance(widget, (QTextEdit, QPlainTextEdit)):
                found.add(f"{where} (placeholder)", widget.placeholderText())
                if widget in documents and widget.isReadOnly():  # the page: our labels among the papers' lines
                    for line in widget.toPlainText().splitlines():
                        found.add(f"{where} (document)", line)
            continue
        found.add(f"{where} (tip)", widget.toolTip())
        found.add(f"{where} (accessible)", widget.accessibleName())
        found.add(f"{where} (accessible description)", widget.accessibleDescription())
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.add(where, widget.text())
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            found.add(f"{where} (placeholder)", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            found.add(where, widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                found.add(f"{where} (choice)", widget.itemText(i))
        if isinstance(widget, QAbstractSpinBox):
            found.add(where, widget.specialValueText())
            found.add(where, getattr(widget, "suffix", lambda: "")())
            found.add(where, getattr(widget, "prefix", lambda: "")())
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                found.add(f"{where} (tab)", widget.tabText(i))
                found.add(f"{where} (tab tip)", widget.tabToolTip(i))
        if isinstance(widget, QProgressDialog):
            found.add(where, widget.labelText())
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            _model_texts(found, widget, where)
        for action in widget.actions():
            if action.isVisible() and not action.isSeparator():
                found.add(f"{where} › {plain(action.text())}", action.text())
                found.add(f"{where} › {plain(action.text())} (tip)", action.toolTip())
    return found


def problems(found: Walk, language: str, catalogue: Catalogue, recorder: Recorder) -> list[str]:
    """Each visible text in the other language, as "where: text (why)"."""
    out = []
    for where, text in found.texts:
        if plain(text) in NEUTRAL or plain(text) in catalogue.same:
            continue
        entry = catalogue.foreign(text, language, patterns=language == "en" or not where.endswith("(document)"))
        if entry is not None:
            out.append(f"{where}: {text!r} (catalogue: {entry!r})")
            continue
        contexts = recorder.heard.get(plain(text), set())
        ours = contexts & catalogue.contexts
        if language == "da" and contexts and not ours:  # PySide's tr() also asks each base class
            out.append(f"{where}: {text!r} (Qt's English, no Danish in {sorted(contexts - catalogue.contexts)})")
        elif language == "en" and ours:
            out.append(f"{where}: {text!r} (no English in {sorted(ours)})")
    return sorted(set(out))
