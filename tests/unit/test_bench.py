"""The statistics of ``make bench``'s per-call row (tools/bench.py); no timing is measured here."""

from __future__ import annotations

import random

from tools.bench import median_interval


def test_the_interval_is_the_order_statistics_of_the_sign_test() -> None:
    # n = 100: the 95% interval of the median lies between the 40th and the 61st smallest values.
    assert median_interval([float(v) for v in range(1, 101)]) == (50.5, 40.0, 61.0)
    assert median_interval([2.0]) == (2.0, 2.0, 2.0)


def test_pauses_in_a_few_batches_do_not_hide_or_invent_a_difference() -> None:
    noise = random.Random(12)
    same = [noise.gauss(1.0, 0.02) for _ in range(250)]
    slower = [noise.gauss(1.08, 0.02) for _ in range(250)]
    for ratios in (same, slower):  # a pause of the machine makes one batch of either client 3x slower
        for index in range(0, 250, 25):
            ratios[index] *= 3.0 if index % 50 else 1 / 3.0
    median, low, high = median_interval(same)
    assert low <= 1.0 <= high and abs(median - 1.0) < 0.01
    median, low, high = median_interval(slower)
    assert low > 1.05 and abs(median - 1.08) < 0.01
