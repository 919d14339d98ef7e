"""The window's heap: start-up's objects are set aside once, later garbage still goes."""

from __future__ import annotations

import gc

from ssc_desktop.heap import settle


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_settle_freezes_start_up_and_later_cycles_are_still_collected() -> None:
    try:
        before = len(gc.get_objects())
        frozen = settle()
        assert frozen > 1000  # this process's modules, at least
        # A full collection now walks only what came after (counts, not time).
        assert len(gc.get_objects()) < before - frozen // 2
        survivor = Cycle()
        del survivor
        assert gc.collect() >= 1  # a cycle made after settle() is collected
    finally:
        gc.unfreeze()
