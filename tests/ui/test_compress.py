"""ui.compress: static text files gzipped, nothing else."""

from __future__ import annotations

import asyncio
import gzip
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from ui.compress import StaticGzip, compressible

BODY = b"var kcm = 1;\n" * 400  # 5 kB of script


def _scope(path: str, *, method: str = "GET", kind: str = "http", gzip_ok: bool = True) -> Any:
    headers = [(b"accept-encoding", b"gzip, deflate")] if gzip_ok else []
    return {"type": kind, "method": method, "path": path, "headers": headers}


@pytest.mark.parametrize(
    ("path", "method", "kind", "expected"),
    [
        ("/static/js/index.js", "GET", "http", True),
        ("/app/static/vendor/kcm/basemap.geojson", "GET", "http", True),
        ("/component/streamlit_folium.st_folium/static/js/main.js", "HEAD", "http", True),
        ("/static/media/font.woff2", "GET", "http", False),  # compressed already
        ("/_stcore/health", "GET", "http", False),
        ("/_stcore/host-config", "GET", "http", False),
        ("/_stcore/upload_file/abc", "PUT", "http", False),
        ("/static/js/index.js", "POST", "http", False),
        ("/_stcore/stream", "GET", "websocket", False),
        ("/", "GET", "http", False),
    ],
)
def test_only_static_text_files_may_be_compressed(
    path: str, method: str, kind: str, expected: bool
) -> None:
    assert compressible(_scope(path, method=method, kind=kind)) is expected


def _served(path: str, *, gzip_ok: bool = True) -> tuple[dict[str, str], bytes]:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/javascript")],
            }
        )
        await send({"type": "http.response.body", "body": BODY})

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    # In a thread of its own: the test session's thread may already run an event loop.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(
            asyncio.run, StaticGzip(app)(_scope(path, gzip_ok=gzip_ok), receive, send)
        ).result()
    headers = {k.decode(): v.decode() for k, v in sent[0]["headers"]}
    return headers, b"".join(m.get("body", b"") for m in sent[1:])


def test_a_static_script_is_sent_gzipped_and_reads_back_the_same() -> None:
    headers, body = _served("/static/js/index.js")
    assert headers["content-encoding"] == "gzip"
    assert len(body) < len(BODY) / 10
    assert gzip.decompress(body) == BODY


@pytest.mark.parametrize(
    ("path", "gzip_ok"),
    [("/_stcore/host-config", True), ("/static/js/index.js", False)],
    ids=["not a static file", "browser without gzip"],
)
def test_other_answers_are_sent_as_they_are(path: str, gzip_ok: bool) -> None:
    headers, body = _served(path, gzip_ok=gzip_ok)
    assert "content-encoding" not in headers
    assert body == BODY
