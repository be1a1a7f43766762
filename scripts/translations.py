"""Keep every translation catalogue in step with the code: ``make translations`` runs this.

The core (gettext): extracts every ``_()``, ``N_()`` and ``ngettext()`` string from the Qt-free
packages, merges them into each language's ``.po`` (new strings arrive untranslated, strings no
longer in the code are dropped) and compiles the ``.mo`` hireplan loads at run time.
tests/unit/test_translations_core.py fails when a step was skipped.

The window (Qt): one source group per folder directly under ``src/hireplan/gui/`` (plus the
``gui/*.py`` files as ``app``). ``pyside6-lupdate`` extracts each group's
``QCoreApplication.translate``/``QT_TRANSLATE_NOOP`` strings into
``resources/translations/zh_CN/<group>.ts`` (every message, to translate) and, plural messages only,
into ``resources/translations/en/<group>.ts`` (the English singular and plural forms); then
``pyside6-lrelease`` compiles each language's .ts files into ``resources/translations/hireplan_<lang>.qm``,
which is committed. tests/unit/test_translations_gui.py fails when a step was skipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
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
        SOURCE,
        method_map=[("i18n.py", "python"), ("locale_figures.py", "python"), ("atomic.py", "python")],
        keywords=KEYWORDS,
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
    kept_date = catalog.creation_date
    catalog.update(template(), no_fuzzy_matching=True)
    catalog.obsolete.clear()
    # Babel stamps "now" on every update: keeping the date the .po had means re-running the step
    # changes nothing, so engineers extracting in parallel do not collide on the header (and the .mo).
    catalog.creation_date = kept_date
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


GUI = SOURCE / "gui"
QT_TRANSLATIONS = ROOT / "resources" / "translations"
QT_LANGUAGES = {"zh_CN": (), "en": ("-pluralonly",)}
"""Each language the window ships and what lupdate keeps for it: Chinese every message, English the
plural messages only (their singular and plural forms; the source text serves everywhere else)."""
APP_GROUP = "app"
"""The source group of the ``gui/*.py`` files (app.py and its neighbours) that sit in no folder."""
_MESSAGE = re.compile(rb"<message[ >]")


def qt_tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` from this interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def gui_groups() -> dict[str, list[Path]]:
    """Each ``.ts`` source group and what lupdate scans for it: a folder under gui/, or app's files."""
    groups = {
        folder.name: [folder]
        for folder in sorted(GUI.iterdir())
        if folder.is_dir() and (folder / "__init__.py").exists()
    }
    groups[APP_GROUP] = sorted(GUI.glob("*.py"))
    return groups


def ts_path(language: str, group: str, root: Path = QT_TRANSLATIONS) -> Path:
    return root / language / f"{group}.ts"


def qm_path(language: str, root: Path = QT_TRANSLATIONS) -> Path:
    return root / f"hireplan_{language}.qm"


def lupdate(language: str, group: str, sources: list[Path], ts: Path, *, keep_obsolete: bool = False) -> str:
    """Merge ``sources``' strings into ``ts`` (created if missing); lupdate's report."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [qt_tool("pyside6-lupdate"), "-extensions", "py", *map(str, sources)]
    command += [] if keep_obsolete else ["-no-obsolete"]
    command += ["-locations", "none", *QT_LANGUAGES[language], "-target-language", language, "-ts", str(ts)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed for {group} ({language}):\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def has_messages(ts: Path) -> bool:
    return ts.exists() and _MESSAGE.search(ts.read_bytes()) is not None


def lrelease(language: str, root: Path = QT_TRANSLATIONS, out: Path | None = None) -> Path:
    """Compile ``root/<language>/*.ts`` into one ``.qm`` (at ``out``, else beside the folder)."""
    target = out or qm_path(language, root)
    sources = sorted((root / language).glob("*.ts"))
    if not sources:  # nothing to translate yet: an empty catalogue, so the window still loads one
        empty = root / language / "empty.ts"
        empty.parent.mkdir(parents=True, exist_ok=True)
        empty.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="{language}"/>\n'
        )
        try:
            return lrelease(language, root, out)
        finally:
            empty.unlink()
    command = [
        qt_tool("pyside6-lrelease"),
        "-silent",
        "-nounfinished",
        *map(str, sources),
        "-qm",
        str(target),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"lrelease failed for {language}:\n{done.stdout}{done.stderr}")
    return target


def update_qt() -> None:
    """Extract every group into each language's .ts, then compile each language's .qm."""
    for language in QT_LANGUAGES:
        for group, sources in gui_groups().items():
            ts = ts_path(language, group)
            existed = ts.exists()
            lupdate(language, group, sources, ts)
            if not existed and not has_messages(ts):
                ts.unlink()  # no string in that group yet: no file that would only collide on merge
        qm = lrelease(language)
        unfinished = sum(
            path.read_text(encoding="utf-8").count('type="unfinished"')
            for path in sorted((QT_TRANSLATIONS / language).glob("*.ts"))
        )
        print(f"{language} (window): {qm.name} built, {unfinished} unfinished")


def main() -> int:
    languages = sorted(p.name for p in LOCALE.iterdir() if p.is_dir())
    for language in languages:
        catalog = update(language)
        compile_mo(language)
        missing = [m.id for m in catalog if m.id and not _translated(m.string)]
        print(f"{language}: {len(catalog)} messages, {len(missing)} untranslated")
    update_qt()
    return 0


if __name__ == "__main__":
    sys.exit(main())
