"""Command-line entry: ``hireplan [FILE]`` opens the desktop window; subcommands run headless.

Start-up speed matters for the window, so nothing heavy is imported here: the GUI path imports
only ``hireplan.gui.app``, and each subcommand module is imported only when that subcommand (or
``--help``) is asked for.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()
"""When the process reached hireplan's code; ``--smoke`` measures start-up from here."""

import argparse  # noqa: E402  (the timestamp above must come first)
import os  # noqa: E402
import sys  # noqa: E402

# hireplan registers no pydantic plugins, so pydantic need not scan every installed package's entry
# points for them when it builds the first model; pydantic documents this variable for switching
# plugin discovery off. setdefault: a person who sets it themselves keeps their choice.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
from collections.abc import Mapping, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from hireplan import __version__  # noqa: E402
from hireplan.cli import desktop_command  # noqa: E402
from hireplan.i18n import N_, _  # noqa: E402

EXIT_OK = 0
EXIT_USAGE_OR_FILE = 2
EXIT_HIGH_FLAG = 3

SUBCOMMANDS = ("new", "validate", "templates", "check", "export", "diff")
"""The headless subcommands; each lives in ``hireplan.cli.<name>_command`` with ``add_parser(subparsers)``."""

EPILOG = N_(
    """\
language:
  --lang zh_CN|en          speak Simplified Chinese or English (default: from LANGUAGE, LC_ALL or LANG)

desktop window:
  hireplan [FILE]          open FILE, or the last plan, or the sample plan the first time
  hireplan --sample        open the sample plan
  hireplan --smoke [FILE]  open the window, print startup_ms=N after the first paint, exit

desktop integration (Linux):
  hireplan --install-desktop    add hireplan to your application menu, with its icon, and
                                make .hireplan files open with it (no root needed)
  hireplan --uninstall-desktop  remove what --install-desktop added

exit status:
  0  success (diff: no change)
  1  diff: the two versions differ
  2  usage error, or a file that cannot be read, written or validated
  3  check: the plan has a high-severity flag nobody has acknowledged
"""
)
"""The end of ``hireplan --help``; one message, so a translator keeps its columns aligned."""


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and one clear line on a usage error, as every command does, and
    lays out its help by terminal columns (:mod:`hireplan.cli.help_width`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from hireplan.cli.help_width import DisplayWidthHelpFormatter

        kwargs.setdefault("formatter_class", DisplayWidthHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE_OR_FILE, _("hireplan: error: {message}").format(message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    from hireplan.cli.argparse_words import speak_argparse
    from hireplan.cli.help_width import RawDescriptionDisplayWidthHelpFormatter

    speak_argparse()
    parser = _Parser(
        prog="hireplan",
        description=_("Plan how to attract and keep AI researchers and engineers."),
        epilog=_(EPILOG),
        formatter_class=RawDescriptionDisplayWidthHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"hireplan {__version__}",
        help=_("show the version of hireplan and exit"),
    )
    subparsers = parser.add_subparsers(
        title=_("headless commands"), metavar=_("COMMAND"), parser_class=_Parser
    )
    # Imported here rather than at the top so the window's start-up never pays for them, and by name
    # (not through importlib) so freezing tools such as PyInstaller find every subcommand unaided.
    from hireplan.cli import (
        check_command,
        diff_command,
        export_command,
        new_command,
        templates_command,
        validate_command,
    )

    for module in (
        new_command,
        validate_command,
        templates_command,
        check_command,
        export_command,
        diff_command,
    ):
        module.add_parser(subparsers)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    from hireplan.cli.argparse_words import speak_argparse

    speak_argparse()
    parser = _Parser(prog="hireplan", add_help=False)
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--sample", action="store_true")
    return parser


def take_language(args: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    """Set the process' language from ``--lang X`` / ``--lang=X`` anywhere before ``--``, else from the
    environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); return the arguments without the option.

    Taken out before argparse so it works for the window and every subcommand alike, and so argparse's
    own help can already speak the chosen language.
    """
    from hireplan import i18n

    language = i18n.language_from_environment(environ)
    source = "environment"
    rest: list[str] = []
    items = iter(args)
    for arg in items:
        if arg == "--":
            rest += [arg, *items]
            break
        if arg == "--lang" or arg.startswith("--lang="):
            value = arg.partition("=")[2] if "=" in arg else next(items, "")
            found = i18n.normalise(value)
            if found is None:
                i18n.set_language(language, source=source)  # the error speaks the environment's language
                message = i18n._("--lang takes one of {choices}, not '{value}'.").format(
                    choices=", ".join(i18n.LANGUAGES), value=value
                )
                sys.stderr.write(i18n._("hireplan: error: {message}").format(message=message) + "\n")
                raise SystemExit(EXIT_USAGE_OR_FILE)
            language, source = found, "option"
            continue
        rest.append(arg)
    i18n.set_language(language, source=source)
    return rest


def main(argv: Sequence[str] | None = None) -> int:
    args_list = take_language(list(sys.argv[1:] if argv is None else argv))
    first = args_list[0] if args_list else ""
    if first in (desktop_command.INSTALL, desktop_command.UNINSTALL) and len(args_list) == 1:
        return desktop_command.run(first)
    if first in SUBCOMMANDS or first in ("-h", "--help", "--version"):
        parser = build_parser()
        args = parser.parse_args(args_list)
        return int(args.func(args))
    gui_args = _gui_parser().parse_args(args_list)
    _import_window_core()
    from hireplan.gui.app import run_gui

    return run_gui(gui_args.file, smoke=gui_args.smoke, sample=gui_args.sample)


def _import_window_core() -> None:
    """Import the Qt-free modules the first window needs before Qt itself.

    Once PySide6 is imported, shiboken's import hook (its ``__feature__`` support) reads the
    source of every module imported after it, to see whether the module uses PySide. pydantic,
    the model, storage and the figures' formatting (some 150 modules the window reads a plan
    with before its first paint) imported first are spared that: about 20 ms of CPU at start-up.
    Only modules loaded before the first paint anyway belong here: the analysis and its results,
    the sheet readers and the team library load after it, when first used.
    """
    import hireplan.model.operations
    import hireplan.storage
    import hireplan.storage.plan_lock  # noqa: F401


def gui_main() -> int:
    """The ``hireplan-gui`` launcher (no console window on Windows): always the window, never a subcommand."""
    gui_args = _gui_parser().parse_args(take_language(sys.argv[1:]))
    _import_window_core()
    from hireplan.gui.app import run_gui

    return run_gui(gui_args.file, smoke=gui_args.smoke, sample=gui_args.sample)


if __name__ == "__main__":
    sys.exit(main())
