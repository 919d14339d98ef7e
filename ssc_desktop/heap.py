"""The Python heap of a long-running window: what start-up built is set aside once.

Start-up imports Qt, SQLAlchemy, Babel, openpyxl's and reportlab's modules and builds
the schema, the pages and their caches: some 60,000 objects that live as long as the
app. Python's cyclic garbage collector walks every one of them again at each full
collection, and an operation that allocates (an undo, an import, a page's reload)
triggers one now and then: 50 to 80 ms of a 100 ms undo on the bench. ``settle()``,
called once when start-up is over, collects what start-up left behind and moves the
rest out of the collector's way (``gc.freeze``); later garbage is collected as before.
"""

from __future__ import annotations

import gc


def settle() -> int:
    """Collect start-up's garbage, then freeze what is left; how many objects it froze."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
