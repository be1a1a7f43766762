"""The open plan: its edit operations (each one undo step), the thin undo commands and the change
notices screens listen to.
"""
