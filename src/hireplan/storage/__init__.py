"""Plan and template files: atomic save, load with clear errors, schema migrations, template library.

No Qt here.  Most callers need only :func:`load_plan`, :func:`save_plan` and :class:`PlanFileError`.
"""

from hireplan.storage.atomic import atomic_write_bytes, backup_path
from hireplan.storage.errors import PlanFileError
from hireplan.storage.plan_file import (
    PLAN_SUFFIX,
    load_plan,
    plan_from_bytes,
    plan_to_bytes,
    save_plan,
)

__all__ = [
    "PLAN_SUFFIX",
    "PlanFileError",
    "atomic_write_bytes",
    "backup_path",
    "load_plan",
    "plan_from_bytes",
    "plan_to_bytes",
    "save_plan",
]
