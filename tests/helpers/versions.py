"""One meeting published four times, built from a seed (Sønderborg 14-08-2019, 8 items, item 8 closed).

* :func:`agenda` — the agenda: "DAGSORDEN", no decisions;
* :func:`revised_agenda` — item 7 ("Generel orientering") withdrawn, item 8 (closed) becomes 7,
  and item 2's recommendation reworded; cover and contents as printed;
* :func:`supplementary_agenda` — one new item, 8, with a cover of its own and a contents list;
* :func:`minutes` — the revised agenda's 7 items plus the supplementary 8, with decisions.
"""

from __future__ import annotations

import re

from tests.conftest import SEEDS

SEED = SEEDS["soenderborg_2019"].read_text(encoding="utf-8")
_ITEM = re.compile(r"^#* ?\**Punkt (\d+): .*$", re.M)
_DECISION = re.compile(r"^#+ \**Beslutning[^\n]*\n.*?(?=^#+ |\Z)", re.M | re.S)
WITHDRAWN_TITLE = "Generel orientering - august 2019"
CLOSED_TITLE = "Orientering fra formand, medlemmer og direktør - august 2019"
OLD_RECOMMENDATION = "- ansøgningerne om udfordringsret."
NEW_RECOMMENDATION = "- ansøgningerne om udfordringsret med de ændringer, forvaltningen har foreslået."
SUPPLEMENT_TITLE = "Ansøgning om midler til sommerjob for unge"


def _split(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(front matter, [(number, block)])."""
    starts = list(_ITEM.finditer(text))
    items = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        items.append((m.group(1), text[m.start() : end]))
    return text[: starts[0].start()], items


def _renumber(block: str, number: int) -> str:
    return re.sub(r"Punkt \d+:", f"Punkt {number}:", block, count=1)


def _as_agenda(text: str) -> str:
    return _DECISION.sub("", text.replace("REFERAT", "DAGSORDEN", 1))


def agenda() -> str:
    return _as_agenda(SEED)


def _revised(decided: bool) -> str:
    front, items = _split(SEED)
    front = front.replace(f"{WITHDRAWN_TITLE}.....\t17\n", "")
    kept = [block for number, block in items if number != "7"]
    body = "".join(_renumber(block, k + 1) for k, block in enumerate(kept))
    assert OLD_RECOMMENDATION in body
    body = body.replace(OLD_RECOMMENDATION, NEW_RECOMMENDATION, 1)
    text = front + body
    return text if decided else _as_agenda(text)


def revised_agenda() -> str:
    return _revised(decided=False)


SUPPLEMENT_ITEM = f"""## **Punkt 8: {SUPPLEMENT_TITLE}**

19/23001

### **Sagsresumé**

Forvaltningen foreslår at afsætte midler til sommerjob for unge i de udsatte boligområder.

### **Indstilling**

Forvaltningen indstiller til Arbejdsmarkeds- og Integrationsudvalget

- at godkende 250.000 kr. til sommerjob for unge.

"""


def supplementary_agenda() -> str:
    front, _items = _split(SEED)
    head = front[: front.index("## Indholdsfortegnelse")].replace("REFERAT", "SUPPLERENDE DAGSORDEN", 1)
    return head + f"## Indholdsfortegnelse\n\n{SUPPLEMENT_TITLE}.....\t2\n\n" + SUPPLEMENT_ITEM


def minutes() -> str:
    text = _revised(decided=True)
    front, items = _split(text)
    front = front.replace(f"{CLOSED_TITLE}.....\t18\n", f"{CLOSED_TITLE}.....\t18\n{SUPPLEMENT_TITLE}.....\t19\n")
    decided = SUPPLEMENT_ITEM + (
        "### **Beslutning Arbejdsmarkeds- og Integrationsudvalget den 14-08-2019**\n\nGodkendt.\n\n"
    )
    return front + "".join(block.rstrip() + "\n\n" for _n, block in items) + decided
