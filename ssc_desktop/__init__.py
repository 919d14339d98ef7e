"""SSC Desktop: run a IUCN SSC group from a laptop."""

from .identity import version as _version

__version__ = _version()
