"""Sharing one network file between real processes: one writer, readers naming it, crashes.

Every program instance here is a separate Python process driven over its stdin and answering
one JSON line per command on its stdout; nothing is synchronised by sleeping.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from frikommune_desktop.errors import InterruptedWriteError, NotANetworkFileError
from frikommune_desktop.model import Contact, Experiment
from frikommune_desktop.queries.dump import dump_network
from frikommune_desktop.sharing.lockfile import lock_path, pid_alive, read_lock, this_host
from frikommune_desktop.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_import import write_workbooks

ROOT = Path(__file__).resolve().parents[2]

#: Seconds to wait for any one answer of a child process (generous: a loaded 2-core machine).
TIMEOUT = 90.0

#: A program instance that obeys one command a line and answers each with one JSON line.
_AGENT = r"""
import json, os, sys, time
from frikommune_desktop.errors import FrikommuneError
from frikommune_desktop.model import Contact
from frikommune_desktop.store import Store

def say(event, **fields):
    print(json.dumps({"event": event, **fields}), flush=True)

def pause(event):  # for the hooks some tests put in: report, then wait for a line
    say(event)
    sys.stdin.readline()

# HOOKS
store = None
say("ready", pid=os.getpid())
for line in sys.stdin:
    command, _, argument = line.rstrip("\n").partition(" ")
    if command == "open":
        if argument:  # a file barrier: wait until the parent creates the 'go' file
            say("waiting")
            while not os.path.exists(argument):
                time.sleep(0.001)
        store = Store.open(sys.argv[1])
        holder = store.holder
        say("opened", writable=store.writable, holder=holder and holder.user,
            holder_pid=holder and holder.pid, holder_host=holder and holder.host)
    elif command == "add":
        try:
            store.records.add(Contact(name=argument))
        except FrikommuneError as exc:
            say("refused", error=type(exc).__name__, message=str(exc))
        else:
            say("added")
    elif command == "names":
        say("names", names=[contact.name for contact in store.records.all(Contact)])
    elif command == "close":
        if store is not None:
            store.close()
        store = None
        say("closed")
if store is not None:
    store.close()
"""

#: A writer that imports every workbook of a folder and reports how far it got; with
#: 'stored' it holds its import transaction open (rows written, not committed) until killed.
_IMPORTER = r"""
import sys
from pathlib import Path
from frikommune_desktop.db.records import RecordAccess
from frikommune_desktop.sheets.importer import import_spreadsheets
from frikommune_desktop.store import Store

path, folder, pause = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
original = RecordAccess.add_many

def add_many(self, records):
    print("storing", flush=True)
    count = original(self, records)
    print("stored", flush=True)
    if pause == "stored":
        sys.stdin.read()
    return count

RecordAccess.add_many = add_many
store = Store.open(path)
if not store.writable:
    sys.exit("not writable")
print("started", flush=True)
import_spreadsheets(store, sorted(folder.glob("*.xlsx")))
print("done", flush=True)
store.close()
"""

#: Titles of the experiments the bench workbooks refer to (added to the demo file first).
IMPORT_TITLES = [f"Forsøg {number}: fælles netværksfil" for number in range(101, 161)]


class Child:
    """A real, separate Python process whose stdout lines are collected by a thread."""

    def __init__(self, code: str, args: list[str], user: str, log_dir: Path) -> None:
        self.user = user
        self._log = log_dir / f"stderr-{user}-{time.monotonic_ns()}.txt"
        with self._log.open("w", encoding="utf-8") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", code, *args],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                encoding="utf-8",
                cwd=ROOT,
                env={**os.environ, "FRIKOMMUNE_USER": user, "PYTHONIOENCODING": "utf-8"},
            )
        self.pid = self.proc.pid
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def stderr(self) -> str:
        """Return what the process wrote on stderr so far."""
        return self._log.read_text(encoding="utf-8", errors="replace")

    def line(self, timeout: float = TIMEOUT) -> str:
        """Return the next line the process prints; fail if it ends or stays silent."""
        line = self.line_within(timeout)
        if line is None:
            raise AssertionError(f"{self.user}: no answer in {timeout} s\n{self.stderr()}")
        return line

    def line_within(self, seconds: float) -> str | None:
        """Return the next line if the process prints one within `seconds`, else None."""
        try:
            line = self._lines.get(timeout=seconds)
        except queue.Empty:
            return None
        if line is None:
            self._lines.put(None)
            raise AssertionError(f"{self.user} ended ({self.proc.poll()})\n{self.stderr()}")
        return line

    def wait_for(self, wanted: str) -> list[str]:
        """Read lines until `wanted` is printed; return the lines read before it."""
        seen = []
        while (line := self.line()) != wanted:
            seen.append(line)
        return seen

    def rest(self) -> list[str]:
        """Return every line still unread from a process that has ended."""
        self.proc.wait(timeout=TIMEOUT)
        lines = []
        while (line := self._lines.get(timeout=TIMEOUT)) is not None:
            lines.append(line)
        self._lines.put(None)
        return lines

    def send(self, command: str) -> None:
        """Write one command line to the process."""
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        """End the process at once, like a crash or a power cut (SIGKILL on POSIX)."""
        self.proc.kill()
        self.proc.wait(timeout=TIMEOUT)
        if os.name == "posix":
            assert self.proc.returncode == -signal.SIGKILL

    def stop(self) -> None:
        """Close its stdin so it closes its store and ends; kill it if it does not."""
        if self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()
            try:
                self.proc.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                self.kill()
        with contextlib.suppress(OSError):
            self.proc.stdin.close()


class Agent(Child):
    """A program instance with the network file, driven by open/add/names/close commands."""

    def __init__(self, path: Path, user: str, log_dir: Path, hooks: str = "") -> None:
        super().__init__(_AGENT.replace("# HOOKS\n", hooks), [str(path)], user, log_dir)

    def expect(self, event: str) -> dict[str, Any]:
        """Return the next answer, which must be of the given kind."""
        reply = json.loads(self.line())
        assert reply["event"] == event, (self.user, reply, self.stderr())
        return reply

    def answer(self, command: str) -> dict[str, Any]:
        """Send a command and return its answer, whatever its kind."""
        self.send(command)
        return json.loads(self.line())

    def ask(self, command: str, event: str) -> dict[str, Any]:
        """Send a command and return its answer, which must be of the given kind."""
        self.send(command)
        return self.expect(event)


def agents(
    path: Path, users: list[str], log_dir: Path
) -> contextlib.AbstractContextManager[list[Agent]]:
    """Start one program instance per user (each its own FRIKOMMUNE_USER); stop them after."""
    return agents_on([path] * len(users), users, log_dir)


@contextlib.contextmanager
def agents_on(paths: list[Path], users: list[str], log_dir: Path) -> Iterator[list[Agent]]:
    """Start one program instance per user, each with the file at its own path (a mount)."""
    started: list[Agent] = []
    try:
        for path, user in zip(paths, users, strict=True):
            started.append(Agent(path, user, log_dir))
        for agent in started:
            assert agent.expect("ready")["pid"] == agent.pid
        yield started
    finally:
        for agent in started:
            agent.stop()


#: Hooks for the agent: putting the finished lock file in place waits for the parent's
#: go-ahead, so another process can come while the writer is taking the lock.
_SLOW_LOCK_CONTENT = """
import os as _os, types as _types
from frikommune_desktop.sharing import lockfile as _lockfile
def _slow_link(source, target, *args, **kwargs):
    pause("writing-lock")
    return _os.link(source, target, *args, **kwargs)
_lockfile.os = _types.SimpleNamespace(**{**vars(_os), "link": _slow_link})
"""

#: Hooks for the agent: clearing a stale lock waits (1) before moving the lock aside and
#: (2) after moving it aside, before looking at what was moved.
_SLOW_STALE_BREAK = """
from frikommune_desktop.sharing import lockfile as _lockfile
try:
    _break = _lockfile.LockFile._break_stale
except AttributeError:
    say("no-hook")
    raise SystemExit(0)
def _break_stale(self, seen, *args, **kwargs):
    pause("breaking")
    return _break(self, seen, *args, **kwargs)
_lockfile.LockFile._break_stale = _break_stale
"""


def open_together(procs: list[Agent], go: Path) -> dict[str, dict[str, Any]]:
    """Have every agent open its file at the same instant (all wait for `go` to exist);
    return each one's answer by user."""
    for agent in procs:
        agent.send(f"open {go}")
    for agent in procs:
        agent.expect("waiting")
    go.touch()
    return {agent.user: agent.expect("opened") for agent in procs}


def assert_names_holder(reply: dict[str, Any], writer: Agent) -> None:
    """Check an open's answer: read-only, naming the writer's user, process and host."""
    assert reply["writable"] is False, reply
    assert (reply["holder"], reply["holder_pid"]) == (writer.user, writer.pid), reply
    assert reply["holder_host"] == this_host()


def assert_one_writer_round(
    procs: list[Agent], replies: dict[str, dict[str, Any]], path: Path, round_number: int
) -> None:
    """Check one round of simultaneous openers: only the lock's holder opened writable, the
    others name it and are refused; the holder's edit goes in; then everyone closes."""
    lock = read_lock(path)
    assert lock is not None
    (writer,) = [agent for agent in procs if (agent.user, agent.pid) == (lock.user, lock.pid)]
    assert [a.user for a in procs if replies[a.user]["writable"]] == [writer.user]
    for agent in procs:
        if agent is not writer:
            assert_names_holder(replies[agent.user], writer)
    writer.ask(f"add Runde {round_number}", "added")
    for agent in procs:
        if agent is not writer:
            refused = agent.ask("add Ikke tilladt", "refused")
            assert refused["error"] == "ReadOnlyError", refused
    for agent in procs:
        agent.ask("close", "closed")


def leftovers(folder: Path) -> list[str]:
    """Return lock, stale-lock, partial and temporary files left in a folder."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if ".lock" in p.name or p.name.endswith((".tmp", ".partial")) or p.name.startswith(".")
    )


def contact_authors(path: Path) -> dict[str, str]:
    """Return each contact's name with the user who last wrote it, read read-only."""
    with Store.open(path, readonly=True) as store:
        return {contact.name: contact.modified_by for contact in store.records.all(Contact)}


def crashed_writer(path: Path, log_dir: Path, user: str = "Nedbrudt") -> int:
    """Open the file for writing in a process and SIGKILL it; return the dead process's id."""
    with agents(path, [user], log_dir) as (crashed,):
        assert crashed.ask("open", "opened")["writable"] is True
        crashed.kill()
    left = read_lock(path)
    assert (left.user, left.pid) == (user, crashed.pid) and not pid_alive(crashed.pid)
    return crashed.pid


# -- 1. writers in turn ------------------------------------------------------------------------


@pytest.mark.parametrize("count", [2, 3])
def test_the_writer_role_passes_on_in_turn_and_every_writers_edits_survive(
    demo_path: Path, tmp_path: Path, count: int
) -> None:
    """The first opener writes, the others read naming it; on close the next re-opener writes."""
    users = ["Christine", "Søren Ærø", "Mads"][:count]
    with agents(demo_path, users, tmp_path) as procs:
        first = procs[0]
        assert first.ask("open", "opened")["writable"] is True
        for other in procs[1:]:
            assert_names_holder(other.ask("open", "opened"), first)
        for turn, writer in enumerate(procs):
            lock = read_lock(demo_path)
            assert (lock.user, lock.pid) == (writer.user, writer.pid)
            writer.ask(f"add {writer.user}", "added")
            for reader in procs:
                if reader is not writer:
                    refused = reader.ask(f"add {reader.user}", "refused")
                    assert refused["error"] == "ReadOnlyError"
                    assert writer.user in refused["message"]
                    assert writer.user in reader.ask("names", "names")["names"]
            if turn + 1 == count:
                break
            writer.ask("close", "closed")
            successor = procs[turn + 1]
            successor.ask("close", "closed")
            assert successor.ask("open", "opened")["writable"] is True
            for other in procs:
                if other is not successor:
                    other.ask("close", "closed")
                    assert_names_holder(other.ask("open", "opened"), successor)
        for agent in procs:
            agent.ask("close", "closed")
        assert leftovers(demo_path.parent) == []
    assert contact_authors(demo_path).items() >= {user: user for user in users}.items()
    with Store.open(demo_path, user="Susan") as store:
        assert store.writable


# -- 2. many openers at the same instant -----------------------------------------------------


@pytest.mark.parametrize("stale", [False, True], ids=["free", "stale-lock"])
def test_eight_simultaneous_openers_get_exactly_one_writer(
    demo_path: Path, tmp_path: Path, stale: bool
) -> None:
    """Eight processes opening at one instant (3 rounds): one writes, seven name it as holder."""
    users = [f"Koordinator {number}" for number in range(1, 9)]
    with agents(demo_path, users, tmp_path) as procs:
        for round_number in range(3):
            if stale:
                crashed_writer(demo_path, tmp_path, f"Nedbrudt {round_number}")
            replies = open_together(procs, tmp_path / f"go-{round_number}")
            assert_one_writer_round(procs, replies, demo_path, round_number)
            assert leftovers(demo_path.parent) == []
    names = contact_authors(demo_path)
    assert {f"Runde {number}" for number in range(3)} <= names.keys()
    assert "Ikke tilladt" not in names


def test_opener_arriving_while_the_lock_is_being_written_names_the_writer(
    demo_path: Path, tmp_path: Path
) -> None:
    """An opener that comes while the writer is writing its lock file still names the writer."""
    slow = Agent(demo_path, "Christine", tmp_path, hooks=_SLOW_LOCK_CONTENT)
    try:
        slow.expect("ready")
        with agents(demo_path, ["Susan"], tmp_path) as (other,):
            slow.send("open")
            assert slow.expect("writing-lock")
            other.send("open")
            # Susan's answer, if it comes while Christine's lock write is held up (0.5 s: a slow
            # network drive); then Christine may finish writing the lock.
            early = other.line_within(0.5)
            slow.send("go")
            replies = {
                slow.user: slow.expect("opened"),
                other.user: json.loads(early) if early else other.expect("opened"),
            }
            writers = [agent for agent in (slow, other) if replies[agent.user]["writable"]]
            assert len(writers) == 1, replies
            (reader,) = [agent for agent in (slow, other) if agent is not writers[0]]
            assert_names_holder(replies[reader.user], writers[0])
    finally:
        slow.stop()


def test_clearing_a_stale_lock_never_gives_two_writers(demo_path: Path, tmp_path: Path) -> None:
    """Three openers racing to clear one stale lock: only one of them is ever the writer."""
    crashed_writer(demo_path, tmp_path)
    clearer = Agent(demo_path, "Susan", tmp_path, hooks=_SLOW_STALE_BREAK)
    try:
        first = json.loads(clearer.line())
        if first["event"] == "no-hook":
            raise RuntimeError("the stale-lock hooks no longer fit lockfile.py: update them")
        assert first["event"] == "ready"
        with agents(demo_path, ["Christine", "Mads"], tmp_path) as (quick, late):
            clearer.send("open")
            clearer.expect("breaking")  # Susan has read the stale lock and is about to clear it
            opened = {quick.user: quick.ask("open", "opened")}  # Christine clears it first
            clearer.send("go")  # Susan finds inside the guard that the lock is no longer it
            opened[clearer.user] = clearer.expect("opened")
            opened[late.user] = late.ask("open", "opened")
            writers = [user for user, reply in opened.items() if reply["writable"]]
            assert len(writers) == 1, opened
            added = {
                agent.user: agent.answer(f"add {agent.user}") for agent in (quick, late, clearer)
            }
            assert [reply["event"] for reply in added.values()].count("added") == 1, added
    finally:
        clearer.stop()


# -- 3. SIGKILL in the middle of a large import ----------------------------------------------


@pytest.fixture(scope="module")
def workbook_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the bench's 98 filled municipality workbooks (about 10,000 rows)."""
    folder = tmp_path_factory.mktemp("workbooks")
    write_workbooks(folder, IMPORT_TITLES)
    return folder


def table_digest(path: Path) -> dict[str, str]:
    """Return a hash of every table's rows (in any order), read straight through SQLite.

    The connection is read-only, so this also fails if a hot journal is left to roll back.
    """
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: hashlib.sha256(
                "\n".join(sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"')))).encode()
            ).hexdigest()
            for name in names
        }
    finally:
        conn.close()


def integrity_check(path: Path) -> list[str]:
    """Return SQLite's full integrity check of a file, opened directly (read-write)."""
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def prepare_for_import(path: Path) -> tuple[dict[str, Any], dict[str, int], dict[str, str]]:
    """Add the experiments the workbooks name; return the file's dump, counts and digest."""
    with Store.open(path) as store:
        store.records.add_many(
            Experiment(number=number, title=title)
            for number, title in enumerate(IMPORT_TITLES, start=101)
        )
    with Store.open(path, readonly=True) as store:
        return dump_network(store), store.counts(), table_digest(path)


def kill_import(path: Path, folder: Path, log_dir: Path, signal_line: str, delay: float) -> Child:
    """Run an import in a writer process and SIGKILL it `delay` s after it prints a line."""
    importer = Child(_IMPORTER, [str(path), str(folder), signal_line], "Christine", log_dir)
    try:
        importer.wait_for(signal_line)
        time.sleep(delay)
    finally:
        importer.kill()
    return importer


@pytest.mark.parametrize(
    ("signal_line", "delay"),
    [("started", 0.3), ("storing", 0.05), ("stored", 0.0)],
    ids=["while-reading", "early-in-storing", "before-commit"],
)
def test_sigkill_during_a_large_import_leaves_the_file_as_it_was(
    demo_path: Path, tmp_path: Path, workbook_folder: Path, signal_line: str, delay: float
) -> None:
    """A writer killed (SIGKILL) mid-import leaves a healthy file holding exactly what it held."""
    dump, counts, tables = prepare_for_import(demo_path)
    size = demo_path.stat().st_size
    journal = demo_path.with_name(demo_path.name + "-journal")

    importer = kill_import(demo_path, workbook_folder, tmp_path, signal_line, delay)
    after_kill = importer.rest()
    assert "done" not in after_kill
    if signal_line == "storing":
        assert "stored" not in after_kill, "the import stored its rows before the kill"
    if signal_line == "stored":  # ~10 MB of rows written into the file itself, not committed
        assert journal.exists()
        assert demo_path.stat().st_size > size
    holder = read_lock(demo_path)
    assert (holder.user, holder.pid) == ("Christine", importer.pid)

    with Store.open(demo_path, user="Susan") as store:
        assert store.writable
        assert read_lock(demo_path).user == "Susan"
        assert dump_network(store) == dump
        assert store.counts() == counts
        assert store.integrity_problems() == []
    assert leftovers(demo_path.parent) == []
    assert integrity_check(demo_path) == ["ok"]
    assert table_digest(demo_path) == tables
    assert demo_path.stat().st_size == size
    if signal_line == "stored":
        assert not journal.exists()


@pytest.mark.parametrize("how", ["read-only", "lock-of-other-host"])
def test_reader_of_a_file_left_mid_transaction_is_not_told_it_is_foreign(
    demo_path: Path, tmp_path: Path, workbook_folder: Path, how: str
) -> None:
    """After a writer is killed mid-import, a read-only opener reads the old data or is told why."""
    dump, _counts, _tables = prepare_for_import(demo_path)
    kill_import(demo_path, workbook_folder, tmp_path, "stored", 0.0)
    if how == "lock-of-other-host":  # the writer that died ran on another machine
        lock = json.loads(lock_path(demo_path).read_text(encoding="utf-8"))
        lock_path(demo_path).write_text(
            json.dumps({**lock, "host": "randers-pc-17"}), encoding="utf-8"
        )
    try:
        store = Store.open(demo_path, user="Susan", readonly=how == "read-only")
    except NotANetworkFileError as exc:
        raise AssertionError(
            f"a network file with a crashed write is called foreign: {exc}"
        ) from exc
    except InterruptedWriteError as exc:
        assert "skrivning blev afbrudt" in str(exc) and "ikke ændret" in str(exc)
    else:
        with store:
            assert not store.writable
            assert dump_network(store) == dump


# -- 4. the stale lock of a killed writer -----------------------------------------------------


def test_lock_of_a_sigkilled_writer_is_cleared_by_the_next_opener(
    demo_path: Path, tmp_path: Path
) -> None:
    """A writer killed with SIGKILL leaves its lock; the next opener clears it and writes."""
    with agents(demo_path, ["Christine", "Susan"], tmp_path) as (crashed, successor):
        assert crashed.ask("open", "opened")["writable"] is True
        crashed.ask("add Christine", "added")
        assert_names_holder(successor.ask("open", "opened"), crashed)
        crashed.kill()
        left = read_lock(demo_path)
        assert (left.user, left.pid) == ("Christine", crashed.pid)
        assert not pid_alive(crashed.pid)

        successor.ask("close", "closed")
        reply = successor.ask("open", "opened")
        assert reply["writable"] is True and reply["holder"] is None
        lock = read_lock(demo_path)
        assert (lock.user, lock.pid) == ("Susan", successor.pid)
        successor.ask("add Susan", "added")
        assert "Christine" in successor.ask("names", "names")["names"]
        with Store.open(demo_path, user="Mads") as late:
            assert not late.writable and late.holder.user == "Susan"
        successor.ask("close", "closed")
    assert leftovers(demo_path.parent) == []
    assert (
        contact_authors(demo_path).items() >= {"Christine": "Christine", "Susan": "Susan"}.items()
    )
