# generated from specs/fractel.yaml + overlays/fractel.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Every operation of the API as a method of the client, grouped by tag.

``client.<tag>.<operation>(...)`` calls the operation's ``sync`` function and returns its success
model; ``client.aio.<tag>.<operation>(...)`` is the same awaited (``asyncio``). The module functions
(``api/<tag>/<operation>.py``, with their ``*_detailed`` twins returning the raw response) stay
available. Each method imports its module on first call, so making a client loads none of them.
"""

from __future__ import annotations

from functools import cache, cached_property
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..client import Client
from ..types import UNSET

if TYPE_CHECKING:
    from typing import cast

    from ..models.auth_request import AuthRequest
    from ..models.auth_result import AuthResult
    from ..models.callback_request import CallbackRequest
    from ..models.callback_result import CallbackResult
    from ..models.callback_type import CallbackType
    from ..models.error import Error
    from ..models.send_result import SendResult
    from ..models.sms_request import SmsRequest
    from ..types import Unset

__all__ = [
    "AsyncSmsClient",
    "SmsClient",
    "auth",
    "sms",
]


@cache
def _module(name: str) -> Any:
    return import_module(name, __name__)


class AuthOperations:
    """The ``auth`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def post_auth(
        self,
        *,
        body: AuthRequest,
    ) -> AuthResult:
        """Obtain a FracTEL Auth token (see ``api.auth.post_auth.sync``)."""
        result: AuthResult = _module(".auth.post_auth").sync(
            body=body,
            client=self._client,
        )
        return result


class AsyncAuthOperations:
    """The ``auth`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def post_auth(
        self,
        *,
        body: AuthRequest,
    ) -> AuthResult:
        """Obtain a FracTEL Auth token (see ``api.auth.post_auth.asyncio``)."""
        result: AuthResult = await _module(".auth.post_auth").asyncio(
            body=body,
            client=self._client,
        )
        return result


class SmsOperations:
    """The ``sms`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def post_sms(
        self,
        *,
        body: SmsRequest,
    ) -> SendResult:
        """Send an SMS on the FracTEL infrastructure (see ``api.sms.post_sms.sync``)."""
        result: SendResult = _module(".sms.post_sms").sync(
            body=body,
            client=self._client,
        )
        return result

    def put_sms_to_callback_type(
        self,
        to: str,
        type_: CallbackType,
        *,
        body: CallbackRequest,
    ) -> CallbackResult:
        """Set the callback URL for SMS services. (see ``api.sms.put_sms_to_callback_type.sync``)."""
        result: CallbackResult = _module(".sms.put_sms_to_callback_type").sync(
            to=to,
            type_=type_,
            body=body,
            client=self._client,
        )
        return result


class AsyncSmsOperations:
    """The ``sms`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def post_sms(
        self,
        *,
        body: SmsRequest,
    ) -> SendResult:
        """Send an SMS on the FracTEL infrastructure (see ``api.sms.post_sms.asyncio``)."""
        result: SendResult = await _module(".sms.post_sms").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def put_sms_to_callback_type(
        self,
        to: str,
        type_: CallbackType,
        *,
        body: CallbackRequest,
    ) -> CallbackResult:
        """Set the callback URL for SMS services. (see ``api.sms.put_sms_to_callback_type.asyncio``)."""
        result: CallbackResult = await _module(".sms.put_sms_to_callback_type").asyncio(
            to=to,
            type_=type_,
            body=body,
            client=self._client,
        )
        return result


class SmsClient(Client):
    """A client made by ``connect()``: authenticates, raises typed errors, retries safely.

    Every operation is a method of its tag's group (``client.sms.send_sms(body=...)``); ``aio``
    gives the same operations awaited. It is also a generated ``Client``, so the module functions
    accept it (``send_sms.sync(client=client, ...)``).
    """

    @cached_property
    def auth(self) -> AuthOperations:
        """The ``auth`` operations."""
        return AuthOperations(self)

    @cached_property
    def sms(self) -> SmsOperations:
        """The ``sms`` operations."""
        return SmsOperations(self)

    @cached_property
    def aio(self) -> AsyncSmsClient:
        """The same client's operations, awaited: ``await client.aio.<tag>.<operation>(...)``."""
        return AsyncSmsClient(self)


class AsyncSmsClient:
    """The async face of a :class:`SmsClient`: the same operations, awaited, on the same connections' settings."""

    def __init__(self, client: SmsClient) -> None:
        self.client = client

    @cached_property
    def auth(self) -> AsyncAuthOperations:
        """The ``auth`` operations, awaited."""
        return AsyncAuthOperations(self.client)

    @cached_property
    def sms(self) -> AsyncSmsOperations:
        """The ``sms`` operations, awaited."""
        return AsyncSmsOperations(self.client)

    async def __aenter__(self) -> AsyncSmsClient:
        await self.client.__aenter__()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.client.__aexit__(*args)
