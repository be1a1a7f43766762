"""Help › About hireplan: the version, what hireplan is for, and every licence it ships under.

The texts are read where they are installed rather than copied into the code: hireplan's own and
the fonts' from the package's licence files, and each library's from its installed metadata (the
libraries hireplan requires, and theirs in turn), so the list follows the dependencies as they
change.
"""

from __future__ import annotations

import importlib.resources
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hireplan import __version__
from hireplan.gui.common.app_icon import app_icon

APP = "hireplan"
DESCRIPTION = str(
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "Plan how to attract and keep AI researchers and engineers across Silicon Valley and China's "
        "hubs: a five-step checklist, offers compared across markets, and the risks a plan raises by itself.",
    )
)
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice)[^/]*$", re.IGNORECASE)

# The files in resources/licenses/ and what they cover (resources/licenses/README.md says more).
_BUNDLED: dict[str, tuple[str, str]] = {
    "LICENSE-wqy-microhei.txt": ("WenQuanYi Micro Hei (font)", "Apache-2.0"),
    "LICENSE-dejavu.txt": ("DejaVu Sans (font)", "Bitstream Vera Fonts"),
}


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str
    text: str

    def label(self) -> str:
        version = f" {self.version}" if self.version else ""
        return f"{self.name}{version} — {self.licence}"


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str | None:
    """``pydantic>=2.7,<3`` -> ``pydantic``; None for a requirement only an extra installs."""
    if re.search(r"extra\s*==", requirement):
        return None
    return re.split(r"[\s\[<>=!~;(]", requirement.strip(), maxsplit=1)[0] or None


def _field(dist: metadata.Distribution, name: str) -> str:
    values = dist.metadata.get_all(name) or []
    return str(values[0]) if values else ""


def licence_name(dist: metadata.Distribution) -> str:
    """The licence a package declares: its SPDX expression, else a short License field, else the
    trove classifier."""
    meta = dist.metadata
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    field = _field(dist, "License").strip()
    if field and "\n" not in field and len(field) <= 60:
        return field
    for classifier in meta.get_all("Classifier") or []:
        if str(classifier).startswith("License ::"):
            return str(classifier).rsplit("::", 1)[1].strip()
    return field.splitlines()[0][:60] if field else QCoreApplication.translate("AboutDialog", "not stated")


def licence_text(dist: metadata.Distribution) -> str:
    """The licence files a package installed in its ``.dist-info``, one after the other."""
    texts: list[str] = []
    for path in dist.files or []:
        name = str(path)
        if ".dist-info/" not in name or not LICENCE_FILE.search(name) or "resources/licenses" in name:
            continue
        try:
            texts.append(f"{path.name}\n\n{path.read_text(encoding='utf-8').strip()}")
        except (OSError, UnicodeDecodeError):
            continue
    return "\n\n\n".join(texts)


def _missing_text(name: str, licence: str) -> str:
    return QCoreApplication.translate(
        "AboutDialog",
        "{name} installed no licence text of its own. It is distributed under {licence}. "
        "Help › About Qt says how Qt is licensed; the GNU licences are at https://www.gnu.org/licenses/.",
    ).format(name=name, licence=licence)


def dependency_licences(root: str = APP) -> list[Licence]:
    """Every package ``root`` needs at run time (its requirements and theirs), with its licence."""
    found: list[Licence] = []
    seen = {_key(root)}
    try:
        queue = [n for r in metadata.distribution(root).requires or [] if (n := _requirement_name(r))]
    except metadata.PackageNotFoundError:
        return found
    while queue:
        name = queue.pop(0)
        if _key(name) in seen:
            continue
        seen.add(_key(name))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        display = _field(dist, "Name") or name
        licence = licence_name(dist)
        text = licence_text(dist) or _missing_text(display, licence)
        found.append(Licence(display, dist.version, licence, text))
        queue += [n for r in dist.requires or [] if (n := _requirement_name(r))]
    return found


def _bundle_folder() -> Path | None:
    """``licenses/`` of the one-folder bundle (``make dist``), which keeps no package metadata but
    copies each package's licence files into ``licenses/<name>/``; None when not running from it."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None:
        return None
    folder = Path(base) / "licenses"
    return folder if folder.is_dir() else None


def _folder_text(folder: Path) -> str:
    return "\n\n\n".join(
        f"{path.name}\n\n{path.read_text(encoding='utf-8', errors='replace').strip()}"
        for path in sorted(folder.iterdir())
        if path.is_file()
    )


def bundle_licences() -> list[Licence]:
    """The libraries' licences as the bundle ships them, one folder per package."""
    folder = _bundle_folder()
    if folder is None:
        return []
    not_stated = QCoreApplication.translate("AboutDialog", "see its text")
    return [
        Licence(sub.name, "", not_stated, _folder_text(sub))
        for sub in sorted(folder.iterdir(), key=lambda p: p.name.lower())
        if sub.is_dir() and sub.name != APP
    ]


def own_licence() -> Licence:
    """hireplan's licence (MIT), from the package's installed licence file (or the bundle's copy)."""
    text = ""
    try:
        dist = metadata.distribution(APP)
        text = licence_text(dist)
        licence = licence_name(dist)
    except metadata.PackageNotFoundError:
        licence = "MIT"
        bundle = _bundle_folder()
        if bundle is not None and (bundle / APP).is_dir():
            text = _folder_text(bundle / APP)
    return Licence(APP, __version__, licence, text or _missing_text(APP, licence))


def bundled_licences() -> list[Licence]:
    """The fonts hireplan ships in ``resources/fonts``, from the texts in ``resources/licenses``."""
    folder = importlib.resources.files("hireplan.resources").joinpath("licenses")
    found = []
    for file_name, (name, licence) in _BUNDLED.items():
        entry = folder.joinpath(file_name)
        if entry.is_file():
            found.append(Licence(name, "", licence, entry.read_text(encoding="utf-8")))
    return found


def all_licences() -> list[Licence]:
    """hireplan's licence first, then the fonts it ships, then the libraries by name."""
    libraries = sorted(dependency_licences(), key=lambda item: item.name.lower()) or bundle_licences()
    return [own_licence(), *bundled_licences(), *libraries]


class AboutDialog(QDialog):
    """The version and description above a list of licences; the selected one's text beside it."""

    def __init__(self, licences: list[Licence], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About hireplan"))
        self.licences = licences

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        heading = QLabel(
            QCoreApplication.translate("AboutDialog", "hireplan {version}").format(version=__version__)
        )
        heading.setObjectName("aboutHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        description = QLabel(QCoreApplication.translate("AboutDialog", DESCRIPTION))
        description.setWordWrap(True)
        licensed = QLabel(
            QCoreApplication.translate(
                "AboutDialog",
                "hireplan is free software under the MIT licence. It ships and runs on the software "
                "listed below, each under its own licence.",
            )
        )
        licensed.setWordWrap(True)
        intro = QVBoxLayout()
        intro.addWidget(heading)
        intro.addWidget(description)
        intro.addWidget(licensed)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(intro, 1)

        self.model = QStandardItemModel(self)
        for licence in licences:
            item = QStandardItem(licence.label())
            item.setToolTip(licence.label())
            item.setEditable(False)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setObjectName("licenceList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(QCoreApplication.translate("AboutDialog", "Licences"))
        self.list.selectionModel().currentChanged.connect(lambda index, _prev: self._show(index))
        list_label = QLabel(QCoreApplication.translate("AboutDialog", "&Licences:"))
        list_label.setBuddy(self.list)

        self.text = QPlainTextEdit()
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # licences keep their own lines
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setAccessibleName(QCoreApplication.translate("AboutDialog", "Licence text"))
        text_label = QLabel(QCoreApplication.translate("AboutDialog", "Licence &text:"))
        text_label.setBuddy(self.text)

        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addWidget(text_label)
        right.addWidget(self.text, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(right, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.about_qt_button = QPushButton(QCoreApplication.translate("AboutDialog", "About &Qt"))
        self.about_qt_button.setAutoDefault(False)
        self.about_qt_button.clicked.connect(lambda _c=False: QMessageBox.aboutQt(self))
        buttons.addButton(self.about_qt_button, QDialogButtonBox.ButtonRole.HelpRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.list, self.text)
        if licences:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.resize(900, 580)

    def _show(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self.licences):
            self.text.setPlainText(self.licences[index.row()].text)


def show_about(parent: QWidget) -> AboutDialog:
    """About, once: asking again brings the open one forward."""
    for existing in parent.findChildren(AboutDialog):
        if existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    dialog = AboutDialog(all_licences(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.list.setFocus(Qt.FocusReason.OtherFocusReason)
    return dialog
