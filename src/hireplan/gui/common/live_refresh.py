"""Refresh a view from the analysis when it is visible, else mark it stale and catch up on show.

Every screen that shows analysis results follows the same idiom: nothing is analysed before the
window has painted (the view is "started" on first show, or by the window after the first paint);
once started, a new analysis refreshes the view at once if it is on screen, and otherwise only
marks it stale, so editing on one screen never pays for repainting the hidden ones.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class LiveRefresh:
    """The start / live / stale state of one view that follows the analysis.

    Attributes:
        live: started: the view follows the analysis.
        stale: a new analysis arrived while the view was hidden.
    """

    def __init__(
        self,
        widget: QWidget | None,
        refresh: Callable[[], None],
        *,
        on_start: Callable[[], None] | None = None,
        start_on_show: bool = False,
        while_hidden: bool = False,
    ) -> None:
        """``refresh`` repaints the view; ``on_start`` runs once, on the first :meth:`start` (connect
        signals there); ``start_on_show`` starts the view the first time it is shown;
        ``while_hidden`` (or no ``widget``, for a model) refreshes even when hidden: a status bar is
        on screen whenever the window is, and a model's rows must match the plan's."""
        self._widget = widget
        self._refresh = refresh
        self._on_start = on_start
        self._start_on_show = start_on_show
        self._while_hidden = while_hidden
        self.live = False
        self.stale = False

    def start(self) -> None:
        """Begin following the analysis (once) and refresh now."""
        if not self.live:
            self.live = True
            if self._on_start is not None:
                self._on_start()
        self.refresh()

    def refresh(self) -> None:
        """Refresh now, whatever the visibility."""
        self.stale = False
        self._refresh()

    def changed(self, *_args: object) -> None:
        """A new analysis (or plan): refresh if visible, else mark stale. Ignored until started."""
        if not self.live:
            return
        if self._while_hidden or self._widget is None or self._widget.isVisible():
            self.refresh()
        else:
            self.stale = True

    def shown(self) -> None:
        """Call from the widget's ``showEvent``: start on first show if asked, else catch up."""
        if not self.live:
            if self._start_on_show:
                self.start()
        elif self.stale:
            self.refresh()
