"""Request bodies over a size limit are refused with 413 before the application reads them; responses say
`nosniff`.

A declared Content-Length over the limit is refused at once; a body without one (chunked) is counted
as it arrives and refused as soon as it passes the limit, so nothing large is ever held in memory.
"""
from __future__ import annotations

from .errors import error_response


class BodyLimit:
    """Pure ASGI middleware; reads at most `max_bytes` + one chunk, then replays the body to the app."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        body, more = bytearray(), True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # client went away
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
        sent = False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope, receive, send) -> None:
        response = error_response(413, f"request body too large: the limit is {self.max_bytes:,} bytes", "body")
        await response(scope, receive, send)


class NoSniff:
    """Every response says `X-Content-Type-Options: nosniff`: a browser never takes JSON holding article
    text (which may hold markup) for HTML."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"x-content-type-options", b"nosniff")]}
            await send(message)

        await self.app(scope, receive, sending)
