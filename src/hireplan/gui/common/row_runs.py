"""Row numbers grouped into contiguous runs, so a model tells its views about a span in one signal."""

from __future__ import annotations

from collections.abc import Sequence


def row_runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted row numbers grouped into (first, last) runs: ``[1, 2, 3, 7]`` gives ``[(1, 3), (7, 7)]``."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
