"""Place rules of issue 4, session 15 (every text written for these tests)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dateline.extract import api, places
from dateline.model import Article, Place


def _analysed_place(text: str) -> Place | None:
    """The place of the text's first mention that has one, through the whole pipeline (parser included)."""
    from dateline.pipeline import analyze_all

    [analysis] = list(analyze_all([Article(Article.make_id(text, date(2021, 6, 9)), text, date(2021, 6, 9))]))
    return next((m.place for m in analysis.mentions if m.place), None)


def test_a_unit_written_with_a_slash_is_one_hint() -> None:
    # Trinidad's units join two towns' names with a slash; the hint is the whole unit, not its first town
    assert api._hints_after("in Arima Old Road, Tunapuna/Piarco, shots", "Arima Old Road", 3, [3]) == (
        "Tunapuna/Piarco",)
    place = _analysed_place("On 9 June 2021, a shop owner was shot and wounded in Maracas, Tunapuna/Piarco, by two "
                            "men on a motorcycle.")
    assert place is not None and (place.country, place.admin1) == ("Trinidad and Tobago", "Tunapuna-Piarco")
    assert place.name == "Maracas"
