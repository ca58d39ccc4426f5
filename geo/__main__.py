"""Entry point: ``python -m geo`` (see :mod:`geo.cli`)."""

import io
import sys

from geo.cli import main

if __name__ == "__main__":
    # Bytes in the command line that are not UTF-8 reach Python as lone surrogates;
    # echoed (geocode prints the name asked for) they go back out as the same bytes,
    # whatever the locale, rather than ending in a UnicodeEncodeError.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="surrogateescape")
    sys.exit(main())
