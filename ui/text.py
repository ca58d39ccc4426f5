"""Untrusted text made safe to show, in one place for every way the app shows it.

Event, source and report text comes from files and reports nobody vetted. Three
functions cover every way it reaches the screen:

* :func:`esc` for HTML, including HTML that folium and branca put into JavaScript
  template literals and then compile *as Jinja2 templates* (folium wraps each
  element's rendered output in a new template, so ``{{ 7*7 }}`` in a popup would be
  evaluated on the server): besides HTML's own characters it encodes ``{`` and ``}``
  (no template delimiter survives), ``$``, backticks and backslashes;
* :func:`plain` for Streamlit's Markdown elements (``st.error``, ``st.caption``...),
  and :func:`code_span` for text shown in them as code (a command to copy);
* :func:`visible_frame` for tables (``st.dataframe``, ``st.data_editor``).

All three first apply :func:`visible`: bidirectional control characters, which can
mirror or reorder the rest of a line (a right-to-left override makes ``txt.exe``
read as ``exe.txt``), are replaced by a visible ``[U+202E]``.
"""

from __future__ import annotations

import html
import math
import re
from typing import Final

import pandas as pd

__all__ = [
    "BIDI_CONTROLS",
    "TEMPLATE_MARKS",
    "code_span",
    "esc",
    "plain",
    "visible",
    "visible_frame",
]

#: Embeddings, overrides, isolates and the directional marks (Unicode's Bidi_Control).
BIDI_CONTROLS: Final = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
#: What starts a Jinja2 expression, statement or comment: never left in escaped text.
TEMPLATE_MARKS: Final = ("{{", "{%", "{#")

_BIDI: Final = re.compile(f"[{''.join(sorted(BIDI_CONTROLS))}]")
_PUNCTUATION: Final = re.compile(r"([!-/:-@\[-`{-~])")
_HTML_EXTRA: Final = str.maketrans(
    {"{": "&#123;", "}": "&#125;", "$": "&#36;", "`": "&#96;", "\\": "&#92;"}
)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def visible(value: object) -> str:
    """``value`` as text with every bidirectional control shown as ``[U+XXXX]``."""
    return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", _text(value))


def esc(value: object) -> str:
    """Text safe inside HTML, inside folium's JavaScript template literals and inside
    the Jinja2 templates folium compiles from them (``None`` and NaN give ``""``)."""
    return html.escape(visible(value), quote=True).translate(_HTML_EXTRA)


def plain(value: object) -> str:
    """Text shown as it is by Streamlit's Markdown elements (``st.warning``, ``st.error``,
    ``st.caption``...): every ASCII punctuation mark is backslash-escaped, so event text,
    file names and URL values can make no link, image (a request elsewhere), formula,
    colour or icon."""
    return _PUNCTUATION.sub(r"\\\1", visible(value))


def code_span(value: object) -> str:
    """Markdown for ``value`` shown as inline code, exactly as it is: fenced by more
    backticks than any run inside it (CommonMark reads nothing inside a code span: no
    link, no emphasis, no escape), on one line. Lighter than ``st.code``, whose syntax
    highlighter blocks the browser for 0.2-0.4 s the first time a page shows one."""
    text = " ".join(visible(value).splitlines())
    if not text.strip():
        return ""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def visible_frame(frame: pd.DataFrame | pd.Series) -> pd.DataFrame:
    """A copy of ``frame`` (a Series becomes a one-column frame) for a table widget,
    its text cells and text index passed through :func:`visible`, other cells as
    they are."""
    out = frame.to_frame() if isinstance(frame, pd.Series) else frame.copy()
    if out.index.dtype == object or isinstance(out.index.dtype, pd.StringDtype):
        out.index = pd.Index([visible(v) if isinstance(v, str) else v for v in out.index])
    for column in out.columns:
        values = out[column]
        if values.dtype == object or isinstance(values.dtype, pd.StringDtype):
            out[column] = [visible(v) if isinstance(v, str) else v for v in values]
    return out
