"""ACLED's event taxonomy (6 types, 25 sub-types) and the PLOVER categories we tag verbal events with."""

from __future__ import annotations

ACLED_TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

EVENT_TYPES: tuple[str, ...] = tuple(ACLED_TAXONOMY)
SUB_EVENT_TYPES: tuple[str, ...] = tuple(s for subs in ACLED_TAXONOMY.values() for s in subs)
EVENT_TYPE_OF: dict[str, str] = {s: t for t, subs in ACLED_TAXONOMY.items() for s in subs}
# The organised violence of ACLED's political-violence types (riots apart): one happening's reports are typed
# across these sentence by sentence, and a side's violence is told with these.
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})

# PLOVER root categories; verbal and diplomatic happenings keep one so the timeline can show them.
PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# ACLED has no type for talk: verbal events are stored under this pseudo-type with a PLOVER tag.
VERBAL_EVENT_TYPE = "Verbal/diplomatic"
