"""Armed groups named by the parser keep their name, not its possessive."""

from __future__ import annotations

from datetime import date

from dateline.model import Article
from dateline.pipeline import analyze_all


def test_possessive_is_not_part_of_a_group_name() -> None:
    text = ("Nagorno-Karabakh's ethnic Armenian authorities said Azerbaijani forces shelled Stepanakert and other "
            "towns, while Azerbaijan's defence ministry said Armenian forces fired on three districts.")
    article = Article(Article.make_id(text, date(2020, 10, 12)), text, date(2020, 10, 12))
    analysis = next(iter(analyze_all([article], n_process=1)))
    names = [actor.name for m in analysis.mentions for actor in (m.actor1, m.actor2) if actor is not None]
    assert names, "the shelling is found with its actors"
    assert not [n for n in names if n.endswith(("'s", "’s"))]
