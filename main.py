"""Run SSC Desktop from a checkout: python main.py [--db PATH]."""

import sys

from ssc_desktop.bootstrap import main

if __name__ == "__main__":
    sys.exit(main())
