"""Answer only to the names the app is configured for: a guard against DNS rebinding.

A web page the user visits can point a name of its own (``attacker.invalid``) at
127.0.0.1 and then talk to the dashboard from the browser as if it were a page of
that name: the browser sends ``Host: attacker.invalid:8501``. Refusing every request
whose ``Host`` is not one of ours, and every request whose ``Origin`` names a host
that is not one of ours, closes that door.

There is ONE setting, Streamlit's ``server.allowedHosts`` in ``.streamlit/config.toml``
(``localhost``, ``127.0.0.1`` and ``::1``). Streamlit itself applies it to the websocket
only; :class:`HostGuard`, installed by ``serve.py``, applies the same list with the same
matching rules (ports ignored, ``*.example.org`` for subdomains, ``*`` for any name) to
every HTTP request and websocket before Streamlit sees it. An empty list means
:data:`LOCAL_HOSTS`, never "any name".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketClose
from streamlit import config

__all__ = ["LOCAL_HOSTS", "HostGuard", "allowed_hosts", "is_allowed", "refusal"]

LOCAL_HOSTS: Final = ("localhost", "127.0.0.1", "::1")
SETTING: Final = "server.allowedHosts"
POLICY_VIOLATION: Final = 1008  # websocket close code
_CLOSE_REASON_BYTES: Final = 123  # the most a websocket close frame carries
_SHOWN_CHARS: Final = 80  # of a refused name, in the message


def allowed_hosts() -> tuple[str, ...]:
    """The names the app answers to: ``server.allowedHosts``, or :data:`LOCAL_HOSTS`."""
    configured: list[str] = config.get_option(SETTING)
    return tuple(configured) or LOCAL_HOSTS


def _hostname(netloc: str) -> str | None:
    """The name in ``name[:port]``, lower case without a final dot; None if malformed."""
    try:
        parts = urlsplit(f"//{netloc}")
        _ = parts.port  # a port that is not a number in range is malformed
    except ValueError:
        return None
    if (
        not parts.hostname
        or parts.username is not None
        or parts.password is not None
        or parts.path
        or parts.query
        or parts.fragment
    ):
        return None
    return parts.hostname.lower().removesuffix(".")


def is_allowed(name: str | None, hosts: Sequence[str]) -> bool:
    """Whether ``name`` (already parsed) matches one of ``hosts``.

    The rules are Streamlit's for ``server.allowedHosts``: ``*`` matches any name,
    ``*.example.org`` any name ending in ``.example.org``, anything else itself.
    """
    if not name:
        return False
    for host in hosts:
        pattern = host.strip().lower().removesuffix(".")
        if pattern == "*" or name == pattern:
            return True
        if pattern.startswith("*.") and name.endswith(pattern[1:]):
            return True
    return False


def _shown(value: str) -> str:
    return repr(value[:_SHOWN_CHARS] + ("…" if len(value) > _SHOWN_CHARS else ""))


def refusal(headers: Headers, hosts: Sequence[str]) -> str | None:
    """Why a request with these headers is refused, or None when it is served.

    Refused: no ``Host``, a ``Host`` not in ``hosts``, an ``Origin`` (when there is
    one) whose host is not in ``hosts`` (``null`` included).
    """
    where = f"Add the name to {SETTING} in .streamlit/config.toml to serve it."
    host = headers.get("host")
    if host is None:
        return "Refused: the request names no host (no Host header)."
    if not is_allowed(_hostname(host), hosts):
        return f"Refused: this dashboard does not answer to the name {_shown(host)}. {where}"
    origin = headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not is_allowed(_hostname(parts.netloc), hosts):
            return f"Refused: a page from {_shown(origin)} may not use this dashboard. {where}"
    return None


class HostGuard:
    """Pure ASGI middleware: refuse requests for a foreign name (HTTP 403, or the
    websocket refused with 403, or closed with code 1008 when the server cannot
    send a refusal), with a plain message saying why.

    Parameters
    ----------
    app
        The application guarded.
    hosts
        The names served; by default :func:`allowed_hosts`, read at each request.
    """

    def __init__(self, app: ASGIApp, *, hosts: Sequence[str] | None = None) -> None:
        self.app = app
        self.hosts = tuple(hosts) if hosts is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        hosts = self.hosts if self.hosts is not None else allowed_hosts()
        reason = refusal(Headers(scope=scope), hosts)
        if reason is None:
            await self.app(scope, receive, send)
            return
        response = PlainTextResponse(
            reason + "\n", status_code=403, headers={"X-Content-Type-Options": "nosniff"}
        )
        if scope["type"] == "http":
            await response(scope, receive, send)
        elif "websocket.http.response" in scope.get("extensions", {}):
            await WebSocket(scope, receive, send).send_denial_response(response)
        else:
            short = reason.encode()[:_CLOSE_REASON_BYTES].decode(errors="ignore")
            await WebSocketClose(POLICY_VIOLATION, short)(scope, receive, send)
