"""sms-kit's Smstools sender names UCS-2 when a text needs it.

Smstools takes a send without ``encoding`` as 7-bit (the mock's decision, an inference recorded in
its docstring), where characters outside GSM 03.38 reach the handset as ``?``; the sender counts
the text first and says ``UCS2`` only when the text needs it.
"""

from __future__ import annotations

import pytest
from sms_mocks.pytest_plugin import MockHandle
from smskit.smstools import SmstoolsSender

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Ciao, a domani [10 €]", "GSM-7"), ("Ciao 你好 😀", "UCS-2"), ("Grüße aus Köln: ç", "UCS-2")],
)
def test_the_text_reaches_the_handset_whole(smstools_mock: MockHandle, text: str, encoding: str) -> None:
    receipt = SmstoolsSender(smstools_mock.client()).send("+393331234567", text)
    [message] = smstools_mock.outbox
    assert (message.key, message.text, message.encoding) == (receipt.key, text, encoding)
