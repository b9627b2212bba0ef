"""The generated models, ``File``, ``Response`` and the clients are plain, typed, slotted classes
(tools/templates/model.py.jinja, types.py.jinja, client.py.jinja) that behave as the attrs classes
they replace did: the same constructor, ``repr``, equality by value, no hash, the wire mapping and
the mapping interface of additional properties; and a program ready to send never imports attrs.
"""

from __future__ import annotations

import copy
import enum
import importlib
import inspect
import io
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tools.providers import Provider, load_providers

PROVIDERS = load_providers()


def _model_classes(module: str) -> list[type]:
    models = importlib.import_module(f"{module}.models")
    found = [getattr(models, name) for name in models.__all__]
    return [cls for cls in found if isinstance(cls, type) and not issubclass(cls, enum.Enum)]


def _arguments(cls: type) -> dict[str, str]:
    """A distinct, picklable value for every constructor parameter (the constructor only stores them)."""
    return {name: f"{cls.__name__}.{name}" for name in inspect.signature(cls).parameters}


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.name)
def test_every_model_is_a_plain_slotted_class_with_a_keyword_constructor(provider: Provider) -> None:
    classes = _model_classes(provider.module)
    assert len(classes) >= 10
    for cls in classes:
        assert not hasattr(cls, "__attrs_attrs__") and not hasattr(cls, "__dataclass_fields__"), cls
        parameters = inspect.signature(cls).parameters
        names = list(parameters)
        assert "additional_properties" not in names, cls
        assert list(cls.__match_args__) == names, cls
        assert [s for s in cls.__slots__ if s not in ("additional_properties", "__weakref__")] == names, cls
        kinds = {p.kind for p in parameters.values()}
        assert kinds <= {inspect.Parameter.POSITIONAL_OR_KEYWORD}, cls
        defaults = [p.default is not inspect.Parameter.empty for p in parameters.values()]
        assert defaults == sorted(defaults), f"{cls}: a parameter without a default follows one with a default"

        instance = cls(**_arguments(cls))
        assert not hasattr(instance, "__dict__"), cls
        with pytest.raises(AttributeError):
            instance.not_a_field = 1
        for name, value in _arguments(cls).items():
            assert getattr(instance, name) == value
        assert instance.additional_properties == {}


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.name)
def test_every_model_has_repr_equality_by_value_and_no_hash(provider: Provider) -> None:
    for cls in _model_classes(provider.module):
        arguments = _arguments(cls)
        one, same = cls(**arguments), cls(**arguments)
        shown = ", ".join([*(f"{k}={v!r}" for k, v in arguments.items()), "additional_properties={}"])
        assert repr(one) == f"{cls.__name__}({shown})"
        assert one == same
        assert (one != same) is False
        assert one.__eq__(object()) is NotImplemented and one != object()
        with pytest.raises(TypeError, match="unhashable"):
            hash(one)
        same.additional_properties["extra"] = 1
        assert one != same
        for name in arguments:
            other = cls(**{**arguments, name: "changed"})
            assert one != other, f"{cls.__name__}.{name} is not compared"
        assert copy.copy(one) == one and copy.deepcopy(one) == one
        assert pickle.loads(pickle.dumps(one)) == one


def test_additional_properties_behave_as_a_mapping() -> None:
    from smsend_client.models import MessageType, SendSms

    body = SendSms(message_type=MessageType.N, message="hi", recipient=["+393471234567"])
    body["campaign"] = "spring"
    assert "campaign" in body and body["campaign"] == "spring" and body.additional_keys == ["campaign"]
    assert body.to_dict()["campaign"] == "spring"
    del body["campaign"]
    assert "campaign" not in body
    with pytest.raises(KeyError):
        body["campaign"]
    parsed = SendSms.from_dict({"message_type": "N", "message": "hi", "recipient": ["+39"], "unknown": [1, 2]})
    assert parsed.additional_properties == {"unknown": [1, 2]} and parsed["unknown"] == [1, 2]


def test_models_map_to_and_from_the_wire() -> None:
    from fractel_client.models import Error, ErrorValidation, SmsRequest
    from smsend_client.models import (
        MessageType,
        SendParametricSmsRecipients,
        SendParametricSmsRecipientsAdditionalProperty,
        SendSms,
    )
    from smsend_client.types import UNSET

    body = SendSms(MessageType.GP, "hi", ["+393471234567"], sender=None, return_credits=True)
    wire = {
        "message_type": "GP",
        "message": "hi",
        "recipient": ["+393471234567"],
        "sender": None,
        "returnCredits": True,
    }
    assert body.to_dict() == wire
    assert SendSms.from_dict(wire) == body and SendSms.from_dict(wire).order_id is UNSET

    request = SmsRequest(to="3125550199", from_="3215550000", message="hi")
    assert request.to_dict() == {
        "to": "3125550199",
        "from": "3215550000",
        "message": "hi",
        "require_confirmation": False,
    }
    assert SmsRequest.from_dict(request.to_dict()) == request

    error = Error.from_dict(
        {
            "error": "Bad Request",
            "message": "to",
            "statusCode": 400,
            "validation": {"source": "payload", "keys": ["to"]},
        }
    )
    assert isinstance(error.validation, ErrorValidation) and error.statusCode == 400
    assert Error.from_dict(error.to_dict()) == error

    recipients = SendParametricSmsRecipients.from_dict({"ada": {"recipient": "+393471234567", "name": "Ada"}})
    assert isinstance(recipients["ada"], SendParametricSmsRecipientsAdditionalProperty)
    assert recipients["ada"]["name"] == "Ada"
    assert recipients.to_dict() == {"ada": {"recipient": "+393471234567", "name": "Ada"}}


def test_a_multipart_model_and_file() -> None:
    from smstools_client.models import PushSend
    from smstools_client.types import File

    payload = io.BytesIO(b"PNG")
    picture = File(payload=payload, file_name="a.png", mime_type="image/png")
    assert picture == File(payload, "a.png", "image/png") and picture.to_tuple() == ("a.png", payload, "image/png")
    assert repr(picture) == f"File(payload={payload!r}, file_name='a.png', mime_type='image/png')"
    files = PushSend(to="393481234567", file=picture).to_multipart()
    assert files == [
        ("to", (None, b"393481234567", "text/plain")),
        ("file", ("a.png", payload, "image/png")),
        ("onlyPush", (None, b"False", "text/plain")),
    ]


def test_response_and_the_clients() -> None:
    from http import HTTPStatus

    import httpx
    from fractel_client.client import AuthenticatedClient, Client
    from fractel_client.types import Response

    response = Response(HTTPStatus.OK, b"{}", {"a": "b"}, parsed=None)
    assert response == Response(status_code=HTTPStatus.OK, content=b"{}", headers={"a": "b"}, parsed=None)
    assert "status_code=<HTTPStatus.OK: 200>" in repr(response)

    client = Client("http://127.0.0.1:1", headers={"a": "1"}, raise_on_unexpected_status=True)
    other = client.with_headers({"b": "2"}).with_timeout(httpx.Timeout(3.0))
    assert type(other) is Client and other is not client and other.raise_on_unexpected_status
    with other.get_httpx_client() as http:
        assert http.headers["a"] == "1" and http.headers["b"] == "2" and http.timeout.read == 3.0
        assert str(http.base_url) == "http://127.0.0.1:1"
    assert "a" in client.get_httpx_client().headers and "b" not in client.get_httpx_client().headers

    token = AuthenticatedClient("http://127.0.0.1:1", "t0k", prefix="Token").with_cookies({"c": "d"})
    assert type(token) is AuthenticatedClient and token.token == "t0k"
    assert token.get_async_httpx_client().headers["Authorization"] == "Token t0k"
    assert not isinstance(token, Client)


def test_a_client_made_by_connect_keeps_its_class_through_with_headers() -> None:
    from smsend_client import SmsClient, connect

    client = connect("http://127.0.0.1:1/API/v1.0/REST", "user", "password")
    assert type(client.with_headers({"x": "y"})) is SmsClient


READY = """
import json, sys
import {module} as package
package.connect
import {module}.{operation}, {module}.client, {module}.types
from {module}.models import *
print(json.dumps(sorted(name for name in ("attr", "attrs") if name in sys.modules)))
"""


@pytest.mark.parametrize("provider", PROVIDERS, ids=lambda p: p.name)
def test_ready_to_send_and_every_model_import_no_attrs(provider: Provider) -> None:
    operation = {"fractel": "api.sms.post_sms"}.get(provider.name, "api.sms.send_sms")
    probe = READY.format(module=provider.module, operation=operation)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False, cwd=Path.home())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


USER_CODE = """
from smsend_client.models import MessageType, SendSms

SendSms(message_type=MessageType.N, message="hi", recipient=["+39"], sender=None)
SendSms(MessageType.N, "hi", ["+39"])
reveal_type(SendSms(MessageType.N, "hi", ["+39"]).recipient)
SendSms(message_type=MessageType.N, message=1, recipient=["+39"])
SendSms(message_type=MessageType.N, message="hi", recipient=["+39"], not_a_field=1)
SendSms(message="hi", recipient=["+39"])
"""


def test_mypy_strict_checks_a_models_constructor(tmp_path: Path) -> None:
    (tmp_path / "user_code.py").write_text(USER_CODE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "user_code.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if " error: " in line or " note: Revealed" in line]
    assert [line.split(":")[1] for line in lines] == ["6", "7", "8", "9"], done.stdout
    assert 'Revealed type is "list[str]"' in lines[0]
    assert 'Argument "message" to "SendSms" has incompatible type "int"' in lines[1]
    assert 'Unexpected keyword argument "not_a_field"' in lines[2]
    assert 'Missing positional argument "message_type"' in lines[3]


def _sent(module: str, operation: str, body: Any) -> httpx.Request:
    """The request a generated function sends on the plain generated client (in memory, no socket)."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    client = importlib.import_module(f"{module}.client").Client(
        base_url="http://127.0.0.1:1/base", httpx_args={"transport": httpx.MockTransport(answer)}
    )
    with pytest.raises(importlib.import_module(module).ServerError):  # the request is what counts
        importlib.import_module(f"{module}.{operation}").sync(client=client, body=body)
    (request,) = seen
    return request


def test_json_and_form_bodies_carry_their_content_type_once() -> None:
    """The endpoint functions leave a json/form body's Content-Type to httpx (one header merge fewer per call)."""
    from fractel_client.models import SmsRequest
    from smsend_client.models import MessageType, SendSms

    json_request = _sent("smsend_client", "api.sms.send_sms", SendSms(MessageType.N, "hi", ["+39"]))
    assert json_request.headers.get_list("content-type") == ["application/json"]
    assert json.loads(json_request.content) == {"message_type": "N", "message": "hi", "recipient": ["+39"]}
    assert "headers" not in importlib.import_module("smsend_client.api.sms.send_sms")._get_kwargs(
        body=SendSms(MessageType.N, "hi", ["+39"])
    )
    form = _sent("fractel_client", "api.sms.post_sms", SmsRequest(to="3125550199", from_="3215550000", message="hi"))
    assert form.headers.get_list("content-type") == ["application/x-www-form-urlencoded"]
    assert form.content == b"to=3125550199&from=3215550000&message=hi&require_confirmation=false"
