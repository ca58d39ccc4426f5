"""Two app servers, one team database, ten analysts at once (issue 14): what the store
bench (:mod:`bench.bench_store`, parts 2 and 3) checks through the store's own calls,
checked here through the app itself, in the browser.

A throwaway PostgreSQL cluster (``.ci/postgres``, or ``KCM_BENCH_DATABASE_URL``) gets a
fresh database with the store's schema, a login in ``kcm_analyst``, and
``--events`` SYNTHETIC events (copies of the bundled events' coding under ids
``SYN-SRV-…``, dataset "SYNTHETIC", each on a day of its own so that a link shows it
alone). Two servers (``streamlit run serve.py``, offline) on two ports open it with that
login, as "Server A" and "Server B" (``KCM_ANALYST``). Then ``--analysts`` pages of one
headless Chromium, half on each server, work at once for ``--rounds`` rounds each: open
the Map at an event's day (a few hot events, so that analysts collide), click it, open
"Edit this event", add the analyst's own token to its notes and save; a save refused
as stale ("Nothing was saved") is counted, the event reloaded, and the save made
again. Afterwards, read from the database as its owner:

* no lost update: every token a save was confirmed for is in its event's final notes;
* each event's revision grew by exactly its confirmed saves, and its log has one edit
  per confirmed save (the audit log complete); no event was added or lost;
* the refusals, the confirmed saves and the time per save.

Baseline, in the same run: one analyst alone making the same kind of save (the time
per save without contention). Run: ``.venv/bin/python bench/bench_team_servers.py``
(``make bench``; needs Chromium and PostgreSQL with PostGIS, as ``.ci/run`` installs).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_store import fresh_database, postgres_server  # noqa: E402
from bench.country_browser import server  # noqa: E402
from geo.loader import load_events  # noqa: E402
from geo.store import open_store  # noqa: E402
from geo.store.base import Origin  # noqa: E402
from tests.browser.conftest import CHROMIUM, FLAGS  # noqa: E402


@dataclass
class Analyst:
    """What one simulated analyst did."""

    name: str
    confirmed: list[tuple[str, str]] = field(default_factory=list)  # (event, token)
    refused: int = 0
    failed: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)


def _login(admin_url: str, url: str) -> tuple[str, str]:
    """A login role in kcm_analyst for the servers: its URL, and its name."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    name = f"bench_analyst_{secrets.token_hex(3)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN IN ROLE kcm_analyst")
    return make_conninfo(**{**conninfo_to_dict(url), "user": name}), name


def _seed(url: str, count: int) -> list[tuple[str, str]]:
    """``count`` SYNTHETIC events, each alone on its day: (id, day)."""
    template = load_events().iloc[[0]]
    frames, made = [], []
    for number in range(count):
        day = f"2024-01-{number + 1:02d}"
        event = template.copy()
        event_id = f"SYN-SRV-{number + 1:03d}"
        event.index = event["event_id"] = [event_id]
        event["event_date"] = event["event_date_end"] = pd.Timestamp(day)
        event["dataset"] = "SYNTHETIC"
        event["notes"] = "SYNTHETIC benchmark event, not a real event."
        frames.append(event)
        made.append((event_id, day))
    with open_store(url) as store:
        store.add(pd.concat(frames), Origin("bench", "synthetic"))
    return made


@contextlib.contextmanager
def _servers(url: str, folder: Path, *, timeout_s: float) -> Iterator[list[str]]:
    """Two app servers on the database, as "Server A" and "Server B"."""
    with contextlib.ExitStack() as stack:
        found = []
        for label in ("A", "B"):
            saved = {k: os.environ.get(k) for k in ("KCM_DATABASE_URL", "KCM_ANALYST")}
            os.environ.update(KCM_DATABASE_URL=url, KCM_ANALYST=f"Server {label}")
            try:
                home = folder / f"home-{label}"
                log = folder / f"server-{label}.log"
                address, _ = stack.enter_context(
                    server(home, folder / "cache", log, timeout_s=timeout_s)
                )
            finally:
                for key, value in saved.items():
                    if value is None:
                        os.environ.pop(key, None)
                    else:
                        os.environ[key] = value
            found.append(address)
        yield found


async def _settled(page: Any, timeout_ms: float) -> None:
    """Until the app's run is over: while it runs, the elements of the run before stay
    on the page, marked stale (a form of the revision before, say)."""
    await page.wait_for_function(
        "() => !document.querySelector('[data-stale=\"true\"]')", timeout=timeout_ms
    )


async def _save(page: Any, base: str, event: str, day: str, token: str, who: Analyst,
                timeout_ms: float) -> None:  # fmt: skip
    """Open the event and add ``token`` to its notes, again after each stale refusal."""
    start = time.perf_counter()
    await page.goto(f"{base}/?from={day}&to={day}", wait_until="domcontentloaded")
    frame = page.frame_locator("iframe[src*='streamlit_folium']").first
    for _ in range(20):
        for attempt in range(3):  # a click lost while the page was still loading
            await frame.locator("path.kcm-event").first.click(force=True, timeout=timeout_ms)
            try:
                await page.get_by_text("Review status").first.wait_for(timeout=timeout_ms / 3)
                break
            except Exception:
                if attempt == 2:
                    raise
        await _settled(page, timeout_ms)
        notes = page.get_by_label("Notes")
        if not await notes.is_visible():
            await page.get_by_text("Edit this event").first.click(timeout=timeout_ms)
            await _settled(page, timeout_ms)
        # the text as shown: every event has notes, so an empty box is one not yet filled in
        await page.wait_for_function(
            "() => [...document.querySelectorAll('textarea')].some(t => t.value !== '')",
            timeout=timeout_ms,
        )
        await notes.fill((await notes.input_value()) + f" {token}")
        await page.get_by_role("button", name="Save the changes").click()
        saved = page.get_by_text("saved by Server")
        refused = page.get_by_text("Nothing was saved")
        await saved.or_(refused).first.wait_for(timeout=timeout_ms)
        if await saved.count():
            who.confirmed.append((event, token))
            who.seconds.append(time.perf_counter() - start)
            return
        who.refused += 1
        await page.get_by_role("button", name="Reload the event").last.click(timeout=timeout_ms)
        await page.get_by_text("Nothing was saved").wait_for(state="detached", timeout=timeout_ms)
        await _settled(page, timeout_ms)
    who.failed.append(f"{event}: refused 20 times")


async def _analyst(browser: Any, base: str, who: Analyst, plan: list[tuple[str, str]],
                   timeout_ms: float) -> None:  # fmt: skip
    context = await browser.new_context(viewport={"width": 1366, "height": 900})
    page = await context.new_page()
    try:
        for round_number, (event, day) in enumerate(plan):
            token = f"[{who.name}#{round_number}]"
            try:
                await _save(page, base, event, day, token, who, timeout_ms)
            except Exception as error:  # a timeout: counted, and the bench fails
                who.failed.append(f"{event} {token}: {type(error).__name__}: {error}"[:300])
    finally:
        await context.close()


async def _work(bases: list[str], events: list[tuple[str, str]], analysts: int, rounds: int,
                hot: int, timeout_ms: float) -> tuple[list[Analyst], float]:  # fmt: skip
    from playwright.async_api import async_playwright

    team = [Analyst(f"a{number}") for number in range(analysts)]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            start = time.perf_counter()
            await asyncio.gather(
                *(
                    _analyst(
                        browser,
                        bases[number % len(bases)],
                        who,
                        [events[(number + r) % hot] for r in range(rounds)],
                        timeout_ms,
                    )
                    for number, who in enumerate(team)
                )
            )
            wall = time.perf_counter() - start
        finally:
            await browser.close()
    return team, wall


def _check(url: str, events: list[tuple[str, str]], team: list[Analyst]) -> list[tuple[str, bool]]:
    """The invariants, read from the database."""
    confirmed: dict[str, list[str]] = {event: [] for event, _ in events}
    for who in team:
        for event, token in who.confirmed:
            confirmed[event].append(token)
    with open_store(url) as store:
        states = store.states()
        stored = store.read(statuses=("published",))
        log = store.log()
    edits = log[log["action"] == "edit"]
    lost = [
        (event, token)
        for event, tokens in confirmed.items()
        for token in tokens
        if token not in str(stored.loc[event, "notes"])
    ]
    for event, token in lost[:5]:  # how it was lost: the event's edits, in order
        print(f"lost {token} on {event}:")
        for _, edit in edits[edits["event_id"] == event].iterrows():
            before = json.loads(edit["before"])
            after = json.loads(edit["after"])
            print(f"  r{before['revision']}->r{after['revision']} {edit['who']}: "
                  f"...{str(after['notes'])[-60:]}")  # fmt: skip
    revisions = all(
        int(states.loc[event, "revision"]) == 1 + len(tokens) for event, tokens in confirmed.items()
    )
    logged = all(
        int((edits["event_id"] == event).sum()) == len(tokens)
        for event, tokens in confirmed.items()
    )
    return [
        (f"no lost update ({sum(map(len, confirmed.values()))} confirmed saves, {len(lost)} lost)",
         not lost),
        ("each revision grew by exactly its confirmed saves", revisions),
        (f"the audit log has one edit per confirmed save ({len(edits)} edits)", logged),
        (f"no event added or lost ({len(states)} events)", len(states) == len(events)),
        ("every analyst finished", not any(who.failed for who in team)),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--analysts", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--events", type=int, default=6, help="SYNTHETIC events (at most 31)")
    parser.add_argument("--hot", type=int, default=3, help="how many events they all edit")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per wait")
    args = parser.parse_args(argv)
    print("Two app servers, one team database, analysts saving at once (issue 14)")
    with postgres_server() as admin, tempfile.TemporaryDirectory(prefix="kcm-srv-") as tmp:
        if admin is None:
            return 1
        with fresh_database(admin, "servers") as owner_url:
            login_url, _ = _login(admin, owner_url)
            events = _seed(owner_url, min(args.events, 31))
            with _servers(login_url, Path(tmp), timeout_s=args.timeout) as bases:
                print(f"servers: {', '.join(bases)}; {len(events)} SYNTHETIC events")
                alone, _ = asyncio.run(_work(bases[:1], events[-1:], 1, 2, 1, args.timeout * 1000))
                team, wall = asyncio.run(
                    _work(bases, events, args.analysts, args.rounds, args.hot, args.timeout * 1000)
                )
            checks = _check(owner_url, events, [*alone, *team])
    base = statistics.median(alone[0].seconds) if alone[0].seconds else float("nan")
    times = [s for who in team for s in who.seconds]
    refused = sum(who.refused for who in team)
    print(f"\nbaseline, one analyst alone: {base:.1f} s per save (open, click, edit, save)")
    if times:
        print(
            f"{args.analysts} analysts on 2 servers, {args.rounds} rounds on {args.hot} hot "
            f"events: {len(times)} saves confirmed in {wall:.0f} s; per save median "
            f"{statistics.median(times):.1f} s (min {min(times):.1f}, max {max(times):.1f}), "
            f"{statistics.median(times) / base:.1f}x the baseline; {refused} stale saves "
            "refused and made again"
        )
    for who in team:
        for failure in who.failed:
            print(f"  {who.name}: {failure}")
    for said, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {said}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
