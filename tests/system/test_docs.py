"""The API reference (``make docs``): what the pages hold, that they load nothing from outside the
machine, that every relative link resolves, and that search works in Debian's Chromium, headless."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Route, expect, sync_playwright

from tools import docs
from tools.providers import ROOT, load_providers

CHROMIUM = Path("/usr/bin/chromium")
#: A bound against a hung build, not a speed target (about 14 s on an idle machine; it took over
#: 300 s, the former bound, with every core busy): `make docs` prints its own time.
TIME_LIMIT = 1200
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def build_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """``python -m tools.docs`` into a fresh folder, in its own process: the build edits module
    docstrings and ``__all__`` in the process it runs in, which must not leak into other tests."""
    output = tmp_path_factory.mktemp("docs") / "build"
    command = [sys.executable, "-m", "tools.docs", "--output", str(output)]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=TIME_LIMIT, check=False)
    return output, run


@pytest.fixture(scope="module")
def built(build_run: tuple[Path, subprocess.CompletedProcess[str]]) -> Path:
    output, run = build_run
    assert (output / "index.html").is_file(), run.stderr
    return output


def test_make_docs_finishes_without_problems(build_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    output, run = build_run
    assert run.returncode == 0, run.stderr
    assert re.fullmatch(r"\d+ pages in .+; 0 problems\n", run.stdout), run.stdout
    assert len(list(output.rglob("*.html"))) > 100


def test_every_package_has_its_readme_first_and_its_operations_models_and_errors(built: Path) -> None:
    index = (built / "index.html").read_text(encoding="utf-8")
    for package in docs.doc_packages():
        assert f'href="{package.module}.html"' in index, package.module
        page = (built / f"{package.module}.html").read_text(encoding="utf-8")
        title = next(line for line in package.readme.read_text(encoding="utf-8").splitlines() if line.startswith("# "))
        # the README is the start of the package page's docstring: its title is the docstring's first heading
        docstring = page[page.index('<div class="docstring">') :]
        first_heading = re.search(r"<h1[^>]*>(.*?)</h1>", docstring, re.DOTALL)
        assert first_heading is not None, package.module
        assert re.sub(r"<[^>]+>", "", first_heading.group(1)) == title[2:].strip(), package.module
        assert docstring.index(first_heading.group(0)) < docstring.index("<h2"), package.module
    for provider in load_providers():
        top = (built / f"{provider.module}.html").read_text(encoding="utf-8")
        for name in ("connect", "ApiError", "AuthenticationError", "LoginError", "paginate", "SmsClient"):
            assert f'id="{name}"' in top, (provider.module, name)
        api = (built / provider.module / "api.html").read_text(encoding="utf-8")
        operations = re.findall(r'id="(\w+Operations)\.(\w+)"', api)
        assert operations, provider.module
        # each operation is a typed method: its signature names the return type
        for cls, method in operations:
            if method.startswith("_"):
                continue
            block = api[api.index(f'id="{cls}.{method}"') :][:6000]
            assert 'class="return-annotation"' in block, (provider.module, cls, method)
        models = (built / provider.module / "models.html").read_text(encoding="utf-8")
        assert len(re.findall(r'<section id="\w+">', models)) >= 3, provider.module
    fractel_api = (built / "fractel_client" / "api.html").read_text(encoding="utf-8")
    assert 'id="SmsOperations.post_sms"' in fractel_api
    post_sms = (built / "fractel_client" / "api" / "sms" / "post_sms.html").read_text(encoding="utf-8")
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert f'id="{function}"' in post_sms


def test_nothing_loads_from_outside_the_machine(built: Path) -> None:
    assert (built / "search.js").is_file()  # the search index is bundled, not fetched
    assert docs.external_resources(built) == []


def test_the_external_resource_check_finds_what_a_cdn_would_load(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        '<script src="https://cdn.example.org/x.js"></script><link rel="stylesheet" href="//fonts.example.org/f.css">'
        '<img src="http://img.example.org/i.png"><a href="https://pdoc.dev">a link is fine</a>'
        '<style>@font-face { src: url("https://fonts.example.org/f.woff2"); }</style>'
        '<img src="http://127.0.0.1:8000/local.png">',
        encoding="utf-8",
    )
    (tmp_path / "b.js").write_text('s.src = "https://cdn.example.org/y.js"; import("https://esm.example.org/z")')
    found = docs.external_resources(tmp_path)
    assert found == [
        "a.html: https://cdn.example.org/x.js",
        "a.html: //fonts.example.org/f.css",
        "a.html: http://img.example.org/i.png",
        "a.html: https://fonts.example.org/f.woff2",
        "b.js: https://cdn.example.org/y.js",
        "b.js: https://esm.example.org/z",
    ]


def test_every_relative_link_resolves(built: Path) -> None:
    assert docs.broken_links(built) == []


def test_the_link_check_finds_missing_files_and_anchors(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="sub/b.html#there">ok</a>'
        '<a href="#gone">anchor</a><a href="missing.html">file</a><a href="sub/b.html#nowhere">both</a>'
        '<a href="https://example.org/ignored">external</a>',
        encoding="utf-8",
    )
    (tmp_path / "sub" / "b.html").write_text('<p id="there"><a href="../a.html">up</a></p>', encoding="utf-8")
    assert docs.broken_links(tmp_path) == [
        "a.html: #gone (no such anchor)",
        "a.html: missing.html (no such file)",
        "a.html: sub/b.html#nowhere (no such anchor)",
    ]


@pytest.fixture
def served(built: Path) -> Iterator[str]:
    """The built pages over HTTP on a free loopback port (the stdlib server, in a thread)."""
    handler = functools.partial(_QuietHandler, directory=str(built))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        """No access log on stderr."""


def _loopback_only(route: Route, served: str, outside: list[str]) -> None:
    """Let requests to the docs server through; record and abort anything else (it never leaves)."""
    if route.request.url.startswith(served + "/"):
        route.continue_()
    else:
        outside.append(route.request.url)
        route.abort()


def test_search_in_headless_chromium_finds_an_operation_and_opens_it(
    served: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert CHROMIUM.is_file(), "Debian's chromium is missing: run `make browser` (apt-get install chromium)"
    shots = docs.DEFAULT_OUTPUT / "screenshots"  # docs/build/screenshots/, gitignored
    shots.mkdir(parents=True, exist_ok=True)
    outside: list[str] = []
    with sync_playwright() as playwright:
        # a fresh profile; Playwright passes it as --user-data-dir and adds --headless itself
        browser = playwright.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        browser.route("**/*", lambda route: _loopback_only(route, served, outside))
        try:
            page = browser.new_page()
            page.set_default_timeout(10_000)
            page.goto(f"{served}/fractel_client.html")
            assert page.locator("main .docstring h1").first.inner_text() == "fractel-client"  # the README
            page.locator("input[type=search]").fill("post_sms")
            result = page.locator("section.search-result a").first
            result.wait_for(timeout=15_000)
            assert "post_sms" in result.inner_text()
            page.screenshot(path=str(shots / "search.png"))
            result.click()
            page.wait_for_load_state()
            assert page.url.endswith("/fractel_client/api.html#SmsOperations.post_sms")
            target = page.locator('[id="SmsOperations.post_sms"]')
            expect(target).to_be_in_viewport()
            signature = "body: fractel_client.models.SmsRequest\n) -> fractel_client.models.SendResult"
            assert signature in target.inner_text()
            page.screenshot(path=str(shots / "result.png"))
        finally:
            browser.close()
    print(f"screenshots: {shots}/search.png, {shots}/result.png")
    assert (shots / "search.png").stat().st_size > 10_000
    assert outside == []
