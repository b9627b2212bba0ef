# generated from runtime/__init__.py by tools/generate.py (openapi-python-client 0.29.1); do not edit
"""Hand-written runtime shared by every generated client.

The generator copies this package into each generated client as ``<module>._runtime`` (private,
marked as generated there), so each client installs and imports on its own. Provider specifics reach it only
as data derived from the resolved spec.

Nothing is imported here: each module is imported where it is used, so a program pays only for
the modules its flows need (the package's "ready to send" import time is a benchmark target).
"""
