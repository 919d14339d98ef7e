"""SSC Desktop: run a IUCN SSC group from a laptop."""
__version__ = "0.1.0"
