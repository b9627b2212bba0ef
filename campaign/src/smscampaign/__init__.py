"""sms-campaign: bulk sends over sms-kit's Sender interface.

- :func:`plan`: recipients (CSV or JSON Lines) and a template to checked :class:`Message` objects,
  each with a deterministic send key, and the :class:`BadRow` list.
- :class:`Journal`: the SQLite journal (each key's state before and after its send).
- :func:`run`: one process, asyncio, bounded concurrency, a per-provider rate limit, resumable;
  :func:`connect` gives it a sender whose :class:`ShardedTransport` keeps that fast at any concurrency.
- ``smscampaign.tasks`` (the ``[celery]`` extra): the same campaign as Celery tasks over Redis.
"""

from .journal import Journal
from .plan import BadRow, BadRowError, Message, Plan, plan, read_recipients, send_key
from .runner import Summary, connect, loop_factory, pool_limits, run, run_loop, summarize
from .sending import Outcome, adeliver, areconcile, deliver, reconcile
from .transport import ShardedTransport

__all__ = [
    "BadRow",
    "BadRowError",
    "Journal",
    "Message",
    "Outcome",
    "Plan",
    "ShardedTransport",
    "Summary",
    "adeliver",
    "areconcile",
    "connect",
    "deliver",
    "loop_factory",
    "plan",
    "pool_limits",
    "read_recipients",
    "reconcile",
    "run",
    "run_loop",
    "send_key",
    "summarize",
]
