"""Named operations of the window, one module per domain; each function builds an Op.

Dialogs and pages say what to do (`ops.roster.add_member(...)`) and hand the Op to
`context.ops.run`; no dialog writes through a lambda of its own.
"""
