# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""This provider's runtime data, derived from the resolved spec and its ``x-sms-*`` extensions.

``OPERATIONS`` tells the runtime what each operation needs (which sends carry a key and how to
look it up, how lists page); ``ERRORS`` where error bodies hold the provider's code.

:func:`connect` is the one factory: it returns a :class:`SmsClient` that authenticates with one
of the flows ``x-sms-auth`` declares, raises typed errors and retries safely. Each flow also gives
a ``*_auth`` function returning the ``httpx.Auth`` alone; login flows also give ``*_credentials``,
which logs in once and returns the parsed answer as a typed object.
"""

import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Literal, NamedTuple

import httpx

from ..api import SmsClient
from .errors import ErrorShape
from .login import LoginAuth, LoginSpec
from .operation import Catalogue, Lookup, Operation, Paging, SendSpec
from .paging import apaginate as _apaginate
from .paging import paginate as _paginate
from .policy import RetryPolicy
from .resilient import build_client

__all__ = [
    "DEFAULT_BASE_URL",
    "ENVIRONMENT",
    "ERRORS",
    "FLOWS",
    "OPERATIONS",
    "USER_AGENT",
    "apaginate",
    "connect",
    "paginate",
    "LOGIN",
    "login_auth",
    "LoginCredentials",
    "login_credentials",
    "TOKEN",
    "token_auth",
    "TokenCredentials",
    "token_credentials",
]

#: The login flows, first the one :func:`connect` uses by default.
FLOWS = ["login", "token"]

#: The spec's production server, the default ``base_url``.
DEFAULT_BASE_URL = "http://app.gateway.smsend.it/API/v1.0/REST"

#: The environment variables :func:`connect` reads for arguments left out.
ENVIRONMENT = {"base_url": "SMSEND_BASE_URL", "username": "SMSEND_USERNAME", "password": "SMSEND_PASSWORD"}

#: Sent on every request: this package, its version, httpx and Python (the version as
#: ``platform.python_version()`` gives it, read from ``sys.version``: importing ``platform`` costs
#: about 5% of ``import httpx``).
USER_AGENT = f"smsend-client/0.2.0 httpx/{httpx.__version__} Python/{sys.version.split()[0]}"

#: Where this provider's error bodies hold its code and message (``x-sms-errors``).
ERRORS = ErrorShape(code="/result", message="/message")

#: Every operation of the spec, as the runtime needs it.
OPERATIONS = Catalogue(
    (
        Operation(
            id="login",
            method="GET",
            path="/login",
            module="api.auth.login",
            success=(200,),
            send=None,
            paging=None,
            media=("text/plain",),
        ),
        Operation(
            id="token",
            method="GET",
            path="/token",
            module="api.auth.token",
            success=(200,),
            send=None,
            paging=None,
            media=("text/plain",),
        ),
        Operation(
            id="getDashboard",
            method="GET",
            path="/dashboard",
            module="api.user.get_dashboard",
            success=(200,),
            send=None,
            paging=None,
            media=("text/plain",),
        ),
        Operation(
            id="checkSession",
            method="GET",
            path="/checksession",
            module="api.user.check_session",
            success=(200,),
            send=None,
            paging=None,
            media=("text/plain",),
        ),
        Operation(
            id="resetPassword",
            method="POST",
            path="/pwdreset",
            module="api.user.reset_password",
            success=(200,),
            send=None,
            paging=None,
            media=("text/plain",),
        ),
        Operation(
            id="getUserStatus",
            method="GET",
            path="/status",
            module="api.user.get_user_status",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="addContact",
            method="POST",
            path="/contact",
            module="api.contacts.add_contact",
            success=(201,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="getContact",
            method="GET",
            path="/contact/{contactid}",
            module="api.contacts.get_contact",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="addContactToList",
            method="POST",
            path="/list/{campaign_id}/contact",
            module="api.contacts.add_contact_to_list",
            success=(201,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="createGroup",
            method="POST",
            path="/group",
            module="api.groups.create_group",
            success=(201,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="modifyGroup",
            method="PUT",
            path="/group/{group_id}",
            module="api.groups.modify_group",
            success=(200,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="deleteGroup",
            method="DELETE",
            path="/group/{group_id}",
            module="api.groups.delete_group",
            success=(200,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="listGroups",
            method="GET",
            path="/groups",
            module="api.groups.list_groups",
            success=(200,),
            send=None,
            paging=Paging(
                style="page",
                start_param="page_number",
                size_param="page_size",
                items="groups",
                total=("total",),
                default_size=5,
            ),
            media=("application/json",),
        ),
        Operation(
            id="addContactToGroup",
            method="POST",
            path="/group/{group_id}/contact/{contact_id}",
            module="api.groups.add_contact_to_group",
            success=(200,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="removeContactFromGroup",
            method="DELETE",
            path="/group/{group_id}/contact/{contact_id}",
            module="api.groups.remove_contact_from_group",
            success=(200,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="listAliases",
            method="GET",
            path="/alias",
            module="api.tpoa.list_aliases",
            success=(200,),
            send=None,
            paging=Paging(
                style="page",
                start_param="page_number",
                size_param="page_size",
                items="alias",
                total=("total",),
                default_size=10,
            ),
            media=("application/json",),
        ),
        Operation(
            id="createAlias",
            method="POST",
            path="/alias",
            module="api.tpoa.create_alias",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="getAlias",
            method="GET",
            path="/alias/{alias_id}",
            module="api.tpoa.get_alias",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="deleteAlias",
            method="DELETE",
            path="/alias/{alias_id}",
            module="api.tpoa.delete_alias",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="sendSms",
            method="POST",
            path="/sms",
            module="api.sms.send_sms",
            success=(201,),
            send=SendSpec(
                key_in="body",
                key_name="order_id",
                lookup=Lookup(
                    operation="getSmsState",
                    method="GET",
                    path="/sms/{order_id}",
                    path_params={"order_id": "{key}"},
                    query={},
                    exists="",
                    reply={"result": "OK", "order_id": "{key}", "total_sent": "/recipient_number"},
                ),
            ),
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="sendParametricSms",
            method="POST",
            path="/paramsms",
            module="api.sms.send_parametric_sms",
            success=(200, 201),
            send=SendSpec(
                key_in="body",
                key_name="order_id",
                lookup=Lookup(
                    operation="getSmsState",
                    method="GET",
                    path="/sms/{order_id}",
                    path_params={"order_id": "{key}"},
                    query={},
                    exists="",
                    reply={"result": "OK", "order_id": "{key}", "total_sent": "/recipient_number"},
                ),
            ),
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="sendSmsToGroups",
            method="POST",
            path="/smstogroups",
            module="api.sms.send_sms_to_groups",
            success=(200, 201),
            send=SendSpec(
                key_in="body",
                key_name="order_id",
                lookup=Lookup(
                    operation="getSmsState",
                    method="GET",
                    path="/sms/{order_id}",
                    path_params={"order_id": "{key}"},
                    query={},
                    exists="",
                    reply={"result": "OK", "order_id": "{key}", "total_sent": "/recipient_number"},
                ),
            ),
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="getSmsState",
            method="GET",
            path="/sms/{order_id}",
            module="api.sms.get_sms_state",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="deleteScheduledSms",
            method="DELETE",
            path="/sms/{order_id}",
            module="api.sms.delete_scheduled_sms",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="getSmsHistory",
            method="GET",
            path="/smshistory",
            module="api.history.get_sms_history",
            success=(200,),
            send=None,
            paging=Paging(
                style="page",
                start_param="page_number",
                size_param="page_size",
                items="smshistory",
                total=("total",),
                default_size=10,
            ),
            media=("application/json",),
        ),
        Operation(
            id="getNewReceivedMessages",
            method="GET",
            path="/newsrsmsmessage",
            module="api.received.get_new_received_messages",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="getNewReceivedMessagesBySim",
            method="GET",
            path="/newsrsmsmessage/{id_sim}",
            module="api.received.get_new_received_messages_by_sim",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="getReceivedMessages",
            method="GET",
            path="/srsmshistory",
            module="api.received.get_received_messages",
            success=(200,),
            send=None,
            paging=Paging(
                style="page",
                start_param="page_number",
                size_param="page_size",
                items="srsmshistory",
                total=("total",),
                default_size=10,
            ),
            media=("application/json",),
        ),
        Operation(
            id="getReceivedMessagesBySim",
            method="GET",
            path="/srsmshistory/{id_sim}",
            module="api.received.get_received_messages_by_sim",
            success=(200,),
            send=None,
            paging=Paging(
                style="page",
                start_param="page_number",
                size_param="page_size",
                items="srsmshistory",
                total=("total",),
                default_size=10,
            ),
            media=("application/json",),
        ),
        Operation(
            id="getReceivedMessagesAfter",
            method="GET",
            path="/srsmshistory/{id_sim}/{id_message}",
            module="api.received.get_received_messages_after",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="createList",
            method="POST",
            path="/list",
            module="api.email.create_list",
            success=(201,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="modifyList",
            method="PUT",
            path="/list/{list_id}",
            module="api.email.modify_list",
            success=(204,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="addGroupToList",
            method="POST",
            path="/list/{list_id}/group/{group_id}",
            module="api.email.add_group_to_list",
            success=(200,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="createEmailDraft",
            method="POST",
            path="/list/{list_id}/issue",
            module="api.email.create_email_draft",
            success=(201,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="createIssueFromTemplate",
            method="POST",
            path="/list/{campaignId}/issue/template/{template}",
            module="api.email.create_issue_from_template",
            success=(200, 201),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="sendIssue",
            method="POST",
            path="/list/{campaignId}/issue/{idIssue}",
            module="api.email.send_issue",
            success=(200, 201),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="listSubaccounts",
            method="GET",
            path="/subaccounts",
            module="api.subaccounts.list_subaccounts",
            success=(200,),
            send=None,
            paging=Paging(
                style="page",
                start_param="page_number",
                size_param="page_size",
                items="subaccount",
                total=("total",),
                default_size=10,
            ),
            media=("application/json",),
        ),
        Operation(
            id="createSubaccount",
            method="POST",
            path="/subaccount",
            module="api.subaccounts.create_subaccount",
            success=(200,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="getSubaccount",
            method="GET",
            path="/subaccount/{subaccount_id}",
            module="api.subaccounts.get_subaccount",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="editSubaccount",
            method="PUT",
            path="/subaccount/{subaccount_id}",
            module="api.subaccounts.edit_subaccount",
            success=(200,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="changeSubaccountPassword",
            method="POST",
            path="/subaccount/{subaccount_id}/changepwd",
            module="api.subaccounts.change_subaccount_password",
            success=(201,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="getSubaccountCredits",
            method="GET",
            path="/subaccount/{subaccount_id}/credit",
            module="api.subaccounts.get_subaccount_credits",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
        Operation(
            id="moveSubaccountCredits",
            method="POST",
            path="/subaccount/{subaccount_id}/credit",
            module="api.subaccounts.move_subaccount_credits",
            success=(201,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="listSubaccountPurchases",
            method="GET",
            path="/subaccount/{subaccount_id}/purchase",
            module="api.subaccounts.list_subaccount_purchases",
            success=(200,),
            send=None,
            paging=Paging(
                style="page",
                start_param="page_number",
                size_param="page_size",
                items="purchases",
                total=("total",),
                default_size=10,
            ),
            media=("application/json",),
        ),
        Operation(
            id="createSubaccountPurchase",
            method="POST",
            path="/subaccount/{subaccount_id}/purchase",
            module="api.subaccounts.create_subaccount_purchase",
            success=(200,),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="deleteSubaccountPurchase",
            method="DELETE",
            path="/subaccount/{subaccount_id}/purchase/{purchase_id}",
            module="api.subaccounts.delete_subaccount_purchase",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json",),
        ),
    ),
    package=__name__.rsplit(".", 2)[0],
)


def paginate(
    function: Callable[..., Any], *, limit: int | None = None, page_size: int | None = None, **arguments: Any
) -> Iterator[Any]:
    """Iterate lazily over every item of a paginated list.

    ``function`` is the list operation as a client method (``client.sms.search_sms``) or its module's
    ``sync`` (then ``client=`` goes into ``arguments``); ``arguments`` are its other keyword
    arguments. ``limit`` caps the items, ``page_size`` each request."""
    return _paginate(OPERATIONS, function, limit=limit, page_size=page_size, **arguments)


def apaginate(
    function: Callable[..., Awaitable[Any]], *, limit: int | None = None, page_size: int | None = None, **arguments: Any
) -> AsyncIterator[Any]:
    """The async twin of :func:`paginate`: ``client.aio.<tag>.<operation>`` or the module's ``asyncio``."""
    return _apaginate(OPERATIONS, function, limit=limit, page_size=page_size, **arguments)


def _client(
    base_url: str, auth: httpx.Auth, timeout: float, retries: int, policy: RetryPolicy | None, options: dict[str, Any]
) -> SmsClient:
    headers = {"User-Agent": USER_AGENT, **(options.pop("headers", None) or {})}
    client: SmsClient = build_client(
        SmsClient,
        base_url,
        auth=auth,
        catalogue=OPERATIONS,
        errors=ERRORS,
        policy=policy or RetryPolicy(retries=retries, timeout=timeout),
        headers=headers,
        **options,
    )
    return client


def _argument(value: str | None, name: str) -> str:
    if value is not None:
        return value
    variable = ENVIRONMENT[name]
    found = os.environ.get(variable)
    if not found:
        raise TypeError(f"connect() needs {name}: pass it, or set the environment variable {variable}")
    return found


def connect(
    base_url: str | None = None,
    username: str | None = None,
    password: str | None = None,
    *,
    flow: Literal["login", "token"] = "login",
    lifetime: int | None = None,
    allow_insecure_http: bool = False,
    timeout: float = 30.0,
    retries: int = 2,
    policy: RetryPolicy | None = None,
    **client_options: Any,
) -> SmsClient:
    """Return a client for smSend REST API that authenticates, raises typed errors and retries safely.

    ``base_url`` defaults to ``$SMSEND_BASE_URL``, else the production server
    http://app.gateway.smsend.it/API/v1.0/REST; ``username`` to ``$SMSEND_USERNAME``, ``password`` to ``$SMSEND_PASSWORD``.

    ``flow`` picks how to authenticate:
    - ``'login'``: log in with ``GET /login`` on first use and send the answer as
      user_key and Session_key; renewed shortly before it expires (where the provider
      says when) and once after a 401.
    - ``'token'``: log in with ``GET /token`` on first use and send the answer as
      user_key and Access_token; renewed shortly before it expires (where the provider
      says when) and once after a 401.
    ``timeout`` (seconds) applies to every request and ``retries`` to every safe retry; ``policy``
    replaces both with a full :class:`RetryPolicy`. Other options (``headers``, ``httpx_args``,
    ``verify_ssl``...) go to the generated ``Client``.
    """
    base_url = base_url or os.environ.get(ENVIRONMENT["base_url"]) or DEFAULT_BASE_URL
    username = _argument(username, "username")
    password = _argument(password, "password")
    auth: httpx.Auth
    if flow == "login":
        auth = login_auth(base_url, username, password, lifetime=lifetime)
    elif flow == "token":
        auth = token_auth(base_url, username, password, lifetime=lifetime)
    else:
        raise ValueError(f"unknown flow {flow!r}; this provider has {FLOWS}")
    return _client(base_url, auth, timeout, retries, policy, client_options)


LOGIN = LoginSpec(
    method="GET",
    path="/login",
    credentials_in="query",
    credentials={"username": "username", "password": "password"},
    result_format="text",
    result_fields={},
    text_separator=";",
    text_names=("user_key", "session_key"),
    lifetime_field=None,
    expires_at_field=None,
    headers={"user_key": "{user_key}", "Session_key": "{session_key}"},
)


class LoginCredentials(NamedTuple):
    """What the ``GET /login`` login returns, parsed; sent as user_key, Session_key."""

    user_key: str
    session_key: str

    def __repr__(self) -> str:
        return "LoginCredentials(user_key=<redacted>, session_key=<redacted>)"


def login_auth(base_url: str, username: str, password: str, *, lifetime: int | None = None) -> LoginAuth:
    """The ``httpx.Auth`` that logs in with ``GET /login`` on first use."""
    return LoginAuth(
        LOGIN,
        base_url,
        {
            "username": username,
            "password": password,
        },
        lifetime=lifetime,
    )


def login_credentials(
    base_url: str,
    username: str,
    password: str,
    *,
    timeout: float = 30.0,
) -> LoginCredentials:
    """Log in once with ``GET /login`` and return the typed credentials."""
    auth = login_auth(
        base_url,
        username,
        password,
    )
    with httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT}) as client:
        values = auth.login_values(client)
    return LoginCredentials(**{name: values[name] for name in ("user_key", "session_key")})


TOKEN = LoginSpec(
    method="GET",
    path="/token",
    credentials_in="query",
    credentials={"username": "username", "password": "password"},
    result_format="text",
    result_fields={},
    text_separator=";",
    text_names=("user_key", "access_token"),
    lifetime_field=None,
    expires_at_field=None,
    headers={"user_key": "{user_key}", "Access_token": "{access_token}"},
)


class TokenCredentials(NamedTuple):
    """What the ``GET /token`` login returns, parsed; sent as user_key, Access_token."""

    user_key: str
    access_token: str

    def __repr__(self) -> str:
        return "TokenCredentials(user_key=<redacted>, access_token=<redacted>)"


def token_auth(base_url: str, username: str, password: str, *, lifetime: int | None = None) -> LoginAuth:
    """The ``httpx.Auth`` that logs in with ``GET /token`` on first use."""
    return LoginAuth(
        TOKEN,
        base_url,
        {
            "username": username,
            "password": password,
        },
        lifetime=lifetime,
    )


def token_credentials(
    base_url: str,
    username: str,
    password: str,
    *,
    timeout: float = 30.0,
) -> TokenCredentials:
    """Log in once with ``GET /token`` and return the typed credentials."""
    auth = token_auth(
        base_url,
        username,
        password,
    )
    with httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT}) as client:
        values = auth.login_values(client)
    return TokenCredentials(**{name: values[name] for name in ("user_key", "access_token")})
