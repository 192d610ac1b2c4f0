"""Placér bilag: which item each bilag belongs to, with the bilag open beside the list to check it.

After an import whose bilag could not all be linked with confidence (and from Møde → Placér
bilag … at any time) the member sees one row per bilag: its whole name (wrapped, never cut),
its page count, a *Vis* button, and a choice of item with the matcher's guesses first, best
first. The best guess is chosen in advance only when it leads the next clearly
(:func:`app.services.library.bilag.clear_guess`); otherwise the row starts at "vælg punkt" and
OK waits until the member has chosen — a close call is the member's, never a silent default.

The preview is the page view the Original tab uses, with a renderer of its own: the PDF is
opened by the sandboxed renderer child (started when the first bilag is shown, stopped when the
dialog closes), never in this process.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.model import AgendaItem
from app.services.library.bilag import BilagRecord, BilagStore, clear_guess
from app.services.workspace import Library
from app.ui.bilag_view import pages_label
from app.ui.formatting import long_date
from app.ui.page_view import PageView

NAME_MIN_WIDTH = 160  # the name column never narrower than this
COMBO_MIN_CHARS = 24  # an item title of 110 characters must not claim the name's room
ZWSP = "\u200b"  # a break opportunity that shows nothing: file names wrap at "_" and "."
Guesses = dict[str, list[tuple[str, float]]]  # bilag sha256 → (item number, score), best first


def wrappable(name: str) -> str:
    """``name`` with invisible break opportunities after "_" and "." (a hyphen already is one)."""
    return name.replace("_", "_" + ZWSP).replace(".", "." + ZWSP)


class BilagName(QLabel):
    """A bilag's whole name, wrapped over as many lines as it needs (never elided); plain text."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(wrappable(name), parent)
        self.full_text = name
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setToolTip(name)
        self.setMinimumWidth(NAME_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def shown_text(self) -> str:
        """What the member reads (without the invisible break opportunities)."""
        return self.text().replace(ZWSP, "")


class BilagLinkDialog(QDialog):
    """One row per bilag: which item it belongs to (or none yet), and the bilag itself beside the list."""

    def __init__(self, library: Library, store: BilagStore, meeting_id: str, records: list[BilagRecord],
                 guesses: Guesses, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.library, self.store, self.meeting_id = library, store, meeting_id
        self.records = records
        self._guesses = guesses
        self.boxes: list[QComboBox] = []
        self.names: list[BilagName] = []
        self.show_buttons: list[QPushButton] = []
        self._undecided: set[int] = set()  # rows that start at "vælg punkt": OK waits for a choice
        self._setup_ui()
        self._connect_signals()
        self._update_ok()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Placér bilag"))
        self.resize(980, 620)
        record = self.library.record(self.meeting_id)
        heading = QLabel(f"{record.committee or ''} · {long_date(record.date)}" if record else "")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setStyleSheet("font-weight: 600;")
        intro = QLabel(self.tr("Vælg for hvert bilag det punkt, det hører til. Forslagene står øverst, bedste "
                               "først; et forslag er kun valgt på forhånd, når det er klart bedre end det næste. "
                               "Vis åbner bilaget til højre."))  # fmt: skip
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(4)
        items = self.library.meeting(self.meeting_id).items if record else []
        for row, stored in enumerate(self.records):
            box = self._item_box(row, stored, items)
            name = BilagName(stored.name)
            name.setBuddy(box)
            pages = QLabel(pages_label(stored.pages))
            pages.setTextFormat(Qt.TextFormat.PlainText)
            pages.setStyleSheet("color: #5a6675;")
            show = QPushButton(self.tr("Vis"))
            show.setAutoDefault(False)  # Enter is OK's, never "show"
            show.setToolTip(self.tr("Vis bilaget til højre"))
            show.setAccessibleName(self.tr("Vis %1").replace("%1", stored.name))
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setStyleSheet("color: #d5dae0;")
            top = 3 * row
            grid.addWidget(name, top, 0)
            grid.addWidget(pages, top, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(show, top, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(box, top + 1, 0, 1, 3)
            grid.addWidget(line, top + 2, 0, 1, 3)
            self.names.append(name)
            self.boxes.append(box)
            self.show_buttons.append(show)
        grid.setRowStretch(3 * len(self.records), 1)
        body = QWidget()
        body.setLayout(grid)
        self.rows_area = QScrollArea()
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # names wrap instead
        self.rows_area.setWidget(body)
        self.preview = PageView()
        self.preview.external_button.hide()  # a check beside the list; the Original tab has the rest
        self.preview.set_documents([(r.name, str(self.store.path(r))) for r in self.records])
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.rows_area, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([540, 430])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

    def _item_box(self, row: int, stored: BilagRecord, items: list[AgendaItem]) -> QComboBox:
        """The item choice: the guesses first, best first; the best chosen only when it leads clearly."""
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(COMBO_MIN_CHARS)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        box.setAccessibleName(stored.name)
        numbers = {i.number for i in items}
        choices = [(n, s) for n, s in self._guesses.get(stored.sha256, []) if n in numbers]
        ranked = [n for n, _s in choices]
        guess = clear_guess(choices)
        if not stored.item_number and not guess:
            box.addItem(self.tr("— vælg punkt —"), "")
            self._undecided.add(row)
        box.addItem(self.tr("— ikke placeret —"), "")
        for number in ranked + [i.number for i in items if i.number not in ranked]:
            item = next(i for i in items if i.number == number)
            marker = "★ " if number == guess else ("? " if number in ranked else "")
            box.addItem(f"{marker}{item.number}. {item.title}"[:110], item.number)
            box.setItemData(box.count() - 1, f"{item.number}. {item.title}", Qt.ItemDataRole.ToolTipRole)
        current = stored.item_number or guess
        box.setCurrentIndex(box.findData(current) if current else 0)
        return box

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for box in self.boxes:
            box.currentIndexChanged.connect(self._on_box_current_index_changed)
        for button in self.show_buttons:
            button.clicked.connect(self._on_show_button_clicked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.records and not self.preview.current_path():
            self.show_bilag(min(self._undecided, default=0))

    def show_bilag(self, row: int) -> None:
        """Open row ``row``'s bilag in the preview, at its first page."""
        if 0 <= row < len(self.records):
            self.preview.show_document(str(self.store.path(self.records[row])), 1)

    def _on_show_button_clicked(self) -> None:
        button = self.sender()
        rows = [row for row, b in enumerate(self.show_buttons) if b is button]
        if rows:
            self.show_bilag(rows[0])

    def _on_box_current_index_changed(self, _index: int) -> None:
        self._update_ok()

    def waiting_rows(self) -> list[int]:
        """Rows still at "vælg punkt" (nothing chosen yet)."""
        return [row for row in sorted(self._undecided) if self.boxes[row].currentIndex() == 0]

    def _update_ok(self) -> None:
        waiting = self.waiting_rows()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not waiting)
        ok.setToolTip(self.tr("Vælg et punkt (eller “ikke placeret”) for hvert bilag først") if waiting else "")

    def done(self, result: int) -> None:
        self.preview.renderer.stop()  # the renderer's child ends with the dialog
        super().done(result)

    def apply(self) -> int:
        """Store the member's choices; returns how many links changed."""
        changed = 0
        for record, box in zip(self.records, self.boxes):
            number = str(box.currentData() or "")
            if number != record.item_number:
                self.store.relink(record, number)
                changed += 1
        return changed
