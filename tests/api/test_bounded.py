"""Answers that would hold the console: a body too big, a server trickling one byte at a
time, a rate-limit reset in the year 5138. Each from a real server on a loopback socket."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop.api import WorkTimeClient
from desktop.api.errors import NetworkError, ProtocolError

ORG = b'{"success": true, "data": {"id": "org_1", "name": "Acme"}}'
KEY = "wt_test_key_bounded"
Handler = Callable[[socket.socket], None]


def head(length: int | None, extra: str = "") -> bytes:
    size = "" if length is None else f"Content-Length: {length}\r\n"
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{size}{extra}"
        "Connection: close\r\n\r\n"
    ).encode()


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], str]]:
    """A server on 127.0.0.1 that answers each connection with ``handler`` for 20 s at most."""
    listeners: list[socket.socket] = []
    stop = threading.Event()

    def start(handler: Handler) -> str:
        listener = socket.create_server(("127.0.0.1", 0))
        listener.settimeout(0.2)
        listeners.append(listener)

        def accept() -> None:
            deadline = time.monotonic() + 20
            while not stop.is_set() and time.monotonic() < deadline:
                try:
                    conn, _ = listener.accept()
                except TimeoutError:
                    continue
                except OSError:
                    return
                with conn:
                    conn.settimeout(5)
                    try:
                        conn.recv(65536)  # the request; its content does not matter here
                        handler(conn)
                    except OSError:
                        pass  # the client hung up: what a capped read does

        threading.Thread(target=accept, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}"

    yield start
    stop.set()
    for listener in listeners:
        listener.close()


async def organization(url: str, **options: object) -> object:
    async with WorkTimeClient(url, KEY, max_attempts=1, **options) as client:  # type: ignore[arg-type]
        return await client.organization()


def test_an_answer_over_the_cap_is_refused_by_its_length(serve: Callable[[Handler], str]) -> None:
    def huge(conn: socket.socket) -> None:
        conn.sendall(head(25 * 1024 * 1024))
        conn.sendall(b" " * 65536)  # and more would follow

    with pytest.raises(ProtocolError) as caught:
        asyncio.run(organization(serve(huge)))
    assert str(caught.value) == (
        "WorkTime One sent an answer larger than 20 MB; Front Desk stopped reading it."
    )


def test_an_answer_over_the_cap_without_a_length_is_cut_off(
    serve: Callable[[Handler], str],
) -> None:
    sent: list[int] = []

    def endless(conn: socket.socket) -> None:
        conn.sendall(head(None))
        chunk = b"[" * 65536
        for _ in range(1000):  # 64 MB at most: far past the 1 MB cap set below
            conn.sendall(chunk)
            sent.append(len(chunk))

    with pytest.raises(ProtocolError) as caught:
        asyncio.run(organization(serve(endless), max_body=1024 * 1024))
    assert "larger than 1 MB" in str(caught.value)
    assert sum(sent) < 64 * 1024 * 1024  # the connection was closed, not read to its end


def test_a_trickling_server_meets_the_deadline(serve: Callable[[Handler], str]) -> None:
    def trickle(conn: socket.socket) -> None:
        conn.sendall(head(len(ORG)))
        for byte in ORG:  # one byte every 0.2 s: each read is quick, the whole takes 12 s
            conn.sendall(bytes([byte]))
            time.sleep(0.2)

    started = time.monotonic()
    with pytest.raises(NetworkError) as caught:
        asyncio.run(organization(serve(trickle), timeout=5.0, deadline=1.0))
    assert str(caught.value) == (
        "WorkTime One did not finish answering within 1 seconds. Check the network and try again."
    )
    assert caught.value.maybe_sent
    assert time.monotonic() - started < 10  # a guard only: it did not wait for the body


def test_a_reset_in_the_year_5138_is_clamped_to_the_hour(
    serve: Callable[[Handler], str], caplog: pytest.LogCaptureFixture
) -> None:
    far = int(datetime(5138, 1, 1, tzinfo=UTC).timestamp())
    rate = f"X-RateLimit-Limit: 100\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: {far}\r\n"

    def answer(conn: socket.socket) -> None:
        conn.sendall(head(len(ORG), rate) + ORG)

    async def main() -> datetime:
        async with WorkTimeClient(serve(answer), KEY, max_attempts=1) as client:
            await client.organization()
            assert client.rate_limit is not None
            return client.rate_limit.reset_at

    with caplog.at_level(logging.WARNING, logger="desktop.api"):
        before = datetime.now(UTC)
        reset_at = asyncio.run(main())
    assert before < reset_at <= datetime.now(UTC) + timedelta(hours=1)
    assert f"X-RateLimit-Reset {far} is more than the documented hour away" in caplog.text
