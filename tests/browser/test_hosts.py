"""The real server (``streamlit run serve.py``, as ``make run``) answers only to the
names in ``server.allowedHosts``: a foreign Host or Origin is refused over HTTP and
websocket (DNS rebinding), this machine's names are served, and Chromium still loads
the app. Also: Streamlit's error box links nowhere else.

The HTTP and websocket checks need no browser and are not marked ``browser``."""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Origin

from tests.browser.conftest import _serve
from tests.conftest import run_async
from ui.maps import EVENT_CLASS

TIMEOUT = 60_000
FOREIGN = "attacker.invalid"


def _port(url: str) -> int:
    port = urlsplit(url).port
    assert port is not None
    return port


def _http(
    url: str, host: str, path: str = "/", *, method: str = "GET", **headers: str
) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", _port(url), timeout=30)
    try:
        connection.request(
            method, path, body=b"x" if method == "PUT" else None, headers={"Host": host, **headers}
        )
        response = connection.getresponse()
        return response.status, response.read().decode(errors="replace")
    finally:
        connection.close()


def _websocket(url: str, host: str, origin: str | None) -> int:
    """Opens the app's websocket with these ``Host`` and ``Origin`` headers; returns 101
    when it was accepted, else the HTTP status of the refusal."""

    async def attempt() -> int:
        try:
            async with connect(
                f"ws://{host}/_stcore/stream",
                host="127.0.0.1",  # where to connect; the Host header is the URI's
                port=_port(url),
                origin=Origin(origin) if origin is not None else None,
                subprotocols=["streamlit"],  # type: ignore[list-item]
                open_timeout=30,
            ):
                return 101
        except InvalidStatus as refused:
            return refused.response.status_code

    return run_async(attempt())


@pytest.mark.parametrize(
    ("host", "origin", "status"),
    [
        ("127.0.0.1:{port}", "http://127.0.0.1:{port}", 101),
        ("localhost:{port}", "http://localhost:{port}", 101),
        ("127.0.0.1:{port}", None, 101),
        (f"{FOREIGN}:{{port}}", f"http://{FOREIGN}:{{port}}", 403),
        (f"{FOREIGN}:{{port}}", None, 403),
        ("127.0.0.1:{port}", f"http://{FOREIGN}:{{port}}", 403),
        ("127.0.0.1:{port}", "null", 403),
    ],
)
def test_websocket_only_for_this_machine(
    app_url: str, host: str, origin: str | None, status: int
) -> None:
    port = _port(app_url)
    shown = origin.format(port=port) if origin is not None else None
    assert _websocket(app_url, host.format(port=port), shown) == status


@pytest.mark.parametrize(
    "path",
    ["/", "/_stcore/health", "/_stcore/host-config", "/app/static/vendor/leaflet/leaflet.js"],
)
def test_http_only_for_this_machine(app_url: str, path: str) -> None:
    port = _port(app_url)
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
        assert _http(app_url, host, path)[0] == 200, host
    status, body = _http(app_url, f"{FOREIGN}:{port}", path)
    assert status == 403
    assert f"does not answer to the name '{FOREIGN}:{port}'" in body
    status, body = _http(app_url, f"127.0.0.1:{port}", path, Origin=f"http://{FOREIGN}")
    assert status == 403
    assert f"a page from 'http://{FOREIGN}'" in body


def test_an_upload_for_a_foreign_name_is_refused_before_streamlit_sees_it(app_url: str) -> None:
    status, body = _http(
        app_url,
        FOREIGN,
        "/_stcore/upload_file/session/file",
        method="PUT",
        Origin=f"http://{FOREIGN}",
    )
    assert status == 403
    assert "does not answer to the name" in body


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT)
    try:
        yield page
    finally:
        page.close()


@pytest.mark.browser
def test_the_app_loads_in_chromium_under_localhost(page: Page, app_url: str) -> None:
    """What ``make run`` prints: http://localhost:PORT. Nothing the page asks for is refused."""
    refused: list[str] = []
    page.on("response", lambda r: refused.append(r.url) if r.status == 403 else None)
    page.goto(f"http://localhost:{_port(app_url)}/", wait_until="domcontentloaded")
    page.get_by_role("heading", name="Map").first.wait_for()
    frame = page.frame_locator("iframe[src*='streamlit_folium']").first
    frame.locator(f"path.{EVENT_CLASS}").first.wait_for()
    assert refused == []


@pytest.fixture(scope="module")
def failing_app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with _serve(tmp_path_factory.mktemp("streamlit-raises"), "tests/browser/raises.py") as url:
        yield url


@pytest.mark.browser
def test_the_error_box_links_to_no_other_site(page: Page, failing_app_url: str) -> None:
    page.goto(failing_app_url, wait_until="domcontentloaded")
    page.get_by_test_id("stException").wait_for()
    hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
    origin = urlsplit(failing_app_url).netloc
    assert [h for h in hrefs if urlsplit(h).netloc != origin] == []
    assert page.get_by_role("link", name="Ask Google").count() == 0
