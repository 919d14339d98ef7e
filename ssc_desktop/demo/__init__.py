"""Demo data: realistic groups, people, invitations, targets and letters for trying the app.

Not a use case of the app, so it lives beside services/ rather than inside it: it writes
through the same services and store, and nothing in services/ imports it.
"""
