"""Files SSC Desktop ships, installed as the package ssc_desktop.resources (see shipped.py)."""
