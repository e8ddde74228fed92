"""A place that speaks ("officials in Bishkek said", "says Baku") is a government or a source, not
where the happening took place."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import pipeline
from dateline.model import Article


def _places(text: str) -> list[str | None]:
    article = Article(Article.make_id(text, date(2022, 9, 16)), text, date(2022, 9, 16))
    [analysis] = pipeline.analyze_all([article], n_process=1)
    return [m.place.name if m.place else None for m in analysis.mentions]


@pytest.mark.parametrize("text", [
    "Troops fought along the border on Friday, officials in Bishkek said.",
    "Officials in Baku did not say how many soldiers had been wounded in the fighting on Thursday.",
    "Baku said on Friday that 50 soldiers had been killed in the fighting.",
])
def test_the_seat_of_a_speaker_is_not_the_place(text: str) -> None:
    places = _places(text)
    assert places and not {"Bishkek", "Baku"} & set(places), places


def test_a_place_where_things_happen_stays() -> None:
    assert "Barda" in _places("Rockets struck the centre of Barda, an Azerbaijani town, on Wednesday, killing 21 "
                              "civilians, Azerbaijani officials said.")
