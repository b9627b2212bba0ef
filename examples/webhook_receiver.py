"""A Flask app that receives every FracTEL and Smstools callback through smskit.parse_callback.

Run it (loopback only), then point the providers' callback URLs at it:

    .venv/bin/python examples/webhook_receiver.py --port 8090 --fractel-user hook --fractel-password s3cret

    http://127.0.0.1:8090/fractel/delivery   confirmation_url of a FracTEL send
    http://127.0.0.1:8090/fractel/inbound    PUT /sms/{to}/callback/{type} (method GET, POST or POSTJSON)
    http://127.0.0.1:8090/smstools/status    statusCallback of a Smstools send
    http://127.0.0.1:8090/smstools/inbound   the inbound URL set in Smstools' web panel

Each callback is parsed into its typed model and handed to ``on_callback``; FracTEL's Basic
credentials on inbound messages (the callback's ``url_username``/``url_password``) are checked in
constant time, and a request without them answers 401.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from flask import Flask, request
from smskit import KINDS, CallbackAuthError, CallbackError, parse_callback


def create_app(
    *,
    fractel_credentials: tuple[str, str] | None = None,
    on_callback: Callable[[str, Any], None] = lambda kind, model: print(kind, model),
) -> Flask:
    app = Flask(__name__)

    @app.route("/<provider>/<kind>", methods=["GET", "POST"])
    def callback(provider: str, kind: str) -> tuple[str, int, dict[str, str]]:
        name = f"{provider}.{kind}"
        if name not in KINDS:
            return "no such callback", 404, {}
        try:
            model = parse_callback(
                name,
                method=request.method,
                query=request.query_string.decode("latin-1"),
                headers=dict(request.headers),
                body=request.get_data(),
                credentials=fractel_credentials if name == "fractel.inbound" else None,
            )
        except CallbackAuthError:
            return "", 401, {"WWW-Authenticate": 'Basic realm="callbacks"'}
        except CallbackError as error:
            return str(error), 400, {}
        on_callback(name, model)
        return "ok", 200, {}

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--fractel-user")
    parser.add_argument("--fractel-password", default="")
    args = parser.parse_args()
    credentials = (args.fractel_user, args.fractel_password) if args.fractel_user else None
    create_app(fractel_credentials=credentials).run(host="127.0.0.1", port=args.port)


if __name__ == "__main__":
    main()
