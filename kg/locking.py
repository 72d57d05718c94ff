"""Advisory file locks that let several kg processes share one store directory safely.

Oxigraph's RocksDB lets one process open a store read-write and refuses every other
writer; a read-only opener while that process writes is undefined behaviour (measured
here: the reader fails to open in about one try in three, and readers opening while a
writer flushed made the writer itself fail on a missing log file). So no process
opens the store, for reading or writing, unless it holds the lock that says it may:

- ``kg.lock`` in the store directory: writers hold it exclusively (``flock(LOCK_EX)``),
  readers shared (``LOCK_SH``). While a writer has it, nobody else has the store open.
  The writer writes "pid command" into it, so that whoever waits can say for whom.
- ``kg.queue`` next to it: a process that has to wait holds it shared while it waits.
  A writer checks it after each article it commits (:meth:`StoreLock.others_waiting`)
  and, when someone waits, closes the store and lets them in before it goes on; so a
  ``kg query`` answers during a long ``kg build`` after at most one article's commit.

The kernel drops ``flock`` locks when a process ends, even on SIGKILL: a crashed
writer never leaves a stale lock. The locks are advisory: only kg honours them. They
need a local file system (``flock`` on NFS is not reliable) and POSIX; where ``fcntl``
is missing (Windows) they are skipped and RocksDB's own lock is all there is.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

from kg import errors

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "kg.lock"
QUEUE_NAME = "kg.queue"
DEFAULT_WAIT = 60.0  # seconds; env KG_WAIT
_SAY_AFTER = 0.25  # a wait shorter than this is not worth a line on stderr

# Locks this process holds, by store directory: flock conflicts between two descriptors
# of the same process too, so a second opener here would wait for itself.
_HELD: dict[str, weakref.WeakSet[StoreLock]] = {}
_HELD_GUARD = threading.Lock()


def default_wait() -> float:
    """How long to wait for another process: ``KG_WAIT`` seconds, else 60."""
    value = os.environ.get("KG_WAIT", "")
    try:
        return max(0.0, float(value)) if value.strip() else DEFAULT_WAIT
    except ValueError:
        return DEFAULT_WAIT


def _me() -> str:
    """"pid command" of this process, for the message of whoever waits for it."""
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    if program == "cli.py":  # python -m kg.cli
        program = "kg"
    return f"{os.getpid()} {' '.join([program, *sys.argv[1:]])[:200]}"


class StoreLock:
    """The advisory lock of one store directory, held shared (readers) or exclusive (a writer)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.key = str(directory.resolve())
        self.exclusive = False
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    # -- taking and giving back --------------------------------------------------------------

    def acquire(self, *, exclusive: bool, wait: float | None = None,
                on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock, waiting up to ``wait`` seconds for other processes (then StoreError)."""
        if self._fd is not None:
            raise RuntimeError("lock already held")
        wait = default_wait() if wait is None else wait
        self._check_this_process(exclusive)
        if fcntl is None:
            return
        fd = self._open(LOCK_NAME)
        if fd is None:  # a store we may not write to: nobody can write it, nothing to coordinate
            return
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            if not _try(fd, mode):
                self._wait(fd, mode, wait, on_wait)
        except BaseException:
            os.close(fd)
            raise
        self._fd, self.exclusive = fd, exclusive
        if exclusive:
            _write_holder(fd, _me())
        with _HELD_GUARD:
            _HELD.setdefault(self.key, weakref.WeakSet()).add(self)

    def release(self) -> None:
        """Give the lock back (closing the descriptor releases it, also if this raises)."""
        fd, self._fd = self._fd, None
        with _HELD_GUARD:
            held = _HELD.get(self.key)
            if held is not None:
                held.discard(self)
                if not held:
                    del _HELD[self.key]
        if fd is None:
            return
        try:
            if self.exclusive:
                os.ftruncate(fd, 0)  # nobody is writing any more
        finally:
            os.close(fd)

    def __del__(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:
                pass

    # -- cooperation between processes -------------------------------------------------------

    def others_waiting(self) -> bool:
        """Whether another process waits for this store (someone holds the queue file)."""
        if fcntl is None or self._fd is None:
            return False
        fd = self._open(QUEUE_NAME)
        if fd is None:
            return False
        try:
            return not _try(fd, fcntl.LOCK_EX)
        finally:
            os.close(fd)  # releases the probe at once

    def let_waiters_in(self, *, limit: float = 5.0) -> None:
        """After :meth:`release`: wait (briefly) until every process that waited has taken the lock."""
        deadline = time.monotonic() + limit
        pause = 0.005
        while time.monotonic() < deadline:
            fd = self._open(QUEUE_NAME)
            if fd is None:
                return
            try:
                if _try(fd, fcntl.LOCK_EX):
                    return
            finally:
                os.close(fd)
            time.sleep(pause)
            pause = min(pause * 2, 0.05)

    # -- helpers -----------------------------------------------------------------------------

    def _check_this_process(self, exclusive: bool) -> None:
        with _HELD_GUARD:
            others = [lock for lock in _HELD.get(self.key, ()) if lock.held]
        if others and (exclusive or any(lock.exclusive for lock in others)):
            raise errors.StoreError(
                f"store {self.directory} is already open in this process (a notebook or another "
                f"KnowledgeStore); close it first"
            )

    def _open(self, name: str) -> int | None:
        """A descriptor of the lock file, created if need be; None where it cannot be (read-only store)."""
        path = self.directory / name
        flags = getattr(os, "O_CLOEXEC", 0)
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT | flags, 0o666)
        except OSError:  # not ours to write, or a read-only file system: flock works on a read-only descriptor
            try:
                return os.open(path, os.O_RDONLY | flags)
            except OSError:
                return None

    def _wait(self, fd: int, mode: int, wait: float, on_wait: Callable[[str], None] | None) -> None:
        started = time.monotonic()
        queue = self._open(QUEUE_NAME)
        queued = False
        said = False
        pause = 0.005
        try:
            while True:
                if queue is not None and not queued:
                    # The holder may be probing the queue this instant: try again next round.
                    queued = _try(queue, fcntl.LOCK_SH)
                time.sleep(pause)
                pause = min(pause * 2, 0.05)
                if _try(fd, mode):
                    return
                waited = time.monotonic() - started
                if not said and waited >= _SAY_AFTER and on_wait is not None:
                    who, doing = self._holder()
                    which = "which is" if who.startswith("another") else "which are"
                    on_wait(f"waiting for {who}, {which} {doing} store {self.directory} "
                            f"(up to {wait:g} s; KG_WAIT=seconds sets it)...")
                    said = True
                if waited >= wait:
                    who, doing = self._holder()
                    verb = "is" if who.startswith("another") else "are"
                    raise errors.StoreError(
                        f"store {self.directory} is in use: {who} {verb} still {doing} it after {wait:g} s; "
                        f"try again when it is done, or wait longer with KG_WAIT=seconds"
                    )
        finally:
            if queue is not None:
                os.close(queue)

    def _holder(self) -> tuple[str, str]:
        """Who holds the lock and what they do: the writer left its pid and command in the file."""
        try:
            text = (self.directory / LOCK_NAME).read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            text = ""
        pid, _, command = text.partition(" ")
        if not pid.isdigit() or not _alive(int(pid)):  # a killed writer leaves its line behind
            return "other kg processes", "reading"
        return f"another kg process (pid {pid}: {command})", "writing to"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but another user's
        return True
    return True


def _try(fd: int, mode: int) -> bool:
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _write_holder(fd: int, text: str) -> None:
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, text.encode("utf-8", errors="replace"), 0)
    except OSError:
        pass  # only used for the waiting message
