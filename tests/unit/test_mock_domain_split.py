"""Each provider mock is split into a domain (state and rules, no HTTP) and HTTP handlers, and the
split holds: the domain imports nothing of HTTP, and every error the domain can raise has its answer
in the provider's one table (a missing entry would be a 500)."""

from __future__ import annotations

import ast
import importlib
import inspect

import pytest
from sms_mocks.domain import DomainError, DomainProvider
from sms_mocks.registry import create_mock

PROVIDERS = ["fractel", "smsend", "smstools"]
#: what a domain module must not import: the engine's Call/Reply, the control plane, HTTP libraries.
HTTP_MODULES = {"sms_mocks.engine", "sms_mocks.plane", "sms_mocks.server", "werkzeug", "httpx", "http"}


@pytest.mark.parametrize("name", PROVIDERS)
def test_the_domain_imports_nothing_of_http(name: str) -> None:
    domain = importlib.import_module(f"sms_mocks.{name}.domain")
    tree = ast.parse(inspect.getsource(domain))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
    assert imported, "the walk found the module's imports"
    leaked = {module for module in imported if module in HTTP_MODULES or module.split(".")[0] in HTTP_MODULES}
    assert not leaked, f"sms_mocks.{name}.domain imports {sorted(leaked)}"


@pytest.mark.parametrize("name", PROVIDERS)
def test_every_domain_error_has_an_answer_in_the_one_table(name: str) -> None:
    domain = importlib.import_module(f"sms_mocks.{name}.domain")
    http = importlib.import_module(f"sms_mocks.{name}.http")
    declared = {
        value
        for value in vars(domain).values()
        if isinstance(value, type) and issubclass(value, DomainError) and value.__module__ == domain.__name__
    }
    raised = {
        vars(domain).get(node.exc.func.id)
        for node in ast.walk(ast.parse(inspect.getsource(domain)))
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name)
    }
    # every error the domain raises, and every leaf of its error classes (a base is never raised)
    errors = {kind for kind in raised if isinstance(kind, type) and issubclass(kind, DomainError)}
    errors |= {kind for kind in declared if not kind.__subclasses__()}
    assert len(errors) >= 3, "the domain declares and raises its errors"
    unanswered = {kind.__name__ for kind in errors if not any(base in http.ERRORS for base in kind.__mro__)}
    assert not unanswered, f"no answer in sms_mocks.{name}.http.ERRORS for {sorted(unanswered)}"


@pytest.mark.parametrize("name", PROVIDERS)
def test_the_entry_point_class_is_the_split_provider(name: str) -> None:
    package = importlib.import_module(f"sms_mocks.{name}")
    http = importlib.import_module(f"sms_mocks.{name}.http")
    provider = next(v for v in vars(package).values() if isinstance(v, type) and issubclass(v, DomainProvider))
    assert provider.ERRORS is http.ERRORS
    assert package.DEMO_LOGIN is http.DEMO_LOGIN, "the demo login is found beside the class (pytest plugin, CLI)"


@pytest.mark.parametrize("name", PROVIDERS)
def test_every_handler_runs_locked_and_the_domain_is_held_privately(name: str) -> None:
    """The lock is structural: each op_ handler is the lock's wrapper (outermost, around the wrapper
    that answers domain errors), and the provider keeps its domain object in a private attribute
    only, so nothing reaches the state except through the provider's locked methods."""
    mock = create_mock(name)
    try:
        kind = type(mock)
        handlers = [name for name in dir(kind) if name.startswith("op_")]
        assert len(handlers) >= 3
        unlocked = [handler for handler in handlers if not getattr(getattr(kind, handler), "__mock_locked__", False)]
        assert not unlocked, f"handlers outside the lock: {unlocked}"
        held = {key for key, value in vars(mock).items() if type(value).__module__ == f"sms_mocks.{name}.domain"}
        assert held == {"_domain"}, f"the domain object is held as {sorted(held)}"
    finally:
        mock.close()
