"""Why a template cannot be renamed or deleted here, in words: built-in templates come with hireplan,
team templates belong to the shared library; only the person's own can change.

The dialog offers Rename and Delete as unavailable with :func:`read_only_reason` beside them, and a
call that reaches them anyway is refused with :func:`rename_refusal` or :func:`delete_refusal`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hireplan.storage.templates import TemplateInfo

Refusal = tuple[str, str]
"""The title and the message of the error shown."""


def read_only_reason(info: TemplateInfo) -> str:
    """Why the template cannot be renamed or deleted here; empty for the person's own."""
    if info.source == "built-in":
        return QCoreApplication.translate(
            "TemplateLibraryDialog",
            "Built-in templates come with hireplan and cannot be renamed or deleted. Start a plan "
            "from one, or save a plan as a template under a new name to make your own.",
        )
    if info.source == "team":
        return QCoreApplication.translate(
            "TemplateLibraryDialog",
            "Team templates are shared in the team library and cannot be renamed or deleted here. "
            "Ask whoever publishes them, or save a copy of your own.",
        )
    return ""


def rename_refusal(info: TemplateInfo) -> Refusal | None:
    """What to say when asked to rename a template that is not the person's own; None for theirs."""
    if info.source == "team":
        return (
            QCoreApplication.translate("TemplateLibraryDialog", "Cannot rename a team template"),
            QCoreApplication.translate(
                "TemplateLibraryDialog",
                "“{title}” belongs to the team library; a new version is published from a plan "
                "with File › Publish to Team Library….",
            ).format(title=info.title),
        )
    if info.source == "built-in":
        return (
            QCoreApplication.translate("TemplateLibraryDialog", "Cannot rename a built-in template"),
            QCoreApplication.translate(
                "TemplateLibraryDialog",
                "“{title}” comes with hireplan and cannot be renamed. Start a plan from it and "
                "save that plan as a template under the name you want.",
            ).format(title=info.title),
        )
    return None


def delete_refusal(info: TemplateInfo) -> Refusal | None:
    """What to say when asked to delete a template that is not the person's own; None for theirs."""
    if info.source == "team":
        return (
            QCoreApplication.translate("TemplateLibraryDialog", "Cannot delete a team template"),
            QCoreApplication.translate(
                "TemplateLibraryDialog",
                "“{title}” belongs to the team library, which everyone shares; remove it from the "
                "library folder on the share if it is no longer wanted.",
            ).format(title=info.title),
        )
    if info.source == "built-in":
        return (
            QCoreApplication.translate("TemplateLibraryDialog", "Cannot delete a built-in template"),
            QCoreApplication.translate(
                "TemplateLibraryDialog",
                "“{title}” comes with hireplan and cannot be deleted. "
                "Only templates you saved or imported can be.",
            ).format(title=info.title),
        )
    return None
