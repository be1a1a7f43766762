"""Excel workbook and PDF brief built from a plan and its analysis. No Qt.

Import the writers from their modules (:mod:`hireplan.export.xlsx`, :mod:`hireplan.export.pdf`):
this package itself stays light so that importing it never pulls in openpyxl or reportlab, and
the desktop app does not pay for them at start-up.
"""

from hireplan.export.options import PAGE_SIZES, SECTIONS, PdfOptions, parse_sections
from hireplan.export.report import ExportError, ExportReport

__all__ = ["PAGE_SIZES", "SECTIONS", "ExportError", "ExportReport", "PdfOptions", "parse_sections"]
