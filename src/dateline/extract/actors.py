"""Actors named in a sentence, normalised the ACLED way ("Military Forces of Azerbaijan", "Civilians (Kenya)").

Rules over the sentence text, keyed on the gazetteer's country names, demonyms and capitals:
"Azerbaijani troops" / "Azerbaijan's military" -> state forces; "Armenian officials", "the Armenian
government" -> government; a bare country as the doer of a violent act -> its forces, of a verbal
act -> its government; police, civilians, protesters, rioters, unidentified gunmen and mediators by
their nouns (country from the noun phrase, else the article's main country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.extract import places
from dateline.extract.prefilter import LiteralGuard
from dateline.model import Actor
from dateline.speech import SAYING_VERBS

_MILITARY = (
    r"armed forces|army|military|troops|forces|soldiers|servicemen|service ?members|service personnel|"
    r"positions|border guards?|defen[cs]e forces|air ?force|navy|artillery|units?|military personnel|"
    r"paratroopers|marines|warplanes|jets|drones|fighter jets|helicopters|tanks|side|defen[cs]e ministry|"
    r"ministry of defen[cs]e|defen[cs]e minister"
)
# What a state's forces do, named after the state: "Azerbaijani shelling", "Russian air strikes", "an Israeli raid".
_ASSAULT = (
    r"shelling|(?:air|drone|missile|artillery) ?strikes?|airstrikes?|strikes?|bombardments?|bombing|raids?|"
    r"attacks?|offensive|assault|artillery fire|gunfire|fire|missiles?|drones?|rockets?|mortars?|shells|projectiles|"
    r"(?:glide\s+)?bombs"
)
_GOVERNMENT = (
    r"government|officials|authorities|prime minister|president|foreign ministry|foreign minister|"
    r"ministry|leaders?|security council|parliament|cabinet|embassy|envoy|diplomats?|administration"
)
_POLICE = (r"police(?: forces| officers| officer|men|man)?(?!\s+(?:spokes\w+|sources?|statements?|reports?)\b)|"
           r"gendarmes?|gendarmerie")
_UNIDENTIFIED_GANG = "Unidentified Gang"
_GANG_TEMPLATE = _UNIDENTIFIED_GANG + " ({})"
# The states of Latin America and the Caribbean, where ACLED's codebook names gangs as gangs ("Unidentified Gang
# (Haiti)", "400 Mawozo Gang"); elsewhere it codes them as any other armed group no report names.
_GANG_STATES = frozenset({
    "AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE", "GF",  # South America
    "BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA",  # Central America
    "AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT", "PR", "AW", "CW", "BQ", "SX", "VG",
    "VI", "KY", "TC", "MS", "AI", "BL", "MF", "GP", "MQ",  # the Caribbean
})
_UNNAMED_FIGHTERS = re.compile(r"\b(?:insurgents|militants|jihadists|extremists|terrorists|islamists|separatists|"
                               r"(?:islamist|jihadist|separatist|extremist|insurgent)\s+(?:fighters|rebels|militiam[ae]n))\b",
                               re.I)
_NOUN_ACTORS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"\b(?:protesters|demonstrators|marchers|activists)\b", re.I), "Protesters ({})", "protesters"),
    (re.compile(r"\b(?:rioters|mob|angry crowd)\b", re.I), "Rioters ({})", "rioters"),
    # gangs by their noun, as ACLED names a gang no report names ("gang members", "an armed gang"; not "gang-rape"),
    # in the states where it codes gangs as such (``_GANG_STATES``)
    (re.compile(r"\b(?:gang\s*members?|gangsters?|gangs?(?![\w-]|\s+rap\w*))", re.I),
     _GANG_TEMPLATE, "militia"),
    (re.compile(r"\b(?:unidentified|unknown)\s+(?:armed\s+)?(?:gunmen|men|assailants|attackers|group|militants|"
                r"individuals|persons)\b|\bgunm[ae]n\b|\barmed\s+(?:m[ae]n|individuals?|persons?|groups?)\b|\bassailants\b|"
                r"\bbandits\b", re.I),
     "Unidentified Armed Group ({})", "militia"),
    # fighters of no group named who act ("Islamist insurgents attacked", "suspected jihadists ambushed"): ACLED's armed
    # group no report names (not "the militants", who are those told before; not "JNIM militants", a name's)
    (_UNNAMED_FIGHTERS, "Unidentified Armed Group ({})", "militia"),
    (re.compile(r"\b(?:civilians?|villagers?|residents?|farmers?|herders?|herdsm[ae]n|children|child|women|"
                r"journalists?|students?|worshippers|passengers?|people|man|woman|boy|girl|traders?|vendors?|"
                r"drivers?|teachers?|pupils|workers?|fishermen|pastoralists?|miners?|refugees|displaced persons|persons|"
                r"pedestrians|passers-by|passersby|motorists|shopkeepers?|concert-?goers|shoppers|mourners|pilgrims|"
                r"tourists|commuters|spectators)\b",
                re.I),
     "Civilians ({})", "civilians"),
    (re.compile(rf"\b(?:{_POLICE})\b", re.I), "Police Forces of {}", "state_forces"),
    # a state's forces named without the state ("soldiers", "the military", "security forces"): the place's state's
    # (not "army" or "military" as a modifier: "a military-owned bank", "the military coup", "a military informant")
    (re.compile(r"\b(?:soldiers?|troops|(?:army|military)(?!-|\s+(?:regime|coup|government|junta|rule|council|"
                r"informants?|court|tribunal|parade|training|service|uniforms?|owned|linked|backed|appointed|"
                r"spokes\w+|sources?|officials?|leaders?)\b)|servicem[ae]n|service\s*members|armed\s+forces|"
                r"security\s+forces|government\s+forces|regime\s+forces|junta\s+forces|federal\s+(?:forces|troops)|"
                r"air\s+force(?!\s+(?:spokes\w+|sources?|officials?|base)))\b", re.I),
     "Military Forces of {}", "state_forces"),
]
_FORCES_TEMPLATE = "Military Forces of {}"
# A capitalised word before a noun of forces makes it part of a name ("Arakan Army", "Kachin Independence Army"); not
# one that opens the sentence ("The military shelled ...") or a clause ("..., the army said").
_NAME_BEFORE = re.compile(r"(?<=[\w,;:)’'-]\s)(?!(?:The|A|An|Its|Their)\s)[A-Z][\w'’-]*\s+$")
# Words before fighters that make them known: a definite or possessive word ("the militants", "their fighters"), a
# name that is no mere description ("Shabaab militants", "Zubara (ZLF) militants"; not "Islamist militants", "Suspected
# militants")
_NOT_UNNAMED_BEFORE = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|such|other|fellow|rival|pro|anti)\s+(?:[\w-]+\s+)?$|"
    r"\b(?:suspected|accused|suspicion)\s+of\s+(?:being\s+)?(?:[\w-]+\s+)?$|"  # "men suspected of being militants"
    r"\b(?:insurgents|militants|jihadists|extremists|terrorists|fighters)\s+$|"  # the same noun twice, a slip
    r"-$|\)\s*$|(?<![\w'’-])(?!(?:Islamist|Islamic|Jihadist|Separatist|Suspected|Alleged|Armed|Unidentified|Unknown|Some|"
    r"Several|Many|Militant|Extremist|Radical|Muslim|Foreign|Local|Presumed|Heavily|Dozens|Hundreds|Scores|About|"
    r"Around|Over|Nearly|At|More|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An|On|In|Late|Early|When|After|"
    r"While|As)\b)[A-Z][\w'’-]*\s+$")
# Each noun pattern behind its literal prefilter: most sentences name no protesters, rioters, gunmen or police,
# and a case-insensitive word list is scanned at every position of a sentence (the same matches either way).
_NOUN_ACTOR_GUARDS = [LiteralGuard.of(pattern) for pattern, _, _ in _NOUN_ACTORS]
# The dead of a whole war or conflict, told as a toll ("a conflict that killed 30,000 people"): not civilians as such.
_WAR_DEAD = re.compile(r"\b(?:war|conflict)\b[^.;]{0,30}\b(?:killed|claimed|left)\b[^.;]{0,30}\bpeople$", re.I)
_DIED_IN_WAR = re.compile(r"\s+(?:have\s+|had\s+)?(?:died|were\s+killed|been\s+killed|lost\s+their\s+lives)\s+"
                          r"(?:in|during)\s+(?:the\s+|a\s+|that\s+)?(?:[\w-]+\s+){0,3}(?:war|conflict)\b", re.I)
# A relative clause set off by commas after a name: what follows it is the name's predicate.
_ASIDE = re.compile(r",\s+(?:which|who)\b[^,.;]{1,80},")
_MEDIATION = re.compile(r"\b(?:brokered|mediat\w+|peacekeep\w+|talks hosted|spoke (?:by phone )?(?:to|with))\b", re.I)


@dataclass(slots=True)
class ActorMention:
    """An actor found at [start, end) of the sentence text; ``victim`` when it is who was hit."""

    actor: Actor
    start: int
    end: int
    victim: bool = False


def _country_actor(iso: str, noun: str | None, violent: bool, text: str) -> Actor:
    name = places.country_name(iso) or iso
    if noun is not None and re.fullmatch(_POLICE, noun, re.I):
        return Actor(f"Police Forces of {name}", name, "state_forces", text)
    if noun is not None and (re.fullmatch(_MILITARY, noun, re.I) or re.fullmatch(_ASSAULT, noun, re.I)):
        return Actor(f"Military Forces of {name}", name, "state_forces", text)
    if noun is not None and re.fullmatch(_GOVERNMENT, noun, re.I):
        return Actor(f"Government of {name}", name, "government", text)
    if violent:
        return Actor(f"Military Forces of {name}", name, "state_forces", text)
    return Actor(f"Government of {name}", name, "government", text)


def government_of(country: str) -> Actor:
    """The government of a state named by its country name ("Government of Armenia")."""
    return Actor(f"Government of {country}", country, "government", country)


_PART_OF_STATE = (r"(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|downtown|"
                  r"rural|greater)")  # ("in northwest Pakistan", "in northern Mali")
# (parts joined: "across southern and eastern Lebanon")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|inside|into|near|at|from|to|across|throughout|within|outside|of|around|over|towards?|"
    r"(?:border|frontier|boundary)\s+with|(?:air\s*)?strikes?\s+on|raids?\s+on|shelling\s+of|"
    r"(?:taken|took|captured|seized|overran|overrun|entered))\s+(?:the\s+)?"
    r"(?:" + _PART_OF_STATE + r"(?:\s*,\s*|\s+(?:and|or)\s+)){0,2}(?:" + _PART_OF_STATE + r"\s+)?$", re.I)
# A state named after a place and a comma, closing the phrase ("in Mandalay Region, Myanmar, a bomb went off",
# "in Kisumu, Kenya."): where, not who.
_PLACE_COMMA_BEFORE = re.compile(r"[A-Za-z\)]\s*,\s*$")
_PHRASE_END_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
# A capital or country naming a clock's zone: "09:00 Moscow time", "India Standard Time".
_TIME_ZONE_AFTER = re.compile(r"\s+(?:standard\s+|summer\s+|daylight\s+)?time\b(?!\s+(?:and|to|after)\b)", re.I)
_VICTIM_AFTER = re.compile(
    r"^[^.;,]{0,40}?\b(?:were|was|is|are|have been|has been|had been|got)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|shot|abducted|kidnapped|arrested|detained|captured|attacked|targeted|hit|dead|"
    r"murdered|stabbed|beaten|raped|lynched|beheaded|hacked)\b"
    # "a villager stepped on a mine", "a man found dead in a field"
    r"|^[^.;,]{0,40}?\b(?:stepped|trod|trampled)\s+(?:on|onto|upon)\b|^\s+found\s+(?:dead|killed|murdered|shot)\b"
    r"|^\s*(?:died|dead)\b",
    re.I,
)
_VICTIM_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|attacked|attacking|abducted|kidnapped|shot|"
    r"targeted|targeting|arrested|detained|against|on|at)\s+(?:(?!by\b|in\b|with\b|during\b|near\b|"
    # (nor a clause after: "were killed when gunmen raided the village": the gunmen struck)
    r"(?:when|as|after|while|before|because|since|until|once)\b)[\w-]+\s+){0,2}$",
    re.I,
)


# Civilians named in the clause after a toll ("four killed when a passenger bus struck a bomb") are its victims (an
# armed group named there is its author: "killed when gunmen stormed a hotel")
_HIT_BEFORE_CLAUSE = re.compile(r"\b(?:killed|wounded|injured)\s+(?:when|as|after|while)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
                                re.I)


# A part named after a toll ("killed 12 people, including three police officers"): the part is of the dead too.
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+the\s+dead\s+(?:were|are))\s+(?:[\w-]+\s+){0,2}$",
                               re.I)
_CASUALTY_WORD = re.compile(r"\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|casualties)\b", re.I)
# A noun of forces naming a place or thing of theirs ("outside a police station", "an army checkpoint"): what was hit.
_FACILITY_AFTER = re.compile(r"\s+(?:stations?|posts?|checkpoints?|bases?|barracks|headquarters|compounds?|"
                             r"buildings?|offices?|vehicles?|convoys?|trucks?|patrol\s+cars?)\b", re.I)


# The first of two victims' nouns joined by "and" ("killed dozens of civilians and", "wounding three villagers as
# well as"), up to the second noun's start
_VICTIMS_AND_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping|shot)\s+"
    r"(?:(?!by\b|in\b|with\b|during\b|near\b)[\w-]+\s+){0,3}?(?:civilians|people|residents|villagers|children|"
    r"women|men|farmers|passengers|worshippers|students|workers|members)\s+(?:and|as\s+well\s+as)\s+"
    r"(?:(?:the|a|an|\w+)\s+)?$", re.I)


def _victim_before(text: str, pos: int) -> bool:
    """``_VICTIM_BEFORE.search(text[:pos])``, tried from the start of the third-last whitespace-separated word
    before ``pos`` only. A match is a verb ending one word, then at most two whole words, each followed by
    white space, up to ``pos``: it cannot start earlier, and trying every position from the sentence's start
    (sre has no backward search) costs most of the test."""
    start = pos
    for _ in range(3):
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    if _VICTIM_BEFORE.search(text[:pos], start) is not None:
        return True
    if text.endswith(("and ", "as well as "), 0, pos) and _VICTIMS_AND_BEFORE.search(text, max(0, pos - 90), pos):
        return True  # "killed dozens of civilians and soldiers": the soldiers too were hit
    including = _INCLUDING_BEFORE.search(text[:pos], max(0, start - 20))
    return including is not None and _CASUALTY_WORD.search(text, 0, including.start()) is not None


# The noun of a state's organ after its name ("Armenian troops", "Azerbaijan's own forces"), and the one a demonym shares
# with the next ("Azerbaijani and Armenian troops"): compiled once (as pattern strings, each call hashed them anew)
_STATE_NOUN_AFTER = re.compile(rf"(?:['’]s?)?\s+(?:own\s+)?(?:(?:ballistic|cruise|guided|hypersonic|long-range|kamikaze|"
                               rf"attack|combat)\s+)?({_MILITARY}|{_GOVERNMENT}|{_POLICE}|{_ASSAULT})\b", re.I)
_SHARED_NOUN_AFTER = re.compile(rf"(?:['’]s?)?\s+({_MILITARY}|{_GOVERNMENT}|{_POLICE})\b", re.I)


# A deed two states' forces do together to a third party: "... troops fought the militants", "... forces repelled an
# assault" (not "... troops fought a fierce battle" or "... fought each other": the two are then the sides)
_JOINT_DEED = re.compile(
    r"\s+(?:(?:have|had|also|jointly|together|then|later)\s+)?(?:fought|attacked|killed|repelled|repulsed|drove|pushed|"
    r"ambushed|raided|targeted|bombed|shelled|struck|captured|recaptured|retook|freed|cleared|routed|defeated|pursued|"
    r"engaged|chased|overran|besieged|encircled)\s+(?!(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:battles?|gunfights?|"
    r"firefights?|clashes|skirmish\w*|wars?)\b|each\s+other|one\s+another)(?:the|an?|\d+|dozens|scores|several|some|"
    r"many|more\s+than|over|at\s+least|targets|positions|sites|bases|militants|rebels|insurgents|jihadists|fighters|"
    r"gunmen|bandits|separatists|[A-Z][\w'’-]+)\b")


def find_actors(text: str, violent: bool, default_country: str | None = None) -> list[ActorMention]:
    """Actors in one sentence, left to right (an actor named twice is kept once)."""
    out: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    mentions = places.find_countries(text)
    allies: set[int] = set()  # the mentions of states whose forces act beside the one named first
    for i, cm in enumerate(mentions):
        if i in allies:
            continue
        rest = text[cm.end:]
        m = _STATE_NOUN_AFTER.match(rest)
        # "Azerbaijani and Armenian troops": the first demonym shares the second one's noun.
        if m is None and i + 1 < len(mentions):
            between = text[cm.end:mentions[i + 1].start]
            if re.fullmatch(r"\s*(?:and|,|or)\s*", between):
                m2 = _SHARED_NOUN_AFTER.match(text[mentions[i + 1].end:])
                if m2:
                    m = m2
                    if "and" in between and _JOINT_DEED.match(text, mentions[i + 1].end + m2.end()):
                        # "Mozambican and Rwandan troops fought the militants": one side, allies against a third
                        allies.add(i + 1)
        elif m is not None and i + 1 < len(mentions) \
                and re.fullmatch(r"\s+and\s+", text[cm.end + m.end():mentions[i + 1].start]):
            m2 = _SHARED_NOUN_AFTER.match(text[mentions[i + 1].end:])
            if m2 and _JOINT_DEED.match(text, mentions[i + 1].end + m2.end()):
                allies.add(i + 1)  # "Mozambican troops and Rwandan forces killed a rebel leader": one side
        if m is None and cm.kind == "demonym":
            continue  # "Armenian-populated", "ethnic Armenian" are not actors on their own
        if (m is None or (cm.kind != "demonym" and re.fullmatch(_ASSAULT, m.group(1), re.I))) \
                and _LOCATIVE_BEFORE.search(text[max(0, cm.start - 45):cm.start]):
            # "in Dhaka", "across Kenya": a location, not an actor ("raiders from Uganda attack a village": the verb)
            continue
        if m is None and _PLACE_COMMA_BEFORE.search(text, max(0, cm.start - 3), cm.start) \
                and _PHRASE_END_AFTER.match(rest) and not (i > 0 and cm.start - mentions[i - 1].end <= 3
                                                          and mentions[i - 1].iso != cm.iso):
            continue  # "Kisumu, Kenya.", "Damascus, Syria,": where a place is ("Armenia, Azerbaijan, ..." are states)
        if m is None and _TIME_ZONE_AFTER.match(rest):
            continue  # "09:00 (Moscow time)": a clock's zone, not Moscow's government
        if rest.startswith(("-based", "-headquartered")):
            continue  # "a Britain-based war monitor": where a body sits, not a party
        if places.patron_at(text, cm.end):
            continue  # "the Turkish-backed government": a patron, not the party
        noun = m.group(1) if m else None
        end = cm.end + (m.end() if m and m.string is rest else 0)
        actor = _country_actor(cm.iso, noun, violent, text[cm.start:end])
        # (a person's name may stand between: "Russian Defence Minister Sergei Shoigu spoke by phone to ...")
        # (or a relative clause: "Russia, which has a military base in Armenia, brokered a truce")
        aside = _ASIDE.match(text, end)
        after = aside.end() if aside else end
        if _MEDIATION.search(text[after:after + 40]) or _MEDIATION.search(text[max(0, cm.start - 20):cm.start]):
            actor.kind = "mediator"
        out.append(ActorMention(actor, cm.start, end, victim_at(text, cm.start, end)))
        taken.append((cm.start, end))
    if "its " in text or "their " in text:
        for m in _ITS_FORCES.finditer(text):
            owner = next((a for a in reversed(out) if a.end <= m.start() and a.actor.country), None)
            iso = places.countries().names.get(places.normalise(owner.actor.country)) if owner else None
            if iso is None or any(a <= m.start() < b for a, b in taken):
                continue  # "Russia's defence ministry said its forces had taken the village": Russia's forces
            out.append(ActorMention(_country_actor(iso, m.group("noun"), violent, m.group(0)), m.start(), m.end(),
                                    victim_at(text, m.start(), m.end())))
            taken.append((m.start(), m.end()))
    if "-" in text:
        for m in _LINKED_GROUP.finditer(text):
            name = m.group("name")
            if any(a <= m.start() < b for a, b in taken) or places.find_countries(name):
                continue  # "Iran-aligned militias": a state's allies, told by the state
            out.append(ActorMention(Actor(name, None, "rebels", name), m.start(), m.end(), victim_at(text, m.start(), m.end())))
            taken.append((m.start(), m.end()))
    if any(w in text for w in _FIGHTER_WORDS):
        for found in _groups_named_before_fighters(text, mentions, default_country, taken):
            out.append(found)
            taken.append((found.start, found.end))
    lowered = text.lower()
    for (pattern, template, kind), guard in zip(_NOUN_ACTORS, _NOUN_ACTOR_GUARDS):
        for m in guard.finditer(text, lowered):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if template in (_FORCES_TEMPLATE, _GANG_TEMPLATE) and (
                    m.group(0)[0].isupper() and m.start() > 0
                    or _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                continue  # "the Arakan Army", "the Blue Harbour Gang": a name, not a state's forces or an unnamed gang
            if pattern is _UNNAMED_FIGHTERS and (
                    _NOT_UNNAMED_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    or victim_at(text, m.start(), m.end())):
                # "the militants", "Shabaab militants": fighters told before, or a group's by its name; those killed or
                # seized as militants, whom ACLED codes by the group the report later names or as civilians
                continue
            if template == _FORCES_TEMPLATE and not violent and _SAYS_AFTER.match(text, m.end()):
                continue  # "..., the army said": the voice of a statement, whose state the words do not name
            group = _NAMED_GROUP_AFTER.match(text, m.end()) if kind == "militia" else None
            if group is not None and not (places.find_countries(group.group("name"))
                                          or places.normalise(group.group("name")) in places.cities()):
                # "gunmen from the Rapid Support Forces": the group named after them, not unidentified men
                name = group.group("name")
                out.append(ActorMention(Actor(name, None, "rebels", name), group.start("name"), group.end(),
                                        victim_at(text, m.start(), m.end())))
                taken.append((m.start(), group.end()))
                break
            near = _country_just_before(mentions, m.start())
            if near is None and kind == "civilians":
                near = _home_named(mentions, text)
            iso = near.iso if near else default_country
            if template == _GANG_TEMPLATE and iso not in _GANG_STATES:
                continue  # a gang where ACLED names none as such: the author rules' unidentified armed group
            country = places.country_name(iso)
            if country is None:
                name = template.replace(" ({})", "").replace(" of {}", "")
            else:
                name = template.format(country)
            victim = victim_at(text, m.start(), m.end()) or (kind == "civilians" and _HIT_BEFORE_CLAUSE.search(
                text, max(0, m.start() - 40), m.start()) is not None)
            if kind == "civilians" and not victim and not violent:
                continue  # "people" in a protest or a statement are not an actor of their own
            if kind == "civilians" and any(b < m.start() and (aside := _APPOSITION.match(text, b)) is not None
                                           and aside.end() > m.start() for _, b in taken):
                continue  # "the two assailants, a man and a woman,": who the actor before was, no one else
            if kind == "civilians" and (_WAR_DEAD.search(text[max(0, m.start() - 60):m.end()])
                                        or _DIED_IN_WAR.match(text, m.end())):
                continue  # "a war that killed more than 6,500 people": a war's dead, soldiers among them
            out.append(ActorMention(Actor(name, country, kind, m.group(0)), m.start(), m.end(), victim))
            taken.append((m.start(), m.end()))
            break
    out.sort(key=lambda a: a.start)
    if "(" in text:  # "armed men (believed to be Tuvo ethnic militia)": the unnamed men are the militia named after them
        named_after = {i for i, a in enumerate(out) if i > 0 and unidentified(out[i - 1].actor)
                       and not unidentified(a.actor) and a.actor.kind in ("militia", "rebels")
                       and _ASIDE_OPENS.fullmatch(text, out[i - 1].end, a.start)}
        out = [a for i, a in enumerate(out) if i + 1 not in named_after]
    seen: dict[str, int] = {}
    unique: list[ActorMention] = []
    for a in out:
        if a.actor.name not in seen:
            seen[a.actor.name] = len(unique)
            unique.append(a)
        elif _SAYS_AFTER.match(text, unique[seen[a.actor.name]].end) \
                or _TELLS_OWN_DEED.match(text, unique[seen[a.actor.name]].end):
            unique[seen[a.actor.name]] = a  # "the ministry said its forces had ...": the forces, not the voice
    return unique


# The words that open an aside naming who the ones before are: " (assumed ", " (suspected to be ", " ("
_ASIDE_OPENS = re.compile(r"\s*\(\s*(?:[a-z]+\s+){0,4}")
# Fighters told by the group they are linked to: "Islamic State-linked insurgents", "al-Qaeda-affiliated militants"
_LINKED_GROUP = re.compile(r"(?<![\w'’-])(?P<name>(?:[Aa]l[-\s])?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})-(?:linked|affiliated|aligned|"
                           r"allied)\s+(?:[a-z]+\s+)?(?:insurgents?|militants?|fighters?|rebels?|jihadists?|gunm[ae]n|"
                           r"extremists?|militia(?:s|men)?|groups?|factions?)\b")
def _groups_named_before_fighters(text: str, mentions: tuple[places.CountryMention, ...], default_country: str | None,
                                  taken: list[tuple[int, int]]) -> list[ActorMention]:
    """Armed groups named by their name before a noun of fighters ("Fano militiamen", "Suspected JNIM militants"), not
    where that name only describes them (a faith, a people, a count, a state's demonym, a town of the story's state)."""
    home = {c.iso for c in mentions} | ({default_country} if default_country else set())  # the story's states
    out: list[ActorMention] = []
    for m in _NAME_BEFORE_FIGHTERS.finditer(text):
        words = m.group("name").split()
        while words and _NOT_A_GROUP_NAME.fullmatch(words[0]):
            words.pop(0)  # "Suspected JNIM militants": the name after the words that only describe them
        name = " ".join(words)
        if not words or (len(words) == 1 and _NOT_A_GROUP_NAME_ALONE.fullmatch(name)) \
                or any(a <= m.start() < b for a, b in taken) or places.find_countries(name) or places.region_countries(name):
            continue  # "Armed fighters", "Islamist militants", "Somali militants", "Amhara militiamen": no group's name
        if m.group(0).endswith("forces") and _STATE_ORGAN_WORD.search(name):
            continue  # "Federal Police forces", "Operation Lion forces": a state's organ or campaign, no group's name
        if m.group("ethnic") or m.group("communal"):
            # a people's or a community's militia, of the state it comes from ("Tuvo tribesmen from Uganda"), else the
            # story's
            origin = _FROM_STATE.match(text, m.end())
            states = places.find_countries(origin.group("state")) if origin else ()
            country = places.country_name(states[0].iso if states else default_country)
            label = f"{name} {'Ethnic' if m.group('ethnic') else 'Communal'} Militia"
            out.append(ActorMention(Actor(f"{label} ({country})" if country else label, country, "militia", m.group(0)),
                                    m.start(), m.end(), victim_at(text, m.start(), m.end())))
            continue
        key = places.normalise(name)
        if key in places.cities() and (not home or home & set(places.cities().isos(key))):
            continue  # "Dondoro militiamen": men of a village of the story's state, no group's name
        if m.group("gang"):  # ACLED's name of a named gang: "Red Dock Gang", a militia
            if default_country not in _GANG_STATES and not home & _GANG_STATES:
                continue
            out.append(ActorMention(Actor(f"{name} Gang", None, "militia", m.group(0)), m.start(), m.end(),
                                    victim_at(text, m.start(), m.end())))
            continue
        out.append(ActorMention(Actor(name, None, "rebels", m.group(0)), m.start(), m.end(),
                                victim_at(text, m.start(), m.end())))
    return out


# Fighters named by their group's name before them: "Fano militiamen", "M23 rebels", "Houthi fighters", "Houthi forces"
# (lower-case "forces" only: "Rapid Support Forces" is a name whole); a gang by its name ("the Red Dock gang")
# (a militia told as a people's or a community's, "Tuvo ethnic militia", "Kanda communal militiamen", "Tuvo tribesmen":
# ACLED's "Tuvo Ethnic Militia (country)", "Kanda Communal Militia (country)")
_NAME_BEFORE_FIGHTERS = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:"
                                   r"(?P<ethnic>(?:ethnic|tribal)\s+militia(?:s|m[ae]n)?|tribesm[ae]n)|"
                                   r"(?P<communal>communal\s+militia(?:s|m[ae]n)?)|militiam[ae]n|"
                                   r"militants|fighters|rebels|insurgents|jihadists|guerrillas|forces|(?P<gang>gang))\b")
# Words that name a faith, a people or a creed, not a group, when they stand alone ("Islamic militants")
_NOT_A_GROUP_NAME_ALONE = re.compile(r"Islamic|Islamist|Muslim|Christian|Arab|Kurdish|Sunni|Shia|Shiite|Druze|Jihadist|"
                                     r"Salafist|Marxist|Maoist|Communist|Tribal|Ethnic|Militant|Resistance|Opposition|Rebel|Separatist|"
                                     # words that tell a state's or an alliance's forces, not a group's name
                                     r"Govt|Regime|Junta|Federal|State|Coalition|Special|Enemy|Western|Peacekeeping|"
                                     r"Naval|Air|Ground|Border|National|Joint|International|Gendarmerie|Military|Paramilitary|Rival|Another")
# Words naming a state's organ, unit or campaign, or an alliance, inside a name before "forces"
_STATE_ORGAN_WORD = re.compile(r"\b(?:Police|Gendarmerie|Govt|Government|Ministry|Operation|Presidential|Intelligence|"
                               r"Division|Coalition)\b")
_FROM_STATE = re.compile(r"\s+from\s+(?:neighbou?ring\s+)?(?P<state>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_FIGHTER_WORDS = ("militia", "militants", "fighters", "rebels", "insurgents", "jihadists", "guerrillas", "forces", "gang",
                  "tribesm")
_NOT_A_GROUP_NAME = re.compile(
    r"(?:The|A|An|Armed|Suspected|Alleged|Presumed|Local|Islamist|Jihadist|Unidentified|Unknown|Rebel|Rival|Some|Several|Many|"
    r"Two|Three|Four|Five|Government|Opposition|Separatist|Christian|Muslim|Ethnic|Tribal|Allied|Foreign|Former|"
    r"Pro|Anti|Its|Their|His|Her|Our|Other|Both|All|Most|Those|These|Hardline|Militia|Tribe|Clan|Army|Paramilitary|"
    r"Militant|Insurgent|Gunmen|Police|Security|Young|Youth|Women|Female|Male|Masked|Heavily|One|Six|Seven|Eight|Nine|"
    r"Ten|Eleven|Twelve|Dozens|Scores|Hundreds|Thousands|About|Around|Nearly|Over|Up|At|More|Fewer|Least)\b")
# Armed men told as members of a group named right after: "gunmen from the X Brigade", "assailants of the Y"
# ("armed men from Marakwet": where they come from, no group's name)
_NAMED_GROUP_AFTER = re.compile(r"\s+(?:(?:from|of)\s+the|(?:belonging|loyal)\s+to(?:\s+the)?)\s+"
                                r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*)*)")
# Forces named by a possessive, whose state is the one named before ("the ministry said its troops had ...")
_ITS_FORCES = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?P<noun>forces|troops|soldiers|army|military|servicemen|units)\b")
_COUNTRYLESS = {"Protesters", "Rioters", "Civilians", "Unidentified Armed Group", _UNIDENTIFIED_GANG}
_COUNTRYLESS_OF = {"Police Forces", "Military Forces", "Government"}
_UNIDENTIFIED = "Unidentified Armed Group"
# Sub-event types whose author ACLED codes as an unidentified armed group when no report names one: a blast, a
# grenade, an attack on people (not a clash or shelling, whose unnamed side is mostly a state's forces).
_UNKNOWN_AUTHOR_SUB_TYPES = frozenset({"Attack", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
# A toll of a period told by a third party ("8,000 people have been killed since the uprising began", "so far this
# year"): it names no one who killed them.
_PERIOD_TOLL = re.compile(
    r"\b(?:since\s+(?:the\s+)?(?:(?:start|beginning|outbreak|onset)\s+of|(?:[\w-]+\s+){0,3}?(?:began|started|erupted|"
    r"broke\s+out)\b|(?:[\w-]+\s+)?(?:uprising|conflict|war|crisis|revolt|revolution|unrest|crackdown|insurgency|"
    r"fighting|violence)\b)|so\s+far\s+this\s+year|to\s+date|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:weeks|months|years))", re.I)


def unknown_author(sub_event_type: str, text: str, country: str | None, previous: Actor | None = None,
                   told: bool = True) -> Actor | None:
    """Who did a violent happening whose sentence names only the hit: none for a toll of a period; the author of the
    happening told in the sentence before (``previous``), whose dead these are; else ACLED's "Unidentified Armed
    Group (country)" for an attack or a blast the sentence tells itself (``told``), none for another kind."""
    if _PERIOD_TOLL.search(text):
        return None
    if previous is not None:
        return previous
    if not told or sub_event_type not in _UNKNOWN_AUTHOR_SUB_TYPES:
        return None
    return Actor(f"{_UNIDENTIFIED} ({country})" if country else _UNIDENTIFIED, country, "militia", None)


def unidentified(actor: Actor) -> bool:
    """Whether ``actor`` is an armed group whose name no report gives."""
    return actor.name.startswith((_UNIDENTIFIED, _UNIDENTIFIED_GANG))


def with_country(actor: Actor | None, country: str | None) -> Actor | None:
    """The actor with the article's country filled in where its own words named none."""
    if actor is None or country is None or actor.country:
        return actor
    if actor.name in _COUNTRYLESS:
        return Actor(f"{actor.name} ({country})", country, actor.kind, actor.text)
    if actor.name in _COUNTRYLESS_OF:
        return Actor(f"{actor.name} of {country}", country, actor.kind, actor.text)
    return actor


def _country_just_before(mentions: tuple[places.CountryMention, ...], start: int) -> places.CountryMention | None:
    """The last country, demonym or capital ending at most 12 characters before ``start``: whose the noun actor
    there is ("Kenyan police officers", "Somali civilians")."""
    near = [c for c in mentions if c.end <= start and start - c.end <= 12]
    return near[-1] if near else None


# A place named by its state's demonym ("an Ethiopian border town", "a Somali village"): where the people hit live.
_HOME_AFTER_DEMONYM = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:towns?|villages?|city|cities|districts?|provinces?|"
                                 r"camps?|markets?|schools?|hospitals?|neighbou?rhoods?|settlements?)\b")


def _home_named(mentions: tuple[places.CountryMention, ...], text: str) -> places.CountryMention | None:
    """The one state whose demonym names the place hit ("Eritrean forces hit an Ethiopian border town, killing five
    civilians": the civilians are Ethiopia's), where the civilians' own words name no state."""
    homes = {c.iso: c for c in mentions if c.kind == "demonym" and _HOME_AFTER_DEMONYM.match(text, c.end)}
    return next(iter(homes.values())) if len(homes) == 1 else None


def victims_of_side(actor: Actor | None, text: str, side: str | None) -> Actor | None:
    """``actor`` of ``side``'s country when it names victims by a noun alone and took the article's country for want
    of a demonym, while the sentence's casualty figures are all of ``side``: "four police officers ... were killed by
    landmines", told by Azerbaijan of its own, are Azerbaijan's police, not the article's first country's."""
    if actor is None or side is None or actor.country in (None, side) or not actor.text:
        return actor
    at = text.find(actor.text)
    country = places.country_name(places.countries().names.get(places.normalise(side)))
    if at < 0 or country != side or not victim_at(text, at, at + len(actor.text)):
        return actor
    if _country_just_before(places.find_countries(text), at) is not None:
        return actor  # "Azerbaijani police officers": the demonym says whose they are
    if actor.name == f"Civilians ({actor.country})":
        return Actor(f"Civilians ({side})", side, actor.kind, actor.text)
    if actor.name == f"Police Forces of {actor.country}":
        return Actor(f"Police Forces of {side}", side, actor.kind, actor.text)
    return actor


# An apposition set off by commas after a noun: ", a man and a woman,"
_APPOSITION = re.compile(r",\s+(?:an?|the|two|three|both)\s+[^,.;]{1,40},")


def victim_at(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) name who was hit ("... were killed", "attacked ...", "12 people, including
    three police officers") or what of theirs was hit ("a bomb went off outside a police station")."""
    aside = _APPOSITION.match(text, end)  # "The two assailants, a man and a woman, were killed"
    return bool(_VICTIM_AFTER.match(text[aside.end() if aside else end:])) or _victim_before(text, start) \
        or _FACILITY_AFTER.match(text, end) is not None


def arrest_actors(sub_event_type: str, actor1: Actor | None, actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """ACLED's codebook for arrests: the arrested civilians are the second actor, never the first ("Four suspects
    were arrested, the security service said": who arrested them is not named)."""
    if sub_event_type == "Arrests" and actor1 is not None and actor1.kind == "civilians" and actor2 is None:
        return None, actor1
    return actor1, actor2


def crowd_actors(event_type: str, sub_event_type: str, actor1: Actor | None, actor2: Actor | None,
                 iso: str | None, placed: bool = True) -> tuple[Actor | None, Actor | None]:
    """ACLED's codebook for demonstrations: a protest's first actor is "Protesters (country)", a riot's
    "Rioters (country)" whoever organised it, the country where it happened (``iso``); the other party is who
    intervened or was attacked. With no place told (``placed`` False, ``iso`` the article's country), a crowd the
    text names by its state ("Azerbaijani protesters set up camp on the road") is of that state."""
    kind = {"Protests": ("Protesters", "protesters"), "Riots": ("Rioters", "rioters")}.get(event_type)
    if kind is None:
        return actor1, actor2
    named = next((a.country for a in (actor1, actor2) if a is not None and a.kind in ("protesters", "rioters")
                  and a.country), None)
    country = named if named and not placed else places.country_name(iso)
    crowd = Actor(f"{kind[0]} ({country})" if country else kind[0], country, kind[1], None)
    others = [a for a in (actor1, actor2) if a is not None and a.kind not in ("protesters", "rioters")]
    if event_type == "Protests" and sub_event_type == "Peaceful protest":
        return crowd, None
    preference = ("state_forces", "civilians", "militia", "rebels")  # who intervened, else who was attacked
    other = min((a for a in others if a.kind in preference), key=lambda a: preference.index(a.kind or ""),
                default=None)
    return crowd, other


# Sub-event types whose target ACLED's codebook defines as civilians (violence against civilians; a mob's violence and
# destruction of property mostly hit civilians and what is theirs; those arrested are civilians unless named).
_CIVILIAN_TARGET_SUB_TYPES = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence",
                                        "Looting/property destruction", "Mob violence", "Arrests"})


# Those whose target is civilians only when someone hit is told: a crowd's rampage may be one party's supporters
# against another's ("supporters of two parties clashed and torched vehicles").
_TARGET_TOLD_SUB_TYPES = frozenset({"Mob violence"})


def target_by_definition(event_type: str, sub_event_type: str, actor1: Actor | None, actor2: Actor | None,
                         country: str | None, hit_told: bool = True) -> Actor | None:
    """``actor2``, or where the text names no one hit, the civilians of ``country`` when the sub-event type's
    definition makes them its target (a gunman "killing two": violence against civilians hits civilians);
    ``hit_told``: whether the sentence tells of someone hit (a casualty figure or a victim)."""
    if actor2 is not None or sub_event_type not in _CIVILIAN_TARGET_SUB_TYPES or (
            sub_event_type == "Attack" and event_type != "Violence against civilians") or (
            sub_event_type in _TARGET_TOLD_SUB_TYPES and not hit_told):
        return actor2
    if actor1 is not None and actor1.kind == "civilians":
        return None  # the civilians named are the doers' side already
    return Actor(f"Civilians ({country})" if country else "Civilians", country, "civilians", None)


# "... said they had retaken the village": the speaker's own deed (not what it counted or learned)
_OWN_DEED = (r"(?:they|it|we|(?:its|their|our)\s+(?:own\s+)?(?:fighters|forces|troops|soldiers|men|members|units|"
             r"militants|combatants))\s+had\s+(?!(?:recorded|received|counted|documented|registered|verified|confirmed|learned|"
             r"learnt|seen|heard|been|found|noted|observed|identified)\b)")
# When or how it was said, between the verb of saying and what was said ("said on Sunday it had", "said in a
# statement that they")
_SAID_WHEN = (r"(?:(?:(?:late|early)\s+)?on\s+\w+(?:\s+\w+)?\s+|in\s+a\s+statement(?:\s+on\s+\w+)?\s+|"
              r"(?:yesterday|today|\w+day)\s+)?")
# An actor followed by a verb of saying is who tells the news: "Armenian officials said Azerbaijani shelling ...";
# not when it tells of its own deed: "ISWAP claimed to have ambushed", "the group reported that they bombed".
_SAYS_AFTER = re.compile(
    r"\s*,?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:"
    + "|".join(sorted(SAYING_VERBS - {"post", "posts", "state", "states", "add", "adds", "report", "claim"}))
    + r")\b(?!\s+(?:to\b|responsibility\b|" + _SAID_WHEN + r"(?:that\s+(?:they|it|he|she|we|its|their)\b|" + _OWN_DEED
    + r")))", re.I)
_TELLS_OWN_DEED = re.compile(r"\s*,?\s+(?:also\s+)?(?:said|says|claimed|claims|announced|reported)\s+" + _SAID_WHEN
                             + r"(?:that\s+)?" + _OWN_DEED, re.I)


def tells_own_deed(text: str, end: int) -> bool:
    """Whether the speaker named before ``end`` tells of its own deed ("Somali forces said they had retaken the
    village"): a party to what it tells, though it tells it."""
    return _TELLS_OWN_DEED.match(text, end) is not None


def speaker_spans(text: str, found: list[ActorMention]) -> list[tuple[int, int]]:
    """Spans of the actors a verb of saying follows: the voice of a report, not a party to the violence told
    (``pick_actors`` then leaves them out unless no one else is named)."""
    return [(a.start, a.end) for a in found if _SAYS_AFTER.match(text, a.end)]


def pick_actors(found: list[ActorMention], exclude: list[tuple[int, int]] = (), violent: bool = False,
                unknown_doer: Actor | None = None) -> tuple[Actor | None, Actor | None]:
    """actor1 = the first doer, actor2 = the first other party (victims go second). In a ``violent`` sentence that
    names only who was hit, the hit are actor2 and actor1 is ``unknown_doer`` (ACLED's "Unidentified Armed Group"
    for a blast or an attack whose author is not told; None for a toll that names no author): the victims never
    become the doers."""
    cands = [a for a in found if not any(s <= a.start < e for s, e in exclude)]
    if not cands:  # only voices named: a state's officials may tell of their own forces' deed, a witness does not
        cands = [a for a in found if a.actor.kind != "civilians"] if violent else found
    # (civilians are never the authors of political violence in ACLED's codebook: "two people threw a grenade" were
    # an armed group no one names)
    doers = [a for a in cands if not a.victim and a.actor.kind != "mediator"
             and not (violent and a.actor.kind == "civilians")]
    if violent and not doers and (unknown_doer is not None or any(a.victim for a in cands)):
        hit = next((a.actor for a in cands if a.victim), None)
        if unknown_doer is not None and hit is not None and unknown_doer.name == hit.name:
            return None, hit  # the side that struck before is the one hit now: who struck back is not told
        return unknown_doer, hit
    others = [a for a in cands if a not in doers[:1]]
    actor1 = doers[0].actor if doers else (cands[0].actor if cands else None)
    actor2 = next((a.actor for a in others if a.actor is not actor1 and a.actor.name != (actor1.name if actor1 else None)), None)
    return actor1, actor2


# Who carries the news, not who fights: wire services, broadcasters and papers ("Reuters", "the BBC", "State TV",
# "the Sunday Times"), by their names or the words outlets are named with; and a clock's zone as written in a
# dateline or a quoted time ("0600 GMT", "10:00 BST Geneva").
_TELLER_NAME = re.compile(
    r"\b(?:Reuters|AFP|AP|Associated\s+Press|Agence\s+France|BBC|CNN|CBS|NBC|ABC|Al\s+Jazeera|Al\s+Arabiya|"
    r"Xinhua|Interfax|TASS|Novosti|SANA|DPA|ANSA|Anadolu|Bloomberg|YouTube|Twitter|Facebook|Telegram|WSWS|"
    r"times|post|journal|tv|television|radio|press|channel|media|gazette|tribune|herald|magazine|broadcast\w*|news|"
    r"telegraph|guardian|newspaper|wire|public\s+relations|(?-i:ISPR)|spokes\w+|"
    r"(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|[ECMP][SD]T))\b", re.I)
_MONITOR = re.compile(r"\b(?:OSCE|SMM|HRW|SOHR|monitor\w*|observ\w*|watch|amnesty|red\s+cross|red\s+crescent|ICRC|"
                      r"human\s+rights|MSF|doctors\s+without\s+borders)\b", re.I)  # who watches, unless hit itself
# Words before a name that make it a source ("told the BBC", "according to Reuters") or a place the parser took for
# an organisation ("clashes in Umm Sawan"); words after it that make it a source ("the BBC's correspondent").
_NO_PARTY_BEFORE = re.compile(r"\b(?:told|speaking\s+to|talking\s+to|according\s+to|quoted\s+by|cited\s+by|"
                              r"interview\s+with|(?:said|says|reported|reports)\s+(?:in|on)|in|inside|near|outside|at|"
                              r"across|throughout|around|towards?)\s+(?:the\s+)?$", re.I)
_REPORTER_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:correspondents?|reporters?|journalists?|editors?|"
                             r"crews?|teams?|bureau|producers?)\b", re.I)
# An organ of a state named by its office ("the National Security Bureau", "Air Force Intelligence"): that state's
# security service or government, not an armed group of its own.
_SECURITY_ORGAN = re.compile(r"\b(?:intelligence|(?:national|state|general)\s+security|security\s+(?:services?|bureau|"
                             r"agency|directorate)|(?:national|republican|revolutionary|presidential)\s+guards?|"
                             r"mukhabarat|secret\s+police)\b", re.I)
_STATE_OFFICE = re.compile(r"\b(?:bureau|directorate)\b", re.I)
# A ministry's name the parser cut from its office-holder's title ("the Defense Minister" -> "Defense").
_MINISTER_AFTER = re.compile(r"\s+(?:Minister|Ministry|Secretary)\b")


def organisation_actor(text: str, start: int, end: int, name: str, default_country: str | None,
                       mentions: tuple[places.CountryMention, ...] | None = None) -> Actor | None:
    """The actor an organisation the parser names at [start, end) is in a violent sentence: an armed group by its
    name, a state's organ as that state's forces or government; None for whoever only tells or watches (an outlet, a
    clock's zone, a monitor that is not itself hit, a source quoted) and for a place taken for an organisation."""
    before = text[max(0, start - 25):start]
    if _TELLER_NAME.search(name) or _NO_PARTY_BEFORE.search(before) or _REPORTER_AFTER.match(text, end):
        return None
    if _MONITOR.search(name) and not victim_at(text, start, end):
        return None
    organ = _SECURITY_ORGAN.search(name)
    if organ or _STATE_OFFICE.search(name) or _MINISTER_AFTER.match(text, end):
        owner = places.find_countries(name)
        near = owner[0] if owner else _country_just_before(
            mentions if mentions is not None else places.find_countries(text), start)
        country = places.country_name(near.iso if near else default_country)
        kind, label = ("state_forces", "Military Forces") if organ else ("government", "Government")
        return Actor(f"{label} of {country}" if country else label, country, kind, name)
    return Actor(name, None, "rebels", name)
