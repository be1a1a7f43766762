"""Finding LibreOffice, which the workbook tests use to recalculate and print what we export."""

from __future__ import annotations

import shutil

import pytest


def soffice() -> str:
    """The LibreOffice executable; the test fails (never skips) with how to install it when it is missing."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail(
            "LibreOffice (soffice) is needed to recalculate the workbook; run `make test`, "
            "which installs it, or install libreoffice-calc-nogui"
        )
    return found
