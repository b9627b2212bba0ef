"""The web outbox of the mocks (``/__mock/ui``) in Debian's Chromium, headless, driven by Playwright.

A test sends through the generated Smstools client while the page is open and watches the message
appear without a reload, opens its request and answer, marks it delivered from the page and sees the
client's status lookup agree; the filters, a keyboard-only path, phone width, reset and the
Content-Security-Policy are checked the same way. Every request the browser makes to anything but
the mock under test is aborted and recorded (and must not happen). Screenshots of the outbox (desktop
and phone) go where tests/system/test_docs.py writes the reference page's: ``docs/build/screenshots/``.

Why Smstools: it has a status lookup (``searchSms``) and delivery callbacks (``statusCallback``), and
its mock takes a delivery delay, set to an hour here, so only the page's action can deliver a message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage, Locator, Page, Route, expect, sync_playwright
from sms_mocks import ui
from sms_mocks.registry import create_mock, mock_names
from sms_mocks.server import MockServer
from sms_mocks.smstools import Smstools
from smstools_client import SmsClient, connect
from smstools_client.models import Encoding, SmsSend, SmsStatus

from tests.conftest import Receiver
from tests.system.test_docs import CHROMIUM, CHROMIUM_FLAGS
from tools import docs

SHOTS = docs.DEFAULT_OUTPUT / "screenshots"  # docs/build/screenshots/, gitignored, as test_docs.py
#: every wait in the browser is bounded by this. Well above the page's own longest pause (it polls
#: again after up to 10 s when a poll failed, as one may on a busy machine): at 10 s, the flood test
#: failed on a loaded machine (another process keeping a core busy). A passing wait takes as long as
#: the page takes, not this long.
TIMEOUT_MS = 30_000
DEMO_KEY, DEMO_SECRET, DEMO_SIM = "DEMOKEY0001", "demo-secret", "393400000001"
UI_FOLDER = Path(str(files("sms_mocks").joinpath("ui")))


# -- the files, without a browser ----------------------------------------------------------------


def test_serve_answers_each_file_of_the_page_with_its_type_and_nothing_else() -> None:
    for name, content_type in ui.FILES.items():
        status, served_type, body = ui.serve(f"/{name}")
        assert (status, served_type) == (200, content_type), name
        assert body == (UI_FOLDER / name).read_bytes(), name
    for path in ("", "/", "/__mock/ui", "/__mock/ui/"):
        assert ui.serve(path)[:2] == (200, "text/html; charset=utf-8"), path
    for path in ("/../ui.py", "/engine.py", "/ui/index.html", "/outbox.js/x", "/__init__.py", "/.."):
        status, content_type, body = ui.serve(path)
        assert (status, content_type) == (404, "application/json"), path
        assert b'"error": "name: no file ' in body, path
    assert "default-src 'self'" in ui.HEADERS["Content-Security-Policy"]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.inline_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        if self.tags and self.tags[-1][0] in ("script", "style") and data.strip():
            self.inline_script = True


def test_the_page_loads_only_its_own_files_and_has_no_inline_code() -> None:
    """What the CSP would refuse is not there to refuse: no other origin, no inline script, style or handler."""
    assert docs.external_resources(UI_FOLDER) == []
    page = _Tags()
    page.feed((UI_FOLDER / "index.html").read_text(encoding="utf-8"))
    assert not page.inline_script
    referenced = set()
    for tag, attrs in page.tags:
        assert tag != "style", "inline <style>"
        assert not [name for name in attrs if name == "style" or name.startswith("on")], (tag, attrs)
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            if value.startswith(ui.PREFIX + "/"):
                referenced.add(value[len(ui.PREFIX) + 1 :])
    assert referenced == set(ui.FILES) - {"index.html"}
    script = (UI_FOLDER / "outbox.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script and "eval(" not in script  # values go into the page as text only


# -- the browser ------------------------------------------------------------------------------------


@dataclass
class Outbox:
    """A page of the browser on one mock's outbox, recording what it must not do."""

    page: Page
    origin: str
    outside: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: the Content-Security-Policy header the page came with
    csp: str = ""

    def open(self, fragment: str = "") -> Page:
        response = self.page.goto(f"{self.origin}/__mock/ui{fragment}")
        assert response is not None and response.status == 200
        self.csp = response.headers.get("content-security-policy", "")
        expect(self.page.locator("#live")).to_have_text("live")
        return self.page

    def rows(self) -> Locator:
        return self.page.locator("#message-rows tr")

    def row(self, text: str) -> Locator:
        return self.rows().filter(has_text=text)

    def check_clean(self, expected_problems: int = 0) -> None:
        """Nothing went outside the machine; no script error and no CSP violation in the console."""
        assert self.outside == []
        assert len(self.problems) == expected_problems, self.problems


@pytest.fixture
def mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """A Smstools mock whose messages stay SENT for an hour: only the page delivers them (or, with
    ``indirect`` parametrization, the named provider's mock as ``sms-mock`` would start it)."""
    name: str | None = getattr(request, "param", None)
    with MockServer(Smstools(delivery_delay=3600) if name is None else create_mock(name)) as server:
        yield server


@pytest.fixture
def client(mock: MockServer) -> SmsClient:
    return connect(mock.base_url, DEMO_KEY, DEMO_SECRET, allow_insecure_http=True)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserContext]:
    assert CHROMIUM.is_file(), "Debian's chromium is missing: run `make browser` (apt-get install chromium)"
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def outbox(browser: BrowserContext, mock: MockServer) -> Iterator[Outbox]:
    expect.set_options(timeout=TIMEOUT_MS)
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.set_default_navigation_timeout(TIMEOUT_MS)
    state = Outbox(page, mock.origin)

    def only_the_mock(route: Route) -> None:
        if route.request.url.startswith(mock.origin + "/"):
            route.continue_()
        else:
            state.outside.append(route.request.url)
            route.abort()

    def console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            state.problems.append(f"{message.type}: {message.text}")

    page.route("**/*", only_the_mock)
    page.on("console", console)
    page.on("pageerror", lambda error: state.problems.append(f"pageerror: {error}"))
    try:
        yield state
    finally:
        page.close()


def _send(client: SmsClient, to: str, text: str, key: str, callback: str | None = None) -> None:
    body = SmsSend(text=text, to=to, transaction_id=key)
    if callback is not None:
        body.status_callback = callback
    assert client.sms.send_sms(body=body).sms_inserted == 1


def _status(client: SmsClient, key: str) -> SmsStatus:
    found = client.sms.search_sms(transaction_id=key).sms_list
    assert len(found) == 1
    return found[0].status


def test_a_message_appears_live_is_delivered_from_the_page_and_the_client_agrees(
    outbox: Outbox, client: SmsClient, receiver: Receiver
) -> None:
    page = outbox.open()
    assert re.search(r"(^|;)\s*default-src 'self'\s*(;|$)", outbox.csp), outbox.csp
    expect(page.locator("#provider")).to_have_text("smstools")
    expect(page.locator("#empty")).to_be_visible()
    page.evaluate("window.sameDocument = true")  # gone if the page reloads

    _send(client, "393481234567", "Your parcel is on its way", "parcel-7", callback=receiver.url)
    row = outbox.row("393481234567")
    expect(row).to_have_count(1)
    expect(row.locator(".c-text")).to_have_text("Your parcel is on its way")
    expect(row.locator(".c-key")).to_have_text("parcel-7")
    expect(row.locator(".c-encoding")).to_have_text("GSM-7 · 1 part")
    expect(row.locator(".badge")).to_have_text("accepted")
    assert page.evaluate("window.sameDocument") is True
    assert _status(client, "parcel-7") != SmsStatus.DELIVERED  # an hour's delay: not delivered by itself

    row.get_by_role("button", name="Details").click()
    dialog = page.locator("dialog#details")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("heading", level=2)).to_contain_text("Message ")
    expect(dialog).to_contain_text("POST /rest/api/sms/send")
    expect(dialog).to_contain_text('"transactionId": "parcel-7"')  # the request body
    expect(dialog).to_contain_text("HTTP 200")  # the answer
    expect(dialog).to_contain_text('"smsInserted": 1')
    assert DEMO_SECRET not in dialog.inner_text()  # credentials are redacted
    dialog.get_by_role("button", name="Mark delivered").click()
    expect(dialog.locator(".badge")).to_have_text("delivered")
    expect(dialog.locator("#details-result")).to_contain_text("is now delivered")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(row.locator(".badge")).to_have_text("delivered")
    expect(row.get_by_role("button", name=re.compile("^Deliver"))).to_be_disabled()

    assert _status(client, "parcel-7") == SmsStatus.DELIVERED
    receiver.wait(1)
    callback = page.locator("#callbacks li", has_text=receiver.url)
    expect(callback).to_have_count(1)
    expect(callback.locator(".badge")).to_have_text("HTTP 200")
    # a callback to a URL outside the machine is listed as refused (the mock never sends it)
    _send(client, "393481234568", "Another one", "parcel-8", callback="https://hooks.example.org/sms")
    outbox.row("393481234568").get_by_role("button", name=re.compile("^Fail")).click()
    refused = page.locator("#callbacks li", has_text="https://hooks.example.org/sms")
    expect(refused.locator(".badge")).to_have_text("refused: not loopback")
    assert _status(client, "parcel-8") == SmsStatus.NOTDELIVERED
    # a scheduled send from a named sender, in UCS-2: the columns say so, and it cannot be delivered yet
    text = "Promemoria ✓ il tuo appuntamento è domani alle 9:30. Rispondi NO per annullarlo, grazie!"
    scheduled = SmsSend(
        text=text,
        to="393481234569",
        from_="SHOP",
        date="2030-06-01T09:30:00+0000",
        transaction_id="visit-9",
        encoding=Encoding.UCS2,
    )
    assert client.sms.send_sms(body=scheduled).sms_inserted == 1
    later = outbox.row("393481234569")
    expect(later.locator(".badge")).to_have_text("scheduled")
    expect(later.locator(".c-sender")).to_have_text("SHOP")
    expect(later.locator(".c-encoding")).to_have_text("UCS-2 · 2 parts")
    expect(later.locator(".c-scheduled time")).to_have_attribute("datetime", re.compile("^2030-06-01T09:30:00"))
    expect(later.get_by_role("button", name=re.compile("^Deliver"))).to_be_disabled()
    expect(outbox.rows().locator(".c-key")).to_have_text(["visit-9", "parcel-8", "parcel-7"])  # newest first
    assert page.evaluate("window.sameDocument") is True

    assert _overflow(page) <= 0  # no horizontal scroll at desktop width either
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "outbox-desktop.png"), full_page=True, animations="disabled")
    assert (SHOTS / "outbox-desktop.png").stat().st_size > 10_000
    outbox.check_clean()


@pytest.mark.parametrize("mock", mock_names(), indirect=True)
def test_every_mock_serves_the_page_and_takes_an_inbound_sms_from_it(outbox: Outbox, mock: MockServer) -> None:
    page = outbox.open()
    name = _control(outbox, "/")["provider"]
    expect(page.locator("#provider")).to_have_text(name)
    expect(page.locator("#api-base")).to_have_text(mock.base_url)
    assert outbox.csp.startswith("default-src 'self'")
    page.get_by_role("button", name="Simulate inbound SMS").click()
    form = page.locator("dialog#inbound")
    form.get_by_label("From (the phone)").fill("3125550142")
    form.get_by_label("Text").fill("Hello from a phone")  # no recipient: the account's first number
    form.get_by_role("button", name="Receive it").click()
    expect(form.locator("#inbound-result")).to_have_text(re.compile(r"^Received: inbound SMS \S+ from 3125550142\.$"))
    outbox.check_clean()


def test_filters_by_recipient_and_text(outbox: Outbox, client: SmsClient) -> None:
    page = outbox.open()
    filters = page.get_by_role("search")
    _send(client, "393481110011", "Your code is 1234", "f-1")
    _send(client, "393482220012", "Parcel delivered to the locker", "f-2")
    _send(client, "393482220013", "Another parcel", "f-3")
    expect(outbox.rows()).to_have_count(3)
    # newest first
    expect(outbox.rows().locator(".c-key")).to_have_text(["f-3", "f-2", "f-1"])

    filters.get_by_label("Recipient").fill("22200")
    expect(outbox.rows().locator(".c-key")).to_have_text(["f-3", "f-2"])
    filters.get_by_label("Text").fill("PARCEL DELIVERED")  # case-insensitive
    expect(outbox.rows().locator(".c-key")).to_have_text(["f-2"])
    assert page.url.endswith("#recipient=22200&text=PARCEL+DELIVERED")  # a filtered view has a URL
    # a message sent while filtering shows up only if it matches
    _send(client, "393482220014", "parcel delivered again", "f-4")
    _send(client, "393489999919", "parcel delivered elsewhere", "f-5")
    expect(outbox.rows().locator(".c-key")).to_have_text(["f-4", "f-2"])
    filters.get_by_label("Recipient").fill("nobody")
    expect(outbox.rows()).to_have_count(0)
    expect(page.locator("#empty")).to_have_text("No message matches the filters.")
    page.get_by_role("button", name="Clear filters").click()
    expect(outbox.rows()).to_have_count(5)
    # the filters come back with the URL
    page.goto("about:blank")
    outbox.open("#text=code")
    expect(filters.get_by_label("Text")).to_have_value("code")
    expect(outbox.rows().locator(".c-key")).to_have_text(["f-1"])
    outbox.check_clean()


def test_a_flood_of_messages_keeps_the_newest_500(outbox: Outbox, client: SmsClient) -> None:
    """The page stays bounded however much a load test sends: one send to 520 recipients (one call)."""
    page = outbox.open()
    _send(client, "393481234505", "The first one", "flood-0")
    expect(outbox.rows()).to_have_count(1)
    numbers = [f"3934{i:08d}" for i in range(10_000_104, 10_000_624)]  # no magic number among them
    assert client.sms.send_sms(body=SmsSend(text="Flood", to=",".join(numbers))).sms_inserted == 520
    expect(outbox.rows()).to_have_count(500)
    expect(page.locator("#count")).to_have_text("(the newest 500)")
    expect(outbox.row(numbers[-1])).to_have_count(1)
    expect(outbox.row("393481234505")).to_have_count(0)  # the oldest went first
    outbox.check_clean()


def test_message_text_is_shown_as_text_never_run_as_html(outbox: Outbox, client: SmsClient) -> None:
    page = outbox.open()
    text = '<img src="/x" onerror="window.injected=1"><b>bold</b>'
    _send(client, "393481234999", text, "html-1")
    row = outbox.row("393481234999")
    expect(row.locator(".c-text")).to_have_text(text)
    row.get_by_role("button", name="Details").click()
    expect(page.locator("#details-body")).to_contain_text(text)
    assert page.locator("#message-rows img, #message-rows b, #details-body img").count() == 0
    assert page.evaluate("window.injected") is None
    outbox.check_clean()


def _tab_to(page: Page, target: Locator, limit: int = 40) -> None:
    """Press Tab until ``target`` has the focus (bounded), as a keyboard user would."""
    for _ in range(limit):
        if target.evaluate("node => node === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {target}")


def _focus_is_visible(page: Page) -> bool:
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    return bool(style[0] != "none" and style[1] >= 2)


def test_keyboard_only_deliver_details_and_inbound(outbox: Outbox, client: SmsClient) -> None:
    page = outbox.open()
    _send(client, "393481234500", "Keyboard only", "kb-1")
    row = outbox.row("393481234500")
    expect(row).to_have_count(1)
    page.locator("body").click(position={"x": 5, "y": 5})  # start from the top of the page

    deliver = row.get_by_role("button", name=re.compile("^Deliver"))
    _tab_to(page, deliver)
    assert _focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(row.locator(".badge")).to_have_text("delivered")
    assert _status(client, "kb-1") == SmsStatus.DELIVERED
    details = row.get_by_role("button", name="Details")
    expect(details).to_be_focused()  # the focus stays in the row when Deliver is disabled
    page.keyboard.press("Enter")
    dialog = page.locator("dialog#details")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Keyboard only")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(details).to_be_focused()  # back where the keyboard was

    # an inbound SMS, typed into the form: every field is found by its label
    opener = page.get_by_role("button", name="Simulate inbound SMS")
    _tab_to(page, opener)
    page.keyboard.press("Enter")
    form = page.locator("dialog#inbound")
    expect(form).to_be_visible()
    expect(form.get_by_label("From (the phone)")).to_be_focused()
    page.keyboard.type("393331112222")
    page.keyboard.press("Tab")
    expect(form.get_by_label("To (the account's number)")).to_be_focused()
    page.keyboard.type(DEMO_SIM)
    page.keyboard.press("Tab")
    expect(form.get_by_label("Text")).to_be_focused()
    page.keyboard.type("STOP")
    page.keyboard.press("Tab")
    expect(form.get_by_role("button", name="Receive it")).to_be_focused()
    assert _focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(form.locator("#inbound-result")).to_contain_text("Received")
    page.keyboard.press("Escape")
    expect(form).to_be_hidden()
    expect(opener).to_be_focused()
    received = client.received.search_received_sms(from_="393331112222").sms_list
    assert [message.text for message in received] == ["STOP"]
    unlabelled = page.evaluate(
        "[...document.querySelectorAll('input, textarea, select')].filter(e => !e.labels.length).map(e => e.id)"
    )
    assert unlabelled == []
    outbox.check_clean()


def _overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the viewport (0: no horizontal scroll)."""
    width: int = page.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth"
    )
    return width


def test_phone_width_has_no_horizontal_scroll_and_stacks_the_list(outbox: Outbox, client: SmsClient) -> None:
    page = outbox.page
    page.set_viewport_size({"width": 375, "height": 812})
    outbox.open()
    _send(client, "393481234501", "Hi! Your table is booked for 8 pm. Reply STOP to opt out.", "phone-1")
    long_word = "https://shop.example.org/track?parcel=" + "A1B2C3D4" * 12
    _send(client, "393481234502", long_word, "phone-2-" + "k" * 40)
    expect(outbox.rows()).to_have_count(2)
    assert _overflow(page) <= 0
    row = outbox.row("393481234501")
    state, recipient, text = (row.locator(f".c-{name}").bounding_box() for name in ("status", "recipient", "text"))
    assert state and recipient and text
    assert state["y"] < recipient["y"] < text["y"]  # one card per message, one line per field
    assert recipient["x"] == state["x"]
    row.get_by_role("button", name="Details").click()
    expect(page.locator("dialog#details")).to_be_visible()
    assert _overflow(page) <= 0
    box = page.locator("dialog#details").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
    page.keyboard.press("Escape")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "outbox-phone.png"), full_page=True, animations="disabled")
    assert (SHOTS / "outbox-phone.png").stat().st_size > 10_000
    outbox.check_clean()


def test_reset_asks_first_then_clears_the_mock(outbox: Outbox, client: SmsClient) -> None:
    page = outbox.open()
    _send(client, "393481234503", "Before the reset", "reset-1")
    expect(outbox.rows()).to_have_count(1)
    page.get_by_role("button", name="Reset mock…").click()
    confirm = page.locator("dialog#reset")
    expect(confirm).to_be_visible()
    expect(confirm.get_by_role("button", name="Cancel")).to_be_focused()  # the safe choice first
    confirm.get_by_role("button", name="Cancel").click()
    expect(confirm).to_be_hidden()
    expect(outbox.rows()).to_have_count(1)
    assert _control(outbox, "/outbox")["messages"]
    page.get_by_role("button", name="Reset mock…").click()
    confirm.get_by_role("button", name="Reset", exact=True).click()
    expect(confirm).to_be_hidden()
    expect(outbox.rows()).to_have_count(0)
    expect(page.locator("#empty")).to_be_visible()
    assert _control(outbox, "/outbox")["messages"] == []
    # the page keeps following the outbox after a reset
    _send(client, "393481234504", "After the reset", "reset-2")
    expect(outbox.rows().locator(".c-key")).to_have_text(["reset-2"])
    # a reset from elsewhere (a test, another page), at once followed by a send: the versions start
    # again from 0, so this send's version is one the page has already seen; it still shows alone
    httpx.post(f"{outbox.origin}/__mock/reset", timeout=5).raise_for_status()
    _send(client, "393481234506", "After a reset elsewhere", "reset-3")
    # (the page's full re-read every 15 polls, 15 s at least, comes too late to pass this within 10 s)
    expect(outbox.rows().locator(".c-key")).to_have_text(["reset-3"])
    outbox.check_clean()


def test_the_content_security_policy_refuses_anything_from_outside(outbox: Outbox) -> None:
    """The header is there and the browser enforces it: an injected script from a CDN is refused by
    the page itself, before any request is made (so the route never even sees it)."""
    page = outbox.open()
    violation = page.evaluate(
        """() => new Promise(resolve => {
            document.addEventListener("securitypolicyviolation", e => resolve([e.blockedURI, e.effectiveDirective]));
            const script = document.createElement("script");
            script.src = "https://cdn.example.org/framework.js";
            document.head.append(script);
            setTimeout(() => resolve(null), 3000);
        })"""
    )
    assert violation == ["https://cdn.example.org/framework.js", "script-src-elem"]
    assert outbox.outside == []
    outbox.check_clean(expected_problems=1)  # the browser's own report of the refusal
    assert "Content Security Policy" in outbox.problems[0]


def _control(outbox: Outbox, path: str) -> Any:
    answer = httpx.get(f"{outbox.origin}/__mock{path}", timeout=5)
    answer.raise_for_status()
    return answer.json()
