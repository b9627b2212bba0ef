"""Smstools mock: Basic auth, credit, SMS states, address book, OTP, email, aliases, sub-accounts.

Behaviour, as the intro document and the research catalogue describe the platform (inferences
marked as such):

- HTTP Basic with AUTH_KEY/AUTH_SECRET (401 ``BAD_CREDENTIALS``); the Smart API under ``/smart/``
  takes ``authKey``/``authSecret`` in the query and answers a failed login with 400.
- JSON, or XML with ``Accept: application/xml`` (see sms_mocks.xml for the form).
- sends cost 0.0945 per SMS part (the price of the documented example), checked against the
  credit (``NO_CREDIT``); ``/sms/estimate`` predicts exactly what a send will consume; a sandbox send
  checks everything and changes nothing.
- an SMS is PENDING until its date, then SENT, then DELIVERED (or NOTDELIVERED for numbers in
  ``undeliverable``) after ``delivery_delay`` seconds; a PENDING SMS can be cancelled (NOSENT). On
  reaching its final state, ``statusCallback`` is called (loopback URLs only) with a form POST of
  id, transactionId, to, status and statusDate (inference: the payload is not documented).
- a send without ``encoding`` is 7BIT (the OTP schema's documented default; for sends an
  inference). A 7-bit SMS cannot carry characters outside GSM 03.38: the send is accepted, each
  counts one septet, and the outbox shows the text as the handset gets it, ``?`` in their place
  (inference: no source says whether the platform replaces, refuses or switches to UCS-2).
- a ``transactionId`` already used answers ``DUPLICATE_SMS`` (inference), so a retried send with the
  same id never sends twice.
- searches without any filter answer ``NO_PARAMS``; lists page with offset/limit and metadata.
- contacts are duplicates when their ``customFieldUniqueKey`` field (default msisdn) matches an
  existing contact's (``CONTACT_ALREADY_EXISTS``).
- OTP codes verify once: a second check, or one after five minutes, is ``EXPIRED``; a wrong code is
  ``NOT_VERIFIED`` (inference: only VERIFIED is documented).
- bad input is a 400 whose ``errorMsg`` is the documented literal for the field (``BAD_TO``,
  ``BAD_DATE``...), ``NO_PARAMS`` for a missing one; ``BAD_<FIELD>`` where none is documented.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from smskit import segments

from sms_mocks.callbacks import CallbackDispatcher, CallbackRecord
from sms_mocks.dates import lenient_datetime
from sms_mocks.engine import Call, Problem, Reply, issue_secret, unlocked
from sms_mocks.plane import ControlledProvider
from sms_mocks.specs import load_spec

__all__ = ["DEMO_AUTH_KEY", "DEMO_AUTH_SECRET", "DEMO_CREDENTIALS", "DEMO_LOGIN", "PRICE", "Smstools"]

DEMO_AUTH_KEY = "DEMOKEY0001"
DEMO_AUTH_SECRET = "demo-secret"
DEMO_LOGIN = {"auth_key": DEMO_AUTH_KEY, "auth_secret": DEMO_AUTH_SECRET}
DEMO_CREDENTIALS = f"AUTH_KEY {DEMO_AUTH_KEY}, AUTH_SECRET {DEMO_AUTH_SECRET}"
PRICE = 0.0945
ZONE = timezone(timedelta(hours=1))
OTP_LIFETIME = 300.0

#: errorMsg literal for an invalid field, per documented family; None: the generic BAD_<FIELD>.
FIELD_ERRORS = {
    "to": "BAD_TO",
    "from": "BAD_FROM",
    "text": "BAD_TEXT",
    "group": "BAD_GROUP",
    "date": "BAD_DATE",
    "fromDate": "BAD_DATE",
    "toDate": "BAD_DATE",
    "transactionId": "BAD_TRANSACTIONID",
    "statusCallback": "BAD_CALLBACK",
    "transactionCallback": "BAD_CALLBACK",
    "encoding": "BAD_ENCODING",
    "id": "BAD_ID",
    "msisdn": "BAD_MSISDN",
    "status": "BAD_STATUS",
    "templateId": "BAD_TEMPLATEID",
    "subject": "BAD_SUBJECT",
    "campaignTitle": "BAD_CAMPAIGN_TITLE",
}
CONTACT_FIELDS = {
    "name": "BAD_CONTACT_NAME",
    "lastname": "BAD_CONTACT_LASTNAME",
    "msisdn": "BAD_CONTACT_MSISDN",
    "email": "BAD_CONTACT_EMAIL",
    "groupsId": "BAD_CONTACT_GROUP",
}
GROUP_FIELDS = {"name": "BAD_GROUP_NAME"}


def _error(status: int, code: str) -> Reply:
    return Reply(status, {"errorCode": status, "errorMsg": code})


def _stamp(moment: float) -> str:
    return datetime.fromtimestamp(moment, ZONE).strftime("%Y-%m-%dT%H:%M:%S%z")


def _parse(value: str) -> float:
    """yyyy-MM-dd'T'HH:mm:ssZ (the spec's pattern has checked the shape) as a timestamp, read
    leniently (sms_mocks.dates): 2014-02-30 is 2 March."""
    sign = -1 if value[19] == "-" else 1
    zone = timezone(sign * timedelta(hours=int(value[20:22]), minutes=int(value[22:24])))
    moment = lenient_datetime(
        int(value[:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]), int(value[14:16]), int(value[17:19]), zone
    )
    return moment.timestamp()


def _page(items: list[Any], call: Call) -> tuple[list[Any], dict[str, int]]:
    offset, limit = call.query.get("offset", 0), call.query.get("limit", 20)
    return items[offset : offset + limit], {"count": len(items), "offset": offset, "limit": limit}


def _parts(text: str, encoding: str) -> int:
    return segments(text, encoding).parts


def _as_sent(text: str, encoding: str) -> str:
    """``text`` as the SMS carries it: in 7BIT, characters outside GSM 03.38 become ``?``."""
    lost = set(segments(text, encoding).forced_ucs2) if encoding == "7BIT" else set()
    return "".join("?" if character in lost else character for character in text)


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


class Smstools(ControlledProvider):
    """The Smstools mock's state and handlers; thread-safe through one lock."""

    provider_name = "smstools"

    def __init__(
        self, *, delivery_delay: float = 0.5, credit: float = 1_000_000.0, dispatcher: CallbackDispatcher | None = None
    ) -> None:
        self.spec = load_spec("smstools")
        self.delivery_delay = delivery_delay
        if dispatcher is not None:
            self.callbacks = dispatcher
        self.accounts = {DEMO_AUTH_KEY: Account(DEMO_AUTH_KEY, DEMO_AUTH_SECRET, credit)}
        # one past campaign, as an account that has used email has: listing and reading campaigns
        # then have something to show before a new campaign (which needs a group with contacts) is sent
        self.accounts[DEMO_AUTH_KEY].campaigns[1] = {
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
        self.accounts[DEMO_AUTH_KEY].groups[7] = "Newsletter"
        self.accounts[DEMO_AUTH_KEY].emails[8] = {
            "id": 8,
            "campaignId": 1,
            "templateId": 1,
            "to": "mario.rossi@example.com",
            "status": "SENT",
            "insertDate": "2024-03-01T09:00:00+0100",
        }
        self.undeliverable: set[str] = set()
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
        self.auth_failures = 0
        self._ids = iter(range(1000, 10**12))
        self._ticker: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def demo(self) -> Account:
        return self.accounts[DEMO_AUTH_KEY]

    @unlocked
    def close(self) -> None:
        self._stop.set()
        self.callbacks.close()

    def _next_id(self) -> int:
        return next(self._ids)

    # -- engine hooks ---------------------------------------------------------------------------------

    def authenticate(self, call: Call, schemes: list[str]) -> Reply | None:
        if "smartKey" in schemes:
            key, secret = call.request.args.get("authKey"), call.request.args.get("authSecret")
            failure = _error(400, "BAD_CREDENTIALS")
        else:
            authorization = call.request.authorization
            key = authorization.username if authorization and authorization.type == "basic" else None
            secret = authorization.password if authorization and authorization.type == "basic" else None
            failure = _error(401, "BAD_CREDENTIALS")
            failure.headers["WWW-Authenticate"] = 'Basic realm="Smstools REST API"'
        account = self.accounts.get(key or "")
        if account is None or not secrets.compare_digest(account.auth_secret, secret or ""):
            self.auth_failures += 1
            return failure
        call.principal = account
        return None

    def invalid(self, call: Call, problems: list[Problem]) -> Reply:
        problem = problems[0]
        if problem.message == "is required" or not problem.field:
            return _error(400, "NO_PARAMS")
        table = (
            CONTACT_FIELDS if "Contact" in call.operation_id else GROUP_FIELDS if "Group" in call.operation_id else {}
        )
        fallback = f"BAD_{problem.field.upper()}" if problem.field.isidentifier() else "BAD_PARAMS"
        code = table.get(problem.field) or FIELD_ERRORS.get(problem.field) or fallback
        return _error(400, code)

    def error(self, status: int, message: str) -> Reply:
        codes = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 415: "BAD_CONTENT_TYPE", 500: "SERVER_ERROR"}
        return _error(status, codes.get(status, "NO_PARAMS"))

    # -- SMS ----------------------------------------------------------------------------------------

    def _recipients(self, account: Account, body: Mapping[str, Any]) -> list[str] | Reply:
        numbers: list[str] = []
        to = body.get("to")
        if to and to.startswith("["):
            try:
                entries = json.loads(to)
                numbers += [str(entry["msisdn"]) for entry in entries]
            except (ValueError, TypeError, KeyError):
                return _error(400, "BAD_TO")
        elif to:
            numbers += to.split(",")
        for group_id in (int(g) for g in body["group"].split(",")) if body.get("group") else ():
            if group_id not in account.groups:
                return _error(400, "BAD_GROUP")
            numbers += [c["msisdn"] for c in account.contacts.values() if group_id in c["groups"] and c.get("msisdn")]
        numbers = list(dict.fromkeys(numbers))
        return numbers or _error(400, "NO_VALID_RECIPIENT")

    def _plan(self, account: Account, body: Mapping[str, Any]) -> tuple[list[str], int, float] | Reply:
        """Recipients, SMS count and cost of a send or an estimate."""
        recipients = self._recipients(account, body)
        if isinstance(recipients, Reply):
            return recipients
        parts = _parts(body["text"], body.get("encoding", "7BIT"))
        count = parts * len(recipients)
        return recipients, count, round(count * PRICE, 4)

    def _send(self, call: Call, account: Account, body: Mapping[str, Any], *, kind: str = "SMS") -> Reply:
        plan = self._plan(account, body)
        if isinstance(plan, Reply):
            return plan
        recipients, _, cost = plan
        now = self.clock()
        send_at = _parse(body["date"]) if body.get("date") else now
        if send_at < now - 60:
            return _error(400, "BAD_DATE")
        transaction_id = body.get("transactionId")
        sandbox = bool(body.get("sandbox"))
        if transaction_id and transaction_id in account.transactions:
            return _error(400, "DUPLICATE_SMS")
        if cost > account.credit:
            return _error(400, "NO_CREDIT")
        refused = [number for number in recipients if self._outcome(number) == "refused"]
        if refused:
            refusal = _error(400, "NO_VALID_RECIPIENT")
            for number in refused if not sandbox else ():
                self._record_send(
                    call, refusal, message_id=None, recipient=number, sender=body.get("from"), text=body["text"]
                )
            return refusal
        items = []
        sent: list[Sms] = []
        for number in recipients:
            if sandbox:
                items.append({"id": None, "to": number, "status": "SANDBOX"})
                continue
            sms = Sms(
                self._next_id(),
                number,
                body["text"],
                body.get("from") or "Smstools",
                transaction_id,
                now,
                send_at,
                round(cost / len(recipients), 4),
                body.get("statusCallback"),
            )
            account.sms[sms.id] = sms
            sent.append(sms)
            items.append({"id": str(sms.id), "to": number, "status": "INSERTED", "type": kind})
        if not sandbox:
            account.credit = round(account.credit - cost, 4)
            if transaction_id:
                account.transactions.add(transaction_id)
            if body.get("statusCallback"):
                self._start_ticker()
        reply = Reply(
            200,
            {
                "from": body.get("from") or "Smstools",
                "text": body["text"],
                "transactionId": transaction_id,
                "smsInserted": 0 if sandbox else len(items),
                "smsNotInserted": 0,
                "sms": items,
            },
        )
        for sms in sent:
            outcome = self._outcome(sms.to)
            if outcome in ("delivered", "failed"):
                sms.final, sms.final_at = ("DELIVERED" if outcome == "delivered" else "NOTDELIVERED"), sms.send_at
            elif outcome == "slow":
                self._slow_answer(call)
            self._record_send(
                call,
                reply,
                message_id=str(sms.id),
                recipient=sms.to,
                sender=body.get("from"),
                text=_as_sent(sms.text, body.get("encoding", "7BIT")),
                encoding=body.get("encoding", "7BIT"),
                scheduled_at=send_at if send_at > now else None,
                ref=sms,
            )
        return reply

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

    def _info(self, sms: Sms) -> dict[str, Any]:
        status, sent, delivered = self.status(sms)
        return {
            "id": str(sms.id),
            "to": sms.to,
            "text": sms.text,
            "from": sms.sender,
            "status": status,
            "insertDate": _stamp(sms.inserted),
            "sentDate": _stamp(sent) if sent else None,
            "deliveryDate": _stamp(delivered) if delivered else None,
            "transactionId": sms.transaction_id,
            "price": sms.price,
        }

    def _start_ticker(self) -> None:
        if self._ticker is None:
            self._ticker = threading.Thread(target=self._notify_final_states, name="smstools-status", daemon=True)
            self._ticker.start()

    def _notify_final_states(self) -> None:
        """Call statusCallback once for each SMS that has reached DELIVERED or NOTDELIVERED."""
        while not self._stop.wait(0.05):
            with self.lock:
                due = [
                    s
                    for a in self.accounts.values()
                    for s in a.sms.values()
                    if s.callback and not s.notified and self.status(s)[0] in ("DELIVERED", "NOTDELIVERED")
                ]
                for sms in due:
                    sms.notified = True
            for sms in due:
                status, _, delivered = self.status(sms)
                assert sms.callback is not None
                self.callbacks.submit(
                    CallbackRecord(
                        url=sms.callback,
                        method="POST",
                        form={
                            "id": str(sms.id),
                            "transactionId": sms.transaction_id or "",
                            "to": sms.to,
                            "status": status,
                            "statusDate": _stamp(delivered or self.clock()),
                        },
                        event="delivery",
                    )
                )

    def op_sendSms(self, call: Call) -> Reply:
        return self._send(call, call.principal, call.body)

    def op_smartSendSms(self, call: Call) -> Reply:
        if not call.query.get("to") and not call.query.get("group"):
            return _error(400, "NO_VALID_RECIPIENT")
        return self._send(call, call.principal, call.query)

    def op_sendSmsBulk(self, call: Call) -> Reply:
        result = self._send(call, call.principal, call.body)
        if result.status != 200:
            return result
        body = result.body
        if call.body.get("transactionCallback"):
            self.callbacks.submit(
                CallbackRecord(
                    url=call.body["transactionCallback"],
                    method="POST",
                    form={
                        "transactionId": body["transactionId"] or "",
                        "smsInserted": str(body["smsInserted"]),
                        "smsNotInserted": str(body["smsNotInserted"]),
                    },
                    event="transaction",
                )
            )
        return Reply(200, {"from": body["from"], "text": body["text"], "transactionId": body["transactionId"]})

    def op_estimateSms(self, call: Call) -> Reply:
        account: Account = call.principal
        plan = self._plan(account, call.body)
        if isinstance(plan, Reply):
            return plan
        _, count, cost = plan
        return Reply(200, {"cost": cost, "userCredit": account.credit, "smsCount": count})

    def op_cancelSms(self, call: Call) -> Reply:
        account: Account = call.principal
        ids = {int(i) for i in call.body["id"].split(",")} if call.body.get("id") else None
        transaction_id = call.body.get("transactionId")
        chosen = [
            s
            for s in account.sms.values()
            if (ids is None or s.id in ids) and (transaction_id is None or s.transaction_id == transaction_id)
        ]
        pending = [s for s in chosen if self.status(s)[0] == "PENDING"]
        for sms in pending:
            sms.cancelled = True
            account.credit = round(account.credit + sms.price, 4)
        return Reply(200, [self._info(s) for s in pending])

    def op_searchSms(self, call: Call) -> Reply:
        query = call.query
        if not any(query.get(k) is not None for k in ("id", "transactionId", "msisdn", "fromDate", "toDate", "status")):
            return _error(400, "NO_PARAMS")
        ids = {int(i) for i in query["id"].split(",")} if query.get("id") else None
        start = _parse(query["fromDate"]) if query.get("fromDate") else None
        end = _parse(query["toDate"]) if query.get("toDate") else None
        found = []
        status, transaction, msisdn = query.get("status"), query.get("transactionId"), query.get("msisdn")
        for sms in call.principal.sms.values():
            # the cheap tests first: the answer's fields are built only for the messages that match
            if (
                (ids is None or sms.id in ids)
                and transaction in (None, sms.transaction_id)
                and msisdn in (None, sms.to)
                and (start is None or sms.inserted >= start)
                and (end is None or sms.inserted <= end)
                and (status is None or self.status(sms)[0] == status)
            ):
                found.append(self._info(sms))
        page, metadata = _page(found, call)
        return Reply(200, {"metadata": metadata, "smsList": page})

    # -- control plane hooks (sms_mocks.plane) ----------------------------------------------------

    def provider_status(self, ref: Any) -> str:
        statuses = {"PENDING": "scheduled", "SENT": "accepted", "DELIVERED": "delivered", "NOTDELIVERED": "failed"}
        return statuses.get(self.status(ref)[0], "cancelled")

    def apply_delivery(self, ref: Any, delivered: bool) -> None:
        sms: Sms = ref
        status = self.status(sms)[0]
        if status in ("PENDING", "NOSENT"):
            raise ValueError(f"SMS {sms.id} is {status}: it gets no delivery report")
        sms.final, sms.final_at, sms.notified = ("DELIVERED" if delivered else "NOTDELIVERED"), self.clock(), False
        if sms.callback:
            self._start_ticker()

    def receive_inbound(self, sender: str, recipient: str | None, text: str) -> str:
        wanted = (recipient or str(self.sims[0]["sim"])).removeprefix("+")
        wanted = wanted[2:] if wanted.startswith("00") else wanted
        sim = next((s for s in self.sims if s["sim"] == wanted), None)
        if sim is None:
            numbers = ", ".join(str(s["sim"]) for s in self.sims)
            raise ValueError(f"recipient: {recipient} is not a reception service of the account (it has {numbers})")
        self.receive(sender, text, int(str(sim["id"])))
        return str(self._next_id())

    # -- received, user ---------------------------------------------------------------------------------

    def receive(self, sender: str, text: str, sim_id: int = 1) -> None:
        """An SMS arrives on a reception service."""
        self.demo.received.append({"simId": sim_id, "from": sender, "text": text, "receiveDate": _stamp(self.clock())})

    def op_searchReceivedSms(self, call: Call) -> Reply:
        query = call.query
        if not any(query.get(k) is not None for k in ("from", "simIdRef", "fromDate", "toDate")):
            return _error(400, "NO_PARAMS")
        senders = set(query["from"].split(",")) if query.get("from") else None
        start = _parse(query["fromDate"]) if query.get("fromDate") else None
        end = _parse(query["toDate"]) if query.get("toDate") else None
        found = [
            m
            for m in call.principal.received
            if (senders is None or m["from"] in senders)
            and query.get("simIdRef") in (None, m["simId"])
            and (start is None or _parse(m["receiveDate"]) >= start)
            and (end is None or _parse(m["receiveDate"]) <= end)
        ]
        page, metadata = _page(found, call)
        return Reply(200, {"metadata": metadata, "smsList": page})

    def op_listReceptionServices(self, call: Call) -> Reply:
        return Reply(200, self.sims)

    def _user(self, account: Account) -> dict[str, Any]:
        return {
            "name": "Mario",
            "lastname": "Rossi",
            "username": "demo",
            "email": "demo@example.com",
            "credit": account.credit,
            "italysms": int(account.credit // PRICE),
            "sender": "Smstools",
            "senderAlias": [a["alias"] for a in account.aliases.values()],
            "country": "IT",
        }

    def op_getUser(self, call: Call) -> Reply:
        return Reply(200, self._user(call.principal))

    def op_smartGetUser(self, call: Call) -> Reply:
        return Reply(200, self._user(call.principal))

    # -- phonebook ----------------------------------------------------------------------------------

    def _group(self, account: Account, group_id: int) -> dict[str, Any]:
        count = sum(1 for c in account.contacts.values() if group_id in c["groups"])
        return {"id": group_id, "name": account.groups[group_id], "contactCount": count}

    def op_listGroups(self, call: Call) -> Reply:
        return Reply(200, [self._group(call.principal, g) for g in call.principal.groups])

    def op_createGroup(self, call: Call) -> Reply:
        account: Account = call.principal
        name = call.body["name"]
        if name in account.groups.values():
            return _error(400, "GROUP_ALREADY_EXISTS")
        group_id = self._next_id()
        account.groups[group_id] = name
        return Reply(200, self._group(account, group_id))

    def op_getGroup(self, call: Call) -> Reply:
        account: Account = call.principal
        if call.path["id"] not in account.groups:
            return _error(404, "GROUP_NOT_EXISTS")
        return Reply(200, self._group(account, call.path["id"]))

    def op_renameGroup(self, call: Call) -> Reply:
        account: Account = call.principal
        if call.path["id"] not in account.groups:
            return _error(404, "GROUP_NOT_EXISTS")
        if any(name == call.body["name"] and gid != call.path["id"] for gid, name in account.groups.items()):
            return _error(400, "GROUP_ALREADY_EXISTS")
        account.groups[call.path["id"]] = call.body["name"]
        return Reply(200, None)

    def op_deleteGroup(self, call: Call) -> Reply:
        account: Account = call.principal
        group_id = call.path["id"]
        if account.groups.pop(group_id, None) is None:
            return _error(404, "GROUP_NOT_EXISTS")
        for contact_id, contact in list(account.contacts.items()):
            if group_id in contact["groups"]:
                if call.query.get("delete_contacts"):
                    del account.contacts[contact_id]
                else:
                    contact["groups"].remove(group_id)
        return Reply(204, None)

    def _contact(self, account: Account, contact: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": contact["id"],
            "msisdn": contact.get("msisdn"),
            "name": contact.get("name"),
            "lastname": contact.get("lastname"),
            "email": contact.get("email"),
            "groups": [self._group(account, g) for g in contact["groups"] if g in account.groups],
            "customFields": [
                {"fieldKey": k, "fieldName": k, "fieldType": "TEXT", "fieldValue": v, "fieldOptions": []}
                for k, v in contact["custom"].items()
            ],
        }

    def op_listGroupContacts(self, call: Call) -> Reply:
        account: Account = call.principal
        if call.path["id"] not in account.groups:
            return _error(404, "GROUP_NOT_EXISTS")
        members = [self._contact(account, c) for c in account.contacts.values() if call.path["id"] in c["groups"]]
        page, metadata = _page(members, call)
        return Reply(200, {"metadata": metadata, "contacts": page})

    def op_searchContacts(self, call: Call) -> Reply:
        account: Account = call.principal
        query = call.query
        if (query.get("fieldKey") is None) != (query.get("fieldValue") is None):
            return _error(400, "NO_PARAMS")
        name = (query.get("name") or "").lower()
        found = [
            self._contact(account, c)
            for c in account.contacts.values()
            if (not name or name in (c.get("name") or "").lower() or name in (c.get("lastname") or "").lower())
            and query.get("msisdn") in (None, c.get("msisdn"))
            and query.get("email") in (None, c.get("email"))
            and (query.get("fieldKey") is None or c["custom"].get(query["fieldKey"]) == query["fieldValue"])
        ]
        page, metadata = _page(found, call)
        return Reply(200, {"metadata": metadata, "contacts": page})

    def _write_contact(
        self, account: Account, body: Mapping[str, Any], current: dict[str, Any] | None
    ) -> Reply | dict[str, Any]:
        standard = {"msisdn", "name", "lastname", "email", "groupsId", "customFieldUniqueKey"}
        groups = [int(g) for g in body["groupsId"].split(",")] if body.get("groupsId") else []
        if any(g not in account.groups for g in groups):
            return _error(400, "BAD_CONTACT_GROUP")
        custom = {k: str(v) for k, v in body.items() if k not in standard}
        contact = dict(current or {"id": self._next_id(), "groups": [], "custom": {}})
        contact.update({k: body[k] for k in ("msisdn", "name", "lastname", "email") if k in body})
        contact["groups"] = groups if "groupsId" in body or current is None else contact["groups"]
        contact["custom"] = {**contact["custom"], **custom}
        key = body.get("customFieldUniqueKey", "msisdn")
        value = contact.get(key, contact["custom"].get(key))
        if current is None and "customFieldUniqueKey" in body and value is None:
            return _error(400, "BAD_FIELD_UNIQUE_KEY")
        if value is not None:
            for other in account.contacts.values():
                if other["id"] != contact["id"] and other.get(key, other["custom"].get(key)) == value:
                    return _error(400, "CONTACT_ALREADY_EXISTS")
        account.contacts[contact["id"]] = contact
        return contact

    def op_createContact(self, call: Call) -> Reply:
        account: Account = call.principal
        contact = self._write_contact(account, call.body, None)
        return contact if isinstance(contact, Reply) else Reply(200, self._contact(account, contact))

    def op_getContact(self, call: Call) -> Reply:
        contact = call.principal.contacts.get(call.path["id"])
        return Reply(200, self._contact(call.principal, contact)) if contact else _error(404, "CONTACT_NOT_EXISTS")

    def op_updateContact(self, call: Call) -> Reply:
        account: Account = call.principal
        current = account.contacts.get(call.path["id"])
        if current is None:
            return _error(404, "CONTACT_NOT_EXISTS")
        contact = self._write_contact(account, call.body, current)
        return contact if isinstance(contact, Reply) else Reply(200, None)

    def op_deleteContact(self, call: Call) -> Reply:
        removed = call.principal.contacts.pop(call.path["id"], None)
        return Reply(204, None) if removed else _error(404, "CONTACT_NOT_EXISTS")

    # -- email --------------------------------------------------------------------------------------

    def op_listEmailSenders(self, call: Call) -> Reply:
        return Reply(200, self.senders)

    def op_listEmailTemplates(self, call: Call) -> Reply:
        page, metadata = _page(list(self.templates.values()), call)
        return Reply(200, {"metadata": metadata, "templates": page})

    def op_getEmailTemplate(self, call: Call) -> Reply:
        template = self.templates.get(call.path["id"])
        return Reply(200, template) if template else _error(404, "TEMPLATE_NOT_EXISTS")

    def op_listEmailCampaigns(self, call: Call) -> Reply:
        page, metadata = _page(list(call.principal.campaigns.values()), call)
        return Reply(200, {"metadata": metadata, "campaignList": page})

    def op_getEmailCampaign(self, call: Call) -> Reply:
        campaign = call.principal.campaigns.get(call.path["id"])
        return Reply(200, campaign) if campaign else _error(404, "CAMPAIGN_NOT_EXISTS")

    def _check_email(self, body: Mapping[str, Any]) -> Reply | None:
        if body["templateId"] not in self.templates:
            return _error(400, "TEMPLATE_NOT_EXISTS")
        if body["from"] not in {s["email"] for s in self.senders}:
            return _error(400, "FROM_NOT_VALIDATED")
        if body.get("date") and _parse(body["date"]) < self.clock() - 60:
            return _error(400, "BAD_DATE")
        return None

    def _emails(self, account: Account, body: Mapping[str, Any], addresses: list[str], campaign: int | None) -> Reply:
        items: list[dict[str, Any]] = []
        for address in addresses:
            if body.get("sandbox"):
                items.append({"id": None, "to": address, "status": "SANDBOX"})
                continue
            email_id = self._next_id()
            account.emails[email_id] = {
                "id": email_id,
                "campaignId": campaign,
                "templateId": body["templateId"],
                "to": address,
                "status": "SENT",
                "insertDate": _stamp(self.clock()),
            }
            items.append({"id": email_id, "to": address, "status": "INSERTED"})
        inserted = sum(1 for i in items if i["status"] == "INSERTED")
        return Reply(200, {"campaignId": campaign, "emailInserted": inserted, "emailNotInserted": 0, "email": items})

    def op_sendEmailCampaign(self, call: Call) -> Reply:
        account: Account = call.principal
        body = call.body
        refusal = self._check_email(body)
        if refusal:
            return refusal
        if body["group"] not in account.groups:
            return _error(400, "BAD_GROUP")
        addresses = [c["email"] for c in account.contacts.values() if body["group"] in c["groups"] and c.get("email")]
        campaign_id = self._next_id()
        account.campaigns[campaign_id] = {
            "id": campaign_id,
            "campaignTitle": body["campaignTitle"],
            "templateId": body["templateId"],
            "from": body["from"],
            "fromName": body.get("fromName"),
            "group": body["group"],
            "subject": body["subject"],
            "enableOpenTracking": bool(body.get("enableOpenTracking")),
            "enableLinkTracking": bool(body.get("enableLinkTracking")),
            "deferredDate": body.get("date"),
            "stats": {"countEmailInserted": len(addresses), "countEmailTotSent": len(addresses)},
        }
        return self._emails(account, body, addresses, campaign_id)

    def op_sendEmail(self, call: Call) -> Reply:
        body = call.body
        refusal = self._check_email(body)
        if refusal:
            return refusal
        to = body["to"]
        if to.startswith("["):
            try:
                entries = json.loads(to)
                addresses = [str(entry["to"]) for entry in entries]
            except (ValueError, TypeError, KeyError):
                return _error(400, "BAD_TO")
            if len(addresses) > 50:
                return _error(400, "BAD_TO_SIZE")
        else:
            addresses = [to]
        if not all("@" in a for a in addresses):
            return _error(400, "BAD_TO")
        return self._emails(call.principal, body, addresses, None)

    def op_getEmail(self, call: Call) -> Reply:
        email = call.principal.emails.get(call.path["id"])
        return Reply(200, email) if email else _error(404, "EMAIL_NOT_EXISTS")

    # -- aliases, sub-accounts ----------------------------------------------------------------------

    def op_createAlias(self, call: Call) -> Reply:
        account: Account = call.principal
        if any(a["alias"] == call.body["alias"] for a in account.aliases.values()):
            return _error(400, "DUPLICATE_ALIAS")
        alias_id = str(self._next_id())
        account.aliases[alias_id] = {"id": alias_id, **call.body, "status": "NOTVERIFIED", "ip": "127.0.0.1"}
        return Reply(200, account.aliases[alias_id])

    def op_listAliases(self, call: Call) -> Reply:
        return Reply(200, list(call.principal.aliases.values()))

    def op_deleteAlias(self, call: Call) -> Reply:
        removed = call.principal.aliases.pop(call.path["id"], None)
        return Reply(204, None) if removed else _error(404, "ALIAS_NOT_EXISTS")

    def op_searchSubusers(self, call: Call) -> Reply:
        text = (call.query.get("query") or "").lower()
        found = [
            u
            for u in call.principal.subusers.values()
            if not text or any(text in str(u.get(k) or "").lower() for k in ("username", "name", "lastname", "email"))
        ]
        page, metadata = _page(found, call)
        return Reply(200, {"metadata": metadata, "subuserList": page})

    def op_createSubuser(self, call: Call) -> Reply:
        account: Account = call.principal
        username = call.body.get("username")
        if username and any(u.get("username") == username for u in account.subusers.values()):
            return _error(400, "DUPLICATE_USERNAME")
        user_id = self._next_id()
        user = {k: v for k, v in call.body.items() if k != "password"}
        account.subusers[user_id] = {
            "id": user_id,
            **user,
            "authKey": secrets.token_hex(8).upper(),
            "authSecret": issue_secret(secrets.token_hex(8)),
            "credit": 0.0,
        }
        return Reply(200, account.subusers[user_id])

    def op_getSubuser(self, call: Call) -> Reply:
        user = call.principal.subusers.get(call.path["id"])
        return Reply(200, user) if user else _error(404, "NOT_FOUND")

    def op_updateSubuser(self, call: Call) -> Reply:
        account: Account = call.principal
        user = account.subusers.get(call.path["id"])
        if user is None:
            return _error(404, "NOT_FOUND")
        username = call.body.get("username")
        if username and any(u.get("username") == username and u is not user for u in account.subusers.values()):
            return _error(400, "DUPLICATE_USERNAME")
        user.update({k: v for k, v in call.body.items() if k != "password"})
        return Reply(200, None)

    def op_deleteSubuser(self, call: Call) -> Reply:
        removed = call.principal.subusers.pop(call.path["id"], None)
        return Reply(204, None) if removed else _error(404, "NOT_FOUND")

    # -- OTP, push, fidelity ------------------------------------------------------------------------

    def op_sendVerifyCode(self, call: Call) -> Reply:
        account: Account = call.principal
        body = dict(call.body)
        code = f"{secrets.randbelow(10**6):06d}"
        app_id = body.get("app_id", "")
        sms_body = {**body, "text": body["text"].replace("${verify_code}", code)}
        sent = self._send(call, account, sms_body)
        if sent.status != 200:
            return sent
        verify_id = secrets.token_hex(16)
        for otp in account.otps.values():  # one active code per recipient and app_id
            if otp.to == body["to"] and otp.app_id == app_id:
                otp.used = True
        account.otps[verify_id] = Otp(code, body["to"], app_id, self.clock())
        return Reply(200, {"verify_id": verify_id})

    def op_checkVerifyCode(self, call: Call) -> Reply:
        account: Account = call.principal
        otp = account.otps.get(call.query["verify_id"])
        if otp is None:
            return Reply(200, {"verify_status": "NOT_FOUND"})
        if otp.used or self.clock() > otp.created + OTP_LIFETIME:
            return Reply(200, {"verify_status": "EXPIRED"})
        if not secrets.compare_digest(otp.code.encode(), str(call.query["verify_code"]).encode()):
            return Reply(200, {"verify_status": "NOT_VERIFIED"})
        otp.used = True
        return Reply(200, {"verify_status": "VERIFIED"})

    def op_sendPush(self, call: Call) -> Reply:
        account: Account = call.principal
        recipients = self._recipients(account, call.body)
        if isinstance(recipients, Reply):
            return recipients
        push = [n for n in recipients if n in self.app_users]
        # an image alone cannot fall back to SMS: without text only app users are reached
        text_only = bool(call.body.get("text"))
        sms = [] if call.body.get("onlyPush") or not text_only else [n for n in recipients if n not in self.app_users]
        if not push and not sms:
            return _error(400, "NO_VALID_RECIPIENT")
        items = [{"id": str(self._next_id()), "to": n, "status": "INSERTED", "type": "PUSH"} for n in push]
        if sms:
            sent = self._send(call, account, {**call.body, "to": ",".join(sms), "group": None})
            if sent.status != 200:
                return sent
            items += sent.body["sms"]
        return Reply(
            200,
            {
                "from": "Smstools",
                "text": call.body.get("text", ""),
                "transactionId": None,
                "smsInserted": len(sms),
                "smsNotInserted": 0,
                "pushInserted": len(push),
                "sms": items,
            },
        )

    def op_listFidelityProgrammes(self, call: Call) -> Reply:
        return Reply(200, {"fidelityList": self.fidelity})

    def op_listFidelityCards(self, call: Call) -> Reply:
        if call.path["fidelityId"] not in {f["id"] for f in self.fidelity}:
            return _error(404, "NOT_FOUND")
        start = _parse(call.query["fromDate"]) if call.query.get("fromDate") else None
        end = _parse(call.query["toDate"]) if call.query.get("toDate") else None
        cards = [
            c
            for c in self.cards
            if (start is None or _parse(c["insertDate"]) >= start) and (end is None or _parse(c["insertDate"]) <= end)
        ]
        page, metadata = _page(cards, call)
        return Reply(200, {"metadata": metadata, "cardList": page})
