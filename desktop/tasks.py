"""Background work as a small chained object, on the qasync loop.

``Op(load).with_progress("Loading locks…").success(show).failure(report).run()``

The runner keeps a reference to every task (asyncio only keeps weak ones),
cancels the older task when a newer one with the same ``key`` supersedes it,
and routes failures: an ``ApiError`` is a known failure and becomes a message
for the manager; anything else is a bug, logged with its traceback and shown,
and the console stays up. Nothing is swallowed silently.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from desktop.files import file_problem_text
from desktop.messages import MessageBus
from desktop.messages import bus as default_bus
from desktop.words import translate

T = TypeVar("T")
log = logging.getLogger("desktop.tasks")

ProgressHook = Callable[[str | None], None]


def known_failure_text(exc: BaseException) -> str | None:
    """The manager-facing text of a known failure, or None for a bug."""
    from desktop.api.errors import ApiError  # the api layer may land after this module

    if isinstance(exc, ApiError):
        return str(exc)
    return file_problem_text(exc)


class TaskRunner:
    def __init__(self, bus: MessageBus | None = None) -> None:
        self.bus = bus or default_bus
        self._tasks: set[asyncio.Task[object]] = set()
        self._by_key: dict[str, asyncio.Task[object]] = {}
        self.progress_hook: ProgressHook | None = None
        self._progress: dict[asyncio.Task[object], str] = {}

    def start(self, op: Op[T]) -> asyncio.Task[T]:
        if op.key and (older := self._by_key.get(op.key)) and not older.done():
            older.cancel()
        task: asyncio.Task[T] = asyncio.ensure_future(self._run(op))
        self._tasks.add(task)
        if op.key:
            self._by_key[op.key] = task
        if op.progress_label:
            self._progress[task] = op.progress_label
            self._report_progress()
        task.add_done_callback(self._forget)
        return task

    async def _run(self, op: Op[T]) -> T:
        try:
            result = await op.factory()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._fail(op, exc)
            raise
        for callback in op.on_success:
            callback(result)
        return result

    def _fail(self, op: Op[T], exc: Exception) -> None:
        text = known_failure_text(exc)
        if text is None:
            log.error("Unexpected error in %s", op.describe(), exc_info=exc)
            text = translate(
                "Tasks", "Something went wrong while {what}. It has been logged."
            ).format(what=op.describe())
        else:
            log.warning("%s failed: %s", op.describe(), text)
        if op.on_failure:
            for callback in op.on_failure:
                callback(exc)
        else:
            self.bus.error(text, retry=lambda: self.start(op))  # again, on this runner

    def _forget(self, task: asyncio.Task[object]) -> None:
        self._tasks.discard(task)
        for key, value in list(self._by_key.items()):
            if value is task:
                del self._by_key[key]
        if self._progress.pop(task, None) is not None:
            self._report_progress()
        if not task.cancelled():
            task.exception()  # marks it retrieved: _fail has already reported it

    def _report_progress(self) -> None:
        if self.progress_hook:
            labels = list(self._progress.values())
            self.progress_hook(labels[-1] if labels else None)

    @property
    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)

    async def cancel_all(self) -> None:
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def drain(self) -> None:
        """Wait for every running task (shutdown finishes pending work)."""
        await asyncio.gather(*list(self._tasks), return_exceptions=True)


runner = TaskRunner()


class Op(Generic[T]):
    def __init__(
        self, factory: Callable[[], Awaitable[T]], *, key: str | None = None, what: str = ""
    ) -> None:
        self.factory = factory
        self.key = key
        self.what = what
        self.progress_label: str | None = None
        self.on_success: list[Callable[[T], object]] = []
        self.on_failure: list[Callable[[Exception], object]] = []

    def describe(self) -> str:
        return self.what or self.progress_label or translate("Tasks", "working")

    def with_progress(self, label: str) -> Op[T]:
        self.progress_label = label
        return self

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        self.on_success.append(callback)
        return self

    def failure(self, callback: Callable[[Exception], object]) -> Op[T]:
        self.on_failure.append(callback)
        return self

    def run(self, on: TaskRunner | None = None) -> asyncio.Task[T]:
        return (on or runner).start(self)
