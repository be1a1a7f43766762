"""Data shipped with hireplan: built-in templates, the sample plan, JSON Schema, fonts, icons.

Read through ``hireplan.resources`` with importlib.resources, never by path from the repository.
"""
