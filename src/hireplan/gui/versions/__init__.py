"""Versions of a plan: Compare, Restore Earlier Version… and Approve This Version… dialogs.

The diff, backups and approvals are decided in the core (``analysis.plan_diff``,
``storage.backups``, ``storage.approvals``); these dialogs show them and return the person's choice.
"""
