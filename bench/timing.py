"""Honest timing for the benches: medians of several runs, CPU time next to wall time,
and each figure beside an anchor measured in the same run doing the same work."""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Timing:
    wall_ms: float  # median
    cpu_ms: float  # median process CPU time (both threads of a 2-core machine count)
    runs: int
    worst_ms: float


def measure(call: Callable[[], object], runs: int = 5,
            before: Callable[[], object] | None = None) -> Timing:
    """Run `call` `runs` times (each after `before`, untimed); medians of wall and CPU.

    Each run starts from a collected heap (gc.collect, untimed), so no run pays for the
    garbage an earlier one left: measured in turns, an anchor would otherwise pay the
    app's collections (a raw select took 50 ms alone, 65-75 ms after each refresh)."""
    walls, cpus = [], []
    for _ in range(runs):
        if before is not None:
            before()
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        call()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return Timing(statistics.median(walls), statistics.median(cpus), runs, max(walls))


def median_timing(timings: list[Timing]) -> Timing:
    """One Timing from single runs taken in turns with another measure's."""
    return Timing(statistics.median(x.wall_ms for x in timings),
                  statistics.median(x.cpu_ms for x in timings), len(timings),
                  max(x.worst_ms for x in timings))


@dataclass(frozen=True)
class Line:
    """One row of the table every bench prints and run_all.py gathers."""

    operation: str
    app: Timing
    anchor: Timing | None = None
    anchor_name: str = ""
    budget: str = ""  # "3×" for a ratio, "100 ms" for a time
    ratio_budget: float | None = None
    ms_budget: float | None = None
    unit: str = "ms"  # "MB": a size, carried in the wall_ms field (the database file)

    @property
    def ratio(self) -> float | None:
        if self.anchor is None or self.anchor.wall_ms <= 0:
            return None
        return self.app.wall_ms / self.anchor.wall_ms

    @property
    def within(self) -> bool:
        ok = True
        if self.ratio_budget is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.ratio_budget
        if self.ms_budget is not None:
            ok = ok and self.app.wall_ms <= self.ms_budget
        return ok


def fmt(t: Timing | None, unit: str = "ms") -> str:
    if t is None:
        return "–"
    if unit != "ms":
        return f"{t.wall_ms:,.1f} {unit}"
    return f"{t.wall_ms:,.0f} ms (cpu {t.cpu_ms:,.0f})" if t.wall_ms >= 10 else \
        f"{t.wall_ms:.1f} ms (cpu {t.cpu_ms:.1f})"


def table(lines: list[Line]) -> str:
    """A Markdown table: operation, app, anchor, ratio, budget, within."""
    out = ["| Operation | App (median wall, CPU) | Anchor, same run | Ratio | Budget | |",
           "|---|---|---|---|---|---|"]
    for line in lines:
        anchor = f"{fmt(line.anchor, line.unit)}: {line.anchor_name}" if line.anchor else "–"
        ratio = f"{line.ratio:.2f}×" if line.ratio is not None else "–"
        out.append(f"| {line.operation} | {fmt(line.app, line.unit)} | {anchor} | {ratio} | "
                   f"{line.budget} | {'ok' if line.within else 'OVER'} |")
    return "\n".join(out)


def save(lines: list[Line], path: Path | None) -> None:
    """The lines as JSON, for run_all.py."""
    if path is None:
        return
    path.write_text(json.dumps([{**asdict(line), "ratio": line.ratio, "within": line.within}
                                for line in lines], indent=1), encoding="utf-8")


def load(path: Path) -> list[Line]:
    lines = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        item.pop("ratio", None)
        item.pop("within", None)
        app = Timing(**item.pop("app"))
        anchor = Timing(**item["anchor"]) if item.get("anchor") else None
        item.pop("anchor", None)
        lines.append(Line(app=app, anchor=anchor, **item))
    return lines
