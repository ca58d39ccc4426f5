"""ui.hosts: requests for a name the app does not answer to are refused (DNS rebinding)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

import pytest
from starlette.datastructures import Headers
from streamlit import config
from streamlit.web.server.starlette.starlette_websocket import is_host_allowed

from tests.conftest import ROOT, run_async
from ui import hosts
from ui.hosts import LOCAL_HOSTS, HostGuard, allowed_hosts, refusal

Message = dict[str, Any]


@pytest.mark.parametrize(
    ("host", "origin", "refused"),
    [
        ("127.0.0.1:8501", None, None),
        ("localhost:8501", "http://localhost:8501", None),
        ("LOCALHOST.", None, None),
        ("localhost", "http://127.0.0.1:8501", None),
        ("[::1]:8501", "http://[::1]:8501", None),
        ("127.0.0.1", "https://localhost", None),
        ("attacker.invalid:8501", None, "does not answer to the name 'attacker.invalid:8501'"),
        ("attacker.invalid:8501", "http://attacker.invalid:8501", "does not answer"),
        ("localhost.attacker.invalid", None, "does not answer"),
        ("127.0.0.1.nip.io", None, "does not answer"),
        ("[::2]:8501", None, "does not answer"),
        ("user@localhost", None, "does not answer"),
        ("localhost:99999", None, "does not answer"),
        ("localhost:http", None, "does not answer"),
        ("localhost..", None, "does not answer"),
        ("localhost/x", None, "does not answer"),
        ("", None, "does not answer"),
        ("127.0.0.1:8501", "http://attacker.invalid:8501", "a page from 'http://attacker.invalid"),
        ("127.0.0.1:8501", "null", "a page from 'null'"),
        ("127.0.0.1:8501", "file://", "a page from 'file://'"),
        ("127.0.0.1:8501", "chrome-extension://localhost", "a page from"),
        ("127.0.0.1:8501", "http://localhost.attacker.invalid", "a page from"),
        ("127.0.0.1:8501", "", "a page from ''"),
    ],
)
def test_refusal(host: str, origin: str | None, refused: str | None) -> None:
    headers = {"host": host} | ({"origin": origin} if origin is not None else {})
    reason = refusal(Headers(headers), LOCAL_HOSTS)
    if refused is None:
        assert reason is None
    else:
        assert reason is not None
        assert refused in reason
        assert "server.allowedHosts" in reason


def test_a_request_without_host_is_refused() -> None:
    assert "no Host header" in (refusal(Headers({}), LOCAL_HOSTS) or "")


def test_a_long_name_is_shortened_in_the_message() -> None:
    reason = refusal(Headers({"host": "a" * 10_000}), LOCAL_HOSTS) or ""
    assert len(reason) < 300


@pytest.mark.parametrize(
    ("patterns", "name", "allowed"),
    [
        (["kcm.example.org"], "kcm.example.org:443", True),
        (["kcm.example.org"], "KCM.Example.ORG", True),
        (["kcm.example.org"], "example.org", False),
        (["*.example.org"], "kcm.example.org", True),
        (["*.example.org"], "a.b.example.org", True),
        (["*.example.org"], "example.org", False),
        (["*.example.org"], "badexample.org", False),
        (["*"], "attacker.invalid", True),
        (["localhost"], "localhost.", True),
        ([" Localhost "], "localhost", True),
    ],
)
def test_same_rules_as_streamlits_websocket_check(
    monkeypatch: pytest.MonkeyPatch, patterns: list[str], name: str, allowed: bool
) -> None:
    """One setting, one meaning: Streamlit's own websocket check agrees on every case."""
    real = config.get_option
    monkeypatch.setattr(
        config, "get_option", lambda key: patterns if key == hosts.SETTING else real(key)
    )
    assert (refusal(Headers({"host": name}), allowed_hosts()) is None) is allowed
    assert is_host_allowed(name) is allowed


def test_an_empty_setting_means_this_machine_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = config.get_option
    monkeypatch.setattr(config, "get_option", lambda key: [] if key == hosts.SETTING else real(key))
    assert allowed_hosts() == LOCAL_HOSTS


def test_the_config_file_names_this_machine_only() -> None:
    text = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert tuple(tomllib.loads(text)["server"]["allowedHosts"]) == LOCAL_HOSTS


# --- the middleware, called as an ASGI server calls it ---------------------------------


class _Inner:
    """An app that answers 200, accepts websockets and records that it was reached."""

    def __init__(self) -> None:
        self.reached: list[str] = []

    async def __call__(self, scope: Mapping[str, Any], receive: Any, send: Any) -> None:
        self.reached.append(scope["type"])
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"events"})
        elif scope["type"] == "websocket":
            await send({"type": "websocket.accept"})


def _call(
    scope_type: str,
    host: str,
    *,
    origin: str | None = None,
    extensions: Mapping[str, object] | None = None,
) -> tuple[_Inner, list[Message]]:
    inner = _Inner()
    headers = [(b"host", host.encode())]
    if origin is not None:
        headers.append((b"origin", origin.encode()))
    scope: dict[str, Any] = {
        "type": scope_type,
        "path": "/_stcore/stream",
        "headers": headers,
        "extensions": extensions or {},
    }
    incoming = {
        "http": {"type": "http.request", "body": b""},
        "websocket": {"type": "websocket.connect"},
    }
    sent: list[Message] = []

    async def receive() -> Message:
        return incoming.get(scope_type, {"type": "lifespan.startup"})

    async def send(message: Message) -> None:
        sent.append(message)

    run_async(HostGuard(inner, hosts=LOCAL_HOSTS)(scope, receive, send))  # type: ignore[arg-type]
    return inner, sent


def _body(sent: list[Message]) -> str:
    return b"".join(m.get("body", b"") for m in sent if m["type"].endswith(".body")).decode()


def test_http_for_this_machine_is_served() -> None:
    inner, sent = _call("http", "127.0.0.1:8501", origin="http://127.0.0.1:8501")
    assert inner.reached == ["http"]
    assert sent[0]["status"] == 200


def test_http_for_a_foreign_name_is_refused_in_plain_text() -> None:
    inner, sent = _call("http", "attacker.invalid:8501")
    assert inner.reached == []
    assert sent[0]["status"] == 403
    headers = dict(sent[0]["headers"])
    assert headers[b"content-type"].startswith(b"text/plain")
    assert headers[b"x-content-type-options"] == b"nosniff"
    assert "does not answer to the name 'attacker.invalid:8501'" in _body(sent)


def test_http_from_a_foreign_page_is_refused() -> None:
    inner, sent = _call("http", "127.0.0.1:8501", origin="http://attacker.invalid:8501")
    assert inner.reached == []
    assert sent[0]["status"] == 403


def test_websocket_for_this_machine_is_accepted() -> None:
    inner, sent = _call("websocket", "localhost:8501", origin="http://localhost:8501")
    assert inner.reached == ["websocket"]
    assert sent == [{"type": "websocket.accept"}]


def test_websocket_for_a_foreign_name_gets_a_403_where_the_server_can_send_one() -> None:
    inner, sent = _call(
        "websocket",
        "attacker.invalid:8501",
        origin="http://attacker.invalid:8501",
        extensions={"websocket.http.response": {}},
    )
    assert inner.reached == []
    assert sent[0]["type"] == "websocket.http.response.start"
    assert sent[0]["status"] == 403
    assert "does not answer" in _body(sent)


def test_websocket_for_a_foreign_name_is_closed_otherwise() -> None:
    inner, sent = _call("websocket", "127.0.0.1:8501", origin="http://attacker.invalid")
    assert inner.reached == []
    assert sent == [
        {
            "type": "websocket.close",
            "code": 1008,
            "reason": sent[0]["reason"],
        }
    ]
    assert sent[0]["reason"].startswith("Refused: a page from 'http://attacker.invalid'")
    assert len(sent[0]["reason"].encode()) <= 123


def test_lifespan_passes_through() -> None:
    inner, _ = _call("lifespan", "")
    assert inner.reached == ["lifespan"]
