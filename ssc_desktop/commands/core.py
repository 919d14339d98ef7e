"""Core commands: demo (a realistic demo database) and check (integrity and counts)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # noqa: SLF001
    """Filled in by the foundation work: demo, check."""
