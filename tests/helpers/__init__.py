"""What tests share: the one plan builder and its variants, fakes for the window's questions, probes.

Imported as ``helpers.<module>``: pytest puts tests/ on sys.path (``pythonpath`` in pyproject.toml) and
imports test files in importlib mode, so a test file can move to any folder under tests/ unchanged and
no test file imports another. Nothing here is named ``test_*.py``, so pytest collects none of it.

- ``plans``: ``make_plan(**overrides)`` (the clean plan), its pieces, ``checklist_plan``, ``run``.
- ``screen_plans``, ``export_plans``: the screens' and the exports' plans, built with ``make_plan``.
- ``full_plans``: every field of every model set, for round trips; ``plan_strategies``: hypothesis.
- ``fakes``: FakePrompter and FakeChooser; ``screen_probes``: build a panel, read what it shows.
- ``office``: LibreOffice for the workbook tests.
- ``visible_text``: every text a window shows and which of it is still English; ``in_chinese`` (issue 18).
"""
