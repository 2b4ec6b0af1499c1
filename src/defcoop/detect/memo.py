"""Bounded memos keyed by a sentence's text: a plain dictionary emptied when full.

An ``functools.lru_cache`` keeps a linked list with one list object per entry, each of them
tracked by the garbage collector; a full collection then walks every entry of every cache. A
dictionary of strings to booleans or short tuples adds no such objects, so memos that hold an
answer for each sentence seen cost nothing to the collector however many there are."""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

MEMO_SIZE = 20_000


class Bounded(Generic[K, V]):
    """A dictionary memo emptied when it holds ``size`` entries."""

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self.data: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        return self.data.get(key)

    def cached(self, key: K, compute: Callable[[K], V]) -> V:
        """The value memoized for ``key``, computed by ``compute(key)`` when missing (a plain
        function call in the compiled build, about half the cost of an ``lru_cache`` wrapper)."""
        hit = self.data.get(key)
        if hit is None:
            hit = self.put(key, compute(key))
        return hit

    def put(self, key: K, value: V) -> V:
        if len(self.data) >= self.size:
            self.data.clear()
        self.data[key] = value
        return value


__all__ = ["Bounded", "MEMO_SIZE"]
