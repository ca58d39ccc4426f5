"""geo.extract.text: sentences, clauses, and what is not the account blanked."""

from __future__ import annotations

import pytest

from geo.extract.text import clauses, masked, sentences, shorten


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. N'Ban La spoke. The KIA attacked.", ["Gen. N'Ban La spoke.", "The KIA attacked."]),
        (
            "It happened on Oct. 9 at night. Two died.",
            ["It happened on Oct. 9 at night.", "Two died."],
        ),
        ("First line\nSecond line", ["First line", "Second line"]),
        ("“We will fight,” he said. Then he left.", ["“We will fight,” he said.", "Then he left."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_clauses_split_at_but_and_semicolons() -> None:
    text = "The regime denied the strike but the regime kept shelling; troops fled."
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == [
        "The regime denied the strike",
        "the regime kept shelling",
        "troops fled.",
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("BHAMO, March 15 (Reuters) — Jets bombed Laiza.", "Jets bombed Laiza."),
        ("By Staff\n\nMYITKYINA, Myanmar — Jets bombed Laiza.", "Jets bombed Laiza."),
        ("Junta Air Strike Kills Nine in Laiza\nJets bombed Laiza.", "Jets bombed Laiza."),
        ("On\u00a0March\u00a014 jets bombed Laiza.", "On March 14 jets bombed Laiza."),
        ("Jets bombed Laiza on Monday.", "Jets bombed Laiza on Monday."),
    ],
)
def test_masked_keeps_the_account_and_every_offset(text: str, words: str) -> None:
    out = masked(text)
    assert len(out) == len(text)  # offsets into the text as given still hold
    assert " ".join(out.split()) == words


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("one two three four", limit=10) == "one two …"
    assert shorten("short") == "short"
