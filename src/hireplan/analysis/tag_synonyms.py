"""Chinese tags that mean what the risk rules look for, so a team tagging in Chinese is understood.

The rules keep their English tag keys (``career-path``, ``culture``...): they are the stable,
documented vocabulary, and plans and templates already use them. A checklist item tagged ``文化``
counts as tagged ``culture``; both spellings may sit in one plan. Add a synonym here, never a second
spelling in a rule.
"""

from __future__ import annotations

SYNONYMS: dict[str, str] = {
    "职业发展": "career-path",
    "职业路径": "career-path",
    "晋升通道": "career-path",
    "文化": "culture",
    "文化融合": "culture",
    "政策": "policy",
    "政策跟踪": "policy",
    "关怀": "engagement",
    "员工关怀": "engagement",
    "敬业度": "engagement",
    "跟进": "follow-up",
    "回访": "follow-up",
    "科研经费": "research-budget",
    "研究经费": "research-budget",
    "算力": "compute",
}
"""Chinese tag -> the rules' English key."""


def rule_key(tag: str) -> str:
    """The key a rule looks for: the tag itself, or the English key of a Chinese synonym."""
    return SYNONYMS.get(tag, tag)
