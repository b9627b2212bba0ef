# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
import ssl
from typing import Any, Self

import httpx


class Client:
    """The settings of the httpx clients the API's operations are sent with.

    Keyword arguments, used to make the httpx clients on first use:

    - ``base_url``: the API's base URL; every operation's path is relative to it.
    - ``cookies``, ``headers``: sent with every request.
    - ``timeout``: an ``httpx.Timeout``; a call that takes longer raises.
    - ``verify_ssl``: ``True`` (the default), a CA bundle path or an ``ssl.SSLContext``; ``False``
      turns verification off, for tests only.
    - ``follow_redirects``: off by default.
    - ``httpx_args``: further arguments for ``httpx.Client`` and ``httpx.AsyncClient``.
    - ``raise_on_unexpected_status``: stored on the client; a status the spec does not document
      raises a typed error either way.
    """

    __slots__ = (
        "raise_on_unexpected_status",
        "_base_url",
        "_cookies",
        "_headers",
        "_timeout",
        "_verify_ssl",
        "_follow_redirects",
        "_httpx_args",
        "_client",
        "_async_client",
        "__weakref__",
    )

    raise_on_unexpected_status: bool
    _base_url: str
    _cookies: dict[str, str]
    _headers: dict[str, str]
    _timeout: httpx.Timeout | None
    _verify_ssl: str | bool | ssl.SSLContext
    _follow_redirects: bool
    _httpx_args: dict[str, Any]
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies = {} if cookies is None else cookies
        self._headers = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = {} if httpx_args is None else httpx_args
        self._client = None
        self._async_client = None

    def _evolve(self, **changes: Any) -> Self:
        """A new client of the same class and settings (without the httpx clients), with ``changes``."""
        arguments: dict[str, Any] = {
            "base_url": self._base_url,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
        }
        return type(self)(**{**arguments, **changes})

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(base_url={self._base_url!r})"

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client with the same settings and these headers added (the httpx clients already made get them too)."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client with the same settings and these cookies added (the httpx clients already made get them too)."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client with the same settings and this timeout (the httpx clients already made get it too)."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._evolve(timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for the sync calls; this client's own settings (headers, cookies, timeout) do not apply to it."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` the sync calls use, made from the settings on first use."""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Open the sync httpx client (once only, as httpx allows)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Close the sync httpx client."""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for the awaited calls; this client's own settings do not apply to it."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` the awaited calls use, made from the settings on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Open the async httpx client (once only, as httpx allows)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Close the async httpx client."""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class AuthenticatedClient:
    """Like :class:`Client`, and also sends a token in a header (``Authorization: Bearer <token>`` by default).

    Keyword arguments, used to make the httpx clients on first use:

    - ``base_url``: the API's base URL; every operation's path is relative to it.
    - ``cookies``, ``headers``: sent with every request.
    - ``timeout``: an ``httpx.Timeout``; a call that takes longer raises.
    - ``verify_ssl``: ``True`` (the default), a CA bundle path or an ``ssl.SSLContext``; ``False``
      turns verification off, for tests only.
    - ``follow_redirects``: off by default.
    - ``httpx_args``: further arguments for ``httpx.Client`` and ``httpx.AsyncClient``.
    - ``raise_on_unexpected_status``: stored on the client; a status the spec does not document
      raises a typed error either way.
    - ``token``, ``prefix`` (``"Bearer"``), ``auth_header_name`` (``"Authorization"``): the header
      sent, ``<auth_header_name>: <prefix> <token>`` (the token alone when ``prefix`` is empty).
    """

    __slots__ = (
        "raise_on_unexpected_status",
        "_base_url",
        "_cookies",
        "_headers",
        "_timeout",
        "_verify_ssl",
        "_follow_redirects",
        "_httpx_args",
        "_client",
        "_async_client",
        "token",
        "prefix",
        "auth_header_name",
        "__weakref__",
    )

    raise_on_unexpected_status: bool
    _base_url: str
    _cookies: dict[str, str]
    _headers: dict[str, str]
    _timeout: httpx.Timeout | None
    _verify_ssl: str | bool | ssl.SSLContext
    _follow_redirects: bool
    _httpx_args: dict[str, Any]
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None
    token: str
    prefix: str
    auth_header_name: str

    def __init__(
        self,
        base_url: str,
        token: str,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies = {} if cookies is None else cookies
        self._headers = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = {} if httpx_args is None else httpx_args
        self._client = None
        self._async_client = None
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _evolve(self, **changes: Any) -> Self:
        """A new client of the same class and settings (without the httpx clients), with ``changes``."""
        arguments: dict[str, Any] = {
            "base_url": self._base_url,
            "token": self.token,
            "prefix": self.prefix,
            "auth_header_name": self.auth_header_name,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
        }
        return type(self)(**{**arguments, **changes})

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(base_url={self._base_url!r})"

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client with the same settings and these headers added (the httpx clients already made get them too)."""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client with the same settings and these cookies added (the httpx clients already made get them too)."""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client with the same settings and this timeout (the httpx clients already made get it too)."""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._evolve(timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for the sync calls; this client's own settings (headers, cookies, timeout) do not apply to it."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` the sync calls use, made from the settings on first use."""
        if self._client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Open the sync httpx client (once only, as httpx allows)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Close the sync httpx client."""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for the awaited calls; this client's own settings do not apply to it."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` the awaited calls use, made from the settings on first use."""
        if self._async_client is None:
            self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Open the async httpx client (once only, as httpx allows)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Close the async httpx client."""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
