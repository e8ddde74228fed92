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


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    article = Article(Article.make_id(text, date(2022, 9, 16)), text, date(2022, 9, 16))
    [analysis] = pipeline.analyze_all([article], n_process=1)
    return [(m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None) for m in analysis.mentions]


def test_the_voice_of_a_report_is_no_side_of_the_violence_it_tells() -> None:
    # through the whole pipeline: the officials who tell of the shelling are not its first actor
    sides = _sides("Georgian officials said Russian shelling of border villages went on through Thursday night.")
    assert sides and sides[0][0] == "Military Forces of Russia" and "Government of Georgia" not in sides[0], sides

