"""The mocks' XML form is a lossless encoding of JSON bodies, parsed back with a hardened parser."""

from __future__ import annotations

from typing import Any

import defusedxml.ElementTree
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sms_mocks.xml import from_xml, to_xml

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def round_trip(value: Any) -> Any:
    return from_xml(defusedxml.ElementTree.fromstring(to_xml(value)))


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_every_json_value_survives_the_round_trip(value: Any) -> None:
    assert round_trip(value) == value


def test_the_form_is_readable_for_ordinary_bodies() -> None:
    xml = to_xml({"errorCode": 400, "errorMsg": "NO_PARAMS", "items": [1, "a"], "x": None}).decode()
    assert '<errorCode type="integer">400</errorCode><errorMsg>NO_PARAMS</errorMsg>' in xml
    assert '<items type="array"><item type="integer">1</item><item>a</item></items>' in xml
    assert '<x type="null" />' in xml


@pytest.mark.parametrize(
    "hostile",
    [
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><response>&b;</response>',
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><response>&x;</response>',
    ],
)
def test_entity_tricks_are_refused_by_the_hardened_parser(hostile: bytes) -> None:
    with pytest.raises(defusedxml.DefusedXmlException):
        defusedxml.ElementTree.fromstring(hostile)
