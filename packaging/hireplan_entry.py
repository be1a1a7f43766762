"""The frozen bundle's entry point: ``hireplan`` is the usual command (window and CLI);
``hireplan-gui`` (Windows and macOS, no console) always opens the window."""

import sys
from pathlib import Path

from hireplan.cli.main import gui_main, main

if __name__ == "__main__":
    sys.exit(gui_main() if Path(sys.executable).stem == "hireplan-gui" else main())
