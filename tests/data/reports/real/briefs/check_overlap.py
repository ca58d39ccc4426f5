"""Check that retold passages share no run of seven words with their originals.

Usage: ``python3 check_overlap.py ORIGINALS.json RETOLD.json`` (passages matched by
their source URL). Prints each retold passage that shares a run in its text, its
left-outs or its events' notes, and exits non-zero when any does. The originals are the
verbatim passages kept outside the repository. A word is letters and digits, with an
apostrophe only inside it ("junta's"): a quote mark is no part of a word, so a run
inside quotes is a run.
"""

from __future__ import annotations

import json
import re
import sys

RUN = 7


def _words(text: str) -> list[str]:
    return re.findall(r"\w+(?:['’]\w+)*", text.casefold())


def _runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def main(originals_path: str, retold_path: str) -> int:
    with open(originals_path, encoding="utf-8") as file:
        originals = {p["source"]["url"]: p for p in json.load(file)["passages"]}
    with open(retold_path, encoding="utf-8") as file:
        retold = json.load(file)["passages"]
    bad = 0
    for passage in retold:
        original = originals.get(passage["source"]["url"])
        if original is None:
            print("no original:", passage["id"])
            bad += 1
            continue
        theirs = _runs(original["text"])
        ours = [passage["text"]]
        ours += [
            x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)
            for x in passage.get("left_out", [])
        ]
        ours += [e.get("note") or "" for e in passage.get("events", [])]
        shared = set().union(*(_runs(t) & theirs for t in ours))
        if shared:
            bad += 1
            print(passage["id"], len(shared), [" ".join(s) for s in list(shared)[:5]])
    print("passages with a shared run:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
