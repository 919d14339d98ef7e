"""What the file formats (exchange/) and the window use of the store, handed through
services so that exchange/ never imports store/: the open database's type, and the one
safe way to write a file (a private .part renamed when complete)."""

from __future__ import annotations

from ..store.database import Database
from ..store.files import part_file, private_folder, write_private

__all__ = ["Database", "part_file", "private_folder", "write_private"]
