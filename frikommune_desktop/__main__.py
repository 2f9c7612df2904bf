"""Run the command line with `python -m frikommune_desktop`."""

import sys

from .cli import main

sys.exit(main())
