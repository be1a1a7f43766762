"""Save a screenshot of Settings › This Computer (for docs/screenshots), under Xvfb or a desktop.

    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python scripts/screenshot_settings.py OUT.png [--dark]
"""

import os, sys
from pathlib import Path
os.environ.setdefault("QT_SCALE_FACTOR", "1")
from PySide6.QtCore import QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)
from hireplan.gui.app import make_application
from hireplan.gui.common.prompts import QuietPrompter
from hireplan.gui.shell.main_window import MainWindow
app = make_application()
if "--dark" in sys.argv:
    from hireplan.gui.common.colour_scheme import DARK, apply_colour_scheme
    apply_colour_scheme(app, DARK)
window = MainWindow(prompter=QuietPrompter())
window.startup(None, sample=True, offer_recovery=False)
window.show()
def shoot():
    dialog = window.dialogs.show_settings()
    dialog.tabs.setCurrentIndex(1)
    QTimer.singleShot(500, lambda: (dialog.grab().save(sys.argv[1]), app.quit()))
QTimer.singleShot(500, shoot)
app.exec()
