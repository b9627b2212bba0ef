"""The Smstools mock's answer to a text outside GSM 03.38 sent with no ``encoding`` (in process, no
socket). The decision (mocks/src/sms_mocks/smstools/domain.py docstring): no encoding is 7BIT; a 7-bit SMS
cannot carry those characters, so the send is accepted and counted in septets, and the outbox shows
the text as the handset gets it, ``?`` in their place. AUTO and UCS2 carry the text whole."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sms_mocks.pytest_plugin import MockHandle
from smskit import segments

TEXT = "Ciao 你好 😀 ç é€"  # 你, 好, 😀 and ç are outside GSM 03.38; é and € are in it
AS_SENT = "Ciao ?? ? ? é€"


@pytest.fixture
def mock() -> Iterator[tuple[MockHandle, httpx.Client]]:
    handle = MockHandle.inprocess("smstools")
    credentials = handle.credentials
    with httpx.Client(
        transport=handle.transport(),
        base_url=handle.base_url,
        auth=(credentials["auth_key"], credentials["auth_secret"]),
        headers={"Accept": "application/json"},
    ) as http:
        yield handle, http
    handle.close()


def _send(http: httpx.Client, text: str, encoding: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    form = {"to": "393481234567", "text": text} | ({"encoding": encoding} if encoding else {})
    estimate = http.post("/sms/estimate", data=form)
    sent = http.post("/sms/send", data=form)
    assert estimate.status_code == sent.status_code == 200, (estimate.text, sent.text)
    return estimate.json(), sent.json()


@pytest.mark.parametrize("encoding", [None, "7BIT"])
def test_no_encoding_is_7bit_and_the_outbox_shows_what_a_7bit_sms_carries(
    encoding: str | None, mock: tuple[MockHandle, httpx.Client]
) -> None:
    handle, http = mock
    estimate, sent = _send(http, TEXT, encoding)
    counted = segments(TEXT, "7BIT")
    assert counted.forced_ucs2 == ("你", "好", "😀", "ç")
    assert estimate["smsCount"] == counted.parts == 1, "accepted, counted in septets, not refused"
    assert sent["smsInserted"] == 1 and sent["text"] == TEXT, "the answer echoes the text as received"
    [message] = handle.outbox
    assert (message.text, message.encoding, message.parts) == (AS_SENT, "GSM-7", 1)


@pytest.mark.parametrize("encoding", ["AUTO", "UCS2"])
def test_auto_and_ucs2_carry_the_text_whole(encoding: str, mock: tuple[MockHandle, httpx.Client]) -> None:
    handle, http = mock
    text = TEXT * 5  # 75 UTF-16 units (the emoji takes two): two UCS-2 parts
    estimate, _ = _send(http, text, encoding)
    assert estimate["smsCount"] == segments(text, encoding).parts == 2
    [message] = handle.outbox
    assert (message.text, message.encoding, message.parts) == (text, "UCS-2", 2)


def test_a_gsm_text_is_untouched(mock: tuple[MockHandle, httpx.Client]) -> None:
    handle, http = mock
    _send(http, "é€[ ok", None)
    [message] = handle.outbox
    assert message.text == "é€[ ok"
