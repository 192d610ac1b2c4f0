"""The right-hand panel: the member's note, stance, tags, follow-up and highlights for one item.

The note saves itself shortly after typing stops, when another item is selected, when the
window closes and before any other edit of the annotations (a tag, the reading state, undo …) —
there is no Save button to forget, and typed text is never overwritten by a reload.

Signals: ``highlight_requested(str)`` (a colour), ``highlight_activated(str)`` (an id).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QDate, QEvent, QPoint, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.annotation import (
    FOLLOW_UP_LABELS,
    STANCE_LABELS,
    Annotation,
    FollowUp,
    FollowUpStatus,
    ItemFingerprint,
    ReadingState,
    Stance,
)
from app.services.notes.annotations import AnnotationService
from app.ui.flow_layout import FlowLayout
from app.ui.formatting import label
from app.ui.meeting_tree_model import reading_icon, reading_label
from app.ui.plain import plain_label, plain_tooltip, visible_controls, visible_label

AUTOSAVE_MS = 700
CHIP_CHARS = 28  # a longer tag is cut with "…" on its chip (the tooltip has all of it)
HIGHLIGHT_COLORS = ["#fff176", "#a5d6a7", "#90caf9", "#f48fb1"]  # yellow, green, blue, red


class NoteEdit(QPlainTextEdit):
    """The note field: Tab and Shift+Tab leave it like any other field; Ctrl+Tab types a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_ctrl_tab(cast(QKeyEvent, event)):
            event.accept()  # ours, not a window shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_ctrl_tab(event):
            self.insertPlainText("\t")
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_ctrl_tab(event: QKeyEvent) -> bool:
        return event.key() == Qt.Key.Key_Tab and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class NotesPanel(QScrollArea):
    """Signals: ``highlight_requested(str)``, ``highlight_activated(str)``."""

    highlight_requested = Signal(str)
    highlight_activated = Signal(str)

    def __init__(self, service: AnnotationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.item_id: str | None = None
        self._loading = False
        self._unsaved = False  # the note field holds text the store does not have yet
        self._flushing = False
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self.detached: set[str] = set()
        self._setup_ui()
        self._connect_signals()
        self.set_item(None)

    # --- construction ------------------------------------------------------------------------

    def _heading(self, key: str) -> QLabel:
        label = plain_label(QLabel())  # our own translated words, set in retranslate
        label.setStyleSheet("color: #284b7a; margin-top: 8px; font-weight: bold;")
        self._headings[key] = label
        return label

    def _setup_ui(self) -> None:
        """Widgets without their texts: ``_retranslate_ui`` sets those (and again on a language switch)."""
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Everything wraps to the panel's width: a sideways scrollbar would hide the fields' ends.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._headings: dict[str, QLabel] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        self.title = plain_label(QLabel())  # the item title: document text
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        layout.addWidget(self.title)
        layout.addWidget(self._heading("reading"))
        self.reading = QComboBox()
        for state in (ReadingState.UNREAD, ReadingState.READ, ReadingState.PREPARED):
            self.reading.addItem(reading_icon(state), "", state.value)
        layout.addWidget(self.reading)
        layout.addWidget(self._heading("stance"))
        self.stance = QComboBox()
        for stance in STANCE_LABELS:
            self.stance.addItem("", stance.value)
        layout.addWidget(self.stance)
        layout.addWidget(self._heading("note"))
        self.note = NoteEdit()
        self.note.setMinimumHeight(170)
        layout.addWidget(self.note)
        self.saved_label = plain_label(QLabel())
        self.saved_label.setStyleSheet("color: #6b7785; font-size: 9pt;")
        layout.addWidget(self.saved_label)
        layout.addWidget(self._heading("tags"))
        self.chips = QWidget()
        self.chips_layout = FlowLayout(self.chips)
        layout.addWidget(self.chips)
        self.tag_input = QLineEdit()
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_input.setCompleter(self.completer)
        layout.addWidget(self.tag_input)
        layout.addWidget(self._heading("follow_up"))
        self.follow_status = QComboBox()
        for status in FOLLOW_UP_LABELS:
            self.follow_status.addItem("", status.value)
        self.follow_has_due = QCheckBox()
        self.follow_due = QDateEdit()
        self.follow_due.setCalendarPopup(True)
        self.follow_due.setDisplayFormat("dd-MM-yyyy")
        self.follow_due.setDate(QDate.currentDate().addDays(7))
        layout.addWidget(self.follow_status)
        row = QHBoxLayout()
        row.addWidget(self.follow_has_due)
        row.addWidget(self.follow_due, 1)
        layout.addLayout(row)
        self.follow_text = QLineEdit()
        layout.addWidget(self.follow_text)
        layout.addWidget(self._heading("highlights"))
        row = QHBoxLayout()
        self.highlight_color = QComboBox()
        for color in HIGHLIGHT_COLORS:
            self.highlight_color.addItem("", color)
        self.highlight_button = QPushButton()
        self.highlight_color_label = plain_label(QLabel())
        self.highlight_color_label.setBuddy(self.highlight_color)
        row.addWidget(self.highlight_color_label)
        row.addWidget(self.highlight_color, 1)
        layout.addLayout(row)
        layout.addWidget(self.highlight_button)
        self.highlights = QListWidget()
        self.highlights.setMinimumHeight(90)
        self.highlights.setWordWrap(True)
        self.highlights.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.highlights.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.highlights.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout.addWidget(self.highlights)
        self.delete_highlight_button = QPushButton()
        layout.addWidget(self.delete_highlight_button)
        layout.addStretch(1)
        self.setWidget(body)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        """Every text of the panel in the current language."""
        headings = {
            "reading": self.tr("Læsestatus"),
            "stance": self.tr("Holdning"),
            "note": self.tr("Noter"),
            "tags": self.tr("Tags"),
            "follow_up": self.tr("Opfølgning"),
            "highlights": self.tr("Markeringer"),
        }
        for key, text in headings.items():
            self._headings[key].setText(text)
        self.reading.setAccessibleName(headings["reading"])
        self.reading.setToolTip(self.tr("Et punkt bliver læst af sig selv, når du har haft det åbent et stykke tid"))
        for row in range(self.reading.count()):
            self.reading.setItemText(row, reading_label(ReadingState(self.reading.itemData(row))))
        for row in range(self.stance.count()):
            self.stance.setItemText(row, label(STANCE_LABELS[Stance(self.stance.itemData(row))]))
        self.stance.setAccessibleName(headings["stance"])
        self.note.setPlaceholderText(self.tr("Spørgsmål, synspunkter, hvad du vil sige på mødet …"))
        self.note.setAccessibleName(headings["note"])
        self.tag_input.setPlaceholderText(self.tr("Tilføj tag og tryk Enter"))
        for row in range(self.follow_status.count()):
            status = FollowUpStatus(self.follow_status.itemData(row))
            self.follow_status.setItemText(row, label(FOLLOW_UP_LABELS[status]))
        self.follow_has_due.setText(self.tr("Frist"))
        self.follow_text.setPlaceholderText(self.tr("fx: spørg forvaltningen om tallene for 2023"))
        for row, name in enumerate([self.tr("Gul"), self.tr("Grøn"), self.tr("Blå"), self.tr("Rød")]):
            self.highlight_color.setItemText(row, name)
        self.highlight_color_label.setText(self.tr("Farve"))
        self.highlight_button.setText(self.tr("Markér valgt tekst"))
        self.highlight_button.setToolTip(self.tr("Markér den tekst, du har valgt i punktet (Ctrl+M)"))
        self.delete_highlight_button.setText(self.tr("Slet markering"))
        if self.item_id is None:
            self.title.setText(self.tr("Vælg et punkt for at skrive noter"))
        else:
            self._reload()  # chips' tooltips, "Gemt", detached highlights

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.note.textChanged.connect(self._on_note_text_changed)
        self._autosave.timeout.connect(self.flush)
        self.stance.activated.connect(self._on_stance_activated)
        self.reading.activated.connect(self._on_reading_activated)
        self.tag_input.returnPressed.connect(self._on_tag_input_return_pressed)
        self.follow_status.activated.connect(self._on_follow_up_edited)
        self.follow_has_due.toggled.connect(self._on_follow_up_edited)
        self.follow_due.dateChanged.connect(self._on_follow_up_edited)
        self.follow_text.editingFinished.connect(self._on_follow_up_edited)
        self.highlight_button.clicked.connect(self._on_highlight_button_clicked)
        self.highlights.itemActivated.connect(self._on_highlights_item_activated)
        self.highlights.itemClicked.connect(self._on_highlights_item_activated)
        self.delete_highlight_button.clicked.connect(self._on_delete_highlight_button_clicked)
        self.service.change_requested.connect(self.flush)
        self.service.changed.connect(self._on_service_changed)
        self.service.tags_changed.connect(self._on_service_tags_changed)

    def tab_chain(self) -> list[QWidget]:
        """The panel's fields in the order Tab visits them."""
        return [self.reading, self.stance, self.note, self.tag_input, self.follow_status, self.follow_has_due,
                self.follow_due, self.follow_text, self.highlight_color, self.highlight_button, self.highlights,
                self.delete_highlight_button]  # fmt: skip

    # --- showing an item ---------------------------------------------------------------------

    def set_item(self, item_id: str | None, title: str = "") -> None:
        """Show the annotations of ``item_id`` (None: nothing selected); saves the previous note."""
        self.flush()
        self._unsaved = False  # what flush could not save stays with the item it was typed for
        self.item_id = item_id
        self.title.setText(visible_controls(title) or self.tr("Vælg et punkt for at skrive noter"))
        enabled = item_id is not None
        for widget in (self.reading, self.stance, self.note, self.tag_input, self.follow_status, self.follow_has_due,
                       self.follow_due, self.follow_text, self.highlight_button, self.highlights,
                       self.delete_highlight_button, self.highlight_color):  # fmt: skip
            widget.setEnabled(enabled)
        self._reload()
        self._on_service_tags_changed()

    def _reload(self) -> None:
        annotation = self.service.get(self.item_id) if self.item_id else None
        annotation = annotation or Annotation("", "", ItemFingerprint("", ""))
        self._loading = True
        try:
            # An imported note's bidi override (U+202E …) is shown as ⟨RLO⟩, as everywhere in the
            # window, never obeyed: the editor shows what is stored, not a reversed line.
            if not self._unsaved and self.note.toPlainText() != visible_controls(annotation.note):
                self.note.setPlainText(visible_controls(annotation.note))  # typed, unsaved text is never overwritten
            self.stance.setCurrentIndex(max(0, self.stance.findData(annotation.stance.value)))
            self.reading.setCurrentIndex(max(0, self.reading.findData(annotation.reading.value)))
            follow = annotation.follow_up
            self.follow_status.setCurrentIndex(max(0, self.follow_status.findData(follow.status.value)))
            self.follow_has_due.setChecked(bool(follow.due))
            self.follow_due.setEnabled(self.item_id is not None and bool(follow.due))
            if follow.due:
                self.follow_due.setDate(QDate.fromString(follow.due, "yyyy-MM-dd"))
            self.follow_text.setText(follow.text)
            self._show_chips(annotation.tags)
            self._show_highlights(annotation)
            if not self._unsaved:
                saved = self.tr("Gemt") + f" {annotation.updated[11:16]}" if annotation.updated else ""
                self.saved_label.setText(saved)
        finally:
            self._loading = False

    def set_detached(self, highlight_ids: set[str]) -> None:
        """Mark highlights whose text is no longer found in the item (listed, not drawn)."""
        if highlight_ids != self.detached:
            self.detached = set(highlight_ids)
            self._reload()

    def current_highlight_color(self) -> str:
        return str(self.highlight_color.currentData())

    def _show_chips(self, tags: list[str]) -> None:
        while self.chips_layout.count():
            taken = self.chips_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        colors = self.service.tag_colors()
        for tag in tags:
            chip = QToolButton()
            # A tag an older release stored may hold ESC, NUL, a newline or RLO: shown by name, never obeyed.
            shown = tag if len(tag) <= CHIP_CHARS else tag[: CHIP_CHARS - 1] + "…"
            chip.setText(f"{visible_label(shown)}  ✕".replace("&", "&&"))  # "&" would be a mnemonic
            hint = self.tr("Klik for at fjerne; højreklik for farve og omdøbning")
            chip.setToolTip(plain_tooltip(f"{visible_label(tag)}\n{hint}"))
            color = QColor(colors.get(tag, "#1e88e5"))
            chip.setStyleSheet(
                f"QToolButton {{ background: {color.name()}; color: white; border-radius: 9px; padding: 2px 8px; }}"
            )
            chip.setProperty("tag", tag)
            chip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            chip.clicked.connect(self._on_chip_clicked)
            chip.customContextMenuRequested.connect(self._on_chip_context_menu_requested)
            self.chips_layout.addWidget(chip)

    def _show_highlights(self, annotation: Annotation) -> None:
        self.highlights.clear()
        for h in annotation.highlights:
            excerpt = h.quote.exact if len(h.quote.exact) < 90 else h.quote.exact[:87] + "…"
            text = f"“{excerpt}”" + (f"\n— {h.comment}" if h.comment else "")
            if h.document:  # on a bilag page: say where (a page note has no quote)
                where = self.tr("Bilag, side %1").replace("%1", str(h.page))
                text = f"{where}: " + (f"“{excerpt}”" if excerpt else "") + (f"\n— {h.comment}" if h.comment else "")
            if h.highlight_id in self.detached:
                text += "\n" + self.tr("(findes ikke længere i teksten)")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, h.highlight_id)
            entry.setBackground(QColor(h.color))
            entry.setForeground(QColor("#1d2733"))
            self.highlights.addItem(entry)

    # --- saving ------------------------------------------------------------------------------

    def flush(self) -> None:
        """Save the note now if it changed (autosave, item switch, quit, before any other edit)."""
        self._autosave.stop()
        if self.item_id is None or self._flushing:
            return
        current = self.service.get(self.item_id)
        text = self.note.toPlainText()
        if visible_controls(current.note if current else "") != text:  # as shown: opening a note changes nothing
            self._flushing = True  # set_note asks for pending text to be saved: that is this
            try:
                self.service.set_note(self.item_id, text)
            finally:
                self._flushing = False
            current = self.service.get(self.item_id)
        self._unsaved = visible_controls(current.note if current else "") != text

    def _on_note_text_changed(self) -> None:
        if not self._loading and self.item_id is not None:
            self._unsaved = True
            self.saved_label.setText(self.tr("Ikke gemt endnu …"))
            self._autosave.start()

    def _on_stance_activated(self, index: int) -> None:
        if self.item_id is not None:
            self.service.set_stance(self.item_id, Stance(self.stance.itemData(index)))

    def _on_reading_activated(self, index: int) -> None:
        if self.item_id is not None:
            self.service.set_reading(self.item_id, ReadingState(self.reading.itemData(index)))

    def _on_tag_input_return_pressed(self) -> None:
        tag = self.tag_input.text().strip()
        if tag and self.item_id is not None:
            self.service.add_tag(self.item_id, tag)
        self.tag_input.clear()

    def _on_chip_clicked(self) -> None:
        tag = self.sender().property("tag")
        if self.item_id is not None and tag:
            self.service.remove_tag(self.item_id, str(tag))

    def _on_chip_context_menu_requested(self, position: QPoint) -> None:
        chip = self.sender()
        if not isinstance(chip, QWidget):
            return
        tag = str(chip.property("tag"))
        menu = QMenu(self)
        rename = menu.addAction(self.tr("Omdøb tag overalt …"))
        recolor = menu.addAction(self.tr("Skift farve …"))
        chosen = menu.exec(chip.mapToGlobal(position))
        if chosen is rename:
            new, ok = QInputDialog.getText(self, self.tr("Omdøb tag"), self.tr("Nyt navn til “%1”:").replace("%1", tag),
                                           text=tag)  # fmt: skip
            if ok and new.strip() and new.strip() != tag:
                self.service.rename_tag(tag, new.strip())
        elif chosen is recolor:
            color = QColorDialog.getColor(QColor(self.service.tag_colors().get(tag, "#1e88e5")), self)
            if color.isValid():
                self.service.set_tag_color(tag, color.name())

    def _on_follow_up_edited(self, *_args: object) -> None:
        if self._loading or self.item_id is None:
            return
        self.follow_due.setEnabled(self.follow_has_due.isChecked())
        status = FollowUpStatus(self.follow_status.currentData())
        due = self.follow_due.date().toString("yyyy-MM-dd") if self.follow_has_due.isChecked() else None
        text = self.follow_text.text().strip()
        if (due or text) and status is FollowUpStatus.NONE:
            status = FollowUpStatus.OPEN
        self.service.set_follow_up(self.item_id, FollowUp(status, due, text))

    def _on_highlight_button_clicked(self) -> None:
        self.highlight_requested.emit(str(self.highlight_color.currentData()))

    def _on_highlights_item_activated(self, entry: QListWidgetItem) -> None:
        self.highlight_activated.emit(str(entry.data(Qt.ItemDataRole.UserRole)))

    def _on_delete_highlight_button_clicked(self) -> None:
        entry = self.highlights.currentItem()
        if entry is not None and self.item_id is not None:
            self.service.remove_highlight(self.item_id, str(entry.data(Qt.ItemDataRole.UserRole)))

    def _on_service_changed(self, anchor: str) -> None:
        if self.item_id is None:
            return
        ref = self.service.ref(self.item_id)
        if ref is not None and (not anchor or anchor == ref.anchor):
            self._reload()  # keeps typed text the change came before (flush could not run first)
            if self._unsaved and not self._autosave.isActive():
                self._autosave.start()

    def _on_service_tags_changed(self) -> None:
        cast(QStringListModel, self.completer.model()).setStringList(list(self.service.tag_colors()))
