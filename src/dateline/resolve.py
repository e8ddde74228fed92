"""Merge event mentions across articles into events, keeping every claim.

Mentions of the same happening (same calendar date, event type, and compatible place and actors)
become one event listing all its sources and claims; different days or places stay apart.

Fatality rule (per event, documented in README "Fatalities"):
- Only ``killed`` claims count. Within one sentence, one claimant's figures for distinct victim groups
  add up ("7 militants and 1 soldier were killed" = 8; unnamed victims listed beside a named side count
  too), unless the sentence gives a total with its parts ("8 people, including 4 children") or a toll,
  where the largest figure stands. For each side, each claimant's figure is then that claimant's highest
  sentence figure for the side (later reports restate or revise upward); ranges use ``count`` low,
  ``count_high`` high. Different claimants are never added up. One person named with and without the state
  ("Prime Minister Nikol Pashinyan", "Armenian Prime Minister Nikol Pashinyan") is one claimant (``one_voice``).
- Per side: ``low`` = the smallest claimant figure (ACLED's most conservative reported figure),
  ``high`` = the largest, ``best`` = the figure the side gives for its own losses where it gives one
  (UCDP prefers the most reliable source; a side rarely overstates its own dead), else ``low``.
- Event: sums over sides. Claims naming no side bound the total: when no claim names a side they
  alone give low (smallest), best (smallest) and high (largest); otherwise they can only raise ``high``.
- When no claim of the event names a side, an unsided claim whose noun says it counts armed people
  ("soldiers", "militants") or civilians ("civilians", "villagers") is counted under that class as under a
  side: the two classes are different people and add up, across sentences and voices ("Al Shabaab claimed
  killing six soldiers ... a mortar killed two civilians" = 8); two voices' figures for one class contradict
  as for one side. A figure for anyone ("five people") that a voice of those classes gives bounds the total
  from below. A total told with named parts ("six people, including two Kenyan policemen") keeps its unnamed
  rest as other victims.
- ``contradiction`` is set when two claimants give different figures for the same side and kind.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from dateline.extract import places as gazetteer
from dateline.extract.actors import unidentified
from dateline.model import Actor, Article, Claim, Event, EventMention, Fatalities, Place, Source, stable_id
from dateline.speech import TOLL_PASSING_VERBS, TOLL_RISING_VERBS
from dateline.taxonomy import VERBAL_EVENT_TYPE, VIOLENT_EVENT_TYPES

UNKNOWN_ACTOR = "Unidentified"

FATALITIES_RULE = (
    "killed claims only; distinct victim groups in one claimant's sentence add up; "
    "per side low = smallest claimant figure, high = largest, best = the side's "
    "own figure for its losses if stated, else low; event = sum over sides; claims naming no side "
    "bound the total; with no side named, armed and civilian victims are counted apart and add up"
)


def _place_key(m: EventMention) -> str:
    return "" if m.place is None else _place_key_of(m.place)


def _event_country(ms: list[EventMention], place: Place | None) -> str:
    """Where an event happened: the country of its most precise place, else of any report's place, else the
    state most of its reports' actors belong to (the first named on a tie). A mediator's state counts only when
    no other is named: a truce Moscow brokers by phone is Armenia's and Azerbaijan's, not Russia's."""
    if place is not None and place.country:
        return place.country
    placed = next((m.place.country for m in ms if m.place and m.place.country), "")
    if placed:
        return placed
    votes: Counter[str] = Counter()
    mediators: list[str] = []
    for m in ms:
        for a in (m.actor1, m.actor2):
            if a and a.country:
                if a.kind == "mediator":
                    mediators.append(a.country)
                else:
                    votes[a.country] += 1
    if votes:
        return votes.most_common(1)[0][0]  # Counter keeps first-seen order among equal counts
    return mediators[0] if mediators else ""


def event_country_guessed(country: str, reports: Iterable[tuple[Place | None, list[str]]]) -> bool:
    """Whether an event's ``country`` is only the country models' guess: the reports that give it (a place
    in it, else an actor of it, as ``resolve`` takes the country) all give it by a place whose country was
    guessed (``Place.country_guessed``). ``reports``: (place, its actors' countries) of each report."""
    givers = [(place, actors) for place, actors in reports
              if (place.country if place is not None and place.country else None) == country
              or ((place is None or not place.country) and country in actors)]
    return bool(givers) and all(place is not None and place.country_guessed for place, _ in givers)


CASUALTY_KINDS = frozenset({"killed", "wounded", "captured", "missing", "casualties"})


def _family(m: EventMention) -> str:
    """What must agree for two mentions to be one happening. Reports of one day's violence are
    typed differently sentence by sentence ("clashes", "shelling", "the deaths of 49 soldiers"),
    so every violent mention (a riot's too), and any mention counting casualties (bar a ceasefire's), is one
    family; other types stand for themselves; background mentions of one period are one event."""
    if m.background:
        return "background"  # context about one earlier period ("the 2020 war") is one event of it
    if m.event_type in VIOLENT_EVENT_TYPES or m.event_type == "Riots":
        return "violence"  # (a riot is violence: "the mob burned the station", then its toll, are one happening)
    if m.event_type != "Strategic developments" and any(c.kind in CASUALTY_KINDS for c in m.claims):
        return "violence"
    return m.event_type


def long_range(value: str, end: str | None) -> bool:
    """Whether a date runs from ``value`` to ``end`` over more than a week: a toll "since the fighting
    began on September 27" told a month later counts a campaign's days, not its first day's clash
    (a clash's toll "since Tuesday" told on Thursday stays that clash's)."""
    if not end or len(value) < 10 or len(end) < 10:
        return False
    try:
        return (date.fromisoformat(end[:10]) - date.fromisoformat(value[:10])).days > _CLASH_DAYS
    except ValueError:
        return False


_CLASH_DAYS = 7


def _group_key(m: EventMention) -> tuple[str, ...]:
    family = _family(m)
    return (
        "bg" if m.background else "",
        f"{m.date.value}/{m.date.end}" if long_range(m.date.value, m.date.end)
        else f"{m.date.value} week" if m.date.precision == "week" else m.date.value,  # (a week is written as its Monday)
        family,
        # a strategic development or a statement is one of its kind: an accusation and an appeal made the same day
        # are two happenings, as are a truce and an arrest
        m.sub_event_type if family in _KIND_BY_SUBTYPE else "",
        _speaker_key(m) if family == VERBAL_EVENT_TYPE else "",
        "",  # the how-manieth happening of that day and place whose victims are of other sides (``_apart``)
        _place_key(m),
    )


_SPEAKER = 4  # the place of a statement's speaker in ``_group_key``; the parts before it: background, day, kind


def _with_speaker(key: tuple[str, ...], known: list[str]) -> tuple[str, ...]:
    """``key``, for a statement whose speaker is not named the one speaker ``known`` of its kind that day;
    a named speaker is added to ``known`` (only statements have speakers: other keys pass unchanged)."""
    speaker = key[_SPEAKER]
    if not speaker:
        return key[:_SPEAKER] + (known[0],) + key[_SPEAKER + 1:] if len(known) == 1 else key
    if speaker not in known:
        known.append(speaker)
    return key


def _speaker_key(m: EventMention) -> str:
    """Who makes a statement: its first actor's state (or name). Two states' appeals on one day are two
    statements, each with its own addressee; the reports of one state's appeal are one."""
    a = m.actor1
    return (a.country or a.name).lower() if a is not None else ""


_KIND_BY_SUBTYPE = frozenset({"Strategic developments", VERBAL_EVENT_TYPE})
# Dates that only bound a happening: the publication day, or the day a claim about it was made.
_PLACE_RANK = {"point": 0, "admin1": 1, "country": 2, "vague": 3}
_SOURCE_RANK = {"text": 0, "context": 1, "report": 2, "publication": 3}
_WEAK_SOURCES = frozenset({"publication", "report"})
_COARSE = frozenset({"week", "month"})


def merge(mentions: Iterable[EventMention], articles: dict[str, Article]) -> list[Event]:
    """Events from mentions; ``articles`` gives each source's publication data."""
    mentions = sorted(
        mentions,
        key=lambda m: (articles[m.article_id].published if m.article_id in articles else "", m.article_id, m.sentence_index, m.id),
    )
    dated: dict[str, list[EventMention]] = defaultdict(list)
    leads: dict[str, list[EventMention]] = defaultdict(list)  # mentions dated by the day of publication
    for m in mentions:
        if m.date.source not in _WEAK_SOURCES and not m.background:
            dated[m.article_id].append(m)
        elif m.date.source == "publication" and not m.background:
            leads[m.article_id].append(m)
    groups: dict[tuple[str, ...], list[EventMention]] = defaultdict(list)
    anchors: dict[tuple[str, ...], EventMention] = {}
    named: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)  # key less place -> placed keys
    places: dict[tuple[str, ...], Place] = {}  # a placed key -> its place
    speakers: dict[tuple[str, ...], list[str]] = defaultdict(list)  # a statement's kind and day -> its speakers
    for m in mentions:
        anchor = _refers_back(m, dated[m.article_id], leads[m.article_id]) or _toll_told_later(m, dated, articles) or m
        key = _group_key(anchor)
        key = _with_speaker(key, speakers[key[:_SPEAKER]])
        # Two places named on one day for one type are two events; an unnamed place joins the named one, and a
        # country or province joins the one place named inside it ("the attack took place near X", then "the third
        # attack in <country> this week").
        inside = _places_inside(anchor.place, named[key[:-1]], places, _told_elsewhere(named[key[:-1]], groups, {m.article_id}))
        if len(inside) == 1:
            key = inside[0]
        key = _apart(m, key, groups)
        if key not in groups and key[-1]:
            named[key[:-1]].append(key)
            if anchor.place is not None:
                places[key] = anchor.place
        groups[key].append(m)
        anchors.setdefault(key, anchor)
    _join_unplaced(groups, anchors, named, places)
    _merge_coarse_into_days(groups, anchors)
    full_names = _full_names_of_acronyms(mentions)
    return [_event(ms, articles, full_names) for ms in groups.values()]


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")


def _full_names_of_acronyms(mentions: list[EventMention]) -> dict[str, str]:
    """The one actor named in full whose initials an actor named by an acronym spells ("RSF" -> "Rapid Support
    Forces", a report naming the group only by its initials): one name per group across the reports."""
    names = {a.name for m in mentions for a in (m.actor1, m.actor2) if a is not None}
    acronyms = {n for n in names if _ACRONYM.fullmatch(n)}
    if not acronyms:
        return {}
    # where each name is told: its articles and the countries of its mentions' places (the "SDF" of a Syrian story
    # is not the "Special Deterrence Force" of a Libyan one), unless the full name was written with its initials
    # ("the Northern Liberation Movement (NLM)")
    told: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        for a in (m.actor1, m.actor2):
            if a is not None:
                told[a.name].add(m.article_id)
                texts[a.name].append(m.text)
                if m.place is not None and m.place.country:
                    told[a.name].add("country:" + m.place.country)
    spelled: dict[str, list[str]] = defaultdict(list)
    for name in names - acronyms:
        initials = "".join(w[0] for w in _NAME_WORD.findall(name))
        if initials in acronyms and (told[name] & told[initials]
                                     or any(re.search(rf"\b{initials}\b", t) for t in texts[name])):
            spelled[initials].append(name)
    return {acronym: full[0] for acronym, full in spelled.items() if len(full) == 1}


def _join_unplaced(groups: dict[tuple[str, ...], list[EventMention]], anchors: dict[tuple[str, ...], EventMention],
                   named: dict[tuple[str, ...], list[tuple[str, ...]]], places: dict[tuple[str, ...], Place]) -> None:
    """An unplaced group (or one placed only by a country or province) joins the one placed group of its day and kind
    inside that place also when the place was first named by a later report: "the 2020 war" told by three articles and
    then by one that names a place is one event, whichever article came first (the loop in ``merge`` joins only a
    report that comes after the placed one)."""
    for key in [k for k in groups if not k[-1] or _coarse(places.get(k))]:
        if key not in groups:
            continue
        inside = _places_inside(places.get(key) if key[-1] else anchors[key].place, named.get(key[:-1], []), places,
                                _told_elsewhere(named.get(key[:-1], []), groups, {m.article_id for m in groups[key]}))
        if len(inside) != 1 or inside[0] == key or inside[0] not in groups:
            continue
        target = groups[inside[0]]
        if all(_could_count(m, d) and _could_count(d, m) for m in groups[key] for d in target):
            groups[inside[0]] = groups.pop(key) + target  # the coarser reports came first
            anchors[inside[0]] = anchors.pop(key)


def _coarse(place: Place | None) -> bool:
    return place is not None and place.precision in ("country", "admin1")


def _contains(outer: Place, inner: Place) -> bool:
    """Whether ``inner`` is a place strictly inside ``outer``: a province or town of a country, a town of a province."""
    if not outer.country or outer.country != inner.country or inner is outer:
        return False
    if outer.precision == "country":
        return inner.precision in ("admin1", "point")
    return (outer.precision == "admin1" and inner.precision == "point" and bool(outer.admin1)
            and inner.admin1 == outer.admin1)


def _told_elsewhere(keys: list[tuple[str, ...]], groups: dict[tuple[str, ...], list[EventMention]],
                    articles: set[str]) -> set[tuple[str, ...]]:
    """The ``keys`` whose reports all come from other articles than ``articles``."""
    return {k for k in keys if not any(m.article_id in articles for m in groups.get(k, ()))}


def _places_inside(place: Place | None, keys: list[tuple[str, ...]],
                   places: dict[tuple[str, ...], Place],
                   elsewhere: set[tuple[str, ...]] = frozenset()) -> list[tuple[str, ...]]:
    """The placed keys among ``keys`` a report placed at ``place`` may join: with no place (or a vague one), every
    placed key; with a country or province, the keys of places inside it; with a town, none. Of those, only the most
    precise: a province that holds a town also named is that town's area, not another happening."""
    if place is None or not _place_key_of(place):
        # (a town named that day rather than a report placed only by its country: "the toll from Saturday's strike
        # rose to 12" on the day of a strike on a named city and of a drone told only by "Russia")
        if place is not None and place.country and not place.country_guessed:
            # (a report placed only by its country joins no town of another country another article told: a raid in
            # Indonesia is not the strike on Kyiv told the same day; within one article its country may be only the
            # article's first)
            keys = [k for k in keys if k not in elsewhere or k not in places or not places[k].country
                    or places[k].country == place.country]
        named_towns = [k for k in keys if k in places and not _coarse(places[k])]
        candidates = named_towns or keys
    elif _coarse(place):
        candidates = [k for k in keys if k in places and _contains(place, places[k])]
    else:
        return []
    return [k for k in candidates
            if not any(o != k and o in places and k in places and _contains(places[k], places[o]) for o in candidates)]


def _place_key_of(place: Place) -> str:
    return "" if place.precision == "vague" or not place.name else place.name.lower()


def _apart(m: EventMention, key: tuple[str, ...], groups: dict[tuple[str, ...], list[EventMention]]) -> tuple[str, ...]:
    """``key``, or the key of another happening of that day and place when ``m``'s victims and the group's cannot be
    of one happening (``_could_count`` either way): the landmine blast that killed one state's police and the toll
    of the other side's dead in the offensive that followed it, both told on one day with no place."""
    n = 0
    while key in groups and not all(_could_count(m, d) and _could_count(d, m) for d in groups[key]):
        n += 1
        key = key[:-2] + (str(n),) + key[-1:]
    return key


def _refers_back(m: EventMention, dated: list[EventMention], leads: list[EventMention] = ()) -> EventMention | None:
    """The dated mention of the same article that a weakly dated one refers back to, if any.

    "Both sides blame the other for the hostilities" (dated by publication) or "the ministry said
    on Wednesday that 15 soldiers had been killed" (dated by the report) report a happening the
    article has dated already: the first one of the same family on or before that date. A mention
    dated only by context that repeats a figure of a mention dated in its own words is that one.
    """
    if m.background or m.date.source == "text":
        return None
    # A headline or a summary repeating a figure the article dates elsewhere: the same claim.
    figures = {(c.kind, c.count, c.side) for c in m.claims}
    if figures:
        same_claim = next((d for d in dated if d is not m and d.date.source == "text"
                           and figures & {(c.kind, c.count, c.side) for c in d.claims}), None)
        if same_claim is not None:
            return same_claim
    if m.date.source not in _WEAK_SOURCES:
        return None
    # (for a toll, not a mention told after it and dated only by the sentences around it: "The toll rose to 28, the
    # agency said on Tuesday. Some 40 people were wounded. On Monday, hundreds protested": the wounded are no Monday's,
    # and the toll is of the happening an earlier article told)
    toll = _tells_toll(m)
    earlier = [d for d in dated if d.date.value <= m.date.value
               and not (toll and d.date.source == "context" and d.sentence_index > m.sentence_index)]
    found = next((d for d in earlier if _family(d) == _family(m) and _could_count(m, d) and not _placed_elsewhere(m, d)
                  and not _own_other_deed(m, d) and not _campaign(d)), None)
    if m.date.source == "report" and (found is None or found.sentence_index > m.sentence_index):
        # "Fighters say they have taken the town after three days of fighting. A spokesman said on Saturday [the day
        # of the news] that 23 soldiers were killed": the lead told before it on that day, not a happening told after
        lead = next((d for d in leads if d.sentence_index < m.sentence_index and d.date.value == m.date.value
                     and _family(d) == _family(m) and _could_count(m, d) and not _placed_elsewhere(m, d)), None)
        if lead is not None:
            return lead
    return found


_TOLL_WORD = re.compile(r"\btoll\b", re.I)


def _tells_toll(m: EventMention) -> bool:
    """Whether ``m`` tells a toll: a killed figure with the word "toll"."""
    return any(c.kind == "killed" for c in m.claims) and _TOLL_WORD.search(m.text) is not None


def _toll_told_later(m: EventMention, dated: dict[str, list[EventMention]],
                     articles: dict[str, Article]) -> EventMention | None:
    """The happening of an earlier article whose toll a later article tells, dated only by the day it is told: "the
    ombudsman on Wednesday lowered the death toll from the fighting to 41" after an article on that week's fighting
    in the same country. Only where exactly one happening of that family and country, dated in the week before by its
    own words, could be meant; in a story of many such happenings the toll stays on its own."""
    if m.date.source != "report" or m.background or not _tells_toll(m) or m.place is None or not m.place.country:
        return None
    published = articles[m.article_id].published if m.article_id in articles else None
    try:
        told = date.fromisoformat(m.date.value[:10])
    except ValueError:
        return None
    family = _family(m)
    found: dict[tuple[str, ...], EventMention] = {}
    for article_id, ms in dated.items():
        if article_id == m.article_id or published is None or article_id not in articles \
                or articles[article_id].published > published:
            continue
        for d in ms:
            if d.date.source != "text" or _family(d) != family or d.place is None or d.place.country != m.place.country:
                continue
            try:
                last = date.fromisoformat((d.date.end or d.date.value)[:10])
            except ValueError:
                continue
            if timedelta(0) <= told - last <= timedelta(days=_CLASH_DAYS) and _could_count(m, d) and _could_count(d, m):
                found.setdefault(_group_key(d), d)
    return next(iter(found.values())) if len(found) == 1 else None


# A place a sentence names as where its happening was: "killed in clashes near Kawlin", "in the town of Dori"
_WHERE_NAMED = re.compile(r"\b(?:in|near|around|outside|at)\s+(?:the\s+(?:[a-z]+\s+)?(?:town|village|city|district|"
                          r"region|province)\s+of\s+)?(?P<name>[A-Z][\w'’-]+)")


def _placed_elsewhere(m: EventMention, d: EventMention) -> bool:
    """Whether ``m`` names where its happening was by a name that ``d``'s sentence and place do not: "State media said
    on Tuesday that 12 had been killed in clashes near Kawlin" reports no earlier happening told without Kawlin."""
    told = {f.group("name") for f in _WHERE_NAMED.finditer(m.text)}
    if not told:
        return False
    known = d.text + " " + " ".join(filter(None, (d.place.name, d.place.admin1, d.place.country) if d.place else ()))
    return not any(name in known for name in told)


# "killed four fighters in a raid on a camp": the deed a report names as its own
_OWN_DEED = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:raids?|ambush|attacks?|operations?|"
                       r"offensive|strikes?|air ?strikes?|assault|clash(?:es)?|battle|gunfight|firefight|shelling|"
                       r"bombing|explosion|blast)\b", re.I)


def _campaign(d: EventMention) -> bool:
    """Whether ``d`` is dated by a long range ("have attacked schools repeatedly since 2017"): a campaign, which no
    report of one day's deed refers back to."""
    return bool(d.date.end) and (len(d.date.value) < 10 or long_range(d.date.value, d.date.end))


def _own_other_deed(m: EventMention, d: EventMention) -> bool:
    """Whether the report ``m`` names a deed of its own ("the army said on Thursday that soldiers had killed four
    fighters in a raid on a camp") of another kind of violence than ``d`` (an abduction of teachers two days
    before): a fight against armed men and violence against civilians are two happenings, as ACLED codes them."""
    return m.event_type != d.event_type and "Battles" in (m.event_type, d.event_type) \
        and _OWN_DEED.search(m.text) is not None


_TWO_SIDED = "Battles"  # both sides fight (a clash, ground taken or retaken), so both sides' dead are its; every other
# violence has its targets


def _could_count(toll: EventMention, told: EventMention) -> bool:
    """Whether ``toll``'s victims could be of the happening ``told``: a side they are of is among its victims'
    or its parties' sides, or one of them counts no side's victims. The region's ombudsman's toll of its own dead "since the
    offensive began" is not a report of the landmine blast the article told of, whose dead were all the other
    state's police; a ministry's toll of its soldiers is of the clash its forces fought, whatever the other
    side's losses, and either side's dead may be of an armed clash."""
    sides = {c.side for c in toll.claims if c.side and c.kind in CASUALTY_KINDS}
    if not sides or _TWO_SIDED in (toll.event_type, told.event_type):
        return True
    counted = {c.side for c in told.claims if c.side and c.kind in CASUALTY_KINDS}
    parties = {a.country for a in (told.actor1, told.actor2) if a and a.country}
    return not counted or bool(sides & (counted | parties))


def _merge_coarse_into_days(
    groups: dict[tuple[str, ...], list[EventMention]], anchors: dict[tuple[str, ...], EventMention]
) -> None:
    """A week- or month-dated report ("this week's offensive") joins the one day-dated event of the
    same family inside that period (or the one of its type, or at the same place, or the one with clearly most
    claims); with several it stays apart. A range ("since last week") is no such report.
    Day-dated groups are indexed by family and date, so each report looks only inside its period."""
    day_keys: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)  # family -> (day, key)
    for k, a in anchors.items():
        if not a.background and a.date.precision == "day":
            day_keys[_family(a)].append((a.date.value, k))
    day_values: dict[str, list[str]] = {}
    for family, found in day_keys.items():
        found.sort(key=lambda pair: pair[0])
        day_values[family] = [value for value, _ in found]
    for key, anchor in list(anchors.items()):
        if anchor.background or anchor.date.precision not in ("week", "month") or anchor.date.end:
            continue
        span = _interval(anchor)
        if span is None:
            continue
        family = _family(anchor)
        values = day_values.get(family, [])
        inside = day_keys[family][bisect_left(values, span[0]):bisect_right(values, span[1])] if values else []
        protest = anchor.event_type == "Protests"  # a protest's death and a week's fighting are two happenings
        candidates = [k for _, k in inside
                      if k != key and k in groups and (not key[-1] or not k[-1] or key[-1] == k[-1])
                      and any((m.event_type == "Protests") == protest for m in groups[k])
                      and all(_could_count(anchor, d) and _could_count(d, anchor) for d in groups[k])]
        if len(candidates) > 1:  # of the report's own type: "this week's fighting" is the battle, not a protest's death
            candidates = [k for k in candidates if any(m.event_type == anchor.event_type for m in groups[k])] \
                or candidates
        if len(candidates) > 1 and key[-1]:  # the one at the same place as the report
            candidates = [k for k in candidates if k[-1] == key[-1]]
        if len(candidates) > 1:  # the week's main happening: the one with clearly most claims
            weight = sorted(((sum(len(m.claims) for m in groups[k]), k) for k in candidates), reverse=True)
            if weight[0][0] > weight[1][0]:
                candidates = [weight[0][1]]
        if len(candidates) == 1:
            groups[candidates[0]].extend(groups.pop(key))


def _interval(m: EventMention) -> tuple[str, str] | None:
    v = m.date.value
    try:
        if m.date.precision == "week":
            start = date.fromisoformat(v)
            # a week starts on a Monday, a weekend ("last weekend") on its Saturday and ends the next day
            return v, (start + timedelta(days=1 if start.weekday() == 5 else 6)).isoformat()
        if m.date.precision == "month":
            return f"{v}-01", f"{v}-31"
    except ValueError:
        return None
    return None


# A body named by its common noun alone ("army", "the defence ministry"), which a headline or a later sentence uses
# for the one named in full ("Sudan's army")
_BODY_NAMED_BARE = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?(?:army|military|police|ministry|government|militia|rebels|"
                              r"forces|troops|authorities|officials|spokesman|spokeswoman|spokesperson)")
_TITLED_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){2,}")


def one_voice(claims: list[Claim]) -> list[Claim]:
    """``claims`` with one voice named one way: "Prime Minister Nikol Pashinyan" is the "Armenian Prime Minister Nikol
    Pashinyan" another report of the event names in full (the one longer claimant ending with it; the shorter form is a
    title and a name, three capitalised words or more); a body named by its common noun alone ("army") in a report is
    the one that report names in full ("Sudan's army": another report's "the army" may be the other side's). Different
    voices stay apart."""
    names = {c.claimant for c in claims if c.claimant}
    fuller: dict[tuple[str, str | None], Claim] = {}  # (short name, its article or None for any) -> the full claim
    for short in names:
        if _TITLED_NAME.fullmatch(short):
            longer = [n for n in names if n != short and n.endswith(" " + short)]
            if len(longer) == 1:
                fuller[(short, None)] = next(c for c in claims if c.claimant == longer[0])
        elif _BODY_NAMED_BARE.fullmatch(short):
            for article in {c.article_id for c in claims if c.claimant == short}:
                told = {c.claimant for c in claims if c.article_id == article and c.claimant}
                longer = [n for n in told if n != short and n.endswith(" " + short)]
                if len(longer) == 1:
                    fuller[(short, article)] = next(c for c in claims if c.claimant == longer[0])
    if not fuller:
        return claims
    out = []
    for c in claims:
        full = fuller.get((c.claimant, None)) or fuller.get((c.claimant, c.article_id)) if c.claimant else None
        out.append(dataclasses.replace(c, claimant=full.claimant, claimant_side=full.claimant_side) if full else c)
    return out


def _event(ms: list[EventMention], articles: dict[str, Article], full_names: dict[str, str] | None = None) -> Event:
    # (a week's or month's report that joined a day's event, ``_merge_coarse_into_days``, dates it no more precisely)
    first = min(ms, key=lambda m: (m.date.precision in _COARSE, _SOURCE_RANK.get(m.date.source, 9),
                                   m.date.precision != "day", -len(m.claims), m.article_id, m.sentence_index))
    typed = _typical(ms, first)
    claims = one_voice([c for m in ms for c in m.claims])
    sources: dict[str, Source] = {}
    for m in ms:
        a = articles.get(m.article_id)
        if a and a.id not in sources:
            sources[a.id] = Source(a.id, a.published.isoformat(), a.title, a.url, a.source)
    actor1, actor2 = _actors(ms, typed)
    if full_names:
        actor1, actor2 = (dataclasses.replace(a, name=full_names[a.name]) if a is not None and a.name in full_names
                          else a for a in (actor1, actor2))
        if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
            actor2 = None
    # The most precise place any report gives: a point, else a region, else a country, else vague.
    placed = [m.place for m in ms if m.place]
    place = min(placed, key=lambda p: _PLACE_RANK.get(p.precision, 9)) if placed else None
    total, by_side, contradiction = fatalities(claims)
    date = first.date
    country = _event_country(ms, place)
    return Event(
        id=stable_id(*sorted(m.id for m in ms)),
        date=date.value,
        date_end=_date_end(first),
        date_precision=date.precision,
        event_type=typed.event_type,
        sub_event_type=typed.sub_event_type,
        plover=typed.plover,
        actor1=actor1.name if actor1 else UNKNOWN_ACTOR,
        actor2=actor2.name if actor2 else None,
        country=country,
        country_guessed=event_country_guessed(
            country, [(m.place, [a.country for a in (m.actor1, m.actor2) if a and a.country]) for m in ms]),
        admin1=place.admin1 if place else None,
        location=place.name if place and place.precision != "vague" else (place.text if place else None),
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        fatalities=total,
        fatalities_by_side=by_side,
        fatalities_rule=FATALITIES_RULE,
        background=all(m.background for m in ms),
        contradiction=contradiction,
        claims=claims,
        sources=list(sources.values()),
        summary=first.text,
        mention_ids=[m.id for m in ms],
    )


_STATE_KINDS = frozenset({"government", "state_forces", "mediator"})  # a mediator is a state's government or forces
_ARMED_KINDS = frozenset({"state_forces", "rebels", "militia"})


def _date_end(m: EventMention) -> str | None:
    """The end of an event's date: a range's end, or the Sunday of a week (the output's dates are
    days, months and years: a week is the range of its days)."""
    if m.date.end:
        return m.date.end
    span = _interval(m) if m.date.precision == "week" else None
    return span[1] if span else None


def _actors(ms: list[EventMention], typed: EventMention) -> tuple[Actor | None, Actor | None]:
    """The event's two sides: the typical report's pair first, then what other reports name. The
    second actor is another side: not the first again, nor the same state's government or forces
    ("Government of Armenia" vs "Military Forces of Armenia" is one side). ACLED never codes
    civilians as the first actor of political violence: when a report names an armed actor beside
    them, that actor comes first and the civilians second. A mediator is the side of its own state, and no side of
    violence. Reports that name only who was hit leave the first side unknown; an armed group no report names gives
    way to one another report names."""
    # other reports by how firmly they tell this happening: dated by their own words, then the surer typed
    ordered = [typed] + sorted((m for m in ms if m is not typed),
                               key=lambda m: (_SOURCE_RANK.get(m.date.source, 9), -m.confidence))
    named = [a for m in ordered for a in (m.actor1, m.actor2) if a is not None]
    if not named:
        return None, None
    violent = typed.event_type in VIOLENT_EVENT_TYPES
    if violent and all(m.actor1 is None for m in ordered):
        return None, named[0]  # reports that name only who was hit ("8,000 killed since the uprising began")
    actor1 = named[0]
    if violent and actor1.kind == "civilians":
        actor1 = next((a for a in named if a.kind in _ARMED_KINDS and _another_side(a, named[0])), actor1)
    if violent and unidentified(actor1):  # one report did not know who struck, another names them
        # (not who fought the unknown men: "police exchanged fire with the gunmen" names the police's side)
        actor1 = next((m.actor1 for m in ordered if m.actor1 is not None and m.actor1.kind in _ARMED_KINDS
                       and not unidentified(m.actor1) and not (m.actor2 is not None and unidentified(m.actor2))),
                      actor1)
    if violent:
        actor1 = _forces_for(actor1, named)
    # a state that brokers a truce is no side of the fighting ("the war ... ended with a Russian-brokered deal")
    others = [a for a in named if _another_side(actor1, a) and not (violent and a.kind == "mediator")]
    if typed.event_type == "Violence against civilians":
        others.sort(key=lambda a: a.kind != "civilians")  # the civilians attacked, before a third party
    actor2 = others[0] if others else None
    if violent and actor2 is not None:
        actor2 = _forces_for(actor2, named)
    return actor1, actor2


def _forces_for(actor: Actor, named: list[Actor]) -> Actor:
    """A state's forces in place of its government when a report names them: in political violence the side
    is who fought ("Armenian troops"), while "Armenian officials reported one casualty" names who told it."""
    if actor.kind != "government" or not actor.country:
        return actor
    return next((a for a in named if a.kind == "state_forces" and a.country == actor.country), actor)


def _another_side(first: Actor, other: Actor) -> bool:
    if other.name == first.name:
        return False
    return not (first.country and first.country == other.country
                and first.kind in _STATE_KINDS and other.kind in _STATE_KINDS)


_FORCE_ON_PROTESTERS = frozenset({"Excessive force against protesters", "Protest with intervention"})


def _typical(ms: list[EventMention], first: EventMention) -> EventMention:
    """The mention whose type the event takes: the violent sub-type most mentions agree on (force used on
    protesters counts: "police opened fire on protesters, killing five" is the codebook's excessive force, whatever
    a toll told later reads like)."""
    violent = [m for m in ms if m.event_type in VIOLENT_EVENT_TYPES or m.sub_event_type in _FORCE_ON_PROTESTERS]
    if not violent:
        return first
    votes: dict[str, int] = defaultdict(int)
    for m in violent:
        votes[m.sub_event_type] += 1
    top = max(votes.values())
    ranked = sorted(violent, key=lambda m: (m is not first, _SOURCE_RANK.get(m.date.source, 9),
                                            m.article_id, m.sentence_index))
    return next(m for m in ranked if votes[m.sub_event_type] == top)


# A sentence whose figures overlap: a total with its parts ("8 people, including 4 children"), or a
# running toll ("killing 3, bringing the death toll to 20").
_OVERLAPPING_FIGURES = re.compile(
    r"\b(?:including|includes|included|among them|among whom|of whom|of them|of which|among the dead|"
    r"toll|total|in all|altogether|bringing|brings|raising|raises|out of)\b", re.I)
# A later sentence telling of other victims than those before ("were also killed", "another two died").
# The wounded who later die are others than the dead counted before ("two others were injured; one of them
# later died", "the injured youth succumbed to his wounds").
_MORE_VICTIMS = re.compile(
    r"\b(?:were|was|are|is|been)\s+also\s+(?:\w+\s+)?(?:killed|shot dead|found dead|executed)\b|\balso\s+(?:killed|died)\b|"
    r"\banother\s+(?:[\w-]+\s+){0,5}?(?:was|were|died|killed)\b|\ba\s+(?:second|third|fourth|fifth)\s+(?!time\b|day\b)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+more\s+(?:\w+\s+){0,2}?(?:died|(?:were|was)\s+killed)\b|\b(?:later|subsequently|eventually)\s+"
    r"(?:died|succumbed)\b|\bdays?\s+later\b[^.;]{0,40}\b(?:died|succumbed)\b|"
    r"\bdied\s+(?:of|from)\s+(?:his|her|their|the)\s+(?:injuries|wounds)\b|\bsuccumbed\s+to\s+(?:his|her|their)\s+(?:wounds|injuries)\b|"
    r"\binjured\b[^.;]{0,60}\b(?:died|succumbed)\b|"
    r"\balso\s+(?:said|says|reported|confirmed|claimed|stated)\b[^.;]{0,60}\b(?:died|killed|dead)\b", re.I)
# Some of the dead told before ("two of the bodies", "three of the victims were children").
_PART_OF_DEAD = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|most)\s+of\s+(?:the|those|them)"
                           r"\s+(?:\w+\s+)?(?:bodies|dead|victims|deceased|killed|fatalities)\b", re.I)
OTHER_VICTIMS = "(others)"  # unnamed victims listed alongside named sides in one sentence

# Who a count names, when it names no side: armed people or civilians. Two figures of these two kinds
# count different people ("Al Shabaab claimed killing six soldiers. A mortar killed two civilians." = 8);
# "people", "men" or no noun at all may count either, and stay unsided.
_ARMED_NOUNS = (r"soldiers?|troops?|military|servicem[ae]n|police\s*(?:m[ae]n|officers?|constables?)?|policem[ae]n|officers?|"
                r"militants?|fighters?|rebels?|insurgents?|militiam[ae]n|militia\s*men|jihadists?|terrorists?|gunm[ae]n|"
                r"attackers?|assailants?|combatants?|guards?|commanders?|recruits?|paramilitar(?:y|ies)|bandits?|"
                r"raiders?|extremists?|reservists?|conscripts?|paratroopers?|commandos?|mercenaries|gendarmes?|"
                r"personnel|vigilantes?")
_CIVILIAN_NOUNS = (r"civilians?|villagers?|residents?|children|child|kids?|women|woman|girls?|boys?|bab(?:y|ies)|"
                   r"infants?|farmers?|herders?|herdsm[ae]n|shepherds?|students?|pupils?|teachers?|journalists?|"
                   r"refugees?|IDPs?|passengers?|traders?|workers?|bystanders?|pedestrians?|worshipp?ers?|"
                   r"protesters?|demonstrators?|motorists?|fishermen|miners?|doctors?|nurses?|locals?|inhabitants?|"
                   r"famil(?:y|ies)|relatives?|elders?|hostages?|pilgrims?|shoppers?|customers?|merchants?")
_VICTIM_CLASS = re.compile(
    rf"(?:\s+(?!(?:and|or|in|on|at|by|from|during|after|were|was|who|that|which|killed|died)\b)[\w'’-]+){{0,4}}?\s+"
    rf"(?:(?P<armed>{_ARMED_NOUNS})|(?P<civilian>{_CIVILIAN_NOUNS}))\b", re.I)
_ONE = re.compile(r"\b(?:a|an|one)\b", re.I)
ARMED_VICTIMS, CIVILIAN_VICTIMS = "(armed)", "(civilians)"


@lru_cache(maxsize=4096)
def _quantity_spans(quote: str) -> tuple[tuple[int, int], ...]:
    """(count, end) of each number ``quote`` writes (not "a" or "one" as an article)."""
    from dateline.extract.numbers import find_quantities

    return tuple((q.count, q.end) for q in find_quantities(quote))


@lru_cache(maxsize=4096)
def _classes_in(quote: str) -> tuple[tuple[int, str | None], ...]:
    """(count, class) of each count of ``quote``: armed, civilians, or None when its noun says neither."""
    spans = [*_quantity_spans(quote), *((1, m.end()) for m in _ONE.finditer(quote))]
    out = []
    for count, end in spans:
        m = _VICTIM_CLASS.match(quote, end)
        out.append((count, None if m is None else ARMED_VICTIMS if m.group("armed") else CIVILIAN_VICTIMS))
    return tuple(out)


def _victim_class(c: Claim) -> str | None:
    """The class of people an unsided claim counts, when every count of its figure in its sentence agrees."""
    if not c.quote:
        return None
    found = {cls for count, cls in _classes_in(c.quote) if count == c.count}
    return next(iter(found)) if len(found) == 1 else None


def _keys(claims: list[Claim]) -> list[str | None]:
    """The side each killed claim is counted under: its side; for an unsided claim, the class of people
    it counts (armed, civilians) unless a sided claim counts that class too (then they may be the same
    people: "six Kenyan soldiers were killed ... the soldiers"), else None. Where every sided claim counts a
    state's people, an unsided count of those who fight states ("all six attackers were killed") is of the other
    side, never of that state's dead."""
    if any(c.side is not None for c in claims):
        states_only = all(_is_state(c.side) for c in claims if c.side is not None)
        return [c.side if c.side is not None or not states_only or not _counts_hostile(c) else HOSTILE_VICTIMS
                for c in claims]
    return [_victim_class(c) for c in claims]


def _is_state(side: str | None) -> bool:
    return bool(side) and gazetteer.countries().names.get(gazetteer.normalise(side)) is not None


# Who fights a state, told without a side: never that state's own dead
_HOSTILE_NOUNS = (r"militants?|rebels?|insurgents?|jihadists?|terrorists?|gunm[ae]n|attackers?|assailants?|bandits?|"
                  r"raiders?|extremists?|separatists?")
_HOSTILE_CLASS = re.compile(
    rf"(?:\s+(?!(?:and|or|in|on|at|by|from|during|after|were|was|who|that|which|killed|died)\b)[\w'’-]+){{0,2}}?\s+"
    rf"(?:{_HOSTILE_NOUNS})\b", re.I)


def _counts_hostile(c: Claim) -> bool:
    """Whether every count of ``c``'s figure in its sentence names people who fight a state."""
    if not c.quote:
        return False
    ends = [end for count, end in _quantity_spans(c.quote) if count == c.count]
    return bool(ends) and all(_HOSTILE_CLASS.match(c.quote, end) for end in ends)


HOSTILE_VICTIMS = "(hostile armed)"
_PSEUDO_SIDES = frozenset({OTHER_VICTIMS, ARMED_VICTIMS, CIVILIAN_VICTIMS, HOSTILE_VICTIMS})
_UNSIDED_KEYS = frozenset({None, ARMED_VICTIMS, CIVILIAN_VICTIMS})


_PART_OF_TOTAL = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\b", re.I)


def parts_of_totals(claims: list[Claim]) -> dict[int, Claim]:
    """The total each part stands in (by the part's ``id``): in a sentence telling a total with its parts ("at least
    32 people, including seven civilians, had been killed"), each smaller figure of the same kind and voice is part
    of the largest. A reader shown both figures must not take them for two tolls."""
    told: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.quote and _PART_OF_TOTAL.search(c.quote):
            told[(c.article_id, c.start, c.kind, c.claimant)].append(c)
    out: dict[int, Claim] = {}
    for same in told.values():
        total = max(same, key=lambda c: c.count)
        out.update((id(c), total) for c in same if c.count < total.count)
    return out


def _total_with_parts(claims: list[Claim]) -> bool:
    """"six soldiers were killed, four in the raid and two in an ambush": the first (or last) figure of a sentence
    is the sum of the others, a total told with its parts."""
    counts = [c.count for c in sorted(claims, key=lambda c: c.start)]
    return len(counts) >= 3 and (2 * counts[0] == sum(counts) or 2 * counts[-1] == sum(counts))


def _sentence_figures(claims: list[Claim], keys: list[str | None]) -> dict[str | None, tuple[int, int]]:
    """Per side, what one claimant says in one sentence: distinct victim groups add up ("7 militants
    and 1 soldier were killed" = 8), unless the sentence states a total with its parts or a toll; then
    the part of an unsided total that no named part accounts for is other victims ("five people,
    including three police officers" = 3 officers and 2 others)."""
    additive = not (claims[0].quote and _OVERLAPPING_FIGURES.search(claims[0].quote)) and not _total_with_parts(claims)
    named = any(k is not None for k in keys)
    out: dict[str | None, tuple[int, int]] = {}
    for c, key in zip(claims, keys):
        lo, hi = c.count, c.count_high if c.count_high is not None else c.count
        side = key if key is not None or not (named and additive) else OTHER_VICTIMS
        prev = out.get(side)
        if prev is None:
            out[side] = (lo, hi)
        else:
            out[side] = (prev[0] + lo, prev[1] + hi) if additive else (max(prev[0], lo), max(prev[1], hi))
    if not additive and None in out and named:
        parts_lo = sum(lo for k, (lo, _) in out.items() if k is not None)
        parts_hi = sum(hi for k, (_, hi) in out.items() if k is not None)
        if out[None][0] > parts_lo:
            out[OTHER_VICTIMS] = (out[None][0] - parts_lo, max(out[None][0] - parts_lo, out[None][1] - parts_hi))
    return out


_WOUNDED_DIED = re.compile(r"\binjured\b[^.;]{0,60}\b(?:died|succumbed)\b|\b(?:died|succumbed)\s+(?:of|from|to)\s+"
                           r"(?:his|her|their|the)\s+(?:injuries|wounds)\b", re.I)


def _wounded_side(claims: list[Claim], death: Claim) -> str | None:
    """The side of the wounded an unsided death is one of ("the injured youth later died"): the side of the last
    sided wounded figure told before it in the same article, when the death is told as of the injured."""
    if not (death.quote and _WOUNDED_DIED.search(death.quote)):
        return None
    earlier = [c for c in claims if c.kind == "wounded" and c.side and c.article_id == death.article_id
               and c.start < death.start]
    return max(earlier, key=lambda c: c.start).side if earlier else None


# A toll told as risen since ("the toll from Saturday's strike had risen to 12", "the death toll rose to 28")
_TOLL_ROSE = re.compile(r"\btoll\b[^.;:!?]{0,100}?\b(?:" + "|".join((*TOLL_RISING_VERBS, *TOLL_PASSING_VERBS, "raised"))
                        + r")\b", re.I)


def fatalities(claims: list[Claim]) -> tuple[Fatalities, dict[str, Fatalities], bool]:
    """Event-level and per-side low/best/high from killed claims, and whether claimants contradict."""
    per_side: dict[str | None, dict[tuple[str | None, str | None], tuple[int, int]]] = defaultdict(dict)
    sentences: dict[tuple, list[Claim]] = defaultdict(list)
    killed = one_voice([c for c in claims if c.kind == "killed"])
    key_of = {id(c): k for c, k in zip(killed, _keys(killed))}
    for n, c in enumerate(killed):
        where = (c.article_id, c.start, c.end, c.quote) if c.quote else (n,)
        sentences[(*where, c.claimant, c.claimant_side)].append(c)
    told_in: dict[tuple[str | None, tuple[str | None, str | None]], str | None] = {}  # article of a voice's figure
    last_key: dict[str, str | None] = {}  # article -> the unsided key (None or a class) its last figure was counted under
    # (a risen toll last: it revises the figures told before it, whichever article is read first)
    told = [(_TOLL_ROSE.search(said[0].quote or "") is not None, said) for said in sentences.values()]
    for rose, said in sorted(told, key=lambda item: item[0]):
        who = (said[0].claimant, said[0].claimant_side)
        more_in_sentence = bool(said[0].quote and _MORE_VICTIMS.search(said[0].quote))
        figures = _sentence_figures(said, [key_of[id(c)] for c in said])
        for side, (lo, hi) in figures.items():
            more = more_in_sentence and not (len(figures) > 1 and (lo, hi) in per_side.get(side, {}).values())
            # "HPG confirmed 3 PKK fatalities, but also claimed 15 Turkish soldiers died": of several sides' figures,
            # one already told is a confirmation, not others
            wounded_side = _wounded_side(claims, said[0]) if more and side in _UNSIDED_KEYS else None
            if wounded_side is not None:
                # "six Palestinians were injured ... the severely injured youth succumbed to his wounds": one of the
                # wounded told before, of their side
                side = wounded_side
            elif more and side in _UNSIDED_KEYS and said[0].article_id in last_key:
                # others than those told before, with or without the class of people told: added to the figure
                # told last ("killing 3 soldiers ... one of the injured later died", "15 died ... one of its
                # fighters also died")
                side = last_key[said[0].article_id]
            if side in _UNSIDED_KEYS:
                last_key[said[0].article_id] = side
            voice = who
            if more and who not in per_side.get(side, {}) and per_side.get(side) \
                    and told_in.get((side, list(per_side[side])[-1])) == said[0].article_id:
                # "the group also reported that one of its members died": others than those another
                # voice of the same article told of before, added to the figure told last
                voice = list(per_side[side])[-1]
            if not more and _PART_OF_DEAD.search(said[0].quote or "") and per_side.get(side) \
                    and told_in.get((side, list(per_side[side])[-1])) == said[0].article_id:
                # "two of the bodies were burnt beyond recognition": some of the dead told before, no other figure
                voice = list(per_side[side])[-1]
            if not more and voice not in per_side.get(side, {}) and per_side.get(side) \
                    and rose and lo >= per_side[side][list(per_side[side])[-1]][0]:
                # "the toll had risen to 12" after "killed nine": the figure told before, revised upward, whoever
                # tells the rise; no contradiction
                voice = list(per_side[side])[-1]
            told_in.setdefault((side, voice), said[0].article_id)
            prev = per_side[side].get(voice)
            if prev and more:  # "three civilians were also killed": others than those told before
                per_side[side][voice] = (prev[0] + lo, prev[1] + hi)
            else:  # one claimant's figures for a side in several sentences restate, and revise upward
                per_side[side][voice] = (max(lo, prev[0]), max(hi, prev[1])) if prev else (lo, hi)
    per_side = defaultdict(dict, {side: figures for side, figures in per_side.items() if figures})
    contradiction = any(len({v for v in figures.values()}) > 1
                        for side, figures in per_side.items() if side != OTHER_VICTIMS)
    by_side: dict[str, Fatalities] = {}
    for side, figures in per_side.items():
        if side is None:
            continue
        lows = [lo for lo, _ in figures.values()]
        own = [lo for (_, claimant_side), (lo, _) in figures.items() if claimant_side == side]
        by_side[side] = Fatalities(min(lows), own[0] if own else min(lows), max(hi for _, hi in figures.values()))
    unsided = per_side.get(None, {})
    if by_side:
        low = sum(f.low or 0 for f in by_side.values())
        best = sum(f.best or 0 for f in by_side.values())
        high = sum(f.high or 0 for f in by_side.values())
        if unsided:
            high = max(high, max(hi for _, hi in unsided.values()))
            classed = {voice for side in (ARMED_VICTIMS, CIVILIAN_VICTIMS) for voice in per_side.get(side, {})}
            told_by_them = [lo for voice, (lo, _) in unsided.items() if voice in classed]
            if told_by_them and not set(by_side) - _PSEUDO_SIDES:
                # classes of people only ("two soldiers ... three civilians") beside a figure for anyone that the
                # same voice gives ("five people"): that figure may hold them all, and bounds the total from below
                floor = min(told_by_them)
                low, best = max(low, floor), max(best, floor)
        for pseudo in _PSEUDO_SIDES:
            by_side.pop(pseudo, None)
        return Fatalities(low, best, high), by_side, contradiction
    if unsided:
        lows = [lo for lo, _ in unsided.values()]
        return Fatalities(min(lows), min(lows), max(hi for _, hi in unsided.values())), by_side, contradiction
    return Fatalities(None, None, None), by_side, contradiction


# ACLED's figure for deaths the report tells without a number ("an unknown number of people were killed",
# '"Many" militants were killed'). A coding convention, not the text's meaning: the claims give no figure.
# ACLED's coders wrote it into their notes: "Unknown fatalities coded as 10" up to 2020, "Unknown
# fatalities coded as 3" from 2021 (ACLED's fatality FAQ codes vague estimates by fixed figures).
_UNSTATED_TOLL = re.compile(
    r"\b(?:unknown|unspecified|undisclosed|unconfirmed|undetermined|unidentified|unclear)\s+(?:number|numbers|toll)\s+"
    r"of\s+(?:[\w-]+\s+){0,4}?(?:(?:are|were|was|have\s+been|had\s+been|is)\s+)?"
    r"(?:reportedly\s+|feared\s+|believed\s+(?:to\s+be\s+)?|also\s+)?(?:killed|dead|died|deaths|fatalities)\b|"
    r"[\"“']?\bmany\b[\"”']?\s+(?:[\w-]+\s+){0,3}?(?:were|are|have\s+been)\s+(?:reportedly\s+)?(?:killed|dead)\b",
    re.I)
UNSTATED_TOLL_FIGURES = ((2021, 10), (9999, 3))  # (before this year, ACLED's figure)


def acled_fatalities(claims: list[Claim], texts: Iterable[str], when: date | str) -> int:
    """ACLED's single ``fatalities`` figure of a note's claims (``eval acled``): ``acled_figure`` of their resolved
    best figure."""
    return acled_figure(fatalities(claims)[0].best, texts, when)


def acled_figure(best: int | None, texts: Iterable[str], when: date | str) -> int:
    """ACLED's single ``fatalities`` figure from a resolved ``best`` (the ACLED CSV export, from an event's own
    ``fatalities``; ``acled_fatalities`` for ``eval acled``): ``best``; with none, ACLED's fixed figure for deaths
    told without a number in one of ``texts``, by the year of ``when`` (the event's or report's date)."""
    if best:
        return best
    if any(_UNSTATED_TOLL.search(t) for t in texts if t):
        year = int(str(when)[:4])
        return next(figure for before, figure in UNSTATED_TOLL_FIGURES if year < before)
    return 0
