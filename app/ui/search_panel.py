"""The search tab: one field, filters, and ranked results with the hits marked.

Signals: ``item_requested(str, str)`` — an item id and the query whose hits to mark.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services.search import SearchFilters, SearchHit, SearchService
from app.ui.formatting import long_date
from app.ui.plain import plain_label, plain_tooltip, visible_controls, visible_label

DEBOUNCE_MS = 250
MAX_QUERY_CHARS = 500  # the query parser reads no further (app.search.query.MAX_QUERY_CHARS)

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
COMBO_CHROME = 40  # a combo box's frame and arrow beside its text


class SearchResultsModel(QAbstractListModel):
    """The ranked hits of the last search."""

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.hits: list[SearchHit] = []
        self.query = ""

    def set_hits(self, hits: list[SearchHit], query: str = "") -> None:
        self.beginResetModel()
        self.hits = hits
        self.query = query
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if not hit.snippet_done:
                self.service.index.fill_snippet(hit, self.query)
            heading = f"{hit.number}. {hit.title}" if hit.number else hit.title
            return f"{heading}\n{hit.meeting}\n{hit.marked_snippet()}"
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(hit.title)
        return None

    def html(self, row: int) -> str:
        hit = self.hits[row]
        if not hit.snippet_done:
            self.service.index.fill_snippet(hit, self.query)
        snippet, last = [], 0
        for start, end in hit.marks:
            snippet += [escape(hit.snippet[last:start]), "<b style='background:#ffe082'>",
                        escape(hit.snippet[start:end]), "</b>"]  # fmt: skip
            last = end
        snippet.append(escape(hit.snippet[last:]))
        note = " <span style='color:#8e24aa'>✎</span>" if hit.in_notes else ""
        meeting = f"{escape(hit.meeting.split(' · ')[0])} · {escape(long_date(hit.date))}"
        if hit.document:  # a hit in a bilag: which one and where
            where = self.tr("Bilag: %1, side %2").replace("%1", hit.document_name).replace("%2", str(hit.page))
            meeting += f"<br><span style='color:#284b7a'>{escape(where)}</span>"
        title = escape(visible_controls(hit.title))
        # A hit without a number is the meeting itself, found by its place or participants.
        heading = f"{escape(hit.number)}. {title}" if hit.number else f"{title} · {escape(self.tr('Mødet'))}"
        return (
            f"<div><b>{heading}</b>{note}<br>"
            f"<span style='color:#5a6675'>{meeting}</span><br>"
            f"<span style='color:#333'>{''.join(snippet)}</span></div>"
        )


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as rich text (escaped; only our own markup)."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        model = index.model()
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(model.html(index.row()) if isinstance(model, SearchResultsModel) else "")
        document.setTextWidth(max(100, option.rect.width() - 8))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option_text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = option_text
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft().x() + 4, option.rect.topLeft().y() + 3)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.highlightedText().color())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 8)


class SearchPanel(QWidget):
    """Signals: ``item_requested(str, str)``, ``bilag_requested(str, str, int, str)``."""

    item_requested = Signal(str, str)
    bilag_requested = Signal(str, str, int, str)  # item id, bilag sha256, page, query

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._setup_ui()
        self._connect_signals()
        self.refresh_filters()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        # The four filter boxes sit two by two when their texts fit, else one under the other
        # (English "All municipalities" in a narrow pane); see _arrange_filters.
        self.filter_grid = QGridLayout()
        self._filters_in_pairs: bool | None = None
        grid = QGridLayout()
        self.municipality = QComboBox()
        self.committee = QComboBox()
        self.document_type = QComboBox()
        self.tag = QComboBox()
        for combo in self._filter_boxes():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setMinimumDate(QDate(1990, 1, 1))
            edit.setDate(edit.minimumDate())
        self.has_notes = QCheckBox()
        self.open_follow_up = QCheckBox()
        self.from_label = plain_label(QLabel())
        self.to_label = plain_label(QLabel())
        grid.addWidget(self.from_label, 2, 0)
        grid.addWidget(self.to_label, 2, 1)
        grid.addWidget(self.date_from, 3, 0)
        grid.addWidget(self.date_to, 3, 1)
        grid.addWidget(self.has_notes, 4, 0)
        grid.addWidget(self.open_follow_up, 4, 1)
        layout.addLayout(self.filter_grid)
        layout.addLayout(grid)
        self.status = plain_label(QLabel())
        self.status.setStyleSheet("color: #5a6675;")
        layout.addWidget(self.status)
        self.model = SearchResultsModel(self.service, self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        layout.addWidget(self.results, 1)
        self._debounce = QTimer(self)  # typing: one query when the member pauses, not one per key
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self.query.setMaxLength(MAX_QUERY_CHARS)
        self._retranslate_ui()

    def _filter_boxes(self) -> tuple[QComboBox, ...]:
        return (self.municipality, self.committee, self.document_type, self.tag)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_filters()

    def _arrange_filters(self) -> None:
        """Two filter boxes a row if each one's current text fits in half the width, else one a row."""
        boxes = self._filter_boxes()
        wanted = max(box.fontMetrics().horizontalAdvance(box.currentText()) + COMBO_CHROME for box in boxes)
        layout = self.layout()
        assert layout is not None  # set in _setup_ui
        margins = layout.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.filter_grid.horizontalSpacing()
        pairs = room >= 2 * wanted
        if pairs == self._filters_in_pairs:
            return
        self._filters_in_pairs = pairs
        for box in boxes:
            self.filter_grid.removeWidget(box)
        for n, box in enumerate(boxes):
            if pairs:
                self.filter_grid.addWidget(box, n // 2, n % 2)
            else:
                self.filter_grid.addWidget(box, n, 0, 1, 2)

    def _retranslate_ui(self) -> None:
        """The panel's fixed texts in the current language (at start and on a language switch)."""
        self.query.setPlaceholderText(self.tr("Søg i alle møder og dine noter … (Ctrl+K)"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("alle"))
        self.has_notes.setText(self.tr("Har noter"))
        self.open_follow_up.setText(self.tr("Åben opfølgning"))
        self.from_label.setText(self.tr("Fra"))
        self.to_label.setText(self.tr("Til"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
            self.refresh_filters()
            self.run()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.query.returnPressed.connect(self.run)
        self.query.textChanged.connect(self._on_query_text_changed)
        self._debounce.timeout.connect(self.run)
        self.service.hits_found.connect(self._on_service_hits_found)
        self.service.index_damaged.connect(self._on_service_index_damaged)
        for combo in (self.municipality, self.committee, self.document_type, self.tag):
            combo.activated.connect(self._on_filter_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_filter_changed)
        self.has_notes.toggled.connect(self._on_filter_changed)
        self.open_follow_up.toggled.connect(self._on_filter_changed)
        self.results.activated.connect(self._on_results_activated)
        self.results.clicked.connect(self._on_results_activated)
        self.service.index_updated.connect(self._on_index_updated)

    def refresh_filters(self) -> None:
        records = self.service.library.meetings()

        def fill(combo: QComboBox, everything: str, values: list[tuple[str, str]]) -> None:
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for label, value in values:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

        fill(self.municipality, self.tr("Alle kommuner"),
             [(m, m) for m in sorted({r.municipality for r in records if r.municipality})])  # fmt: skip
        fill(self.committee, self.tr("Alle udvalg"),
             [(c, c) for c in sorted({r.committee for r in records if r.committee})])  # fmt: skip
        fill(self.document_type, self.tr("Dagsordener og referater"),
             [(self.tr("Kun referater"), "referat"), (self.tr("Kun dagsordener"), "dagsorden")])  # fmt: skip
        tags = self.service.annotations.tag_colors()  # an old release's tag may hold ESC or a newline: named
        fill(self.tag, self.tr("Alle tags"), [(visible_label(t), t) for t in tags])
        self._arrange_filters()  # the texts changed (a language switch, a chosen committee)

    def filters(self) -> SearchFilters:
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == edit.minimumDate() else edit.date().toString("yyyy-MM-dd")

        only = None
        tag = self.tag.currentData()
        if tag or self.has_notes.isChecked() or self.open_follow_up.isChecked():
            only = self.service.items_matching(
                tag=tag, has_notes=self.has_notes.isChecked(), open_follow_up=self.open_follow_up.isChecked()
            )
        return SearchFilters(
            municipality=self.municipality.currentData(),
            committee=self.committee.currentData(),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            document_type=self.document_type.currentData(),
            only_items=only,
        )

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    @property
    def searching(self) -> bool:
        """A query is waiting for the member to pause, or for its answer."""
        return self._debounce.isActive() or self.service.searching

    def run(self) -> None:
        """Ask for the query's hits (in the query worker); they arrive in :meth:`_on_service_hits_found`."""
        self._debounce.stop()
        text = self.query.text().strip()
        filters = self.filters()
        if not text and not self._narrowed(filters):
            self.model.set_hits([])
            self.status.setText(self.tr("Skriv et ord, eller vælg et filter for at se alt, der passer."))
            return
        self._asked = text
        self.status.setText(self.tr("Søger …"))
        self.service.query(text, filters)

    @staticmethod
    def _narrowed(filters: SearchFilters) -> bool:
        """A filter is set: an empty query then lists everything passing it, newest first."""
        return any(v is not None for v in vars(filters).values())

    def _on_service_hits_found(self, text: str, hits: list[SearchHit]) -> None:
        if text != self.query.text().strip():
            return  # an older query: the member has typed on
        self.model.set_hits(hits, text)
        if self.service.damaged:
            self.status.setText(self.tr("Søgeindekset var beskadiget og bygges op igen …"))
        elif self.service.busy:
            self.status.setText(self.tr("%n træf · søgeindekset opdateres …", "", len(hits)))
        else:
            self.status.setText(self.tr("%n træf", "", len(hits)) if hits else self.tr("Ingen træf"))

    def _on_service_index_damaged(self) -> None:
        self.status.setText(self.tr("Søgeindekset var beskadiget og bygges op igen …"))

    def _on_query_text_changed(self, text: str) -> None:
        if len(text.strip()) >= 3 or not text.strip():
            self._debounce.start()

    def _on_filter_changed(self, *_args: object) -> None:
        self._arrange_filters()  # a long committee name needs the whole width
        self.run()  # with an empty query: everything the filters let through

    def _on_results_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None and hit.document:
            self.bilag_requested.emit(hit.item_id, hit.document, hit.page, self.query.text())
        elif hit is not None:
            self.item_requested.emit(hit.item_id, self.query.text())

    def _on_index_updated(self, _count: int) -> None:
        self.refresh_filters()
        if self.query.text().strip() or self._narrowed(self.filters()):
            self.run()
