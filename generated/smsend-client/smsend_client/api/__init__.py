# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
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

    from ..models.alias_create import AliasCreate
    from ..models.alias_created import AliasCreated
    from ..models.alias_list import AliasList
    from ..models.alias_result import AliasResult
    from ..models.change_password import ChangePassword
    from ..models.contact import Contact
    from ..models.contact_create import ContactCreate
    from ..models.credit_list import CreditList
    from ..models.credit_move import CreditMove
    from ..models.error import Error
    from ..models.get_sms_history_dir import GetSmsHistoryDir
    from ..models.group_list import GroupList
    from ..models.group_write import GroupWrite
    from ..models.issue_create import IssueCreate
    from ..models.issue_from_template import IssueFromTemplate
    from ..models.issue_send import IssueSend
    from ..models.list_contact_create import ListContactCreate
    from ..models.list_create import ListCreate
    from ..models.list_modify import ListModify
    from ..models.ok import Ok
    from ..models.purchase_create import PurchaseCreate
    from ..models.purchase_list import PurchaseList
    from ..models.received_list import ReceivedList
    from ..models.received_page import ReceivedPage
    from ..models.send_parametric_sms import SendParametricSms
    from ..models.send_result import SendResult
    from ..models.send_sms import SendSms
    from ..models.send_sms_to_groups import SendSmsToGroups
    from ..models.sms_history import SmsHistory
    from ..models.sms_state import SmsState
    from ..models.subaccount import Subaccount
    from ..models.subaccount_list import SubaccountList
    from ..models.subaccount_write import SubaccountWrite
    from ..models.true_false import TrueFalse
    from ..models.user_status import UserStatus
    from ..types import UNSET, Unset

__all__ = [
    "AsyncSmsClient",
    "SmsClient",
    "auth",
    "user",
    "contacts",
    "groups",
    "tpoa",
    "sms",
    "history",
    "received",
    "email",
    "subaccounts",
]


@cache
def _module(name: str) -> Any:
    return import_module(name, __name__)


class AuthOperations:
    """The ``auth`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def login(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> str:
        """Authenticate using a session key (see ``api.auth.login.sync``)."""
        result: str = _module(".auth.login").sync(
            username=username,
            password=password,
            client=self._client,
        )
        return result

    def token(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> str:
        """Authenticate using a user token (see ``api.auth.token.sync``)."""
        result: str = _module(".auth.token").sync(
            username=username,
            password=password,
            client=self._client,
        )
        return result


class AsyncAuthOperations:
    """The ``auth`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def login(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> str:
        """Authenticate using a session key (see ``api.auth.login.asyncio``)."""
        result: str = await _module(".auth.login").asyncio(
            username=username,
            password=password,
            client=self._client,
        )
        return result

    async def token(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> str:
        """Authenticate using a user token (see ``api.auth.token.asyncio``)."""
        result: str = await _module(".auth.token").asyncio(
            username=username,
            password=password,
            client=self._client,
        )
        return result


class UserOperations:
    """The ``user`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_dashboard(
        self,
    ) -> str:
        """Dashboard (see ``api.user.get_dashboard.sync``)."""
        result: str = _module(".user.get_dashboard").sync(
            client=self._client,
        )
        return result

    def check_session(
        self,
    ) -> TrueFalse:
        """Verify session (see ``api.user.check_session.sync``)."""
        result: TrueFalse = _module(".user.check_session").sync(
            client=self._client,
        )
        return result

    def reset_password(
        self,
        *,
        password: str,
    ) -> TrueFalse:
        """Reset password (see ``api.user.reset_password.sync``)."""
        result: TrueFalse = _module(".user.reset_password").sync(
            password=password,
            client=self._client,
        )
        return result

    def get_user_status(
        self,
        *,
        get_money: bool | Unset = False,
        type_aliases: bool | Unset = False,
    ) -> UserStatus:
        """User status (see ``api.user.get_user_status.sync``)."""
        result: UserStatus = _module(".user.get_user_status").sync(
            get_money=get_money,
            type_aliases=type_aliases,
            client=self._client,
        )
        return result


class AsyncUserOperations:
    """The ``user`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_dashboard(
        self,
    ) -> str:
        """Dashboard (see ``api.user.get_dashboard.asyncio``)."""
        result: str = await _module(".user.get_dashboard").asyncio(
            client=self._client,
        )
        return result

    async def check_session(
        self,
    ) -> TrueFalse:
        """Verify session (see ``api.user.check_session.asyncio``)."""
        result: TrueFalse = await _module(".user.check_session").asyncio(
            client=self._client,
        )
        return result

    async def reset_password(
        self,
        *,
        password: str,
    ) -> TrueFalse:
        """Reset password (see ``api.user.reset_password.asyncio``)."""
        result: TrueFalse = await _module(".user.reset_password").asyncio(
            password=password,
            client=self._client,
        )
        return result

    async def get_user_status(
        self,
        *,
        get_money: bool | Unset = False,
        type_aliases: bool | Unset = False,
    ) -> UserStatus:
        """User status (see ``api.user.get_user_status.asyncio``)."""
        result: UserStatus = await _module(".user.get_user_status").asyncio(
            get_money=get_money,
            type_aliases=type_aliases,
            client=self._client,
        )
        return result


class ContactsOperations:
    """The ``contacts`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def add_contact(
        self,
        *,
        body: ContactCreate,
    ) -> None:
        """Add a contact (see ``api.contacts.add_contact.sync``)."""
        result: None = _module(".contacts.add_contact").sync(
            body=body,
            client=self._client,
        )
        return result

    def get_contact(
        self,
        contactid: str,
    ) -> Contact:
        """Get a contact (see ``api.contacts.get_contact.sync``)."""
        result: Contact = _module(".contacts.get_contact").sync(
            contactid=contactid,
            client=self._client,
        )
        return result

    def add_contact_to_list(
        self,
        campaign_id: int,
        *,
        body: ListContactCreate,
        send_opt_in: bool | Unset = False,
    ) -> None:
        """Registration of a contact to a list (see ``api.contacts.add_contact_to_list.sync``)."""
        result: None = _module(".contacts.add_contact_to_list").sync(
            campaign_id=campaign_id,
            body=body,
            send_opt_in=send_opt_in,
            client=self._client,
        )
        return result


class AsyncContactsOperations:
    """The ``contacts`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def add_contact(
        self,
        *,
        body: ContactCreate,
    ) -> None:
        """Add a contact (see ``api.contacts.add_contact.asyncio``)."""
        result: None = await _module(".contacts.add_contact").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def get_contact(
        self,
        contactid: str,
    ) -> Contact:
        """Get a contact (see ``api.contacts.get_contact.asyncio``)."""
        result: Contact = await _module(".contacts.get_contact").asyncio(
            contactid=contactid,
            client=self._client,
        )
        return result

    async def add_contact_to_list(
        self,
        campaign_id: int,
        *,
        body: ListContactCreate,
        send_opt_in: bool | Unset = False,
    ) -> None:
        """Registration of a contact to a list (see ``api.contacts.add_contact_to_list.asyncio``)."""
        result: None = await _module(".contacts.add_contact_to_list").asyncio(
            campaign_id=campaign_id,
            body=body,
            send_opt_in=send_opt_in,
            client=self._client,
        )
        return result


class GroupsOperations:
    """The ``groups`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def create_group(
        self,
        *,
        body: GroupWrite,
    ) -> None:
        """Create a contacts group (see ``api.groups.create_group.sync``)."""
        result: None = _module(".groups.create_group").sync(
            body=body,
            client=self._client,
        )
        return result

    def modify_group(
        self,
        group_id: str,
        *,
        body: GroupWrite,
    ) -> None:
        """Modify an existing contacts group (see ``api.groups.modify_group.sync``)."""
        result: None = _module(".groups.modify_group").sync(
            group_id=group_id,
            body=body,
            client=self._client,
        )
        return result

    def delete_group(
        self,
        group_id: str,
        *,
        deletecontacts: bool | Unset = False,
    ) -> None:
        """Delete a contacts group (see ``api.groups.delete_group.sync``)."""
        result: None = _module(".groups.delete_group").sync(
            group_id=group_id,
            deletecontacts=deletecontacts,
            client=self._client,
        )
        return result

    def list_groups(
        self,
        *,
        page_number: int | Unset = 1,
        page_size: int | Unset = 5,
    ) -> GroupList:
        """List contacts groups (see ``api.groups.list_groups.sync``)."""
        result: GroupList = _module(".groups.list_groups").sync(
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    def add_contact_to_group(
        self,
        group_id: str,
        contact_id: str,
    ) -> None:
        """Add a contact to a group (see ``api.groups.add_contact_to_group.sync``)."""
        result: None = _module(".groups.add_contact_to_group").sync(
            group_id=group_id,
            contact_id=contact_id,
            client=self._client,
        )
        return result

    def remove_contact_from_group(
        self,
        group_id: str,
        contact_id: str,
    ) -> None:
        """Remove a contact from a group (see ``api.groups.remove_contact_from_group.sync``)."""
        result: None = _module(".groups.remove_contact_from_group").sync(
            group_id=group_id,
            contact_id=contact_id,
            client=self._client,
        )
        return result


class AsyncGroupsOperations:
    """The ``groups`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def create_group(
        self,
        *,
        body: GroupWrite,
    ) -> None:
        """Create a contacts group (see ``api.groups.create_group.asyncio``)."""
        result: None = await _module(".groups.create_group").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def modify_group(
        self,
        group_id: str,
        *,
        body: GroupWrite,
    ) -> None:
        """Modify an existing contacts group (see ``api.groups.modify_group.asyncio``)."""
        result: None = await _module(".groups.modify_group").asyncio(
            group_id=group_id,
            body=body,
            client=self._client,
        )
        return result

    async def delete_group(
        self,
        group_id: str,
        *,
        deletecontacts: bool | Unset = False,
    ) -> None:
        """Delete a contacts group (see ``api.groups.delete_group.asyncio``)."""
        result: None = await _module(".groups.delete_group").asyncio(
            group_id=group_id,
            deletecontacts=deletecontacts,
            client=self._client,
        )
        return result

    async def list_groups(
        self,
        *,
        page_number: int | Unset = 1,
        page_size: int | Unset = 5,
    ) -> GroupList:
        """List contacts groups (see ``api.groups.list_groups.asyncio``)."""
        result: GroupList = await _module(".groups.list_groups").asyncio(
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    async def add_contact_to_group(
        self,
        group_id: str,
        contact_id: str,
    ) -> None:
        """Add a contact to a group (see ``api.groups.add_contact_to_group.asyncio``)."""
        result: None = await _module(".groups.add_contact_to_group").asyncio(
            group_id=group_id,
            contact_id=contact_id,
            client=self._client,
        )
        return result

    async def remove_contact_from_group(
        self,
        group_id: str,
        contact_id: str,
    ) -> None:
        """Remove a contact from a group (see ``api.groups.remove_contact_from_group.asyncio``)."""
        result: None = await _module(".groups.remove_contact_from_group").asyncio(
            group_id=group_id,
            contact_id=contact_id,
            client=self._client,
        )
        return result


class TpoaOperations:
    """The ``tpoa`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_aliases(
        self,
        *,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
        hide_not_approved: bool | Unset = False,
    ) -> AliasList:
        """Get all aliases (see ``api.tpoa.list_aliases.sync``)."""
        result: AliasList = _module(".tpoa.list_aliases").sync(
            page_number=page_number,
            page_size=page_size,
            hide_not_approved=hide_not_approved,
            client=self._client,
        )
        return result

    def create_alias(
        self,
        *,
        body: AliasCreate,
        get_alias: bool | Unset = False,
    ) -> AliasCreated:
        """Create a new alias (see ``api.tpoa.create_alias.sync``)."""
        result: AliasCreated = _module(".tpoa.create_alias").sync(
            body=body,
            get_alias=get_alias,
            client=self._client,
        )
        return result

    def get_alias(
        self,
        alias_id: int,
    ) -> AliasResult:
        """Get a specific alias (see ``api.tpoa.get_alias.sync``)."""
        result: AliasResult = _module(".tpoa.get_alias").sync(
            alias_id=alias_id,
            client=self._client,
        )
        return result

    def delete_alias(
        self,
        alias_id: int,
    ) -> Ok:
        """Remove an alias (see ``api.tpoa.delete_alias.sync``)."""
        result: Ok = _module(".tpoa.delete_alias").sync(
            alias_id=alias_id,
            client=self._client,
        )
        return result


class AsyncTpoaOperations:
    """The ``tpoa`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_aliases(
        self,
        *,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
        hide_not_approved: bool | Unset = False,
    ) -> AliasList:
        """Get all aliases (see ``api.tpoa.list_aliases.asyncio``)."""
        result: AliasList = await _module(".tpoa.list_aliases").asyncio(
            page_number=page_number,
            page_size=page_size,
            hide_not_approved=hide_not_approved,
            client=self._client,
        )
        return result

    async def create_alias(
        self,
        *,
        body: AliasCreate,
        get_alias: bool | Unset = False,
    ) -> AliasCreated:
        """Create a new alias (see ``api.tpoa.create_alias.asyncio``)."""
        result: AliasCreated = await _module(".tpoa.create_alias").asyncio(
            body=body,
            get_alias=get_alias,
            client=self._client,
        )
        return result

    async def get_alias(
        self,
        alias_id: int,
    ) -> AliasResult:
        """Get a specific alias (see ``api.tpoa.get_alias.asyncio``)."""
        result: AliasResult = await _module(".tpoa.get_alias").asyncio(
            alias_id=alias_id,
            client=self._client,
        )
        return result

    async def delete_alias(
        self,
        alias_id: int,
    ) -> Ok:
        """Remove an alias (see ``api.tpoa.delete_alias.asyncio``)."""
        result: Ok = await _module(".tpoa.delete_alias").asyncio(
            alias_id=alias_id,
            client=self._client,
        )
        return result


class SmsOperations:
    """The ``sms`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def send_sms(
        self,
        *,
        body: SendSms,
    ) -> SendResult:
        """Send an SMS message (see ``api.sms.send_sms.sync``)."""
        result: SendResult = _module(".sms.send_sms").sync(
            body=body,
            client=self._client,
        )
        return result

    def send_parametric_sms(
        self,
        *,
        body: SendParametricSms,
    ) -> SendResult:
        """Send a parametric SMS message (see ``api.sms.send_parametric_sms.sync``)."""
        result: SendResult = _module(".sms.send_parametric_sms").sync(
            body=body,
            client=self._client,
        )
        return result

    def send_sms_to_groups(
        self,
        *,
        body: SendSmsToGroups,
    ) -> SendResult:
        """Send an SMS message to a group (see ``api.sms.send_sms_to_groups.sync``)."""
        result: SendResult = _module(".sms.send_sms_to_groups").sync(
            body=body,
            client=self._client,
        )
        return result

    def get_sms_state(
        self,
        order_id: str,
    ) -> SmsState:
        """Get SMS message state (see ``api.sms.get_sms_state.sync``)."""
        result: SmsState = _module(".sms.get_sms_state").sync(
            order_id=order_id,
            client=self._client,
        )
        return result

    def delete_scheduled_sms(
        self,
        order_id: str,
    ) -> Ok:
        """Delete a scheduled message (see ``api.sms.delete_scheduled_sms.sync``)."""
        result: Ok = _module(".sms.delete_scheduled_sms").sync(
            order_id=order_id,
            client=self._client,
        )
        return result


class AsyncSmsOperations:
    """The ``sms`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def send_sms(
        self,
        *,
        body: SendSms,
    ) -> SendResult:
        """Send an SMS message (see ``api.sms.send_sms.asyncio``)."""
        result: SendResult = await _module(".sms.send_sms").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def send_parametric_sms(
        self,
        *,
        body: SendParametricSms,
    ) -> SendResult:
        """Send a parametric SMS message (see ``api.sms.send_parametric_sms.asyncio``)."""
        result: SendResult = await _module(".sms.send_parametric_sms").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def send_sms_to_groups(
        self,
        *,
        body: SendSmsToGroups,
    ) -> SendResult:
        """Send an SMS message to a group (see ``api.sms.send_sms_to_groups.asyncio``)."""
        result: SendResult = await _module(".sms.send_sms_to_groups").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def get_sms_state(
        self,
        order_id: str,
    ) -> SmsState:
        """Get SMS message state (see ``api.sms.get_sms_state.asyncio``)."""
        result: SmsState = await _module(".sms.get_sms_state").asyncio(
            order_id=order_id,
            client=self._client,
        )
        return result

    async def delete_scheduled_sms(
        self,
        order_id: str,
    ) -> Ok:
        """Delete a scheduled message (see ``api.sms.delete_scheduled_sms.asyncio``)."""
        result: Ok = await _module(".sms.delete_scheduled_sms").asyncio(
            order_id=order_id,
            client=self._client,
        )
        return result


class HistoryOperations:
    """The ``history`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_sms_history(
        self,
        *,
        from_: str,
        to: str | Unset = UNSET,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
        sort: str | Unset = UNSET,
        dir_: GetSmsHistoryDir | Unset = UNSET,
    ) -> SmsHistory:
        """Get sent SMS messages history (see ``api.history.get_sms_history.sync``)."""
        result: SmsHistory = _module(".history.get_sms_history").sync(
            from_=from_,
            to=to,
            page_number=page_number,
            page_size=page_size,
            sort=sort,
            dir_=dir_,
            client=self._client,
        )
        return result


class AsyncHistoryOperations:
    """The ``history`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_sms_history(
        self,
        *,
        from_: str,
        to: str | Unset = UNSET,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
        sort: str | Unset = UNSET,
        dir_: GetSmsHistoryDir | Unset = UNSET,
    ) -> SmsHistory:
        """Get sent SMS messages history (see ``api.history.get_sms_history.asyncio``)."""
        result: SmsHistory = await _module(".history.get_sms_history").asyncio(
            from_=from_,
            to=to,
            page_number=page_number,
            page_size=page_size,
            sort=sort,
            dir_=dir_,
            client=self._client,
        )
        return result


class ReceivedOperations:
    """The ``received`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_new_received_messages(
        self,
        *,
        limit: int | Unset = 100,
    ) -> ReceivedList:
        """Get new received messages (all SIMs) (see ``api.received.get_new_received_messages.sync``)."""
        result: ReceivedList = _module(".received.get_new_received_messages").sync(
            limit=limit,
            client=self._client,
        )
        return result

    def get_new_received_messages_by_sim(
        self,
        id_sim: str,
        *,
        limit: int | Unset = 100,
    ) -> ReceivedList:
        """Get new received messages (given SIMs) (see ``api.received.get_new_received_messages_by_sim.sync``)."""
        result: ReceivedList = _module(".received.get_new_received_messages_by_sim").sync(
            id_sim=id_sim,
            limit=limit,
            client=self._client,
        )
        return result

    def get_received_messages(
        self,
        *,
        from_: str,
        to: str | Unset = UNSET,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> ReceivedPage:
        """Get the received SMS messages (all SIMs) (see ``api.received.get_received_messages.sync``)."""
        result: ReceivedPage = _module(".received.get_received_messages").sync(
            from_=from_,
            to=to,
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    def get_received_messages_by_sim(
        self,
        id_sim: str,
        *,
        from_: str,
        to: str | Unset = UNSET,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> ReceivedPage:
        """Get the received SMS messages (given SIMs) (see ``api.received.get_received_messages_by_sim.sync``)."""
        result: ReceivedPage = _module(".received.get_received_messages_by_sim").sync(
            id_sim=id_sim,
            from_=from_,
            to=to,
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    def get_received_messages_after(
        self,
        id_sim: str,
        id_message: int,
        *,
        limit: int | Unset = 100,
    ) -> ReceivedList:
        """Get the received SMS messages after a specified message. (see ``api.received.get_received_messages_after.sync``)."""
        result: ReceivedList = _module(".received.get_received_messages_after").sync(
            id_sim=id_sim,
            id_message=id_message,
            limit=limit,
            client=self._client,
        )
        return result


class AsyncReceivedOperations:
    """The ``received`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_new_received_messages(
        self,
        *,
        limit: int | Unset = 100,
    ) -> ReceivedList:
        """Get new received messages (all SIMs) (see ``api.received.get_new_received_messages.asyncio``)."""
        result: ReceivedList = await _module(".received.get_new_received_messages").asyncio(
            limit=limit,
            client=self._client,
        )
        return result

    async def get_new_received_messages_by_sim(
        self,
        id_sim: str,
        *,
        limit: int | Unset = 100,
    ) -> ReceivedList:
        """Get new received messages (given SIMs) (see ``api.received.get_new_received_messages_by_sim.asyncio``)."""
        result: ReceivedList = await _module(".received.get_new_received_messages_by_sim").asyncio(
            id_sim=id_sim,
            limit=limit,
            client=self._client,
        )
        return result

    async def get_received_messages(
        self,
        *,
        from_: str,
        to: str | Unset = UNSET,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> ReceivedPage:
        """Get the received SMS messages (all SIMs) (see ``api.received.get_received_messages.asyncio``)."""
        result: ReceivedPage = await _module(".received.get_received_messages").asyncio(
            from_=from_,
            to=to,
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    async def get_received_messages_by_sim(
        self,
        id_sim: str,
        *,
        from_: str,
        to: str | Unset = UNSET,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> ReceivedPage:
        """Get the received SMS messages (given SIMs) (see ``api.received.get_received_messages_by_sim.asyncio``)."""
        result: ReceivedPage = await _module(".received.get_received_messages_by_sim").asyncio(
            id_sim=id_sim,
            from_=from_,
            to=to,
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    async def get_received_messages_after(
        self,
        id_sim: str,
        id_message: int,
        *,
        limit: int | Unset = 100,
    ) -> ReceivedList:
        """Get the received SMS messages after a specified message. (see ``api.received.get_received_messages_after.asyncio``)."""
        result: ReceivedList = await _module(".received.get_received_messages_after").asyncio(
            id_sim=id_sim,
            id_message=id_message,
            limit=limit,
            client=self._client,
        )
        return result


class EmailOperations:
    """The ``email`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def create_list(
        self,
        *,
        body: ListCreate,
    ) -> None:
        """Create a new list (see ``api.email.create_list.sync``)."""
        result: None = _module(".email.create_list").sync(
            body=body,
            client=self._client,
        )
        return result

    def modify_list(
        self,
        list_id: int,
        *,
        body: ListModify,
    ) -> None:
        """Modify a list (see ``api.email.modify_list.sync``)."""
        result: None = _module(".email.modify_list").sync(
            list_id=list_id,
            body=body,
            client=self._client,
        )
        return result

    def add_group_to_list(
        self,
        list_id: int,
        group_id: str,
        *,
        sendoptin: bool | Unset = False,
    ) -> None:
        """Add a contacts group to a list of distribution (see ``api.email.add_group_to_list.sync``)."""
        result: None = _module(".email.add_group_to_list").sync(
            list_id=list_id,
            group_id=group_id,
            sendoptin=sendoptin,
            client=self._client,
        )
        return result

    def create_email_draft(
        self,
        list_id: int,
        *,
        body: IssueCreate,
    ) -> None:
        """Create a new email draft (see ``api.email.create_email_draft.sync``)."""
        result: None = _module(".email.create_email_draft").sync(
            list_id=list_id,
            body=body,
            client=self._client,
        )
        return result

    def create_issue_from_template(
        self,
        campaign_id: int,
        template: int,
        *,
        body: IssueFromTemplate,
    ) -> None:
        """Create new issue using a specified template (see ``api.email.create_issue_from_template.sync``)."""
        result: None = _module(".email.create_issue_from_template").sync(
            campaign_id=campaign_id,
            template=template,
            body=body,
            client=self._client,
        )
        return result

    def send_issue(
        self,
        campaign_id: int,
        id_issue: int,
        *,
        body: IssueSend,
    ) -> None:
        """Send an issue to preloaded contacts (see ``api.email.send_issue.sync``)."""
        result: None = _module(".email.send_issue").sync(
            campaign_id=campaign_id,
            id_issue=id_issue,
            body=body,
            client=self._client,
        )
        return result


class AsyncEmailOperations:
    """The ``email`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def create_list(
        self,
        *,
        body: ListCreate,
    ) -> None:
        """Create a new list (see ``api.email.create_list.asyncio``)."""
        result: None = await _module(".email.create_list").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def modify_list(
        self,
        list_id: int,
        *,
        body: ListModify,
    ) -> None:
        """Modify a list (see ``api.email.modify_list.asyncio``)."""
        result: None = await _module(".email.modify_list").asyncio(
            list_id=list_id,
            body=body,
            client=self._client,
        )
        return result

    async def add_group_to_list(
        self,
        list_id: int,
        group_id: str,
        *,
        sendoptin: bool | Unset = False,
    ) -> None:
        """Add a contacts group to a list of distribution (see ``api.email.add_group_to_list.asyncio``)."""
        result: None = await _module(".email.add_group_to_list").asyncio(
            list_id=list_id,
            group_id=group_id,
            sendoptin=sendoptin,
            client=self._client,
        )
        return result

    async def create_email_draft(
        self,
        list_id: int,
        *,
        body: IssueCreate,
    ) -> None:
        """Create a new email draft (see ``api.email.create_email_draft.asyncio``)."""
        result: None = await _module(".email.create_email_draft").asyncio(
            list_id=list_id,
            body=body,
            client=self._client,
        )
        return result

    async def create_issue_from_template(
        self,
        campaign_id: int,
        template: int,
        *,
        body: IssueFromTemplate,
    ) -> None:
        """Create new issue using a specified template (see ``api.email.create_issue_from_template.asyncio``)."""
        result: None = await _module(".email.create_issue_from_template").asyncio(
            campaign_id=campaign_id,
            template=template,
            body=body,
            client=self._client,
        )
        return result

    async def send_issue(
        self,
        campaign_id: int,
        id_issue: int,
        *,
        body: IssueSend,
    ) -> None:
        """Send an issue to preloaded contacts (see ``api.email.send_issue.asyncio``)."""
        result: None = await _module(".email.send_issue").asyncio(
            campaign_id=campaign_id,
            id_issue=id_issue,
            body=body,
            client=self._client,
        )
        return result


class SubaccountsOperations:
    """The ``subaccounts`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_subaccounts(
        self,
        *,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> SubaccountList:
        """Get the list of subaccounts (see ``api.subaccounts.list_subaccounts.sync``)."""
        result: SubaccountList = _module(".subaccounts.list_subaccounts").sync(
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    def create_subaccount(
        self,
        *,
        body: SubaccountWrite,
    ) -> None:
        """Create a subaccount (see ``api.subaccounts.create_subaccount.sync``)."""
        result: None = _module(".subaccounts.create_subaccount").sync(
            body=body,
            client=self._client,
        )
        return result

    def get_subaccount(
        self,
        subaccount_id: int,
    ) -> Subaccount:
        """Get subaccount (see ``api.subaccounts.get_subaccount.sync``)."""
        result: Subaccount = _module(".subaccounts.get_subaccount").sync(
            subaccount_id=subaccount_id,
            client=self._client,
        )
        return result

    def edit_subaccount(
        self,
        subaccount_id: int,
        *,
        body: SubaccountWrite,
        lock_subaccount: bool | Unset = False,
    ) -> None:
        """Edit subaccount (see ``api.subaccounts.edit_subaccount.sync``)."""
        result: None = _module(".subaccounts.edit_subaccount").sync(
            subaccount_id=subaccount_id,
            body=body,
            lock_subaccount=lock_subaccount,
            client=self._client,
        )
        return result

    def change_subaccount_password(
        self,
        subaccount_id: int,
        *,
        body: ChangePassword,
    ) -> None:
        """Change subaccount password (see ``api.subaccounts.change_subaccount_password.sync``)."""
        result: None = _module(".subaccounts.change_subaccount_password").sync(
            subaccount_id=subaccount_id,
            body=body,
            client=self._client,
        )
        return result

    def get_subaccount_credits(
        self,
        subaccount_id: str,
    ) -> CreditList:
        """Get subaccount available credits (see ``api.subaccounts.get_subaccount_credits.sync``)."""
        result: CreditList = _module(".subaccounts.get_subaccount_credits").sync(
            subaccount_id=subaccount_id,
            client=self._client,
        )
        return result

    def move_subaccount_credits(
        self,
        subaccount_id: str,
        *,
        body: CreditMove,
    ) -> None:
        """Move credits from/to subaccount (see ``api.subaccounts.move_subaccount_credits.sync``)."""
        result: None = _module(".subaccounts.move_subaccount_credits").sync(
            subaccount_id=subaccount_id,
            body=body,
            client=self._client,
        )
        return result

    def list_subaccount_purchases(
        self,
        subaccount_id: str,
        *,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> PurchaseList:
        """Get a subaccount's purchases (see ``api.subaccounts.list_subaccount_purchases.sync``)."""
        result: PurchaseList = _module(".subaccounts.list_subaccount_purchases").sync(
            subaccount_id=subaccount_id,
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    def create_subaccount_purchase(
        self,
        subaccount_id: str,
        *,
        body: PurchaseCreate,
    ) -> None:
        """Create a subaccount purchase (see ``api.subaccounts.create_subaccount_purchase.sync``)."""
        result: None = _module(".subaccounts.create_subaccount_purchase").sync(
            subaccount_id=subaccount_id,
            body=body,
            client=self._client,
        )
        return result

    def delete_subaccount_purchase(
        self,
        subaccount_id: str,
        purchase_id: int,
    ) -> Ok:
        """Delete a subaccount's purchase (see ``api.subaccounts.delete_subaccount_purchase.sync``)."""
        result: Ok = _module(".subaccounts.delete_subaccount_purchase").sync(
            subaccount_id=subaccount_id,
            purchase_id=purchase_id,
            client=self._client,
        )
        return result


class AsyncSubaccountsOperations:
    """The ``subaccounts`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_subaccounts(
        self,
        *,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> SubaccountList:
        """Get the list of subaccounts (see ``api.subaccounts.list_subaccounts.asyncio``)."""
        result: SubaccountList = await _module(".subaccounts.list_subaccounts").asyncio(
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    async def create_subaccount(
        self,
        *,
        body: SubaccountWrite,
    ) -> None:
        """Create a subaccount (see ``api.subaccounts.create_subaccount.asyncio``)."""
        result: None = await _module(".subaccounts.create_subaccount").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def get_subaccount(
        self,
        subaccount_id: int,
    ) -> Subaccount:
        """Get subaccount (see ``api.subaccounts.get_subaccount.asyncio``)."""
        result: Subaccount = await _module(".subaccounts.get_subaccount").asyncio(
            subaccount_id=subaccount_id,
            client=self._client,
        )
        return result

    async def edit_subaccount(
        self,
        subaccount_id: int,
        *,
        body: SubaccountWrite,
        lock_subaccount: bool | Unset = False,
    ) -> None:
        """Edit subaccount (see ``api.subaccounts.edit_subaccount.asyncio``)."""
        result: None = await _module(".subaccounts.edit_subaccount").asyncio(
            subaccount_id=subaccount_id,
            body=body,
            lock_subaccount=lock_subaccount,
            client=self._client,
        )
        return result

    async def change_subaccount_password(
        self,
        subaccount_id: int,
        *,
        body: ChangePassword,
    ) -> None:
        """Change subaccount password (see ``api.subaccounts.change_subaccount_password.asyncio``)."""
        result: None = await _module(".subaccounts.change_subaccount_password").asyncio(
            subaccount_id=subaccount_id,
            body=body,
            client=self._client,
        )
        return result

    async def get_subaccount_credits(
        self,
        subaccount_id: str,
    ) -> CreditList:
        """Get subaccount available credits (see ``api.subaccounts.get_subaccount_credits.asyncio``)."""
        result: CreditList = await _module(".subaccounts.get_subaccount_credits").asyncio(
            subaccount_id=subaccount_id,
            client=self._client,
        )
        return result

    async def move_subaccount_credits(
        self,
        subaccount_id: str,
        *,
        body: CreditMove,
    ) -> None:
        """Move credits from/to subaccount (see ``api.subaccounts.move_subaccount_credits.asyncio``)."""
        result: None = await _module(".subaccounts.move_subaccount_credits").asyncio(
            subaccount_id=subaccount_id,
            body=body,
            client=self._client,
        )
        return result

    async def list_subaccount_purchases(
        self,
        subaccount_id: str,
        *,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> PurchaseList:
        """Get a subaccount's purchases (see ``api.subaccounts.list_subaccount_purchases.asyncio``)."""
        result: PurchaseList = await _module(".subaccounts.list_subaccount_purchases").asyncio(
            subaccount_id=subaccount_id,
            page_number=page_number,
            page_size=page_size,
            client=self._client,
        )
        return result

    async def create_subaccount_purchase(
        self,
        subaccount_id: str,
        *,
        body: PurchaseCreate,
    ) -> None:
        """Create a subaccount purchase (see ``api.subaccounts.create_subaccount_purchase.asyncio``)."""
        result: None = await _module(".subaccounts.create_subaccount_purchase").asyncio(
            subaccount_id=subaccount_id,
            body=body,
            client=self._client,
        )
        return result

    async def delete_subaccount_purchase(
        self,
        subaccount_id: str,
        purchase_id: int,
    ) -> Ok:
        """Delete a subaccount's purchase (see ``api.subaccounts.delete_subaccount_purchase.asyncio``)."""
        result: Ok = await _module(".subaccounts.delete_subaccount_purchase").asyncio(
            subaccount_id=subaccount_id,
            purchase_id=purchase_id,
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
    def user(self) -> UserOperations:
        """The ``user`` operations."""
        return UserOperations(self)

    @cached_property
    def contacts(self) -> ContactsOperations:
        """The ``contacts`` operations."""
        return ContactsOperations(self)

    @cached_property
    def groups(self) -> GroupsOperations:
        """The ``groups`` operations."""
        return GroupsOperations(self)

    @cached_property
    def tpoa(self) -> TpoaOperations:
        """The ``tpoa`` operations."""
        return TpoaOperations(self)

    @cached_property
    def sms(self) -> SmsOperations:
        """The ``sms`` operations."""
        return SmsOperations(self)

    @cached_property
    def history(self) -> HistoryOperations:
        """The ``history`` operations."""
        return HistoryOperations(self)

    @cached_property
    def received(self) -> ReceivedOperations:
        """The ``received`` operations."""
        return ReceivedOperations(self)

    @cached_property
    def email(self) -> EmailOperations:
        """The ``email`` operations."""
        return EmailOperations(self)

    @cached_property
    def subaccounts(self) -> SubaccountsOperations:
        """The ``subaccounts`` operations."""
        return SubaccountsOperations(self)

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
    def user(self) -> AsyncUserOperations:
        """The ``user`` operations, awaited."""
        return AsyncUserOperations(self.client)

    @cached_property
    def contacts(self) -> AsyncContactsOperations:
        """The ``contacts`` operations, awaited."""
        return AsyncContactsOperations(self.client)

    @cached_property
    def groups(self) -> AsyncGroupsOperations:
        """The ``groups`` operations, awaited."""
        return AsyncGroupsOperations(self.client)

    @cached_property
    def tpoa(self) -> AsyncTpoaOperations:
        """The ``tpoa`` operations, awaited."""
        return AsyncTpoaOperations(self.client)

    @cached_property
    def sms(self) -> AsyncSmsOperations:
        """The ``sms`` operations, awaited."""
        return AsyncSmsOperations(self.client)

    @cached_property
    def history(self) -> AsyncHistoryOperations:
        """The ``history`` operations, awaited."""
        return AsyncHistoryOperations(self.client)

    @cached_property
    def received(self) -> AsyncReceivedOperations:
        """The ``received`` operations, awaited."""
        return AsyncReceivedOperations(self.client)

    @cached_property
    def email(self) -> AsyncEmailOperations:
        """The ``email`` operations, awaited."""
        return AsyncEmailOperations(self.client)

    @cached_property
    def subaccounts(self) -> AsyncSubaccountsOperations:
        """The ``subaccounts`` operations, awaited."""
        return AsyncSubaccountsOperations(self.client)

    async def __aenter__(self) -> AsyncSmsClient:
        await self.client.__aenter__()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.client.__aexit__(*args)
