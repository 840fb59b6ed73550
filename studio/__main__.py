"""`python -m studio` runs the same front door as the `studio` console script."""

import sys

from studio.cli import main

sys.exit(main())
