"""The window's language: the stored choice, Qt's own translations and a CJK font to fall back on.

The language itself is :mod:`hireplan.i18n`'s (one per process, read by the core's texts too).
The window adds three things: the person's choice in Settings (follow the system, English or
简体中文; applied at the next start, so no screen ever has to re-translate itself live), Qt's
``qtbase_zh_CN`` for the standard dialogs (file chooser, message boxes, colour and print dialogs)
plus hireplan's own ``hireplan_<lang>.qm`` (built from ``resources/translations/<lang>/*.ts`` by
``make translations``; the English one holds the plural forms only), and the bundled WenQuanYi Micro
Hei registered as a fallback so Chinese never draws as boxes on a machine without CJK fonts.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from hireplan import i18n

SETTING_KEY = "ui/language"
FOLLOW_SYSTEM = "system"
CHOICES = (FOLLOW_SYSTEM, i18n.ENGLISH, i18n.CHINESE)
"""What Settings › Language offers, in order: follow the system, English, 简体中文."""
CJK_FONT_FILE = "wqy-microhei.ttc"
QT_CATALOGUE = "qtbase"
APP_CATALOGUE = "hireplan"


def stored_choice(settings: QSettings) -> str:
    value = str(settings.value(SETTING_KEY, FOLLOW_SYSTEM, type=str))
    return value if value in CHOICES else FOLLOW_SYSTEM


def store_choice(settings: QSettings, choice: str) -> None:
    """Remember ``choice`` (one of :data:`CHOICES`) for the next start."""
    if choice not in CHOICES:
        raise ValueError(f"not a language choice: {choice!r}")
    settings.setValue(SETTING_KEY, choice)


def apply_stored_choice(settings: QSettings) -> str:
    """Set the process language from Settings unless ``--lang`` chose one; return the language."""
    choice = stored_choice(settings)
    if choice != FOLLOW_SYSTEM and i18n.language_source() != "option":
        i18n.set_language(choice)
    return i18n.current_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load hireplan's catalogue for ``language`` and, for Chinese, Qt's own ``qtbase``.

    English loads ``hireplan_en.qm`` too: the source texts are English, but its plural messages
    ("%n open risk(s)") take their singular and plural forms from it. Returns the translators, which
    must stay referenced as long as the application lives.
    """
    installed: list[QTranslator] = []
    if language != i18n.ENGLISH:
        # QLocale.setDefault waits for the date and money widgets to take a per-language format: set
        # alone it gives "1 10月 2026" in the date fields.
        qt = QTranslator(app)
        translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(language), QT_CATALOGUE, "_", translations):
            app.installTranslator(qt)
            installed.append(qt)
    own = QTranslator(app)
    with importlib.resources.as_file(catalogue_resource(language)) as path:
        if path.exists() and own.load(str(path)):
            app.installTranslator(own)
            installed.append(own)
    return installed


def catalogue_resource(language: str) -> Traversable:
    """Where hireplan's compiled window catalogue for ``language`` ships (``make translations``)."""
    return importlib.resources.files("hireplan.resources") / "translations" / f"{APP_CATALOGUE}_{language}.qm"


def register_cjk_fallback(app_font: QFont) -> str | None:
    """Add the bundled CJK font and make it the fallback of the window's font; its family name.

    Qt walks a family's substitutes for a glyph the family lacks, so Latin text keeps the system
    font and only Chinese characters come from WenQuanYi when the system has no CJK font of its own.
    """
    resource = importlib.resources.files("hireplan.resources") / "fonts" / CJK_FONT_FILE
    with importlib.resources.as_file(resource) as path:
        font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    family = families[0]
    QFont.insertSubstitutions(app_font.family(), [*QFont.substitutes(app_font.family()), family])
    return family
