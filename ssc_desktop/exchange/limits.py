"""The bounds every roster reader keeps, so a hostile or absurd file is refused with a
sentence in bounded time and memory instead of being read to the end.

They are limits in the code (counted in rows, cells, characters and bytes), never
measured timings, except the one wall-clock deadline that ends any read past it.
"""

from __future__ import annotations

from ..domain.errors import UserError
from ..i18n import _

IMPORT_ROW_LIMIT = 50_000  # members per file; the whole SSC is about 10,000
MAX_COLUMNS = 1_000  # a roster has about 25 columns; Excel allows 16,384
MAX_CSV_BYTES = 200_000_000  # 50,000 members take about 25 MB as CSV
MAX_UNPACKED_BYTES = 1_000_000_000  # what all the parts of an .xlsx may unpack to
MAX_RATIO = 200  # a part unpacking to > 200x its packed size, and > 20 MB, is a bomb
RATIO_FLOOR_BYTES = 20_000_000
# No single XML token (a tag with its attributes) of a worksheet needs more than this:
# the longest legitimate one is a cell of 32,767 characters, escaped (6 bytes each).
MAX_XML_TOKEN_BYTES = 1_000_000
MAX_READ_SECONDS = 300  # a 50,000-row file reads in a few seconds


class FileRefused(UserError):
    """The file as a whole cannot be imported; str() says why and what to do."""


def too_many_rows(name: str, limit: int) -> FileRefused:
    return FileRefused(_("{name} has more than {limit:,} rows; the app imports at most "
                         "{limit:,} members from one file. Split it into smaller files and "
                         "import them one after the other.").format(name=name, limit=limit))
