"""A real app on 127.0.0.1 and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _serve(log_dir: Path, script: str = "serve.py", **env: str) -> Iterator[str]:
    """``streamlit run serve.py`` (as ``make run``: the app behind its Host guard) on a
    free port of 127.0.0.1, with the project's ``.streamlit/config.toml``; yields its URL.
    ``script`` runs another file with the same settings."""
    port = _free_port()
    log_path = log_dir / "server.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                script,
                "--server.address",
                "127.0.0.1",
                "--server.port",
                str(port),
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={
                **os.environ,
                # the app's own working dataset, and none of the user's settings
                "KCM_HOME": str(log_dir / "home"),
                "KCM_DATA": "",
                "KCM_TOWNSHIPS": "",
                **env,
            },
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:  # noqa: S310
                        if r.status == 200:
                            break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        output = log_path.read_text(errors="replace")
                        pytest.fail(f"streamlit did not start on {url}:\n{output}")
                    time.sleep(0.5)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=30)
        output = log_path.read_text(errors="replace")
        if script == "serve.py":
            assert "Traceback" not in output, f"the app raised:\n{output}"


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app as `make run` starts it (OpenStreetMap offered, off by default)."""
    with _serve(tmp_path_factory.mktemp("streamlit"), KCM_OFFLINE="") as url:
        yield url


@pytest.fixture(scope="session")
def offline_app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app in its fully offline setting (KCM_OFFLINE=1)."""
    with _serve(tmp_path_factory.mktemp("streamlit-offline"), KCM_OFFLINE="1") as url:
        yield url


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()
