"""Helper for test_store_damage: open the window on a profile the way the app does, print its state as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from app.services.settings import Settings
    from app.services.workers.tasks import shutdown
    from app.ui.launch import open_window

    app = QApplication(sys.argv[:1])
    profile = Path(sys.argv[1])
    window, workspace = open_window(profile, Settings(profile))
    window.show()
    first = window.model.item_ids_in_order()[0]
    window.select(first)
    app.processEvents()
    state = {
        "read_only": window.read_only,
        "banner": window.read_only_banner.text(),
        "banner_visible": window.read_only_banner.isVisible(),
        "meetings": len(window.library.meetings()),
        "note": window.panel.note.toPlainText(),
        "panel_enabled": window.panel.isEnabled(),
    }
    window.close()
    workspace.close()
    shutdown()
    print(json.dumps(state, ensure_ascii=False))


if __name__ == "__main__":
    main()
