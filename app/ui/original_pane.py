"""The centre of the window: the structured item view and, one tab over, the original's pages.

The page view follows the selection: moving to another item moves the original to the page
where that item's heading stands (the heading itself is marked). It is only brought up to
date while it is shown, so reading the structure costs nothing. The system's PDF viewer stays
available as an extra; when there is none, the window says so instead of failing silently.

Signals: ``message_posted(str)`` — a one-line message for the status bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QTabWidget, QWidget

from app.model import AgendaItem
from app.model.annotation import MAX_QUOTE_CHARS, Highlight, TextQuote
from app.services.library.bilag import ITEM_PDF, BilagRecord, bilag_store
from app.services.notes.annotations import AnnotationService
from app.services.notes.operations import HIGHLIGHT_COLOR
from app.services.pages import PageRenderer, original_of_item
from app.services.workspace import Library
from app.ui.bilag_view import bilag_html, pages_label, pair_records
from app.ui.item_view import ItemView
from app.ui.messages import no_viewer_message
from app.ui.page_view import PageView

PRESTART_MS = 2500


def open_in_system_viewer(path: Path | str, page: int = 0) -> bool:
    """Ask the desktop to open a file (at a page where the viewer understands ``#page=N``)."""
    url = QUrl.fromLocalFile(str(path))
    if page > 0 and str(path).lower().endswith(".pdf"):
        url.setFragment(f"page={page}")
    return bool(QDesktopServices.openUrl(url))


class OriginalPane(QTabWidget):
    """Tabs "Punkt" (the item view) and "Original" (the page view)."""

    message_posted = Signal(str)

    def __init__(self, library: Library, item_view: ItemView, annotations: AnnotationService | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.library = library
        self.annotations = annotations
        self.bilag = bilag_store(library.profile)
        self.item_view = item_view
        self.renderer = PageRenderer(self)
        self.page_view = PageView(self.renderer)
        self._selected = ""
        self._shown = ""  # the selection the page view was last brought to
        self._painted_path = ""
        self._hit_words: list[str] = []  # the last search's words, marked on the original too
        self._item_page = 1  # where the selected item's heading stands in the meeting's original
        self._prestart = QTimer(self)
        self._prestart.setSingleShot(True)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setDocumentMode(True)
        self.addTab(self.item_view, "")
        self.addTab(self.page_view, "")
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.setTabText(0, self.tr("Punkt"))
        self.setTabText(1, self.tr("Original"))
        self.setTabToolTip(1, self.tr("Den oprindelige PDF ved punktets side (Ctrl+Shift+O)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the language was switched while open
            self._retranslate_ui()
            if hasattr(self, "bilag"):
                self._update_documents()  # "Mødets dokument", "Bilag: …" in the new language
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        # The renderer's child starts once the window has settled, so that the first original
        # or bilag opened shows at once (a cold start costs ~0.3 s) without slowing start-up.
        self._prestart.timeout.connect(self.renderer.start)
        self._prestart.start(PRESTART_MS)
        self.currentChanged.connect(self._on_current_changed)
        self.page_view.external_requested.connect(self._on_page_view_external_requested)
        self.page_view.page_changed.connect(self._on_page_view_page_changed)
        self.page_view.quote_selected.connect(self._on_page_view_quote_selected)
        self.page_view.page_note_requested.connect(self._on_page_view_page_note_requested)
        if self.annotations is not None:
            self.annotations.changed.connect(self._on_annotations_changed)

    # --- used by the window -----------------------------------------------------------------

    def original_shown(self) -> bool:
        return self.currentWidget() is self.page_view

    def set_selection(self, some_id: str) -> None:
        """The tree's selection changed (an item id or a meeting id)."""
        self._selected = some_id
        if self.original_shown():
            self._sync()

    def refresh(self) -> None:
        """The item's documents changed (bilag placed): offer them anew."""
        self._shown = ""
        if self.original_shown():
            self._sync()

    def show_original(self) -> None:
        self.setCurrentWidget(self.page_view)

    def rendering(self) -> bool:
        """Pages of the shown original are still on their way (offscreen screenshots wait)."""
        return self.original_shown() and self.renderer.pending() > 0

    def toggle_original(self) -> None:
        """Ctrl+Shift+O: from the item to its original page and back."""
        self.setCurrentWidget(self.item_view if self.original_shown() else self.page_view)

    def show_pdf(self, path: Path | str | None, page: int, find: list[str] | None = None) -> None:
        """Show any PDF (a bilag, a search hit) in the page view."""
        if self._shown != self._selected:
            self._shown = self._selected
            self._update_documents()
        self.setCurrentWidget(self.page_view)
        self.page_view.show_document(path, page, find)

    def open_bilag(self, sha256: str, page: int = 1, find: list[str] | None = None) -> bool:
        """Show a stored bilag at a page (an item page's link, a search hit); False if it is gone."""
        records = self.bilag.by_hash(sha256)
        if not records or not self.bilag.path(records[0]).exists():
            self.message_posted.emit(self.tr("Bilaget findes ikke længere i profilen."))
            return False
        self.show_pdf(self.bilag.path(records[0]), page, find)
        return True

    def open_bilag_quote(self, sha256: str, page: int, quote: str) -> None:
        """A bilag highlight activated in the notes panel: its page, the quote marked."""
        self.open_bilag(sha256, page, [quote] if quote.strip() else None)

    def open_link(self, target: str) -> bool:
        """An ``app:bilag/<sha256>[/<page>]`` link from the item page; False for other links."""
        parts = target.split("/")
        if len(parts) < 2 or parts[0] != "bilag":
            return False
        page = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
        self.open_bilag(parts[1], page)
        return True

    def bilag_section(self, meeting_id: str, item: AgendaItem) -> str:
        """The item page's list of bilag (stored ones as links, missing ones marked)."""
        records = self.bilag.for_item(meeting_id, item.number)
        on_disk = {r.sha256 for r in records if self.bilag.path(r).exists()}
        return bilag_html(item, records, on_disk)

    def _documents(self, meeting_id: str, number: str, source: Path | None) -> list[tuple[str, str]]:
        """The page view's document list for an item: its meeting's original, then its bilag."""
        documents = [(self.tr("Mødets dokument"), str(source))] if source is not None else []
        if not number:
            return documents
        item = next((i for i in self.library.meeting(meeting_id).items if i.number == number), None)
        records = self.bilag.for_item(meeting_id, number)
        listed, unlisted = pair_records(item, records) if item else ([], records)
        for own in (r for r in unlisted if r.origin == ITEM_PDF and self.bilag.path(r).exists()):
            label = self.tr("Punktets eget dokument (%1)").replace("%1", pages_label(own.pages))
            documents.append((label, str(self.bilag.path(own))))
        for name, _doc, record in listed:
            documents.append(self._bilag_entry(name, record))
        for record in (r for r in unlisted if r.origin != ITEM_PDF):
            documents.append(self._bilag_entry(record.name, record))
        return documents

    def _bilag_entry(self, name: str, record: BilagRecord | None) -> tuple[str, str]:
        if record is None or not self.bilag.path(record).exists():
            return self.tr("Bilag: %1 — mangler").replace("%1", name), ""
        label = self.tr("Bilag: %1 (%2)").replace("%1", name).replace("%2", pages_label(record.pages))
        return label, str(self.bilag.path(record))

    def zoom_in(self) -> None:
        """The window's Zoom actions act on whichever tab is shown."""
        self.page_view.zoom_in() if self.original_shown() else self.item_view.zoom_in()

    def zoom_out(self) -> None:
        self.page_view.zoom_out() if self.original_shown() else self.item_view.zoom_out()

    def reset_zoom(self) -> None:
        self.page_view.fit_width() if self.original_shown() else self.item_view.reset_zoom()

    def shutdown(self) -> None:
        self._prestart.stop()
        self.renderer.stop()

    # --- slots ------------------------------------------------------------------------------

    def _update_documents(self) -> tuple[Path | None, int, list[str]]:
        """Offer the selected item's original and bilag in the page view; returns where its heading is."""
        if not self._selected:
            self.page_view.set_documents([])
            return None, 1, []
        path, page, find = original_of_item(self.library, self._selected)
        meeting_id, _sep, number = self._selected.rpartition(":") if ":" in self._selected else (self._selected, "", "")
        self.page_view.set_documents(self._documents(meeting_id, number, path))
        return path, page, find

    def set_hit_words(self, words: list[str]) -> None:
        """The search's words to mark in the original as well (F3 steps through them there)."""
        self._hit_words = list(words)
        if self.original_shown() and self._selected == self._shown and self.page_view.current_path():
            self.page_view.mark_hits(self._hit_words, self._item_page)

    def _sync(self) -> None:
        if self._selected == self._shown:
            return
        self._shown = self._selected
        path, page, find = self._update_documents()
        self._item_page = page
        self.page_view.home = (str(path), page, find) if path is not None else None
        if path is None:
            self.page_view.show_message(
                self.tr("Mødet er importeret fra en tekstfil eller kildefilen findes ikke længere; "
                        "der er ingen sider at vise.")
            )  # fmt: skip
            return
        self.page_view.show_document(path, page, find)
        self.page_view.mark_hits(self._hit_words, page)

    def _on_current_changed(self, _index: int) -> None:
        if self.original_shown():
            self.renderer.start()
            self._sync()

    # --- notes and highlights on bilag pages ------------------------------------------------------

    def _bilag_sha(self, path: str) -> str:
        """The sha256 of a shown bilag of the selected item ("" for the meeting's own original)."""
        candidate = Path(path)
        if candidate.parent != self.bilag.root / "files" or ":" not in self._selected:
            return ""
        return candidate.stem

    def _item_highlights(self, sha: str) -> list[Highlight]:
        """The selected item's highlights in the bilag ``sha`` ("" for those on the item's own text)."""
        if self.annotations is None or ":" not in self._selected:
            return []
        annotation = self.annotations.get(self._selected)
        return [h for h in annotation.highlights if h.document == sha] if annotation else []

    def _painted_highlights(self, path: str) -> list[tuple[int, str, str]]:
        """What to paint on the shown PDF: a bilag's highlights at their page, or — on the meeting's
        original — the item's own highlights, found by their quote from the item's page on."""
        sha = self._bilag_sha(path)
        if sha:
            return [(h.page, h.quote.exact, h.color) for h in self._item_highlights(sha)]
        if self.page_view.home is not None and path == self.page_view.home[0]:
            return [(-self._item_page, h.quote.exact, h.color) for h in self._item_highlights("")]
        return []

    def _on_page_view_page_changed(self, path: str, _page: int) -> None:
        sha = self._bilag_sha(path)
        annotatable = bool(sha) and self.annotations is not None
        if annotatable != self.page_view.note_button.isVisible() or path != self._painted_path:
            self._painted_path = path
            self.page_view.set_annotatable(annotatable)
            self.page_view.set_highlights(path, self._painted_highlights(path))

    def _on_annotations_changed(self, _anchor: str) -> None:
        path = self.page_view.current_path()
        if path:
            self.page_view.set_highlights(path, self._painted_highlights(path))

    def _on_page_view_quote_selected(self, path: str, page: int, exact: str, prefix: str, suffix: str) -> None:
        sha = self._bilag_sha(path)
        if not sha or self.annotations is None:
            return
        quote = TextQuote(exact[:MAX_QUOTE_CHARS], prefix, suffix)
        if self.annotations.is_highlighted(self._selected, quote, sha, page):
            self.message_posted.emit(self.tr("Teksten er allerede markeret."))
            return
        label = self.tr("Kommentar (valgfri):\n“%1”").replace("%1", exact[:200])
        comment, ok = QInputDialog.getText(self, self.tr("Markering i bilag"), label)
        if ok:
            self.annotations.add_highlight(self._selected, quote, HIGHLIGHT_COLOR, comment.strip(), sha, page)

    def _on_page_view_page_note_requested(self, path: str, page: int) -> None:
        sha = self._bilag_sha(path)
        if not sha or self.annotations is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Note til bilagets side"),
                                                 self.tr("Note til side %1:").replace("%1", str(page)))  # fmt: skip
        if ok and text.strip():
            self.annotations.add_highlight(self._selected, TextQuote(""), HIGHLIGHT_COLOR, text.strip(), sha, page)

    def _on_page_view_external_requested(self, path: str, page: int) -> None:
        if not open_in_system_viewer(path, page):
            self.message_posted.emit(no_viewer_message())
