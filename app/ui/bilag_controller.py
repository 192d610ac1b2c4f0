"""Bilag in the Møde menu: place the bilag an import could not decide, and see what a meeting takes on disk.

After an import whose bilag could not all be linked with confidence, :class:`BilagLinkDialog`
opens with the undecided ones, each with the items ranked by how well they matched (the
best guess preselected). Møde → Placér bilag … opens the same dialog for the selected
meeting at any time — also to move a bilag the import placed wrongly. Møde → Egenskaber …
shows the meeting's documents and their disk use, including what removing it would free.

Signals: ``bilag_changed(str)`` — a meeting's bilag links changed (its id); ``reported(str)``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.library.bilag import BilagRecord, BilagStore, bilag_store, disk_use
from app.services.library.importer import ImportSummary
from app.services.workspace import Library
from app.ui.bilag_view import pages_label
from app.ui.formatting import long_date
from app.ui.main_actions import MainActions

NAME_MIN_WIDTH = 160  # a bilag name is never squeezed below this (the middle gives way first)
NAME_MAX_WIDTH = 360
COMBO_MIN_CHARS = 28  # an item title of 110 characters must not claim the name's room


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


class ElidedLabel(QLabel):
    """One line of plain text cut in the middle ("ballerup_sfu…SCANNED.pdf") to fit; the tooltip has all."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(text)
        self.setMinimumWidth(NAME_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._elide()

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self.full_text) + 6
        return QSize(max(NAME_MIN_WIDTH, min(width, NAME_MAX_WIDTH)), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(NAME_MIN_WIDTH, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), NAME_MIN_WIDTH) - 2
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, width))


class BilagLinkDialog(QDialog):
    """One row per bilag: which item it belongs to (or none yet)."""

    def __init__(self, library: Library, store: BilagStore, meeting_id: str, records: list[BilagRecord],
                 guesses: dict[str, list[str]], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.library, self.store, self.meeting_id = library, store, meeting_id
        self.records = records
        self._guesses = guesses
        self.boxes: list[QComboBox] = []
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Placér bilag"))
        self.resize(760, 420)
        record = self.library.record(self.meeting_id)
        intro = QLabel(self.tr("Vælg for hvert bilag det punkt, det hører til. Forslagene står øverst, bedste først."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        heading = QLabel(f"{record.committee or ''} · {record.date or ''}" if record else "")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        # A grid, not a QFormLayout: there a long item title in the combo box squeezed the
        # (word-wrapped) name column to nothing. Name, page count and item side by side.
        grid = QGridLayout()
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        self.names: list[ElidedLabel] = []
        items = self.library.meeting(self.meeting_id).items if record else []
        for row, stored in enumerate(self.records):
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(COMBO_MIN_CHARS)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            box.addItem(self.tr("— ikke placeret —"), "")
            ranked = [n for n in self._guesses.get(stored.sha256, []) if any(i.number == n for i in items)]
            ordered = ranked + [i.number for i in items if i.number not in ranked]
            for number in ordered:
                item = next(i for i in items if i.number == number)
                marker = "★ " if number in ranked[:1] else ""
                box.addItem(f"{marker}{item.number}. {item.title}"[:110], item.number)
            box.setCurrentIndex(max(0, box.findData(stored.item_number or (ranked[0] if ranked else ""))))
            name = ElidedLabel(stored.name)
            name.setBuddy(box)
            box.setAccessibleName(stored.name)
            pages = QLabel(pages_label(stored.pages))
            pages.setTextFormat(Qt.TextFormat.PlainText)
            pages.setStyleSheet("color: #5a6675;")
            grid.addWidget(name, row, 0)
            grid.addWidget(pages, row, 1)
            grid.addWidget(box, row, 2)
            self.names.append(name)
            self.boxes.append(box)
        grid.setRowStretch(len(self.records), 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def apply(self) -> int:
        """Store the member's choices; returns how many links changed."""
        changed = 0
        for record, box in zip(self.records, self.boxes):
            number = str(box.currentData() or "")
            if number != record.item_number:
                self.store.relink(record, number)
                changed += 1
        return changed


class MeetingPropertiesDialog(QDialog):
    """Møde → Egenskaber: the meeting's documents and what they take on disk."""

    def __init__(self, library: Library, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.meeting_id = library, meeting_id
        self.fields: dict[str, QLabel] = {}
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Mødets egenskaber"))
        record = self.library.record(self.meeting_id)
        use = disk_use(self.library, self.meeting_id)
        form = QFormLayout()
        kind = self.tr("Referat") if record and record.document_type == "referat" else self.tr("Dagsorden")
        rows = [
            ("committee", self.tr("Udvalg"), (record.committee or "") if record else ""),
            ("date", self.tr("Dato"), long_date(record.date) if record else ""),
            ("kind", self.tr("Dokument"), kind),
            ("items", self.tr("Punkter"), str(len(record.items)) if record else "0"),
            ("pages", self.tr("Sider"), str(record.page_count or "–") if record else "–"),
            ("source", self.tr("Kildefil"), size_text(use.source_bytes)),
            (
                "bilag",
                self.tr("Bilag"),
                self.tr("%1 dokumenter, %2")
                .replace("%1", str(use.bilag_count))
                .replace("%2", size_text(use.bilag_bytes)),
            ),
            (
                "item_documents",
                self.tr("Punkternes egne PDF'er"),
                self.tr("%1 dokumenter, %2")
                .replace("%1", str(use.item_documents))
                .replace("%2", size_text(use.item_document_bytes)),
            ),
            ("undecided", self.tr("Bilag uden punkt"), str(use.undecided)),
            ("freed", self.tr("Frigives ved fjernelse"), size_text(use.freed_bytes)),
        ]
        for key, label, value in rows:
            field = QLabel(value)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = field
            form.addRow(label + ":", field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class BilagController(QObject):
    """Signals: ``bilag_changed(str)``, ``reported(str)``."""

    bilag_changed = Signal(str)
    reported = Signal(str)

    def __init__(self, library: Library, actions: MainActions, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.store = bilag_store(library.profile)
        self._window = window
        self._meeting_id: str | None = None
        self.place_action = QAction(window)
        self.properties_action = QAction(window)
        self.retranslate()
        for action in (self.place_action, self.properties_action):
            actions.add_to_menu("meeting", action, retranslate=self.retranslate)
        self.place_action.triggered.connect(self._on_place_action_triggered)
        self.properties_action.triggered.connect(self._on_properties_action_triggered)
        self.dialog: QDialog | None = None

    def retranslate(self) -> None:
        """The actions' texts in the current language (also after a language switch)."""
        self.place_action.setText(self.tr("&Placér bilag …"))
        self.place_action.setStatusTip(self.tr("Knyt mødets bilag til deres punkter"))
        self.properties_action.setText(self.tr("&Egenskaber …"))
        self.properties_action.setStatusTip(self.tr("Mødets dokumenter og pladsforbrug"))

    def set_meeting(self, meeting_id: str | None) -> None:
        self._meeting_id = meeting_id
        for action in (self.place_action, self.properties_action):
            action.setEnabled(bool(meeting_id))

    def after_import(self, summary: ImportSummary) -> None:
        """Ask about the bilag the import could not place."""
        open_links = [b for b in summary.bilag if not b.item_number]
        if not open_links:
            return
        meeting_id = open_links[0].meeting_id
        guesses = {b.sha256: [n for n, _s in b.choices] for b in open_links if b.meeting_id == meeting_id}
        records = [r for r in self.store.for_meeting(meeting_id) if r.sha256 in guesses and not r.item_number]
        if records:
            self._open_dialog(meeting_id, records, guesses)

    def _open_dialog(self, meeting_id: str, records: list[BilagRecord], guesses: dict[str, list[str]]) -> None:
        dialog = BilagLinkDialog(self.library, self.store, meeting_id, records, guesses, self._window)
        dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_accepted(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, BilagLinkDialog):
            changed = dialog.apply()
            if changed:
                self.reported.emit(self.tr("%n bilag placeret", "", changed))
                self.bilag_changed.emit(dialog.meeting_id)

    def _on_place_action_triggered(self) -> None:
        if not self._meeting_id:
            return
        records = self.store.for_meeting(self._meeting_id)
        if not records:
            self.reported.emit(
                self.tr("Mødet har ingen bilag. Importér dem sammen med mødet (filer, mappe eller zip).")
            )
            return
        self._open_dialog(self._meeting_id, records, {})

    def _on_properties_action_triggered(self) -> None:
        if self._meeting_id:
            self.dialog = MeetingPropertiesDialog(self.library, self._meeting_id, self._window)
            self.dialog.open()
