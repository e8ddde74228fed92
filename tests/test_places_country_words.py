"""The country model's words model and its weak guesses (issue 4, session 11; every text written for these tests)."""

from __future__ import annotations

from datetime import date

from dateline.model import Article, Place


def _analysed_place(text: str) -> Place | None:
    """The place of the first event mention ``dateline run``'s path finds in ``text``."""
    from dateline.pipeline import analyze_all

    [analysis] = list(analyze_all([Article(Article.make_id(text, date(2021, 3, 2)), text, date(2021, 3, 2))]))
    return next((m.place for m in analysis.mentions if m.place), None)


def test_words_model_reads_a_report_that_holds_no_name() -> None:
    from dateline.extract import country_model

    assert country_model.names_of(country_model._masked("Gunmen kill a police reservist near a cattle dip.")) == ""
    guess = country_model.guess("Gunmen kill a police reservist near a cattle dip.")
    assert guess is not None and guess.iso == "KE"
    guess = country_model.guess("Boda boda riders blocked the road after a colleague was killed.")
    assert guess is not None and guess.iso == "KE"
    # a text without any word to go by gets no guess
    assert country_model.guess("2 May 2021.") is None


def test_weak_guess_is_made_but_not_against_a_city_named_elsewhere() -> None:
    from dateline.extract import country_model

    # an unsure guess still places a report nothing else places (an event report is always somewhere) ...
    guess = country_model.guess("Members of the Sunrise Alliance marched to the Harbour Office.")
    assert guess is not None and country_model.THRESHOLD <= guess.probability < country_model.SURE
    # ... but not against a city of its size the text names in another country
    assert country_model.guess("Residents of Godhra blocked the highway after a driver was killed.") is None
    place = _analysed_place("Residents of Godhra blocked the highway after a driver was killed.")
    assert place is None or place.country != "Kenya"


def test_words_model_decides_where_the_names_model_is_unsure() -> None:
    from dateline.extract import country_model
    from dateline.extract.typing import softmax

    text = "Matatu operators at Jogoo Stage protested police harassment."
    names = country_model.names_of(country_model._masked(text))
    model = country_model.shipped_model()
    assert names and softmax(model.scores_of(country_model.featurize_names([names], for_scoring=True)))[0].max() \
        < country_model.SURE
    guess = country_model.guess(text)
    assert guess is not None and guess.iso == "KE" and guess.probability >= country_model.SURE
    # a model given explicitly is read alone
    alone = country_model.guess(text, model=model)
    assert alone is None or alone.probability < country_model.SURE
