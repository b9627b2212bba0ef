"""The Smstools mock's domain: accounts and credit, SMS states, the address book, email, aliases,
sub-accounts, OTP codes, push and fidelity cards. Plain classes: no HTTP, no lock (see
sms_mocks.domain).

Rules, as the intro document and the research catalogue describe the platform (inferences marked as
such):

- sends cost :data:`PRICE` per SMS part (the price of the documented example), checked against the
  credit; an estimate predicts exactly what a send will consume; a sandbox send checks everything and
  changes nothing.
- an SMS is PENDING until its date, then SENT, then DELIVERED (or NOTDELIVERED for numbers in
  ``undeliverable``) after ``delivery_delay`` seconds; a PENDING SMS can be cancelled (NOSENT), which
  gives its price back. On reaching its final state, its status callback is due (once).
- a send without ``encoding`` is 7BIT (the OTP schema's documented default; for sends an
  inference). A 7-bit SMS cannot carry characters outside GSM 03.38: the send is accepted, each
  counts one septet, and the SMS carries ``?`` in their place (:func:`as_sent`; inference: no source
  says whether the platform replaces, refuses or switches to UCS-2).
- a ``transactionId`` already used is a duplicate (inference), so a retried send with the same id
  never sends twice.
- contacts are duplicates when their ``customFieldUniqueKey`` field (default msisdn) matches an
  existing contact's.
- OTP codes verify once: a second check, or one after five minutes, is expired; a wrong code is not
  verified (inference: only VERIFIED is documented).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from smskit import segments

from sms_mocks.dates import lenient_datetime
from sms_mocks.domain import DomainError

__all__ = [
    "DEMO_AUTH_KEY",
    "DEMO_AUTH_SECRET",
    "DEMO_CREDENTIALS",
    "DEMO_LOGIN",
    "OTP_LIFETIME",
    "PRICE",
    "Account",
    "Otp",
    "Sent",
    "Sms",
    "SmstoolsDomain",
    "SmstoolsError",
    "parse_stamp",
    "stamp",
]

DEMO_AUTH_KEY = "DEMOKEY0001"
DEMO_AUTH_SECRET = "demo-secret"
DEMO_LOGIN = {"auth_key": DEMO_AUTH_KEY, "auth_secret": DEMO_AUTH_SECRET}
DEMO_CREDENTIALS = f"AUTH_KEY {DEMO_AUTH_KEY}, AUTH_SECRET {DEMO_AUTH_SECRET}"
#: the price of one SMS part.
PRICE = 0.0945
ZONE = timezone(timedelta(hours=1))
OTP_LIFETIME = 300.0
#: the most addresses one email send takes.
MAX_EMAIL_RECIPIENTS = 50


def as_sent(text: str, encoding: str) -> str:
    """``text`` as the SMS carries it: in 7BIT, characters outside GSM 03.38 become ``?``."""
    lost = set(segments(text, encoding).forced_ucs2) if encoding == "7BIT" else set()
    return "".join("?" if character in lost else character for character in text)


def stamp(moment: float) -> str:
    """A timestamp as Smstools writes dates: yyyy-MM-dd'T'HH:mm:ssZ, in Italian winter time."""
    return datetime.fromtimestamp(moment, ZONE).strftime("%Y-%m-%dT%H:%M:%S%z")


def parse_stamp(value: str) -> float:
    """yyyy-MM-dd'T'HH:mm:ssZ (the spec's pattern has checked the shape) as a timestamp, read
    leniently (sms_mocks.dates): 2014-02-30 is 2 March."""
    sign = -1 if value[19] == "-" else 1
    zone = timezone(sign * timedelta(hours=int(value[20:22]), minutes=int(value[22:24])))
    moment = lenient_datetime(
        int(value[:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]), int(value[14:16]), int(value[17:19]), zone
    )
    return moment.timestamp()


# -- errors -------------------------------------------------------------------------------------------


class SmstoolsError(DomainError):
    """A Smstools rule refused the request."""


class BadCredentials(SmstoolsError):
    """An unknown key, or a wrong secret."""


class BadRecipients(SmstoolsError):
    """A recipient list that cannot be read."""


class TooManyRecipients(SmstoolsError):
    """More email recipients than one send takes."""


class NoValidRecipient(SmstoolsError):
    """Nobody to send to."""


class CannotReceive(NoValidRecipient):
    """Recipients that cannot receive SMS (refused numbers): nothing is sent."""

    def __init__(self, message: str, recipients: list[str]) -> None:
        super().__init__(message)
        self.recipients = recipients


class UnknownGroup(SmstoolsError):
    """A group named in a send that the account does not have."""


class UnknownContactGroup(SmstoolsError):
    """A group named in a contact that the account does not have."""


class PastDate(SmstoolsError):
    """A send dated more than a minute ago."""


class DuplicateTransaction(SmstoolsError):
    """A transactionId an earlier send used."""


class InsufficientCredit(SmstoolsError):
    """A send that costs more than the credit left."""


class GroupExists(SmstoolsError):
    """A group name already used."""


class GroupNotFound(SmstoolsError):
    """A group id that names nothing."""


class MissingUniqueKey(SmstoolsError):
    """A new contact without a value for its customFieldUniqueKey."""


class ContactExists(SmstoolsError):
    """A contact whose unique field matches another contact's."""


class ContactNotFound(SmstoolsError):
    """A contact id that names nothing."""


class TemplateNotFound(SmstoolsError):
    """A template id that names nothing."""


class UnknownTemplate(SmstoolsError):
    """A template named in an email send that does not exist."""


class SenderNotValidated(SmstoolsError):
    """An email sender address that is not a validated sender."""


class CampaignNotFound(SmstoolsError):
    """A campaign id that names nothing."""


class EmailNotFound(SmstoolsError):
    """An email id that names nothing."""


class AliasExists(SmstoolsError):
    """An alias already registered."""


class AliasNotFound(SmstoolsError):
    """An alias id that names nothing."""


class UsernameTaken(SmstoolsError):
    """A sub-account username already used."""


class SubuserNotFound(SmstoolsError):
    """A sub-account id that names nothing."""


class ProgrammeNotFound(SmstoolsError):
    """A fidelity programme id that names nothing."""


# -- state --------------------------------------------------------------------------------------------


@dataclass
class Sms:
    id: int
    to: str
    text: str
    sender: str
    transaction_id: str | None
    inserted: float
    send_at: float
    price: float
    callback: str | None = None
    cancelled: bool = False
    notified: bool = False
    #: a delivery report that came (control API, magic numbers): DELIVERED or NOTDELIVERED, and when.
    final: str | None = None
    final_at: float = 0.0


@dataclass
class Otp:
    code: str
    to: str
    app_id: str
    created: float
    used: bool = False


@dataclass
class Account:
    auth_key: str
    auth_secret: str
    credit: float
    groups: dict[int, str] = field(default_factory=dict)
    contacts: dict[int, dict[str, Any]] = field(default_factory=dict)
    sms: dict[int, Sms] = field(default_factory=dict)
    received: list[dict[str, Any]] = field(default_factory=list)
    aliases: dict[str, dict[str, Any]] = field(default_factory=dict)
    subusers: dict[int, dict[str, Any]] = field(default_factory=dict)
    otps: dict[str, Otp] = field(default_factory=dict)
    #: every transactionId used by an inserted SMS (an index: sends check it in constant time).
    transactions: set[str] = field(default_factory=set)
    emails: dict[int, dict[str, Any]] = field(default_factory=dict)
    campaigns: dict[int, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Sent:
    """What a send did: its recipients, the SMS inserted (none for a sandbox send), what it cost,
    when it was asked and when it goes out."""

    recipients: list[str]
    sms: list[Sms]
    cost: float
    now: float
    send_at: float


_CONTACT_STANDARD = {"msisdn", "name", "lastname", "email", "groupsId", "customFieldUniqueKey"}


class SmstoolsDomain:
    """Smstools' state and rules. ``clock`` gives the current time (a POSIX timestamp)."""

    def __init__(self, clock: Callable[[], float], *, delivery_delay: float = 0.5, credit: float = 1_000_000.0) -> None:
        self.clock = clock
        self.delivery_delay = delivery_delay
        self.accounts = {DEMO_AUTH_KEY: Account(DEMO_AUTH_KEY, DEMO_AUTH_SECRET, credit)}
        demo = self.demo
        # one past campaign, as an account that has used email has: listing and reading campaigns
        # then have something to show before a new campaign (which needs a group with contacts) is sent
        demo.campaigns[1] = {
            "id": 1,
            "campaignTitle": "Spring news",
            "templateId": 1,
            "from": "news@example.com",
            "fromName": "News",
            "group": None,
            "subject": "Spring news",
            "enableOpenTracking": True,
            "enableLinkTracking": False,
            "deferredDate": None,
            "stats": {"countEmailInserted": 0, "countEmailTotSent": 0},
        }
        # the group and the email the spec's examples name: a group to send a campaign to ("Newsletter",
        # empty) and one email of the past campaign, so that reading an email has something to show
        # before a new one is sent
        demo.groups[7] = "Newsletter"
        demo.emails[8] = {
            "id": 8,
            "campaignId": 1,
            "templateId": 1,
            "to": "mario.rossi@example.com",
            "status": "SENT",
            "insertDate": "2024-03-01T09:00:00+0100",
        }
        #: numbers whose SMS end NOTDELIVERED.
        self.undeliverable: set[str] = set()
        #: numbers that have the app (push reaches them).
        self.app_users: set[str] = set()
        self.sims = [{"id": 1, "sim": "393400000001", "key": "SHOP", "expirationDate": "2030-12-31T23:59:59+0100"}]
        self.senders = [
            {"id": 1, "email": "news@example.com", "emailName": "News", "validationDate": "2024-01-10T09:00:00+0100"}
        ]
        self.templates = {
            1: {
                "id": 1,
                "title": "Welcome",
                "editorType": "HTML",
                "contentType": "text/html",
                "insertDate": "2024-01-10T09:00:00+0100",
                "updateDate": None,
                "customFieldsKey": ["f_s_nome"],
            }
        }
        self.fidelity = [{"id": 38, "name": "Club", "pointValue": 5.0}]
        self.cards: list[dict[str, Any]] = [
            {
                "id": i,
                "code": f"CARD{i:04d}",
                "msisdn": f"39348000{i:04d}",
                "points": float(i * 10),
                "insertDate": "2024-02-01T10:00:00+0100",
            }
            for i in range(1, 6)
        ]
        self._ids = iter(range(1000, 10**12))

    @property
    def demo(self) -> Account:
        return self.accounts[DEMO_AUTH_KEY]

    def next_id(self) -> int:
        return next(self._ids)

    def account(self, key: str | None, secret: str | None) -> Account:
        """The account of ``key`` if ``secret`` is its secret; BadCredentials otherwise."""
        account = self.accounts.get(key or "")
        if account is None or not secrets.compare_digest(account.auth_secret, secret or ""):
            raise BadCredentials("BAD_CREDENTIALS")
        return account

    # -- SMS ----------------------------------------------------------------------------------------

    def recipients(self, account: Account, to: str | None, group: str | None) -> list[str]:
        """The numbers a send reaches: ``to`` (comma-separated, or a JSON list of {msisdn}) and the
        contacts with a number of each group in ``group`` (comma-separated ids), each once."""
        numbers: list[str] = []
        if to and to.startswith("["):
            try:
                entries = json.loads(to)
                numbers += [str(entry["msisdn"]) for entry in entries]
            except (ValueError, TypeError, KeyError):
                raise BadRecipients("to: not a list of {msisdn}") from None
        elif to:
            numbers += to.split(",")
        for group_id in (int(g) for g in group.split(",")) if group else ():
            if group_id not in account.groups:
                raise UnknownGroup(f"group: {group_id} is not a group of the account")
            numbers += [c["msisdn"] for c in account.contacts.values() if group_id in c["groups"] and c.get("msisdn")]
        numbers = list(dict.fromkeys(numbers))
        if not numbers:
            raise NoValidRecipient("no recipient")
        return numbers

    def plan(
        self, account: Account, text: str, encoding: str, to: str | None, group: str | None
    ) -> tuple[list[str], int, float]:
        """Recipients, SMS count (parts times recipients) and cost of a send or an estimate."""
        recipients = self.recipients(account, to, group)
        count = segments(text, encoding).parts * len(recipients)
        return recipients, count, round(count * PRICE, 4)

    def send(
        self,
        account: Account,
        *,
        text: str,
        to: str | None = None,
        group: str | None = None,
        encoding: str = "7BIT",
        send_at: float | None = None,
        transaction_id: str | None = None,
        sandbox: bool = False,
        sender: str | None = None,
        callback: str | None = None,
        outcome: Callable[[str], str | None] = lambda number: None,
    ) -> Sent:
        """Send ``text`` now or at ``send_at``; ``outcome`` gives the control plane's word for a number
        (magic numbers, ``PUT /__mock/numbers``): ``refused`` refuses the send, ``delivered`` and
        ``failed`` are its delivery report at once."""
        recipients, _, cost = self.plan(account, text, encoding, to, group)
        now = self.clock()
        when = send_at if send_at is not None else now
        if when < now - 60:
            raise PastDate("date: in the past")
        if transaction_id and transaction_id in account.transactions:
            raise DuplicateTransaction(f"transactionId: {transaction_id} is used")
        if cost > account.credit:
            raise InsufficientCredit(f"cost {cost} > credit {account.credit}")
        refused = [number for number in recipients if outcome(number) == "refused"]
        if refused:
            raise CannotReceive("cannot receive SMS", refused)
        sent: list[Sms] = []
        if sandbox:
            return Sent(recipients, sent, cost, now, when)
        for number in recipients:
            sms = Sms(
                self.next_id(),
                number,
                text,
                sender or "Smstools",
                transaction_id,
                now,
                when,
                round(cost / len(recipients), 4),
                callback,
            )
            account.sms[sms.id] = sms
            sent.append(sms)
        account.credit = round(account.credit - cost, 4)
        if transaction_id:
            account.transactions.add(transaction_id)
        for sms in sent:
            said = outcome(sms.to)
            if said in ("delivered", "failed"):
                sms.final, sms.final_at = ("DELIVERED" if said == "delivered" else "NOTDELIVERED"), sms.send_at
        return Sent(recipients, sent, cost, now, when)

    def status(self, sms: Sms) -> tuple[str, float | None, float | None]:
        """(status, sentDate, deliveryDate) now."""
        now = self.clock()
        if sms.cancelled:
            return "NOSENT", None, None
        if now < sms.send_at:
            return "PENDING", None, None
        if sms.final is not None:
            return sms.final, sms.send_at, max(sms.final_at, sms.send_at)
        if now < sms.send_at + self.delivery_delay:
            return "SENT", sms.send_at, None
        final = "NOTDELIVERED" if sms.to in self.undeliverable else "DELIVERED"
        return final, sms.send_at, sms.send_at + self.delivery_delay

    def cancel(self, account: Account, ids: set[int] | None, transaction_id: str | None) -> list[Sms]:
        """Cancel the PENDING SMS among those chosen (by id, by transactionId); their price is given
        back. The cancelled ones."""
        chosen = [
            s
            for s in account.sms.values()
            if (ids is None or s.id in ids) and (transaction_id is None or s.transaction_id == transaction_id)
        ]
        pending = [s for s in chosen if self.status(s)[0] == "PENDING"]
        for sms in pending:
            sms.cancelled = True
            account.credit = round(account.credit + sms.price, 4)
        return pending

    def search_sms(
        self,
        account: Account,
        *,
        ids: set[int] | None = None,
        transaction_id: str | None = None,
        msisdn: str | None = None,
        start: float | None = None,
        end: float | None = None,
        status: str | None = None,
    ) -> list[Sms]:
        """The account's SMS matching every filter given, in the order they were sent."""
        return [
            sms
            for sms in account.sms.values()
            # the cheap tests first
            if (ids is None or sms.id in ids)
            and transaction_id in (None, sms.transaction_id)
            and msisdn in (None, sms.to)
            and (start is None or sms.inserted >= start)
            and (end is None or sms.inserted <= end)
            and (status is None or self.status(sms)[0] == status)
        ]

    def due_callbacks(self) -> list[tuple[Sms, str, float]]:
        """The SMS with a status callback that have reached DELIVERED or NOTDELIVERED and not been
        notified, now marked notified: (sms, status, statusDate)."""
        due = []
        for account in self.accounts.values():
            for sms in account.sms.values():
                if sms.callback and not sms.notified:
                    status, _, delivered = self.status(sms)
                    if status in ("DELIVERED", "NOTDELIVERED"):
                        sms.notified = True
                        due.append((sms, status, delivered or self.clock()))
        return due

    def report(self, sms: Sms, delivered: bool) -> None:
        """A delivery report for ``sms``; ValueError while it is PENDING or cancelled."""
        status = self.status(sms)[0]
        if status in ("PENDING", "NOSENT"):
            raise ValueError(f"SMS {sms.id} is {status}: it gets no delivery report")
        sms.final, sms.final_at, sms.notified = ("DELIVERED" if delivered else "NOTDELIVERED"), self.clock(), False

    # -- received -------------------------------------------------------------------------------------

    def receive(self, sender: str, text: str, sim_id: int = 1) -> None:
        """An SMS arrives on a reception service of the demo account."""
        self.demo.received.append({"simId": sim_id, "from": sender, "text": text, "receiveDate": stamp(self.clock())})

    def receive_on(self, recipient: str | None, sender: str, text: str) -> str:
        """An SMS arrives for ``recipient`` (default: the first reception service), with or without
        + or 00; its id. ValueError if no reception service has that number."""
        wanted = (recipient or str(self.sims[0]["sim"])).removeprefix("+")
        wanted = wanted[2:] if wanted.startswith("00") else wanted
        sim = next((s for s in self.sims if s["sim"] == wanted), None)
        if sim is None:
            numbers = ", ".join(str(s["sim"]) for s in self.sims)
            raise ValueError(f"recipient: {recipient} is not a reception service of the account (it has {numbers})")
        self.receive(sender, text, int(str(sim["id"])))
        return str(self.next_id())

    @staticmethod
    def search_received(
        account: Account,
        *,
        senders: set[str] | None = None,
        sim_id: int | None = None,
        start: float | None = None,
        end: float | None = None,
    ) -> list[dict[str, Any]]:
        return [
            m
            for m in account.received
            if (senders is None or m["from"] in senders)
            and sim_id in (None, m["simId"])
            and (start is None or parse_stamp(m["receiveDate"]) >= start)
            and (end is None or parse_stamp(m["receiveDate"]) <= end)
        ]

    # -- phonebook ------------------------------------------------------------------------------------

    @staticmethod
    def group_size(account: Account, group_id: int) -> int:
        return sum(1 for c in account.contacts.values() if group_id in c["groups"])

    @staticmethod
    def require_group(account: Account, group_id: int) -> None:
        if group_id not in account.groups:
            raise GroupNotFound(f"group {group_id}")

    def create_group(self, account: Account, name: str) -> int:
        if name in account.groups.values():
            raise GroupExists(f"group {name!r}")
        group_id = self.next_id()
        account.groups[group_id] = name
        return group_id

    def rename_group(self, account: Account, group_id: int, name: str) -> None:
        self.require_group(account, group_id)
        if any(other == name and gid != group_id for gid, other in account.groups.items()):
            raise GroupExists(f"group {name!r}")
        account.groups[group_id] = name

    @staticmethod
    def delete_group(account: Account, group_id: int, delete_contacts: bool) -> None:
        """Remove a group; its contacts leave it, or are deleted with it."""
        if account.groups.pop(group_id, None) is None:
            raise GroupNotFound(f"group {group_id}")
        for contact_id, contact in list(account.contacts.items()):
            if group_id in contact["groups"]:
                if delete_contacts:
                    del account.contacts[contact_id]
                else:
                    contact["groups"].remove(group_id)

    def members(self, account: Account, group_id: int) -> list[dict[str, Any]]:
        self.require_group(account, group_id)
        return [c for c in account.contacts.values() if group_id in c["groups"]]

    @staticmethod
    def search_contacts(
        account: Account,
        *,
        name: str = "",
        msisdn: str | None = None,
        email: str | None = None,
        field_key: str | None = None,
        field_value: str | None = None,
    ) -> list[dict[str, Any]]:
        name = name.lower()
        return [
            c
            for c in account.contacts.values()
            if (not name or name in (c.get("name") or "").lower() or name in (c.get("lastname") or "").lower())
            and msisdn in (None, c.get("msisdn"))
            and email in (None, c.get("email"))
            and (field_key is None or c["custom"].get(field_key) == field_value)
        ]

    def write_contact(
        self, account: Account, fields: Mapping[str, Any], current: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Create a contact (``current`` None) or update ``current`` from ``fields``: the standard
        fields, ``groupsId`` (comma-separated group ids) and any custom field."""
        groups = [int(g) for g in fields["groupsId"].split(",")] if fields.get("groupsId") else []
        if any(g not in account.groups for g in groups):
            raise UnknownContactGroup(f"groupsId: {fields['groupsId']}")
        custom = {k: str(v) for k, v in fields.items() if k not in _CONTACT_STANDARD}
        contact = dict(current or {"id": self.next_id(), "groups": [], "custom": {}})
        contact.update({k: fields[k] for k in ("msisdn", "name", "lastname", "email") if k in fields})
        contact["groups"] = groups if "groupsId" in fields or current is None else contact["groups"]
        contact["custom"] = {**contact["custom"], **custom}
        key = fields.get("customFieldUniqueKey", "msisdn")
        value = contact.get(key, contact["custom"].get(key))
        if current is None and "customFieldUniqueKey" in fields and value is None:
            raise MissingUniqueKey(f"customFieldUniqueKey: {key} has no value")
        if value is not None:
            for other in account.contacts.values():
                if other["id"] != contact["id"] and other.get(key, other["custom"].get(key)) == value:
                    raise ContactExists(f"{key}: {value}")
        account.contacts[contact["id"]] = contact
        return contact

    @staticmethod
    def contact(account: Account, contact_id: int) -> dict[str, Any]:
        contact = account.contacts.get(contact_id)
        if contact is None:
            raise ContactNotFound(f"contact {contact_id}")
        return contact

    @staticmethod
    def delete_contact(account: Account, contact_id: int) -> None:
        if account.contacts.pop(contact_id, None) is None:
            raise ContactNotFound(f"contact {contact_id}")

    # -- email ----------------------------------------------------------------------------------------

    def template(self, template_id: int) -> dict[str, Any]:
        template = self.templates.get(template_id)
        if template is None:
            raise TemplateNotFound(f"template {template_id}")
        return template

    @staticmethod
    def campaign(account: Account, campaign_id: int) -> dict[str, Any]:
        campaign = account.campaigns.get(campaign_id)
        if campaign is None:
            raise CampaignNotFound(f"campaign {campaign_id}")
        return campaign

    @staticmethod
    def email(account: Account, email_id: int) -> dict[str, Any]:
        email = account.emails.get(email_id)
        if email is None:
            raise EmailNotFound(f"email {email_id}")
        return email

    def check_email(self, template_id: int, sender: str, send_at: float | None) -> None:
        """An email send's template, sender and date."""
        if template_id not in self.templates:
            raise UnknownTemplate(f"templateId: {template_id}")
        if sender not in {s["email"] for s in self.senders}:
            raise SenderNotValidated(f"from: {sender}")
        if send_at is not None and send_at < self.clock() - 60:
            raise PastDate("date: in the past")

    @staticmethod
    def addresses(to: str) -> list[str]:
        """The addresses of an email send's ``to``: one address, or a JSON list of {to}."""
        if to.startswith("["):
            try:
                entries = json.loads(to)
                addresses = [str(entry["to"]) for entry in entries]
            except (ValueError, TypeError, KeyError):
                raise BadRecipients("to: not a list of {to}") from None
            if len(addresses) > MAX_EMAIL_RECIPIENTS:
                raise TooManyRecipients(f"to: {len(addresses)} addresses")
        else:
            addresses = [to]
        if not all("@" in a for a in addresses):
            raise BadRecipients("to: not an email address")
        return addresses

    def send_emails(
        self, account: Account, template_id: int, addresses: Iterable[str], campaign: int | None, sandbox: bool
    ) -> list[tuple[str, int | None]]:
        """Insert one email per address (none in the sandbox): (address, its id or None)."""
        inserted: list[tuple[str, int | None]] = []
        for address in addresses:
            if sandbox:
                inserted.append((address, None))
                continue
            email_id = self.next_id()
            account.emails[email_id] = {
                "id": email_id,
                "campaignId": campaign,
                "templateId": template_id,
                "to": address,
                "status": "SENT",
                "insertDate": stamp(self.clock()),
            }
            inserted.append((address, email_id))
        return inserted

    def create_campaign(self, account: Account, fields: Mapping[str, Any]) -> tuple[int, list[str]]:
        """A campaign to the contacts with an email address of group ``fields["group"]``: its id and
        the addresses it goes to."""
        if fields["group"] not in account.groups:
            raise UnknownGroup(f"group: {fields['group']}")
        addresses = [c["email"] for c in account.contacts.values() if fields["group"] in c["groups"] and c.get("email")]
        campaign_id = self.next_id()
        account.campaigns[campaign_id] = {
            "id": campaign_id,
            "campaignTitle": fields["campaignTitle"],
            "templateId": fields["templateId"],
            "from": fields["from"],
            "fromName": fields.get("fromName"),
            "group": fields["group"],
            "subject": fields["subject"],
            "enableOpenTracking": bool(fields.get("enableOpenTracking")),
            "enableLinkTracking": bool(fields.get("enableLinkTracking")),
            "deferredDate": fields.get("date"),
            "stats": {"countEmailInserted": len(addresses), "countEmailTotSent": len(addresses)},
        }
        return campaign_id, addresses

    # -- aliases, sub-accounts ------------------------------------------------------------------------

    def create_alias(self, account: Account, fields: Mapping[str, Any]) -> dict[str, Any]:
        if any(a["alias"] == fields["alias"] for a in account.aliases.values()):
            raise AliasExists(f"alias: {fields['alias']}")
        alias_id = str(self.next_id())
        account.aliases[alias_id] = {"id": alias_id, **fields, "status": "NOTVERIFIED", "ip": "127.0.0.1"}
        return account.aliases[alias_id]

    @staticmethod
    def delete_alias(account: Account, alias_id: str) -> None:
        if account.aliases.pop(alias_id, None) is None:
            raise AliasNotFound(f"alias {alias_id}")

    @staticmethod
    def search_subusers(account: Account, text: str) -> list[dict[str, Any]]:
        text = text.lower()
        keys = ("username", "name", "lastname", "email")
        return [
            u for u in account.subusers.values() if not text or any(text in str(u.get(k) or "").lower() for k in keys)
        ]

    def create_subuser(self, account: Account, fields: Mapping[str, Any]) -> dict[str, Any]:
        """A sub-account with its own key and secret (the password is not kept)."""
        username = fields.get("username")
        if username and any(u.get("username") == username for u in account.subusers.values()):
            raise UsernameTaken(f"username: {username}")
        user_id = self.next_id()
        user = {k: v for k, v in fields.items() if k != "password"}
        account.subusers[user_id] = {
            "id": user_id,
            **user,
            "authKey": secrets.token_hex(8).upper(),
            "authSecret": secrets.token_hex(8),
            "credit": 0.0,
        }
        return account.subusers[user_id]

    @staticmethod
    def subuser(account: Account, user_id: int) -> dict[str, Any]:
        user = account.subusers.get(user_id)
        if user is None:
            raise SubuserNotFound(f"subuser {user_id}")
        return user

    def update_subuser(self, account: Account, user_id: int, fields: Mapping[str, Any]) -> None:
        user = self.subuser(account, user_id)
        username = fields.get("username")
        if username and any(u.get("username") == username and u is not user for u in account.subusers.values()):
            raise UsernameTaken(f"username: {username}")
        user.update({k: v for k, v in fields.items() if k != "password"})

    @staticmethod
    def delete_subuser(account: Account, user_id: int) -> None:
        if account.subusers.pop(user_id, None) is None:
            raise SubuserNotFound(f"subuser {user_id}")

    # -- OTP, push, fidelity --------------------------------------------------------------------------

    @staticmethod
    def new_code() -> str:
        """A fresh six-digit OTP code."""
        return f"{secrets.randbelow(10**6):06d}"

    def remember_code(self, account: Account, code: str, to: str, app_id: str) -> str:
        """Keep ``code`` (sent to ``to``) as the one active code of ``to`` and ``app_id``; its id."""
        verify_id = secrets.token_hex(16)
        for otp in account.otps.values():  # one active code per recipient and app_id
            if otp.to == to and otp.app_id == app_id:
                otp.used = True
        account.otps[verify_id] = Otp(code, to, app_id, self.clock())
        return verify_id

    def verify(self, account: Account, verify_id: str, code: str) -> str:
        """NOT_FOUND, EXPIRED (used, or older than OTP_LIFETIME), NOT_VERIFIED or VERIFIED (then used)."""
        otp = account.otps.get(verify_id)
        if otp is None:
            return "NOT_FOUND"
        if otp.used or self.clock() > otp.created + OTP_LIFETIME:
            return "EXPIRED"
        if not secrets.compare_digest(otp.code.encode(), code.encode()):
            return "NOT_VERIFIED"
        otp.used = True
        return "VERIFIED"

    def push_split(self, recipients: list[str], has_text: bool, only_push: bool) -> tuple[list[str], list[str]]:
        """Who a push reaches in the app, and who gets an SMS instead (not app users, when there is
        text to send and SMS are allowed)."""
        push = [n for n in recipients if n in self.app_users]
        # an image alone cannot fall back to SMS: without text only app users are reached
        sms = [] if only_push or not has_text else [n for n in recipients if n not in self.app_users]
        if not push and not sms:
            raise NoValidRecipient("nobody to push to")
        return push, sms

    def fidelity_cards(self, programme_id: int, start: float | None, end: float | None) -> list[dict[str, Any]]:
        if programme_id not in {f["id"] for f in self.fidelity}:
            raise ProgrammeNotFound(f"fidelity programme {programme_id}")
        return [
            c
            for c in self.cards
            if (start is None or parse_stamp(c["insertDate"]) >= start)
            and (end is None or parse_stamp(c["insertDate"]) <= end)
        ]
