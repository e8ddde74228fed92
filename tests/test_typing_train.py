"""Training the second stage: the same seeds give the same network; ``--stack-seeds-from`` another draw of it."""

from __future__ import annotations

import numpy as np
import pytest

from dateline.extract import train_typing as tt


def _data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(120, 6)).astype(np.float32)
    y = (x[:, 0] > 0).astype(int) + (x[:, 1] > 1).astype(int)
    return x, y


@pytest.fixture
def small_stack(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tt, "STACK_SEEDS", 2)
    monkeypatch.setattr(tt, "STACK_HIDDEN", 8)


@pytest.mark.usefixtures("small_stack")
def test_the_same_seeds_give_the_same_second_stage() -> None:
    x, y = _data()
    first, again = tt.fit_network(x, y, 3), tt.fit_network(x, y, 3)
    assert np.array_equal(first.w1, again.w1) and np.array_equal(first.w2, again.w2)


@pytest.mark.usefixtures("small_stack")
def test_other_seeds_give_another_draw_of_the_second_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    x, y = _data()
    shipped_seeds = tt.fit_network(x, y, 3)
    monkeypatch.setattr(tt, "STACK_SEED_FROM", 4)
    other = tt.fit_network(x, y, 3)
    assert other.w1.shape == shipped_seeds.w1.shape and not np.array_equal(other.w1, shipped_seeds.w1)


def test_the_option_sets_the_first_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--stack-seeds-from`` reaches the training (checked without fitting: ``load_examples`` stops the run)."""
    monkeypatch.setattr(tt, "STACK_SEED_FROM", 0)

    class Stop(Exception):
        pass

    def stop(*_: object, **__: object) -> None:
        raise Stop

    monkeypatch.setattr(tt, "load_examples", stop)
    with pytest.raises(Stop):
        tt.main(["--stack-seeds-from", "8"])
    assert tt.STACK_SEED_FROM == 8
