"""A claimant speaking for "the region" speaks for the region the article named before."""

from __future__ import annotations

from datetime import date

import dateline
from dateline.model import Article

TEXT = (
    "Government troops shelled villages in Tigray on Monday. "
    "The region's health bureau said on Tuesday that 14 people had been killed in the shelling."
)


def test_region_claimant_gives_the_side_of_unsided_victims():
    published = date(2021, 6, 23)
    (analysis,) = dateline.analyze_all([Article(Article.make_id(TEXT, published), TEXT, published)])
    claims = [c for m in analysis.mentions for c in m.claims]
    assert [(c.kind, c.count) for c in claims] == [("killed", 14)]
    assert claims[0].claimant_side == "Tigray" and claims[0].side == "Tigray"
