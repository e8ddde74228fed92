"""Shared test helpers: where ../shared is, and small articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent (evaluation data lives beside the repository in ../shared)")
    return p


@pytest.fixture()
def seed_dir(tmp_path: Path) -> Path:
    """Three short seed-format articles written for the tests (two report the same clash)."""
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(
        " date 2022-09-14 Heavy fighting broke out on Tuesday along the border between Armenia and "
        "Azerbaijan. The Armenian defence ministry said 49 of its soldiers were killed.\n\n"
        "Moscow said a ceasefire was agreed on Wednesday morning.\n",
        encoding="utf-8",
    )
    (d / "b.txt").write_text(
        " date 2022-09-15 Azerbaijan's defence ministry said on Wednesday that 50 of its servicemen "
        "died in Tuesday's clashes with Armenian forces.\n",
        encoding="utf-8",
    )
    (d / "c.txt").write_text(
        " date 2021-11-17 Seven soldiers were killed in clashes at the border on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    return d
