"""Synthetic stores for the dashboard's tests, screenshots and load test.

``build_sample_store`` writes a handful of short articles (invented for testing, not real
reports) with their entities, dates, mentions and merged events, including contradictory
claims, a background fact and an article whose text carries HTML and a ``<script>`` tag.
``generate_events`` makes any number of random events for load testing.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from dateline.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Entity,
    Event,
    EventDate,
    EventMention,
    Fatalities,
    Place,
    Sentence,
    Source,
    TemporalExpression,
    stable_id,
)
from dateline.store import Store
from dateline.taxonomy import ACLED_TAXONOMY

SCRIPT_ARTICLE_MARKER = "<script>alert(1)</script>"

_ARTICLES: list[dict] = [
    {
        "published": "2022-09-14", "title": "Border fighting leaves dozens dead, both capitals say",
        "source": "Sample Wire", "url": "https://example.org/a1",
        "text": (
            "Azerbaijan's defence ministry said on Wednesday that 50 of its soldiers were killed in "
            "clashes with Armenian forces near Jermuk on Tuesday.\n\n"
            "Armenia's defence ministry said 49 Armenian troops died in the fighting and accused "
            "Baku of shelling the town of Jermuk.\n\n"
            "Armenian officials claimed that 200 Azerbaijani soldiers had been killed, a figure Baku rejected.\n\n"
            "The 2020 war over Nagorno-Karabakh killed more than 6,500 people."
        ),
    },
    {
        "published": "2022-09-15", "title": "Toll rises after Tuesday's clashes",
        "source": "Sample Daily", "url": "https://example.org/a2",
        "text": (
            "Armenia's defence ministry raised its toll to 105 soldiers killed in Tuesday's clashes near "
            "Jermuk.\n\n"
            "Azerbaijan's defence ministry said 71 of its servicemen died.\n\n"
            "Protesters gathered in Yerevan on Thursday to demand a ceasefire."
        ),
    },
    {
        "published": "2022-09-16", "title": "A report with markup <b>in its title</b>",
        "source": "Sample Blog", "url": "https://example.org/a3",
        "text": (
            "Officials said " + SCRIPT_ARTICLE_MARKER + " three civilians were wounded by shelling in "
            "Sotk on Friday.\n\n"
            "A ceasefire brokered by Russia took hold on Friday <img src=x onerror=alert(2)> evening."
        ),
    },
]


def _find(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def _sentence_of(text: str, start: int) -> tuple[int, int]:
    lo = text.rfind("\n\n", 0, start)
    lo = 0 if lo < 0 else lo + 2
    hi = text.find("\n\n", start)
    return lo, (len(text) if hi < 0 else hi)


def _sample_analyses() -> list[ArticleAnalysis]:
    out = []
    for spec in _ARTICLES:
        published = date.fromisoformat(spec["published"])
        article = Article(Article.make_id(spec["text"], published), spec["text"], published, spec["title"],
                          spec["url"], spec["source"], None, "text")
        text = spec["text"]
        sentences, lo = [], 0
        for i, part in enumerate(text.split("\n\n")):
            s = text.index(part, lo)
            sentences.append(Sentence(article.id, i, s, s + len(part), part))
            lo = s + len(part)
        entities = []
        for phrase, label in (
            ("Azerbaijan's defence ministry", "ORG"), ("Armenia's defence ministry", "ORG"), ("Armenian", "NORP"),
            ("Azerbaijani", "NORP"), ("Jermuk", "GPE"), ("Baku", "GPE"), ("Yerevan", "GPE"), ("Sotk", "GPE"),
            ("Russia", "GPE"), ("Nagorno-Karabakh", "GPE"), ("50", "CARDINAL"), ("49", "CARDINAL"),
            ("200", "CARDINAL"), ("105", "CARDINAL"), ("71", "CARDINAL"), ("three", "CARDINAL"),
            ("more than 6,500", "CARDINAL"), ("Protesters", "NORP"),
        ):
            if phrase in text:
                s, e = _find(text, phrase)
                entities.append(Entity(s, e, label, phrase))
        timexes = []
        for phrase, value in (("Wednesday", "2022-09-14"), ("Tuesday", "2022-09-13"), ("Thursday", "2022-09-15"),
                              ("Friday", "2022-09-16"), ("2020", "2020")):
            if phrase in text:
                s, e = _find(text, phrase)
                timexes.append(TemporalExpression(s, e, phrase, "DATE", value, anchor=spec["published"]))
        out.append(ArticleAnalysis(article, sentences, sorted(entities, key=lambda x: x.start), timexes, []))
    return out


def _claim(a: Article, phrase: str, kind: str, count: int, side: str | None, claimant: str | None,
           claimant_side: str | None, qualifier: str = "exact") -> Claim:
    start, _ = _find(a.text, phrase)
    lo, hi = _sentence_of(a.text, start)
    return Claim(kind, count, qualifier, None, side, claimant, claimant_side, a.text[lo:hi], a.id, lo, hi)


def _mention(a: Article, phrase: str, event_type: str, sub: str, day: str, claims: list[Claim],
             background: bool = False, place: Place | None = None) -> EventMention:
    start, _ = _find(a.text, phrase)
    lo, hi = _sentence_of(a.text, start)
    mid = stable_id(a.id, str(lo), event_type)
    for c in claims:
        c.mention_id = mid
    return EventMention(mid, a.id, a.text[:lo].count("\n\n"), lo, hi, a.text[lo:hi], event_type, sub,
                        EventDate(day, precision="day" if len(day) == 10 else "year"), place=place,
                        claims=claims, background=background,
                        actor1=Actor("Military Forces of Azerbaijan", "Azerbaijan", "state_forces"))


def build_sample_store(path: str | Path) -> Path:
    """A small, fully populated store: articles, analyses and merged events."""
    path = Path(path)
    analyses = _sample_analyses()
    a1, a2, a3 = (x.article for x in analyses)
    jermuk = Place("Jermuk", "Armenia", "Vayots Dzor", 39.84, 45.67)
    claims_1 = [
        _claim(a1, "50 of its soldiers", "killed", 50, "Azerbaijan", "Azerbaijan's defence ministry", "Azerbaijan"),
        _claim(a1, "49 Armenian troops", "killed", 49, "Armenia", "Armenia's defence ministry", "Armenia"),
        _claim(a1, "200 Azerbaijani soldiers", "killed", 200, "Azerbaijan", "Armenian officials", "Armenia"),
    ]
    claims_2 = [
        _claim(a2, "105 soldiers", "killed", 105, "Armenia", "Armenia's defence ministry", "Armenia"),
        _claim(a2, "71 of its servicemen", "killed", 71, "Azerbaijan", "Azerbaijan's defence ministry", "Azerbaijan"),
    ]
    claims_3 = [_claim(a3, "three civilians", "wounded", 3, "Armenia", "Officials", None)]
    claims_bg = [_claim(a1, "more than 6,500", "killed", 6500, None, None, None, "more_than")]
    m1 = _mention(a1, "50 of its soldiers", "Battles", "Armed clash", "2022-09-13", claims_1, place=jermuk)
    m2 = _mention(a2, "105 soldiers", "Battles", "Armed clash", "2022-09-13", claims_2, place=jermuk)
    m_shell = _mention(a1, "accused", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                       "2022-09-13", [], place=jermuk)
    m3 = _mention(a3, "three civilians", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                  "2022-09-16", claims_3, place=Place("Sotk", "Armenia", "Gegharkunik", 40.21, 45.98))
    m_bg = _mention(a1, "6,500", "Battles", "Armed clash", "2020", claims_bg, background=True)
    m_protest = _mention(a2, "Protesters", "Protests", "Peaceful protest", "2022-09-15", [],
                         place=Place("Yerevan", "Armenia", "Yerevan", 40.18, 44.51))
    m_ceasefire = _mention(a3, "ceasefire brokered", "Strategic developments", "Agreement", "2022-09-16", [])
    by_article: dict[str, list[EventMention]] = {}
    for m in (m1, m2, m_shell, m3, m_bg, m_protest, m_ceasefire):
        by_article.setdefault(m.article_id, []).append(m)
    for analysis in analyses:
        analysis.mentions = by_article.get(analysis.article.id, [])

    def source(a: Article) -> Source:
        return Source(a.id, a.published.isoformat(), a.title, a.url, a.source)

    rule = "sample rule: low = smallest claimant figure per side, high = largest, best = the side's own figure"
    events = [
        Event("ev-clash-jermuk", "2022-09-13", None, "Battles", "Armed clash", "Military Forces of Azerbaijan",
              "Military Forces of Armenia", "Armenia", "Vayots Dzor", "Jermuk", 39.84, 45.67,
              Fatalities(120, 176, 305), False, claims_1 + claims_2, [source(a1), source(a2)],
              "Azerbaijani and Armenian forces clashed near Jermuk; each side gives its own toll.",
              contradiction=True,
              fatalities_by_side={"Azerbaijan": Fatalities(71, 71, 200), "Armenia": Fatalities(49, 105, 105)},
              fatalities_rule=rule, mention_ids=[m1.id, m2.id]),
        Event("ev-shelling-jermuk", "2022-09-13", None, "Explosions/Remote violence",
              "Shelling/artillery/missile attack", "Military Forces of Azerbaijan", None, "Armenia", "Vayots Dzor",
              "Jermuk", 39.84, 45.67, Fatalities(), False, [], [source(a1)],
              "Armenia accused Baku of shelling the town of Jermuk.", fatalities_rule=rule, mention_ids=[m_shell.id]),
        Event("ev-shelling-sotk", "2022-09-16", None, "Explosions/Remote violence",
              "Shelling/artillery/missile attack", "Military Forces of Azerbaijan", "Civilians (Armenia)", "Armenia",
              "Gegharkunik", "Sotk", 40.21, 45.98, Fatalities(0, 0, 0), False, claims_3, [source(a3)],
              "Three civilians were wounded by shelling in Sotk <script>alert(3)</script>.",
              fatalities_rule=rule, mention_ids=[m3.id]),
        Event("ev-protest-yerevan", "2022-09-15", None, "Protests", "Peaceful protest", "Protesters (Armenia)", None,
              "Armenia", "Yerevan", "Yerevan", 40.18, 44.51, Fatalities(), False, [], [source(a2)],
              "Protesters in Yerevan demanded a ceasefire.", fatalities_rule=rule, mention_ids=[m_protest.id]),
        Event("ev-ceasefire", "2022-09-16", None, "Strategic developments", "Agreement", "Government of Russia",
              None, "Armenia", None, None, None, None, Fatalities(), False, [], [source(a3)],
              "A ceasefire brokered by Russia took hold.", plover="AGREE", fatalities_rule=rule,
              mention_ids=[m_ceasefire.id]),
        Event("ev-war-2020", "2020", None, "Battles", "Armed clash", "Military Forces of Azerbaijan",
              "Military Forces of Armenia", "Azerbaijan", None, "Nagorno-Karabakh", 39.82, 46.75,
              Fatalities(6500, 6500, None), True, claims_bg, [source(a1)],
              "The 2020 war over Nagorno-Karabakh killed more than 6,500 people.", date_precision="year",
              fatalities_rule=rule, mention_ids=[m_bg.id]),
    ]
    with Store(path) as store:
        for analysis in analyses:
            store.add(analysis)
        store.replace_events(events)
    return path


# -- random events for load tests --------------------------------------------------------------

_COUNTRIES = {  # name: (latitude, longitude) of a rough centre
    "Armenia": (40.1, 45.0), "Azerbaijan": (40.3, 47.7), "Ukraine": (49.0, 32.0), "Sudan": (15.5, 30.0),
    "Myanmar": (21.0, 96.0), "Mali": (17.0, -4.0), "Nigeria": (9.0, 8.0), "Syria": (35.0, 38.5),
    "Yemen": (15.5, 47.5), "Somalia": (5.0, 46.0), "Colombia": (4.0, -73.0), "Mexico": (23.0, -102.0),
    "Ethiopia": (9.0, 40.0), "Afghanistan": (34.0, 66.0), "Democratic Republic of Congo": (-3.0, 23.0),
    "Burkina Faso": (12.5, -1.5), "Iraq": (33.0, 44.0), "Libya": (27.0, 17.0), "Pakistan": (30.0, 70.0),
    "Haiti": (19.0, -72.5),
}
_VERBS = ("attacked", "shelled", "ambushed", "raided", "clashed with", "detained", "besieged", "struck",
          "abducted", "protested against", "negotiated with", "withdrew from", "captured", "bombed")
_OBJECTS = ("a convoy", "a checkpoint", "a market", "a police post", "an army base", "a village", "a camp",
            "a bridge", "a school", "a hospital", "a mosque", "a church", "a road", "a power station",
            "a border post", "an airfield", "a prison", "a fuel depot", "a district office", "a harbour")
_SYLLABLES = ("ka", "ro", "mi", "tan", "bel", "sha", "dor", "vi", "lek", "zu", "mar", "ost", "en", "gal", "pur")


def _toponym(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randrange(2, 4))).capitalize()


def generate_events(n: int, seed: int = 6) -> Iterator[Event]:
    """``n`` random but well-formed events spread over ten years, twenty countries and all types."""
    rng = random.Random(seed)
    subtypes = [(t, s) for t, subs in ACLED_TAXONOMY.items() for s in subs]
    countries = list(_COUNTRIES)
    start = date(2015, 1, 1)
    for i in range(n):
        event_type, sub = rng.choice(subtypes)
        country = rng.choice(countries)
        lat, lon = _COUNTRIES[country]
        day = (start + timedelta(days=rng.randrange(3650))).isoformat()
        killed = rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12, 20, 50]) if event_type != "Protests" else 0
        claimant, other = f"Government of {country}", f"Rebels ({country})"
        actor1 = rng.choice((f"Military Forces of {country}", f"Police Forces of {country}", other))
        claims = []
        if killed:
            claims.append(Claim("killed", killed, side=country, claimant=claimant, claimant_side=country,
                                quote=f"Officials said {killed} people were killed.", article_id=f"gen{i}"))
            if rng.random() < 0.3:
                claims.append(Claim("killed", killed * 2, side=country, claimant=other, claimant_side=other,
                                    quote=f"The rebels said {killed * 2} were killed.", article_id=f"gen{i}"))
        place = _toponym(rng)
        summary = f"{actor1} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} near {place}, {country}."
        yield Event(
            id=f"gen{i:07d}", date=day, date_end=None, event_type=event_type, sub_event_type=sub,
            actor1=actor1,
            actor2=(other if actor1 != other else f"Military Forces of {country}") if rng.random() < 0.6 else None,
            country=country, admin1=None, location=place,
            latitude=round(lat + rng.uniform(-2, 2), 4), longitude=round(lon + rng.uniform(-2, 2), 4),
            fatalities=Fatalities(killed if claims else None, killed if claims else None,
                                  max((c.count for c in claims), default=None)),
            background=rng.random() < 0.05, claims=claims,
            sources=[Source(f"gen{i}", day, "Generated report", None, "Generator")],
            summary=summary, contradiction=len(claims) > 1,
        )


def write_generated_store(path: str | Path, n: int = 100_000, seed: int = 6) -> Path:
    """A store holding ``n`` generated events (no articles), for load tests."""
    path = Path(path)
    with Store(path) as store:
        store.replace_events(generate_events(n, seed))
        store.db.execute("ANALYZE")
        store.db.commit()
    return path
