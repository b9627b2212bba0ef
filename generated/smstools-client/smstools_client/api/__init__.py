# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
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

    from ..models.alias import Alias
    from ..models.alias_create import AliasCreate
    from ..models.bulk_result import BulkResult
    from ..models.campaign import Campaign
    from ..models.campaign_page import CampaignPage
    from ..models.card_page import CardPage
    from ..models.contact import Contact
    from ..models.contact_create import ContactCreate
    from ..models.contact_page import ContactPage
    from ..models.contact_update import ContactUpdate
    from ..models.email import Email
    from ..models.email_campaign_send import EmailCampaignSend
    from ..models.email_send import EmailSend
    from ..models.email_send_result import EmailSendResult
    from ..models.email_sender import EmailSender
    from ..models.encoding import Encoding
    from ..models.error import Error
    from ..models.estimate import Estimate
    from ..models.fidelity_programmes import FidelityProgrammes
    from ..models.group import Group
    from ..models.group_write import GroupWrite
    from ..models.push_result import PushResult
    from ..models.push_send import PushSend
    from ..models.received_page import ReceivedPage
    from ..models.send_result import SendResult
    from ..models.sim import Sim
    from ..models.sms_cancel import SmsCancel
    from ..models.sms_estimate import SmsEstimate
    from ..models.sms_info import SmsInfo
    from ..models.sms_page import SmsPage
    from ..models.sms_send import SmsSend
    from ..models.sms_send_bulk import SmsSendBulk
    from ..models.sms_status import SmsStatus
    from ..models.subuser import Subuser
    from ..models.subuser_page import SubuserPage
    from ..models.subuser_write import SubuserWrite
    from ..models.template import Template
    from ..models.template_page import TemplatePage
    from ..models.user import User
    from ..models.verify_checked import VerifyChecked
    from ..models.verify_send import VerifySend
    from ..models.verify_sent import VerifySent
    from ..types import UNSET, Unset

__all__ = [
    "AsyncSmsClient",
    "SmsClient",
    "sms",
    "received",
    "user",
    "phonebook",
    "email",
    "alias",
    "reseller",
    "verify",
    "push",
    "fidelity",
    "smart",
]


@cache
def _module(name: str) -> Any:
    return import_module(name, __name__)


class SmsOperations:
    """The ``sms`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def send_sms(
        self,
        *,
        body: SmsSend,
    ) -> SendResult:
        """Send SMS to numbers and/or address-book groups, now or at a date (see ``api.sms.send_sms.sync``)."""
        result: SendResult = _module(".sms.send_sms").sync(
            body=body,
            client=self._client,
        )
        return result

    def send_sms_bulk(
        self,
        *,
        body: SmsSendBulk,
    ) -> BulkResult:
        """Send a large campaign asynchronously (see ``api.sms.send_sms_bulk.sync``)."""
        result: BulkResult = _module(".sms.send_sms_bulk").sync(
            body=body,
            client=self._client,
        )
        return result

    def estimate_sms(
        self,
        *,
        body: SmsEstimate,
    ) -> Estimate:
        """Estimate the cost of a send (see ``api.sms.estimate_sms.sync``)."""
        result: Estimate = _module(".sms.estimate_sms").sync(
            body=body,
            client=self._client,
        )
        return result

    def cancel_sms(
        self,
        *,
        body: SmsCancel,
    ) -> list[SmsInfo]:
        """Cancel pending (scheduled) SMS (see ``api.sms.cancel_sms.sync``)."""
        result: list[SmsInfo] = _module(".sms.cancel_sms").sync(
            body=body,
            client=self._client,
        )
        return result

    def search_sms(
        self,
        *,
        id: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        from_date: str | Unset = UNSET,
        to_date: str | Unset = UNSET,
        status: SmsStatus | str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> SmsPage:
        """Search sent SMS (see ``api.sms.search_sms.sync``)."""
        result: SmsPage = _module(".sms.search_sms").sync(
            id=id,
            transaction_id=transaction_id,
            msisdn=msisdn,
            from_date=from_date,
            to_date=to_date,
            status=status,
            offset=offset,
            limit=limit,
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
        body: SmsSend,
    ) -> SendResult:
        """Send SMS to numbers and/or address-book groups, now or at a date (see ``api.sms.send_sms.asyncio``)."""
        result: SendResult = await _module(".sms.send_sms").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def send_sms_bulk(
        self,
        *,
        body: SmsSendBulk,
    ) -> BulkResult:
        """Send a large campaign asynchronously (see ``api.sms.send_sms_bulk.asyncio``)."""
        result: BulkResult = await _module(".sms.send_sms_bulk").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def estimate_sms(
        self,
        *,
        body: SmsEstimate,
    ) -> Estimate:
        """Estimate the cost of a send (see ``api.sms.estimate_sms.asyncio``)."""
        result: Estimate = await _module(".sms.estimate_sms").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def cancel_sms(
        self,
        *,
        body: SmsCancel,
    ) -> list[SmsInfo]:
        """Cancel pending (scheduled) SMS (see ``api.sms.cancel_sms.asyncio``)."""
        result: list[SmsInfo] = await _module(".sms.cancel_sms").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def search_sms(
        self,
        *,
        id: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        from_date: str | Unset = UNSET,
        to_date: str | Unset = UNSET,
        status: SmsStatus | str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> SmsPage:
        """Search sent SMS (see ``api.sms.search_sms.asyncio``)."""
        result: SmsPage = await _module(".sms.search_sms").asyncio(
            id=id,
            transaction_id=transaction_id,
            msisdn=msisdn,
            from_date=from_date,
            to_date=to_date,
            status=status,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result


class ReceivedOperations:
    """The ``received`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def search_received_sms(
        self,
        *,
        from_: str | Unset = UNSET,
        sim_id_ref: str | Unset = UNSET,
        from_date: str | Unset = UNSET,
        to_date: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> ReceivedPage:
        """Search received SMS (see ``api.received.search_received_sms.sync``)."""
        result: ReceivedPage = _module(".received.search_received_sms").sync(
            from_=from_,
            sim_id_ref=sim_id_ref,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    def list_reception_services(
        self,
    ) -> list[Sim]:
        """List the active reception ("Forward SMS") services (see ``api.received.list_reception_services.sync``)."""
        result: list[Sim] = _module(".received.list_reception_services").sync(
            client=self._client,
        )
        return result


class AsyncReceivedOperations:
    """The ``received`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def search_received_sms(
        self,
        *,
        from_: str | Unset = UNSET,
        sim_id_ref: str | Unset = UNSET,
        from_date: str | Unset = UNSET,
        to_date: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> ReceivedPage:
        """Search received SMS (see ``api.received.search_received_sms.asyncio``)."""
        result: ReceivedPage = await _module(".received.search_received_sms").asyncio(
            from_=from_,
            sim_id_ref=sim_id_ref,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    async def list_reception_services(
        self,
    ) -> list[Sim]:
        """List the active reception ("Forward SMS") services (see ``api.received.list_reception_services.asyncio``)."""
        result: list[Sim] = await _module(".received.list_reception_services").asyncio(
            client=self._client,
        )
        return result


class UserOperations:
    """The ``user`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_user(
        self,
    ) -> User:
        """Profile data and credit (see ``api.user.get_user.sync``)."""
        result: User = _module(".user.get_user").sync(
            client=self._client,
        )
        return result


class AsyncUserOperations:
    """The ``user`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_user(
        self,
    ) -> User:
        """Profile data and credit (see ``api.user.get_user.asyncio``)."""
        result: User = await _module(".user.get_user").asyncio(
            client=self._client,
        )
        return result


class PhonebookOperations:
    """The ``phonebook`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_groups(
        self,
    ) -> list[Group]:
        """List the address-book groups (see ``api.phonebook.list_groups.sync``)."""
        result: list[Group] = _module(".phonebook.list_groups").sync(
            client=self._client,
        )
        return result

    def create_group(
        self,
        *,
        body: GroupWrite,
    ) -> Group:
        """Create a group (see ``api.phonebook.create_group.sync``)."""
        result: Group = _module(".phonebook.create_group").sync(
            body=body,
            client=self._client,
        )
        return result

    def get_group(
        self,
        id: int,
    ) -> Group:
        """A group (see ``api.phonebook.get_group.sync``)."""
        result: Group = _module(".phonebook.get_group").sync(
            id=id,
            client=self._client,
        )
        return result

    def rename_group(
        self,
        id: int,
        *,
        body: GroupWrite,
    ) -> None:
        """Rename a group (see ``api.phonebook.rename_group.sync``)."""
        result: None = _module(".phonebook.rename_group").sync(
            id=id,
            body=body,
            client=self._client,
        )
        return result

    def delete_group(
        self,
        id: int,
        *,
        delete_contacts: bool | Unset = False,
    ) -> None:
        """Delete a group, keeping or deleting its contacts (see ``api.phonebook.delete_group.sync``)."""
        result: None = _module(".phonebook.delete_group").sync(
            id=id,
            delete_contacts=delete_contacts,
            client=self._client,
        )
        return result

    def list_group_contacts(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> ContactPage:
        """The contacts of a group (see ``api.phonebook.list_group_contacts.sync``)."""
        result: ContactPage = _module(".phonebook.list_group_contacts").sync(
            id=id,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    def search_contacts(
        self,
        *,
        name: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        email: str | Unset = UNSET,
        field_key: str | Unset = UNSET,
        field_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> ContactPage:
        """Search contacts (all contacts, paginated, without filters) (see ``api.phonebook.search_contacts.sync``)."""
        result: ContactPage = _module(".phonebook.search_contacts").sync(
            name=name,
            msisdn=msisdn,
            email=email,
            field_key=field_key,
            field_value=field_value,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    def create_contact(
        self,
        *,
        body: ContactCreate,
    ) -> Contact:
        """Create a contact (see ``api.phonebook.create_contact.sync``)."""
        result: Contact = _module(".phonebook.create_contact").sync(
            body=body,
            client=self._client,
        )
        return result

    def get_contact(
        self,
        id: int,
    ) -> Contact:
        """A contact (see ``api.phonebook.get_contact.sync``)."""
        result: Contact = _module(".phonebook.get_contact").sync(
            id=id,
            client=self._client,
        )
        return result

    def update_contact(
        self,
        id: int,
        *,
        body: ContactUpdate,
    ) -> None:
        """Update a contact (see ``api.phonebook.update_contact.sync``)."""
        result: None = _module(".phonebook.update_contact").sync(
            id=id,
            body=body,
            client=self._client,
        )
        return result

    def delete_contact(
        self,
        id: int,
    ) -> None:
        """Delete a contact (see ``api.phonebook.delete_contact.sync``)."""
        result: None = _module(".phonebook.delete_contact").sync(
            id=id,
            client=self._client,
        )
        return result


class AsyncPhonebookOperations:
    """The ``phonebook`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_groups(
        self,
    ) -> list[Group]:
        """List the address-book groups (see ``api.phonebook.list_groups.asyncio``)."""
        result: list[Group] = await _module(".phonebook.list_groups").asyncio(
            client=self._client,
        )
        return result

    async def create_group(
        self,
        *,
        body: GroupWrite,
    ) -> Group:
        """Create a group (see ``api.phonebook.create_group.asyncio``)."""
        result: Group = await _module(".phonebook.create_group").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def get_group(
        self,
        id: int,
    ) -> Group:
        """A group (see ``api.phonebook.get_group.asyncio``)."""
        result: Group = await _module(".phonebook.get_group").asyncio(
            id=id,
            client=self._client,
        )
        return result

    async def rename_group(
        self,
        id: int,
        *,
        body: GroupWrite,
    ) -> None:
        """Rename a group (see ``api.phonebook.rename_group.asyncio``)."""
        result: None = await _module(".phonebook.rename_group").asyncio(
            id=id,
            body=body,
            client=self._client,
        )
        return result

    async def delete_group(
        self,
        id: int,
        *,
        delete_contacts: bool | Unset = False,
    ) -> None:
        """Delete a group, keeping or deleting its contacts (see ``api.phonebook.delete_group.asyncio``)."""
        result: None = await _module(".phonebook.delete_group").asyncio(
            id=id,
            delete_contacts=delete_contacts,
            client=self._client,
        )
        return result

    async def list_group_contacts(
        self,
        id: int,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> ContactPage:
        """The contacts of a group (see ``api.phonebook.list_group_contacts.asyncio``)."""
        result: ContactPage = await _module(".phonebook.list_group_contacts").asyncio(
            id=id,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    async def search_contacts(
        self,
        *,
        name: str | Unset = UNSET,
        msisdn: str | Unset = UNSET,
        email: str | Unset = UNSET,
        field_key: str | Unset = UNSET,
        field_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> ContactPage:
        """Search contacts (all contacts, paginated, without filters) (see ``api.phonebook.search_contacts.asyncio``)."""
        result: ContactPage = await _module(".phonebook.search_contacts").asyncio(
            name=name,
            msisdn=msisdn,
            email=email,
            field_key=field_key,
            field_value=field_value,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    async def create_contact(
        self,
        *,
        body: ContactCreate,
    ) -> Contact:
        """Create a contact (see ``api.phonebook.create_contact.asyncio``)."""
        result: Contact = await _module(".phonebook.create_contact").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def get_contact(
        self,
        id: int,
    ) -> Contact:
        """A contact (see ``api.phonebook.get_contact.asyncio``)."""
        result: Contact = await _module(".phonebook.get_contact").asyncio(
            id=id,
            client=self._client,
        )
        return result

    async def update_contact(
        self,
        id: int,
        *,
        body: ContactUpdate,
    ) -> None:
        """Update a contact (see ``api.phonebook.update_contact.asyncio``)."""
        result: None = await _module(".phonebook.update_contact").asyncio(
            id=id,
            body=body,
            client=self._client,
        )
        return result

    async def delete_contact(
        self,
        id: int,
    ) -> None:
        """Delete a contact (see ``api.phonebook.delete_contact.asyncio``)."""
        result: None = await _module(".phonebook.delete_contact").asyncio(
            id=id,
            client=self._client,
        )
        return result


class EmailOperations:
    """The ``email`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_email_senders(
        self,
    ) -> list[EmailSender]:
        """Verified email senders (see ``api.email.list_email_senders.sync``)."""
        result: list[EmailSender] = _module(".email.list_email_senders").sync(
            client=self._client,
        )
        return result

    def list_email_templates(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> TemplatePage:
        """Email templates (see ``api.email.list_email_templates.sync``)."""
        result: TemplatePage = _module(".email.list_email_templates").sync(
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    def get_email_template(
        self,
        id: int,
    ) -> Template:
        """An email template (see ``api.email.get_email_template.sync``)."""
        result: Template = _module(".email.get_email_template").sync(
            id=id,
            client=self._client,
        )
        return result

    def list_email_campaigns(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> CampaignPage:
        """Email campaigns (see ``api.email.list_email_campaigns.sync``)."""
        result: CampaignPage = _module(".email.list_email_campaigns").sync(
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    def get_email_campaign(
        self,
        id: int,
    ) -> Campaign:
        """An email campaign and its statistics (see ``api.email.get_email_campaign.sync``)."""
        result: Campaign = _module(".email.get_email_campaign").sync(
            id=id,
            client=self._client,
        )
        return result

    def send_email_campaign(
        self,
        *,
        body: EmailCampaignSend,
    ) -> EmailSendResult:
        """Send an email campaign to a group (see ``api.email.send_email_campaign.sync``)."""
        result: EmailSendResult = _module(".email.send_email_campaign").sync(
            body=body,
            client=self._client,
        )
        return result

    def send_email(
        self,
        *,
        body: EmailSend,
    ) -> EmailSendResult:
        """Send one email, or one to each of up to 50 recipients (see ``api.email.send_email.sync``)."""
        result: EmailSendResult = _module(".email.send_email").sync(
            body=body,
            client=self._client,
        )
        return result

    def get_email(
        self,
        id: int,
    ) -> Email:
        """One email (see ``api.email.get_email.sync``)."""
        result: Email = _module(".email.get_email").sync(
            id=id,
            client=self._client,
        )
        return result


class AsyncEmailOperations:
    """The ``email`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_email_senders(
        self,
    ) -> list[EmailSender]:
        """Verified email senders (see ``api.email.list_email_senders.asyncio``)."""
        result: list[EmailSender] = await _module(".email.list_email_senders").asyncio(
            client=self._client,
        )
        return result

    async def list_email_templates(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> TemplatePage:
        """Email templates (see ``api.email.list_email_templates.asyncio``)."""
        result: TemplatePage = await _module(".email.list_email_templates").asyncio(
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    async def get_email_template(
        self,
        id: int,
    ) -> Template:
        """An email template (see ``api.email.get_email_template.asyncio``)."""
        result: Template = await _module(".email.get_email_template").asyncio(
            id=id,
            client=self._client,
        )
        return result

    async def list_email_campaigns(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> CampaignPage:
        """Email campaigns (see ``api.email.list_email_campaigns.asyncio``)."""
        result: CampaignPage = await _module(".email.list_email_campaigns").asyncio(
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    async def get_email_campaign(
        self,
        id: int,
    ) -> Campaign:
        """An email campaign and its statistics (see ``api.email.get_email_campaign.asyncio``)."""
        result: Campaign = await _module(".email.get_email_campaign").asyncio(
            id=id,
            client=self._client,
        )
        return result

    async def send_email_campaign(
        self,
        *,
        body: EmailCampaignSend,
    ) -> EmailSendResult:
        """Send an email campaign to a group (see ``api.email.send_email_campaign.asyncio``)."""
        result: EmailSendResult = await _module(".email.send_email_campaign").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def send_email(
        self,
        *,
        body: EmailSend,
    ) -> EmailSendResult:
        """Send one email, or one to each of up to 50 recipients (see ``api.email.send_email.asyncio``)."""
        result: EmailSendResult = await _module(".email.send_email").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def get_email(
        self,
        id: int,
    ) -> Email:
        """One email (see ``api.email.get_email.asyncio``)."""
        result: Email = await _module(".email.get_email").asyncio(
            id=id,
            client=self._client,
        )
        return result


class AliasOperations:
    """The ``alias`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def create_alias(
        self,
        *,
        body: AliasCreate,
    ) -> Alias:
        """Register an alphanumeric sender (see ``api.alias.create_alias.sync``)."""
        result: Alias = _module(".alias.create_alias").sync(
            body=body,
            client=self._client,
        )
        return result

    def list_aliases(
        self,
    ) -> list[Alias]:
        """The registered aliases (see ``api.alias.list_aliases.sync``)."""
        result: list[Alias] = _module(".alias.list_aliases").sync(
            client=self._client,
        )
        return result

    def delete_alias(
        self,
        id: str,
    ) -> None:
        """Delete an alias (see ``api.alias.delete_alias.sync``)."""
        result: None = _module(".alias.delete_alias").sync(
            id=id,
            client=self._client,
        )
        return result


class AsyncAliasOperations:
    """The ``alias`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def create_alias(
        self,
        *,
        body: AliasCreate,
    ) -> Alias:
        """Register an alphanumeric sender (see ``api.alias.create_alias.asyncio``)."""
        result: Alias = await _module(".alias.create_alias").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def list_aliases(
        self,
    ) -> list[Alias]:
        """The registered aliases (see ``api.alias.list_aliases.asyncio``)."""
        result: list[Alias] = await _module(".alias.list_aliases").asyncio(
            client=self._client,
        )
        return result

    async def delete_alias(
        self,
        id: str,
    ) -> None:
        """Delete an alias (see ``api.alias.delete_alias.asyncio``)."""
        result: None = await _module(".alias.delete_alias").asyncio(
            id=id,
            client=self._client,
        )
        return result


class ResellerOperations:
    """The ``reseller`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def search_subusers(
        self,
        *,
        query: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> SubuserPage:
        """Search the reseller's sub-accounts (see ``api.reseller.search_subusers.sync``)."""
        result: SubuserPage = _module(".reseller.search_subusers").sync(
            query=query,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    def create_subuser(
        self,
        *,
        body: SubuserWrite,
    ) -> Subuser:
        """Create a sub-account (see ``api.reseller.create_subuser.sync``)."""
        result: Subuser = _module(".reseller.create_subuser").sync(
            body=body,
            client=self._client,
        )
        return result

    def get_subuser(
        self,
        id: int,
    ) -> Subuser:
        """A sub-account (see ``api.reseller.get_subuser.sync``)."""
        result: Subuser = _module(".reseller.get_subuser").sync(
            id=id,
            client=self._client,
        )
        return result

    def update_subuser(
        self,
        id: int,
        *,
        body: SubuserWrite,
    ) -> None:
        """Update a sub-account (see ``api.reseller.update_subuser.sync``)."""
        result: None = _module(".reseller.update_subuser").sync(
            id=id,
            body=body,
            client=self._client,
        )
        return result

    def delete_subuser(
        self,
        id: int,
    ) -> None:
        """Delete a sub-account (see ``api.reseller.delete_subuser.sync``)."""
        result: None = _module(".reseller.delete_subuser").sync(
            id=id,
            client=self._client,
        )
        return result


class AsyncResellerOperations:
    """The ``reseller`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def search_subusers(
        self,
        *,
        query: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> SubuserPage:
        """Search the reseller's sub-accounts (see ``api.reseller.search_subusers.asyncio``)."""
        result: SubuserPage = await _module(".reseller.search_subusers").asyncio(
            query=query,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result

    async def create_subuser(
        self,
        *,
        body: SubuserWrite,
    ) -> Subuser:
        """Create a sub-account (see ``api.reseller.create_subuser.asyncio``)."""
        result: Subuser = await _module(".reseller.create_subuser").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def get_subuser(
        self,
        id: int,
    ) -> Subuser:
        """A sub-account (see ``api.reseller.get_subuser.asyncio``)."""
        result: Subuser = await _module(".reseller.get_subuser").asyncio(
            id=id,
            client=self._client,
        )
        return result

    async def update_subuser(
        self,
        id: int,
        *,
        body: SubuserWrite,
    ) -> None:
        """Update a sub-account (see ``api.reseller.update_subuser.asyncio``)."""
        result: None = await _module(".reseller.update_subuser").asyncio(
            id=id,
            body=body,
            client=self._client,
        )
        return result

    async def delete_subuser(
        self,
        id: int,
    ) -> None:
        """Delete a sub-account (see ``api.reseller.delete_subuser.asyncio``)."""
        result: None = await _module(".reseller.delete_subuser").asyncio(
            id=id,
            client=self._client,
        )
        return result


class VerifyOperations:
    """The ``verify`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def send_verify_code(
        self,
        *,
        body: VerifySend,
    ) -> VerifySent:
        """Send an OTP code by SMS (see ``api.verify.send_verify_code.sync``)."""
        result: VerifySent = _module(".verify.send_verify_code").sync(
            body=body,
            client=self._client,
        )
        return result

    def check_verify_code(
        self,
        *,
        verify_id: str,
        verify_code: str,
    ) -> VerifyChecked:
        """Check an OTP code (see ``api.verify.check_verify_code.sync``)."""
        result: VerifyChecked = _module(".verify.check_verify_code").sync(
            verify_id=verify_id,
            verify_code=verify_code,
            client=self._client,
        )
        return result


class AsyncVerifyOperations:
    """The ``verify`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def send_verify_code(
        self,
        *,
        body: VerifySend,
    ) -> VerifySent:
        """Send an OTP code by SMS (see ``api.verify.send_verify_code.asyncio``)."""
        result: VerifySent = await _module(".verify.send_verify_code").asyncio(
            body=body,
            client=self._client,
        )
        return result

    async def check_verify_code(
        self,
        *,
        verify_id: str,
        verify_code: str,
    ) -> VerifyChecked:
        """Check an OTP code (see ``api.verify.check_verify_code.asyncio``)."""
        result: VerifyChecked = await _module(".verify.check_verify_code").asyncio(
            verify_id=verify_id,
            verify_code=verify_code,
            client=self._client,
        )
        return result


class PushOperations:
    """The ``push`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def send_push(
        self,
        *,
        body: PushSend,
    ) -> PushResult:
        """Send a push message to app users, optionally falling back to SMS (beta) (see ``api.push.send_push.sync``)."""
        result: PushResult = _module(".push.send_push").sync(
            body=body,
            client=self._client,
        )
        return result


class AsyncPushOperations:
    """The ``push`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def send_push(
        self,
        *,
        body: PushSend,
    ) -> PushResult:
        """Send a push message to app users, optionally falling back to SMS (beta) (see ``api.push.send_push.asyncio``)."""
        result: PushResult = await _module(".push.send_push").asyncio(
            body=body,
            client=self._client,
        )
        return result


class FidelityOperations:
    """The ``fidelity`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_fidelity_programmes(
        self,
    ) -> FidelityProgrammes:
        """Fidelity programmes (see ``api.fidelity.list_fidelity_programmes.sync``)."""
        result: FidelityProgrammes = _module(".fidelity.list_fidelity_programmes").sync(
            client=self._client,
        )
        return result

    def list_fidelity_cards(
        self,
        fidelity_id: int,
        *,
        from_date: str | Unset = UNSET,
        to_date: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> CardPage:
        """The cards of a fidelity programme (see ``api.fidelity.list_fidelity_cards.sync``)."""
        result: CardPage = _module(".fidelity.list_fidelity_cards").sync(
            fidelity_id=fidelity_id,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result


class AsyncFidelityOperations:
    """The ``fidelity`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_fidelity_programmes(
        self,
    ) -> FidelityProgrammes:
        """Fidelity programmes (see ``api.fidelity.list_fidelity_programmes.asyncio``)."""
        result: FidelityProgrammes = await _module(".fidelity.list_fidelity_programmes").asyncio(
            client=self._client,
        )
        return result

    async def list_fidelity_cards(
        self,
        fidelity_id: int,
        *,
        from_date: str | Unset = UNSET,
        to_date: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 20,
    ) -> CardPage:
        """The cards of a fidelity programme (see ``api.fidelity.list_fidelity_cards.asyncio``)."""
        result: CardPage = await _module(".fidelity.list_fidelity_cards").asyncio(
            fidelity_id=fidelity_id,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            limit=limit,
            client=self._client,
        )
        return result


class SmartOperations:
    """The ``smart`` operations; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def smart_send_sms(
        self,
        *,
        to: str | Unset = UNSET,
        group: str | Unset = UNSET,
        text: str,
        from_: str | Unset = UNSET,
        date: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        sandbox: bool | Unset = False,
        status_callback: str | Unset = UNSET,
        encoding: Encoding | Unset = UNSET,
    ) -> SendResult:
        """Send SMS with the keys in the query string (see ``api.smart.smart_send_sms.sync``)."""
        result: SendResult = _module(".smart.smart_send_sms").sync(
            to=to,
            group=group,
            text=text,
            from_=from_,
            date=date,
            transaction_id=transaction_id,
            sandbox=sandbox,
            status_callback=status_callback,
            encoding=encoding,
            client=self._client,
        )
        return result

    def smart_get_user(
        self,
    ) -> User:
        """Profile data with the keys in the query string (credential test) (see ``api.smart.smart_get_user.sync``)."""
        result: User = _module(".smart.smart_get_user").sync(
            client=self._client,
        )
        return result


class AsyncSmartOperations:
    """The ``smart`` operations, awaited; each returns its success model or raises an ``ApiError``."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def smart_send_sms(
        self,
        *,
        to: str | Unset = UNSET,
        group: str | Unset = UNSET,
        text: str,
        from_: str | Unset = UNSET,
        date: str | Unset = UNSET,
        transaction_id: str | Unset = UNSET,
        sandbox: bool | Unset = False,
        status_callback: str | Unset = UNSET,
        encoding: Encoding | Unset = UNSET,
    ) -> SendResult:
        """Send SMS with the keys in the query string (see ``api.smart.smart_send_sms.asyncio``)."""
        result: SendResult = await _module(".smart.smart_send_sms").asyncio(
            to=to,
            group=group,
            text=text,
            from_=from_,
            date=date,
            transaction_id=transaction_id,
            sandbox=sandbox,
            status_callback=status_callback,
            encoding=encoding,
            client=self._client,
        )
        return result

    async def smart_get_user(
        self,
    ) -> User:
        """Profile data with the keys in the query string (credential test) (see ``api.smart.smart_get_user.asyncio``)."""
        result: User = await _module(".smart.smart_get_user").asyncio(
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
    def sms(self) -> SmsOperations:
        """The ``sms`` operations."""
        return SmsOperations(self)

    @cached_property
    def received(self) -> ReceivedOperations:
        """The ``received`` operations."""
        return ReceivedOperations(self)

    @cached_property
    def user(self) -> UserOperations:
        """The ``user`` operations."""
        return UserOperations(self)

    @cached_property
    def phonebook(self) -> PhonebookOperations:
        """The ``phonebook`` operations."""
        return PhonebookOperations(self)

    @cached_property
    def email(self) -> EmailOperations:
        """The ``email`` operations."""
        return EmailOperations(self)

    @cached_property
    def alias(self) -> AliasOperations:
        """The ``alias`` operations."""
        return AliasOperations(self)

    @cached_property
    def reseller(self) -> ResellerOperations:
        """The ``reseller`` operations."""
        return ResellerOperations(self)

    @cached_property
    def verify(self) -> VerifyOperations:
        """The ``verify`` operations."""
        return VerifyOperations(self)

    @cached_property
    def push(self) -> PushOperations:
        """The ``push`` operations."""
        return PushOperations(self)

    @cached_property
    def fidelity(self) -> FidelityOperations:
        """The ``fidelity`` operations."""
        return FidelityOperations(self)

    @cached_property
    def smart(self) -> SmartOperations:
        """The ``smart`` operations."""
        return SmartOperations(self)

    @cached_property
    def aio(self) -> AsyncSmsClient:
        """The same client's operations, awaited: ``await client.aio.<tag>.<operation>(...)``."""
        return AsyncSmsClient(self)


class AsyncSmsClient:
    """The async face of a :class:`SmsClient`: the same operations, awaited, on the same connections' settings."""

    def __init__(self, client: SmsClient) -> None:
        self.client = client

    @cached_property
    def sms(self) -> AsyncSmsOperations:
        """The ``sms`` operations, awaited."""
        return AsyncSmsOperations(self.client)

    @cached_property
    def received(self) -> AsyncReceivedOperations:
        """The ``received`` operations, awaited."""
        return AsyncReceivedOperations(self.client)

    @cached_property
    def user(self) -> AsyncUserOperations:
        """The ``user`` operations, awaited."""
        return AsyncUserOperations(self.client)

    @cached_property
    def phonebook(self) -> AsyncPhonebookOperations:
        """The ``phonebook`` operations, awaited."""
        return AsyncPhonebookOperations(self.client)

    @cached_property
    def email(self) -> AsyncEmailOperations:
        """The ``email`` operations, awaited."""
        return AsyncEmailOperations(self.client)

    @cached_property
    def alias(self) -> AsyncAliasOperations:
        """The ``alias`` operations, awaited."""
        return AsyncAliasOperations(self.client)

    @cached_property
    def reseller(self) -> AsyncResellerOperations:
        """The ``reseller`` operations, awaited."""
        return AsyncResellerOperations(self.client)

    @cached_property
    def verify(self) -> AsyncVerifyOperations:
        """The ``verify`` operations, awaited."""
        return AsyncVerifyOperations(self.client)

    @cached_property
    def push(self) -> AsyncPushOperations:
        """The ``push`` operations, awaited."""
        return AsyncPushOperations(self.client)

    @cached_property
    def fidelity(self) -> AsyncFidelityOperations:
        """The ``fidelity`` operations, awaited."""
        return AsyncFidelityOperations(self.client)

    @cached_property
    def smart(self) -> AsyncSmartOperations:
        """The ``smart`` operations, awaited."""
        return AsyncSmartOperations(self.client)

    async def __aenter__(self) -> AsyncSmsClient:
        await self.client.__aenter__()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.client.__aexit__(*args)
