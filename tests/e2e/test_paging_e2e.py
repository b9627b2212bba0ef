"""End to end: the generated paginate/apaginate over the mocks' paginated lists, sync and async."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import pytest
import smsend_client
import smstools_client
from sms_mocks.pytest_plugin import MockHandle, StartMock
from sms_mocks.smsend import DEMO_PASSWORD, DEMO_USERNAME
from smsend_client.api.groups import create_group, list_groups
from smsend_client.api.history import get_sms_history
from smsend_client.models import GroupWrite
from smstools_client.api.phonebook import create_contact, search_contacts
from smstools_client.models import ContactCreate


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def drain(module: Any, operation: Any, mode: str, **arguments: Any) -> list[Any]:
    if mode == "sync":
        return list(module.paginate(operation.sync, **arguments))

    async def gather() -> list[Any]:
        return [item async for item in module.apaginate(operation.asyncio, **arguments)]

    return asyncio.run(gather())


@pytest.fixture
def smsend(start_mock: StartMock) -> tuple[MockHandle, Any]:
    """The smSend mock without its demo groups (the test counts the pages of its own)."""
    mock = start_mock("smsend", demo_objects=False)
    return mock, smsend_client.connect(mock.base_url, DEMO_USERNAME, DEMO_PASSWORD)


def test_smsend_groups_page_by_the_capitalised_total(smsend: tuple[MockHandle, Any], mode: str) -> None:
    mock, client = smsend
    assert mock.app is not None
    for i in range(12):
        create_group.sync_detailed(client=client, body=GroupWrite(name=f"g{i:02}", description=""))
    seen: list[str] = []
    original = mock.app.handle

    def spy(request: Any) -> Any:
        seen.append(request.query_string.decode())
        return original(request)

    mock.app.handle = spy  # type: ignore[method-assign]
    groups = drain(smsend_client, list_groups, mode, client=client, page_size=5)
    assert [g.group_name for g in groups] == [f"g{i:02}" for i in range(12)]
    assert seen == [f"pageNumber={n}&pageSize=5" for n in (1, 2, 3)]
    assert [g.group_name for g in drain(smsend_client, list_groups, mode, client=client, limit=3)] == [
        "g00",
        "g01",
        "g02",
    ]


def test_smsend_history_iterates_every_order_with_other_arguments_passed_on(
    smsend: tuple[MockHandle, Any], mode: str
) -> None:
    from smsend_client.api.sms import send_sms
    from smsend_client.models import MessageType, SendSms

    _, client = smsend
    start = (datetime.now() - timedelta(minutes=1)).strftime("%Y%m%d%H%M%S")
    sent = [
        send_sms.sync(
            client=client, body=SendSms(message_type=MessageType.N, message=f"m{i}", recipient=["+393471234567"])
        )
        for i in range(7)
    ]
    history = drain(smsend_client, get_sms_history, mode, client=client, from_=start, page_size=3)
    assert [h.order_id for h in history] == [s.order_id for s in sent if s is not None]


def test_smstools_contacts_page_by_offset_and_metadata_count(mode: str, smstools_mock: MockHandle) -> None:
    client = smstools_mock.client()
    for i in range(9):
        create_contact.sync(client=client, body=ContactCreate(msisdn=f"39348000000{i}", name=f"N{i}"))
    contacts = drain(smstools_client, search_contacts, mode, client=client, page_size=4)
    assert [c.name for c in contacts] == [f"N{i}" for i in range(9)]
    limited = drain(smstools_client, search_contacts, mode, client=client, limit=5)
    assert [c.name for c in limited] == [f"N{i}" for i in range(5)]
