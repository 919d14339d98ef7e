"""Demo intervention letter requests: realistic cases at every stage of the review.

Per group: one answered with a dialogue opened (closed), one overdue for follow-up,
one withdrawn, one under review by the Chair's Office, one fresh draft and one that
got no response, each with its dated steps and, for some, an evidence file.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from ..domain.letters import LetterFields
from ..services import groups, letter_files
from ..services import letters as svc


@dataclass(frozen=True, slots=True)
class Case:
    title: str
    addressee: str
    addressee_type: str
    country: str
    scientific: str
    common: str
    category: str
    threat: str
    action: str
    stakeholders: str


CASES: dict[str, tuple[Case, ...]] = {
    "mammals": (
        Case("Hydropower cascade on the Rio Tapajós", "Ministério de Minas e Energia",
             "government", "BR", "Pteronura brasiliensis", "Giant otter", "EN",
             "Seven planned dams would flood 400 km of riverine habitat holding one of the "
             "last large giant otter populations.",
             "Suspend the licensing of the cascade until an independent strategic "
             "environmental assessment includes the giant otter.",
             "IBAMA; ICMBio; Munduruku indigenous associations; WWF-Brazil"),
        Case("Pangolin scales seized for re-export", "Ministry of Forestry and Wildlife",
             "government", "CM", "Phataginus tricuspis", "White-bellied pangolin", "EN",
             "A stockpile of 7 tonnes of seized scales is proposed for auction.",
             "Destroy the stockpile publicly and report it to CITES.",
             "CITES Secretariat; TRAFFIC; customs authority"),
    ),
    "birds": (
        Case("Wind farm in a vulture flyway", "Enercon Iberia S.A.", "company", "ES",
             "Gyps fulvus", "Griffon vulture", "LC",
             "Forty turbines sited across a migration bottleneck used by thousands of raptors.",
             "Relocate the 12 turbines on the ridge line and install shutdown-on-demand.",
             "SEO/BirdLife; regional environment ministry"),
    ),
}
DEFAULT = (
    Case("Sand mining in the Ayeyarwady", "Ministry of Natural Resources and "
         "Environmental Conservation", "government", "MM", "Orcaella brevirostris",
         "Irrawaddy dolphin", "EN",
         "Unregulated sand dredging destroys the deep pools the last 80 dolphins use.",
         "Ban dredging in the dolphin protected area and fund river patrols.",
         "Department of Fisheries; WCS Myanmar; fishing cooperatives"),
    Case("Deep-sea mining licence in the Clarion-Clipperton Zone",
         "International Seabed Authority", "intergovernmental", "JM", "Relicanthus daphneae",
         "Relicanthus anemone", "EN",
         "Exploitation licences would strip nodule fields that are the species' only habitat.",
         "Adopt a precautionary pause until baseline surveys are complete.",
         "ISA Council; sponsoring states; Deep Sea Conservation Coalition"),
    Case("Drainage of the Rakitno wetlands", "Ministry of Environmental Protection",
         "government", "UA", "Emys orbicularis", "European pond turtle", "NT",
         "A drainage scheme would dry out the largest nesting site in the region.",
         "Withdraw the drainage permit and restore the sluices.",
         "Regional administration; Ukrainian Nature Conservation Group"),
    Case("Palm oil concession on peat swamp forest", "PT Sawit Nusantara", "company", "ID",
         "Pongo abelii", "Sumatran orangutan", "CR",
         "Clearing of 6,000 ha of peat swamp forest adjoining the Leuser ecosystem.",
         "Halt clearing and join the High Carbon Stock approach.",
         "RSPO; provincial government; Leuser Conservation Forum"),
    Case("Salamander imports without chytrid screening", "European Commission, DG Environment",
         "intergovernmental", "BE", "Salamandra salamandra", "Fire salamander", "VU",
         "Imported pet salamanders spread Batrachochytrium salamandrivorans into wild "
         "populations.",
         "Require health certificates for all salamander imports into the EU.",
         "Member-state CITES authorities; pet trade associations; amphibian keepers"),
    Case("Limestone quarry on the Kinta karst hills", "Lafarge Malaysia Berhad", "company",
         "MY", "Paraboea vulpina", "Kinta paraboea", "CR",
         "Quarry expansion would remove the only hill where the species grows.",
         "Exclude Gunung Kanthan from the quarry plan and fund a karst survey.",
         "Perak state government; Malaysian Nature Society; Forest Research Institute"),
)


def add_demo_letters(db, group_ids: list[str], rng: random.Random,  # noqa: ANN001
                     today: date) -> int:
    """A handful of requests per group (first three groups), in different states."""
    added = 0
    by_id = {g.id: g for g in groups.list_groups(db)}
    with tempfile.TemporaryDirectory(prefix="ssc-demo-evidence-") as tmp:
        for turn, group_id in enumerate(group_ids[:3]):
            members = svc.member_choices(db, group_id)
            if not members or group_id not in by_id:
                continue
            rotated = DEFAULT[turn * 2:] + DEFAULT[:turn * 2]  # groups do not share cases
            cases = list(CASES.get(by_id[group_id].taxonomic_set or "", ())) + list(rotated)
            people = [m.person_id for m in members]
            plans = _plans(today, rng)
            for case, plan in zip(cases, plans, strict=False):
                _add(db, group_id, case, plan, people, rng, today, Path(tmp))
                added += 1
    return added


# (name, steps as (state, days after the request), request age in days, follow-up offset
#  from today or None, outcome fields)
def _plans(today: date, rng: random.Random) -> list[dict]:
    return [
        {"age": 210, "steps": [("evidence_gathered", 6), ("sent_to_coordinator", 11),
                               ("under_review", 18), ("signed", 40),
                               ("sent_to_addressee", 42), ("response_received", 95),
                               ("closed", 180)],
         "outcome": {"dialogue_opened": "yes",
                     "response_summary": "The ministry acknowledged the letter and invited "
                                         "the group to a technical meeting.",
                     "impact": "Licensing suspended pending a joint field survey; the group "
                               "sits on the review panel."},
         "urgency": "urgent", "evidence": True},
        {"age": 120, "steps": [("evidence_gathered", 4), ("sent_to_coordinator", 9),
                               ("under_review", 15), ("signed", 30),
                               ("sent_to_addressee", 33)],
         "follow_up": -rng.randint(10, 25), "urgency": "high", "evidence": True},
        {"age": 75, "steps": [("evidence_gathered", 5), ("sent_to_coordinator", 12),
                              ("withdrawn", 20)],
         "note": "The permit was cancelled by the authority before the letter was needed.",
         "urgency": "normal"},
        {"age": 30, "steps": [("evidence_gathered", 3), ("sent_to_coordinator", 8),
                              ("under_review", 14)],
         "follow_up": rng.randint(5, 12), "urgency": "high"},
        {"age": 4, "steps": [], "follow_up": 10, "urgency": "urgent"},
        {"age": 260, "steps": [("evidence_gathered", 7), ("sent_to_coordinator", 10),
                               ("under_review", 20), ("signed", 35),
                               ("sent_to_addressee", 36), ("no_response", 150)],
         "follow_up": rng.randint(14, 30), "urgency": "normal"},
        # Older requests, from the last term: one answered and closed, one still open.
        {"age": 640, "steps": [("evidence_gathered", 5), ("sent_to_coordinator", 9),
                               ("under_review", 16), ("signed", 38),
                               ("sent_to_addressee", 40), ("response_received", 120),
                               ("closed", 200)],
         "outcome": {"dialogue_opened": "no",
                     "response_summary": "The company replied that the project meets the "
                                         "national rules.",
                     "impact": "No change yet; the group follows the permit appeal."},
         "urgency": "high", "evidence": False},
        {"age": 430, "steps": [("evidence_gathered", 8), ("sent_to_coordinator", 15),
                               ("under_review", 30), ("signed", 60),
                               ("sent_to_addressee", 62)],
         "follow_up": -rng.randint(3, 9), "urgency": "normal"},
    ]


def _add(db, group_id: str, case: Case, plan: dict, people: list[str],  # noqa: ANN001
         rng: random.Random, today: date, tmp: Path) -> None:
    requested = today - timedelta(days=plan["age"])
    follow = plan.get("follow_up")
    fields = LetterFields(
        title=case.title, addressee_name=case.addressee, addressee_type=case.addressee_type,
        addressee_country=case.country, species_scientific=case.scientific,
        species_common=case.common, red_list_category=case.category, threat=case.threat,
        action_requested=case.action, stakeholders=case.stakeholders,
        evidence_summary="Field surveys by group members, satellite imagery and the latest "
                         "Red List assessment.",
        key_facts=f"Population trend: -{rng.randint(20, 60)}% over three generations.",
        requested_by_id=people[0], alert_raised_by_id=rng.choice(people),
        urgency=plan["urgency"], requested_on=requested,
        follow_up_on=(today + timedelta(days=follow)) if follow is not None else None,
    )
    letter_id = svc.create_letter(db, group_id, fields, today=today).subject_id
    last = len(plan["steps"]) - 1
    for index, (state, offset) in enumerate(plan["steps"]):
        note = plan.get("note", "") if index == last else ""
        svc.advance(db, letter_id, state, requested + timedelta(days=offset), note=note,
                    today=today)
    if "outcome" in plan:
        detail = svc.letter_detail(db, letter_id, today=today)
        svc.update_letter(db, letter_id, detail.version,
                          replace(detail.fields, **plan["outcome"]), today=today)
    if plan.get("evidence"):
        sheet = tmp / f"{case.common} survey counts 2016-2023.csv"
        rows = ["year,site,count"] + [f"{2016 + i},{case.common} site {1 + i % 3},"
                                      f"{rng.randint(8, 60)}" for i in range(8)]
        sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
        letter_files.add_attachment(db, letter_id, sheet)
