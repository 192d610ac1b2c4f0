"""Fil → Følg udvalg …: choose committees on a FirstAgenda portal, and sync them in the background.

:class:`PortalDialog` asks for the portal's address, fetches its committee list in the worker
process and shows it with checkboxes (a filterable model, not a widget holding data).
:class:`PortalController` owns the two actions (Følg udvalg …, Synkronisér udvalg), the status
bar strip that shows the followed committees and, during a sync, its progress and a cancel
button, and the sync at start (a preference). The work itself is :mod:`app.services.portal.sync`,
run through :class:`app.services.workers.tasks.Poller`; the window keeps reading meanwhile.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import settings as keys
from app.services.damage import DamagedStore, StoreDamage
from app.services.portal import sync as service
from app.services.portal.client import FailureKind
from app.services.settings import Settings
from app.services.workers.tasks import Poller, Task
from app.ui.store_damage import sentence as damage_sentence

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLACEHOLDER_URL = "https://dagsordener.greve.dk"


def failure_text(kind: str) -> str:
    """A translated one-line reason for a failed portal request."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Portal", text)

    texts = {
        FailureKind.UNREACHABLE: tr("Portalen kan ikke nås."),
        FailureKind.TIMEOUT: tr("Portalen svarede ikke i tide."),
        FailureKind.HTTP: tr("Portalen svarede med en fejl."),
        FailureKind.TOO_LARGE: tr("Svaret var for stort."),
        FailureKind.TRUNCATED: tr("Forbindelsen blev afbrudt."),
        FailureKind.INVALID: tr("Portalen svarede med noget uventet — er det en FirstAgenda-portal?"),
        FailureKind.REDIRECT: tr("Portalen henviste til en anden server; det følges ikke."),
        FailureKind.BAD_URL: tr("Det er ikke en gyldig adresse."),
    }
    return texts.get(kind, tr("Portalen kunne ikke bruges."))


def _flag(value: object) -> bool:
    """A boolean setting as stored in the INI file ("true"/"false" after a restart)."""
    return value is True or str(value).lower() in ("true", "1")


class PortalDialog(QDialog):
    """Signals: ``followed_changed()`` — the set of followed committees was saved."""

    followed_changed = Signal()

    def __init__(
        self, profile: Path, settings: Settings, parent: QWidget | None = None, policy: dict[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = Path(profile)
        self.settings = settings
        self.policy = policy
        self._poller = Poller(self)
        self._task: Task | None = None
        self._portal_url = ""
        self._setup_ui()
        self._connect_signals()
        state = service.load_state(self.profile)
        if state.portals:
            self._show_portal(state.portals[0])
        elif state.damage:  # damaged since the window started: said here; kept aside by the next write
            damage = StoreDamage(DamagedStore.PORTAL, self.profile / service.STATE_FILE, state.damage)
            self.status_label.setText(damage_sentence(damage))

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Følg udvalg"))
        self.resize(560, 520)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(PLACEHOLDER_URL)
        self.url_edit.setAccessibleName(self.tr("Portalens adresse"))
        self.fetch_button = QPushButton(self.tr("Hent udvalg"))
        self.status_label = QLabel(self.tr("Skriv adressen på kommunens FirstAgenda-portal og hent dens udvalg."))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtrér udvalg …"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(self.tr("Udvalg"))
        self.start_box = QCheckBox(self.tr("Synkronisér ved start, når der er netværk"))
        self.start_box.setChecked(_flag(self.settings.get(keys.PORTAL_SYNC_AT_START)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Følg valgte udvalg"))
        # Enter in the address field fetches (returnPressed); it must not also press a default
        # button, which closed the dialog with nothing followed. See keyPressEvent.
        self.fetch_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Portal:")))
        row.addWidget(self.url_edit, 1)
        row.addWidget(self.fetch_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.start_box)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.fetch_button.clicked.connect(self._on_fetch_button_clicked)
        self.url_edit.returnPressed.connect(self._on_fetch_button_clicked)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the address or filter field stays in the dialog: QDialog would press its default button."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() in (self.url_edit, self.filter_edit):
            event.accept()  # the field's own returnPressed already did what Enter means there
            return
        super().keyPressEvent(event)

    # --- the committee list --------------------------------------------------------------------

    def _show_portal(self, portal: service.Portal) -> None:
        self._portal_url = portal.url
        self.url_edit.setText(portal.url)
        self.model.clear()
        for committee in sorted(portal.committees, key=lambda c: (not c.followed, c.name.lower())):
            label = self.tr("%1 (%2 møder)").replace("%1", committee.name).replace("%2", str(len(committee.meetings)))
            item = QStandardItem(label)
            item.setData(committee.committee_id, ID_ROLE)
            item.setToolTip(committee.group)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if committee.followed else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        count = self.tr("%1 udvalg på %2").replace("%1", str(len(portal.committees))).replace("%2", portal.host)
        self.status_label.setText(count)

    def checked_ids(self) -> set[str]:
        return {
            str(self.model.item(row).data(ID_ROLE))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        }

    def set_checked(self, names: list[str]) -> None:
        """Tick committees by name (for tests and scripting)."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if any(item.text().startswith(f"{name} (") for name in names):
                item.setCheckState(Qt.CheckState.Checked)

    def fetch(self, url: str) -> None:
        self.url_edit.setText(url)
        self._on_fetch_button_clicked()

    def _on_fetch_button_clicked(self) -> None:
        url = self.url_edit.text().strip()
        if not url or self._task is not None:
            return
        self.fetch_button.setEnabled(False)
        self.status_label.setText(self.tr("Henter udvalg …"))
        self._task = self._poller.start(
            service.add_portal_job,
            (str(self.profile), url, self.policy),
            self._on_fetch_finished,
            None,
            self._on_fetch_failed,
        )

    def _on_fetch_finished(self, result: service.Portal | str) -> None:
        self._task = None
        self.fetch_button.setEnabled(True)
        if isinstance(result, str):
            self.status_label.setText(failure_text(result))
        else:
            self._show_portal(result)

    def _on_fetch_failed(self, _message: str) -> None:
        self._task = None
        self.fetch_button.setEnabled(True)
        self.status_label.setText(failure_text(""))

    def _on_buttons_accepted(self) -> None:
        self.settings.set(keys.PORTAL_SYNC_AT_START, self.start_box.isChecked())
        if self._portal_url:
            service.set_followed(self.profile, self._portal_url, self.checked_ids())
            self.followed_changed.emit()
        self.accept()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait(5.0)
            self._task = None
        super().done(result)


class SyncStatus(QWidget):
    """The status bar strip: the followed committees, and during a sync its progress and cancel.

    Signals: ``cancel_requested()``.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Annullér"))
        self.cancel_button.setAccessibleName(self.tr("Annullér synkroniseringen"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.set_running(False)

    def _connect_signals(self) -> None:
        self.cancel_button.clicked.connect(self.cancel_requested)

    def set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.bar.setRange(0, 0)

    def set_followed(self, names: list[str]) -> None:
        self.setVisible(bool(names))
        text = self.tr("Følger: %1").replace("%1", ", ".join(names))
        self.label.setText(text if len(text) <= 70 else text[:68] + " …")
        self.label.setToolTip("\n".join(names))

    def set_progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if name:
            self.label.setText(
                self.tr("Synkroniserer %1 af %2: %3")
                .replace("%1", str(done + 1)).replace("%2", str(total)).replace("%3", name)
            )  # fmt: skip


class PortalController(QObject):
    """Following and syncing, for the main window.

    Signals: ``synced(object)`` — a sync finished (its :class:`SyncReport`), after its library
    change went through the window's one settle (notes re-homed, index updated, ``changed`` sent).
    """

    synced = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.profile = Path(window.library.profile)
        self._poller = Poller(self)
        self._task: Task | None = None
        self.dialog: PortalDialog | None = None
        self.policy: dict[str, Any] | None = None  # NetworkPolicy fields; tests make it quick
        self.last_report: service.SyncReport | None = None
        self._setup_ui()
        self._connect_signals()
        self.refresh()

    def _setup_ui(self) -> None:
        self.follow_action = QAction(self)
        self.sync_action = QAction(self)
        self.retranslate()
        self.status = SyncStatus()

    def _connect_signals(self) -> None:
        self.follow_action.triggered.connect(self._on_follow_action_triggered)
        self.sync_action.triggered.connect(self._on_sync_action_triggered)
        self.status.cancel_requested.connect(self.cancel)

    def refresh(self) -> None:
        followed = [c.name for _p, c in service.load_state(self.profile).followed()]
        self.sync_action.setEnabled(bool(followed) and self._task is None)
        self.status.set_followed(followed)

    @property
    def running(self) -> bool:
        return self._task is not None

    # --- following ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The actions' texts in the current language (at start and after a language switch)."""
        self.follow_action.setText(self.tr("Følg &udvalg …"))
        self.follow_action.setStatusTip(self.tr("Følg udvalg på kommunens FirstAgenda-portal"))
        self.sync_action.setText(self.tr("S&ynkronisér udvalg"))
        self.sync_action.setStatusTip(self.tr("Hent nye dagsordener, referater og bilag fra de fulgte udvalg"))

    def _on_follow_action_triggered(self) -> None:
        self.dialog = PortalDialog(self.profile, self.window.settings, self.window, self.policy)
        self.dialog.followed_changed.connect(self._on_dialog_followed_changed)
        self.dialog.open()

    def _on_dialog_followed_changed(self) -> None:
        self.refresh()
        self.start_sync()

    # --- syncing -----------------------------------------------------------------------------

    def sync_at_start(self) -> None:
        """The start-up sync: only when the preference is on, something is followed and we are online."""
        wanted = _flag(self.window.settings.get(keys.PORTAL_SYNC_AT_START))
        if not wanted or not service.load_state(self.profile).followed():
            return
        if _known_offline():
            self.window.statusBar().showMessage(self.tr("Ingen netværksforbindelse — udvalgene synkroniseres senere."))
            return
        self.start_sync()

    def _on_sync_action_triggered(self) -> None:
        self.start_sync()

    def start_sync(self) -> None:
        if self._task is not None or not service.load_state(self.profile).followed():
            return
        self.status.set_running(True)
        self.sync_action.setEnabled(False)
        self._task = self._poller.start(
            service.sync_job, (str(self.profile), os.getpid(), None, self.policy),
            self._on_sync_finished, self.status.set_progress, self._on_sync_failed,
        )  # fmt: skip

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def stop(self) -> None:
        """Cancel a running sync and wait for the worker (the window is closing)."""
        if self._task is not None:
            self._task.cancel()
            self._task.wait()

    def _done(self) -> None:
        self._task = None
        self.status.set_running(False)
        self.refresh()

    def _on_sync_failed(self, message: str) -> None:
        self._done()
        self.window.statusBar().showMessage(self.tr("Synkroniseringen mislykkedes: %1").replace("%1", message), 15000)

    def _on_sync_finished(self, report: service.SyncReport) -> None:
        self._done()
        self.last_report = report
        window = self.window
        change = window.settler.settle(report.change)  # notes follow their items; the tree and index update
        orphaned = change.orphaned
        if report.changed_ids and not window.tree.currentIndex().isValid():
            window.select(report.changed_ids[-1])  # something to read instead of the empty page
        window.statusBar().showMessage(self._summary(report, len(orphaned)), 15000)
        self.synced.emit(report)

    def _summary(self, report: service.SyncReport, orphaned: int) -> str:
        if report.unreachable and not report.outcomes:
            return self.tr("Portalen kan ikke nås — prøv igen senere.")
        text = (
            self.tr("Synkroniseret: %1 nye, %2 opdaterede, %3 uændrede")
            .replace("%1", str(report.count("added"))).replace("%2", str(report.count("updated")))
            .replace("%3", str(report.count("unchanged")))
        )  # fmt: skip
        if report.count("failed"):
            text += " · " + self.tr("%1 kunne ikke hentes").replace("%1", str(report.count("failed")))
        if report.cancelled:
            text += " · " + self.tr("annulleret — fortsætter næste gang")
        if orphaned:
            text += " · " + self.tr("%1 noter uden punkt").replace("%1", str(orphaned))
        changed = self.changes_summary(report)
        return f"{text} · {changed}" if changed else text

    def changes_summary(self, report: service.SyncReport) -> str:
        """What the new versions changed: "3 nye beslutninger, 1 punkt udgået, 2 ændrede indstillinger"."""
        from app.services.library.versions import counts_of

        counts = counts_of(report.change.versions)
        words = {
            "decided": self.tr("%n nye beslutninger", "", counts["decided"]),
            "withdrawn": self.tr("%n punkter udgået", "", counts["withdrawn"]),
            "new": self.tr("%n nye punkter", "", counts["new"]),
            "renumbered": self.tr("%n punkter med nyt nummer", "", counts["renumbered"]),
            "recommendation": self.tr("%n ændrede indstillinger", "", counts["recommendation"]),
            "changed": self.tr("%n andre punkter ændret", "", counts["changed"]),
        }
        return ", ".join(words[k] for k, n in counts.items() if n)


def _known_offline() -> bool:
    """True only when the platform says for certain that there is no network."""
    try:
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            return False
        info = QNetworkInformation.instance()
        return info is not None and info.reachability() == QNetworkInformation.Reachability.Disconnected
    except Exception:  # no backend on this platform: try the sync, it fails politely
        return False
