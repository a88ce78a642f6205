#!/usr/bin/env python3
"""Writes bench/data/linking_dev.jsonl: the actor-linking development set.

Annotation: the authors read the development documents (re3d DEV, WikiEvents dev, MUC-4 dev)
and wrote down, for each actor name they found, which actor the name denotes (ANNOTATIONS
below: a surface form as it is written in those documents -> the expected actor id, chosen by
reading the documents, including aliases, translations and factions). This script only
locates every whole-word, case-sensitive occurrence of those surface forms (at most
MAX_PER_DOC per form and document) and records document id and code-point offsets, so the set
can be rebuilt from ../shared/data. Only the short mention string is stored, never text.

Expected ids of names the lexicon does not know are the id an unknown name must get
("actor:" + its normal key), so the set also checks that unknown names stay apart.

Usage: python3 bench/data/linking_dev.py [SHARED_DIR] > bench/data/linking_dev.jsonl
"""
import glob
import json
import os
import re
import sys

MAX_PER_DOC = 2

# (corpus, surface, expected id, case) -- case: alias | faction | acronym | unknown | state | name
ANNOTATIONS = [
    # re3d (Syria / Iraq government and military releases)
    ("re3d", "ISIL", "actor:islamic-state", "acronym"),
    ("re3d", "Daesh", "actor:islamic-state", "alias"),
    ("re3d", "Da\u2019esh", "actor:islamic-state", "alias"),
    ("re3d", "Islamic State of Iraq and the Levant", "actor:islamic-state", "alias"),
    ("re3d", "SDF", "actor:syrian-democratic-forces", "acronym"),
    ("re3d", "Syrian Democratic Forces", "actor:syrian-democratic-forces", "name"),
    ("re3d", "al-Qaida", "actor:al-qaeda", "alias"),
    ("re3d", "Hezbollah", "actor:hezbollah", "name"),
    ("re3d", "Peshmerga", "actor:iq-peshmerga", "state"),
    ("re3d", "Iraqi security forces", "actor:iq-security-forces", "state"),
    ("re3d", "Iraqi Security Forces", "actor:iq-security-forces", "state"),
    ("re3d", "ISF", "actor:iq-security-forces", "acronym"),
    ("re3d", "Iraqi Army", "actor:iq-army", "state"),
    ("re3d", "Iraqi forces", "actor:iq-military", "state"),
    ("re3d", "Kurdistan Regional Government", "actor:iq-krg", "state"),
    ("re3d", "Syrian Arab Coalition", "actor:syrian-arab-coalition", "faction"),
    ("re3d", "Asad regime", "actor:sy-government", "alias"),
    ("re3d", "Assad regime", "actor:sy-government", "alias"),
    ("re3d", "Syrian government", "actor:sy-government", "state"),
    ("re3d", "UN Security Council", "actor:un-security-council", "name"),
    ("re3d", "Security Council", "actor:un-security-council", "alias"),
    ("re3d", "Global Coalition", "actor:global-coalition", "name"),
    ("re3d", "CJTF-OIR", "actor:cjtf-oir", "acronym"),
    ("re3d", "Operation Inherent Resolve", "actor:cjtf-oir", "alias"),
    ("re3d", "Royal Navy", "actor:gb-royal-navy", "state"),
    ("re3d", "Royal Air Force", "actor:gb-raf", "state"),
    ("re3d", "U.S. Central Command", "actor:us-centcom", "state"),
    ("re3d", "Syrian National Coalition", "actor:syrian-national-coalition", "name"),
    ("re3d", "Human Rights Council", "actor:un-human-rights-council", "name"),
    ("re3d", "European Union", "actor:european-union", "name"),
    ("re3d", "Jabhat al-Nusra", "actor:nusra-front", "alias"),
    ("re3d", "al-Nusra Front", "actor:nusra-front", "name"),
    ("re3d", "Ahrar al-Sham", "actor:ahrar-al-sham", "name"),
    ("re3d", "Jaysh al-Islam", "actor:jaysh-al-islam", "name"),
    ("re3d", "Pentagon", "actor:us-dod", "alias"),
    ("re3d", "Department of Defense", "actor:us-dod", "alias"),
    ("re3d", "State Department", "actor:us-state-department", "alias"),
    ("re3d", "Iraqi government", "actor:iq-government", "state"),
    ("re3d", "Government of Iraq", "actor:iq-government", "state"),
    ("re3d", "UNESCO", "actor:unesco", "unknown"),
    ("re3d", "Al bu Nimr", "actor:al-bu-nimr", "unknown"),
    # WikiEvents dev (news articles)
    ("wikievents", "IRA", "actor:provisional-ira", "acronym"),
    ("wikievents", "Provisional IRA", "actor:provisional-ira", "faction"),
    ("wikievents", "ETA", "actor:eta", "acronym"),
    ("wikievents", "IS", "actor:islamic-state", "acronym"),
    ("wikievents", "ISIL", "actor:islamic-state", "acronym"),
    ("wikievents", "Islamic State", "actor:islamic-state", "name"),
    ("wikievents", "Taliban", "actor:taliban", "name"),
    ("wikievents", "FBI", "actor:us-fbi", "state"),
    ("wikievents", "MI5", "actor:gb-mi5", "state"),
    ("wikievents", "UDA", "actor:uda", "acronym"),
    ("wikievents", "Ulster Defence Association", "actor:uda", "name"),
    ("wikievents", "National Defense Forces", "actor:national-defence-forces", "alias"),
    ("wikievents", "Syrian Observatory for Human Rights", "actor:syrian-observatory-for-human-rights", "name"),
    ("wikievents", "Syrian Democratic Forces", "actor:syrian-democratic-forces", "name"),
    ("wikievents", "Pentagon", "actor:us-dod", "alias"),
    ("wikievents", "U.S. State Department", "actor:us-state-department", "alias"),
    ("wikievents", "U.S. Treasury Department", "actor:us-treasury", "alias"),
    ("wikievents", "NATO", "actor:nato", "acronym"),
    ("wikievents", "Interpol", "actor:interpol", "unknown"),
    ("wikievents", "Greater Manchester Police", "actor:greater-manchester-police", "unknown"),
    ("wikievents", "Bolivarian National Guard", "actor:bolivarian-national-guard", "unknown"),
    ("wikievents", "Communist Party of Spain", "actor:communist-party-of-spain", "unknown"),
    ("wikievents", "RUC", "actor:ruc", "unknown"),
    ("wikievents", "U.S. Air Force", "actor:us-air-force", "state"),
    ("wikievents", "United States Air Force", "actor:us-air-force", "state"),
    ("wikievents", "Parachute Regiment", "actor:parachute-regiment", "unknown"),
    ("wikievents", "Justice Department", "actor:justice-department", "unknown"),
    ("wikievents", "Russian soldiers", "actor:ru-military", "state"),
    ("wikievents", "Afghan forces", "actor:af-military", "state"),
    ("wikievents", "Afghan security forces", "actor:af-security-forces", "state"),
    ("wikievents", "Haqqani network", "actor:haqqani-network", "faction"),
    ("wikievents", "al-Shabab", "actor:al-shabaab", "alias"),
    ("wikievents", "al-Shabaab", "actor:al-shabaab", "alias"),
    ("wikievents", "Boko Haram", "actor:boko-haram", "name"),
    ("wikievents", "Hamas", "actor:hamas", "name"),
    ("wikievents", "Hezbollah", "actor:hezbollah", "name"),
    ("wikievents", "al-Qaida", "actor:al-qaeda", "alias"),
    ("wikievents", "al-Qaeda", "actor:al-qaeda", "name"),
    # MUC-4 dev (FBIS translations, lower-cased in the processed files)
    ("muc4", "fmln", "actor:fmln", "acronym"),
    ("muc4", "farabundo marti national liberation front", "actor:fmln", "name"),
    ("muc4", "shining path", "actor:shining-path", "name"),
    ("muc4", "sendero luminoso", "actor:shining-path", "alias"),
    ("muc4", "eln", "actor:eln", "acronym"),
    ("muc4", "national liberation army", "actor:eln", "alias"),
    ("muc4", "medellin cartel", "actor:medellin-cartel", "name"),
    ("muc4", "extraditables", "actor:medellin-cartel", "alias"),
    ("muc4", "atlacatl battalion", "actor:sv-atlacatl-battalion", "state"),
    ("muc4", "urng", "actor:urng", "acronym"),
    ("muc4", "mrta", "actor:mrta", "acronym"),
    ("muc4", "tupac amaru revolutionary movement", "actor:mrta", "name"),
    ("muc4", "farc", "actor:farc", "acronym"),
    ("muc4", "revolutionary armed forces of colombia", "actor:farc", "name"),
    ("muc4", "manuel rodriguez patriotic front", "actor:fpmr", "name"),
    ("muc4", "fpmr", "actor:fpmr", "acronym"),
    ("muc4", "popular liberation forces", "actor:fpl", "faction"),
    ("muc4", "people's revolutionary army", "actor:erp-el-salvador", "faction"),
    ("muc4", "armed forces of national resistance", "actor:farn", "faction"),
    ("muc4", "m-19", "actor:m-19", "acronym"),
    ("muc4", "april 19 movement", "actor:m-19", "alias"),
    ("muc4", "zarate willka", "actor:zarate-willka", "alias"),
    ("muc4", "nestor paz zamora commission", "actor:cnpz", "name"),
    ("muc4", "simon bolivar guerrilla coordinating board", "actor:cgsb", "name"),
    ("muc4", "treasury police", "actor:sv-treasury-police", "state"),
    ("muc4", "salvadoran army", "actor:sv-army", "state"),
    ("muc4", "colombian army", "actor:co-army", "state"),
    ("muc4", "peruvian army", "actor:pe-army", "state"),
    ("muc4", "lautaro youth movement", "actor:lautaro-youth-movement", "name"),
    ("muc4", "cinchoneros", "actor:cinchoneros", "name"),
    ("muc4", "morazanist patriotic front", "actor:morazanist-patriotic-front", "unknown"),
]


def code_points(s):
    return len(s)


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared")
    docs = {"re3d": [], "wikievents": [], "muc4": []}
    for f in sorted(glob.glob(os.path.join(shared, "data/re3d/*/documents.json"))):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                docs["re3d"].append((d["_id"], d["text"]))
    for line in open(os.path.join(shared, "data/wikievents/dev.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        docs["wikievents"].append((d["doc_id"], d["text"]))
    for line in open(os.path.join(shared, "data/muc4/processed/dev.json"), encoding="utf-8"):
        d = json.loads(line)
        docs["muc4"].append((d["docid"], d["doctext"]))
    n = 0
    for corpus, surface, expected, case in ANNOTATIONS:
        # Not inside a longer name ("Counter ISIL Coalition" names the coalition).
        pat = re.compile(r"(?<![\w-])(?<!Counter )(?<!counter-)" + re.escape(surface) + r"(?![\w-])(?! Coalition)")
        for doc_id, text in docs[corpus]:
            for k, m in enumerate(pat.finditer(text)):
                if k >= MAX_PER_DOC:
                    break
                print(json.dumps({"corpus": corpus, "doc": doc_id, "start": m.start(), "end": m.end(),
                                  "mention": surface, "expected": expected, "case": case}, ensure_ascii=False))
                n += 1
    print(f"{n} items", file=sys.stderr)


if __name__ == "__main__":
    main()
