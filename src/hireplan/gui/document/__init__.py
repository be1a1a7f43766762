"""The open plan: its edit operations (each one undo step), the thin undo commands and the change
notices screens listen to.

``document.py`` (:class:`PlanDocument`, the operations widgets call, and the story of an edit),
``plan_state.py`` (its state, signals and the ``apply_*`` primitives), ``undo_commands.py`` (the
commands, over the :class:`EditTarget` protocol) and ``analysis_changes.py`` (what to re-analyse).
"""
