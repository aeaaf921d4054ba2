"""A tiny Chrome DevTools Protocol client: headless Chromium, one page, its events.

Enough to load a file, evaluate JavaScript in it and see every request the page
tried to make.  Uses the ``websocket-client`` package and Debian's ``chromium``.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
    "--remote-debugging-port=0",
)


def find_browser() -> str | None:
    explicit = os.environ.get("CLAIMCHECK_CHROMIUM")
    if explicit:
        return explicit
    return next((path for path in map(shutil.which, BROWSER_NAMES) if path), None)


class BrowserError(RuntimeError):
    pass


class Browser:
    """``with Browser(path) as browser: page = browser.open(url)``."""

    def __init__(self, executable: str, timeout: float = 30.0):
        self.executable = executable
        self.timeout = timeout

    def __enter__(self) -> Browser:
        import websocket  # websocket-client; the caller skips when it is missing

        self.profile = tempfile.mkdtemp(prefix="claimcheck-chromium-")
        self.process = subprocess.Popen(
            [self.executable, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + self.timeout
        while not _ready(port_file):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise BrowserError("chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        with open(port_file) as handle:
            port, path = handle.read().split()[:2]
        self.socket = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=self.timeout,
                                                  suppress_origin=True)
        self.next_id = 0
        return self

    def __exit__(self, *exc_info) -> None:
        socket = getattr(self, "socket", None)
        if socket is not None:
            try:
                socket.close()
            except OSError:
                pass
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    # -- protocol ---------------------------------------------------------------

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             events: list | None = None) -> dict:
        """Call ``method`` and return its result; events that arrive meanwhile are
        appended to ``events``."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        while True:
            reply = json.loads(self.socket.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if events is not None and "method" in reply:
                events.append(reply)

    def wait_for(self, method: str, events: list, timeout: float | None = None) -> dict:
        deadline = time.monotonic() + (timeout or self.timeout)
        for event in events:
            if event["method"] == method:
                return event
        while time.monotonic() < deadline:
            event = json.loads(self.socket.recv())
            if "method" in event:
                events.append(event)
                if event["method"] == method:
                    return event
        raise BrowserError(f"no {method} event")

    def open(self, url: str) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        for domain in ("Network", "Page", "Runtime", "Log"):
            page.call(f"{domain}.enable")
        page.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired", page.events)
        return page


def _ready(port_file: str) -> bool:
    try:
        with open(port_file) as handle:
            return len(handle.read().split()) >= 2
    except OSError:
        return False


class Page:
    def __init__(self, browser: Browser, session: str):
        self.browser = browser
        self.session = session
        self.events: list[dict] = []

    def call(self, method: str, params: dict | None = None) -> dict:
        return self.browser.send(method, params, self.session, self.events)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True, "userGesture": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def requests(self) -> list[str]:
        """Every URL the page asked for, the document itself included."""
        return [e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"]

    def problems(self) -> list[str]:
        """Script errors and console/security messages (a CSP violation shows here)."""
        found = []
        for event in self.events:
            if event["method"] == "Runtime.exceptionThrown":
                found.append(json.dumps(event["params"]["exceptionDetails"])[:300])
            elif event["method"] == "Log.entryAdded" and event["params"]["entry"]["level"] in ("error", "warning"):
                found.append(event["params"]["entry"].get("text", ""))
            elif event["method"] == "Runtime.consoleAPICalled" and event["params"]["type"] in ("error", "warning"):
                found.append(json.dumps(event["params"]["args"])[:300])
        return found
