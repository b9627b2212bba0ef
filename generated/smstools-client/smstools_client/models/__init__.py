# generated from specs/smstools.yaml + overlays/smstools.yaml by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Contains all the data models used in inputs/outputs"""

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
    "User",
    "VerifyChecked",
    "VerifyCheckedVerifyStatusType0",
    "VerifySend",
    "VerifySent",
)
