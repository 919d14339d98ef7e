"""GUI bootstrap: `python main.py` and the `ssc-desktop` entry point start here."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    from .cli import main as cli_main

    return cli_main(sys.argv[1:])


def run_gui(db_path: Path) -> int:
    raise NotImplementedError("the main window is being built")
