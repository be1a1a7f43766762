"""What any screen may use: the table model base, money and date editors, prompts, the palette
(``style``), ``LiveRefresh`` for views that follow the analysis, and section keys. Imports no screen.
"""
