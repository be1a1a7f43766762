"""Allow ``python -m hireplan``."""

import sys

from hireplan.cli.main import main

sys.exit(main())
