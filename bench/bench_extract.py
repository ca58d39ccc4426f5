"""How long the report extractor takes, from a short report to a long web page.

Texts (none stored in the repository):

* ``seed``: the seed report (../shared/seeds, 3.6 KB), if present;
* ``fixtures``: every passage of tests/data/reports/*.json, one after another;
* ``page-200k``: a SYNTHETIC long page: the fixture passages repeated, with web-page
  boilerplate (share links, related stories) between them, to about 200 KB;
* ``page-400k``: the same at the extractor's limit (``MAX_CHARS``);
* hostile SYNTHETIC texts of about 200 KB that once made a regular expression or a
  span check quadratic: one 200 KB clause of casualty figures, one 180 KB word of
  apostrophes, 200 KB of one letter, 200 KB of numbers in one list (``numbers``), 7,000
  region names, 200 KB of hard-wrapped
  sentences naming places in spelling variants (``places``), every township named over
  and over (``townships``), thousands of quoted mentions with neither a day nor a place
  (``quoted``), thousands of listed villages the gazetteer lacks (``villages``), a
  comma list of digits (``digits``), "In In," after a casualty verb (``in-in``), a
  day run into its month 40,000 times (``day-month``), and one 200 KB run of a town's
  name and words of a feature ("Bhamo Public ...", ``features``), and one deed done to
  a 200 KB list of things each told with a day of its own (``dated-list``), an
  event followed by 200 KB of lines with no full stop (``lines``), a thousand clauses
  each with a day and a toll (``while-days``, 50 KB), and one deed told in quoted words
  with a day of its own, again and again to ``MAX_CHARS`` (``retold``).

For each text it times :func:`geo.extract.extract` and, as the baseline measured in
the same run, ``re.findall(r"\\w+", text)`` (merely reading every word once). Each is
the best of ``--repeat`` runs. The gazetteer is loaded once, first, and timed alone.

Run: ``.venv/bin/python bench/bench_extract.py`` (not part of the test suite).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.extract import extract  # noqa: E402
from geo.extract.report import MAX_CHARS  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "000_f7f338b0c3fe987b.txt"
BOILERPLATE = (
    "\nShare this story on Facebook, X and Telegram. Related: rice prices in Yangon; "
    "jade trade in Mandalay; monsoon floods in Sagaing Region. Subscribe to our newsletter.\n"
)


def _best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    start = time.perf_counter()
    gazetteer = load_gazetteer()
    print(f"gazetteer loaded in {time.perf_counter() - start:.2f} s (once per process)\n")

    passages = [
        p["text"]
        for path in sorted((ROOT / "tests" / "data" / "reports").glob("*.json"))
        for p in json.loads(path.read_text(encoding="utf-8"))["passages"]
    ]
    fixtures = "\n\n".join(passages)
    texts = {}
    if SEED.exists():
        texts["seed"] = SEED.read_text(encoding="utf-8")
    texts["fixtures"] = fixtures
    for name, size in (("page-200k", 200_000), ("page-400k", MAX_CHARS)):
        page = ""
        while len(page) < size:
            page += fixtures + BOILERPLATE
        texts[name] = page[:size]
    texts["one-clause"] = "killed 3 people and 4 soldiers and " * 6000
    texts["apostrophe"] = "Ka'ka'ka'" * 20000
    texts["one-letter"] = "a" * 200_000
    # a page-long list of numbers before a month: a list of days read from every number
    # once went quadratic
    texts["numbers"] = ", ".join(str(n % 30 + 1) for n in range(60_000))[:200_000] + " and 5 May"
    texts["regions"] = "Kachin, Shan, and Chin states " * 7000
    # thousands of places and townships named (the report's context grows with them),
    # a spelling variant to look up in each, hard-wrapped at 72 columns
    many = (
        "Regime jets bombed Mung Hkawng village in Mansi Township and Janmai in Momauk "
        "Township on Monday, killing a farmer and her son, residents said. "
    ) * 1400
    texts["places"] = "\n".join(many[i : i + 72] for i in range(0, len(many), 72))
    texts["townships"] = (
        "Fighting in " + ", ".join(f"{t.name} Township" for t in gazetteer.townships()) * 14 + "."
    )
    # thousands of quoted mentions with neither a day nor a place, each left out: the
    # list of what was left out, and the search for the last dated event, once went
    # quadratic
    texts["quoted"] = ("“Jets bombed it today and yesterday. " * 5500)[:200_000]
    # a page-long clause of air strikes, each carrying a chemical weapon on a day: the
    # carriers of the weapons told after them were once sought over every pair of them
    texts["chemical"] = ("jets bombed the camp on 5 May using chemical bombs and " * 3700)[:200_000]
    # a page-long sentence of thousands of undated deeds (grenades thrown, bridges blown
    # up): each deed's sentence was once read whole again for each of them
    texts["one-sentence"] = (
        "Two men threw a hand grenade and blew up the bridge, and the grenade exploded; " * 2600
    )[:200_000]
    # a page-long sentence of protests, each broken up and told before an attack on it:
    # each attack reads the words before it for a protest (a window, not the sentence);
    # with no place, the reader of 'c9ff514' was quadratic on it (37 s at 200,000)
    texts["protests"] = (
        "protesters staged a rally, police fired tear gas to disperse the crowd and shot dead "
        "two of them, " * 2100
    )[:200_000]
    # a page-long sentence of a strike done again and again, each on a day of its own near
    # a village the gazetteer lacks: each joint's two parts were read for a deed of
    # another day, so the sentence was read again at each (the forty-fifth session's first
    # freeze took 40 s at 8,000 characters)
    texts["again"] = (
        "Jets bombed Chaung Wa village in Bhamo Township on February 1 "
        + "".join(
            f"and again on February {n % 27 + 2} near Mei Ngo{n} village " for n in range(5000)
        )
    )[:199_999] + "."
    # thousands of villages the gazetteer lacks, each named in a list beside a township
    # the report names: each is respelled by two rules (a name a few letters from one of
    # the township's places), so a page of them once tripled the time
    syllables = ("Nam", "Hka", "Lung", "Taw", "Pa", "Mai", "Seng", "Kyaw", "Ja", "Lum")
    names = [
        f"{syllables[i % 10]}{syllables[i // 10 % 10].lower()} {syllables[i // 100 % 10]}"
        for i in range(1000)
    ]
    texts["villages"] = (
        "Fighting broke out in Hpakant Township. "
        + " ".join(
            f"Troops shelled {a} village, {b} and {c} on Monday."
            for a, b, c in zip(names, names[1:] + names[:1], names[2:] + names[:2], strict=True)
        )
        * 4
    )[:200_000]

    # a comma list of digits before "killed" (every digit once began a number to read to
    # the end), "In" after "In" before a township list, a day run into its month again
    # and again (each once rescanned or copied the whole text)
    texts["digits"] = ("1," * 100_000)[:200_000] + " killed."
    texts["in-in"] = ("Three villagers were killed in " + "In In, " * 30_000)[:200_000]
    texts["day-month"] = ("1May " * 40_000)[:200_000]
    # one run of capitalised words of a feature named by a place ("Bhamo Public
    # Hospital"), 200 KB long: whether the words after each name a feature was once
    # read to the run's end from each word
    texts["features"] = ("Shells hit " + "Bhamo Public " * 16_000)[:199_990] + " Hospital."
    # one deed done to a 200 KB list of things, each with a day of its own: a list longer
    # than a report's is not read item by item (each item once made an event that carried
    # the whole sentence)
    months = ("Jan.", "Feb.", "March", "April", "May", "June")
    texts["dated-list"] = (
        "The KIA captured Light Infantry Battalion 236 in Bhamo on Jan. 1, "
        + "".join(
            f"Tank Battalion {n} on {months[n % 6]} {n % 28 + 1}, " for n in range(1000, 7000)
        )
    )[:200_000] + "."
    # an event, then 200 KB of lines with no full stop, each of which might give it the
    # day it lacks: the sentences between were once counted from the event for each line
    texts["lines"] = ("Jets bombed Mansi town.\n" + "Food is short\n" * 16_000)[:200_000]

    # one sentence of a thousand clauses, each with a day and a toll of its own: each
    # clause once searched the whole sentence again for words of a tally (50 KB: the
    # starting reader of the thirty-first session took about a minute on 200 KB)
    texts["while-days"] = (
        "At least "
        + "four troops died in a clash in Mong Ko on August 26, while five died on August 28, "
        * 600
    )[:50_000] + " the MNDAA said."

    # one deed told in quoted words with a day of its own, again and again to the
    # extractor's limit: each telling once gathered anew the sides named in all before it
    telling = '"The KIA hit the junta base in Bhamo on Monday," he said. '
    texts["retold"] = (telling * (MAX_CHARS // len(telling) + 1))[:MAX_CHARS]

    published = dt.date(2025, 6, 30)
    header = ("text", "chars", "events", "baseline s", "extract s", "ratio")
    print(
        f"{header[0]:<10} "
        + " ".join(f"{h:>{w}}" for h, w in zip(header[1:], (8, 7, 11, 10, 8), strict=True))
    )
    for name, text in texts.items():
        baseline = _best(lambda t=text: re.findall(r"\w+", t), args.repeat)
        seconds = _best(
            lambda t=text: extract(t, published=published, gazetteer=gazetteer), args.repeat
        )
        events = len(extract(text, published=published, gazetteer=gazetteer).events)
        print(
            f"{name:<10} {len(text):>8,} {events:>7} {baseline:>11.4f} {seconds:>10.3f} "
            f"{seconds / baseline:>7.0f}x"
        )


if __name__ == "__main__":
    main()
