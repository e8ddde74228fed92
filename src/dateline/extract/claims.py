"""Casualty claims in one sentence: kind, count, qualifier, side and claimant, with offsets.

A claim is a quantity (``numbers.find_quantities``) tied to a casualty word either after it
("seven soldiers were killed", "nearly 100 troop deaths", "24 more have gone missing") or before it
("killing at least 12", "the deaths of 49 of its soldiers", "a conflict that killed more than
6,500"). Nothing else becomes a claim: "the deadliest fighting" has no number, "2,000 peacekeepers"
no casualty word. Side comes from the claim's own noun phrase (demonym, "Armenia's", "its/their" =
the claimant's side, "10 more" = the previous claim's side), else, for soldiers or an unnamed
count, from the claimant. The claimant is who the parse says states it ("X said", "X reported",
"according to X", "cited X as saying", a headline's "..., says Baku").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dateline.extract import places
from dateline.extract.numbers import Quantity, find_quantities, word_to_int
from dateline.extract.prefilter import LiteralGuard, lowered_twin, match_by_twin, search_by_twin
from dateline.speech import (
    SAYING_VERBS,
    TOLL_PASSING_VERBS,
    TOLL_REVISING_VERBS,
    TOLL_REVISING_VERBS_PAST,
    TOLL_RISING_VERBS,
)

# "was beaten to death", "were chopped to death" (a manner verb whose complement kills; not "sentenced to death")
_TO_DEATH = (r"(?:shot|stabbed|hacked|chopped|macheted|slashed|axed|knifed|speared|beaten|beat|battered|clubbed|"
             r"bludgeoned|stoned|burned|burnt|crushed|trampled|kicked|tortured|strangled|choked|lynched|mauled) to death")
_TO_DEATH_MARK = "TO_DEATH|"


def _without_and_with_to_death(template: str, flags: int = 0) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``template`` (its ``_TO_DEATH_MARK`` where the "to death" verbs go) without and with them: the first for the
    many sentences with no "to death", whose literal guard then looks for a few verbs, not some thirty more."""
    return (re.compile(template.replace(_TO_DEATH_MARK, ""), flags),
            re.compile(template.replace(_TO_DEATH_MARK, _TO_DEATH + "|"), flags))
_AFTER: list[tuple[str, str]] = [
    ("killed", r"killed|kil+ed|fatally (?:shot|stabbed|assaulted|attacked|wounded|injured|beaten|hit|struck)|dead|died|die|deaths?|fatalities|fatality|slain|perished|lost their lives|"
               r"lost (?:his|her) life|executed|bodies|martyred|lives were lost|murdered|massacred|shot dead|"
               r"lynched|assassinated|beheaded|decapitated|" + _TO_DEATH + r"|(?:shot|stabbed|beaten|attacked|assaulted) and killed|"
               r"gunned down|found (?:dead|executed|murdered|slain|beheaded)|succumbed|"
               # an army's word for enemies killed ("15 terrorists were neutralised")
               r"neutrali[sz]ed|"
               # "twelve reportedly KIA": killed in action, closing its clause (not "the KIA", the Kachin army)
               r"(?<!the )KIA(?=\s*(?:[.,;:)]|$))"),
    ("wounded", r"wounded|injured|injuries|injury|hurt|hospitali[sz]ed"),
    ("captured", r"captured|taken prisoner|prisoners of war|POWs|taken captive|seized"),
    ("missing", r"missing|unaccounted for"),
    ("abducted", r"abducted|kidnapped|taken hostage|hostages|abductions|kidnappings"),
    ("arrested", r"arrested|detained|arrests|in custody|apprehended|rounded up|taken into custody"),
    # "displaced persons were killed": an adjective before the victims' noun is no displacement
    ("displaced", r"displaced(?!\s+(?:persons?|people|famil(?:y|ies)|civilians?|residents?|villagers?|"
                  r"wom[ae]n|m[ae]n|child(?:ren)?|IDPs?)\b)|fled their homes|fled|forced to flee|forced from their homes|"
                  r"driven from their homes|made homeless|uprooted|evacuated"),
    ("casualties", r"casualties|casualty|victims"),
]
_BEFORE: list[tuple[str, str]] = [
    ("killed", r"killing|killed|kil+ed|kills|kill|fatally (?:shot|stabbed|shooting|stabbing)|assassinat(?:ed|ing|es)|lynch(?:es|ed|ing)?|shot dead|shooting dead|shoots dead|gunned down|"
               r"gunning down|shot and killed|shoot and kill|shoots and kills|" + _TO_DEATH + r"|"
               r"beheaded|beheading|deaths of|death of|killing of|killings of|murder of|murders of|"
               r"fatalities (?:were |was )?(?:coded|recorded|reported|estimated|put|given) (?:as|at)|"
               # "fighting that led to deaths estimated to be over 10 people"
               r"(?:deaths|dead) (?:were |are )?(?:estimated|put|believed|thought|feared) (?:to be|to number|at)|"
               r"(?:fatalities|deaths|death tolls?|dead) (?:range|ranged|ranging|vary|varied|varying) (?:from|between)|"
               r"death toll (?:\w+ ){0,3}?(?:to|at|of|reached|hit)|"
               r"claimed the lives of|lives of|executing|executed|executions? of|massacring|massacred|bodies of|dead bodies of|"
               r"neutrali[sz](?:ed|ing)"),
    ("wounded", r"wounding|wounded|injuring|injured|injuries to"),
    ("captured", r"capturing|captured|capture of|took prisoner"),
    ("abducted", r"abducting|abducted|kidnapping|kidnapped|abduction of|kidnapping of"),
    ("arrested", r"arresting|arrested|detaining|detained|arrest of|detention of|arrests of"),
    ("displaced", r"displacing|displaced|displacement of|drove|driving|forced|forcing|uprooted|uprooting"),
    ("casualties", r"casualties of|casualty toll (?:\w+ ){0,3}?(?:to|at|of|reached)"),
]
_AFTER_RE = re.compile(
    r"^(?P<gap>(?:[\s,]+(?!(?:in|on|at|after|before|since|during|with|by|than|to|for|as|when|while|but|"
    r"because|over|near|said|says|say|reported|that|which|against|into|per|total)\b)[\w’'/-]+){0,8}?)"
    r"[\s,\"”’']+(?:(?:were|was|have|has|had|been|being|are|is|reportedly|also|later|gone|got|left|confirmed|"
    r"(?:reported|said|believed|thought|feared|known) to (?:have been|have|be)|"
    r"reported|feared|believed|said to be|thought to be|"
    # "were in the evening hours shot dead", "was on Wednesday morning killed"
    r"(?:on|in|at|during|early|late|last|this)\s+(?:the\s+)?(?:\w+\s+)?(?:morning|evening|night|afternoon|hours|day|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)(?:\s+hours)?|"
    # "were on 12/03 lynched"
    r"on\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s+){0,3}"
    # "were shot, hacked and decapitated", "were beaten and killed"
    r"(?:(?:(?<=were )|(?<=was )|(?<=been ))[a-z]+(?:,\s+[a-z]+){0,2},?\s+and\s+)??"
    r"(?P<word>" + "|".join(f"(?:{p})" for _, p in _AFTER) + r")\b",
    re.I,
)
# "killed a family of three", "killing a group of four": the count after the family's (group's) noun
_BEFORE_RE = re.compile(r"\b(?P<word>" + "|".join(f"(?:{p})" for _, p in _BEFORE) + r")\s+"
                        r"(?:(?:a|an|the|his|her|their|one|entire|whole)\s+(?:entire\s+|whole\s+)?(?:family|group)\s+of\s+)?"
                        r"[\"\u201c\u2018']?$",  # (a count in scare quotes: killing "dozens" of soldiers)
                        re.I)
# "one person from each group killed": as many from each of a clash's two sides
_EACH_OF_TWO = re.compile(r"\s+(?:[\w-]+\s+)?(?:from|of|on)\s+each\s+(?:side|group|party|camp)\b", re.I)
# "a group of four (later determined to be six) soldiers": a figure the text itself corrects
_REVISED_TO = re.compile(r"\s*\(\s*(?:later\s+|since\s+|subsequently\s+)?(?:determined|confirmed|revised|found|updated|"
                         r"established|corrected|raised)\s+(?:to\s+be|as|at|to)\s+(?:at\s+least\s+)?", re.I)
# A list of counts after one verb, its items set apart by where they died or by an aside ("killed 1,200 people in
# Lebanon, most of them civilians, and 158 Israelis"; "killed three people in Kismayo and two in Afmadow")
_LISTED_AFTER = re.compile(
    r"(?:\s+(?:in|on|at|near|across|inside)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})){0,2}"
    r"(?:\s*,\s*(?:most|many|all|some|half|several|mostly|mainly|among\s+them|including)\b[^,;.()\d]{0,40},)?"
    r"\s*,?\s*(?:and|as well as)\s*")
_RELATIVE_CLAIM = re.compile(
    r"(?P<np>(?:\s+[\w’'-]+){0,3}?)\s+(?:that\s+|who\s+|whom\s+)?(?P<who>it|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?:says|said|say|claims|claimed|believes|believed)\s+(?:were|was|had been|have been|has been)\s+"
    r"(?P<word>" + "|".join(f"(?:{p})" for _, p in _AFTER) + r")\b")
# Who an evacuation displaces: residents, not the wounded or the troops.
_EVACUEES = re.compile(r"\b(?:people|residents|civilians|villagers|families|inhabitants|households|citizens|persons|"
                       r"children|women|locals|evacuees)\b", re.I)
# The words after a count that name who it counts ("12 of its soldiers", "3 civilians"), up to a preposition.
_NP_AFTER_COUNT = re.compile(r"(?:\s+(?:of\s+)?(?!and\b|in\b|on\b|at\b|during\b|after\b|,)[\w’'/-]+){0,4}")
_BEFORE_ONE_AND = re.compile(r"\b(?P<word>" + "|".join(f"(?:{p})" for _, p in _BEFORE) + r")\s+(?:a|an|one|the|his|her)"
                             r"\s+(?:[\w’'-]+\s+){0,3}?(?:and|as well as)\s+$", re.I)
# A toll told past a mark ("the toll has passed 50,000", "the death toll surpassed 1,000"): more than the figure
_TOLL_PASSED = "|".join(TOLL_PASSING_VERBS)
_TOLL_PASSED_END = re.compile(r"\b(?:" + _TOLL_PASSED + r")\s*$", re.I)
# "the death toll has risen to ten", "the number of people killed in the strike rose to 12"
_TOLL_RE = re.compile(
    r"\b(?P<word>death toll|toll|death total|number of (?:people |those |civilians |soldiers )?(?:killed|dead)|"
    r"number of deaths|number of (?:the )?dead)\b[^.;:!?]{0,100}?\b(?:" + "|".join(TOLL_RISING_VERBS) + r"|"
    r"stands|stood|is|was|now|raised|revised|updated|fell|dropped|lowered|reduced|corrected|" + _TOLL_PASSED
    + r")\s+(?:(?:up|down)(?:wards?)?\s+)?(?:from\s+[\w,]+\s+)?(?:to|at|from)?\s*$",
    re.I,
)
# "lowered the death toll from last week's riots in the port city to 23": a toll revised by someone, however long the
# name of its happening
_TOLL_REVISED_RE = re.compile(r"\b(?:" + "|".join((*TOLL_REVISING_VERBS_PAST, "cut")) + r")\s+(?:the|its|their)\s+"
                              r"(?P<word>death toll|toll)\b[^.;:!?\d]{0,100}?\bto\s*$", re.I)
# "Police later put the number of those missing at 280": a count of people told by who they are
_PUT_VERBS = r"put|puts|placed|places|estimated|estimates|gave|gives|raised|lowered|revised"
_HIGHER_OR_LOWER_AT = r"(?:\s+(?:even\s+|much\s+|far\s+|slightly\s+)?(?:higher|lower))?,?\s+at"  # "put it lower, at"
_NUMBER_PUT_AT = re.compile(r"\b(?:" + _PUT_VERBS + r")\s+the\s+"
                            r"(?:(?:number|toll|figure|count)\s+of\s+(?:those\s+|people\s+|the\s+)?)?(?P<word>missing|dead|"
                            r"killed|abducted|kidnapped|wounded|injured|displaced|toll)" + _HIGHER_OR_LOWER_AT + r"\s*$", re.I)
# "A hospital official put the number at 24": a figure with no victim word revises the count the sentence before told
# (its kind is that claim's, ``in_context``); until then it is of the placeholder kind ``FIGURE``
_BARE_FIGURE_PUT_AT = re.compile(r"\b(?:" + _PUT_VERBS + r"|set|sets|pegged|pegs)\s+(?:the|that|this|its|their)\s+"
                                 r"(?:number|figure|tally|count|total)" + _HIGHER_OR_LOWER_AT + r"\s+$", re.I)
FIGURE = "figure"
_VICTIM_WORD_KIND = {"missing": "missing", "dead": "killed", "killed": "killed", "abducted": "abducted",
                     "kidnapped": "abducted", "wounded": "wounded", "injured": "wounded", "displaced": "displaced"}
_FOUND_ALIVE = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:later\s+)?(?:found|pulled\s+out|rescued|"
                          r"freed|released)\s+(?:alive|safe|unharmed)\b", re.I)
# an object right after the verb makes the count before it the subject ("two men shot dead a farmer")
_ACTIVE_OBJECT = re.compile(
    r"^\s+(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
    r"dozens|scores|hundreds|at least|some|many|all|both|another)\b", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:were|was|are|is|been|being|be|got|get)\b", re.I)
_KIND_AFTER = [(k, re.compile(rf"^(?:{p})$", re.I)) for k, p in _AFTER]
_KIND_BEFORE = [(k, re.compile(rf"^(?:{p})$", re.I)) for k, p in _BEFORE]
_UNITS = re.compile(
    r"^\s*(?:-\s*)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet(?:er|re)s?|miles?|"
    r"met(?:er|re)s?|percent|per cent|%|gmt|am|pm|a\.m\.|p\.m\.|times|o'clock|tons?|tonnes?|dollars?|"
    r"euros?|\$|kg|mm|cm|rounds?|shells?|rockets?|missiles?|drones?|villages?|houses?|homes?|buildings?|"
    r"vehicles?|cars?|trucks?|tanks?|aircraft|planes?|districts?|provinces?|countries|nations|sides|"
    r"parties|points?|goals?|votes?|seats?|cows?|cattle|goats?|sheep|camels?|livestock|animals?|heads? of|"
    r"dogs?|donkeys?|horses?|shops?|stalls?)\b"
    # "two truck drivers", "three shop owners", "two cattle rustlers": the people of a vehicle, a shop or a herd
    r"(?!\s+(?:drivers?|owners?|passengers?|keepers?|operators?|conductors?|riders?|dealers?|vendors?|traders?|"
    r"workers?|crews?|guards?|attendants?|assistants?|rustlers?|raiders?|thie(?:f|ves)|herders?|herdsm[ae]n|"
    r"traffickers?|smugglers?|sellers?)\b)",
    re.I,
)
# Things, not people, counted with a word or two between ("two military trucks", "six motorcycles", "eight
# mines"): not casualties.
_THINGS = (r"vehicles?|cars?|trucks?|lorr(?:y|ies)|buses|tanks?|motorcycles?|motorbikes?|bikes?|boats?|mines?|landmines?|"
           r"bombs?|grenades?|shells?|rockets?|missiles?|mortars?|rounds?|bullets?|weapons?|guns?|rifles?|houses?|homes?|"
           r"buildings?|shops?|huts?|posts?|outposts?|positions?|camps?|bases?|checkpoints?|villages?|towns?|hills?|"
           r"bridges?|airports?|drones?|aircraft|helicopters?|"
           r"livestock|cattle|cows?|goats?|camels?|sheep|animals?|dromedaries|donkeys?")
# the people of the things ("two cattle rustlers", "three car thieves", "two truck drivers") are counted
_THINGS_PEOPLE = r"(?:\w+(?:ers?|ors?|men)|thie(?:f|ves)|crews?|staff|owners?|keepers?)\b"
_THINGS_COUNTED = re.compile(
    r"\s*(?:of\s+(?:their|the|its|his|her)\s+)?(?:(?!(?:and|or|of|in|on|at|with|from|by|to|were|was|who|as|are|have|had|people|persons|men|women|children|"
    r"troops|police|personnel|\w+ing|\w+(?:ers|ians|ists|ants|ents|men))\b)[a-z-]+\s+){0,2}?"
    rf"(?:{_THINGS})\b(?!\s+{_THINGS_PEOPLE})", re.I)
# A number that names, not counts: "the head of 100 households", "battalion 101", "LIB-2", "brigade-1"
_NAMING_NUMBER = re.compile(r"(?:\b(?:head|leader|chief|chairman|member|commander|secretary|father|mother|parent)s?\s+of\s+"
                            r"(?:the\s+)?|\b(?:form|grade|standard|class)\s+|"
                            r"\b(?:battalion|brigade|regiment|division|squadron|platoon|company|unit|corps|LIB|IB|"
                            r"column|route|road|highway|ward|sector|block|zone|no\.?|number|#)\s*-?\s*)$", re.I)
_PERSON_NOUNS = (
    "man|woman|boy|girl|child|baby|civilian|soldier|serviceman|policeman|policewoman|police officer|officer|"
    "farmer|herder|student|teacher|journalist|resident|villager|person|member|fighter|militant|worker|driver|"
    "trader|youth|teenager|minor|official|leader|guard|reservist|pastor|priest|imam|chief|activist|doctor|"
    "nurse|refugee|protester|demonstrator|businessman|motorcyclist|passenger|miner|herdsman|hunter|vigilante|"
    "militiaman|cleric|councillor|councilor|mayor|commander|judge|lawyer|politician|candidate|engineer|"
    "labourer|laborer|volunteer|agent|administrator|chairman|president|secretary|suspect|informant|elder")
_PERSON_NOUN = re.compile(rf"^(?:{_PERSON_NOUNS})$", re.I)
# "a man was shot and killed", "an officer died": one casualty without a digit.
_ONE_PERSON, _ONE_PERSON_TO_DEATH = _without_and_with_to_death(
    r"\b(?:a|an)\s+(?P<np>(?:(?!(?:after|before|in|on|at|of|and|or|with|by|for|from|to|who|that|which|day|week|"
    r"month|year|time)\b)[\w-]+\s+){0,3}?(?!(?:car|vehicle|house|home|building|bus|truck|shop|buffalo|cow|goat|"
    r"elephant|dog|animal|bull|camel|horse|donkey|"
    r"school|office|village|town|bomb|mine|shell|drone)\b)[\w-]+)\s+"
    r"(?:(?:was|is|has been|had been|got|were|reportedly|also|later|allegedly)\s+){1,3}(?:[\w-]+\s+(?:and|or)\s+)?"
    r"(?P<word>killed|shot dead|gunned down|" + _TO_DEATH_MARK + r"murdered|slain|executed|found dead|found executed|"
    r"beheaded|lynched|dead|wounded|injured|abducted|kidnapped|arrested|detained|captured)\b",
    re.I,
)
_KILLING_ONE, _KILLING_ONE_TO_DEATH = _without_and_with_to_death(
    r"\b(?P<word>killing|killed|kills|kill|shot dead|shot and killed|" + _TO_DEATH_MARK +
    r"assassinated|assassinates|assassinating|gunned down|guns down|death of|killing of|murder of|"
    r"assassination of|lynching of|execution of|"
    r"lynched|lynches|lynch|decapitated|beheaded|beheads|murdered|murders|executed|executes|"
    r"wounding|wounded|injuring|injured|abducting|abducted|abducts|kidnapping|kidnapped|kidnaps|"
    r"arresting|arrested|arrests)\s+(?:a|an|one|(?<=of )the(?=\s+(?:[\w-]+\s+){0,2}[\w-]*[^s\W]\b(?!\s+of\b)))\s+"
    r"(?P<np>(?!total\b|number\b|unknown\b|unidentified\b|undisclosed\b|unspecified\b|few\b|dozen\b|group\b|couple\b|handful\b|lot\b|series\b|day\b|week\b|"
    r"cow\b|goat\b|dog\b|camel\b|bull\b|horse\b)[\w-]+)",
    re.I,
)
# "lynches and burns a thief", "killed and robbed a trader", "killing and robbing him", "killed and mutilated the body
# of a herder": a killing verb and a second verb (no casualty verb of its own) sharing one victim
_KILLED_AND_DONE = re.compile(
    r"\b(?P<word>killed|killing|kills|kill|lynched|lynches|lynch|murdered|murders|beheaded|beheads|executed|executes)\s+and\s+"
    r"(?!(?:wound|injur|abduct|kidnap|arrest|captur|detain|kill|shoot|shot|execut|behead|murder|lynch|slay|stab|hack)\w*\b)"
    r"[a-z]+(?:es|s|ed|ing)\s+(?:(?:the\s+(?:dead\s+)?body\s+of\s+)?(?:a|an|one)\s+|(?=(?:him|her)\b))"
    r"(?P<np>(?!(?:cow|goat|dog|camel|bull|horse|car|vehicle|house|shop)\b)[\w-]+)",
    re.I)
# "killing both", "both were shot dead" (two victims named before); "the other died" (one of two); "leading to his
# death" (one)
_BOTH_OR_OTHER = re.compile(
    r"\b(?:killing|killed|kills|executing|executed)\s+(?:them\s+)?both\b|"
    r"\bboth\s+(?:of\s+them\s+|(?:of\s+the\s+)?(?:men|women|victims|brothers|sisters|civilians|soldiers|officers|"
    r"passengers|occupants|boys|girls)\s+)?(?:\([^()]{0,40}\)\s+)?(?:were|was)\s+"
    r"(?:\w+\s+)?(?:killed|shot dead|executed)\b|"
    r"\bboth\s+(?:of\s+them\s+)?died\b|\bthe other\s+(?:(?:one|man|woman|victim)\s+)?(?:died|was killed)\b|"
    # "beat a hawker, leading to his death": the one person told before, dead of it
    r"\b(?:lead(?:s|ing)?\s+to|led\s+to|result(?:s|ed|ing)?\s+in|caus(?:e|es|ed|ing))\s+(?:his|her)\s+"
    r"(?:(?:instant|immediate|eventual|subsequent|untimely)\s+)?death\b", re.I)
# A headline's reduced passive, one person named by a bare noun: "Policeman killed by robbers", "Suspected robber shot
# dead by police", "Chief hacked to death in Kisii" (the parse often reads "shot" as a noun or the noun as a name here)
_HEADLINE_ONE = re.compile(
    # (the look-ahead first: most sentences have no such participle among their first words, and fail there at once)
    r"^(?=\W*(?:[\w’'-]+\s+){1,3}(?:killed|shot\s+dead|gunned\s+down|hacked|stabbed|beaten|burnt|burned|murdered|"
    r"lynched|beheaded|slain|found\s+dead|chopped|macheted|stoned|clubbed|tortured|trampled)\b)"
    r"\W*(?P<np>(?!(?:a|an|the|his|her|their|its|this|that|one|another|no|every|each)\b)(?:[\w’'-]+\s+){0,2}?"
    r"(?!(?:later|earlier|never|ever|together|further|however|either|neither|rather|after|other|under|over|another|"
    r"murder|terror|power|border|water|order|number)\b)"
    rf"(?:{_PERSON_NOUNS}|[a-z]+(?:er|or|man|ist)))\s+"
    r"(?P<word>killed|shot dead|gunned down|" + _TO_DEATH + r"|murdered|lynched|beheaded|slain|found dead)"
    r"(?=\s+(?:in|at|on|near|by|after|during|while|as|over|for|and|when|following)\b|\s*[,.;:]|\s*$)", re.I)
# "a raid left a herder dead", "the operation left the son of a trader shot dead": one person the happening left dead
_LEFT_DEAD = re.compile(
    r"\b(?P<word>left|leaves|leaving|leave)\s+(?:a|an|one|the|his|her)\s+"
    r"(?P<np>(?:[\w’'-]+\s+){0,2}?(?!(?:car|vehicle|house|home|building|town|village|area|engine|animal|cow|goat)\b)"
    r"[\w’'-]*[^s\W](?:\s+of\s+(?:a|an|the|his|her)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?)\s+"
    r"(?:shot\s+|lying\s+|stabbed\s+)?dead\b", re.I)
# Most sentences lack the verbs these need: their literal prefilters skip them (the same matches; the headline's
# pattern is anchored at the sentence start, a plain match is cheaper).
_ONE_PERSON_GUARD, _KILLING_ONE_GUARD, _BOTH_OR_OTHER_GUARD, _KILLED_AND_DONE_GUARD, _LEFT_DEAD_GUARD = map(
    LiteralGuard.of, (_ONE_PERSON, _KILLING_ONE, _BOTH_OR_OTHER, _KILLED_AND_DONE, _LEFT_DEAD))
_ONE_PERSON_TO_DEATH_GUARD, _KILLING_ONE_TO_DEATH_GUARD = map(LiteralGuard.of, (_ONE_PERSON_TO_DEATH, _KILLING_ONE_TO_DEATH))
# What a death named by a noun ("the killing of a student") was the cause or occasion of.
_EARLIER_DEATH = re.compile(
    r"\b(?:after|following|over|against|for|anniversary of|commemorat\w*|memory of|accused in|"
    r"responsible for|connection with|retaliation for|retaliation to|response to|revenge for|justice for|protest\w*|"
    r"demand\w*|investigat\w*|probe into|into|reveng\w*|aveng\w*|retaliat\w*|(?:precipitated|sparked|triggered|"
    r"prompted|provoked|angered|outraged) by|outrage (?:at|over)|reaction to)\s+(?:(?:of|the|a|an|his|her|their|its|"
    r"prior|recent|alleged|brutal|suspected|accidental|suspicious|reported|apparent|mysterious)\s+){0,5}$",
    re.I)
# A reaction told first and its cause after ("protesters blocked the road after a man was found murdered",
# "houses were torched after a rider was killed"): the death belongs to the earlier happening.
_REACTION_THEN_CAUSE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|riot\w*|barricad\w*|block\w*|torch\w*|set ablaze|set alight|burn(?:t|ed)|"
    r"rampage|march\w*|mobs?|pelt\w*|stormed|running battles|clashes erupted|erupted|uproar)\b[^.;]{0,120}?"
    r"\b(?:after|following|in reaction to|in response to|in protest (?:of|at|over|against))\s+(?!which\b|this\b|that\b)"
    r"[^.;]{0,60}$", re.I)
# A determiner before a gerund makes it a noun ("his killing", "the kidnapping"), with no object
_DETERMINER_BEFORE = re.compile(r"\b(?:his|her|their|its|the|this|that|a)\s+$", re.I)
_ONE_KIND = {
    "assassinated": "killed", "assassinates": "killed", "assassinating": "killed", "guns down": "killed",
    "death of": "killed", "killing of": "killed", "murder of": "killed", "assassination of": "killed",
    "lynching of": "killed", "execution of": "killed",
    "gunned down": "killed",
    "kill": "killed", "shot and killed": "killed", "hacked to death": "killed", "beat to death": "killed",
    "lynches": "killed", "lynch": "killed", "decapitated": "killed", "beheads": "killed", "murders": "killed", "executes": "killed", "abducts": "abducted",
    "kidnaps": "abducted", "arrests": "arrested",
    "shot dead": "killed", "found executed": "killed", "murdered": "killed", "slain": "killed", "executed": "killed", "found dead": "killed",
    "beheaded": "killed", "lynched": "killed", "stabbed to death": "killed", "beaten to death": "killed",
    "burned to death": "killed", "killing": "killed", "kills": "killed", "wounding": "wounded",
    "injuring": "wounded", "injured": "wounded", "abducting": "abducted", "kidnapping": "abducted",
    "kidnapped": "abducted", "arresting": "arrested", "detained": "arrested",
}
_MILITARY_NP = re.compile(
    r"\b(?:troops?|soldiers?|servicem[ae]n|service ?members?|service personnel|personnel|military|army|"
    r"officers|fighters|border guards?|conscripts|paratroopers|sailors|pilots)\b",
    re.I,
)
_PERSON_NP = re.compile(r"\b(?:people|persons|civilians?|residents|villagers|children|women|men)\b", re.I)
_POSSESSIVE_SELF = re.compile(r"\b(?:its|their|our|his|her)\s+(?:own\s+)?\w+", re.I)
_MORE = re.compile(r"^\s*(?:more|others|other|additional|further)\b", re.I)
# Whose subject states a figure: the verbs of saying, and those that give a figure or its source.
_REPORT_VERBS = SAYING_VERBS | {
    "accuse", "accuses", "accused", "cite", "cites", "cited", "quoted", "quote", "quotes", "estimate",
    "estimates", "estimated", "put", "puts", "record", "recorded", "records", "indicate", "indicates", "indicated",
    "suggest", "suggests", "suggested",
}
# Verbs whose subject tells a toll when their object is the toll: "the ministry lowered the death toll to 41".
_TOLL_NOUNS = frozenset({"toll", "tally", "total"})
_INVERTED_SPEECH = re.compile(
    r"[,'\"’”]\s*(?:says|said|claims|claimed|reports|reported|tells|told|confirms|confirmed)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”!?]*?)"
    # "..., says M23 commander as Congolese army claims gains": the clause after the speaker is none of its name
    r"(?:\s+(?:as|after|while|amid|when|before|following|despite)\s+[^.;:!?]*)?\s*[.!]?\s*$"
)
_APPOSITIVE = re.compile(
    r"^((?:\s+[\w’'-]+){0,8}?)\s*(?:,\s*(?:among them|including|of whom|among whom|among which|mostly|most of them|"
    r"many of them|all of them)\b[^,;]*,|\([^()]{0,100}\)|"
    r"\s+(?:including|among them|among whom)\s+(?:(?!\b(?:died|killed|dead|injured|wounded|others|and\s+\w+\s+others)\b)"
    r"[^,;.()]){1,80}?(?=\s+(?:were|was|are|have|had|died|perished)\b))", re.I)
# A count opening an aside that tells part of a figure before it ("40 dead, including two guards, 120 wounded"):
# the comma after it closes the aside, so it is no item of a list with the claim that follows.
_ASIDE_OPENED = re.compile(r",\s*(?:among them|including|of whom|among whom|among which)\s+(?:\w+\s+)?$", re.I)
# ... and the words that close such an aside told after its count ("several guards among them,")
_ASIDE_CLOSED = re.compile(r"\b(?:among them|among whom)\s*,", re.I)
_DISPLACING_VERBS = {"drove", "driving", "forced", "forcing", "uprooted", "uprooting"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which"}


@dataclass(slots=True)
class FoundClaim:
    """A claim found in a sentence (offsets relative to the sentence text)."""

    kind: str
    quantity: Quantity
    start: int  # span of the quantity plus its casualty word
    end: int
    side: str | None
    claimant: str | None
    claimant_side: str | None
    claimant_span: tuple[int, int] | None = None


def _kind(word: str, table: list[tuple[str, re.Pattern[str]]]) -> str | None:
    w = re.sub(r"\s+", " ", word.strip())
    if re.match(r"(?:death toll|toll|death total|number of)\b", w, re.I):
        return "killed"
    for kind, pattern in table:
        if pattern.match(w):
            return kind
    # the word of a count put at a figure ("the number of those missing at 280")
    return _VICTIM_WORD_KIND.get(w.lower())


_GROUP_NAME = re.compile(r"(?<![\w’'])((?:[A-Z][\w’'/-]*)(?:\s+[A-Z][\w’'/-]*)*)")
_NOT_GROUP = re.compile(r"^(?:The|A|An|More|Other|Others|At|In|On|Of|Some|Most|All|Both|He|She|His|Her|Him|"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)$")  # ("killed since Thursday": a day, no group)


def _side_of_np(np_text: str, claimant_side: str | None) -> tuple[str | None, bool]:
    """(side, explicit) from the noun phrase of a count: a demonym, a country's, its/their, or a
    named group ("3 Mai-Mai fighters" -> "Mai-Mai")."""
    isos = own_countries(np_text)
    if len(isos) == 1:
        return places.country_name(next(iter(isos))), True
    if len(isos) > 1:
        return None, True  # "Armenian and Azerbaijani soldiers": both sides
    if _POSSESSIVE_SELF.search(np_text) and claimant_side:
        return claimant_side, True
    names = (re.sub(r"[’']s?$", "", re.sub(r"^(?:The|A|An|His|Her)\s+", "", g)) for g in _GROUP_NAME.findall(np_text))
    group = next((g for g in names if not _NOT_GROUP.match(g)), None)
    if group and not _PERSON_TITLE.match(group):
        return group, True
    return None, False


def _titled(name: str, text: str) -> bool:
    """Whether ``name`` follows a person's title in ``text`` ("General Hassan Turkomani")."""
    at = text.find(name)
    return at > 0 and bool(_PERSON_TITLE_BEFORE.search(text[max(0, at - 20):at]))


# A titled name is a person ("General Hassan Turkomani", "Gen Shawkat"): the victim, not a side.
_PERSON_TITLE = re.compile(
    r"^(?:General|Gen|Lieutenant|Lt|Colonel|Col|Major|Maj|Captain|Capt|Sergeant|Sgt|Brigadier|Admiral|Commander|"
    r"Mr|Mrs|Ms|Miss|Dr|Prof|President|Vice|Prime|Minister|Deputy|Sheikh|Imam|Father|Bishop|Rev|Judge|Governor|"
    r"Mayor|Senator|King|Queen|Prince|Princess|Emir|Sir|Lord|Lady)\b\.?", re.I)
_PERSON_TITLE_BEFORE = re.compile(_PERSON_TITLE.pattern.lstrip("^") + r"\s+$")  # titles are capitalised


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


# The lowered twins (``prefilter.lowered_twin``) of the case-insensitive rules tried at every count: searched for in the
# count's neighbourhood lower-cased, they fail (or find where the match starts) without lower-casing each character.
_BEFORE_TWIN, _AFTER_TWIN, _APPOSITIVE_TWIN, _BEFORE_ONE_AND_TWIN, _NAMING_NUMBER_TWIN, _UNITS_TWIN, _THINGS_COUNTED_TWIN = map(
    lowered_twin, (_BEFORE_RE, _AFTER_RE, _APPOSITIVE, _BEFORE_ONE_AND, _NAMING_NUMBER, _UNITS, _THINGS_COUNTED))


# The gap of a count taken out of a group counted before: "five of the", "several of those"
_PARTITIVE_GAP = re.compile(r"\s+of\s+(?:the|those|these)\s*", re.I)


def find_claims(
    text: str,
    tokens: Any = None,
    offset: int = 0,
    skip_spans: list[tuple[int, int]] | None = None,
) -> list[FoundClaim]:
    """Claims of one sentence ``text``; ``tokens`` is its spaCy span (for the claimant), whose
    character offsets are ``offset`` + offsets into ``text``; ``skip_spans`` (dates, times) are
    never read as counts."""
    skip = list(skip_spans or [])
    speaker_tokens, verbs = _rule_tokens(tokens) if tokens is not None else ([], [])
    speakers = _speakers(speaker_tokens, offset)
    inverted = _INVERTED_SPEECH.search(text)
    if inverted and not any(sp[4][0] - offset <= inverted.start("who") < sp[4][1] - offset for sp in speakers):
        # "'...,' says Baku": the parse often misses a headline's trailing speaker
        who = inverted.start("who") + offset, inverted.end("who") + offset
        speakers.append((-1, offset, offset + inverted.start(), inverted.group("who"), who))
    found: list[FoundClaim] = []
    lowered = text.lower()
    ascii_lowered = lowered if text.isascii() else None  # (where the rules' lowered twins read it)
    quantities = [q for q in find_quantities(text) if _is_count(q, text, skip, ascii_lowered)]
    # "five members of one family": a number inside another count's noun phrase is no count of its own
    inner = {id(q) for j, q in enumerate(quantities)
             if j > 0 and q.start - quantities[j - 1].end < 40
             and re.search(r"\b(?:of|from)\s+(?:the\s+|its\s+|their\s+)?$", text[max(0, q.start - 12):q.start])
             and not search_by_twin(_BEFORE_RE, _BEFORE_TWIN, text[max(0, q.start - 60):q.start])}
    quantities = [q for q in quantities if id(q) not in inner]
    revised_counts: set[int] = set()  # "four (later determined to be six)": the figure the text corrects to
    bracketed, each = "(" in text, "each" in (ascii_lowered or lowered)  # (what those two rules need, tested once)
    for i, q in enumerate(quantities):
        if id(q) in revised_counts:
            continue
        kind, np_text, end = None, "", q.end
        revised = quantities[i + 1] if bracketed and i + 1 < len(quantities) else None
        if revised is not None and _REVISED_TO.fullmatch(text, q.end, revised.start) \
                and text[revised.end:revised.end + 3].lstrip().startswith(")"):
            revised_counts.add(id(revised))
            q = Quantity(revised.count, revised.qualifier, revised.count_high, q.start, q.end, q.text)
        elif each and _EACH_OF_TWO.match(text, q.end):
            q = Quantity(2 * q.count, q.qualifier, None if q.count_high is None else 2 * q.count_high, q.start, q.end,
                         q.text)  # "one person from each group": the two sides of a clash
        before = search_by_twin(_BEFORE_RE, _BEFORE_TWIN, text[max(0, q.start - 60):q.start]) \
            or _TOLL_RE.search(text[:q.start]) or ("toll" in text and _TOLL_REVISED_RE.search(text, 0, q.start)) \
            or (" at " in text and _NUMBER_PUT_AT.search(text, 0, q.start))
        rest, shift = text[q.end:], 0
        appositive = match_by_twin(_APPOSITIVE, _APPOSITIVE_TWIN, rest)
        if appositive:
            # "At least 200 people, among them 10 civilians, were killed": read past the aside
            shift = appositive.end() - len(appositive.group(1))
            rest = appositive.group(1) + rest[appositive.end():]
        later = [x.start for x in quantities[i + 1:] if x.start >= q.end + (appositive.end() if appositive else 0)]
        limit = (later[0] - q.end - shift + 1) if later else len(rest)
        after = match_by_twin(_AFTER_RE, _AFTER_TWIN, rest[:max(0, limit)]) if limit > 0 else None
        if after and re.search(r"\b(?:and|or)[\s,]*$", after.group("gap")):
            after = None  # "killed 2 and injured 3": the second verb starts a clause of its own
        elif after and "," in after.group("gap") and _ASIDE_CLOSED.search(after.group("gap")):
            after = None  # "40 died, several guards among them, and others were injured": the count is the aside's
        if after and before:
            after = None  # "shoot and kill two refugees": the verb right before the count decides
        if after and _ACTIVE_OBJECT.match(rest[after.end():]) and not _PASSIVE_AUX.search(after.group(0)) \
                and not (appositive and after.end() == len(appositive.group(1))):
            # "two gunmen shot dead a civilian": the count is who killed, not who died ("twelve dead, including a guard,
            # 40 wounded": not what follows an aside read past)
            after = None
        if after:
            word, np_text, after_end = after.group("word"), after.group("gap"), after.end()
            told = match_by_twin(_AFTER_RE, _AFTER_TWIN, rest[after_end:limit]) \
                if _kind(word, _KIND_AFTER) != "killed" else None
            if told and _kind(word, _KIND_AFTER) == "wounded" and not after.group(0)[:-len(word)].strip(" ,") \
                    and _kind(told.group("word"), _KIND_AFTER) == "killed" \
                    and re.fullmatch(r"(?:\s+[a-z][\w’'-]*){1,3}", told.group("gap") or "", re.I) \
                    and re.match(r"\s+(?:(?:later|then|subsequently|eventually|also)\s+)?(?:died|succumbed|perished)\b",
                                 told.group(0)[len(told.group("gap")):]):
                # "the two injured police officers later died": "injured" tells which people, "died" what happened
                word, np_text, after_end = told.group("word"), np_text + " " + word + told.group("gap"), \
                    after_end + told.end()
            elif told and not told.group("gap").strip() and (_kind(word, _KIND_AFTER) == "casualties" or (
                    _kind(told.group("word"), _KIND_AFTER) == "killed" and _PASSIVE_AUX.match(told.group(0).strip()))):
                # "one of the victims died": the verb after the victims' noun tells what happened to them
                word, np_text, after_end = told.group("word"), np_text + " " + word, after_end + told.end()
            kind = _kind(word, _KIND_AFTER)
            if kind in ("wounded", "killed", "casualties") and _PARTITIVE_GAP.fullmatch(np_text):
                # "several of the wounded were in critical condition": some of a group counted before, no new figure,
                # unless what happened to them is told after ("three of the injured later died")
                kind = "killed" if told and _kind(told.group("word"), _KIND_AFTER) == "killed" \
                    and _kind(word, _KIND_AFTER) != "killed" and not told.group("gap").strip() else None
            if kind == "casualties" and _FOUND_ALIVE.match(rest, after_end):
                kind = None  # "two victims were found alive": those the toll no longer counts
            if kind == "displaced" and word.lower() == "evacuated" and not _EVACUEES.search(np_text):
                kind = None  # "two wounded soldiers were evacuated": a medical evacuation, no displacement
            if kind == "killed" and re.match(r"(?:\s*,\s*\w+)*,?\s+(?:and|or)\s+(?:wounded|injured|captured|arrested|missing)\b"
                                             r"(?!\s+(?:another|one|two|three|\d+|a|an|the|his|her|their|several)\b)",
                                             rest[after_end:], re.I):
                kind = "casualties"  # "7 militants were killed and wounded": how many of each is unknown
            end = q.end + shift + after_end
        if kind is None and before and _earlier_death(before.group("word"), text, q.start - len(before.group(0))):
            continue  # "a protest over the killing of three students": those deaths are another event's
        if kind is None and before and q.count_high is not None and re.search(
                r"\b(?:rose|risen|climbed|increased|jumped|grew|raised|revised|updated)\s+(?:upwards?\s+)?from\s*$",
                before.group(0)):
            # "the toll was raised from 1 to 4": the figure it was raised to, not a range
            q = Quantity(q.count_high, "exact", None, q.start, q.end, q.text)
        if kind is None and before and q.qualifier == "exact" and q.count_high is None \
                and _TOLL_PASSED_END.search(before.group(0)):
            q = Quantity(q.count, "more_than", None, q.start, q.end, q.text)  # "the toll passed 1,000": over it
        if kind is None and before:
            kind = _kind(before.group("word"), _KIND_BEFORE)
            np_text = _NP_AFTER_COUNT.match(text, q.end).group(0)
            end = q.end + len(np_text)
            if kind == "displaced" and before.group("word").lower() in _DISPLACING_VERBS \
                    and not re.match(r"^(?:\s+[\w’'-]+){0,3}\s+(?:from|out of) (?:their )?homes|"
                                     r"^(?:\s+[\w’'-]+){0,3}\s+to flee", text[q.end:], re.I):
                kind = None  # "forced 3 soldiers to retreat" displaces nobody
        if kind is None:
            continue
        start = min(q.start, q.start - (len(before.group(0)) if before and not after else 0))
        found.append(_make(kind, q, max(0, start), end, np_text, found, speakers, text, offset))
    # "Seven soldiers and two civilians were killed": a count coordinated with a claim shares its kind.
    for q in quantities:
        if any(c.quantity is q for c in found):
            continue
        nxt = next((c for c in found if c.quantity.start > q.end), None)
        if nxt and re.fullmatch(r"(?:\s+[\w’'/-]+){0,4}\s*(?:,|and|as well as)\s*", text[q.end:nxt.quantity.start]) \
                and not (_ASIDE_OPENED.search(text, 0, q.start) and "," in text[q.end:nxt.quantity.start]
                         and not re.search(r"\b(?:and|as well as)\s*$", text[q.end:nxt.quantity.start])):
            np_text = text[q.end:nxt.quantity.start]
            found.append(_make(nxt.kind, q, q.start, nxt.quantity.start, np_text, found, speakers, text, offset))
    # "the death of 3 rebels and 3 soldiers": a count coordinated after a claim shares its kind too.
    for q in quantities:
        if any(c.quantity is q for c in found):
            continue
        prev = [c for c in found if c.end <= q.start and c.quantity.end <= q.start]
        # only after a verb or noun that governs the list: in "2 died and 2 injured" the second has its own
        # "executed four men in Inata and five others at the mine": "N others" after "and" too
        others = bool(re.match(r"\s+(?:others|more)\b(?!\s+(?:were|was|have|had|are)\b)", text[q.end:])
                      and re.search(r"\band\s+$", text[:q.start]) and not re.search(r"[.;:]", text[prev[-1].end:q.start])
                      ) if prev else False
        listed = _LISTED_AFTER.fullmatch(text, prev[-1].end, q.start) if prev and not others else None
        if prev and prev[-1].start < prev[-1].quantity.start and (
                others or listed or re.fullmatch(r"\s*(?:,|and|as well as)\s*", text[prev[-1].end:q.start])):
            m = re.match(r"^((?:\s+(?!and\b|in\b|on\b|at\b|during\b|after\b|were\b|was\b)[\w’'/-]+){0,4})",
                         text[q.end:])
            np_text = m.group(1) if m else ""
            claim = _make(prev[-1].kind, q, q.start, q.end + len(np_text), np_text, found, speakers, text, offset)
            where = {c.iso for c in places.find_countries(listed.group("place") or "")} if listed else set()
            if prev[-1].side is None and claim.side is not None and len(where) == 1:
                # "killed 1,200 people in Lebanon and 158 Israelis": the list sets sides apart, the first by its country
                prev[-1].side = places.country_name(next(iter(where)))
            found.append(claim)
    # "a day of mourning for the 59 people it says were killed": a claim told in a relative clause
    for q in quantities:
        if any(c.quantity is q for c in found):
            continue
        told = _RELATIVE_CLAIM.match(text, q.end)
        kind = _kind(told.group("word"), _KIND_AFTER) if told else None
        if kind is None:
            continue
        claim = _make(kind, q, q.start, told.end(), told.group("np"), found, speakers, text, offset)
        who = told.group("who")
        if who.lower() in ("it", "they"):  # the sentence's subject: "Kyrgyzstan held ... it says"
            subject = re.match(r"\s*(?:The\s+)?((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*)", text)
            who = subject.group(1) if subject and subject.start(1) < q.start else None
        if who:
            countries = own_countries(who)
            claim.claimant = who
            claim.claimant_side = places.country_name(next(iter(countries))) if len(countries) == 1 else None
            if claim.side is None:
                claim.side = claim.claimant_side
        found.append(claim)
    # "killed a Hamas commander and two fighters": a count after one victim of the same verb
    for q in quantities:
        if any(c.quantity is q for c in found):
            continue
        before_one = search_by_twin(_BEFORE_ONE_AND, _BEFORE_ONE_AND_TWIN, text[max(0, q.start - 90):q.start])
        if before_one and not _earlier_death(before_one.group("word"), text, q.start - len(before_one.group(0))):
            kind = _kind(before_one.group("word"), _KIND_BEFORE)
            np_text = _NP_AFTER_COUNT.match(text, q.end).group(0)
            if kind is not None:
                found.append(_make(kind, q, q.start, q.end + len(np_text), np_text, found, speakers, text, offset))
    to_death = "to death" in lowered  # (which of the two forms of the rules that know those verbs to ask)
    one_person, killing_one = (_ONE_PERSON_TO_DEATH_GUARD, _KILLING_ONE_TO_DEATH_GUARD) if to_death \
        else (_ONE_PERSON_GUARD, _KILLING_ONE_GUARD)
    for m in list(one_person.finditer(text, lowered)) + list(killing_one.finditer(text, lowered)) \
            + list(_KILLED_AND_DONE_GUARD.finditer(text, lowered)) + list(_LEFT_DEAD_GUARD.finditer(text, lowered)):
        if any(c.start <= m.start("np") < c.end or (m.start("np") < c.quantity.end and c.quantity.start < m.end("np"))
               or (c.quantity.start < m.start("np") and m.start() < c.quantity.end) for c in found):
            continue  # "killing one and injuring three": that "one" is counted already
        word = m.group("word").lower()
        if _earlier_death(word, text, m.start()):
            continue  # "a protest over the killing of a student": that death is another, earlier event
        named_death = _DEATH_OF_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if named_death and _earlier_death(named_death.group("word"), text, named_death.start()):
            continue  # "to protest the death of a man who was killed by police": the same earlier death
        if m.group("np").endswith("who") and _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "justice for a girl who was shot dead", "the body of a man who was killed": told of someone
        if word.endswith("ing") and _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "called his killing an assassination": a noun, whose next words are no victim
        kind = _ONE_KIND.get(word) or _kind(word, _KIND_AFTER) or "killed"
        q = Quantity(1, "exact", None, m.start(), m.end(), m.group(0))
        found.append(_make(kind, q, m.start(), m.end(), " " + m.group("np"), found, speakers, text, offset))
    for m in _BOTH_OR_OTHER_GUARD.finditer(text, lowered):
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        n = 2 if m.group(0).lower().find("both") >= 0 else 1
        q = Quantity(n, "exact", None, m.start(), m.end(), m.group(0))
        found.append(_make("killed", q, m.start(), m.end(), "", found, speakers, text, offset))
    if " at " in text:
        for q in quantities:
            if not any(c.quantity is q for c in found) \
                    and (put := _BARE_FIGURE_PUT_AT.search(text, max(0, q.start - 80), q.start)) is not None:
                found.append(_make(FIGURE, q, put.start(), q.end, "", [], speakers, text, offset))
    if tokens is not None:
        # (``verbs``: the only tokens both rules read)
        found.extend(_singular_victims(verbs, offset, found, speakers, text))
        found.extend(_counted_victims(verbs, offset, found, speakers, text, quantities))
    if "los" in lowered:
        found.extend(_lost_men(quantities, found, speakers, text, offset))
    found.extend(_headline_victim(_HEADLINE_ONE.match(text), found, speakers, text, offset))
    named = _NAMED_ONE_TO_DEATH_GUARD if to_death else _NAMED_ONE_GUARD
    if not any(c.kind == "killed" for c in found) and named.may_match(text, lowered):
        found.extend(_named_victim(named.pattern.search(text), found, speakers, text, offset))
    found.extend(_kin_killed_with(found, speakers, text, offset))
    found.extend(_one_before_kin(found, speakers, text, offset))
    found.extend(_one_more_victim(found, speakers, text, offset))
    found.extend(_then_killed(found, text))
    found = [c for c in found if not _attempt_only(c, text) and not _DENIED.search(text[:c.start])
             and not _accused_deed(c, text) and not (c.kind == "killed" and _another_time_or_doubt(c, text))
             # "the attack comes just days after four people were killed": an earlier happening's figure
             and not _DAYS_AFTER.search(text[max(0, c.quantity.start - 40):c.quantity.start])
             # "exchanged 95 prisoners of war", "released 12 hostages": people set free, not taken
             and not (c.kind in ("captured", "abducted") and _SET_FREE.search(text[max(0, c.quantity.start - 60):c.quantity.start]))
             and not _devices_neutralised(c, text)]
    found.sort(key=lambda c: c.start)
    return found


_NEUTRALISED_BEFORE = re.compile(r"\bneutrali[sz](?:ed|ing)\s+(?:[\w-]+\s+){0,2}$", re.I)
_DEVICES_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:IEDs?|bombs?|(?:land)?mines?|grenades?|explosives?|devices?|drones?|"
                            r"missiles?|rockets?|shells?)\b", re.I)


def _devices_neutralised(c: FoundClaim, text: str) -> bool:
    """Bombs or drones "neutralised" (defused, downed): no people killed."""
    return _NEUTRALISED_BEFORE.search(text, max(0, c.quantity.start - 60), c.quantity.start) is not None \
        and _DEVICES_AFTER.match(text, c.quantity.end) is not None


def _headline_victim(m: re.Match[str] | None, found: list[FoundClaim],
                     speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str, offset: int) -> list[FoundClaim]:
    """The one victim of a headline's reduced passive ("Policeman killed by robbers"), when no other rule (the parse's
    above all, which knows a name from a common noun) has counted that noun already."""
    if m is None or any(c.start < m.end("np") and m.start("np") < c.end for c in found):
        return []
    np_text = m.group("np")
    if not places.find_countries(np_text.split()[0]):
        np_text = np_text[:1].lower() + np_text[1:]  # a headline's capital: no name, no side ("Kenyan soldier": Kenya's)
    q = Quantity(1, "exact", None, m.start(), m.end(), m.group(0))
    return [_make("killed", q, m.start("np"), m.end(), " " + np_text, found, speakers, text, offset)]


# "the battalion lost 11 men", "We lost 11 soldiers", "the group has lost more than 20 of its fighters": a side's dead
# told as its loss (the count right after the verb, then people: not "lost 5 seats", "lost contact with 3 soldiers")
_LOST_BEFORE = re.compile(
    r"(?<![\w-])(?P<subject>[Ww]e|[Ii]t|[Tt]hey|(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z0-9][\w’'-]*){0,3}(?:['’]s\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?)\s+"
    r"(?:(?:had|has|have|also|reportedly|only|already|allegedly)\s+)*(?:lost|loses|lose|losing)\s+$")
_LOST_WHOM = re.compile(r"\s+(?:of\s+(?:its|their|our|his|her|the)\s+(?:own\s+)?)?(?:[\w-]+\s+)?(?:men|soldiers|troops|fighters|"
                        r"members|officers|policemen|police\s+officers|servicemen|personnel|militants|combatants|comrades|"
                        r"cadres|commanders|guards|militiamen|recruits|lives|people)\b", re.I)
# The subject of "lost" that is the speaker's own side: "we", "it", "the group", "the army"
_OWN_SIDE_SUBJECT = re.compile(r"^(?:we|it|they|our\s+\w+|the\s+(?:group|movement|army|military|unit|battalion|brigade|"
                               r"regiment|militia|rebels|force|forces|organi[sz]ation))$", re.I)


def _lost_men(quantities: list[Quantity], found: list[FoundClaim],
              speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str, offset: int) -> list[FoundClaim]:
    """A count of people a side "lost" ("the battalion lost 11 men"): killed, of the subject's side (the speaker's own,
    country or named group, for "we", "it", "the group")."""
    out: list[FoundClaim] = []
    for q in quantities:
        if any(c.quantity is q for c in found):
            continue
        lost = _LOST_BEFORE.search(text, max(0, q.start - 90), q.start)
        whom = _LOST_WHOM.match(text, q.end) if lost else None
        if whom is None:
            continue
        claim = _make("killed", q, lost.start("subject"), whom.end(), whom.group(0), found + out, speakers, text, offset)
        subject = lost.group("subject")
        if _OWN_SIDE_SUBJECT.match(subject):
            side, explicit = claim.claimant_side or _side_of_np(claim.claimant or "", None)[0], False
        else:
            side, explicit = _side_of_np(subject, claim.claimant_side)
        claim.side = side if side is not None or explicit else claim.side
        out.append(claim)
    return out


# A state's army or its voice: "the Sudanese army", "Sudan's military", "Congolese troops"
# (states sharing the noun are each named: "Malian and Burkinabe troops")
_STATE_ARMY = re.compile(r"(?P<state>(?:[A-Z][\w’'-]+\s*(?:,|and|or)\s+)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:['’]s)?\s+(?:army|military|armed\s+forces|"
                         r"defen[cs]e\s+(?:forces|ministry)|troops)\b")
_ARMY_VOICE = re.compile(r"\b(?:army|military|armed\s+forces|defen[cs]e\s+(?:forces|ministry))\b", re.I)
_ARMY_WORDS = ("army", "military", "armed forces", "defence", "defense", "troops")


def army_state(text: str) -> str | None:
    """The one state whose army an article names ("The Sudanese army said ..."), else None (none, or two states')."""
    if not any(w in text for w in _ARMY_WORDS):
        return None
    states = {c.iso for m in _STATE_ARMY.finditer(text) for c in places.find_countries(m.group("state"))}
    return places.country_name(next(iter(states))) if len(states) == 1 else None


def with_army_voice(found: list[FoundClaim], state: str | None, text: str) -> list[FoundClaim]:
    """Claims told by an army named without its state ("Army spokesman X said", "according to the army") in an
    article that names one state's army: that state is the claimant's side, and the side of a count of people that
    names none ("five soldiers died"), as for a voice named with its state (not "46 rebels", not "9 captured")."""
    if state is None:
        return found
    for c in found:
        if c.claimant_side is not None or not c.claimant or not _ARMY_VOICE.search(c.claimant):
            continue
        c.claimant_side = state
        if c.side is None:
            np_text = text[c.quantity.end:c.end]
            side, explicit = _side_of_np(np_text, state)
            if explicit:
                c.side = side
            elif (_MILITARY_NP.search(np_text) or _PERSON_NP.search(np_text)) and not _ENEMY_NP.search(np_text):
                c.side = state
    return found


# A preposition right before a one-person match: that person is told of in another happening's phrase
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|to|with|about|over|against|from)\s+$", re.I)
# A death named by a noun right before a one-person match ("the death of | a man who was shot")
_DEATH_OF_BEFORE = re.compile(r"\b(?P<word>(?:death|killing|murder|assassination|lynching|execution)s?\s+of)\s+$", re.I)


# One person named by a name and told killed ("Party leader Rahim Uddin was chopped to death", "John Kamau (34), was shot
# dead"): the parse often labels such a name an organisation or a place, and no other rule counts it
_NAMED_ONE, _NAMED_ONE_TO_DEATH = _without_and_with_to_death(
    r"(?<![\w’'-])(?P<np>(?!(?:The|A|An|He|She|It|This|That|One|Each|Another|Who|Which|No|Nobody|Everyone)\b)"
    r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s*(?:\(\d{1,3}\)\s*)?,?\s+(?:was|has\s+been)\s+"
    r"(?:(?:reportedly|allegedly|also|later|brutally|fatally)\s+)?"
    r"(?P<word>" + _TO_DEATH_MARK + r"killed|shot\s+dead|gunned\s+down|murdered|slain|lynched|beheaded|assassinated)\b")
_NAMED_ONE_GUARD, _NAMED_ONE_TO_DEATH_GUARD = map(LiteralGuard.of, (_NAMED_ONE, _NAMED_ONE_TO_DEATH))


def _named_victim(m: re.Match[str] | None, found: list[FoundClaim],
                  speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str, offset: int) -> list[FoundClaim]:
    """One killed for a named person told killed (``_NAMED_ONE``), in a sentence no other rule found a death in; a
    country's or a capital's name is no person ("Kabul was shelled" aside, "Nigeria was attacked")."""
    if m is None or any(c.start < m.end() and m.start() < c.end for c in found):
        return []
    np_text = m.group("np")
    countries = places.find_countries(np_text)
    if any(c.start == 0 and c.end == len(np_text) for c in countries):
        return []  # the name is a country's or a capital's
    q = Quantity(1, "exact", None, m.start("np"), m.end(), m.group(0))
    side_word = " " + text[m.start("np") + countries[0].start:m.start("np") + countries[0].end] if countries else " person"
    return [_make("killed", q, m.start("np"), m.end(), side_word, found, speakers, text, offset)]


# "it is not clear if the victim survived or died", "it is unknown whether the soldier died": no death told
_DOUBTED = re.compile(r"\b(?:not\s+(?:clear|known|certain|confirmed)|unclear|unknown|uncertain)\s+(?:if|whether)\s+"
                      r"[^.;]{0,80}$", re.I)
# "a man who had just killed his mother": the deed of someone told, before the happening
_HAD_DONE = re.compile(r"\bwho\s+had\s+(?:(?:just|earlier|previously|allegedly|reportedly|recently)\s+)?$", re.I)
# "After a rider was gunned down, his comrades protested the shooting": the death that a reaction told next answers
_CAUSE_THEN_REACTION = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:after|following)\s+[^.;,]{0,120},\s*(?:[\w’'-]+\s+){0,8}?(?:protest\w*|demonstrat\w*|"
    r"riot\w*|barricad\w*|block\w*|torch\w*|set\s+(?:ablaze|alight|fire)|burn(?:t|ed)|march\w*|storm\w*|pelt\w*|"
    r"rampag\w*)\b", re.I)


def _another_time_or_doubt(c: FoundClaim, text: str) -> bool:
    """A killed claim whose sentence tells the death as another happening's (a reaction told first and its cause
    after, or the cause opening the sentence and the reaction after; an earlier deed of someone told) or as
    uncertain."""
    before = text[:c.start]
    if _REACTION_THEN_CAUSE.search(before) or _DOUBTED.search(before) or _HAD_DONE.search(before):
        return True
    cause = _CAUSE_THEN_REACTION.match(text)
    return cause is not None and c.end <= text.rfind(",", 0, cause.end())


# "attempted to assassinate", "almost killed him", "the attempted murder of", "narrowly escaped death": nobody died
_ATTEMPT_BEFORE = re.compile(
    r"(?:\b(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|fail(?:s|ed|ing)?|sought|seek(?:s|ing)?|"
    r"plott?(?:s|ed|ing)?|plan(?:s|ned|ning)?|threaten(?:s|ed|ing)?|intend(?:s|ed)?)\s+to|"
    r"\b(?:almost|nearly|narrowly|attempted))\s+$", re.I)
_ESCAPED_DEATH = re.compile(r"\bescap(?:e|es|ed|ing)\s+(?:\w+\s+)?death\b", re.I)


# "a thief is lynched by a mob and nearly killed before police rescue him": a beating the victim lived through
_LYNCH = re.compile(r"\blynch(?:es|ed|ing)?\b", re.I)
_SURVIVED_LYNCHING = re.compile(r"\b(?:nearly|almost)\s+(?:killed|lynched|beaten\s+to\s+death)\b", re.I)


def _attempt_only(c: FoundClaim, text: str) -> bool:
    if c.kind != "killed":
        return False
    if _LYNCH.search(text[max(0, c.start - 40):c.end]) and _SURVIVED_LYNCHING.search(text):
        return True
    return bool(_ATTEMPT_BEFORE.search(text[max(0, c.start - 30):c.start])
                or _ESCAPED_DEATH.search(text[c.start:min(len(text), c.end + 10)]))


# A lynching's victim is often told with the crime the mob accused them of ("lynched a man after he killed
# his girlfriend", "a woman who stabbed her boyfriend to death was lynched"): that death is an earlier event.
_MOB = re.compile(r"\b(?:lynch\w*|mobs?|vigilantes?|vigilante group)\b", re.I)
_ACCUSED_DEED = re.compile(
    r"(?:\b(?:after|because|since|when)\s+(?:he|she|they|the\s+\w+)\s+(?:had\s+)?|"
    r"\b(?:man|woman|boy|girl|suspect|person|youth|thief|robber|herdsman|driver|husband|wife)\s+who\s+(?:had\s+)?|"
    r"\b(?:believe[ds]?|suspect(?:s|ed)?|alleg\w+|accus\w+|suspicion|admitted|confessed)\b[^.;,]{0,40}?\s|\bfor\s+)"
    r"(?:(?:allegedly|reportedly|just|recently|earlier)\s+)*(?:\w+(?:ing|ed)\s+and\s+)?$", re.I)


def _accused_deed(c: FoundClaim, text: str) -> bool:
    """A killing the sentence tells as what a lynched person was accused of, not a death of the lynching."""
    if c.kind != "killed" or not _MOB.search(text):
        return False
    if not re.match(r"\W*(?:kill|murder|stab|shoot|shot|behead|decapitat|hack|beat|strangl|assassinat|slay|slew|burn)",
                    text[c.start:],
                    re.I):
        return False  # the deed is told by its verb ("killed his girlfriend"); "a man ... was lynched" is the victim
    return bool(_ACCUSED_DEED.search(text[max(0, c.start - 60):c.start]))


_DAYS_AFTER = re.compile(r"\b(?:(?:days?|weeks?|months?|hours?|shortly|soon|just)\s+after|(?:comes?|came)\s+"
                         r"(?:\w+\s+){0,2}?after)\s+(?:at\s+least\s+|about\s+|some\s+)?$", re.I)
# "the governor dismissed reports that 14 people were shot dead": a figure its speaker denies is nobody's claim
_DENIED = re.compile(r"\b(?:dismiss|den(?:y|ie)|reject|refut|disput)\w*\s+(?:\w+\s+){0,3}?(?:reports?|claims?|"
                     r"allegations?|rumou?rs?|accounts?)\b[^.;]*$", re.I)
# Whose earlier act a gerund names: "accused of killing three people", "jailed for murdering his wife".
_CHARGED_WITH = re.compile(
    r"\b(?:suspected|accused|believed|alleged|thought|said)\s+to\s+have\s+(?:been\s+)?$|"
    r"\b(?:accus\w*|suspect\w*|charg\w*|convict\w*|guilty|jail\w*|sentenc\w*|prosecut\w*|wanted|blam\w*|"
    r"responsible|arrest\w*|detain\w*|punish\w*|reveng\w*|aveng\w*|retaliat\w*)\s+(?:\w+\s+){0,2}?(?:of|for|with)\s+"
    r"(?:allegedly\s+|reportedly\s+)?(?:the\s+)?$", re.I)


# What someone is suspected or accused of having done: the deed of another, earlier happening.
_SUSPECTED_DEED = re.compile(
    r"\b(?:suspected|accused|believed|alleged|thought)\s+(?:to\s+have|of\s+having)\s+(?:\w+\s+and\s+)?$|"
    r"\b(?:suspected|accused)\s+of\s+[^.;]{0,50}\b(?:that|which|who)\s+(?:had\s+)?$", re.I)


# People fleeing after a killing: no happening of its own that the death would be the cause of
_FLED_AFTER = re.compile(r"\b(?:fled|flee|flees|fleeing|displaced|deserted|abandoned)\b[^.;]{0,80}?\b(?:after|following)\s+"
                         r"(?:the\s+)?[^.;]{0,20}$", re.I)


def _earlier_death(word: str, text: str, start: int) -> bool:
    """Whether the casualty word at ``start`` names a death that is the cause, occasion or charge of the
    happening told ("a protest over the killing of a student", "in retaliation for the deaths of 3",
    "lynched a man accused of killing two"): a death of another, earlier event."""
    before = text[max(0, start - 45):start]
    w = word.lower()
    if re.search(r"\bresponsibility\s+for\s+(?:the\s+)?$", before, re.I):
        return False  # "claimed responsibility for the deaths of four": the happening told
    if _FLED_AFTER.search(text[:start]):
        return False  # "families fled following the killing of ten fishermen": the flight tells the killing's toll
    if w.endswith(" of") and _EARLIER_DEATH.search(before):
        return True
    if _SUSPECTED_DEED.search(text[max(0, start - 90):start]):
        return True  # "the two were suspected to have killed a driver", "suspected of joining a raid that killed six"
    return bool(re.match(r"(?:killing|murdering|stabbing|shooting|beheading|lynching|assassinating|executing|"
                         r"the (?:killing|murder|death)s? of)\b", w)) and bool(_CHARGED_WITH.search(before))


# "were abducted and killed", "arrested fifteen villagers and executed them", "was wounded and later died", "arrested
# six men before executing them", "detained four men, who were later found dead", "seized three and shot them dead"
_THEN_KILLED = re.compile(
    r"^(?:(?:[^.;:\d]{0,60}?\s)?(?P<and>and|before)|"
    # the relative right after the count's noun (not "over the deaths of two men who were killed")
    r"(?:\s+(?!(?:of|in|over|after|for|with|from|to|at|on|by|near|during)\b)[\w’'-]+){0,3}?,?\s*"
    r"who\s+(?P<who>were|was|had\s+been|have\s+been)|"
    # a clause after a comma closing the count's phrase: ", executing them", ", all of whom were", ", whom they"
    r"[^.;:\d,]{0,60}?,(?:(?P<and_ing>)(?=\s+(?:then\s+)?\w+ing\b)|\s*(?:all|both)\s+of\s+whom\s+"
    r"(?P<who_all>were|had\s+been|have\s+been)|\s*(?P<whom>whom\s+(?:they|he|she|the\s+\w+)(?:\s+had)?))|"
    # "six men arrested by soldiers were found dead": a reduced relative, then the sentence's own verb
    r"(?:\s+(?:by|in|at|on|near|from|during)\b[^.;:\d,]{0,50}?)?\s+(?P<rel>were|was|have\s+been|had\s+been))\s+"
    r"(?:were\s+|was\s+)?(?:(?:later|then|subsequently|summarily|eventually|reportedly|allegedly|all|both)\s+)*"
    r"(?P<word>killed|executed|shot dead|murdered|beheaded|shot and killed|died|succumbed|found dead|"
    r"killing|executing|murdering|beheading|shooting(?=\s+(?:them|him|her)\s+dead\b)|shot(?=\s+(?:them|him|her)\s+dead\b))\b"
    r"(?P<obj>\s+(?:all\s+of\s+|both\s+of\s+)?(?:them|him|her)\b)?",
    re.I)


def _then_killed(found: list[FoundClaim], text: str) -> list[FoundClaim]:
    """The people a claim counts as seized or wounded, killed in the same sentence afterwards: a killed claim
    of the same count ("three youths were arrested and killed"; active verbs need "them": "abducted 9
    soldiers and killed them")."""
    out: list[FoundClaim] = []
    for c in found:
        if c.kind not in ("arrested", "abducted", "captured", "wounded"):
            continue
        # "abducted 9 soldiers": the verb before the count (not "A third member ... was kidnapped", a parse's span)
        active = c.start < c.quantity.start and bool(re.search(
            r"\b(?:abduct|kidnap|arrest|detain|captur|seiz|wound|injur|shot|shoot)", text[c.start:c.quantity.start], re.I))
        base = c.end
        m = _THEN_KILLED.match(text[base:base + 90])
        if m is None and active and c.end > c.quantity.end:  # the count's noun phrase read on into "who were ..."
            base = c.quantity.end
            m = _THEN_KILLED.match(text[base:base + 90])
        if m is None or any(x.kind == "killed" and x.quantity is c.quantity for x in found):
            continue
        if m.group("rel") and (active or _PASSIVE_AUX.search(text, c.start, c.end)):
            continue  # only a participle right after its noun is a reduced relative ("were arrested ... were" is not)
        agreeing = m.group("who") or m.group("who_all") or m.group("rel")
        dying = m.group("word").lower() in ("died", "succumbed")
        if (c.kind == "wounded") != dying or (active and not dying and not m.group("obj") and not agreeing
                                               and not m.group("whom")):
            continue
        before = (m.group("and") or "").lower() == "before" or m.group("and_ing") is not None
        if before != m.group("word").lower().endswith("ing") or before and not m.group("obj") \
                or agreeing and (agreeing.lower() == "was") != (c.quantity.count == 1):
            continue  # "before executing them" needs its object; "who were" agrees with the count
        if re.search(r"\b(?:another|other|others|one|two|three)\b", m.group(0), re.I):
            continue  # "abducted 5 and killed another": a victim of its own
        if any(x.kind == "killed" and x.start < base + m.end() and c.end < x.end for x in found):
            continue  # "detained a man and killed him": the parse has that victim already
        out.append(FoundClaim("killed", c.quantity, c.start, base + m.end(), c.side, c.claimant, c.claimant_side,
                              c.claimant_span))
    return out


# "abducted six traders ... They later executed them", "... were detained by officers. Their bodies are found in a dam":
# the people the sentence before counts as seized, told dead by a pronoun
_PRONOUN_KILLED = re.compile(
    r"^\W*(?:(?:later|then|subsequently|eventually|days\s+later)\W+)?(?:"
    r"they\s+(?:(?:later|then|subsequently|eventually|reportedly|allegedly)\s+)*(?:killed|executed|murdered|shot\s+dead|"
    r"beheaded)\s+(?:all\s+of\s+|both\s+of\s+)?them\b|"
    r"they\s+(?:were|are|have\s+been)\s+(?:(?:later|then|subsequently|eventually|reportedly|allegedly|all|both)\s+)*"
    r"(?:killed|executed|murdered|shot\s+dead|beheaded|found\s+dead|found\s+murdered)\b|"
    r"their\s+(?:dead\s+)?bodies\s+(?:were|are|have\s+been|had\s+been)\s+(?:(?:later|then|subsequently|eventually|"
    r"reportedly)\s+)*(?:found|discovered|recovered|dumped)\b)",
    re.I)
_SEIZED_KINDS = frozenset({"abducted", "arrested", "captured", "missing"})


def in_context(found: list[FoundClaim], previous: list[FoundClaim], deaths_told: bool, text: str) -> list[FoundClaim]:
    """A sentence's claims read with the sentences before it: ``previous``, the claims of the sentence right before;
    ``deaths_told``, whether an earlier sentence of the text told deaths. One person a happening "left dead" after
    deaths were told is one of those told ("Two men were killed ... The clash left a trader dead"); the people the
    sentence before counts as seized, told dead by a pronoun, are counted (``_seized_then_killed``)."""
    if deaths_told:
        found = [c for c in found if not (c.kind == "killed" and _LEFT_DEAD.match(text, c.start))]
    if any(c.kind == FIGURE for c in found):
        found = _figures_of(found, previous)
    if not any(c.kind == "killed" for c in found):
        found = found + _seized_then_killed(previous, text)
    return found


def _figures_of(found: list[FoundClaim], previous: list[FoundClaim]) -> list[FoundClaim]:
    """A bare figure ("put the number at 24") counts what the sentence before counted: its deaths if it told any,
    else its first claim's kind, with that claim's side where the figure names none; with no count before, no claim."""
    told = [c for c in previous if c.kind != FIGURE]
    counted = next((c for c in told if c.kind == "killed"), told[0] if told else None)
    kept = []
    for c in found:
        if c.kind == FIGURE:
            if counted is None:
                continue
            c.kind = counted.kind
            c.side = c.side or counted.side
        kept.append(c)
    return kept


def _seized_then_killed(previous: list[FoundClaim], text: str) -> list[FoundClaim]:
    """The people the sentence before counts as seized or missing ("gunmen abducted six traders"), told dead by a
    pronoun opening this sentence ("They later killed them", "Their bodies are found"): a killed claim of their
    count (two or more: "they"), with no count of its own in this sentence."""
    m = _PRONOUN_KILLED.match(text)
    seized = [c for c in previous if c.kind in _SEIZED_KINDS]
    if m is None or not seized or seized[-1].quantity.count < 2:
        return []
    c = seized[-1]
    q = Quantity(c.quantity.count, c.quantity.qualifier, c.quantity.count_high, m.start(), m.end(), m.group(0))
    return [FoundClaim("killed", q, m.start(), m.end(), c.side, None, None)]


# "killed two herders and a child", "seven police officers and a civilian were killed"
_AND_ONE = re.compile(r"(?:,\s*)?\b(?:and|as well as|plus|along with)\s+(?P<det>a|an|one|his|her|another)\s+(?P<np>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                      r"(?=\s*(?P<next>[,.;:()]|$|\s(?:in|at|on|near|from|of|during|when|while|after|were|was|are|"
                      r"is|have|had|has|by|and|who|whose)\b))", re.I)


# The count's noun, then a comma and a list of singular noun phrases: an apposition naming the counted.
_APPOSITION = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s*,\s*(?P<list>.*)$", re.I | re.S)
_SINGULAR_DET = re.compile(r"\b(?:a|an|one|his|her)\s", re.I)


def _apposition_of_count(after_count: str, count: int) -> bool:
    """True when the words after a count are its apposition ("two civilians, a woman and a child"):
    as many singular noun phrases as the count, set off by a comma (not "seven police officers, a
    soldier and a civilian", which adds two)."""
    m = _APPOSITION.match(after_count)
    return m is not None and len(_SINGULAR_DET.findall(m.group("list"))) == count


_KIN_NOUN = re.compile(r"^(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|uncle|aunt|"
                       r"grandson|granddaughter|bodyguard|assistant|colleague|companion|friend|neighbou?r)$", re.I)


# "was killed by gunmen with his wife and son", "shot dead a farmer along with his two sons": the victim's kin killed with
# him (plain "with" only after a passive or intransitive death: "a man killed his wife with his son" names an accomplice)
_KIN_NOUNS = (r"sons?|daughters?|wi(?:fe|ves)|husbands?|brothers?|sisters?|fathers?|mothers?|nephews?|nieces?|cousins?|"
              r"uncles?|aunts?|grandsons?|granddaughters?|grandchild(?:ren)?|child(?:ren)?|bodyguards?")
_SMALL_NUMBER = r"\d+|two|three|four|five|six|seven|eight|nine|ten"
_KIN_ITEM = r"(?:(?:his|her|their)\s+)?(?:(?P<n{i}>" + _SMALL_NUMBER + r")\s+)?(?P<kin{i}>" + _KIN_NOUNS + r")\b(?![’']s)"
_PASSIVE_DEATH = (r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:killed|murdered|executed|lynched|slain|shot\s+dead|"
                  + _TO_DEATH + r")|\b(?:died|perished)")
_WITH_KIN = re.compile(rf"(?:{_PASSIVE_DEATH})(?:\s+(?!(?:and|but|while|after|when|as)\b)[\w’'-]+){{0,6}}?\s*,?\s+"
                       r"(?:along\s+|together\s+)?with\s+(?=his|her|their)|\b(?:along|together)\s+with\s+(?=his|her|their)",
                       re.I)
_WITH_KIN_GUARD = re.compile(r"with (?:his|her|their) ", re.I)
# "killing a woman and her two children": a victim named alone, then the kin killed with them, counted (with the kin
# listed between: "killing a man, his wife and their four children")
_AND_KIN = re.compile(r"\b(?:woman|man|mother|father|boy|girl|farmer|herder|trader|teacher|driver|fisherman|villager|"
                      r"resident|civilian)(?P<listed>(?:\s*,\s*(?:his|her|their)\s+(?:[\w-]+\s+)?[\w-]+)*)\s*,?\s+and\s+"
                      r"(?=(?:his|her|their)\s+(?:" + _SMALL_NUMBER + r")\s)", re.I)
# "a woman and her three children were killed": the one named before the kin's count is counted with them, and the
# kin listed between them ("a man, his wife and their four children": the man and his wife)
_ONE_AND_KIN_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?P<np>[\w-]+)(?P<kin>(?:\s*,\s*(?:his|her|their)\s+"
                                 r"(?:[\w-]+\s+)?[\w-]+)*)\s*,?\s+and\s+(?:his|her|their)\s+$", re.I)
# One kin of that list: "his wife", "her two brothers"
_LISTED_KIN = re.compile(r"(?:his|her|their)\s+(?:(?P<n>" + _SMALL_NUMBER + r")\s+)?(?P<kin>[\w-]+)$", re.I)
_KIN_LIST = re.compile(_KIN_ITEM.format(i=0) + "".join(r"(?:(?:\s*,\s*|\s+and\s+)" + _KIN_ITEM.format(i=i) + ")?"
                                                        for i in (1, 2)), re.I)


def _kin_killed_with(found: list[FoundClaim], speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str,
                     offset: int) -> list[FoundClaim]:
    """The kin a killed victim died with ("was shot dead along with his wife and daughter"): a killed claim of
    their number (a plural kin noun without a number, "with his children", gives none)."""
    killed = [c for c in found if c.kind == "killed"]
    if not killed:
        return []
    with_kin = _WITH_KIN_GUARD.search(text) is not None
    if not with_kin and " and " not in text:
        return []
    out: list[FoundClaim] = []
    told = [*(_WITH_KIN.finditer(text) if with_kin else ()),
            *(m for m in _AND_KIN.finditer(text) if any(c.quantity.count == 1 and c.end <= m.end() for c in killed))]
    for m in told:
        if not any(c.quantity.start < m.start() <= c.end + 80 for c in killed):
            continue
        kin = _KIN_LIST.match(text, m.end())
        if kin is None or not kin.group("kin0"):
            continue
        listed_text = m.groupdict().get("listed") or ""
        listed = _listed_kin_count(listed_text)
        if listed is None:
            continue  # "a farmer, his cattle and his two sons": no list of kin alone
        # (the kin listed before are counted with those after: "a man, his wife and their four children")
        start = m.start("listed") + len(listed_text) - len(listed_text.lstrip(" ,")) if listed else kin.start()
        count = 0
        for i in range(3):
            noun, n = kin.group(f"kin{i}"), kin.group(f"n{i}")
            if noun is None:
                break
            if n is None and noun.lower().endswith(("s", "ren")):
                count = 0  # "with his children": how many is not told
                break
            count += _kin_number(n)
        end = kin.end()
        if not count or any(x.start < end and start < x.end for x in found):
            continue
        q = Quantity(count + listed, "exact", None, start, end, text[start:end])
        out.append(_make("killed", q, start, end, " " + text[start:end], found + out, speakers, text, offset))
    return out


def _listed_kin_count(listed: str) -> int | None:
    """How many kin a list set off by commas names (", his wife, her two brothers" -> 3); None when an item is no
    kin or of no told number ("his children")."""
    count = 0
    for item in filter(None, (part.strip() for part in listed.split(","))):
        m = _LISTED_KIN.fullmatch(item)
        if m is None:
            return None
        n, noun = m.group("n"), m.group("kin")
        if n is None and not _KIN_NOUN.match(noun):
            return None
        if n is not None and not re.fullmatch(_KIN_NOUNS, noun, re.I):
            return None
        count += _kin_number(n)
    return count


def _kin_number(n: str | None) -> int:
    """How many kin a count before their noun says, in digits or words; one with none ("his wife")."""
    return (int(n) if n.isdigit() else word_to_int(n)) if n else 1


def _one_before_kin(found: list[FoundClaim], speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str,
                    offset: int) -> list[FoundClaim]:
    """One more victim named before a count of their kin ("a woman and her three children were killed", "a farmer
    and his two sons were abducted"): the kin's count leaves out the one they are kin of."""
    out: list[FoundClaim] = []
    for c in found:
        if c.kind not in ("killed", "wounded", "abducted", "arrested", "captured") or " and " not in text[:c.quantity.start]:
            continue
        m = _ONE_AND_KIN_BEFORE.search(text, max(0, c.quantity.start - 100), c.quantity.start)
        kin = _KIN_LIST.match(text, c.quantity.start)
        if m is None or kin is None or not kin.group("n0") or not (_PERSON_NOUN.match(m.group("np"))
                                                                     or _KIN_NOUN.match(m.group("np"))):
            continue
        listed = _listed_kin_count(m.group("kin"))
        end = m.end("kin") if listed else m.end("np")
        if listed is None or any(x.start < end and m.start("np") < x.end for x in found + out):
            continue  # the one is counted already ("killed a woman and her two children"), or a list of no kin
        q = Quantity(1 + listed, "exact", None, m.start("np"), end, text[m.start("np"):end])
        out.append(_make(c.kind, q, m.start("np"), end, " " + text[m.start("np"):end], found + out, speakers, text,
                         offset))
    return out


def _one_more_victim(found: list[FoundClaim], speakers: list[tuple[int, int, int, str, tuple[int, int]]],
                     text: str, offset: int) -> list[FoundClaim]:
    """One more victim coordinated with a claim's count by "and a/an/one ...": after the count's noun
    when a verb before the count governs both, inside the noun phrase before a shared verb after."""
    out: list[FoundClaim] = []
    for c in list(found):
        if c.kind not in ("killed", "wounded", "abducted", "arrested", "captured"):
            continue
        governs_after = c.start < c.quantity.start or not re.match(r"\d|[a-z]+\b", c.quantity.text, re.I) \
            or text[c.quantity.end:c.end].strip() == ""
        region = (c.quantity.end, c.end) if not governs_after else (c.end, min(len(text), c.end + 60))
        m = _AND_ONE.search(text, region[0], region[1])
        if m is None or _NOT_PEOPLE.match(m.group("np").split()[-1]) \
                or re.fullmatch(r"shot|hit|hurt|struck|\w+ed", m.group("np").split()[0], re.I):
            continue  # "killed and one shot in the leg": a clause of its own
        if not governs_after and _apposition_of_count(text[c.quantity.end:m.end()], c.quantity.count):
            continue  # "two civilians, a woman and a child, were killed": the two, named
        if m.group("det").lower() in ("his", "her") and (not _PERSON_NOUN.match(m.group("np").split()[-1])
                                                         and not _KIN_NOUN.match(m.group("np").split()[-1])):
            continue  # "and his son", "and her driver": one more person; "and his house": none
        if governs_after and not re.fullmatch(r"(?:\s+(?!(?:in|on|at|and|near|from|with|by)\b)[\w’'-]+){0,2}\s*,?\s*",
                                              text[region[0]:m.start()], re.I):
            continue  # the rest of the victim's noun phrase may come first: "killed a Koglweogo militant and a butcher"
        if governs_after and (m.group("next") or "").strip().lower() in ("were", "was", "are", "is", "have", "had",
                                                                        "has"):
            continue  # "... and a third was injured": a clause of its own
        if any(x.start <= m.start("np") < x.end or x.quantity.start <= m.start("np") < x.quantity.end
               for x in found + out if x is not c):
            continue
        q = Quantity(1, "exact", None, m.start("np"), m.end("np"), m.group("np"))
        out.append(_make(c.kind, q, m.start("np"), m.end("np"), " " + m.group("np"), found + out, speakers, text,
                         offset))
    out.extend(_named_before_count(found + out, speakers, text, offset))
    out.extend(_as_was(found + out, speakers, text, offset))
    return out


# "three residents were killed, as was one of the attackers": more victims of the same verb
_AS_WAS = re.compile(r"\s*,?\s*as\s+(?:was|were)\s+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|the|his|her)\b"
                     r"(?P<np>(?:\s+(?:of\s+(?:the|their|its|his|her)\s+)?[\w’'-]+){0,3})", re.I)


def _as_was(found: list[FoundClaim], speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str,
            offset: int) -> list[FoundClaim]:
    out: list[FoundClaim] = []
    for c in found:
        if c.kind != "killed":
            continue
        m = _AS_WAS.match(text, c.end)
        if m is None or any(x.quantity.start >= m.start() and x.quantity.start < m.end() for x in found + out):
            continue
        word = m.group("n").lower()
        n = 1 if word in ("a", "an", "one", "the", "his", "her") else word_to_int(word)
        if not n or (word in ("the", "his", "her") and not re.match(r"\s+\w+\s*(?:[,.;]|$)", m.group("np"))):
            continue
        q = Quantity(n, "exact", None, m.start("n"), m.end(), text[m.start("n"):m.end()])
        out.append(_make("killed", q, m.start("n"), m.end(), m.group("np"), found + out, speakers, text, offset))
    return out


# "the doctor and two bystanders were killed", "the activist, his wife and one neighbour were killed"
_SINGLE_NP = r"(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<n{i}>[\w’'-]+)"
_LIST_BEFORE = re.compile(
    r"(?:^|[^\w\s’'-]\s*|\b(?:that|while|when|and|but)\s+)(?P<list>" + _SINGLE_NP.format(i=1)
    + r"(?:\s*,\s*" + _SINGLE_NP.format(i=2) + r")?(?:\s*,\s*" + _SINGLE_NP.format(i=3) + r")?)\s*,?\s+and\s+$",
    re.I)


def _named_before_count(found: list[FoundClaim], speakers: list[tuple[int, int, int, str, tuple[int, int]]],
                        text: str, offset: int) -> list[FoundClaim]:
    """Singular victims listed before a count that shares their verb ("the doctor and two bystanders were
    killed" = 1 + 2): one more victim each, when each names a person."""
    out: list[FoundClaim] = []
    for c in found:
        if c.kind not in ("killed", "wounded", "abducted", "arrested", "captured") or c.start != c.quantity.start:
            continue
        m = _LIST_BEFORE.search(text[max(0, c.start - 120):c.start])
        if m is None:
            continue
        nouns = [m.group(f"n{i}") for i in (1, 2, 3) if m.group(f"n{i}")]
        if not all(_PERSON_NOUN.match(n) or _KIN_NOUN.match(n) for n in nouns):
            continue
        a = max(0, c.start - 120) + m.start("list")
        b = max(0, c.start - 120) + m.end("list")
        if any(x.start < b and a < x.end for x in found + out if x is not c):
            continue
        q = Quantity(len(nouns), "exact", None, a, b, text[a:b])
        out.append(_make(c.kind, q, a, b, " " + text[a:b], found + out, speakers, text, offset))
    return out


_VERB_KIND = {
    **{w: "killed" for w in ("kill", "kills", "killed", "killing", "lynch", "lynches", "lynched", "behead",
                             "beheads", "beheaded", "decapitate", "decapitates", "decapitated", "murder", "murders", "murdered", "execute", "executes",
                             "executed", "assassinate", "assassinates", "assassinated", "slay", "slays", "slain")},
    **{w: "wounded" for w in ("wound", "wounds", "wounded", "wounding", "injure", "injures", "injured",
                              "injuring")},
    **{w: "abducted" for w in ("abduct", "abducts", "abducted", "abducting", "kidnap", "kidnaps", "kidnapped",
                               "kidnapping")},
    **{w: "arrested" for w in ("arrest", "arrests", "arrested", "arresting", "detain", "detains", "detained",
                               "detaining")},
}
# Verbs that state a casualty of their object or passive subject (public: ``cues.may_claim`` reads them).
VICTIM_VERBS = frozenset(_VERB_KIND)
_NOT_PEOPLE = re.compile(
    r"^(?:cow|goat|sheep|camel|dog|horse|donkey|cattle|livestock|animal|buffalo|elephant|pig|bull|ox|mule|project|plan|deal|bill|time|idea|"
    r"engine|motion|process|talks?|himself|herself|itself|themselves|one|other|another|each|all|none|number|total|dozen|couple|handful|lot|few|"
    rf"amount|{_THINGS})$", re.I)


# "beat a farmer to death", "was shot dead", "gunned down": a manner verb that kills only with its complement
_MANNER_VERBS = {"shoot", "shoots", "shot", "beat", "beats", "beaten", "stab", "stabs", "stabbed", "burn", "burns",
                 "burned", "burnt", "stone", "stoned", "hack", "hacked", "crush", "crushed", "torture", "tortured",
                 "club", "clubbed", "bludgeon", "bludgeoned", "strangle", "strangled", "hang", "hanged", "gun",
                 "guns", "gunned", "assault", "assaults", "assaulted", "attack", "attacks", "attacked", "hit", "struck",
                 # the parse gives no lemmas: the -ing forms too ("before shooting him dead")
                 "shooting", "beating", "stabbing", "burning", "stoning", "hacking", "clubbing", "strangling", "gunning",
                 "hanging", "assaulting", "attacking", "hitting", "striking",
                 # "chopped a farmer to death", "villagers trampled him to death"
                 "chop", "chops", "chopped", "chopping", "machete", "macheted", "slash", "slashed", "slashing", "trample",
                 "trampled", "kick", "kicked", "kicking", "knifed", "axed", "speared", "battered", "mauled", "choked"}
_FATALLY = frozenset({"fatally", "mortally"})
_DYING_VERBS = {"die", "died", "dies", "succumb", "succumbed", "succumbs", "perish", "perished"}
_FINDING_VERBS = {"find", "found", "discover", "discovered", "recover", "recovered"}


def _rule_tokens(tokens: Any) -> tuple[list[Any], list[Any]]:
    """The tokens of a spaCy Doc or Span that the parse rules read, in order, found in one pass: (those whose lower-cased
    form is a reporting word, ``_speakers``' own; those whose lower-cased form or lemma is a casualty, manner, dying or
    finding verb, the victim rules'). A token's ids are plain integers, where its strings are looked up in the
    vocabulary on each access: a rule that reads only such tokens skips the others ten times faster; and each token
    object is made once for both rules."""
    speaker_ids, victim_ids = _speaker_word_ids(), _victim_word_ids()
    speakers: list[Any] = []
    victims: list[Any] = []
    for t in tokens:
        lower = t.lower
        if lower in speaker_ids:
            speakers.append(t)
        if lower in victim_ids or t.lemma in victim_ids:
            victims.append(t)
    return speakers, victims


def _string_ids(words: Any) -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


@lru_cache(maxsize=1)
def _victim_word_ids() -> frozenset[int]:
    """Ids of every word (lower-cased form or lemma) that ``_singular_victims`` and ``_counted_victims`` act on:
    casualty verbs, manner verbs, dying and finding verbs; on any other token both skip to the next."""
    return _string_ids(set(_VERB_KIND) | _MANNER_VERBS | _DYING_VERBS | _FINDING_VERBS)


@lru_cache(maxsize=1)
def _speaker_word_ids() -> frozenset[int]:
    """Ids of the lower-cased words ``_speakers`` acts on ("according", the reporting verbs)."""
    return _string_ids({"according"} | set(_REPORT_VERBS) | TOLL_REVISING_VERBS)


# Words besides ``_VERB_KIND``'s whose sentences the victim rules read from the parse (for
# ``nlp``'s choice of which sentences get the whole model).
PARSE_WORDS = frozenset({"dead", "death", "body", "corpse", "gunned", "die", "died", "dies", "succumb",
                         "succumbed", "succumbs", "perish", "perished", "fatally", "mortally",
                         "gun down", "guns down"})  # (a headline's present: "police gun down a suspect")


def _verb_kind(tok: Any) -> str | None:
    """The casualty kind a verb token states for its object (or passive subject), if any."""
    kind = _VERB_KIND.get(tok.lower_)
    if kind == "wounded" and any(c.lower_ in _FATALLY for c in tok.children):
        return "killed"  # "fatally wounded", "mortally injured"
    if kind is not None:
        return kind
    low, lemma = tok.lower_, tok.lemma_.lower()
    manner = low in _MANNER_VERBS or lemma in _MANNER_VERBS
    if not (manner or low in _FINDING_VERBS or lemma in _FINDING_VERBS):
        return None  # most tokens: no need to read the children
    children = list(tok.children)
    dead = any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "dobj") for c in children) or any(
        c.dep_ == "dobj" and any(g.lower_ == "dead" and g.dep_ == "amod" and g.i == tok.i + 1 for g in c.children)
        for c in children)  # "shooting dead Mwenda Itaeba": the parse hangs "dead" on the victim
    to_death = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                   for c in children)
    gunned_down = low.startswith("gun") and any(c.dep_ == "prt" and c.lower_ == "down" for c in children)
    fatally = any(c.lower_ in _FATALLY and c.dep_ == "advmod" for c in children)
    if manner and (dead or to_death or gunned_down or fatally):
        return "killed"
    found_killed = any(c.lower_ in ("executed", "murdered", "slain", "beheaded", "killed") and c.dep_ in (
        "oprd", "acomp", "xcomp", "conj", "advcl", "ccomp") for c in children)
    if (low in _FINDING_VERBS or lemma in _FINDING_VERBS) and (dead or found_killed):
        return "killed"
    return None


def _victim_chain(noun: Any) -> list[Any] | None:
    """"the man, his driver and a guard": the coordinated singular nouns naming the victims; None when
    one of them is a plural or a counted group (the number rules read those). Nouns under one determiner
    are one person ("a young activist and teacher", "the party president and chairman")."""
    chain, todo = [], [noun]
    determined = _has_determiner(noun)
    while todo:
        n = todo.pop()
        if n.tag_ not in ("NN", "NNP", "PRP") or any(c.dep_ == "nummod" for c in n.children):
            return None
        if n.tag_ == "PRP" and n.lower_ not in ("he", "she", "him", "her"):
            return None
        if n is noun or not determined or _has_determiner(n):
            chain.append(n)
        todo.extend(c for c in n.children if c.dep_ == "conj")
    return chain


def _titles_of_one_name(noun: Any) -> bool:
    """"Businessman and critic of the government John Doe": coordinated bare nouns ending in one person's name are
    that person's titles."""
    titles = [noun] + [c for c in noun.children if c.dep_ == "conj"]
    return len(titles) > 1 and not any(_has_determiner(n) for n in titles) and noun.right_edge.ent_type_ == "PERSON"


def _has_determiner(noun: Any) -> bool:
    return any(c.dep_ in ("det", "poss") for c in noun.children)


_RUNNING_COUNT_WORDS = frozenset({"latest", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                  "tenth", "umpteenth", "nth"})


def _singular_victims(tokens: Any, offset: int, found: list[FoundClaim],
                      speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str) -> list[FoundClaim]:
    """"Gunmen kill police reservist", "a commander was killed", "beat a farmer to death", "the boy
    died", "the body of a man was found", "he was shot dead": victims named by singular nouns (or a
    personal pronoun), one each."""
    out: list[FoundClaim] = []
    for tok in tokens:
        low = tok.lower_
        dying = low in _DYING_VERBS or tok.lemma_.lower() in _DYING_VERBS
        finding = low in _FINDING_VERBS and tok.pos_ == "VERB"
        kind = "killed" if dying else _verb_kind(tok)
        if kind is None and not finding:
            continue
        if tok.tag_ == "VBG" and _DETERMINER_BEFORE.search(text, max(0, tok.idx - offset - 8), tok.idx - offset):
            continue  # "called his killing an assassination": a noun, with no object
        deps = ("nsubj",) if dying else ("nsubjpass", "dobj") if finding and kind is None else ("dobj", "nsubjpass")
        children = list(tok.children)
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children) and tok.dep_ == "conj" and kind is not None:
            # "an officer was shot in the forehead and died": the subject of the first verb
            children += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")
                         and (c.dep_ == "nsubjpass" or dying)]
            deps = ("nsubj", "nsubjpass") if dying else deps
        candidates = [c for c in children if c.dep_ in deps]
        if kind is not None and not dying:
            if tok.dep_ == "acl" and tok.head.tag_ in ("NN", "NNP"):
                candidates.append(tok.head)  # "Kenyan driver killed in attack"
            elif tok.tag_ == "VBD" and not any(c.dep_ in ("dobj", "nsubjpass") for c in children):
                # a headline's reduced passive: "Police reservist killed when raiders attack"
                candidates += [c for c in children if c.dep_ == "nsubj" and _PERSON_NOUN.match(c.lower_)]
        for child in candidates:
            if finding and kind is None:
                # "the body of a man was found": a body found is a person killed
                if child.lower_ not in ("body", "corpse") or any(
                        c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ not in ("his", "her") for c in child.children):
                    continue  # "their bodies were found": how many, the sentence does not say; "his body": one
                if (child.dep_ == "dobj" or any(c.dep_ == "poss" for c in child.children)) and any(
                        c.kind == "killed" for c in found + out):
                    continue  # "a fisherman was killed and his body was found", "... residents found the body": that one
            elif (child.ent_type_ in ("GPE", "ORG", "NORP", "LOC", "FAC") and not _PERSON_NOUN.match(child.lower_)) \
                    or _NOT_PEOPLE.match(child.lower_):
                continue  # "killed Al-Shabaab" names no number, "a Police Reservist" one person
            if any(c.lower_ in ("no", "every", "each") for c in child.children):
                continue
            if any(c.ent_type_ == "ORDINAL" or c.lower_ in _RUNNING_COUNT_WORDS for c in child.children) \
                    and any(c.lower_ == "the" for c in child.children):
                continue  # "the third politician killed this month": a running count ("a third member ... died" is one)
            if child.tag_ == "PRP" and any(c.kind == (kind or "killed") and c.start < child.idx - offset
                                           for c in found + out):
                continue  # "killed him after ..., others said the mob stabbed him to death": the one told already
            if _earlier_death(tok.lower_, text, tok.idx - offset):
                continue  # "accused of killing journalist X": the charge, another happening
            chain = [child] if _titles_of_one_name(child) else _victim_chain(child)
            if not chain:
                continue
            last = max(chain, key=lambda n: n.i)
            a = min(tok.idx, child.left_edge.idx) - offset
            b = max(tok.idx + len(tok), last.idx + len(last)) - offset
            told = [c for c in found + out if (c.start < b and a < c.end)
                    or any(c.start <= n.idx - offset < c.end for n in chain)]
            if told and not (dying and all(c.kind == "wounded" and c.quantity.count == 1 for c in told)):
                continue  # (one told wounded who then died, "a woman who was wounded died later": a death too)
            q = Quantity(len(chain), "exact", None, child.idx - offset, last.idx - offset + len(last),
                         text[child.idx - offset:last.idx - offset + len(last)])
            np_text = " " + text[child.left_edge.idx - offset:child.idx - offset + len(child)]
            if child.left_edge.idx - offset == 0 and not child.left_edge.ent_type_:
                np_text = " " + np_text[1:2].lower() + np_text[2:]  # "Student shot dead": no name, a capital
            if child.ent_type_ == "PERSON" and not _PERSON_NOUN.match(child.lower_):
                np_text = " person"  # "Otieno was murdered": a person's name, no side
            claim = _make(kind or "killed", q, a, b, np_text, found + out, speakers, text, offset)
            if claim.side is not None and any(c.lower_ == "the" and c.dep_ == "det" for c in child.children) and any(
                    c.kind == claim.kind and c.side == claim.side for c in found + out):
                continue  # "A Japanese national was gunned down ... shooting to death the Japanese man": that one
            out.append(claim)
    return out


def _counted_victims(tokens: Any, offset: int, found: list[FoundClaim],
                     speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str,
                     quantities: list[Quantity]) -> list[FoundClaim]:
    """"Four men who were returning home were killed", "two villagers stepped on a landmine and died",
    "shot two men to death", "one of the victims died": a counted victim the parse ties to a casualty
    verb across words the number rules do not read past (relative clauses, prepositions)."""
    out: list[FoundClaim] = []
    for tok in tokens:
        dying = tok.lower_ in _DYING_VERBS or tok.lemma_.lower() in _DYING_VERBS
        kind = "killed" if dying else _verb_kind(tok)
        if kind is None:
            continue
        deps = ("nsubj",) if dying else ("dobj", "nsubjpass")
        children = list(tok.children)
        if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            # "two villagers stepped on a landmine and died": the subject of the first verb, unless the
            # verbs are alternatives ("were hospitalised or died") or the second has a subject the
            # parse missed ("... and one died")
            before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if before in ("and", "then", "later", "subsequently", "eventually", "also", "reportedly") and not any(
                    c.dep_ == "cc" and c.lower_ == "or" for c in tok.head.children):
                children += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")
                             and (c.dep_ == "nsubjpass" or dying)]
                deps = ("nsubj", "nsubjpass") if dying else deps
        for child in children:
            if child.dep_ not in deps:
                continue
            num = child if child.like_num else next((c for c in child.children if c.dep_ == "nummod"), None) or next(
                (g for c in child.children if c.dep_ in ("amod", "compound") and c.i < child.i
                 for g in c.children if g.like_num and g.dep_ in ("compound", "nummod")), None)
            # "Seven Kenyan fishermen": the parse may hang the number on the adjective before the noun
            if num is None or _NOT_PEOPLE.match(child.lower_) and not child.like_num:
                continue
            q = next((x for x in quantities if x.start <= num.idx - offset < x.end), None)
            if q is None or any(c.quantity is q or c.start <= q.start < c.end for c in found + out):
                continue
            lo, hi = sorted((num.i, tok.i))
            if any(t.like_num and t.doc[t.i - 1].lower_ == "and" for t in tok.doc[lo + 1:hi]):
                continue  # "three IDPs stepped on a mine and one died": the parse joined two subjects
            if _earlier_death(tok.lower_, text, tok.idx - offset):
                continue
            a, b = min(q.start, tok.idx - offset), max(q.end, tok.idx - offset + len(tok))
            np_text = " " + text[q.end:max(q.end, child.idx - offset + len(child))] if child is not num else ""
            out.append(_make(kind, q, a, b, np_text, found + out, speakers, text, offset))
    return out


_DIGIT_DATE_AFTER = re.compile(r"[/.-]\d")
_DIGIT_DATE_BEFORE = re.compile(r"\d[/.-]$")
_MONEY_BEFORE = re.compile(r"(?:Rs\.?|\$|USD|€|£)\s*$")


def _is_count(q: Quantity, text: str, skip: list[tuple[int, int]], lowered: str | None = None) -> bool:
    """False for dates, times, years and measures ("six weeks", "35km", "in 2008"). ``lowered``: ``text.lower()`` of
    an ASCII ``text``, where the rules' lowered twins answer for them (``prefilter.lowered_twin``)."""
    if _overlaps(q.start, q.end, skip) or match_by_twin(_UNITS, _UNITS_TWIN, text[q.end:]):
        return False
    if (_THINGS_COUNTED_TWIN.match(lowered, q.end) if lowered is not None and _THINGS_COUNTED_TWIN is not None
            else _THINGS_COUNTED.match(text, q.end)):
        return False
    if search_by_twin(_NAMING_NUMBER, _NAMING_NUMBER_TWIN, text[max(0, q.start - 25):q.start]):
        return False
    if _DIGIT_DATE_AFTER.match(text, q.end) or _DIGIT_DATE_BEFORE.search(text[max(0, q.start - 2):q.start]):
        return False  # "on 06/12", "13-09-2018": a date written in digits
    if _MONEY_BEFORE.search(text[max(0, q.start - 5):q.start]):
        return False
    return not (not q.vague and q.qualifier == "exact" and 1800 <= q.count <= 2100 and q.count_high is None
                and re.search(r"\b(?:in|since|of|from|until|by|before|after)\s+$", text[:q.start], re.I))


# People a state's voice never counts as its own ("the army said fifteen militants were killed")
_ENEMY_NP = re.compile(r"\b(?:militants?|rebels?|insurgents?|terrorists?|jihadists?|gunm[ae]n|attackers?|assailants?|"
                       r"bandits?|extremists?|separatists?|raiders?|fighters? of)\b", re.I)


# People set free before their count: "exchanged 95 prisoners", "the release of 12 hostages", "freed all 30 captives"
_SET_FREE = re.compile(r"\b(?:exchang\w*|swap\w*|releas\w*|free[ds]?|freeing|set free|hand(?:ed|ing|s)? (?:over|back)|"
                       r"return(?:ed|ing|s)?|repatriat\w*)\s+(?:\w+\s+){0,3}$", re.I)
# A state's voice that is no side of the fighting it tells of: "Angolan mediators said ... left dozens dead"
_THIRD_PARTY = re.compile(r"\b(?:mediators?|mediation|monitors?|observers?|envoys?|ambassadors?|embass(?:y|ies)|"
                          r"peacekeep\w*|diplomats?|diplomatic)\b", re.I)


def _make(kind: str, q: Quantity, start: int, end: int, np_text: str, previous: list[FoundClaim],
          speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str, offset: int) -> FoundClaim:
    if speakers and ";" in text[q.end:]:
        # "Four were killed; ... the police say two were killed": a speaker after a semicolon speaks for its own clause
        speakers = [sp for sp in speakers if not (sp[4][0] - offset > q.end and ";" in text[q.end:sp[4][0] - offset])]
    claimant, claimant_side, cspan = _claimant_for(q.start + offset, speakers)
    side, explicit = _side_of_np(np_text, claimant_side)
    if explicit and side and _titled(side, text):
        side, explicit = None, False  # "General Hassan Turkomani ... is also killed": a person, no side
    if not explicit and previous and (_MORE.match(np_text) or not np_text.strip(" ,")):
        side = previous[-1].side  # "10 more were wounded", "21 civilians were killed and 70 wounded"
    elif not explicit and claimant_side and not _ENEMY_NP.search(np_text) and not _THIRD_PARTY.search(claimant or ""):
        side = claimant_side  # a side reporting dead or captured people without saying whose means its own
    return FoundClaim(kind, q, start, end, side, claimant, claimant_side, cspan)


# --- claimants ------------------------------------------------------------------------------


def _clean_claimant(text: str) -> str:
    t = text.strip().strip(",;:\"'“”‘’ ")
    t = re.sub(r"^(?:the|a|an)\s+", "", t, flags=re.I)
    return t


# "says M23 commander as Congolese army claims gains": the parse hangs a clause on the speaker's noun
_CLAUSE_AFTER_NAME = re.compile(r"\s+(?:as|after|while|amid|when|following|despite)\s+(?=\S)")


# A newspaper or broadcaster named after a country or a city ("the Kenya Standard", "the Nairobi Star")
# reports; it is no party to the fighting.
_OUTLET = re.compile(r"\b(?:Standard|Star|Times|Post|Herald|Tribune|Nation|Daily|Gazette|Journal|Observer|Telegraph|"
                     r"Guardian|Monitor|Express|Chronicle|Mirror|Today|Radio|TV|Television|Broadcasting)\b")


def own_countries(text: str) -> set[str]:
    """ISO codes of the countries ``text`` names as whose people or body it is: not a patron's ("Saudi-backed")."""
    return {c.iso for c in places.find_countries(text) if not places.patron_at(text, c.end)}


def claimant_side(claimant: str | None) -> str | None:
    """The one country a claimant names ("Azerbaijan's defence ministry", "Baku"), else None; none for
    a news outlet named after a place ("the Kenya Standard")."""
    if not claimant or _OUTLET.search(claimant):
        return None
    isos = own_countries(claimant)
    return places.country_name(next(iter(isos))) if len(isos) == 1 else None


def _subtree_span(tok: Any) -> tuple[int, int, str]:
    left = tok.left_edge
    right = tok.right_edge
    span = tok.doc[left.i:right.i + 1]
    return span.start_char, span.end_char, span.text


_CASUALTY_NOUNS = frozenset({"death", "deaths", "injury", "injuries", "casualty", "casualties", "fatality", "fatalities",
                             "dead", "body", "bodies", "killing", "killings", "wounded", "injured"})


def _speakers(named: list[Any], offset: int) -> list[tuple[int, int, int, str, tuple[int, int]]]:
    """(verb token index, governs-from, governs-to, claimant text, claimant span) for each reporting verb among the
    ``named`` tokens (``_rule_tokens``' first list)."""
    out = []
    for tok in named:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                s, e, t = _subtree_span(objs[0])
                sent = tok.sent
                out.append((tok.i, sent.start_char, sent.end_char, t, (s, e)))
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if low not in _REPORT_VERBS and not (
                low in TOLL_REVISING_VERBS
                and any(c.dep_ in ("dobj", "obj") and c.lower_ in _TOLL_NOUNS for c in tok.children)):
            continue
        subj = _subject(tok)
        told = _speaker_before_final_verb(tok)
        if told is not None and (subj is None or subj.i < told[3]):
            # (the parse's subject, if any, is the victims before the comma: "killing 17 villagers, a monk said")
            s, e, t, _ = told
        elif subj is None:
            continue
        elif subj.lower_ in _CASUALTY_NOUNS:
            continue  # "One death, two injuries reported": what is reported, no one reporting it
        else:
            s, e, t = _subtree_span(subj)
        if t.lower() in _PRONOUNS or _NO_ONE.match(t):
            continue  # ("No group claimed the attack": no one speaks)
        clause = _CLAUSE_AFTER_NAME.search(t)
        if clause:
            t, e = t[:clause.start()], s + clause.start()
        sub = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
        out.append((tok.i, sub.start_char, sub.end_char, t, (s, e)))
    return out


_NO_ONE = re.compile(r"(?:no|none|nobody|neither)\b", re.I)
_SPEAKER_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "CCONJ", "PART", "NUM"})


def _speaker_before_final_verb(verb: Any) -> tuple[int, int, str, int] | None:
    """(start, end, text, first token) of the speakers the parse left without their verb in a sentence that ends ", a rescue worker
    and a local monk said." (it hangs them on the victims before as more of them): the words from the comma to the
    verb, where they are a noun phrase of a few words."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return None
    i = verb.i - 1
    while i >= 0 and doc[i].text != "," and verb.i - i <= 10:
        if doc[i].pos_ not in _SPEAKER_POS and doc[i].lower_ != "of":
            return None
        i -= 1
    if i < 0 or doc[i].text != "," or i + 1 >= verb.i or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[i + 1:verb.i]):
        return None
    span = doc[i + 1:verb.i]
    return span.start_char, span.end_char, span.text, i + 1


def _subject(verb: Any) -> Any:
    # the subject nearest the verb: in "An explosion killed 170, officials said" the parser may hang
    # the reported clause's subject on "said" too
    for c in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if c.dep_ in ("nsubj", "nsubjpass"):
            if verb.lower_ in ("cited", "cites", "cite", "quoted", "quotes", "quote"):
                obj = next((d for d in verb.children if d.dep_ in ("dobj", "obj")), None)
                return obj or c
            return c
    if verb.lower_ in ("saying",) and verb.head is not verb:
        head = verb.head
        if head.lower_ in ("cited", "cites", "quoted", "quotes", "quote", "cite"):
            obj = next((d for d in head.children if d.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj
    if verb.dep_ == "conj" and verb.head is not verb:
        return _subject(verb.head)
    return None


def _claimant_for(pos: int, speakers: list[tuple[int, int, int, str, tuple[int, int]]]
                  ) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The speaker whose clause holds ``pos`` (the innermost), else the sentence's only speaker."""
    governing = [s for s in speakers if s[1] <= pos < s[2] and not (s[4][0] <= pos < s[4][1])]
    if not governing:
        governing = [s for s in speakers if not (s[4][0] <= pos < s[4][1])]
    if not governing:
        return None, None, None
    best = min(governing, key=lambda s: (s[2] - s[1], abs(s[4][0] - pos)))
    name = _clean_claimant(best[3])
    if not name:
        return None, None, None
    return name, claimant_side(name), best[4]
