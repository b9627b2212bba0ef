"""The seam between a provider mock's domain and its HTTP handlers, shared by the three mocks.

Each provider mock is a subpackage (``sms_mocks.fractel``, ``sms_mocks.smsend``,
``sms_mocks.smstools``) of two modules:

- ``domain.py``: the provider's state and rules as plain classes (accounts, messages, pricing,
  delivery states, address books, OTP...): no ``Call``, no ``Reply``, no HTTP status, no lock. A rule
  that refuses raises a :class:`DomainError` subclass named for what is wrong (``UnknownGroup``,
  ``InsufficientCredit``...); its message is the human text the provider's answer carries.
- ``http.py``: the :class:`DomainProvider` subclass the engine serves: ``op_<operationId>`` handlers
  that read the call, ask the domain, and build the answer; its ``ERRORS`` table, the one place
  where a domain error becomes the provider's documented error answer.

Why the lock stays structural: the domain object is created by the provider and held only in its
private ``_domain`` attribute; the domain starts no thread, and its one link outward is the clock
function it is given (the provider's clock, read on each call, so a test may swap the clock). Every public
method of the provider (handlers, engine hooks, control-plane methods, test controls) runs under the
provider's one lock (``sms_mocks.engine.MockProvider``), so every path from a request or a control
call to the state goes through that lock. The provider's read-only properties that hand out domain
objects (``messages``, ``demo``...) are for tests that inspect a quiet mock, as before the split.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from sms_mocks.engine import Call, Reply
from sms_mocks.plane import ControlledProvider

__all__ = ["DomainError", "DomainProvider", "page_by_number", "page_by_offset"]


class DomainError(Exception):
    """A provider rule refused an action; ``str(error)`` is the human text of the refusal."""


def page_by_offset(items: list[Any], offset: int, limit: int) -> list[Any]:
    """The ``limit`` items from index ``offset`` (0-based), as offset/limit paging shows them."""
    return items[offset : offset + limit]


def page_by_number(items: list[Any], number: int, size: int) -> list[Any]:
    """Page ``number`` (1-based) of ``size`` items, as pageNumber/pageSize paging shows them."""
    return items[(number - 1) * size : number * size]


def _answering(method: Callable[..., Reply]) -> Callable[..., Reply]:
    # updated=(): the wrapper does not inherit the handler's markers (it is not the locked one)
    @functools.wraps(method, updated=())
    def answer(self: DomainProvider, call: Call) -> Reply:
        try:
            return method(self, call)
        except DomainError as error:
            return self.refuse(error)

    return answer


class DomainProvider(ControlledProvider):
    """A provider mock split into a domain (``_domain``) and HTTP handlers.

    Every ``op_*`` handler of a subclass is wrapped here, when the class is created, so that a
    :class:`DomainError` it lets through becomes the provider's answer from :attr:`ERRORS`
    (through :meth:`answer_error`); then ``MockProvider`` wraps it in the lock as every public
    method. A domain error with no entry in the table is a bug: it propagates (a logged 500).
    """

    #: domain error class -> what the provider answers for it (the subclass's documented shape:
    #: a status, or a status and an error code). Looked up along the error's class hierarchy.
    ERRORS: ClassVar[Mapping[type[DomainError], Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        for name, value in list(vars(cls).items()):
            if name.startswith("op_") and callable(value):
                setattr(cls, name, _answering(value))
        super().__init_subclass__(**kwargs)

    def refuse(self, error: DomainError) -> Reply:
        """The provider's answer to ``error``, from :attr:`ERRORS`."""
        for kind in type(error).__mro__:
            if kind in self.ERRORS:
                return self.answer_error(self.ERRORS[kind], error)
        raise error

    def answer_error(self, entry: Any, error: DomainError) -> Reply:
        """Build the answer from an :attr:`ERRORS` entry; the subclass knows its provider's shape."""
        raise NotImplementedError
