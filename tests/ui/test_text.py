"""ui.text: untrusted text made safe for HTML (and folium's templates), Markdown and tables."""

from __future__ import annotations

import pandas as pd
import pytest
from jinja2 import Template

from ui.text import (
    BIDI_CONTROLS,
    TEMPLATE_MARKS,
    code_span,
    esc,
    plain,
    visible,
    visible_frame,
)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("Mung Lai Hkyet", "Mung Lai Hkyet"),
        ("<script>", "&lt;script&gt;"),
        ("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#x27;single&#x27;"),
        ("${alert(1)}", "&#36;&#123;alert(1)&#125;"),
        ("`tick` and \\", "&#96;tick&#96; and &#92;"),
        ("{{ 7*7 }}", "&#123;&#123; 7*7 &#125;&#125;"),
        ("{% if 1 %}x{% endif %}", "&#123;% if 1 %&#125;x&#123;% endif %&#125;"),
        ("{# open comment", "&#123;# open comment"),
        ("a\u202egnp.exe", "a[U+202E]gnp.exe"),
        (None, ""),
        (float("nan"), ""),
        (29, "29"),
    ],
)
def test_esc(text: object, escaped: str) -> None:
    assert esc(text) == escaped


PAYLOADS = [
    "{{ 7*7 }}",
    "{% for x in range(3) %}{{ x }}{% endfor %}",
    "{#",
    "{{ cycler.__init__.__globals__.os.popen('touch /tmp/kcm-pwned').read() }}",
    "{%raw%}{{ 7*7 }}{%endraw%}",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaped_text_renders_literally_through_any_number_of_templates(payload: str) -> None:
    text = esc(payload)
    assert not any(mark in text for mark in TEMPLATE_MARKS)
    for _ in range(3):  # folium compiles its own output as a template again
        text = Template(text).render()
    assert text == esc(payload)


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_every_bidi_control_is_shown_not_obeyed(control: str) -> None:
    shown = visible(f"abc{control}def")
    assert control not in shown
    assert shown == f"abc[U+{ord(control):04X}]def"


def test_plain_escapes_markdown_and_bidi() -> None:
    assert plain("[x](https://e.org)\u202e") == r"\[x\]\(https\:\/\/e\.org\)\[U\+202E\]"


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("python -m geo events --type Battles", "`python -m geo events --type Battles`"),
        ("[a link](https://example.org) *not* $x$", "`[a link](https://example.org) *not* $x$`"),
        ("a `tick` inside", "``a `tick` inside``"),
        ("``two`` and `one`", "``` ``two`` and `one` ```"),
        ("`at the ends`", "`` `at the ends` ``"),
        ("two\nlines", "`two lines`"),
        ("x\u202ey", "`x[U+202E]y`"),
        ("", ""),
        (None, ""),
    ],
)
def test_code_span(text: object, markdown: str) -> None:
    assert code_span(text) == markdown


def test_visible_frame_changes_text_cells_only() -> None:
    frame = pd.DataFrame(
        {"a": ["x\u202ey", None], "n": [1, -2], "s": pd.array(["\u2067", "ok"], dtype="string")},
        index=["r1", "r2"],
    )
    shown = visible_frame(frame)
    assert shown["a"].iloc[0] == "x[U+202E]y"
    assert pd.isna(shown["a"].iloc[1])
    assert list(shown["n"]) == [1, -2]
    assert list(shown["s"]) == ["[U+2067]", "ok"]
    assert list(shown.index) == ["r1", "r2"]
    assert frame.loc["r1", "a"] == "x\u202ey"  # the input is not changed
