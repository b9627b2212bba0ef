"""Smstools mock, the HTTP side: Basic auth and the Smart API's query keys, JSON or XML answers,
``errorMsg`` literals, status and transaction callbacks.

What the answers look like, as the intro document and the research catalogue describe the platform
(inferences marked as such); the rules themselves are in :mod:`sms_mocks.smstools.domain`:

- HTTP Basic with AUTH_KEY/AUTH_SECRET (401 ``BAD_CREDENTIALS``); the Smart API under ``/smart/``
  takes ``authKey``/``authSecret`` in the query and answers a failed login with 400.
- JSON, or XML with ``Accept: application/xml`` (see sms_mocks.xml for the form).
- a refused rule is a 400 (a 404 for an id in the path that names nothing) whose ``errorMsg`` is the
  documented literal: :data:`ERRORS`, one entry per domain error.
- on reaching its final state, an SMS's ``statusCallback`` is called (loopback URLs only) with a form
  POST of id, transactionId, to, status and statusDate (inference: the payload is not documented).
- searches without any filter answer ``NO_PARAMS``; lists page with offset/limit and metadata.
- bad input is a 400 whose ``errorMsg`` is the documented literal for the field (``BAD_TO``,
  ``BAD_DATE``...), ``NO_PARAMS`` for a missing one; ``BAD_<FIELD>`` where none is documented.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, ClassVar

from sms_mocks.callbacks import CallbackDispatcher, CallbackRecord
from sms_mocks.domain import DomainError, DomainProvider, page_by_offset
from sms_mocks.engine import Call, Problem, Reply, issue_secret, unlocked
from sms_mocks.smstools.domain import (
    DEMO_AUTH_KEY,
    DEMO_AUTH_SECRET,
    DEMO_CREDENTIALS,
    DEMO_LOGIN,
    PRICE,
    Account,
    AliasExists,
    AliasNotFound,
    BadCredentials,
    BadRecipients,
    CampaignNotFound,
    CannotReceive,
    ContactExists,
    ContactNotFound,
    DuplicateTransaction,
    EmailNotFound,
    GroupExists,
    GroupNotFound,
    InsufficientCredit,
    MissingUniqueKey,
    NoValidRecipient,
    PastDate,
    ProgrammeNotFound,
    SenderNotValidated,
    Sms,
    SmstoolsDomain,
    SubuserNotFound,
    TemplateNotFound,
    TooManyRecipients,
    UnknownContactGroup,
    UnknownGroup,
    UnknownTemplate,
    UsernameTaken,
    as_sent,
    parse_stamp,
    stamp,
)
from sms_mocks.specs import load_spec

__all__ = [
    "DEMO_AUTH_KEY",
    "DEMO_AUTH_SECRET",
    "DEMO_CREDENTIALS",
    "DEMO_LOGIN",
    "ERRORS",
    "PRICE",
    "Smstools",
]

#: every Smstools domain error -> (status, errorMsg) of its answer.
ERRORS: dict[type[DomainError], tuple[int, str]] = {
    BadCredentials: (401, "BAD_CREDENTIALS"),  # 400 on the Smart API (see authenticate)
    BadRecipients: (400, "BAD_TO"),
    TooManyRecipients: (400, "BAD_TO_SIZE"),
    NoValidRecipient: (400, "NO_VALID_RECIPIENT"),
    CannotReceive: (400, "NO_VALID_RECIPIENT"),
    UnknownGroup: (400, "BAD_GROUP"),
    UnknownContactGroup: (400, "BAD_CONTACT_GROUP"),
    PastDate: (400, "BAD_DATE"),
    DuplicateTransaction: (400, "DUPLICATE_SMS"),
    InsufficientCredit: (400, "NO_CREDIT"),
    GroupExists: (400, "GROUP_ALREADY_EXISTS"),
    GroupNotFound: (404, "GROUP_NOT_EXISTS"),
    MissingUniqueKey: (400, "BAD_FIELD_UNIQUE_KEY"),
    ContactExists: (400, "CONTACT_ALREADY_EXISTS"),
    ContactNotFound: (404, "CONTACT_NOT_EXISTS"),
    TemplateNotFound: (404, "TEMPLATE_NOT_EXISTS"),
    UnknownTemplate: (400, "TEMPLATE_NOT_EXISTS"),
    SenderNotValidated: (400, "FROM_NOT_VALIDATED"),
    CampaignNotFound: (404, "CAMPAIGN_NOT_EXISTS"),
    EmailNotFound: (404, "EMAIL_NOT_EXISTS"),
    AliasExists: (400, "DUPLICATE_ALIAS"),
    AliasNotFound: (404, "ALIAS_NOT_EXISTS"),
    UsernameTaken: (400, "DUPLICATE_USERNAME"),
    SubuserNotFound: (404, "NOT_FOUND"),
    ProgrammeNotFound: (404, "NOT_FOUND"),
}

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


def _page(items: list[Any], call: Call) -> tuple[list[Any], dict[str, int]]:
    offset, limit = call.query.get("offset", 0), call.query.get("limit", 20)
    return page_by_offset(items, offset, limit), {"count": len(items), "offset": offset, "limit": limit}


def _date(value: str | None) -> float | None:
    return parse_stamp(value) if value else None


class Smstools(DomainProvider):
    """The Smstools mock: its handlers over a :class:`SmstoolsDomain` that only they reach (held in
    ``_domain``; every public method runs under the provider's lock, and the status-callback thread
    takes it, see sms_mocks.domain)."""

    provider_name = "smstools"
    ERRORS: ClassVar[Mapping[type[DomainError], Any]] = ERRORS

    def __init__(
        self, *, delivery_delay: float = 0.5, credit: float = 1_000_000.0, dispatcher: CallbackDispatcher | None = None
    ) -> None:
        self.spec = load_spec("smstools")
        self._domain = SmstoolsDomain(lambda: self.clock(), delivery_delay=delivery_delay, credit=credit)
        if dispatcher is not None:
            self.callbacks = dispatcher
        self.auth_failures = 0
        self._ticker: threading.Thread | None = None
        self._stop = threading.Event()

    def answer_error(self, entry: Any, error: DomainError) -> Reply:
        status, code = entry
        return _error(status, code)

    # -- the domain's state, for tests that inspect a quiet mock -------------------------------------

    @property
    def accounts(self) -> dict[str, Account]:
        return self._domain.accounts

    @property
    def demo(self) -> Account:
        return self._domain.demo

    @property
    def delivery_delay(self) -> float:
        """Seconds from SENT to DELIVERED."""
        return self._domain.delivery_delay

    @delivery_delay.setter
    def delivery_delay(self, seconds: float) -> None:
        self._domain.delivery_delay = seconds

    @property
    def undeliverable(self) -> set[str]:
        """Numbers whose SMS end NOTDELIVERED."""
        return self._domain.undeliverable

    @property
    def app_users(self) -> set[str]:
        """Numbers that have the app (push reaches them)."""
        return self._domain.app_users

    @property
    def sims(self) -> list[dict[str, Any]]:
        return self._domain.sims

    @unlocked
    def close(self) -> None:
        self._stop.set()
        self.callbacks.close()

    # -- engine hooks ---------------------------------------------------------------------------------

    def authenticate(self, call: Call, schemes: list[str]) -> Reply | None:
        smart = "smartKey" in schemes
        if smart:
            key, secret = call.request.args.get("authKey"), call.request.args.get("authSecret")
        else:
            authorization = call.request.authorization
            basic = authorization is not None and authorization.type == "basic"
            key = authorization.username if authorization and basic else None
            secret = authorization.password if authorization and basic else None
        try:
            call.principal = self._domain.account(key, secret)
        except BadCredentials as error:
            self.auth_failures += 1
            failure = self.refuse(error)
            if smart:  # the Smart API answers a failed login with 400
                return _error(400, failure.body["errorMsg"])
            failure.headers["WWW-Authenticate"] = 'Basic realm="Smstools REST API"'
            return failure
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

    def _send(self, call: Call, account: Account, fields: Mapping[str, Any], *, kind: str = "SMS") -> Reply:
        """Send from a body or query's fields; the answer, or the refusal of refused numbers (put in
        the outbox). Other domain errors propagate to the table."""
        sandbox = bool(fields.get("sandbox"))
        try:
            sent = self._domain.send(
                account,
                text=fields["text"],
                to=fields.get("to"),
                group=fields.get("group"),
                encoding=fields.get("encoding", "7BIT"),
                send_at=_date(fields.get("date")),
                transaction_id=fields.get("transactionId"),
                sandbox=sandbox,
                sender=fields.get("from"),
                callback=fields.get("statusCallback"),
                outcome=self._outcome,
            )
        except CannotReceive as refused:
            refusal = self.refuse(refused)
            for number in refused.recipients if not sandbox else ():
                self._record_send(
                    call, refusal, message_id=None, recipient=number, sender=fields.get("from"), text=fields["text"]
                )
            return refusal
        if sandbox:
            items = [{"id": None, "to": number, "status": "SANDBOX"} for number in sent.recipients]
        else:
            items = [{"id": str(sms.id), "to": sms.to, "status": "INSERTED", "type": kind} for sms in sent.sms]
            if fields.get("statusCallback"):
                self._start_ticker()
        reply = Reply(
            200,
            {
                "from": fields.get("from") or "Smstools",
                "text": fields["text"],
                "transactionId": fields.get("transactionId"),
                "smsInserted": 0 if sandbox else len(items),
                "smsNotInserted": 0,
                "sms": items,
            },
        )
        for sms in sent.sms:
            if self._outcome(sms.to) == "slow":
                self._slow_answer(call)
            self._record_send(
                call,
                reply,
                message_id=str(sms.id),
                recipient=sms.to,
                sender=fields.get("from"),
                text=as_sent(sms.text, fields.get("encoding", "7BIT")),
                encoding=fields.get("encoding", "7BIT"),
                scheduled_at=sent.send_at if sent.send_at > sent.now else None,
                ref=sms,
            )
        return reply

    def _info(self, sms: Sms) -> dict[str, Any]:
        status, sent, delivered = self._domain.status(sms)
        return {
            "id": str(sms.id),
            "to": sms.to,
            "text": sms.text,
            "from": sms.sender,
            "status": status,
            "insertDate": stamp(sms.inserted),
            "sentDate": stamp(sent) if sent else None,
            "deliveryDate": stamp(delivered) if delivered else None,
            "transactionId": sms.transaction_id,
            "price": sms.price,
        }

    def _start_ticker(self) -> None:
        if self._ticker is None:
            self._ticker = threading.Thread(target=self._notify_final_states, name="smstools-status", daemon=True)
            self._ticker.start()

    def _notify_final_states(self) -> None:
        """Call statusCallback once for each SMS that has reached DELIVERED or NOTDELIVERED (the
        records are built under the lock, posted outside it)."""
        while not self._stop.wait(0.05):
            with self.lock:
                records = [
                    CallbackRecord(
                        url=sms.callback or "",
                        method="POST",
                        form={
                            "id": str(sms.id),
                            "transactionId": sms.transaction_id or "",
                            "to": sms.to,
                            "status": status,
                            "statusDate": stamp(at),
                        },
                        event="delivery",
                    )
                    for sms, status, at in self._domain.due_callbacks()
                ]
            for record in records:
                self.callbacks.submit(record)

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
        body = call.body
        _, count, cost = self._domain.plan(
            account, body["text"], body.get("encoding", "7BIT"), body.get("to"), body.get("group")
        )
        return Reply(200, {"cost": cost, "userCredit": account.credit, "smsCount": count})

    def op_cancelSms(self, call: Call) -> Reply:
        ids = {int(i) for i in call.body["id"].split(",")} if call.body.get("id") else None
        cancelled = self._domain.cancel(call.principal, ids, call.body.get("transactionId"))
        return Reply(200, [self._info(s) for s in cancelled])

    def op_searchSms(self, call: Call) -> Reply:
        query = call.query
        if not any(query.get(k) is not None for k in ("id", "transactionId", "msisdn", "fromDate", "toDate", "status")):
            return _error(400, "NO_PARAMS")
        found = self._domain.search_sms(
            call.principal,
            ids={int(i) for i in query["id"].split(",")} if query.get("id") else None,
            transaction_id=query.get("transactionId"),
            msisdn=query.get("msisdn"),
            start=_date(query.get("fromDate")),
            end=_date(query.get("toDate")),
            status=query.get("status"),
        )
        page, metadata = _page(found, call)
        return Reply(200, {"metadata": metadata, "smsList": [self._info(sms) for sms in page]})

    # -- control plane hooks (sms_mocks.plane) ----------------------------------------------------

    def provider_status(self, ref: Any) -> str:
        statuses = {"PENDING": "scheduled", "SENT": "accepted", "DELIVERED": "delivered", "NOTDELIVERED": "failed"}
        return statuses.get(self._domain.status(ref)[0], "cancelled")

    def apply_delivery(self, ref: Any, delivered: bool) -> None:
        sms: Sms = ref
        self._domain.report(sms, delivered)
        if sms.callback:
            self._start_ticker()

    def receive_inbound(self, sender: str, recipient: str | None, text: str) -> str:
        return self._domain.receive_on(recipient, sender, text)

    # -- received, user ---------------------------------------------------------------------------------

    def receive(self, sender: str, text: str, sim_id: int = 1) -> None:
        """An SMS arrives on a reception service."""
        self._domain.receive(sender, text, sim_id)

    def op_searchReceivedSms(self, call: Call) -> Reply:
        query = call.query
        if not any(query.get(k) is not None for k in ("from", "simIdRef", "fromDate", "toDate")):
            return _error(400, "NO_PARAMS")
        found = self._domain.search_received(
            call.principal,
            senders=set(query["from"].split(",")) if query.get("from") else None,
            sim_id=query.get("simIdRef"),
            start=_date(query.get("fromDate")),
            end=_date(query.get("toDate")),
        )
        page, metadata = _page(found, call)
        return Reply(200, {"metadata": metadata, "smsList": page})

    def op_listReceptionServices(self, call: Call) -> Reply:
        return Reply(200, self._domain.sims)

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
        return {
            "id": group_id,
            "name": account.groups[group_id],
            "contactCount": self._domain.group_size(account, group_id),
        }

    def op_listGroups(self, call: Call) -> Reply:
        return Reply(200, [self._group(call.principal, g) for g in call.principal.groups])

    def op_createGroup(self, call: Call) -> Reply:
        account: Account = call.principal
        return Reply(200, self._group(account, self._domain.create_group(account, call.body["name"])))

    def op_getGroup(self, call: Call) -> Reply:
        self._domain.require_group(call.principal, call.path["id"])
        return Reply(200, self._group(call.principal, call.path["id"]))

    def op_renameGroup(self, call: Call) -> Reply:
        self._domain.rename_group(call.principal, call.path["id"], call.body["name"])
        return Reply(200, None)

    def op_deleteGroup(self, call: Call) -> Reply:
        self._domain.delete_group(call.principal, call.path["id"], bool(call.query.get("delete_contacts")))
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
        members = [self._contact(account, c) for c in self._domain.members(account, call.path["id"])]
        page, metadata = _page(members, call)
        return Reply(200, {"metadata": metadata, "contacts": page})

    def op_searchContacts(self, call: Call) -> Reply:
        account: Account = call.principal
        query = call.query
        if (query.get("fieldKey") is None) != (query.get("fieldValue") is None):
            return _error(400, "NO_PARAMS")
        found = self._domain.search_contacts(
            account,
            name=query.get("name") or "",
            msisdn=query.get("msisdn"),
            email=query.get("email"),
            field_key=query.get("fieldKey"),
            field_value=query.get("fieldValue"),
        )
        page, metadata = _page([self._contact(account, c) for c in found], call)
        return Reply(200, {"metadata": metadata, "contacts": page})

    def op_createContact(self, call: Call) -> Reply:
        account: Account = call.principal
        return Reply(200, self._contact(account, self._domain.write_contact(account, call.body)))

    def op_getContact(self, call: Call) -> Reply:
        return Reply(200, self._contact(call.principal, self._domain.contact(call.principal, call.path["id"])))

    def op_updateContact(self, call: Call) -> Reply:
        account: Account = call.principal
        self._domain.write_contact(account, call.body, self._domain.contact(account, call.path["id"]))
        return Reply(200, None)

    def op_deleteContact(self, call: Call) -> Reply:
        self._domain.delete_contact(call.principal, call.path["id"])
        return Reply(204, None)

    # -- email --------------------------------------------------------------------------------------

    def op_listEmailSenders(self, call: Call) -> Reply:
        return Reply(200, self._domain.senders)

    def op_listEmailTemplates(self, call: Call) -> Reply:
        page, metadata = _page(list(self._domain.templates.values()), call)
        return Reply(200, {"metadata": metadata, "templates": page})

    def op_getEmailTemplate(self, call: Call) -> Reply:
        return Reply(200, self._domain.template(call.path["id"]))

    def op_listEmailCampaigns(self, call: Call) -> Reply:
        page, metadata = _page(list(call.principal.campaigns.values()), call)
        return Reply(200, {"metadata": metadata, "campaignList": page})

    def op_getEmailCampaign(self, call: Call) -> Reply:
        return Reply(200, self._domain.campaign(call.principal, call.path["id"]))

    def _emails(self, account: Account, body: Mapping[str, Any], addresses: list[str], campaign: int | None) -> Reply:
        inserted = self._domain.send_emails(account, body["templateId"], addresses, campaign, bool(body.get("sandbox")))
        items = [
            {"id": email_id, "to": address, "status": "INSERTED" if email_id is not None else "SANDBOX"}
            for address, email_id in inserted
        ]
        count = sum(1 for i in items if i["status"] == "INSERTED")
        return Reply(200, {"campaignId": campaign, "emailInserted": count, "emailNotInserted": 0, "email": items})

    def op_sendEmailCampaign(self, call: Call) -> Reply:
        account: Account = call.principal
        body = call.body
        self._domain.check_email(body["templateId"], body["from"], _date(body.get("date")))
        campaign_id, addresses = self._domain.create_campaign(account, body)
        return self._emails(account, body, addresses, campaign_id)

    def op_sendEmail(self, call: Call) -> Reply:
        body = call.body
        self._domain.check_email(body["templateId"], body["from"], _date(body.get("date")))
        return self._emails(call.principal, body, self._domain.addresses(body["to"]), None)

    def op_getEmail(self, call: Call) -> Reply:
        return Reply(200, self._domain.email(call.principal, call.path["id"]))

    # -- aliases, sub-accounts ----------------------------------------------------------------------

    def op_createAlias(self, call: Call) -> Reply:
        return Reply(200, self._domain.create_alias(call.principal, call.body))

    def op_listAliases(self, call: Call) -> Reply:
        return Reply(200, list(call.principal.aliases.values()))

    def op_deleteAlias(self, call: Call) -> Reply:
        self._domain.delete_alias(call.principal, call.path["id"])
        return Reply(204, None)

    def op_searchSubusers(self, call: Call) -> Reply:
        found = self._domain.search_subusers(call.principal, call.query.get("query") or "")
        page, metadata = _page(found, call)
        return Reply(200, {"metadata": metadata, "subuserList": page})

    def op_createSubuser(self, call: Call) -> Reply:
        user = self._domain.create_subuser(call.principal, call.body)
        issue_secret(user["authSecret"])
        return Reply(200, user)

    def op_getSubuser(self, call: Call) -> Reply:
        return Reply(200, self._domain.subuser(call.principal, call.path["id"]))

    def op_updateSubuser(self, call: Call) -> Reply:
        self._domain.update_subuser(call.principal, call.path["id"], call.body)
        return Reply(200, None)

    def op_deleteSubuser(self, call: Call) -> Reply:
        self._domain.delete_subuser(call.principal, call.path["id"])
        return Reply(204, None)

    # -- OTP, push, fidelity ------------------------------------------------------------------------

    def op_sendVerifyCode(self, call: Call) -> Reply:
        account: Account = call.principal
        body = dict(call.body)
        code = self._domain.new_code()
        sent = self._send(call, account, {**body, "text": body["text"].replace("${verify_code}", code)})
        if sent.status != 200:
            return sent
        verify_id = self._domain.remember_code(account, code, body["to"], body.get("app_id", ""))
        return Reply(200, {"verify_id": verify_id})

    def op_checkVerifyCode(self, call: Call) -> Reply:
        status = self._domain.verify(call.principal, call.query["verify_id"], str(call.query["verify_code"]))
        return Reply(200, {"verify_status": status})

    def op_sendPush(self, call: Call) -> Reply:
        account: Account = call.principal
        body = call.body
        recipients = self._domain.recipients(account, body.get("to"), body.get("group"))
        push, sms = self._domain.push_split(recipients, bool(body.get("text")), bool(body.get("onlyPush")))
        items = [{"id": str(self._domain.next_id()), "to": n, "status": "INSERTED", "type": "PUSH"} for n in push]
        if sms:
            sent = self._send(call, account, {**body, "to": ",".join(sms), "group": None})
            if sent.status != 200:
                return sent
            items += sent.body["sms"]
        return Reply(
            200,
            {
                "from": "Smstools",
                "text": body.get("text", ""),
                "transactionId": None,
                "smsInserted": len(sms),
                "smsNotInserted": 0,
                "pushInserted": len(push),
                "sms": items,
            },
        )

    def op_listFidelityProgrammes(self, call: Call) -> Reply:
        return Reply(200, {"fidelityList": self._domain.fidelity})

    def op_listFidelityCards(self, call: Call) -> Reply:
        cards = self._domain.fidelity_cards(
            call.path["fidelityId"], _date(call.query.get("fromDate")), _date(call.query.get("toDate"))
        )
        page, metadata = _page(cards, call)
        return Reply(200, {"metadata": metadata, "cardList": page})
