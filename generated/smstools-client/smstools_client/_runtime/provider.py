# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
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
from typing import Any, Literal

import httpx

from ..api import SmsClient
from .errors import ErrorShape
from .operation import Catalogue, Lookup, Operation, Paging, SendSpec
from .paging import apaginate as _apaginate
from .paging import paginate as _paginate
from .policy import RetryPolicy
from .resilient import build_client
from .static import SchemeUse, StaticAuth, StaticSpec, check_https

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
    "CONNECT",
    "connect_auth",
]

#: The login flows, first the one :func:`connect` uses by default.
FLOWS = ["connect"]

#: The spec's production server, the default ``base_url``.
DEFAULT_BASE_URL = "https://api.smstools.it/rest/api"

#: The environment variables :func:`connect` reads for arguments left out.
ENVIRONMENT = {"base_url": "SMSTOOLS_BASE_URL", "auth_key": "SMSTOOLS_AUTH_KEY", "auth_secret": "SMSTOOLS_AUTH_SECRET"}

#: Sent on every request: this package, its version, httpx and Python (the version as
#: ``platform.python_version()`` gives it, read from ``sys.version``: importing ``platform`` costs
#: about 5% of ``import httpx``).
USER_AGENT = f"smstools-client/0.2.0 httpx/{httpx.__version__} Python/{sys.version.split()[0]}"

#: Where this provider's error bodies hold its code and message (``x-sms-errors``).
ERRORS = ErrorShape(code="/errorMsg", message="/errorMsg")

#: Every operation of the spec, as the runtime needs it.
OPERATIONS = Catalogue(
    (
        Operation(
            id="sendSms",
            method="POST",
            path="/sms/send",
            module="api.sms.send_sms",
            success=(200,),
            send=SendSpec(
                key_in="body",
                key_name="transactionId",
                lookup=Lookup(
                    operation="searchSms",
                    method="GET",
                    path="/sms/search",
                    path_params={},
                    query={"transactionId": "{key}", "limit": "100"},
                    exists="/metadata/count",
                    reply={
                        "transactionId": "{key}",
                        "from": "/smsList/0/from",
                        "text": "/smsList/0/text",
                        "smsInserted": "/metadata/count",
                        "smsNotInserted": 0,
                        "sms": {"each": "/smsList", "as": {"id": "/id", "to": "/to", "status": "INSERTED"}},
                    },
                ),
            ),
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="sendSmsBulk",
            method="POST",
            path="/sms/sendbulk",
            module="api.sms.send_sms_bulk",
            success=(200,),
            send=SendSpec(
                key_in="body",
                key_name="transactionId",
                lookup=Lookup(
                    operation="searchSms",
                    method="GET",
                    path="/sms/search",
                    path_params={},
                    query={"transactionId": "{key}", "limit": "100"},
                    exists="/metadata/count",
                    reply={
                        "transactionId": "{key}",
                        "from": "/smsList/0/from",
                        "text": "/smsList/0/text",
                        "smsInserted": "/metadata/count",
                        "smsNotInserted": 0,
                        "sms": {"each": "/smsList", "as": {"id": "/id", "to": "/to", "status": "INSERTED"}},
                    },
                ),
            ),
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="estimateSms",
            method="POST",
            path="/sms/estimate",
            module="api.sms.estimate_sms",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="cancelSms",
            method="POST",
            path="/sms/cancel",
            module="api.sms.cancel_sms",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="searchSms",
            method="GET",
            path="/sms/search",
            module="api.sms.search_sms",
            success=(200,),
            send=None,
            paging=Paging(
                style="offset",
                start_param="offset",
                size_param="limit",
                items="sms_list",
                total=("metadata", "count"),
                default_size=20,
            ),
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="searchReceivedSms",
            method="GET",
            path="/sms/received/search",
            module="api.received.search_received_sms",
            success=(200,),
            send=None,
            paging=Paging(
                style="offset",
                start_param="offset",
                size_param="limit",
                items="sms_list",
                total=("metadata", "count"),
                default_size=20,
            ),
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="listReceptionServices",
            method="GET",
            path="/sms/received/sim/list",
            module="api.received.list_reception_services",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="getUser",
            method="GET",
            path="/user",
            module="api.user.get_user",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="listGroups",
            method="GET",
            path="/phonebook/group/list",
            module="api.phonebook.list_groups",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="createGroup",
            method="POST",
            path="/phonebook/group",
            module="api.phonebook.create_group",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="getGroup",
            method="GET",
            path="/phonebook/group/{id}",
            module="api.phonebook.get_group",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="renameGroup",
            method="PUT",
            path="/phonebook/group/{id}",
            module="api.phonebook.rename_group",
            success=(200, 204),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="deleteGroup",
            method="DELETE",
            path="/phonebook/group/{id}",
            module="api.phonebook.delete_group",
            success=(200, 204),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="listGroupContacts",
            method="GET",
            path="/phonebook/group/{id}/contacts",
            module="api.phonebook.list_group_contacts",
            success=(200,),
            send=None,
            paging=Paging(
                style="offset",
                start_param="offset",
                size_param="limit",
                items="contacts",
                total=("metadata", "count"),
                default_size=20,
            ),
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="searchContacts",
            method="GET",
            path="/phonebook/contact/search",
            module="api.phonebook.search_contacts",
            success=(200,),
            send=None,
            paging=Paging(
                style="offset",
                start_param="offset",
                size_param="limit",
                items="contacts",
                total=("metadata", "count"),
                default_size=20,
            ),
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="createContact",
            method="POST",
            path="/phonebook/contact",
            module="api.phonebook.create_contact",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="getContact",
            method="GET",
            path="/phonebook/contact/{id}",
            module="api.phonebook.get_contact",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="updateContact",
            method="PUT",
            path="/phonebook/contact/{id}",
            module="api.phonebook.update_contact",
            success=(200, 204),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="deleteContact",
            method="DELETE",
            path="/phonebook/contact/{id}",
            module="api.phonebook.delete_contact",
            success=(200, 204),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="listEmailSenders",
            method="GET",
            path="/email/sender/list",
            module="api.email.list_email_senders",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="listEmailTemplates",
            method="GET",
            path="/email/template/list",
            module="api.email.list_email_templates",
            success=(200,),
            send=None,
            paging=Paging(
                style="offset",
                start_param="offset",
                size_param="limit",
                items="templates",
                total=("metadata", "count"),
                default_size=20,
            ),
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="getEmailTemplate",
            method="GET",
            path="/email/template/{id}",
            module="api.email.get_email_template",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="listEmailCampaigns",
            method="GET",
            path="/email/campaign/list",
            module="api.email.list_email_campaigns",
            success=(200,),
            send=None,
            paging=Paging(
                style="offset",
                start_param="offset",
                size_param="limit",
                items="campaign_list",
                total=("metadata", "count"),
                default_size=20,
            ),
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="getEmailCampaign",
            method="GET",
            path="/email/campaign/{id}",
            module="api.email.get_email_campaign",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="sendEmailCampaign",
            method="POST",
            path="/email/campaign/send",
            module="api.email.send_email_campaign",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="sendEmail",
            method="POST",
            path="/email/send",
            module="api.email.send_email",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="getEmail",
            method="GET",
            path="/email/{id}",
            module="api.email.get_email",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="createAlias",
            method="POST",
            path="/alias",
            module="api.alias.create_alias",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="listAliases",
            method="GET",
            path="/alias/list",
            module="api.alias.list_aliases",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="deleteAlias",
            method="DELETE",
            path="/alias/{id}",
            module="api.alias.delete_alias",
            success=(200, 204),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="searchSubusers",
            method="GET",
            path="/reseller/subuser/search",
            module="api.reseller.search_subusers",
            success=(200,),
            send=None,
            paging=Paging(
                style="offset",
                start_param="offset",
                size_param="limit",
                items="subuser_list",
                total=("metadata", "count"),
                default_size=20,
            ),
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="createSubuser",
            method="POST",
            path="/reseller/subuser",
            module="api.reseller.create_subuser",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="getSubuser",
            method="GET",
            path="/reseller/subuser/{id}",
            module="api.reseller.get_subuser",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="updateSubuser",
            method="PUT",
            path="/reseller/subuser/{id}",
            module="api.reseller.update_subuser",
            success=(200, 204),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="deleteSubuser",
            method="DELETE",
            path="/reseller/subuser/{id}",
            module="api.reseller.delete_subuser",
            success=(200, 204),
            send=None,
            paging=None,
            media=(),
        ),
        Operation(
            id="sendVerifyCode",
            method="POST",
            path="/verify/send",
            module="api.verify.send_verify_code",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="checkVerifyCode",
            method="GET",
            path="/verify/check",
            module="api.verify.check_verify_code",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="sendPush",
            method="POST",
            path="/push/send",
            module="api.push.send_push",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="listFidelityProgrammes",
            method="GET",
            path="/fidelity/list",
            module="api.fidelity.list_fidelity_programmes",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="listFidelityCards",
            method="GET",
            path="/fidelity/{fidelityId}/card/list",
            module="api.fidelity.list_fidelity_cards",
            success=(200,),
            send=None,
            paging=Paging(
                style="offset",
                start_param="offset",
                size_param="limit",
                items="card_list",
                total=("metadata", "count"),
                default_size=20,
            ),
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="smartSendSms",
            method="GET",
            path="/smart/sms/send",
            module="api.smart.smart_send_sms",
            success=(200,),
            send=SendSpec(
                key_in="query",
                key_name="transactionId",
                lookup=Lookup(
                    operation="searchSms",
                    method="GET",
                    path="/sms/search",
                    path_params={},
                    query={"transactionId": "{key}", "limit": "100"},
                    exists="/metadata/count",
                    reply={
                        "transactionId": "{key}",
                        "from": "/smsList/0/from",
                        "text": "/smsList/0/text",
                        "smsInserted": "/metadata/count",
                        "smsNotInserted": 0,
                        "sms": {"each": "/smsList", "as": {"id": "/id", "to": "/to", "status": "INSERTED"}},
                    },
                ),
            ),
            paging=None,
            media=("application/json", "application/xml"),
        ),
        Operation(
            id="smartGetUser",
            method="GET",
            path="/smart/user",
            module="api.smart.smart_get_user",
            success=(200,),
            send=None,
            paging=None,
            media=("application/json", "application/xml"),
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
    auth_key: str | None = None,
    auth_secret: str | None = None,
    *,
    flow: Literal["connect"] = "connect",
    lifetime: int | None = None,
    allow_insecure_http: bool = False,
    timeout: float = 30.0,
    retries: int = 2,
    policy: RetryPolicy | None = None,
    **client_options: Any,
) -> SmsClient:
    """Return a client for Smstools REST API that authenticates, raises typed errors and retries safely.

    ``base_url`` defaults to ``$SMSTOOLS_BASE_URL``, else the production server
    https://api.smstools.it/rest/api; ``auth_key`` to ``$SMSTOOLS_AUTH_KEY``, ``auth_secret`` to ``$SMSTOOLS_AUTH_SECRET``.

    ``flow`` picks how to authenticate:
    - ``'connect'``: send the credentials as each operation's security requirement says, and Accept on every request. The provider accepts HTTPS only: a plain-http ``base_url`` is refused unless ``allow_insecure_http`` is true (a local mock).
    ``timeout`` (seconds) applies to every request and ``retries`` to every safe retry; ``policy``
    replaces both with a full :class:`RetryPolicy`. Other options (``headers``, ``httpx_args``,
    ``verify_ssl``...) go to the generated ``Client``.
    """
    base_url = base_url or os.environ.get(ENVIRONMENT["base_url"]) or DEFAULT_BASE_URL
    auth_key = _argument(auth_key, "auth_key")
    auth_secret = _argument(auth_secret, "auth_secret")
    auth: httpx.Auth
    if flow == "connect":
        if lifetime is not None:
            raise TypeError("flow connect has no token lifetime")
        check_https(base_url, allow_insecure_http)
        auth = connect_auth(
            base_url,
            auth_key,
            auth_secret,
        )
    else:
        raise ValueError(f"unknown flow {flow!r}; this provider has {FLOWS}")
    return _client(base_url, auth, timeout, retries, policy, client_options)


CONNECT = StaticSpec(
    credentials=("auth_key", "auth_secret"),
    schemes={
        "basicAuth": SchemeUse(kind="basic", name="", value="{auth_key}", password="{auth_secret}"),
        "smartKey": SchemeUse(kind="query", name="authKey", value="{auth_key}", password=""),
        "smartSecret": SchemeUse(kind="query", name="authSecret", value="{auth_secret}", password=""),
    },
    default=("basicAuth",),
    operations=(
        ("GET", "/smart/sms/send", ("smartKey", "smartSecret")),
        ("GET", "/smart/user", ("smartKey", "smartSecret")),
    ),
    headers={"Accept": "application/json"},
    https_only=True,
    named={"smart_send_sms": ("smartKey", "smartSecret"), "smart_get_user": ("smartKey", "smartSecret")},
)


def connect_auth(
    base_url: str,
    auth_key: str,
    auth_secret: str,
) -> StaticAuth:
    """The ``httpx.Auth`` adding the credentials each operation's security requirement names."""
    return StaticAuth(
        CONNECT,
        base_url,
        {
            "auth_key": auth_key,
            "auth_secret": auth_secret,
        },
    )
