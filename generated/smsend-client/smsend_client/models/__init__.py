# generated from specs/smsend.yaml + overlays/smsend.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
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
    from .alias_create_alias import AliasCreateAlias
    from .alias_created import AliasCreated
    from .alias_list import AliasList
    from .alias_result import AliasResult
    from .alias_state import AliasState
    from .change_password import ChangePassword
    from .contact import Contact
    from .contact_create import ContactCreate
    from .contact_create_gender import ContactCreateGender
    from .credit import Credit
    from .credit_list import CreditList
    from .credit_list_credits_item import CreditListCreditsItem
    from .credit_move import CreditMove
    from .credit_move_credits_item import CreditMoveCreditsItem
    from .encoding import Encoding
    from .error import Error
    from .get_sms_history_dir import GetSmsHistoryDir
    from .group_list import GroupList
    from .group_list_groups_item import GroupListGroupsItem
    from .group_write import GroupWrite
    from .issue_create import IssueCreate
    from .issue_create_attachments_item import IssueCreateAttachmentsItem
    from .issue_from_template import IssueFromTemplate
    from .issue_send import IssueSend
    from .list_contact_create import ListContactCreate
    from .list_create import ListCreate
    from .list_modify import ListModify
    from .list_modify_status import ListModifyStatus
    from .message_type import MessageType
    from .ok import Ok
    from .purchase import Purchase
    from .purchase_create import PurchaseCreate
    from .purchase_create_purchases_item import PurchaseCreatePurchasesItem
    from .purchase_list import PurchaseList
    from .purchase_message_type import PurchaseMessageType
    from .purchase_message_types_item import PurchaseMessageTypesItem
    from .received_list import ReceivedList
    from .received_message import ReceivedMessage
    from .received_page import ReceivedPage
    from .send_parametric_sms import SendParametricSms
    from .send_parametric_sms_recipients import SendParametricSmsRecipients
    from .send_parametric_sms_recipients_additional_property import SendParametricSmsRecipientsAdditionalProperty
    from .send_result import SendResult
    from .send_sms import SendSms
    from .send_sms_to_groups import SendSmsToGroups
    from .sms_history import SmsHistory
    from .sms_history_smshistory_item import SmsHistorySmshistoryItem
    from .sms_state import SmsState
    from .sms_state_recipients_item import SmsStateRecipientsItem
    from .subaccount import Subaccount
    from .subaccount_credit_eat_mode import SubaccountCreditEatMode
    from .subaccount_list import SubaccountList
    from .subaccount_write import SubaccountWrite
    from .subaccount_write_credit_eat_mode import SubaccountWriteCreditEatMode
    from .true_false import TrueFalse
    from .user_status import UserStatus
    from .user_status_email_type_0 import UserStatusEmailType0
    from .user_status_landing_type_0 import UserStatusLandingType0
    from .user_status_sms_item import UserStatusSmsItem

__all__ = (
    "Alias",
    "AliasCreate",
    "AliasCreateAlias",
    "AliasCreated",
    "AliasList",
    "AliasResult",
    "AliasState",
    "ChangePassword",
    "Contact",
    "ContactCreate",
    "ContactCreateGender",
    "Credit",
    "CreditList",
    "CreditListCreditsItem",
    "CreditMove",
    "CreditMoveCreditsItem",
    "Encoding",
    "Error",
    "GetSmsHistoryDir",
    "GroupList",
    "GroupListGroupsItem",
    "GroupWrite",
    "IssueCreate",
    "IssueCreateAttachmentsItem",
    "IssueFromTemplate",
    "IssueSend",
    "ListContactCreate",
    "ListCreate",
    "ListModify",
    "ListModifyStatus",
    "MessageType",
    "Ok",
    "Purchase",
    "PurchaseCreate",
    "PurchaseCreatePurchasesItem",
    "PurchaseList",
    "PurchaseMessageType",
    "PurchaseMessageTypesItem",
    "ReceivedList",
    "ReceivedMessage",
    "ReceivedPage",
    "SendParametricSms",
    "SendParametricSmsRecipients",
    "SendParametricSmsRecipientsAdditionalProperty",
    "SendResult",
    "SendSms",
    "SendSmsToGroups",
    "SmsHistory",
    "SmsHistorySmshistoryItem",
    "SmsState",
    "SmsStateRecipientsItem",
    "Subaccount",
    "SubaccountCreditEatMode",
    "SubaccountList",
    "SubaccountWrite",
    "SubaccountWriteCreditEatMode",
    "TrueFalse",
    "UserStatus",
    "UserStatusEmailType0",
    "UserStatusLandingType0",
    "UserStatusSmsItem",
)

_HOMES = {
    "Alias": ".alias",
    "AliasCreate": ".alias_create",
    "AliasCreateAlias": ".alias_create_alias",
    "AliasCreated": ".alias_created",
    "AliasList": ".alias_list",
    "AliasResult": ".alias_result",
    "AliasState": ".alias_state",
    "ChangePassword": ".change_password",
    "Contact": ".contact",
    "ContactCreate": ".contact_create",
    "ContactCreateGender": ".contact_create_gender",
    "Credit": ".credit",
    "CreditList": ".credit_list",
    "CreditListCreditsItem": ".credit_list_credits_item",
    "CreditMove": ".credit_move",
    "CreditMoveCreditsItem": ".credit_move_credits_item",
    "Encoding": ".encoding",
    "Error": ".error",
    "GetSmsHistoryDir": ".get_sms_history_dir",
    "GroupList": ".group_list",
    "GroupListGroupsItem": ".group_list_groups_item",
    "GroupWrite": ".group_write",
    "IssueCreate": ".issue_create",
    "IssueCreateAttachmentsItem": ".issue_create_attachments_item",
    "IssueFromTemplate": ".issue_from_template",
    "IssueSend": ".issue_send",
    "ListContactCreate": ".list_contact_create",
    "ListCreate": ".list_create",
    "ListModify": ".list_modify",
    "ListModifyStatus": ".list_modify_status",
    "MessageType": ".message_type",
    "Ok": ".ok",
    "Purchase": ".purchase",
    "PurchaseCreate": ".purchase_create",
    "PurchaseCreatePurchasesItem": ".purchase_create_purchases_item",
    "PurchaseList": ".purchase_list",
    "PurchaseMessageType": ".purchase_message_type",
    "PurchaseMessageTypesItem": ".purchase_message_types_item",
    "ReceivedList": ".received_list",
    "ReceivedMessage": ".received_message",
    "ReceivedPage": ".received_page",
    "SendParametricSms": ".send_parametric_sms",
    "SendParametricSmsRecipients": ".send_parametric_sms_recipients",
    "SendParametricSmsRecipientsAdditionalProperty": ".send_parametric_sms_recipients_additional_property",
    "SendResult": ".send_result",
    "SendSms": ".send_sms",
    "SendSmsToGroups": ".send_sms_to_groups",
    "SmsHistory": ".sms_history",
    "SmsHistorySmshistoryItem": ".sms_history_smshistory_item",
    "SmsState": ".sms_state",
    "SmsStateRecipientsItem": ".sms_state_recipients_item",
    "Subaccount": ".subaccount",
    "SubaccountCreditEatMode": ".subaccount_credit_eat_mode",
    "SubaccountList": ".subaccount_list",
    "SubaccountWrite": ".subaccount_write",
    "SubaccountWriteCreditEatMode": ".subaccount_write_credit_eat_mode",
    "TrueFalse": ".true_false",
    "UserStatus": ".user_status",
    "UserStatusEmailType0": ".user_status_email_type_0",
    "UserStatusLandingType0": ".user_status_landing_type_0",
    "UserStatusSmsItem": ".user_status_sms_item",
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
