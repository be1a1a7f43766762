"""The English and Simplified Chinese names of the places a plan compares, for matching a survey's
market column against the plan's markets whichever language each was written in.

A team may name its market "Hangzhou" and buy a survey that says 杭州 (or 杭州市): the import then
finds the market instead of leaving the row out as an unknown market. Only places whose names are
unambiguous are listed; any other name must match the plan's market name or id as written.
"""

from __future__ import annotations

from functools import cache

PLACE_NAMES: tuple[tuple[str, str], ...] = (
    ("Beijing", "北京"),
    ("Shanghai", "上海"),
    ("Shenzhen", "深圳"),
    ("Hangzhou", "杭州"),
    ("Guangzhou", "广州"),
    ("Chengdu", "成都"),
    ("Nanjing", "南京"),
    ("Wuhan", "武汉"),
    ("Suzhou", "苏州"),
    ("Xi'an", "西安"),
    ("Hefei", "合肥"),
    ("Tianjin", "天津"),
    ("Chongqing", "重庆"),
    ("Xiamen", "厦门"),
    ("Hong Kong", "香港"),
    ("Taipei", "台北"),
    ("Singapore", "新加坡"),
    ("Tokyo", "东京"),
    ("Seoul", "首尔"),
    ("London", "伦敦"),
    ("Paris", "巴黎"),
    ("Zurich", "苏黎世"),
    ("Toronto", "多伦多"),
    ("Seattle", "西雅图"),
    ("New York", "纽约"),
    ("San Francisco", "旧金山"),
    ("Silicon Valley", "硅谷"),
)
"""(English, Simplified Chinese) names of the AI hubs surveys commonly cover."""

_CITY = "市"
"""What Chinese adds to a city's name in formal use (北京市); 北京 and 北京市 are the same market."""


def place_key(name: str) -> str:
    """How a market name is compared: case and surrounding spaces ignored, 北京市 read as 北京."""
    key = name.strip().casefold()
    return key[: -len(_CITY)] if key.endswith(_CITY) and len(key) > len(_CITY) else key


@cache
def _other_names() -> dict[str, tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = {}
    for english, chinese in PLACE_NAMES:
        names[place_key(english)] = (place_key(chinese),)
        names[place_key(chinese)] = (place_key(english),)
    return names


def other_language_keys(name: str) -> tuple[str, ...]:
    """The keys (:func:`place_key`) of the same place's name in the other language: ``杭州`` for
    "Hangzhou", ``hangzhou`` for "杭州市"; empty for a place not listed."""
    return _other_names().get(place_key(name), ())
