"""HTTPS for a mock: a certificate from a throwaway test CA (``sms-mock --tls CA_FILE``)."""

from __future__ import annotations

import ssl
from pathlib import Path

__all__ = ["throwaway_certificate"]


def throwaway_certificate(host: str, ca_file: Path) -> ssl.SSLContext:
    """A server context with a certificate for ``host`` from a new test CA, whose PEM is saved to
    ``ca_file`` for clients to trust. Needs the ``tls`` extra (trustme)."""
    try:
        import trustme
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RuntimeError("HTTPS needs the tls extra: pip install 'sms-mocks[tls]'") from exc
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(ca_file))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(host).configure_cert(context)
    return context
