"""Unit tests of runtime/paging.py: lazy pages, both styles, limits and the stop rules, sync and async."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest

from runtime.operation import Catalogue, Operation, Paging
from runtime.paging import apaginate, paginate

PAGE = Paging("page", "page_number", "page_size", "items", ("total",), default_size=10)
OFFSET = Paging("offset", "offset", "limit", "items", ("metadata", "count"), default_size=20)
CATALOGUE = Catalogue(
    (
        Operation("listPaged", "GET", "/paged", "api.x.list_paged", paging=PAGE),
        Operation("listOffset", "GET", "/offset", "api.x.list_offset", paging=OFFSET),
        Operation("getOne", "GET", "/one", "api.x.get_one"),
    )
)


@dataclass
class Meta:
    count: int


@dataclass
class Result:
    items: list[int]
    total: int | None = None
    metadata: Meta | None = None


@dataclass
class Source:
    """A list of ``size`` numbers served in pages; records every call."""

    size: int
    calls: list[dict[str, Any]] = field(default_factory=list)
    ignore_paging: bool = False

    def paged(self, **kwargs: Any) -> Result:
        self.calls.append(kwargs)
        page, size = kwargs["page_number"], kwargs["page_size"]
        start = 0 if self.ignore_paging else (page - 1) * size
        return Result(list(range(self.size))[start : start + size], total=None if self.ignore_paging else self.size)

    def offset(self, **kwargs: Any) -> Result:
        self.calls.append(kwargs)
        start, size = kwargs["offset"], kwargs["limit"]
        return Result(list(range(self.size))[start : start + size], metadata=Meta(self.size))


def as_operation(function: Any, module: str, name: str) -> Any:
    function.__module__ = f"pkg.api.x.{module}"
    function.__name__ = name
    return function


def sync_of(source: Source, style: str) -> Any:
    method = source.paged if style == "page" else source.offset

    def sync(**kwargs: Any) -> Result:
        return method(**kwargs)

    return as_operation(sync, "list_paged" if style == "page" else "list_offset", "sync")


def async_of(source: Source, style: str) -> Any:
    method = source.paged if style == "page" else source.offset

    async def asyncio_(**kwargs: Any) -> Result:
        await asyncio.sleep(0)
        return method(**kwargs)

    return as_operation(asyncio_, "list_paged" if style == "page" else "list_offset", "asyncio")


def collect(source: Source, style: str, mode: str, **options: Any) -> list[Any]:
    if mode == "sync":
        return list(paginate(CATALOGUE, sync_of(source, style), client="c", **options))

    async def gather() -> list[Any]:
        return [item async for item in apaginate(CATALOGUE, async_of(source, style), client="c", **options)]

    return asyncio.run(gather())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize("style", ["page", "offset"])
def test_every_item_once_in_order(mode: str, style: str) -> None:
    source = Source(45)
    assert collect(source, style, mode, page_size=10) == list(range(45))
    assert len(source.calls) == 5
    assert all(call["client"] == "c" for call in source.calls)


def test_page_numbers_count_from_one_and_offsets_advance_by_items(mode: str) -> None:
    paged, offset = Source(25), Source(25)
    collect(paged, "page", mode, page_size=10)
    collect(offset, "offset", mode, page_size=10)
    assert [c["page_number"] for c in paged.calls] == [1, 2, 3]
    assert [c["offset"] for c in offset.calls] == [0, 10, 20]


@pytest.mark.parametrize("style", ["page", "offset"])
def test_a_limit_stops_early_and_shrinks_the_pages(mode: str, style: str) -> None:
    source = Source(1000)
    assert collect(source, style, mode, limit=7) == list(range(7))
    assert len(source.calls) == 1 and (source.calls[0].get("page_size") or source.calls[0].get("limit")) == 7
    assert collect(Source(1000), style, mode, limit=0) == []


def test_an_exact_multiple_stops_at_the_total_without_an_empty_page(mode: str) -> None:
    source = Source(20)
    assert collect(source, "page", mode, page_size=10) == list(range(20))
    assert len(source.calls) == 2


def test_a_provider_ignoring_the_paging_parameters_does_not_loop_forever(mode: str) -> None:
    source = Source(10, ignore_paging=True)
    assert collect(source, "page", mode, page_size=10) == list(range(10))
    assert len(source.calls) == 2


def test_pages_are_fetched_lazily() -> None:
    source = Source(100)
    iterator = paginate(CATALOGUE, sync_of(source, "page"), client="c", page_size=10)
    assert source.calls == []
    assert [next(iterator) for _ in range(11)] == list(range(11))
    assert len(source.calls) == 2


def test_a_function_that_is_not_a_paginated_sync_is_refused() -> None:
    def sync(**kwargs: Any) -> None:
        return None

    with pytest.raises(TypeError, match="not a paginated operation"):
        list(paginate(CATALOGUE, as_operation(sync, "get_one", "sync")))
    with pytest.raises(TypeError, match=r"pass the operation's sync\(\) function, not sync_detailed\(\)"):
        list(paginate(CATALOGUE, as_operation(sync, "list_paged", "sync_detailed")))
