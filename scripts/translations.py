"""Keep the core's gettext catalogues in step with the code: ``make translations`` runs this.

Extracts every ``_()``, ``N_()`` and ``ngettext()`` string from ``src/hireplan`` (the Qt-free core:
the GUI translates through Qt's .ts files instead), merges them into each language's ``.po`` (new
strings arrive untranslated, strings no longer in the code are dropped) and compiles the ``.mo``
hireplan loads at run time. tests/unit/test_translations_core.py fails when a step was skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "hireplan"
LOCALE = ROOT / "resources" / "locale"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
CORE_FOLDERS = ("model", "analysis", "storage", "export", "cli")
"""Where the gettext strings live; ``gui/`` uses Qt's tr() and the .ts workflow."""


def template() -> Catalog:
    """Every translatable string the core's code holds, as it is now."""
    catalog = Catalog(project="hireplan", domain="hireplan")
    sources = [SOURCE / folder for folder in CORE_FOLDERS]
    for folder in sources:
        for filename, lineno, message, comments, context in extract_from_dir(
            folder, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            where = (f"src/hireplan/{folder.name}/{filename}", lineno)
            catalog.add(message, locations=[where], auto_comments=comments, context=context)
    for filename, lineno, message, comments, context in extract_from_dir(
        SOURCE, method_map=[("i18n.py", "python")], keywords=KEYWORDS
    ):
        catalog.add(message, locations=[(f"src/hireplan/{filename}", lineno)], context=context)
    return catalog


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "hireplan.po"


def read(path: Path, language: str) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream, locale=language, domain="hireplan")


def update(language: str) -> Catalog:
    path = po_path(language)
    if path.exists():
        catalog = read(path, language)
    else:
        catalog = Catalog(locale=language, domain="hireplan", project="hireplan", fuzzy=False)
    catalog.update(template(), no_fuzzy_matching=True)
    catalog.obsolete.clear()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        write_po(stream, catalog, width=100, omit_header=False, sort_output=False)
    return catalog


def compile_mo(language: str) -> None:
    catalog = read(po_path(language), language)
    with po_path(language).with_suffix(".mo").open("wb") as stream:
        write_mo(stream, catalog, use_fuzzy=False)


def _translated(string: object) -> bool:
    if isinstance(string, str):
        return bool(string)
    return isinstance(string, (tuple, list)) and all(string)


def main() -> int:
    languages = sorted(p.name for p in LOCALE.iterdir() if p.is_dir())
    for language in languages:
        catalog = update(language)
        compile_mo(language)
        missing = [m.id for m in catalog if m.id and not _translated(m.string)]
        print(f"{language}: {len(catalog)} messages, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
