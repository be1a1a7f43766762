"""The main window and what only it owns: menus, navigation, header, status bar, files, autosave, the
lock and start-up.
"""
