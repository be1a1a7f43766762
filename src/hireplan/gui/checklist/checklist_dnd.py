"""Drag and drop of checklist items: what a drag carries and what a drop may contain.

A drag carries the plan's id and the dragged items' ids; a drop is accepted only from the same
plan (another window's plan, or any other data, is refused) and moves the items as one undo step.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData

MIME_TYPE = "application/x-hireplan-checklist-items"


def items_mime_data(plan_id: str, item_ids: list[str]) -> QMimeData:
    """The drag's payload: which plan, which items (in order, each once)."""
    data = QMimeData()
    payload = {"plan": plan_id, "ids": item_ids}
    data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
    return data


def dropped_item_ids(data: QMimeData, plan_id: str) -> list[str]:
    """The ids a drop carries when it comes from this plan; else none."""
    if not data.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(payload, dict) or payload.get("plan") != plan_id:
        return []
    ids = payload.get("ids")
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []
