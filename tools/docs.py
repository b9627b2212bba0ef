"""Build the API reference pages: ``python -m tools.docs [--output docs/build]`` (``make docs``).

One set of HTML pages per package (the three generated clients, sms-kit and sms-campaign),
rendered by pdoc from the installed packages: their docstrings, which for the generated clients
come from the resolved spec's descriptions, and their type annotations. Each package's README is
its first page (prepended to the module docstring at build time; the packages themselves are not
changed). pdoc bundles its search index and scripts, so the built tree loads nothing from outside
the machine; ``external_resources`` and ``broken_links`` below check that, and ``main`` refuses
to finish when either finds something.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import shutil
import sys
import warnings
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pdoc
import pdoc.doc
import pdoc.render
import pdoc.render_helpers
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from tools.providers import ROOT, load_providers

__all__ = ["DocPackage", "broken_links", "build", "doc_packages", "external_resources", "main"]

DEFAULT_OUTPUT = ROOT / "docs" / "build"


@dataclass(frozen=True)
class DocPackage:
    """One package to document: its import name and the README that becomes its first page."""

    module: str
    readme: Path


def doc_packages() -> list[DocPackage]:
    """Every documented package: the rows of ``providers.toml``, then sms-kit and sms-campaign."""
    packages = [DocPackage(p.module, p.package_dir / "README.md") for p in load_providers()]
    packages.append(DocPackage("smskit", ROOT / "kit" / "README.md"))
    packages.append(DocPackage("smscampaign", ROOT / "campaign" / "README.md"))
    return packages


def _public_modules(name: str) -> list[str]:
    """The package and every submodule without a leading underscore in its path.

    pdoc leaves out submodules that ``__all__`` does not name (``api``, ``models``, ``errors``,
    ...), so they are listed explicitly.
    """
    package = importlib.import_module(name)
    found = [name]
    for info in pkgutil.walk_packages(package.__path__, prefix=name + "."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            found.append(info.name)
    return found


def _document_public_classes(name: str) -> None:
    """Add to ``__all__`` (in this process only) every public class the module defines itself.

    The generated ``api`` module exports ``SmsClient`` but not ``SmsOperations``, the class of
    ``client.sms`` whose methods are the operations; pdoc documents only what ``__all__`` names.
    """
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        return
    own = [
        key
        for key, value in vars(module).items()
        if isinstance(value, type) and value.__module__ == name and not key.startswith("_") and key not in exported
    ]
    setattr(module, "__all__", [*exported, *own])  # noqa: B010  (mypy: ModuleType has no __all__)


def _with_readme(package: DocPackage) -> None:
    """Put the README in front of the module docstring (in this process only)."""
    module = importlib.import_module(package.module)
    for name in getattr(module, "__all__", ()):
        getattr(module, name)  # resolve lazily imported names (PEP 562), so pdoc sees them all
    readme = package.readme.read_text(encoding="utf-8")
    # the README's relative links point into the source tree, which the built pages do not have
    readme = re.sub(r"\]\((?!https?://|#)([^)]*)\)", r"](#)", readme)
    module.__doc__ = readme + "\n\n## Module\n\n" + (module.__doc__ or "")


_pdoc_linkify = pdoc.render_helpers.linkify
_LOCAL_LINK = re.compile(r'<a href="#([\w.]+)">([^<]*)</a>')


@pass_context
def _linkify(context: Context, code: str, namespace: str = "", shorten: bool = True) -> Markup:
    """pdoc's ``linkify``, with local links to inherited members sent to the class that defines them.

    pdoc links ``status_code`` in ``LoginError``'s docstring to ``#LoginError.status_code``, but
    renders inherited members only as links to their base class, so that anchor does not exist.
    """
    module: pdoc.doc.Module = context["module"]

    def local(match: re.Match[str]) -> str:
        qualname = match.group(1)
        doc, owner = module.get(qualname), module.get(qualname.rpartition(".")[0])
        if doc is None or owner is None or doc.taken_from[1].rpartition(".")[0] == owner.taken_from[1]:
            return match.group(0)  # a module-level name or a member the class defines itself
        defining = module.get(doc.taken_from[1])
        if defining is not None and defining.taken_from == doc.taken_from:  # defined on this page
            return f'<a href="#{defining.qualname}">{match.group(2)}</a>'
        return match.group(2)

    linked = str(_pdoc_linkify(context, code, namespace, shorten))
    return Markup(_LOCAL_LINK.sub(local, linked))


def build(output: Path = DEFAULT_OUTPUT) -> list[Path]:
    """Render every package into ``output`` (emptied first); return the HTML files written."""
    # submodules are listed explicitly (see _public_modules); pdoc warns when it found one itself
    warnings.filterwarnings("ignore", "The module specification .* adds a module named", UserWarning)
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    packages = doc_packages()
    modules = [name for p in packages for name in _public_modules(p.module)]
    for package in packages:
        _with_readme(package)
    for name in modules:
        _document_public_classes(name)
    pdoc.render.env.filters["linkify"] = _linkify
    pdoc.render.configure(
        docformat="google",
        search=True,
        show_source=False,
        math=False,
        mermaid=False,
        footer_text="sms-clients API reference",
    )
    pdoc.pdoc(*modules, output_directory=output)
    return sorted(output.rglob("*.html"))


# resources a page loads by itself: (tag, attribute); <a href> is a link the reader follows, not a load
_LOADED = {("script", "src"), ("link", "href"), ("img", "src"), ("source", "src"), ("iframe", "src")}
_ABSOLUTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
# inside scripts and stylesheets: src=/href= assignments, CSS url(...) and @import, ES imports
_IN_TEXT = re.compile(
    r"""(?:\b(?:src|href)\s*[=:]\s*["'`]|url\(\s*["']?|@import\s+["']|\bimport\s*\(?\s*["'`]|from\s+["'`])"""
    r"""((?:https?:)?//[^"'`)\s]+)""",
    re.IGNORECASE,
)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.loaded: list[str] = []
        self.links: list[str] = []
        self.anchors: set[str] = set()
        self.inline: list[str] = []
        self._in_code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.anchors.add(values["id"])
        if tag == "a" and "name" in values:
            self.anchors.add(values["name"])
        for loaded_tag, attribute in _LOADED:
            if tag == loaded_tag and attribute in values:
                self.loaded.append(values[attribute])
        if "style" in values:
            self.inline.append(values["style"])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if tag in ("script", "style"):
            self._in_code += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._in_code:
            self._in_code -= 1

    def handle_data(self, data: str) -> None:
        if self._in_code:
            self.inline.append(data)


def _parse(page: Path) -> _Tags:
    tags = _Tags()
    tags.feed(page.read_text(encoding="utf-8"))
    return tags


def external_resources(root: Path) -> list[str]:
    """Every resource the built pages would load from another machine, as ``file: url``."""
    found: list[str] = []
    for page in sorted(root.rglob("*")):
        if page.suffix == ".html":
            tags = _parse(page)
            urls = [u for u in tags.loaded if _ABSOLUTE.match(u)]
            urls += [m.group(1) for text in tags.inline for m in _IN_TEXT.finditer(text)]
        elif page.suffix in (".js", ".css"):
            urls = [m.group(1) for m in _IN_TEXT.finditer(page.read_text(encoding="utf-8"))]
        else:
            continue
        found += [f"{page.relative_to(root)}: {url}" for url in urls if not _loopback(url)]
    return found


def _loopback(url: str) -> bool:
    return urlsplit(url if "//" in url[:8] else "//" + url).hostname in ("127.0.0.1", "::1", "localhost")


def broken_links(root: Path) -> list[str]:
    """Every relative link (``<a href>``, ``<link href>``, ``src``) that names no file or no anchor."""
    parsed = {page.resolve(): _parse(page) for page in root.rglob("*.html")}
    broken: list[str] = []
    for page, tags in sorted(parsed.items()):
        for href in tags.links + tags.loaded:
            if not href or _ABSOLUTE.match(href) or href.startswith(("mailto:", "javascript:", "data:")):
                continue
            parts = urlsplit(href)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            where = f"{page.relative_to(root.resolve())}: {href}"
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{where} (no such file)")
            elif parts.fragment and target.suffix == ".html":
                anchors = parsed[target].anchors if target in parsed else _parse(target).anchors
                if unquote(parts.fragment) not in anchors:
                    broken.append(f"{where} (no such anchor)")
    return broken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    pages = build(args.output)
    problems = external_resources(args.output) + broken_links(args.output)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(pages)} pages in {args.output}; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
