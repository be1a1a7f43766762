"""Where the repository and the tests folder are, so a test file can move between folders."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
"""The tests/ folder."""
REPO = TESTS.parent
"""The repository root (README, docs/, resources/, benchmarks/)."""
