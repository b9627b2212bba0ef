"""The smSend mock's domain: accounts and their sessions, credits per message type, an address book,
aliases, SMS orders and their delivery states, received SMS, email lists and sub-accounts. Plain
classes: no HTTP, no lock (see sms_mocks.domain).

Rules, as smSend documents them (inferences marked where the documentation is silent):

- a login checks the username and password and issues a session key or an access token.
- SMS orders consume credits of their message type, one per part and recipient; a scheduled order
  can be deleted until its time comes (its credits come back), a sent one cannot. A sent order is
  WAITING for ``delivery_delay`` seconds, then DELIVERED. A custom ``order_id`` that is already used
  is refused, so a retried send with the same id can never deliver twice.
- groups belong to the account; a contact can only join the account's groups; a group name is used
  once.
- credits move between the account and a sub-account whose credit-eat-mode lets it own credits.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from smskit import segments

from sms_mocks.dates import lenient_datetime
from sms_mocks.domain import DomainError

__all__ = [
    "DEMO_CREDENTIALS",
    "DEMO_LOGIN",
    "DEMO_PASSWORD",
    "DEMO_SIMS",
    "DEMO_USERNAME",
    "MESSAGE_TYPES",
    "Account",
    "Order",
    "Received",
    "SmSendDomain",
    "SmSendError",
    "Subaccount",
    "is_phone_number",
    "lenient_stamp",
    "parse_date",
    "stamp",
]

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-password"
DEMO_LOGIN = {"username": DEMO_USERNAME, "password": DEMO_PASSWORD}
DEMO_SIMS = ("+393400000001", "+393400000002")
DEMO_CREDENTIALS = f"username {DEMO_USERNAME}, password {DEMO_PASSWORD}, receiving SIMs {', '.join(DEMO_SIMS)}"
MESSAGE_TYPES = ("N", "L", "LL", "GP", "SI", "GS", "EE")
STAMP = "%Y%m%d%H%M%S"

GSON_US = re.compile(r"([A-Z][a-z]{2}) ([0-9]{1,2}), ([0-9]{4}),? ([0-9]{1,2}):([0-9]{2}):([0-9]{2})[ \u202f](AM|PM)")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_date(value: str) -> datetime:
    """A date in a format the spec's DeliveryTime or FlexibleDate accepts (its pattern has checked
    the shape): ISO 8601 and Gson's US default as the quick starts send them, otherwise a documented
    format, with days rolling over as a lenient Java parser does: 31 February is 3 March."""
    if "T" in value:
        # the pattern allows any day up to 31 in any month: read it from the first of the month and
        # roll over like the other formats (30 November + 1 day is 1 December)
        first = value[:8] + "01" + value[10:]
        rollover = timedelta(days=int(value[8:10]) - 1)
        return datetime.fromisoformat(first.replace("Z", "+00:00")) + rollover
    gson = GSON_US.fullmatch(value)
    if gson:
        month, day, year, hour, minute, second, half = gson.groups()
        hour24 = int(hour) % 12 + (12 if half == "PM" else 0)
        return lenient_datetime(int(year), MONTHS.index(month) + 1, int(day), hour24, int(minute), int(second))
    digits = value.replace("-", "").replace(" ", "").replace(":", "").removesuffix(".0")
    if len(digits) in (6, 10):  # ddMMyy[HHmm]
        digits = f"20{digits[4:6]}{digits[2:4]}{digits[0:2]}{digits[6:]}"
    return lenient_stamp(digits.ljust(14, "0"))


def lenient_stamp(value: str) -> datetime:
    """yyyyMMddHHmmss (already checked by the spec's pattern), read leniently (sms_mocks.dates)."""
    return lenient_datetime(
        int(value[:4]), int(value[4:6]), int(value[6:8]), int(value[8:10]), int(value[10:12]), int(value[12:14])
    )


def stamp(moment: float) -> str:
    """A timestamp as smSend writes it: yyyyMMddHHmmss, local time."""
    return time.strftime(STAMP, time.localtime(moment))


def is_phone_number(value: str) -> bool:
    """The spec's PhoneNumber pattern: optional + or 00, then 6 to 16 digits."""
    return re.fullmatch(r"(\+|00)?[0-9]{6,16}", value) is not None


# -- errors -------------------------------------------------------------------------------------------


class SmSendError(DomainError):
    """A smSend rule refused the request."""


class BadCredentials(SmSendError):
    """A login with a wrong username or password."""


class NotAuthenticated(SmSendError):
    """No valid user key with a session key or access token."""


class UnknownGroups(SmSendError):
    """Groups named in a body that the account does not own (or cannot be found)."""


class GroupNameTaken(SmSendError):
    """An empty group name, or one already used."""


class GroupNotFound(SmSendError):
    """A group id that names nothing."""


class ContactNotFound(SmSendError):
    """A contact id that names nothing."""


class ListNotActive(SmSendError):
    """An email list that is not active, or does not exist, named in a body."""


class ListNotFound(SmSendError):
    """An email list (or what it is combined with) that does not exist."""


class IssueNotFound(SmSendError):
    """An email issue (or its list) that does not exist."""


class NoContacts(SmSendError):
    """An issue sent to an empty list of contacts."""


class BadScheduleTime(SmSendError):
    """A schedule time that is not yyyy-MM-dd HH:mm:ss."""


class AliasExists(SmSendError):
    """An alias already registered."""


class AliasNotFound(SmSendError):
    """An alias id that names nothing."""


class InvalidRecipient(SmSendError):
    """Recipients that are not phone numbers."""


class NoValidRecipient(SmSendError):
    """Nobody to send to."""


class CannotReceive(SmSendError):
    """Recipients that cannot receive SMS (refused numbers): nothing is sent."""

    def __init__(self, message: str, recipients: list[str]) -> None:
        super().__init__(message)
        self.recipients = recipients


class OrderIdUsed(SmSendError):
    """An order_id an earlier order used."""


class InsufficientCredit(SmSendError):
    """Fewer credits of a message type than an action needs."""


class OrderNotFound(SmSendError):
    """An order id that names nothing (or an order that can no longer be deleted)."""


class SimNotEnabled(SmSendError):
    """A SIM without reception on the account."""


class LoginTaken(SmSendError):
    """A sub-account login already used."""


class SubaccountNotFound(SmSendError):
    """A sub-account (or one of its purchases) that does not exist."""


class WrongCreditMode(SmSendError):
    """An action the sub-account's credit-eat-mode does not allow."""


class BadAmount(SmSendError):
    """An amount or a price that is not positive."""


# -- state --------------------------------------------------------------------------------------------


@dataclass
class Order:
    order_id: str
    recipients: list[str]
    message: str
    message_type: str
    sender: str
    created: float
    scheduled: float | None
    credits: int
    deleted: bool = False
    #: delivery reports that came for a recipient: its final status (DELIVERED or ERROR) and when.
    finals: dict[str, tuple[str, float]] = field(default_factory=dict)


@dataclass
class Received:
    id_message: int
    id_sim: str
    sender: str
    message: str
    received: float
    keyword: str = ""


@dataclass
class Subaccount:
    id: int
    data: dict[str, Any]
    credits: dict[str, int] = field(default_factory=dict)
    purchases: dict[int, dict[str, Any]] = field(default_factory=dict)
    locked: bool = False


@dataclass
class Account:
    """One smSend user and everything it owns."""

    username: str
    password: str
    user_key: str
    sims: tuple[str, ...]
    credits: dict[str, int]
    money: float = 100.0
    sessions: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    contacts: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    aliases: dict[int, dict[str, Any]] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    new_cursor: dict[str, int] = field(default_factory=dict)
    lists: dict[int, dict[str, Any]] = field(default_factory=dict)
    issues: dict[int, dict[str, Any]] = field(default_factory=dict)
    templates: set[int] = field(default_factory=lambda: {1})
    subaccounts: dict[int, Subaccount] = field(default_factory=dict)


_CONTACT_FIELDS = ("email", "phoneNumber", "name", "surname", "gender", "fax", "address", "city", "province", "zip")
_ALIAS_FIELDS = (
    "company-name",
    "contact-name",
    "contact-surname",
    "cod-fiscale",
    "vat-number",
    "contact-address",
    "contact-city",
    "contact-pcode",
    "contact-type",
    "contact-info",
)


class SmSendDomain:
    """smSend's state and rules. ``clock`` gives the current time (a POSIX timestamp)."""

    def __init__(self, clock: Callable[[], float], *, delivery_delay: float = 1.0, demo_objects: bool = True) -> None:
        self.clock = clock
        self.delivery_delay = delivery_delay
        self.accounts: dict[str, Account] = {}
        self.add_account(DEMO_USERNAME, DEMO_PASSWORD, sims=DEMO_SIMS)
        self.logins = 0
        self._ids = iter(range(1, 10**9))
        self._reserved_ids: set[int] = set()
        self._add_document_examples(self.demo)
        if demo_objects:
            self._add_demo_objects(self.demo)

    # -- accounts ---------------------------------------------------------------------------------------

    def add_account(
        self, username: str, password: str, *, sims: Iterable[str] = (), credits: int = 1_000_000_000
    ) -> Account:
        account = Account(
            username, password, secrets.token_hex(8).upper(), tuple(sims), dict.fromkeys(MESSAGE_TYPES, credits)
        )
        self.accounts[username] = account
        return account

    @property
    def demo(self) -> Account:
        return self.accounts[DEMO_USERNAME]

    def next_id(self) -> int:
        return next(i for i in self._ids if i not in self._reserved_ids)

    def login(self, username: str, password: str, *, token: bool = False) -> tuple[Account, str]:
        """A new session key (an access token if ``token``) for the account; BadCredentials."""
        account = self.accounts.get(username)
        if account is None or not secrets.compare_digest(account.password.encode(), password.encode()):
            raise BadCredentials("Credentials are incorrect")
        secret = secrets.token_hex(16).upper()
        (account.tokens if token else account.sessions).add(secret)
        self.logins += 1
        return account, secret

    def principal(self, user_key: str | None, session: str | None, token: str | None) -> Account:
        """The account of ``user_key`` if the session key or the access token is one of its own."""
        account = next((a for a in self.accounts.values() if a.user_key == user_key), None)
        if account is not None and ((session and session in account.sessions) or (token and token in account.tokens)):
            return account
        raise NotAuthenticated("User_key, Token or Session_key are invalid or not provided")

    @staticmethod
    def reset_password(account: Account, password: str) -> None:
        account.password = password

    def expire_sessions(self) -> None:
        """End every session and token, as a server-side timeout would."""
        for account in self.accounts.values():
            account.sessions.clear()
            account.tokens.clear()

    def set_alias_state(self, alias_id: int, state: int) -> None:
        self.demo.aliases[alias_id]["alias-state"] = state

    def _add_document_examples(self, account: Account) -> None:
        """The demo account holds the subaccount and the purchase that smSend's document shows in its
        answers ("Get subaccount": id-user 5, login "logon", credit-eat-mode 2; "Get a subaccount's
        purchases": id_purchase 20), so requests built from the spec's examples, which use those ids,
        reach a resource that exists."""
        data = {
            "login": "logon",
            "credit-eat-mode": 2,
            "address": "via viotta",
            "cell": "+393385958233",
            "city": "Città",
            "email": "prova@prova.pr",
            "name": "Nome",
            "surname": "Cognome",
            "province": "PR",
            "zip-code": "35123",
            "company": False,
        }
        purchase = {
            "id_purchase": 20,
            "super-to-sub": False,
            "price": 37,
            "amount": 37,
            "available": 0,
            "create-time": "20160826104539",
            "message-types": [{"message-type": "N", "unit-price": 1.2}, {"message-type": "LL", "unit-price": 0.8}],
        }
        self._reserved_ids |= {5, 20}
        account.subaccounts[5] = Subaccount(5, data, dict.fromkeys(("N", "L", "LL", "GS"), 0), {20: purchase})

    def _add_demo_objects(self, account: Account) -> None:
        """The demo account's address book, email objects and a scheduled SMS order, which the spec's
        examples name (the document shows no ids for them, except the contact of "Get a contact"):

        - contacts ``AVvZEwZHHnl8wUZve6CT`` (the document's "Get a contact" answer) and
          ``DemoContact000000002``, both with a phone number and an email address;
        - groups ``11`` "Group1" (holding both contacts) and ``12`` "Group2" (the group names of the
          document's "Send an SMS message to a group" sample), and ``13`` "Former customers", empty;
        - email list ``14`` (active, holding both contacts), with draft ``15`` in it;
        - email template ``1`` (templates cannot be created through the API);
        - SMS order ``DemoScheduledOrder1``, scheduled ten years ahead (so that it can be deleted).

        ``SmSend(demo_objects=False)`` starts without them (no contacts, groups, lists, drafts or
        orders), for tests that count what they create.
        """
        contact = {
            "fax": None,
            "address": None,
            "city": None,
            "province": None,
            "zip": None,
        }
        account.contacts["AVvZEwZHHnl8wUZve6CT"] = contact | {
            "email": "alessandro.magno@macedonia.com",
            "phoneNumber": "+39349123456789",
            "name": "Alessandro",
            "surname": "Magno",
            "gender": "m",
            "birthdate": "2017-05-11",
            "groupIds": ["11"],
        }
        account.contacts["DemoContact000000002"] = contact | {
            "email": "mario.rossi@example.com",
            "phoneNumber": "+393471234567",
            "name": "Mario",
            "surname": "Rossi",
            "gender": "m",
            "birthdate": None,
            "groupIds": ["11"],
        }
        members = ["AVvZEwZHHnl8wUZve6CT", "DemoContact000000002"]
        account.groups["11"] = {"name": "Group1", "description": "Demo group", "contacts": list(members)}
        account.groups["12"] = {"name": "Group2", "description": "Demo group", "contacts": []}
        account.groups["13"] = {"name": "Former customers", "description": "Demo group", "contacts": []}
        account.lists[14] = {
            "title": "Demo list",
            "id_language": "ita",
            "email_sender": "ema@il.com",
            "reply_to": "ema@il.com",
            "company_name": "MyCompany",
            "status": 0,
            "groups": ["11"],
            "contacts": list(members),
        }
        account.issues[15] = {"title": "Demo draft", "subject": "Hello world!", "list_id": 14, "sent_to": []}
        self._reserved_ids |= {11, 12, 13, 14, 15}
        now = self.clock()
        account.credits["GP"] -= 1
        account.orders["DemoScheduledOrder1"] = Order(
            "DemoScheduledOrder1", ["+393471234567"], "Hello world!", "GP", "", now, now + 10 * 365 * 86400, 1
        )

    # -- contacts and groups ----------------------------------------------------------------------------

    @staticmethod
    def store_contact(account: Account, fields: Mapping[str, Any]) -> str:
        """A new contact in the account's groups ``groupIds``; its id."""
        birthdate = fields.get("birthdate")
        parsed = parse_date(birthdate) if birthdate else None
        unknown = [g for g in fields.get("groupIds", []) if g not in account.groups]
        if unknown:
            raise UnknownGroups(f"groupIds: group(s) not owned: {', '.join(unknown)}")
        contact_id = secrets.token_urlsafe(15)[:20]
        contact = {key: fields.get(key) for key in _CONTACT_FIELDS}
        contact["birthdate"] = parsed.strftime("%Y-%m-%d") if parsed else None
        group_ids = list(dict.fromkeys(fields.get("groupIds", [])))
        contact["groupIds"] = group_ids
        account.contacts[contact_id] = contact
        for group_id in group_ids:
            account.groups[group_id]["contacts"].append(contact_id)
        return contact_id

    @staticmethod
    def contact(account: Account, contact_id: str) -> dict[str, Any]:
        contact = account.contacts.get(contact_id)
        if contact is None:
            raise ContactNotFound(f"contact {contact_id} not found")
        return contact

    def add_contact_to_list(self, account: Account, list_id: int, fields: Mapping[str, Any]) -> str:
        email_list = account.lists.get(list_id)
        if email_list is None or email_list["status"] != 0:
            raise ListNotActive(f"campaign_id: campaign {list_id} is not active or not found")
        contact_id = self.store_contact(account, fields)
        email_list["contacts"].append(contact_id)
        return contact_id

    def create_group(self, account: Account, name: str, description: str) -> str:
        name = name.strip()
        if not name or any(g["name"] == name for g in account.groups.values()):
            raise GroupNameTaken(f"name: the group name {name!r} is invalid or already used")
        group_id = str(self.next_id())
        account.groups[group_id] = {"name": name, "description": description, "contacts": []}
        return group_id

    @staticmethod
    def group(account: Account, group_id: str) -> dict[str, Any]:
        group = account.groups.get(group_id)
        if group is None:
            raise GroupNotFound(f"group_id: group {group_id} not found")
        return group

    @staticmethod
    def delete_group(account: Account, group_id: str, delete_contacts: bool) -> None:
        """Remove a group; its contacts leave it, or are deleted with it."""
        group = account.groups.pop(group_id, None)
        if group is None:
            raise GroupNotFound(f"group_id: group {group_id} not found")
        for contact_id in group["contacts"]:
            if delete_contacts:
                account.contacts.pop(contact_id, None)
            elif contact_id in account.contacts:
                account.contacts[contact_id]["groupIds"].remove(group_id)

    def join(self, account: Account, group_id: str, contact_id: str, member: bool) -> None:
        """Put a contact into a group (``member``) or take it out; either is idempotent."""
        group = self.group(account, group_id)
        if contact_id not in account.contacts:
            raise ContactNotFound(f"contact_id: contact {contact_id} not found")
        if member and contact_id not in group["contacts"]:
            group["contacts"].append(contact_id)
            account.contacts[contact_id]["groupIds"].append(group_id)
        elif not member and contact_id in group["contacts"]:
            group["contacts"].remove(contact_id)
            account.contacts[contact_id]["groupIds"].remove(group_id)

    @staticmethod
    def group_numbers(account: Account, names: list[str]) -> list[str]:
        """The phone numbers of the contacts of groups named by name or id, each once."""
        by_name = {g["name"]: gid for gid, g in account.groups.items()}
        wanted = [by_name.get(name, name) for name in names]
        missing = [name for name, gid in zip(names, wanted, strict=True) if gid not in account.groups]
        if missing:
            raise UnknownGroups(f"recipient: groups could not be found: {', '.join(missing)}")
        numbers = [
            account.contacts[c]["phoneNumber"]
            for gid in wanted
            for c in account.groups[gid]["contacts"]
            if account.contacts.get(c, {}).get("phoneNumber")
        ]
        if not numbers:
            raise NoValidRecipient("recipient: the groups contain no contact with a phone number")
        return list(dict.fromkeys(numbers))

    # -- aliases ----------------------------------------------------------------------------------------

    def create_alias(self, account: Account, data: Mapping[str, Any]) -> dict[str, Any]:
        if any(a["alias"] == data["alias"] for a in account.aliases.values()):
            raise AliasExists(f"alias: {data['alias']!r} already exists")
        alias_id = self.next_id()
        alias = {
            "id-alias": alias_id,
            "alias": data["alias"],
            "notification-time": stamp(self.clock()),
            "alias-state": 0,
            "is-numeric": data["alias"].lstrip("+").isdigit(),
        }
        alias |= {name: data.get(name) for name in _ALIAS_FIELDS}
        account.aliases[alias_id] = alias
        return alias

    @staticmethod
    def alias(account: Account, alias_id: int) -> dict[str, Any]:
        alias = account.aliases.get(alias_id)
        if alias is None:
            raise AliasNotFound("The alias was not found")
        return alias

    @staticmethod
    def delete_alias(account: Account, alias_id: int) -> None:
        if account.aliases.pop(alias_id, None) is None:
            raise AliasNotFound("The alias was not found")

    # -- sending ----------------------------------------------------------------------------------------

    def send(
        self,
        account: Account,
        recipients: list[str],
        *,
        message: str,
        message_type: str,
        encoding: str = "gsm",
        sender: str | None = None,
        send_at: float | None = None,
        order_id: str | None = None,
        outcome: Callable[[str], str | None] = lambda number: None,
    ) -> Order:
        """An order of ``message`` to ``recipients``, now or at ``send_at``; it costs one credit of
        ``message_type`` per part and recipient. ``outcome`` gives the control plane's word for a
        number (magic numbers, ``PUT /__mock/numbers``): ``refused`` refuses the order, ``delivered``
        and ``failed`` are its delivery report at once."""
        bad = [r for r in recipients if not is_phone_number(r)]
        if bad:
            raise InvalidRecipient(f"recipient: not a valid phone number: {', '.join(bad[:5])}")
        refused = [r for r in recipients if outcome(r) == "refused"]
        if refused:
            raise CannotReceive(f"recipient: cannot receive SMS: {', '.join(refused[:5])}", refused)
        scheduled = send_at if send_at is not None and send_at > self.clock() else None
        order_id = order_id or secrets.token_hex(16)
        needed = len(recipients) * segments(message, encoding).parts
        if order_id in account.orders:
            raise OrderIdUsed(f"order_id: {order_id!r} is already used by another order")
        if account.credits[message_type] < needed:
            raise InsufficientCredit(
                f"not enough {message_type} credits: {needed} needed, {account.credits[message_type]} available"
            )
        account.credits[message_type] -= needed
        order = Order(order_id, recipients, message, message_type, sender or "", self.clock(), scheduled, needed)
        account.orders[order_id] = order
        for number in recipients:
            said = outcome(number)
            if said in ("delivered", "failed"):
                order.finals[number] = ("DELIVERED" if said == "delivered" else "ERROR", order.created)
        return order

    def status(self, order: Order, recipient: str | None = None) -> tuple[str, str]:
        """(status, delivery_date) of an order, or of one of its recipients, now."""
        now = self.clock()
        if order.deleted:
            return "DELETED", ""
        if order.scheduled is not None and order.scheduled > now:
            return "SCHEDULED", ""
        sent_at = order.scheduled or order.created
        if recipient in order.finals:
            # ERROR for a failed delivery: smSend documents only WAITING; the platform's other
            # clients report ERROR (an inference, recorded here).
            final, at = order.finals[recipient]
            return final, stamp(max(at, sent_at)) if final == "DELIVERED" else ""
        if now < sent_at + self.delivery_delay:
            return "WAITING", ""
        return "DELIVERED", stamp(sent_at + self.delivery_delay)

    @staticmethod
    def order(account: Account, order_id: str) -> Order:
        order = account.orders.get(order_id)
        if order is None:
            raise OrderNotFound(f"order_id {order_id} was not found")
        return order

    def delete_scheduled(self, account: Account, order_id: str) -> None:
        """Delete an order that is still SCHEDULED; its credits come back."""
        order = account.orders.get(order_id)
        if order is None or self.status(order)[0] != "SCHEDULED":
            raise OrderNotFound(f"order_id {order_id} was not found or is not SCHEDULED")
        order.deleted = True
        account.credits[order.message_type] += order.credits

    def report(self, order: Order, recipient: str, delivered: bool) -> None:
        """A delivery report for one recipient; ValueError while the order is scheduled or deleted."""
        status = self.status(order, recipient)[0]
        if status in ("SCHEDULED", "DELETED"):
            raise ValueError(f"order {order.order_id} is {status}: it gets no delivery report")
        order.finals[recipient] = ("DELIVERED" if delivered else "ERROR", self.clock())

    @staticmethod
    def orders_between(account: Account, start: float, end: float) -> list[Order]:
        return [o for o in account.orders.values() if start <= o.created <= end]

    # -- received ---------------------------------------------------------------------------------------

    def receive(
        self, sim: str, sender: str, message: str, keyword: str = "", account: Account | None = None
    ) -> Received:
        """An SMS arrives on one of the account's SIMs."""
        owner = account or self.demo
        item = Received(self.next_id(), sim, sender, message, self.clock(), keyword)
        owner.received.append(item)
        return item

    def receive_on(self, recipient: str | None, sender: str, text: str) -> str:
        """An SMS arrives for ``recipient`` (default: the demo account's first SIM); its id.
        ValueError if no account receives on that SIM."""
        sim = recipient or self.demo.sims[0]
        sim = "+" + sim[2:] if sim.startswith("00") else sim
        owner = next((a for a in self.accounts.values() if sim in a.sims), None)
        if owner is None:
            raise ValueError(f"recipient: {sim} is not a receiving SIM of any account (demo: {', '.join(DEMO_SIMS)})")
        return str(self.receive(sim, sender, text, account=owner).id_message)

    @staticmethod
    def sims(account: Account, id_sim: str | None) -> list[str]:
        """The SIMs named (comma-separated, + or 00), all of the account's when None."""
        if id_sim is None:
            return list(account.sims)
        wanted = [s.replace("00", "+", 1) if s.startswith("00") else s for s in id_sim.split(",")]
        unknown = [s for s in wanted if s not in account.sims]
        if unknown:
            raise SimNotEnabled(f"id_sim: reception is not enabled on {', '.join(unknown)}")
        return wanted

    @staticmethod
    def new_received(account: Account, sims: list[str], limit: int) -> list[Received]:
        """Up to ``limit`` SMS received on ``sims`` since the last call: each is new once."""
        fresh = [m for m in account.received if m.id_sim in sims and m.id_message > account.new_cursor.get(m.id_sim, 0)]
        fresh = fresh[:limit]
        for item in fresh:
            account.new_cursor[item.id_sim] = max(account.new_cursor.get(item.id_sim, 0), item.id_message)
        return fresh

    @staticmethod
    def received_between(account: Account, sims: list[str], start: float, end: float) -> list[Received]:
        return [m for m in account.received if m.id_sim in sims and start <= m.received <= end]

    @staticmethod
    def received_after(account: Account, sims: list[str], after: int, limit: int) -> list[Received]:
        return [m for m in account.received if m.id_sim in sims and m.id_message > after][:limit]

    # -- email campaigns --------------------------------------------------------------------------------

    def create_list(self, account: Account, fields: Mapping[str, Any]) -> int:
        list_id = self.next_id()
        account.lists[list_id] = {**fields, "status": 0, "groups": [], "contacts": []}
        return list_id

    @staticmethod
    def email_list(account: Account, list_id: int) -> dict[str, Any]:
        email_list = account.lists.get(list_id)
        if email_list is None:
            raise ListNotFound(f"list_id: list {list_id} not found")
        return email_list

    @staticmethod
    def add_group_to_list(account: Account, list_id: int, group_id: str) -> None:
        email_list = account.lists.get(list_id)
        group = account.groups.get(group_id)
        if email_list is None or group is None:
            raise ListNotFound("list_id/group_id: the list or the group does not exist")
        email_list["groups"].append(group_id)
        email_list["contacts"] += [c for c in group["contacts"] if c not in email_list["contacts"]]

    def create_issue(
        self, account: Account, list_id: int, fields: Mapping[str, Any], template: int | None = None
    ) -> int:
        """A draft issue of a list (from ``template`` when given); its id."""
        if template is not None and (list_id not in account.lists or template not in account.templates):
            raise ListNotFound("campaignId/template: the list or the template does not exist")
        if list_id not in account.lists:
            raise ListNotFound(f"list_id: list {list_id} not found")
        issue_id = self.next_id()
        account.issues[issue_id] = {**fields, "list_id": list_id, "sent_to": []}
        return issue_id

    @staticmethod
    def send_issue(account: Account, list_id: int, issue_id: int, contact_ids: list[str], schedule_time: str) -> None:
        """Send an issue to the contacts named (ids that name no contact are skipped: an inference,
        the document does not say what happens to them) at ``schedule_time``."""
        issue = account.issues.get(issue_id)
        if list_id not in account.lists or issue is None:
            raise IssueNotFound("campaignId/idIssue: the list or the issue does not exist")
        if not contact_ids:
            raise NoContacts("contactIds: the contacts Ids array is empty")
        try:
            datetime.strptime(schedule_time, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            raise BadScheduleTime(f"scheduleTime: {schedule_time!r} is not a valid date") from None
        issue["sent_to"] = [c for c in contact_ids if c in account.contacts]
        issue["scheduleTime"] = schedule_time

    # -- subaccounts ------------------------------------------------------------------------------------

    @staticmethod
    def find_subaccount(account: Account, key: Any) -> Subaccount:
        """A sub-account by id or by login."""
        for sub in account.subaccounts.values():
            if str(sub.id) == str(key) or sub.data.get("login") == key:
                return sub
        raise SubaccountNotFound(f"subaccount {key} not found")

    @staticmethod
    def subaccount(account: Account, sub_id: int, message: str | None = None) -> Subaccount:
        """A sub-account by id."""
        sub = account.subaccounts.get(sub_id)
        if sub is None:
            raise SubaccountNotFound(message or f"subaccount {sub_id} not found")
        return sub

    def change_subaccount_password(self, account: Account, sub_id: int, password: str) -> Subaccount:
        sub = self.subaccount(account, sub_id)
        sub.data["password"] = password
        return sub

    def _check_login(self, account: Account, login: str, current: Subaccount | None) -> None:
        taken = next(
            (s for s in account.subaccounts.values() if str(s.id) == str(login) or s.data.get("login") == login), None
        )
        if taken is not None and taken is not current:
            raise LoginTaken(f"login: {login!r} is already used")

    def create_subaccount(self, account: Account, data: Mapping[str, Any]) -> int:
        self._check_login(account, data["login"], None)
        sub_id = self.next_id()
        account.subaccounts[sub_id] = Subaccount(sub_id, dict(data), dict.fromkeys(("N", "L", "LL"), 0))
        return sub_id

    def edit_subaccount(self, account: Account, sub_id: int, data: Mapping[str, Any], lock: bool) -> Subaccount:
        sub = self.subaccount(account, sub_id)
        self._check_login(account, data["login"], sub)
        sub.data.update(data)
        sub.locked = lock
        return sub

    def move_credits(self, account: Account, key: Any, moves: list[Mapping[str, Any]]) -> Subaccount:
        """Move credits between the account and a sub-account that may own them (mode 0 or 2).

        All or nothing (an inference: a refused request changing nothing is what a client can act
        on): the moves run on copies, and the balances change only when every move is valid.
        """
        sub = self.find_subaccount(account, key)
        if sub.data["credit-eat-mode"] not in (0, 2):
            raise WrongCreditMode("credit-eat-mode: the subaccount cannot own credits (mode 1)")
        mine, theirs = dict(account.credits), dict(sub.credits)
        for move in moves:
            kind, amount = move["message-type"], move.get("amount", 0)
            if amount <= 0:
                raise BadAmount(f"credits: an amount of {amount} {kind} credits cannot be moved")
            source, target = (mine, theirs) if move["super-to-sub"] else (theirs, mine)
            if source.get(kind, 0) < amount:
                raise InsufficientCredit(f"credits: not enough {kind} credits to move {amount}")
            source[kind] -= amount
            target[kind] = target.get(kind, 0) + amount
        account.credits.update(mine)
        sub.credits.update(theirs)
        return sub

    def add_purchases(self, account: Account, key: Any, purchases: list[Mapping[str, Any]]) -> Subaccount:
        """Record purchases of a sub-account with credit-eat-mode 2; prices must be positive."""
        sub = self.find_subaccount(account, key)
        if sub.data["credit-eat-mode"] != 2:
            raise WrongCreditMode("credit-eat-mode: purchases need a subaccount with credit-eat-mode 2")
        bad = [p["price"] for p in purchases if p["price"] <= 0]
        bad += [t["unit-price"] for p in purchases for t in p["message-types"] if t["unit-price"] <= 0]
        if bad:
            raise BadAmount(f"purchases: prices must be positive, not {bad[0]}")
        for purchase in purchases:
            purchase_id = self.next_id()
            sub.purchases[purchase_id] = {
                "id_purchase": purchase_id,
                "super-to-sub": purchase.get("super-to-sub", True),
                "price": purchase["price"],
                "amount": purchase["price"],
                "available": purchase["price"],
                "create-time": stamp(self.clock()),
                "message-types": purchase["message-types"],
            }
        return sub

    def delete_purchase(self, account: Account, key: Any, purchase_id: int) -> None:
        try:
            sub = self.find_subaccount(account, key)
        except SubaccountNotFound:
            sub = None
        if sub is None or sub.purchases.pop(purchase_id, None) is None:
            raise SubaccountNotFound("subaccount or purchase not found")
