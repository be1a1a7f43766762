"""The template list of the library dialog: title, source, regions, version and description."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from hireplan import i18n
from hireplan.gui.common.containment import Contained
from hireplan.storage.templates import TemplateInfo

_Index = QModelIndex | QPersistentModelIndex

DESCRIPTION_PREVIEW = 90
"""Characters of a description's first line shown in the table (the full text is beside it)."""


class TemplateTableModel(Contained, QAbstractTableModel):
    """Read-only table over ``TemplateLibrary.list()``: one row per template."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("TemplateTableModel", "Title")),
        str(QT_TRANSLATE_NOOP("TemplateTableModel", "Description")),
        str(QT_TRANSLATE_NOOP("TemplateTableModel", "Regions")),
        str(QT_TRANSLATE_NOOP("TemplateTableModel", "Version")),
        str(QT_TRANSLATE_NOOP("TemplateTableModel", "Source")),
        str(QT_TRANSLATE_NOOP("TemplateTableModel", "Language")),
    )
    """Headings in English, translated when shown."""
    TITLE, DESCRIPTION, REGIONS, VERSION, SOURCE, LANGUAGE = range(6)
    NameRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._infos: list[TemplateInfo] = []

    def set_templates(self, infos: Sequence[TemplateInfo]) -> None:
        self.beginResetModel()
        self._infos = list(infos)
        self.endResetModel()

    def info(self, row: int) -> TemplateInfo:
        return self._infos[row]

    def infos(self) -> list[TemplateInfo]:
        return list(self._infos)

    def row_of(self, name: str) -> int:
        """Row of the template called ``name``, or -1."""
        return next((row for row, info in enumerate(self._infos) if info.name == name), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._infos)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("TemplateTableModel", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._infos):
            return None
        info = self._infos[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DESCRIPTION:
                return info.description or None
            if column == self.REGIONS:
                return QCoreApplication.translate("TemplateTableModel", ", ").join(info.region_tags) or None
            if column == self.LANGUAGE and not info.language:
                return QCoreApplication.translate(
                    "TemplateTableModel",
                    "Your own and the team's templates are in whatever language they were written in.",
                )
            if column == self.SOURCE:
                if info.source == "team":
                    if info.published_by:
                        return QCoreApplication.translate(
                            "TemplateTableModel",
                            "Team library: version {version}, published by {who} ({path}).",
                        ).format(version=info.version, who=info.published_by, path=info.path)
                    return QCoreApplication.translate(
                        "TemplateTableModel",
                        "Team library: version {version}, published by someone ({path}).",
                    ).format(version=info.version, path=info.path)
                if info.source == "built-in":
                    return QCoreApplication.translate(
                        "TemplateTableModel", "Shipped with hireplan; read-only"
                    )
                return str(info.path or "")
            return None
        if role == self.NameRole:
            return info.name
        return None

    def _display(self, info: TemplateInfo, column: int) -> str:
        if column == self.TITLE:
            return info.title
        if column == self.DESCRIPTION:
            first = " ".join(info.description.split())
            return first if len(first) <= DESCRIPTION_PREVIEW else first[: DESCRIPTION_PREVIEW - 1] + "…"
        if column == self.REGIONS:
            return QCoreApplication.translate("TemplateTableModel", ", ").join(info.region_tags)
        if column == self.VERSION:
            return info.version
        if column == self.LANGUAGE:
            return i18n.LANGUAGE_NAMES.get(info.language, info.language)
        if info.source == "team":
            if info.published_by:
                return QCoreApplication.translate("TemplateTableModel", "Team ({who})").format(
                    who=info.published_by
                )
            return QCoreApplication.translate("TemplateTableModel", "Team")
        return (
            QCoreApplication.translate("TemplateTableModel", "Built in")
            if info.source == "built-in"
            else QCoreApplication.translate("TemplateTableModel", "Yours")
        )


# --------------------------------------------------------------------------- the small forms
