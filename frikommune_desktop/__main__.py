"""Run the command line with `python -m frikommune_desktop`."""

import sys

from .cli.main import main

sys.exit(main())
