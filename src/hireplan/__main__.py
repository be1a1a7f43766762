"""Allow ``python -m hireplan``."""

import sys

from hireplan.cli import main

sys.exit(main())
