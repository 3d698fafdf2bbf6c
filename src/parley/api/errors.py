"""Every error the API returns is JSON `{"error": "...", "field": ...}` with a fitting status code.

`field` names the offending parameter or body field (`date_from`, `documents[0].date`) or is null.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.routing import Match

log = logging.getLogger("parley.api")


class ApiErrorOut(BaseModel):
    """The body of every error response."""

    error: str
    field: str | None = None


def documented(*statuses: int) -> dict:
    """OpenAPI `responses` for these error statuses, all with the `ApiErrorOut` body."""
    reasons = {401: "Missing or wrong token", 403: "Posting from another host without a token",
               404: "No such item", 413: "Request body too large", 422: "Invalid parameter or body"}
    return {status: {"model": ApiErrorOut, "description": reasons[status]} for status in statuses}


class ApiError(Exception):
    def __init__(self, status: int, message: str, field: str | None = None, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.field, self.headers = status, message, field, headers


def error_response(status: int, message: str, field: str | None = None, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "field": field}, status_code=status, headers=headers)


def field_name(loc: tuple) -> str | None:
    """("body", "documents", 0, "date") -> "documents[0].date"; ("query", "date_from") -> "date_from"."""
    name = ""
    for part in loc[1:]:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or (loc[0] if loc and loc[0] == "body" else None)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route takes on this request's path."""
    methods = set()
    for route in request.app.router.routes:
        if route.matches(request.scope)[0] != Match.NONE:  # PARTIAL: the path matches, the method does not
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def _unreadable(cause: BaseException) -> str:
    if isinstance(cause, UnicodeDecodeError):
        return f"not valid UTF-8 (byte {cause.start})"
    if isinstance(cause, RecursionError):
        return "JSON nested too deeply"
    return "cannot be read as JSON"


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, error: ApiError) -> JSONResponse:
        return error_response(error.status, error.message, error.field, error.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0]
        field = "body" if first.get("type") == "json_invalid" else field_name(tuple(first.get("loc", ())))
        message = first.get("msg", "invalid request").removeprefix("Value error, ")
        return error_response(422, f"{field}: {message}" if field else message, field)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, error: HTTPException) -> JSONResponse:
        headers = getattr(error, "headers", None)
        if error.status_code == 400 and error.__cause__ is not None:  # FastAPI could not read the JSON body
            return error_response(422, f"body: {_unreadable(error.__cause__)}", "body")
        if error.status_code == 405:  # Starlette names the methods of the first route on the path only
            headers = {**(headers or {}), "Allow": ", ".join(allowed_methods(request))}
        return error_response(error.status_code, str(error.detail), None, headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("error while serving %s", request.url.path)
        return error_response(500, "internal server error")
