"""Compress the app's static files over HTTP: Streamlit sends its own scripts
uncompressed (about 3 MB on a first visit; 1 MB gzipped), a long wait on the slow
connections many users work on.

:class:`StaticGzip`, installed by ``serve.py`` after the Host guard, gzips only the
responses to ``GET`` requests for static files (paths under :data:`STATIC_PREFIXES`
with a text-like suffix, :data:`COMPRESSED_SUFFIXES`), when the browser accepts gzip.
Nothing that can hold a secret or reflect what the user sent (the websocket, uploads,
the health and host-config answers) is compressed, so no compression side channel
(BREACH) is opened; a response already compressed is sent as it is.
"""

from __future__ import annotations

from typing import Final

from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["COMPRESSED_SUFFIXES", "STATIC_PREFIXES", "StaticGzip", "compressible"]

#: Streamlit's own frontend, the app's ``static/`` folder, components' files.
STATIC_PREFIXES: Final = ("/static/", "/app/static/", "/component/")
#: Text-like files: scripts, styles, maps and pages (fonts and images are compressed
#: already).
COMPRESSED_SUFFIXES: Final = (".js", ".mjs", ".css", ".json", ".geojson", ".html", ".svg", ".map")
#: Smaller responses are sent as they are: gzip would not pay for its header.
MINIMUM_BYTES: Final = 1_000


def compressible(scope: Scope) -> bool:
    """Whether a request is for a static text file the middleware may gzip."""
    if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD"):
        return False
    path: str = scope.get("path", "")
    return path.startswith(STATIC_PREFIXES) and path.lower().endswith(COMPRESSED_SUFFIXES)


class StaticGzip:
    """ASGI middleware: :class:`starlette.middleware.gzip.GZipMiddleware` for static
    text files only (:func:`compressible`), everything else passed through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=MINIMUM_BYTES)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if compressible(scope):
            await self.gzip(scope, receive, send)
        else:
            await self.app(scope, receive, send)
