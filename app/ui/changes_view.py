"""The window's "Ændringer": what a new version of a meeting changed, shown where the member reads.

* the item page opens with a box naming the change (new, withdrawn elsewhere, renumbered,
  changed sections, a decision that appeared; "ændret efter forberedelse" on a prepared item
  whose text changed later) and the word-level difference of the changed sections, insertions
  and deletions marked — every piece of document text escaped;
* Møde → Vis ændringer hides or shows that box (remembered for the session);
* the tree marks changed items (Δ after the title, the change in the tooltip);
* Møde → Versioner … lists the meeting's versions and shows an earlier one, read-only.

Signals: none; the window asks (:meth:`ChangesView.item_box`, :meth:`ChangesView.tree_marks`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QObject, QStringListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QListView, QTextBrowser, QVBoxLayout, QWidget

from app.model import AgendaItem
from app.model.annotation import ReadingState
from app.services.library import versions
from app.services.notes.annotations import AnnotationService
from app.services.workspace import Library
from app.ui.formatting import item_html, meeting_html

INSERT_STYLE = "background-color:#c8f0c8; color:#0b3d0b;"
DELETE_STYLE = "background-color:#ffd9d6; color:#6b0f0a; text-decoration:line-through;"
MAX_DIFF_CHARS = 40_000  # a huge rewrite is shown in part, with a note (the page stays quick)


class ChangesView(QObject):
    """Presents what changed; owns Møde → Vis ændringer and Møde → Versioner …."""

    def __init__(self, library: Library, annotations: AnnotationService, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.annotations = annotations
        self._window = window
        self.show_action = QAction(self)
        self.show_action.setObjectName("show_changes")
        self.show_action.setCheckable(True)
        self.show_action.setChecked(True)
        self.versions_action = QAction(self)
        self.versions_action.setObjectName("meeting_versions")
        self.dialog: QDialog | None = None
        self._shown: tuple[str, list[versions.Version], QTextBrowser | None] = ("", [], None)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_action.setText(self.tr("Vis ændringer"))
        self.show_action.setToolTip(self.tr("Vis, hvad en ny version af mødet ændrede i punktet"))
        self.versions_action.setText(self.tr("Versioner …"))

    # --- the item page -----------------------------------------------------------------------

    def item_box(self, meeting_id: str, item: AgendaItem) -> str:
        """The box over the item page ("" when nothing changed or the member hid it)."""
        if not self.show_action.isChecked():
            return ""
        item_id = f"{meeting_id}:{item.number}"
        annotation = self.annotations.get(item_id)
        touched = annotation.updated if annotation is not None and annotation.reading is not ReadingState.UNREAD else ""
        prepared = annotation is not None and annotation.reading is ReadingState.PREPARED
        news = versions.item_news(self.library, meeting_id, item.number, touched, prepared)
        if news is None:
            return ""
        change = news.change
        lines = []
        if "new" in change.kinds:
            lines.append(self.tr("Nyt punkt i denne version"))
        if change.from_number is not None:
            lines.append(self.tr("Nyt nummer: %1 → %2").replace("%1", escape(change.from_number))
                         .replace("%2", escape(change.number)))  # fmt: skip
        if "decided" in change.kinds:
            lines.append(self.tr("Beslutning tilføjet"))
        if "changed" in change.kinds:
            lines.append(self.tr("Ændret: %1").replace("%1", escape(", ".join(change.sections))))
        if news.after_preparation:
            after_preparation = self.tr("ændret efter forberedelse")
            lines.append(f"<b>{after_preparation}</b>")
        elif news.since_read:
            lines.append(self.tr("ændret siden du læste det"))
        diffs = []
        budget = MAX_DIFF_CHARS
        for diff in news.diffs:
            parts = []
            for op, text in diff.ops:
                shown = escape(text[:budget])
                budget -= len(text)
                if op == "insert":
                    parts.append(f"<span style='{INSERT_STYLE}'>{shown}</span>")
                elif op == "delete":
                    parts.append(f"<span style='{DELETE_STYLE}'>{shown}</span>")
                else:
                    parts.append(shown)
                if budget <= 0:
                    shortened = self.tr("… (forskellen er forkortet)")
                    parts.append(f" <i>{shortened}</i>")
                    break
            body = "".join(parts).replace("\n", "<br>")
            diffs.append(f"<p><b>{escape(diff.heading)}</b><br>{body}</p>")
            if budget <= 0:
                break
        title = self.tr("Ændringer")
        return (
            "<table class='changes' width='100%' cellpadding='8' cellspacing='0' "
            "style='background-color:#fff8e1; border:1px solid #e0c46c;'><tr><td>"
            f"<b>{title}</b> · {' · '.join(lines)}{''.join(diffs)}</td></tr></table><p></p>"
        )

    # --- the tree ----------------------------------------------------------------------------

    def tree_marks(self) -> dict[str, str]:
        """Item id → what changed in its meeting's newest version (the tree's Δ and tooltip)."""
        marks: dict[str, str] = {}
        for record in self.library.meetings():
            for number, kinds in versions.meeting_marks(self.library, record.meeting_id).items():
                marks[f"{record.meeting_id}:{number}"] = self._label(kinds)
        return marks

    def _label(self, kinds: list[str]) -> str:
        words = {"new": self.tr("nyt punkt"), "renumbered": self.tr("nyt nummer"), "changed": self.tr("ændret"),
                 "decided": self.tr("beslutning tilføjet"), "withdrawn": self.tr("udgået")}  # fmt: skip
        return ", ".join(words[k] for k in kinds if k in words)

    # --- Møde → Versioner … -------------------------------------------------------------------

    def open_versions(self, meeting_id: str | None) -> None:
        """A dialog listing the meeting's versions; the chosen one is shown read-only."""
        if not meeting_id or self.library.record(meeting_id) is None:
            return
        history = versions.history(self.library, meeting_id)
        dialog = QDialog(self._window)
        dialog.setObjectName("versions_dialog")
        dialog.setWindowTitle(self.tr("Versioner af mødet"))
        labels = {"agenda": self.tr("Dagsorden"), "revised-agenda": self.tr("Rettet dagsorden"),
                  "supplement": self.tr("Supplerende dagsorden"), "minutes": self.tr("Referat"),
                  "revised-minutes": self.tr("Rettet referat"), "extract": self.tr("Uddrag"),
                  "item": self.tr("Et punkts eget dokument")}  # fmt: skip
        rows = [f"{v.number}. {labels.get(v.label, v.label)} — {v.source_name} · {v.imported_at[:16].replace('T', ' ')}"
                for v in history]  # fmt: skip
        model = QStringListModel(rows, dialog)
        listing = QListView(dialog)
        listing.setObjectName("versions")
        listing.setModel(model)
        listing.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        page = QTextBrowser(dialog)
        page.setObjectName("version_page")
        page.setOpenLinks(False)

        self._shown = (meeting_id, history, page)
        listing.selectionModel().currentRowChanged.connect(self._on_versions_current_row_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        row = QHBoxLayout()
        row.addWidget(listing, 1)
        row.addWidget(page, 3)
        layout = QVBoxLayout(dialog)
        layout.addLayout(row)
        layout.addWidget(buttons)
        dialog.resize(1000, 640)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        listing.setCurrentIndex(model.index(len(rows) - 1, 0))
        self.dialog = dialog
        dialog.destroyed.connect(self._on_dialog_destroyed)
        dialog.open()

    def _on_versions_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Show the chosen version, read-only: the meeting page and every item page."""
        meeting_id, history, page = self._shown
        if page is None or not 0 <= current.row() < len(history):
            return
        number = history[current.row()].number
        meeting = versions.version_meeting(self.library, meeting_id, number)
        if meeting is None:
            page.setPlainText(self.tr("Denne version er ikke gemt."))
            return
        note = escape(self.tr("Version %1 — kun til læsning").replace("%1", str(number)))
        parts = [f"<p><i>{note}</i></p>", meeting_html(meeting, "")]
        parts += [item_html(meeting, item) for item in meeting.items]
        page.setHtml("<hr>".join(parts))

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None
