"""The XML form the mocks answer with ``Accept: application/xml``, and its exact inverse.

Why a form of our own: Smstools documents that it answers XML on request but never shows an XML
element name (research 2.1). This form is a lossless encoding of the JSON body, so the same schema
validates both and the contract tests can check XML answers for real:

- the document element is ``<response>``;
- an object is an element with ``type="object"`` whose children are its members, each an element
  named by its key (``<entry key="...">`` where the key is not an XML name);
- an array is ``type="array"`` with one ``<item>`` per element;
- strings are text without a type; ``integer``, ``number``, ``boolean`` (true/false) and ``null``
  carry their type in the ``type`` attribute;
- a string XML cannot carry as text (control characters, lone surrogates, or a carriage return,
  which XML parsers turn into a line feed) is written as its JSON literal with ``escaped="json"``;
  an object key that is not an XML name goes in an ``entry`` element's ``key`` attribute, escaped the
  same way (``key-escaped="json"``) when XML cannot carry it.

Parsing untrusted XML must use a hardened parser (defusedxml); :func:`from_xml` only walks an
already-parsed element tree.
"""

from __future__ import annotations

import json
import re
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

__all__ = ["from_xml", "to_xml"]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")
_NOT_XML_TEXT = re.compile("[^\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _fill(element: Element, value: Any) -> None:
    if isinstance(value, dict):
        element.set("type", "object")
        for key, member in value.items():
            key = str(key)
            if _NAME.match(key) and not key.lower().startswith("xml"):
                child = SubElement(element, key)
            elif _NOT_XML_TEXT.search(key):
                child = SubElement(element, "entry", {"key": json.dumps(key), "key-escaped": "json"})
            else:
                child = SubElement(element, "entry", key=key)
            _fill(child, member)
    elif isinstance(value, list):
        element.set("type", "array")
        for member in value:
            _fill(SubElement(element, "item"), member)
    elif value is None:
        element.set("type", "null")
    elif isinstance(value, bool):
        element.set("type", "boolean")
        element.text = "true" if value else "false"
    elif isinstance(value, int):
        element.set("type", "integer")
        element.text = str(value)
    elif isinstance(value, float):
        element.set("type", "number")
        element.text = repr(value)
    elif _NOT_XML_TEXT.search(str(value)):
        element.set("escaped", "json")
        element.text = json.dumps(str(value))
    else:
        element.text = str(value)


def to_xml(value: Any) -> bytes:
    """Encode a JSON value as an XML document."""
    root = Element("response")
    _fill(root, value)
    body: bytes = tostring(root, encoding="utf-8")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def _key(child: Element) -> str:
    if child.tag != "entry":
        return child.tag
    key = child.get("key", "")
    return str(json.loads(key)) if child.get("key-escaped") == "json" else key


def from_xml(element: Element) -> Any:
    """Decode an element of this form back into the JSON value it encodes."""
    kind = element.get("type")
    if kind == "object":
        return {_key(child): from_xml(child) for child in element}
    if kind == "array":
        return [from_xml(child) for child in element]
    text = element.text or ""
    if element.get("escaped") == "json":
        return json.loads(text)
    if kind == "null":
        return None
    if kind == "boolean":
        return text == "true"
    if kind == "integer":
        return int(text)
    if kind == "number":
        return float(text)
    return text
