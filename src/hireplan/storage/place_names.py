"""The English and Chinese names of the places a plan compares, for matching a survey's market
column against the plan's markets whichever language (and Chinese script) each was written in.

A team may name its market "Hangzhou" and buy a survey that says 杭州 (or 杭州市): the import then
finds the market instead of leaving the row out as an unknown market. Only places whose names are
unambiguous are listed; any other name must match the plan's market name or id as written.
"""

from __future__ import annotations

from functools import cache

PLACE_NAMES: tuple[tuple[str, ...], ...] = (
    ("Beijing", "北京"),
    ("Shanghai", "上海"),
    ("Shenzhen", "深圳"),
    ("Hangzhou", "杭州"),
    ("Guangzhou", "广州", "廣州"),
    ("Chengdu", "成都"),
    ("Nanjing", "南京"),
    ("Wuhan", "武汉", "武漢"),
    ("Suzhou", "苏州", "蘇州"),
    ("Xi'an", "西安"),
    ("Hefei", "合肥"),
    ("Tianjin", "天津"),
    ("Chongqing", "重庆", "重慶"),
    ("Xiamen", "厦门", "廈門"),
    ("Hong Kong", "香港"),
    ("Taipei", "台北", "臺北"),
    ("Singapore", "新加坡"),
    ("Tokyo", "东京", "東京"),
    ("Seoul", "首尔", "首爾"),
    ("London", "伦敦", "倫敦"),
    ("Paris", "巴黎"),
    ("Zurich", "苏黎世", "蘇黎世"),
    ("Toronto", "多伦多", "多倫多"),
    ("Seattle", "西雅图", "西雅圖"),
    ("New York", "纽约", "紐約"),
    ("San Francisco", "旧金山", "舊金山"),
    ("Silicon Valley", "硅谷", "矽谷"),
)
"""Each hub's English name, then its Chinese names: simplified first, traditional where it differs
(a Big5 survey from Taiwan or Hong Kong writes 倫敦 and 矽谷)."""

_CITY = "市"
"""What Chinese adds to a city's name in formal use (北京市); 北京 and 北京市 are the same market."""


def place_key(name: str) -> str:
    """How a market name is compared: case and surrounding spaces ignored, 北京市 read as 北京."""
    key = name.strip().casefold()
    return key[: -len(_CITY)] if key.endswith(_CITY) and len(key) > len(_CITY) else key


@cache
def _other_names() -> dict[str, tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = {}
    for place in PLACE_NAMES:
        keys = tuple(place_key(name) for name in place)
        for key in keys:
            names[key] = tuple(other for other in keys if other != key)
    return names


def other_language_keys(name: str) -> tuple[str, ...]:
    """The keys (:func:`place_key`) of the same place's other names: ``杭州`` for "Hangzhou",
    ``hangzhou`` for "杭州市", ``london`` and ``伦敦`` for "倫敦"; empty for a place not listed."""
    return _other_names().get(place_key(name), ())
