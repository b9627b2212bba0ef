"""Lazy iterators over paginated lists, sync and async, driven by the catalogue's ``Paging`` data.

Why: smSend pages with ``pageNumber``/``pageSize`` and a ``total``, Smstools with
``offset``/``limit`` and ``metadata.count``; a caller wants neither, only the items. The iterator
fetches a page when the previous one is used up, stops at the last page (fewer items than asked
for, no items, the provider's total reached, or a page identical to the previous one, which a
provider ignoring the paging parameters would send forever) and after ``limit`` items.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from .operation import Catalogue, Paging

__all__ = ["apaginate", "paginate"]


_CO_COROUTINE = 0x80  # inspect.CO_COROUTINE, without importing inspect (slow) for one flag


def _is_coroutine_function(function: Callable[..., Any]) -> bool:
    code = getattr(getattr(function, "__func__", function), "__code__", None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def _paging(catalogue: Catalogue, function: Callable[..., Any], expected: str) -> Paging:
    """The paging of ``function``: a client method (``client.sms.search_sms``, named after its
    operation) or an endpoint module's ``sync``/``asyncio`` (named after the module)."""
    name = getattr(function, "__name__", "")
    module = getattr(function, "__module__", "").rsplit(".", 1)[-1]
    method = getattr(function, "__self__", None) is not None
    operation = catalogue.by_module.get(name if method else module)
    if operation is None or operation.paging is None:
        raise TypeError(f"{module}.{name} is not a paginated operation of this client")
    if method:
        if _is_coroutine_function(function) != (expected == "asyncio"):
            face = "client.aio.<tag>" if expected == "asyncio" else "client.<tag>"
            raise TypeError(f"pass the operation as {face}.{name}")
    elif name != expected:
        raise TypeError(f"pass the operation's {expected}() function, not {name}()")
    return operation.paging


def _attribute(value: object, path: tuple[str, ...]) -> object:
    for name in path:
        value = getattr(value, name, None)
    return value


class _Pager:
    """The paging state shared by the sync and async iterators."""

    def __init__(self, paging: Paging, limit: int | None, page_size: int | None, arguments: dict[str, Any]) -> None:
        if limit is not None and limit < 0:
            raise ValueError("limit must not be negative")
        self.paging = paging
        self.limit = limit
        self.size = page_size or paging.default_size
        if limit is not None:
            self.size = max(1, min(self.size, limit))
        self.position = 1 if paging.style == "page" else 0
        self.arguments = arguments
        self.yielded = 0
        self.fetched = 0
        self.previous: list[object] | None = None
        self.done = limit == 0

    def request(self) -> dict[str, Any]:
        return {**self.arguments, self.paging.start_param: self.position, self.paging.size_param: self.size}

    def accept(self, result: object) -> list[object]:
        """The items of one page to hand out; sets ``done`` when no page should follow."""
        items = _attribute(result, (self.paging.items,))
        page = list(items) if isinstance(items, list) else []
        total = _attribute(result, self.paging.total) if self.paging.total else None
        if not page or page == self.previous:
            self.done = True
            return []
        self.previous = page
        self.fetched += len(page)
        self.position += 1 if self.paging.style == "page" else len(page)
        if len(page) < self.size or (isinstance(total, int) and self.fetched >= total):
            self.done = True
        if self.limit is not None:
            page = page[: self.limit - self.yielded]
            self.yielded += len(page)
            if self.yielded >= self.limit:
                self.done = True
        return page


def paginate(
    catalogue: Catalogue,
    function: Callable[..., Any],
    *,
    limit: int | None = None,
    page_size: int | None = None,
    **arguments: Any,
) -> Iterator[Any]:
    """Iterate over every item of a paginated operation, fetching pages lazily.

    ``function`` is the operation's ``sync``; ``arguments`` are its other keyword arguments
    (``client`` included). ``limit`` caps the number of items, ``page_size`` the items per request.
    """
    pager = _Pager(_paging(catalogue, function, "sync"), limit, page_size, arguments)
    while not pager.done:
        yield from pager.accept(function(**pager.request()))


async def apaginate(
    catalogue: Catalogue,
    function: Callable[..., Awaitable[Any]],
    *,
    limit: int | None = None,
    page_size: int | None = None,
    **arguments: Any,
) -> AsyncIterator[Any]:
    """The async twin of :func:`paginate`: ``function`` is the operation's ``asyncio``."""
    pager = _Pager(_paging(catalogue, function, "asyncio"), limit, page_size, arguments)
    while not pager.done:
        for item in pager.accept(await function(**pager.request())):
            yield item
