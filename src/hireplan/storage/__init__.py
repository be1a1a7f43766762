"""Plan and template files: atomic save, load with clear errors, schema migrations, template library.

No Qt here.  Most callers need only :func:`load_plan`, :func:`save_plan` and :class:`PlanFileError`.
"""

from hireplan.atomic import backup_path
from hireplan.storage.builtin_templates import sample_plan
from hireplan.storage.errors import PlanFileError
from hireplan.storage.paths import user_data_dir, user_templates_dir
from hireplan.storage.plan_file import (
    PLAN_SUFFIX,
    load_plan,
    plan_from_bytes,
    plan_to_bytes,
    save_plan,
)
from hireplan.storage.safe_write import atomic_write_bytes
from hireplan.storage.template_file import (
    TEMPLATE_SUFFIX,
    load_template,
    template_from_bytes,
    template_to_bytes,
)
from hireplan.storage.templates import TemplateInfo, TemplateLibrary, slugify

__all__ = [
    "PLAN_SUFFIX",
    "TEMPLATE_SUFFIX",
    "PlanFileError",
    "TemplateInfo",
    "TemplateLibrary",
    "atomic_write_bytes",
    "backup_path",
    "load_plan",
    "load_template",
    "plan_from_bytes",
    "plan_to_bytes",
    "sample_plan",
    "save_plan",
    "slugify",
    "template_from_bytes",
    "template_to_bytes",
    "user_data_dir",
    "user_templates_dir",
]
