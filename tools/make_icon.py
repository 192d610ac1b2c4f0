"""Draw the application icon (a folder of papers with a tick) with Qt: resources/icons/moedemappe.png.

Run once when the design changes (``python tools/make_icon.py``) and commit the PNG; the
window, the .desktop file and the PyInstaller bundle all use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons" / "moedemappe.png"


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    # Back of the folder with its tab.
    back = QPainterPath()
    back.setFillRule(Qt.FillRule.WindingFill)
    back.addRoundedRect(QRectF(20 * s, 44 * s, 216 * s, 176 * s), 18 * s, 18 * s)
    back.addRoundedRect(QRectF(20 * s, 30 * s, 96 * s, 40 * s), 14 * s, 14 * s)
    p.fillPath(back.simplified(), QColor("#1f4e8c"))
    # A sheet of paper sticking out.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#fdfdfb"))
    p.drawRoundedRect(QRectF(44 * s, 58 * s, 168 * s, 120 * s), 8 * s, 8 * s)
    p.setPen(QPen(QColor("#b7c3d1"), 7 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y in (84, 104, 124):
        p.drawLine(QPointF(66 * s, y * s), QPointF(190 * s, y * s))
    # Front of the folder.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#3b73b9"))
    p.drawRoundedRect(QRectF(20 * s, 112 * s, 216 * s, 112 * s), 18 * s, 18 * s)
    # The tick: prepared.
    p.setBrush(QColor("#2e7d32"))
    p.drawEllipse(QPointF(186 * s, 186 * s), 46 * s, 46 * s)
    p.setPen(QPen(QColor("white"), 15 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.drawPolyline([QPointF(164 * s, 188 * s), QPointF(180 * s, 204 * s), QPointF(210 * s, 170 * s)])
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not draw().save(str(OUT)):
        print(f"could not write {OUT}", file=sys.stderr)
        return 1
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
