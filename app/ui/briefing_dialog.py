"""Eksportér → Briefing (PDF): what to include, how it looks, a preview of the first page.

The PDF is written by the worker process; the window opens it when it is done. The dialog opens
with the member's last choices (``state/briefing_choices`` in the settings, kept by the briefing
controller): "Bilag med noter", items without notes or not prepared, paper, full text, the tag, per
meeting the items left out, and — when no meeting is selected — whether it covers a tag or the open
follow-ups (with a meeting selected it starts on that meeting). Closed items always start unticked (they are
confidential). A stored value the dialog does not know is ignored and the default shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.export.briefing import BriefingOptions, preview_image
from app.export.selection import select
from app.model.annotation import ReadingState
from app.services.notes.annotations import AnnotationService
from app.services.workspace import Library
from app.ui.language import current_language
from app.ui.meeting_tree_model import reading_icon, reading_label

CLOSED_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES = {  # a remembered choice → the values it may take (the first is the default)
    "scope": ("meeting", "tag", "follow_up"),
    "unannotated": ("compact", "omit"),
    "unprepared": ("include", "omit"),
    "paper": ("A4", "Letter"),
    "bilag": ("none", "annotated", "pages"),
}
REMEMBERED_MEETINGS = 20  # meetings whose left-out items are remembered (the most recent)
MAX_REMEMBERED_ITEMS = 2_000  # left-out item ids kept for one meeting


def read_choices(stored: dict[str, Any]) -> dict[str, Any]:
    """The remembered choices that are still valid; anything else (unknown, wrong type, too long) is dropped."""
    chosen: dict[str, Any] = {key: stored[key] for key, allowed in CHOICES.items() if stored.get(key) in allowed}
    if isinstance(stored.get("full_text"), bool):
        chosen["full_text"] = stored["full_text"]
    if isinstance(stored.get("tag"), str) and len(stored["tag"]) <= 200:
        chosen["tag"] = stored["tag"]
    left_out = stored.get("left_out")
    if isinstance(left_out, dict):
        chosen["left_out"] = {
            meeting: [i for i in ids[:MAX_REMEMBERED_ITEMS] if isinstance(i, str)]
            for meeting, ids in list(left_out.items())[-REMEMBERED_MEETINGS:]
            if isinstance(meeting, str) and isinstance(ids, list)
        }
    return chosen


class BriefingDialog(QDialog):
    """Read :meth:`selection` and :meth:`options` after ``exec()`` returns Accepted."""

    def __init__(self, library: Library, annotations: AnnotationService, meeting_id: str | None, user_name: str,
                 parent: QWidget | None = None, choices: dict[str, Any] | None = None) -> None:  # fmt: skip
        """``choices``: the member's last choices as :meth:`choices` gave them (read by :func:`read_choices`)."""
        super().__init__(parent)
        self.library = library
        self.annotations = annotations
        self.meeting_id = meeting_id
        self._remembered = read_choices(choices or {})
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._setup_ui(user_name)
        self._apply_choices(self._remembered)
        self._connect_signals()
        self._update_preview()

    def _setup_ui(self, user_name: str) -> None:
        self.setWindowTitle(self.tr("Eksportér briefing (PDF)"))
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.scope_meeting = QRadioButton(self.tr("Det valgte møde"))
        self.scope_tag = QRadioButton(self.tr("Alle punkter med tagget"))
        self.scope_follow_up = QRadioButton(self.tr("Alle punkter med åben opfølgning"))
        self.scopes = QButtonGroup(self)
        for button in (self.scope_meeting, self.scope_tag, self.scope_follow_up):
            self.scopes.addButton(button)
        record = self.library.record(self.meeting_id) if self.meeting_id else None
        self.scope_meeting.setEnabled(record is not None)
        (self.scope_meeting if record is not None else self.scope_follow_up).setChecked(True)
        left.addWidget(self.scope_meeting)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        reading = self.annotations.reading_states()
        for item in record.items if record else []:
            closed = f"  [{self.tr('lukket')}]" if item.closed else ""
            entry = QListWidgetItem(f"{item.number}. {item.title}{closed}")
            entry.setData(Qt.ItemDataRole.UserRole, item.item_id)
            entry.setData(CLOSED_ROLE, item.closed)
            state = reading.get(item.item_id, ReadingState.UNREAD)
            entry.setIcon(reading_icon(state))
            entry.setToolTip(reading_label(state))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Closed items are confidential: they stay out unless the member ticks them.
            entry.setCheckState(Qt.CheckState.Unchecked if item.closed else Qt.CheckState.Checked)
            self.items.addItem(entry)
        left.addWidget(self.items, 1)
        self.closed_warning = QLabel(
            self.tr("Lukkede punkter er fortrolige. Del ikke briefingen, når de er med.")
        )
        self.closed_warning.setWordWrap(True)
        self.closed_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.closed_warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.closed_warning.setVisible(False)
        left.addWidget(self.closed_warning)
        row = QHBoxLayout()
        row.addWidget(self.scope_tag)
        self.tag = QComboBox()
        self.tag.addItems(list(self.annotations.tag_colors()))
        row.addWidget(self.tag, 1)
        left.addLayout(row)
        left.addWidget(self.scope_follow_up)
        form = QFormLayout()
        self.name = QLineEdit(user_name)
        self.full_text = QCheckBox(self.tr("Tag hele teksten med for hvert punkt"))
        self.unannotated = QComboBox()
        self.unannotated.addItem(self.tr("Vis kort"), "compact")
        self.unannotated.addItem(self.tr("Udelad"), "omit")
        self.unprepared = QComboBox()
        self.unprepared.addItem(self.tr("Tag med"), "include")
        self.unprepared.addItem(self.tr("Udelad"), "omit")
        self.paper = QComboBox()
        self.paper.addItems(["A4", "Letter"])
        self.bilag = QComboBox()
        self.bilag.addItem(self.tr("Ikke med"), "none")
        self.bilag.addItem(self.tr("Hele bilag, du har noter i"), "annotated")
        self.bilag.addItem(self.tr("Kun siderne med dine noter"), "pages")
        self.bilag.setToolTip(self.tr("Bilagenes sider sættes bagerst som ægte PDF-sider med bogmærker under punktet"))
        form.addRow(self.tr("Dit navn"), self.name)
        form.addRow(self.tr("Punkter uden noter"), self.unannotated)
        form.addRow(self.tr("Punkter, der ikke er forberedt"), self.unprepared)
        form.addRow(self.tr("Papir"), self.paper)
        form.addRow(self.tr("Bilag med noter"), self.bilag)
        form.addRow(self.full_text)
        left.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Eksportér …"), QDialogButtonBox.ButtonRole.AcceptRole)
        left.addWidget(self.buttons)
        outer.addLayout(left, 1)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setMinimumSize(300, 424)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.preview)
        self.resize(860, 560)

    def _apply_choices(self, chosen: dict[str, Any]) -> None:
        """Set the controls to the remembered choices (already checked by :func:`read_choices`)."""
        for combo, key in ((self.unannotated, "unannotated"), (self.unprepared, "unprepared"), (self.bilag, "bilag")):
            index = combo.findData(chosen.get(key, CHOICES[key][0]))
            combo.setCurrentIndex(max(0, index))
        self.paper.setCurrentIndex(max(0, self.paper.findText(chosen.get("paper", "A4"))))
        self.full_text.setChecked(bool(chosen.get("full_text", False)))
        if chosen.get("tag") and self.tag.findText(chosen["tag"]) >= 0:
            self.tag.setCurrentIndex(self.tag.findText(chosen["tag"]))
        scope = chosen.get("scope")
        if not self.scope_meeting.isEnabled():  # with a meeting selected, the briefing is for that meeting
            if scope == "tag" and self.tag.count():
                self.scope_tag.setChecked(True)
            elif scope == "follow_up":
                self.scope_follow_up.setChecked(True)
        left_out = set(chosen.get("left_out", {}).get(self.meeting_id or "", []))
        for n in range(self.items.count()):
            entry = self.items.item(n)
            if not entry.data(CLOSED_ROLE) and str(entry.data(Qt.ItemDataRole.UserRole)) in left_out:
                entry.setCheckState(Qt.CheckState.Unchecked)

    def choices(self) -> dict[str, Any]:
        """What to remember of this dialog for the next one: its choices, and the items left out of
        this meeting (kept beside those of the last few meetings)."""
        scope = "meeting" if self.scope_meeting.isChecked() else "tag" if self.scope_tag.isChecked() else "follow_up"
        left_out = {k: v for k, v in self._remembered.get("left_out", {}).items() if k != self.meeting_id}
        if self.meeting_id and self.items.count():
            entries = [self.items.item(n) for n in range(self.items.count())]
            unticked = [e for e in entries if not e.data(CLOSED_ROLE) and e.checkState() != Qt.CheckState.Checked]
            left_out[self.meeting_id] = [str(e.data(Qt.ItemDataRole.UserRole)) for e in unticked]
            if not left_out[self.meeting_id]:
                del left_out[self.meeting_id]
        return {
            "scope": scope,
            "tag": self.tag.currentText(),
            "unannotated": str(self.unannotated.currentData()),
            "unprepared": str(self.unprepared.currentData()),
            "paper": self.paper.currentText(),
            "bilag": str(self.bilag.currentData()),
            "full_text": self.full_text.isChecked(),
            "left_out": dict(list(left_out.items())[-REMEMBERED_MEETINGS:]),
        }

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._preview_timer.timeout.connect(self._update_preview)
        self.scopes.buttonToggled.connect(self._on_changed)
        self.items.itemChanged.connect(self._on_changed)
        self.tag.activated.connect(self._on_changed)
        self.name.textChanged.connect(self._on_changed)
        self.unannotated.activated.connect(self._on_changed)
        self.unprepared.activated.connect(self._on_changed)
        self.paper.activated.connect(self._on_changed)
        self.full_text.toggled.connect(self._on_changed)

    def selection(self) -> dict[str, object]:
        if self.scope_meeting.isChecked():
            checked = [self.items.item(n) for n in range(self.items.count())]
            ids = [str(e.data(Qt.ItemDataRole.UserRole)) for e in checked if e.checkState() == Qt.CheckState.Checked]
            return {"meeting_id": self.meeting_id, "item_ids": ids or None}
        if self.scope_tag.isChecked():
            return {"tag": self.tag.currentText()}
        return {"follow_up": True}

    def options(self) -> BriefingOptions:
        selection = self.selection()
        title = ""
        if "tag" in selection:
            title = self.tr("Tag: %1").replace("%1", str(selection["tag"]))
        elif "follow_up" in selection:
            title = self.tr("Åbne opfølgninger")
        return BriefingOptions(
            user_name=self.name.text().strip(),
            full_text=self.full_text.isChecked(),
            unannotated=str(self.unannotated.currentData()),
            unprepared=str(self.unprepared.currentData()),
            paper=self.paper.currentText(),
            title=title,
            bilag=str(self.bilag.currentData()),
            language=current_language(),
        )

    def closed_items_included(self) -> bool:
        """A ticked closed item in a meeting briefing (the dialog warns about it)."""
        if not self.scope_meeting.isChecked():
            return False
        entries = [self.items.item(n) for n in range(self.items.count())]
        return any(e.data(CLOSED_ROLE) and e.checkState() == Qt.CheckState.Checked for e in entries)

    def suggested_file_name(self) -> str:
        """"<udvalg> <dato> – forberedelse.pdf" for a meeting; the tag or "opfølgninger" otherwise."""
        selection = self.selection()
        record = self.library.record(self.meeting_id) if self.meeting_id else None
        if "meeting_id" in selection and record is not None:
            subject = f"{record.committee or self.tr('Møde')} {record.date or ''}".strip()
        elif "tag" in selection:
            subject = self.tr("Tag %1").replace("%1", str(selection["tag"]))
        else:
            subject = self.tr("Opfølgninger")
        name = self.tr("%1 – forberedelse.pdf").replace("%1", subject)
        return "".join("-" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in name)

    def _on_changed(self, *_args: object) -> None:
        self.closed_warning.setVisible(self.closed_items_included())
        self._preview_timer.start()

    def _update_preview(self) -> None:
        entries = select(self.library, self.annotations.store, **self.selection())  # type: ignore[arg-type]  # selection() holds select()'s keywords
        self.export_button.setEnabled(bool(entries))
        image = preview_image(entries[:3], self.options(), 300)
        self.preview.setPixmap(QPixmap.fromImage(image))
