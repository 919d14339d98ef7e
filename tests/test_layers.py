"""The layers' arrows point down: nothing below ui/ imports Qt, and exchange/ reaches the
store only through services/."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ssc_desktop"


def imports(folder: str) -> list[tuple[str, str]]:
    out = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                module = "." * node.level + (node.module or "")
                out.append((path.name, module))
            elif isinstance(node, ast.Import):
                out += [(path.name, alias.name) for alias in node.names]
    return out


def test_exchange_goes_through_services_not_the_store() -> None:
    assert [(f, m) for f, m in imports("exchange")
            if m.startswith("..store") or m.startswith("ssc_desktop.store")] == []


def test_nothing_below_ui_imports_qt() -> None:
    for folder in ("domain", "store", "services", "exchange", "commands"):
        assert [(f, m) for f, m in imports(folder) if m.startswith("PySide6")] == [], folder


def test_the_command_line_and_the_window_do_not_import_each_other() -> None:
    commands = [m for _f, m in imports("commands")]
    assert not any(m in ("..cli", "ssc_desktop.cli") or m.endswith("import cli")
                   for m in commands)
    cli = [m for f, m in imports(".") if f == "cli.py"]
    app = [m for f, m in imports(".") if f == "app.py"]
    assert ".app" not in cli and ".cli" not in app


def test_the_window_holds_a_handle_and_never_imports_the_store() -> None:
    assert [(f, m) for f, m in imports("ui")
            if m.startswith("..store") or m.startswith("...store")
            or m.startswith("ssc_desktop.store")] == []
