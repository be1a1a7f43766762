"""Headless commands behind `hireplan SUBCOMMAND`, one module each."""
