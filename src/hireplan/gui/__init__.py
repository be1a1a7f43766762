"""The desktop window: it shows the open plan and edits it; it never decides a figure.

Floors, from the bottom up (import-linter contracts in pyproject.toml keep them):

- ``document/`` the open plan: named edit operations, undo commands, change notices;
- ``common/`` what any screen may use: table model base, editors, prompts, palette, section keys;
- one folder per screen or tool window (``overview``, ``checklist``, ``roles``, ``market_data``,
  ``compensation``, ``risks``, ``policy``, ``exporting``, ``template_library``, ``plan_settings``),
  independent of each other;
- ``shell/`` the main window that builds the screens, menus, files, autosave and lock.

``app`` creates the QApplication (applying ``qt_workarounds`` first) and runs the window.
See docs/architecture.md.
"""
