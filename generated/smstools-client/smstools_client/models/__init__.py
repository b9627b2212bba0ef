# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562 ``__getattr__``): ``from .models import SmsSend``
loads that model's module and what it refers to, not every model of the API. Type checkers read
the imports under ``TYPE_CHECKING``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alias import Alias
    from .alias_create import AliasCreate
    from .alias_status_type_0 import AliasStatusType0
    from .bulk_result import BulkResult
    from .campaign import Campaign
    from .campaign_page import CampaignPage
    from .campaign_stats import CampaignStats
    from .card import Card
    from .card_page import CardPage
    from .contact import Contact
    from .contact_create import ContactCreate
    from .contact_page import ContactPage
    from .contact_update import ContactUpdate
    from .contact_write import ContactWrite
    from .custom_field import CustomField
    from .custom_field_field_options_item import CustomFieldFieldOptionsItem
    from .email import Email
    from .email_campaign_send import EmailCampaignSend
    from .email_send import EmailSend
    from .email_send_result import EmailSendResult
    from .email_send_result_email_item import EmailSendResultEmailItem
    from .email_sender import EmailSender
    from .encoding import Encoding
    from .error import Error
    from .error_code import ErrorCode
    from .estimate import Estimate
    from .fidelity import Fidelity
    from .fidelity_programmes import FidelityProgrammes
    from .group import Group
    from .group_write import GroupWrite
    from .insert_status import InsertStatus
    from .metadata import Metadata
    from .push_result import PushResult
    from .push_result_sms_item import PushResultSmsItem
    from .push_send import PushSend
    from .received import Received
    from .received_page import ReceivedPage
    from .send_result import SendResult
    from .send_result_sms_item import SendResultSmsItem
    from .sim import Sim
    from .sms_cancel import SmsCancel
    from .sms_estimate import SmsEstimate
    from .sms_info import SmsInfo
    from .sms_page import SmsPage
    from .sms_send import SmsSend
    from .sms_send_bulk import SmsSendBulk
    from .sms_status import SmsStatus
    from .status_notification import StatusNotification
    from .status_notification_status import StatusNotificationStatus
    from .subuser import Subuser
    from .subuser_page import SubuserPage
    from .subuser_write import SubuserWrite
    from .template import Template
    from .template_page import TemplatePage
    from .transaction_notification import TransactionNotification
    from .user import User
    from .verify_checked import VerifyChecked
    from .verify_checked_verify_status_type_0 import VerifyCheckedVerifyStatusType0
    from .verify_send import VerifySend
    from .verify_sent import VerifySent

__all__ = (
    "Alias",
    "AliasCreate",
    "AliasStatusType0",
    "BulkResult",
    "Campaign",
    "CampaignPage",
    "CampaignStats",
    "Card",
    "CardPage",
    "Contact",
    "ContactCreate",
    "ContactPage",
    "ContactUpdate",
    "ContactWrite",
    "CustomField",
    "CustomFieldFieldOptionsItem",
    "Email",
    "EmailCampaignSend",
    "EmailSend",
    "EmailSender",
    "EmailSendResult",
    "EmailSendResultEmailItem",
    "Encoding",
    "Error",
    "ErrorCode",
    "Estimate",
    "Fidelity",
    "FidelityProgrammes",
    "Group",
    "GroupWrite",
    "InsertStatus",
    "Metadata",
    "PushResult",
    "PushResultSmsItem",
    "PushSend",
    "Received",
    "ReceivedPage",
    "SendResult",
    "SendResultSmsItem",
    "Sim",
    "SmsCancel",
    "SmsEstimate",
    "SmsInfo",
    "SmsPage",
    "SmsSend",
    "SmsSendBulk",
    "SmsStatus",
    "StatusNotification",
    "StatusNotificationStatus",
    "Subuser",
    "SubuserPage",
    "SubuserWrite",
    "Template",
    "TemplatePage",
    "TransactionNotification",
    "User",
    "VerifyChecked",
    "VerifyCheckedVerifyStatusType0",
    "VerifySend",
    "VerifySent",
)

_HOMES = {
    "Alias": ".alias",
    "AliasCreate": ".alias_create",
    "AliasStatusType0": ".alias_status_type_0",
    "BulkResult": ".bulk_result",
    "Campaign": ".campaign",
    "CampaignPage": ".campaign_page",
    "CampaignStats": ".campaign_stats",
    "Card": ".card",
    "CardPage": ".card_page",
    "Contact": ".contact",
    "ContactCreate": ".contact_create",
    "ContactPage": ".contact_page",
    "ContactUpdate": ".contact_update",
    "ContactWrite": ".contact_write",
    "CustomField": ".custom_field",
    "CustomFieldFieldOptionsItem": ".custom_field_field_options_item",
    "Email": ".email",
    "EmailCampaignSend": ".email_campaign_send",
    "EmailSend": ".email_send",
    "EmailSendResult": ".email_send_result",
    "EmailSendResultEmailItem": ".email_send_result_email_item",
    "EmailSender": ".email_sender",
    "Encoding": ".encoding",
    "Error": ".error",
    "ErrorCode": ".error_code",
    "Estimate": ".estimate",
    "Fidelity": ".fidelity",
    "FidelityProgrammes": ".fidelity_programmes",
    "Group": ".group",
    "GroupWrite": ".group_write",
    "InsertStatus": ".insert_status",
    "Metadata": ".metadata",
    "PushResult": ".push_result",
    "PushResultSmsItem": ".push_result_sms_item",
    "PushSend": ".push_send",
    "Received": ".received",
    "ReceivedPage": ".received_page",
    "SendResult": ".send_result",
    "SendResultSmsItem": ".send_result_sms_item",
    "Sim": ".sim",
    "SmsCancel": ".sms_cancel",
    "SmsEstimate": ".sms_estimate",
    "SmsInfo": ".sms_info",
    "SmsPage": ".sms_page",
    "SmsSend": ".sms_send",
    "SmsSendBulk": ".sms_send_bulk",
    "SmsStatus": ".sms_status",
    "StatusNotification": ".status_notification",
    "StatusNotificationStatus": ".status_notification_status",
    "Subuser": ".subuser",
    "SubuserPage": ".subuser_page",
    "SubuserWrite": ".subuser_write",
    "Template": ".template",
    "TemplatePage": ".template_page",
    "TransactionNotification": ".transaction_notification",
    "User": ".user",
    "VerifyChecked": ".verify_checked",
    "VerifyCheckedVerifyStatusType0": ".verify_checked_verify_status_type_0",
    "VerifySend": ".verify_send",
    "VerifySent": ".verify_sent",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    globals()[name] = value  # the next lookup finds it without coming here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
