#!/usr/bin/env bash
# Events read from whole reports by the full pipeline (`dossier annotate`), where the entity
# stage, the place gazetteer and the role model all take part: what the unit tests of the event
# stage, with hand-placed mentions, cannot show. The reports are our own.
# Usage: annotate_events.sh DOSSIER_BINARY SHARED_DIR
set -uo pipefail
DOSSIER=$1
source "$(dirname "$0")/lib/common.sh"

# fact FILE PYTHON_CONDITION: the condition holds of the document's first event `e` (with `d`
# the whole annotation and `names` its actor and place names by id).
fact() {
  python3 - "$1" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
names = {a["id"]: a["name"] for a in d.get("actors", [])}
names.update({p["id"]: p["name"] for p in d.get("places", [])})
e = d["events"][0] if d["events"] else None
sys.exit(0 if e is not None and eval(sys.argv[2]) else 1)
PY
}

# annotate NAME DATE: $T/NAME.txt read as published on DATE into $T/NAME.json.
annotate() { "$DOSSIER" annotate --published "$2" "$T/$1.txt" > "$T/$1.json" 2>"$T/$1.err"; }

cat > "$T/ambush.txt" <<'ARTICLE'
Militants kill 11 soldiers in northeast Nigeria ambush - sources

MAIDUGURI, Nigeria, March 3 (Reuters) - Islamist militants ambushed a military convoy near the town of Damboa in Nigeria's Borno state on Tuesday, killing 11 soldiers and wounding several others, two military sources said.

The fighters, who arrived in gun trucks and fired rocket-propelled grenades, also seized weapons and burned two armoured vehicles, the sources said.

The attack was carried out by Islamic State West Africa Province (ISWAP), which split from Boko Haram in 2016, one of the sources said. ISWAP later claimed responsibility in a statement, saying it had killed 15 soldiers.
ARTICLE
check "annotate the ambush" annotate ambush 2020-03-03
check "one attack" fact "$T/ambush.json" 'len(d["events"]) == 1'
check "a fired weapon keeps its class (explosives)" fact "$T/ambush.json" '"explosives" in e["weapons"]'
check "the tolls of the sources and the claim stay a range" fact "$T/ambush.json" 'e["killed"]["low"] == 11 and e["killed"]["high"] == 15'
check "near the town of Damboa" fact "$T/ambush.json" 'names.get(e["place"]) == "Damboa"'
check "the claimant" fact "$T/ambush.json" '[names.get(x) for x in e["claimed_by"]] == ["Islamic State West Africa Province"]'

cat > "$T/sinai.txt" <<'ARTICLE'
Gunmen kill police officer, wound two in Egypt's North Sinai

CAIRO, June 5 (Reuters) - Gunmen shot dead a police officer and wounded two conscripts at a checkpoint in the North Sinai city of El Arish on Monday, security sources said.

No group immediately claimed responsibility, but Islamic State's Sinai branch has carried out dozens of similar attacks on security forces in the region since 2013.

The officer, a lieutenant colonel, was killed when the attackers opened fire from a passing car, the sources said.
ARTICLE
check "annotate the Sinai report" annotate sinai 2017-06-05
check "the record of dozens of attacks is no event" fact "$T/sinai.json" 'len(d["events"]) == 1'
check "in the city after 'city of', not the region or the dateline" fact "$T/sinai.json" '"Arish" in names.get(e["place"], "")'
check "on the Monday told" fact "$T/sinai.json" 'e["date"]["start"] == "2017-06-05" == e["date"]["end"]'
check "the attackers of the later sentence are the news's" fact "$T/sinai.json" 'any(a["text"] == "attackers" for s in e["sources"] for a in s["arguments"])'
check "no claim" fact "$T/sinai.json" 'e["claimed_by"] == []'

cat > "$T/twin.txt" <<'ARTICLE'
Twin blasts kill 30 in Iraq's Baghdad and Kirkuk

BAGHDAD (Reuters) - Two car bombs exploded in Baghdad and the northern city of Kirkuk on Thursday, killing at least 30 people, police and medical sources said.

In Baghdad, a car bomb went off near a busy market in the mostly Shi'ite district of Sadr City, killing 21 people and wounding 45, police said.

In Kirkuk, a suicide bomber drove an explosives-laden car into a police checkpoint, killing nine policemen.

Islamic State claimed the Baghdad bombing in a statement posted online. There was no immediate claim for the Kirkuk attack.
ARTICLE
check "annotate the twin blasts" annotate twin 2016-05-12
check "two incidents, no third made of 'the Kirkuk attack'" fact "$T/twin.json" 'len(d["events"]) == 2'
check "the claim of 'the Baghdad bombing' is Baghdad's" fact "$T/twin.json" 'all((names.get(x["place"]) == "Baghdad") == bool(x["claimed_by"]) for x in d["events"])'
check "each incident its own toll" fact "$T/twin.json" 'sorted(x["killed"]["low"] for x in d["events"]) == [9, 21]'
check "both are the news, on the day the lead tells" fact "$T/twin.json" 'all(x["date"] and x["date"]["start"] == "2016-05-12" for x in d["events"])'

cat > "$T/clash.txt" <<'ARTICLE'
Clashes between Nigerian troops and jihadists kill at least 20 in Borno

MAIDUGURI, Nigeria, May 5 (Reuters) - Fighting between Nigerian troops and Islamist militants killed at least 20 people near the town of Gwoza in Borno state on Saturday, military sources said.

A local official later put the toll at 27, saying several wounded fighters had died overnight.
ARTICLE
check "annotate the clash" annotate clash 2024-05-05
check "a clash of troops and militants that kills is an event" fact "$T/clash.json" 'len(d["events"]) == 1 and e["type"] == "armed_assault"'
check "'at least 20' and a later 27 make the range 20-27" fact "$T/clash.json" 'e["killed"]["low"] == 20 and e["killed"]["high"] == 27'
check "near the town of Gwoza" fact "$T/clash.json" 'names.get(e["place"]) == "Gwoza"'

cat > "$T/shooting.txt" <<'ARTICLE'
Gunman kills three at shopping centre in Leeds

LONDON, May 5 (Reuters) - A gunman shot dead three people at a shopping centre in the northern English city of Leeds on Sunday, police said.

Police named the attacker as Peter Mallory, 28, a local man.

The gunman opened fire in a cafe before turning the rifle on shoppers, a police spokesman said.
ARTICLE
check "annotate the shooting" annotate shooting 2024-05-05
check "the attacker named" fact "$T/shooting.json" '[names.get(x) for x in e["perpetrators"]] == ["Peter Mallory"]'
check "the gunman after the name is no second attacker" fact "$T/shooting.json" 'not any(a["text"] == "gunman" and a["start"] > d["text"].index("Peter") for s in e["sources"] for a in s["arguments"])'

cat > "$T/church.txt" <<'ARTICLE'
Gunmen kill 17 worshippers in attack on Nigerian church

KADUNA, Nigeria, May 5 (AP) - Gunmen attacked a Catholic church during Sunday Mass in northwestern Nigeria, killing at least 17 worshippers, witnesses said.
ARTICLE
check "annotate the church attack" annotate church 2024-05-05
check "'Gunmen' after the dateline names no perpetrator actor" fact "$T/church.json" 'e["perpetrators"] == []'
check "a church is a religious target" fact "$T/church.json" 'any(t["category"] == "religious" for t in e["targets"])'

cat > "$T/paren.txt" <<'ARTICLE'
Militants kill five in northeast Nigeria

MAIDUGURI, Nigeria, May 5 (Reuters) - Militants killed five farmers near the town of Damboa in Borno state on Sunday, police said.

The attack was carried out by Boko Haram (Nigeria), a police spokesman said.
ARTICLE
check "annotate the report with a country in parentheses" annotate paren 2024-05-05
check "a country in parentheses after a group is no acronym of it" fact "$T/paren.json" 'not any(a["role"] == "perpetrator_org" and a["text"] == "Nigeria" for s in e["sources"] for a in s["arguments"])'

cat > "$T/steps.txt" <<'ARTICLE'
Gunmen kill five police officers in Nigeria

KADUNA, Nigeria, May 5 (Reuters) - Gunmen killed five police officers in Kaduna state on Sunday, police said. The gunmen had surrounded the police station in the town of Kajuru before they opened fire.
ARTICLE
check "annotate the report of the attack's steps" annotate steps 2024-05-05
check "the attack's own steps in the past perfect keep their place" fact "$T/steps.json" 'any(a["role"] == "place" and a["text"] == "Kajuru" for s in e["sources"] for a in s["arguments"])'

cat > "$T/arms.txt" <<'ARTICLE'
Gunmen kill six at church in Burkina Faso

OUAGADOUGOU, May 5 (Reuters) - Gunmen killed six people, including a priest, during Sunday mass at a church in the northern town of Dablo, the government said.

The attackers used AK-47 rifles and hand grenades, police said.
ARTICLE
check "annotate the report of the attackers' arms" annotate arms 2024-05-05
check "the arms told in a later sentence are the attack's" fact "$T/arms.json" '"firearms" in e["weapons"] and "explosives" in e["weapons"]'
check "the rifles are a weapon argument" fact "$T/arms.json" 'any(a["role"] == "weapon" and "rifles" in a["text"] for s in e["sources"] for a in s["arguments"])'

cat > "$T/groups.txt" <<'ARTICLE'
Gunmen kill 10 in attack on army post in Mali

BAMAKO, May 5 (Reuters) - Seven civilians and all three soldiers were killed when gunmen attacked an army post near the town of Mopti in central Mali on Sunday, the army said.

Officials had earlier said eight people died.
ARTICLE
check "annotate the report of dead counted by groups" annotate groups 2024-05-05
check "one attack" fact "$T/groups.json" 'len(d["events"]) == 1'
check "the groups add up, the earlier count stays in the range" fact "$T/groups.json" 'e["killed"]["low"] == 8 and e["killed"]["high"] == 10'

cat > "$T/prison.txt" <<'ARTICLE'
Gunmen storm prison in Nigeria, free inmates

ABUJA, May 5 (Reuters) - Gunmen attacked a prison in the southeastern Nigerian city of Owerri on Sunday, freeing more than 1,800 inmates, the prison service said.

The attackers used rocket-propelled grenades to blast their way into the compound and exchanged fire with guards, a spokesman said.
ARTICLE
check "annotate the prison raid" annotate prison 2024-05-05
check "grenades fired in a raid leave it an armed assault" fact "$T/prison.json" 'e["type"] == "armed_assault" and "explosives" in e["weapons"]'

cat > "$T/recalled.txt" <<'ARTICLE'
Gunmen attack police post in Afghanistan

KABUL, May 5 (Reuters) - Gunmen attacked a police post in the city of Ghazni on Sunday, officials said.

In March, a suicide bomber killed 40 people at a mosque in the same city.

Three policemen were killed in Sunday's attack, a police spokesman said.
ARTICLE
check "annotate the report recalling a past attack" annotate recalled 2024-05-05
check "the toll of Sunday's attack is the news's" fact "$T/recalled.json" 'e["killed"]["low"] == 3 == e["killed"]["high"]'
check "the recalled attack keeps its own toll" fact "$T/recalled.json" 'len(d["events"]) == 2 and d["events"][1]["killed"]["low"] == 40 == d["events"][1]["killed"]["high"]'

cat > "$T/dismissed.txt" <<'ARTICLE'
Militants kill nine in Mali village raid

GAO, Mali, May 5 (Reuters) - Militants killed nine villagers in a raid near Gao on Saturday, local officials said.

Katiba Serma claimed the raid in a message to a local radio station on Sunday. Officials dismissed the claim, saying the group had no fighters in the area.
ARTICLE
check "annotate the report of a dismissed claim" annotate dismissed 2024-05-05
check "a group's name the entity stage types as a person's still claims" fact "$T/dismissed.json" '[names.get(x) for x in e["claimed_by"]] == ["Katiba Serma"]'
check "a dismissed claim names no perpetrator" fact "$T/dismissed.json" 'e["perpetrators"] == []'

cat > "$T/clash.txt" <<'ARTICLE'
Clashes in Kunduz kill 30

KUNDUZ, Afghanistan, May 5 (Reuters) - Clashes between Afghan security forces and Taliban fighters near the city of Kunduz killed 10 soldiers and 20 insurgents on Sunday, officials said.
ARTICLE
check "annotate the report of a clash" annotate clash 2024-05-05
check "in a clash the militants are the perpetrators, not the forces" fact "$T/clash.json" '[names.get(x) for x in e["perpetrators"]] == ["Taliban"]'

cat > "$T/roundup.txt" <<'ARTICLE'
Militants attack army base in Borno, abduct women in Yobe

MAIDUGURI, Nigeria (Reuters) - Islamic State West Africa Province fighters attacked a military base in the town of Marte on 7 May, killing at least nine soldiers, military sources said on Thursday.

In other violence, suspected Boko Haram militants abducted 15 women collecting firewood near the town of Geidam in Yobe state on 9 May, residents said.
ARTICLE
check "annotate the round-up in British date style" annotate roundup 2024-05-10
check "two incidents" fact "$T/roundup.json" 'len(d["events"]) == 2'
check "'on 7 May' dates the attack" fact "$T/roundup.json" 'e["date"]["start"] == "2024-05-07" == e["date"]["end"]'
check "'In other violence' opens an incident of its own, on 9 May" fact "$T/roundup.json" 'd["events"][1]["type"] == "kidnapping" and d["events"][1]["date"]["start"] == "2024-05-09"'
check "the kidnapping takes no toll of the attack" fact "$T/roundup.json" 'd["events"][1]["killed"] is None'

cat > "$T/quote.txt" <<'ARTICLE'
Drone strike kills Taliban commander

KABUL, May 5 (Reuters) - A U.S. drone strike killed a senior Taliban commander in Kunduz province on Sunday, officials said. "They killed our commander," a Taliban spokesman said.
ARTICLE
check "annotate the report of a victim's side quoted" annotate quote 2024-05-05
check "a quote of the side hit ('they killed our commander') claims nothing" fact "$T/quote.json" '"Taliban" not in [names.get(x) for x in e["claimed_by"] + e["perpetrators"]]'

cat > "$T/twoclaims.txt" <<'ARTICLE'
Suicide bomber kills 21 at Kabul mosque

KABUL, May 5 (Reuters) - A suicide bomber killed 21 worshippers at a mosque in Kabul on Friday. The Islamic State claimed the attack. The group also claimed a bombing in Jalalabad last month that killed 10 people, but officials rejected that claim.
ARTICLE
check "annotate the report of a claim kept and one dismissed" annotate twoclaims 2024-05-05
check "the dismissed claim leaves the other claimed attack its perpetrator" fact "$T/twoclaims.json" '"Islamic State" in [names.get(x) for x in e["perpetrators"]]'

cat > "$T/blamedenied.txt" <<'ARTICLE'
Bombs hit Kabul and Kunduz

KABUL, May 5 (Reuters) - The Taliban claimed a bombing in Kabul on Monday that killed 10 soldiers. On Tuesday, a bomb killed 20 people at a market in Kunduz. Officials blamed the Taliban, but the Taliban rejected the claims.
ARTICLE
check "annotate the report of a blame denied" annotate blamedenied 2024-05-05
check "a blame denied is no dismissed claim: the Kabul claim stays" fact "$T/blamedenied.json" '"Taliban" in [names.get(x) for x in e["claimed_by"]]'

cat > "$T/recovered.txt" <<'ARTICLE'
Gunmen kill six at Kabul market

KABUL, May 5 (Reuters) - Gunmen killed six people at a market in Kabul on Sunday, police said.

Police rifles and a grenade launcher were recovered nearby, and the attackers used hand grenades, police said.
ARTICLE
check "annotate the report of arms recovered and arms used" annotate recovered 2024-05-05
check "arms told before the verb of use are not the attackers' for sure" fact "$T/recovered.json" 'not any(a["role"] == "weapon" and "rifles" in a["text"] for s in e["sources"] for a in s["arguments"])'

cat > "$T/militias.txt" <<'ARTICLE'
Rival militias clash in Libyan city

ZAWIYA, Libya, May 5 (Reuters) - At least 27 people were killed and 80 wounded in clashes between rival militias in the western Libyan city of Zawiya on Saturday, the health ministry said.
ARTICLE
check "annotate the report of a clash between rival militias" annotate militias 2024-05-05
check "a clash between rival militias is an event with its toll and day" fact "$T/militias.json" 'e["killed"]["low"] == 27 and e["injured"]["low"] == 80 and e["date"]["start"] == "2024-05-04"'

cat > "$T/blasts.txt" <<'ARTICLE'
Blasts hit two bus terminals in northern city

KANO, Nigeria, May 5 (Reuters) - Blasts hit two crowded bus terminals in the northern Nigerian city of Kano on Sunday, killing 11 people and wounding dozens, police said.
ARTICLE
check "annotate the report of blasts that hit a site" annotate blasts 2024-05-05
check "blasts striking a site are a bombing, with no weapon word" fact "$T/blasts.json" 'len(d["events"]) == 1 and e["type"] == "bombing" and e["killed"]["low"] == 11'

cat > "$T/refinery.txt" <<'ARTICLE'
Explosion at chemical works injures workers

An explosion rocked a chemical factory on the outskirts of the city on Sunday, injuring six workers, the fire service said.
ARTICLE
check "annotate the report of an explosion at works" annotate refinery 2024-05-05
check "an explosion at works is no attack" python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["events"] == [] else 1)' "$T/refinery.json"

cat > "$T/alsokilled.txt" <<'ARTICLE'
Gunmen attack police station in Pakistan

PESHAWAR, May 5 (Reuters) - Gunmen attacked a police station in Bannu on Sunday, killing four policemen, officials said.

Three of the attackers and two civilians were also killed in the gunfight that followed, a police official said.
ARTICLE
check "annotate the report of dead told after the attackers' share" annotate alsokilled 2024-05-05
check "the civilians also killed are added, the attackers apart" fact "$T/alsokilled.json" 'len(d["events"]) == 1 and e["killed"]["low"] == 6 and e["killed"]["high"] == 6'

cat > "$T/anniversary.txt" <<'ARTICLE'
Mourners mark anniversary of Azaz market bombing

BEIRUT, May 7 (Reuters) - Hundreds of mourners gathered on Tuesday in Azaz, a town in Aleppo province, on the second anniversary of the car bombing of its market, which killed 40 people.

Officials in the town linked the bombing to the YPG militia at the time.
ARTICLE
check "annotate the anniversary report" annotate anniversary 2024-05-07
check "the bombing recalled is dated two years back, not the week of the report" fact "$T/anniversary.json" 'e["date"]["start"] <= "2022-05-07" <= e["date"]["end"]'
check "'linked the bombing to' blames the YPG" fact "$T/anniversary.json" '"actor:ypg" in e["perpetrators"] and e["claimed_by"] == []'
check "'Azaz, a town in Aleppo province' is a town of Aleppo" fact "$T/anniversary.json" 'any(p["id"] == "place:azaz-aleppo-sy" and p["parent"] == "place:aleppo-sy" for p in d["places"])'

# none FILE: the document has no event.
none() { python3 -c 'import json, sys; sys.exit(0 if not json.load(open(sys.argv[1]))["events"] else 1)' "$1"; }

cat > "$T/business.txt" <<'ARTICLE'
Norbury raises brewer stake, machinists strike Keller plants

LONDON, March 3 - Norbury Holdings Plc said it built up a 12 pct stake in the brewer Ashdown in a 40 mln stg share raid last week, and analysts said Ashdown's board would find the offer hard to attack.

In the United States, about 900 machinists struck two aircraft parts plants of Keller Aviation Inc after talks on a new contract broke down, the company said. Keller shares shot up 2-1/4 dlrs to 31 on the news.

Separately, an explosion and fire at a Rhine chemical plant killed one worker on Tuesday; the operator blamed a faulty valve and said output would be cut by 20 pct.
ARTICLE
check "annotate the report of firms and markets" annotate business 1987-03-03
check "a share raid, a labour strike, a rising share and a plant accident are no events" none "$T/business.json"

cat > "$T/tankers.txt" <<'ARTICLE'
Oil rises after Iraqi raid on Iranian terminal

LONDON, March 3 - Oil prices rose 40 cents a barrel on Tuesday after Iraq said its warplanes raided an Iranian oil terminal in the northern Gulf overnight, dealers said.

Analysts said the market would watch for attacks on tankers in the coming weeks.
ARTICLE
check "annotate the market report of a raid" annotate tankers 1987-03-03
check "warplanes that raided a terminal are an attack in a market report" fact "$T/tankers.json" 'len(d["events"]) == 1 and e["type"] == "armed_assault"'

cat > "$T/mine.txt" <<'ARTICLE'
Roadside bomb kills five soldiers in central Mali

BAMAKO - Five Malian soldiers were killed and eight wounded when a bomb exploded under their convoy near the town of Boni in central Mali on Saturday, the army said.
ARTICLE
check "annotate the report of soldiers killed by a mine" annotate mine 2024-05-06
check "the soldiers killed are the victims, not the authors" fact "$T/mine.json" 'len(d["events"]) == 1 and e["perpetrators"] == [] and e["killed"]["low"] == 5'

cat > "$T/aidconvoy.txt" <<'ARTICLE'
Gunmen attack aid convoy, killing two workers

JUBA - Gunmen ambushed a convoy of trucks carrying food aid in Jonglei state on Thursday, killing two aid workers, the United Nations said.

The World Food Programme said the convoy was attacked near Pibor and that the attackers looted food supplies. Three other staff were wounded.
ARTICLE
check "annotate the report of an aid convoy attacked" annotate aidconvoy 2024-05-06
check "the convoy told again near a town is the same attack, with the wounded" fact "$T/aidconvoy.json" 'len(d["events"]) == 1 and e["killed"]["low"] == 2 and e["injured"]["low"] == 3'

cat > "$T/mayor.txt" <<'ARTICLE'
Town mayor shot dead by motorbike gunmen

MANILA - A town mayor in the southern Philippines was shot dead by two men on a motorcycle on Wednesday, police said.

Mayor Ramon Dizon, 54, was leaving a market in Cotabato City when the gunman riding pillion opened fire on him, police spokesman Jun Cruz said. His driver was wounded.
ARTICLE
check "annotate the report of a mayor shot by motorbike gunmen" annotate mayor 2024-05-06
check "one dead, told as 'a mayor in <place>'; no pronoun among the targets" fact "$T/mayor.json" 'len(d["events"]) == 1 and e["killed"]["low"] == 1 and not any(t["text"].lower() in ("him", "her", "them") for t in e["targets"])'

cat > "$T/bodyguards.txt" <<'ARTICLE'
Gunmen kill mayor and bodyguards

MANILA, May 5 (Reuters) - Gunmen shot dead Ramon Dizon and his two bodyguards in the town of Calbayog on Sunday, police said.
ARTICLE
check "annotate the report of a mayor killed with his bodyguards" annotate bodyguards 2024-05-06
check "a possessive alone is no target" fact "$T/bodyguards.json" 'len(d["events"]) == 1 and all(t["text"].lower() not in ("his", "their", "its") for t in e["targets"])'

cat > "$T/mosque.txt" <<'ARTICLE'
Gunmen kill 12 worshippers at mosque in eastern Burkina Faso

NIAMEY, Niger - Gunmen killed 12 worshippers during dawn prayers at a mosque in the village of Natiaboani in eastern Burkina Faso on Sunday, security sources said.

The government in Ouagadougou called it "a cowardly terrorist attack" but did not name a group.
ARTICLE
check "annotate the mosque attack told from a neighbour's capital" annotate mosque 2024-05-14
check "the government's word for the attack is no second attack, nor its capital a place" fact "$T/mosque.json" 'len(d["events"]) == 1 and names.get(e["place"]) == "Natiaboani"'

cat > "$T/counts.txt" <<'ARTICLE'
Attacks on civilians in the Sahel hit a record in 2023

DAKAR - Militant attacks in Burkina Faso rose to a record in 2023, with more than 8,000 people killed, according to a conflict monitor.

The monitor recorded 1,500 attacks on civilians in 2023, up from 1,000 in 2022 and 500 in 2021.
ARTICLE
check "annotate the analysis of yearly counts" annotate counts 2024-05-14
check "counts of attacks over the years are no events" none "$T/counts.json"

cat > "$T/denial.txt" <<'ARTICLE'
Rebels deny pipeline bombing as rival faction claims it

BOGOTA - A bomb blast ruptured an oil pipeline in the province of Arauca on Monday night, the state oil company said. No one was hurt.

"The National Liberation Army had nothing to do with the attack on the pipeline," the ELN said in a statement.
ARTICLE
check "annotate the denied pipeline bombing" annotate denial 2024-05-14
check "the group that had nothing to do with it is no perpetrator" fact "$T/denial.json" 'len(d["events"]) == 1 and e["perpetrators"] == []'

cat > "$T/retaliation.txt" <<'ARTICLE'
Rockets kill four in government-held Syrian town

BEIRUT - Insurgents fired rockets at the government-held town of Suqaylabiyah in Hama province on Saturday, killing four civilians, state media reported.

A war monitor said HTS fighters had fired the rockets in retaliation for government shelling on the town of Ariha a day earlier, in which three people were killed.
ARTICLE
check "annotate the rockets fired in retaliation" annotate retaliation 2024-05-12
check "the side that retaliated is no author of the shelling it answered" fact "$T/retaliation.json" 'not any("Hayat" in names.get(p, "") and "Ari" in names.get(x["place"], "") for x in d["events"] for p in x["perpetrators"])'

cat > "$T/cylinder.txt" <<'ARTICLE'
Blast at Karachi eatery kills four

KARACHI, May 5 (Reuters) - An explosion ripped through a small restaurant in Karachi's Saddar area on Sunday, killing four people and wounding 11, police said.

Police officer Imran Baig said the blast had been blamed on a faulty gas cylinder in the kitchen. Gas shortages have led many eateries to use cheap cylinders.
ARTICLE
check "annotate the report of a gas cylinder blast" annotate cylinder 2024-05-06
check "a blast blamed on a gas cylinder is no attack, nor the cylinder a target" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if not d["events"] else 1)' "$T/cylinder.json"

cat > "$T/cylinderbomb.txt" <<'ARTICLE'
Bomb in gas cylinder kills five at Quetta bus stand

QUETTA, May 5 (Reuters) - A bomb packed into a gas cylinder exploded at a crowded bus stand in Quetta on Sunday, killing five people, police said.
ARTICLE
check "annotate the report of a bomb hidden in a gas cylinder" annotate cylinderbomb 2024-05-06
check "a bomb hidden in a gas cylinder is a bombing" fact "$T/cylinderbomb.json" 'len(d["events"]) == 1 and e["type"] == "bombing"'

cat > "$T/unclear.txt" <<'ARTICLE'
Explosion kills nine at Peshawar market

PESHAWAR, May 5 (Reuters) - An explosion ripped through a busy market in Peshawar on Sunday, killing nine people and wounding 20, officials said.

Police were investigating whether the blast was caused by a bomb or a leaking gas cylinder, a police spokesman said.
ARTICLE
check "annotate the report of a blast of unknown cause" annotate unclear 2024-05-06
check "a blast whose cause is in question: one event of unknown type, no weapon" fact "$T/unclear.json" 'len(d["events"]) == 1 and e["type"] == "other" and e["weapons"] == [] and not any(a["role"] == "weapon" for s in e["sources"] for a in s["arguments"])'

cat > "$T/execution.txt" <<'ARTICLE'
Iran hangs two men for murder

TEHRAN, May 5 (Reuters) - Iran executed two men on Sunday who had been convicted of murdering a shopkeeper in 2019, the judiciary's news agency said.
ARTICLE
check "annotate the report of an execution" annotate execution 2024-05-06
check "a state's execution after a trial is no attack" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if not d["events"] else 1)' "$T/execution.json"

exit $((fails > 0))
