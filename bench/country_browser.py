"""The app at country scale, seen from headless Chromium: a server over a prepared
working folder, one session visiting every page, five filter changes, more sessions, and
the server's memory. Used by ``bench/bench_country.py``; not a test.

Per page it measures the bytes received over the websocket (every frame) and over
HTTP (Chrome's ``Network.loadingFinished`` encoded lengths, through a CDP session),
the server's time (from the navigation or click to Streamlit's last
``script_finished`` message, read from the websocket frames), the browser's time to
the page settled (and, on the Map page, to the Leaflet container and to the events
drawn) and the longest main-thread task (a ``longtask`` PerformanceObserver injected
into every frame). Chromium runs headless with the browser tests' flags
(:data:`tests.browser.conftest.FLAGS`). Every wait is bounded by ``timeout_s``; a
page that does not finish in time is reported as timed out, never waited for longer.
"""

from __future__ import annotations

import contextlib
import functools
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from tests.browser.conftest import CHROMIUM, FLAGS

ROOT = Path(__file__).resolve().parents[1]
#: (link name in the navigation, URL path) of every page, the Map page first.
PAGES: Final = (
    ("Map", "/"),
    ("Distance rings", "/rings"),
    ("Casualties", "/casualties"),
    ("Export", "/export"),
    ("Data quality", "/quality"),
    ("Import data", "/data"),
    ("Add from a report", "/report"),
    ("Data & sources", "/sources"),
)
MAP_FRAME: Final = "iframe[src*='streamlit_folium']"
DRAWN: Final = "path.kcm-event, .marker-cluster, .leaflet-marker-icon, .leaflet-overlay-pane canvas"
#: The longest main-thread task of each frame, kept in ``window.__long``.
LONGTASK_JS: Final = """
try {
  new PerformanceObserver(l => {
    window.__long = Math.max(window.__long || 0, ...l.getEntries().map(e => e.duration));
  }).observe({entryTypes: ['longtask']});
} catch (e) {}
"""
#: A page is settled when its script has finished and no frame came for this long.
QUIET_S: Final = 1.0
POLL_MS: Final = 100

__all__ = [
    "PAGES",
    "Memory",
    "PageVisit",
    "SessionRun",
    "memory",
    "run_sessions",
    "server",
]


@dataclass
class Memory:
    """The server's resident memory (``VmRSS``) and its peak (``VmHWM``), in MB."""

    rss_mb: float
    hwm_mb: float


def memory(pid: int) -> Memory:
    """Read ``/proc/<pid>/status`` (no psutil needed)."""
    values: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024  # kB
    return Memory(values.get("VmRSS", float("nan")), values.get("VmHWM", float("nan")))


@contextlib.contextmanager
def server(home: Path, cache: Path, log: Path, *, timeout_s: float) -> Iterator[tuple[str, int]]:
    """``streamlit run serve.py`` over the working folder ``home`` (offline, the warm
    ``cache``), on a free port of 127.0.0.1; yields its URL and process id once
    ``/_stcore/health`` answers, and stops it on the way out."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    env = dict(os.environ)
    for name in ("KCM_DATA", "KCM_TOWNSHIPS", "KCM_MERGE"):
        env.pop(name, None)
    env.update(KCM_HOME=str(home), KCM_CACHE=str(cache), KCM_OFFLINE="1")
    command = [sys.executable, "-m", "streamlit", "run", "serve.py"]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    command += ["--server.headless", "true"]
    with log.open("wb") as out:
        process = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, timeout_s=timeout_s)
        yield url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


def _wait_healthy(url: str, process: subprocess.Popen[bytes], *, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with status {process.returncode}")
        health = f"{url}/_stcore/health"
        with contextlib.suppress(OSError), urllib.request.urlopen(health, timeout=2) as answer:  # noqa: S310 (our server)
            if answer.status == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"streamlit did not answer {url}/_stcore/health in {timeout_s:.0f} s")


@dataclass
class PageVisit:
    """One page shown in one session (times in seconds; ``None``: timed out)."""

    name: str
    ws_bytes: int = 0
    http_bytes: int = 0
    server_s: float | None = None
    settled_s: float | None = None
    container_s: float | None = None
    drawn_s: float | None = None
    longest_task_ms: float = 0.0
    longest_task_in: str = ""

    @property
    def total_mb(self) -> float:
        return (self.ws_bytes + self.http_bytes) / 1e6


@dataclass
class SessionRun:
    """What :func:`run_sessions` measured."""

    visits: list[PageVisit] = field(default_factory=list)
    filter_changes: list[PageVisit] = field(default_factory=list)
    memory_start: Memory | None = None
    memory_one: Memory | None = None
    memory_first: Memory | None = None
    memory_all: Memory | None = None
    sessions: int = 0
    notes: list[str] = field(default_factory=list)


class _Wire:
    """Counts the bytes a page receives and notes when each script run finishes."""

    def __init__(self, page: Any) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self._message = ForwardMsg
        self.ws_bytes = 0
        self.http_bytes = 0
        self.last_frame = time.perf_counter()
        self.finished: list[float] = []
        page.on("websocket", self._socket)
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", self._loaded)

    def reset(self) -> None:
        self.ws_bytes = 0
        self.http_bytes = 0
        self.finished = []

    def _socket(self, ws: Any) -> None:
        ws.on("framereceived", self._frame)

    def _loaded(self, event: dict[str, Any]) -> None:
        self.http_bytes += int(event.get("encodedDataLength", 0))

    def _frame(self, payload: bytes | str) -> None:
        self.last_frame = time.perf_counter()
        data = payload.encode() if isinstance(payload, str) else payload
        self.ws_bytes += len(data)
        if isinstance(payload, str):
            return
        msg = self._message()
        with contextlib.suppress(Exception):  # a frame that is not a ForwardMsg: counted only
            msg.ParseFromString(data)
            if msg.WhichOneof("type") == "script_finished" and msg.script_finished in (
                self._message.FINISHED_SUCCESSFULLY,
                self._message.FINISHED_FRAGMENT_RUN_SUCCESSFULLY,
            ):
                self.finished.append(self.last_frame)


def _settle(page: Any, wire: _Wire, start: float, deadline: float) -> float | None:
    """Pump events until a script run has finished and the socket has been quiet for
    :data:`QUIET_S`; the time of the last finish, or ``None`` at the deadline."""
    while time.perf_counter() < deadline:
        page.wait_for_timeout(POLL_MS)
        now = time.perf_counter()
        if wire.finished and now - wire.last_frame >= QUIET_S:
            return wire.finished[-1] - start
    return None


def _longest_task(page: Any) -> tuple[float, str]:
    """The longest main-thread task of any frame, and in which: ``map`` (the map's
    frame) or ``page`` (Streamlit's own)."""
    longest, where = 0.0, ""
    for frame in page.frames:
        with contextlib.suppress(Exception):  # a frame gone meanwhile has no figure
            task = float(frame.evaluate("window.__long || 0"))
            if task > longest:
                longest, where = task, "map" if "streamlit_folium" in frame.url else "page"
    return longest, where


def _reset_longest(page: Any) -> None:
    for frame in page.frames:
        with contextlib.suppress(Exception):
            frame.evaluate("window.__long = 0")


def _wait_map(
    page: Any, visit: PageVisit, start: float, deadline: float, *, fresh: bool = False
) -> None:
    """Time the Leaflet container (a new one if ``fresh``) and the events drawn."""
    from playwright.sync_api import Error as PlaywrightError

    frame = page.frame_locator(MAP_FRAME).first
    container = ".leaflet-container:not([data-kcm-old])" if fresh else ".leaflet-container"
    try:
        left = max(1.0, deadline - time.perf_counter())
        frame.locator(container).first.wait_for(state="attached", timeout=left * 1000)
        visit.container_s = time.perf_counter() - start
        left = max(1.0, deadline - time.perf_counter())
        frame.locator(DRAWN).first.wait_for(state="attached", timeout=left * 1000)
        visit.drawn_s = time.perf_counter() - start
    except PlaywrightError:
        return


def _visit(
    page: Any,
    wire: _Wire,
    name: str,
    go: Callable[[], object],
    *,
    timeout_s: float,
    new_map: bool = False,
) -> PageVisit:
    """Measure what ``go`` (a navigation or click) brings: the Map page's drawing (a
    new Leaflet container if ``new_map``), the server's runs, the bytes and tasks."""
    wire.reset()
    _reset_longest(page)
    visit = PageVisit(name)
    start = time.perf_counter()
    deadline = start + timeout_s
    go()
    if name == "Map" or new_map:
        _wait_map(page, visit, start, deadline, fresh=new_map)
    visit.server_s = _settle(page, wire, start, deadline)
    if visit.server_s is not None:
        visit.settled_s = wire.last_frame - start
    visit.longest_task_ms, visit.longest_task_in = _longest_task(page)
    visit.ws_bytes, visit.http_bytes = wire.ws_bytes, wire.http_bytes
    return visit


def _filter_change(page: Any, wire: _Wire, event_type: str, *, timeout_s: float) -> PageVisit:
    """Add one event type to the sidebar's filter and time the Map page until it is
    redrawn."""
    frame = page.frame_locator(MAP_FRAME).first
    frame.locator(".leaflet-container").first.evaluate("e => e.dataset.kcmOld = '1'")
    box = page.get_by_label("Event types")
    box.click(timeout=timeout_s * 1000)
    option = page.get_by_role("option", name=event_type).first
    if not option.is_visible():  # the click closed a list left open: open it again
        box.click(timeout=timeout_s * 1000)

    def pick() -> None:
        option.click(timeout=timeout_s * 1000)
        page.keyboard.press("Escape")

    name = f"filter: + {event_type}"
    return _visit(page, wire, name, pick, timeout_s=timeout_s, new_map=True)


def _session(browser: Any, contexts: list[Any], *, timeout_s: float) -> tuple[Any, _Wire]:
    """A new browser context (a new Streamlit session), its page and its wire."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    contexts.append(context)
    context.add_init_script(LONGTASK_JS)
    page = context.new_page()
    page.set_default_timeout(timeout_s * 1000)
    return page, _Wire(page)


def _ignore(*_: object) -> None:
    """The default of :func:`run_sessions`' callbacks."""


def _record(run: SessionRun, visit: PageVisit, name: str, on_visit: OnVisit) -> None:
    visit.name = name
    run.visits.append(visit)
    on_visit(visit)
    if visit.server_s is None:
        run.notes.append(f"{name}: timed out")


OnVisit = Callable[[PageVisit], None]
OnMemory = Callable[[str, Memory], None]


def run_sessions(
    url: str,
    pid: int,
    *,
    sessions: int,
    timeout_s: float,
    event_types: Sequence[str] = ("Battles",),
    on_visit: OnVisit = _ignore,
    on_memory: OnMemory = _ignore,
) -> SessionRun:
    """One session visits every page (a deep link to the Map page, then the
    navigation's links), every page again (the server time after the first visit),
    then changes the filter on the Map page once per event type, adding each in turn
    to the types shown; ``sessions - 1`` more sessions then open
    the Map page. Memory is read before, after the first round of the first session,
    when the first session is done and after the last session. ``on_visit`` and
    ``on_memory`` are told each figure as soon as it is measured (so that a long run
    shows what it has so far)."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    start = memory(pid)
    on_memory("before any session", start)
    run = SessionRun(memory_start=start)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        contexts: list[Any] = []
        try:
            page, wire = _session(browser, contexts, timeout_s=timeout_s)
            for round_ in ("first", "again"):
                for name, path in PAGES:
                    go: Callable[[], object]
                    if round_ == "first" and path == "/":
                        go = functools.partial(page.goto, url + path)
                    else:
                        go = page.get_by_role("link", name=name, exact=True).first.click
                    visit = _visit(page, wire, name, go, timeout_s=timeout_s)
                    _record(run, visit, name if round_ == "first" else f"{name} (again)", on_visit)
                if round_ == "first":
                    run.memory_one = memory(pid)
                    on_memory("one session, every page", run.memory_one)
            link = page.get_by_role("link", name="Map", exact=True).first
            back = _visit(page, wire, "Map", link.click, timeout_s=timeout_s)
            if back.drawn_s is None:
                run.notes.append("filter change skipped: the map was not drawn")
            else:
                try:
                    for event_type in event_types:
                        change = _filter_change(page, wire, event_type, timeout_s=timeout_s)
                        run.filter_changes.append(change)
                        on_visit(change)
                except PlaywrightError as error:
                    run.notes.append(f"filter change failed: {str(error).splitlines()[0]}")
            run.sessions = 1
            run.memory_first = memory(pid)
            on_memory("first session done (pages twice, filter change)", run.memory_first)
            for _ in range(sessions - 1):
                other, other_wire = _session(browser, contexts, timeout_s=timeout_s)
                go = functools.partial(other.goto, url)
                visit = _visit(other, other_wire, "Map", go, timeout_s=timeout_s)
                run.sessions += 1
                _record(run, visit, f"Map (session {run.sessions})", on_visit)
            run.memory_all = memory(pid)
            on_memory(f"{run.sessions} sessions", run.memory_all)
        finally:
            for context in contexts:
                with contextlib.suppress(PlaywrightError):
                    context.close()
            browser.close()
    return run
