"""Entry point: ``python -m geo`` (see :mod:`geo.cli`)."""

import sys

from geo.cli import main

if __name__ == "__main__":
    sys.exit(main())
