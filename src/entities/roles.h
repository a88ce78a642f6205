// Roles: the positions the text gives people ("spokesman for LeJ Al-Alami", "Pakistan's army
// chief General Qamar Javed Bajwa", "the Deputy Chairman of Pakistan's Senate, Abdul Ghafoor
// Haideri", "Rana Sanaullah, Minister of Law in Pakistan's Punjab Province").
//
// find_roles() reads a document whose mentions are already linked (after the entity stage)
// and returns one RoleMention per person-title pair it can read off these patterns:
//   ORG['s] TITLE PERSON            "al-Qaeda chief Ayman al-Zawahiri", "the group's spokesman X"
//   PERSON, [a|the|its] TITLE [for|of|to|in|at ORG]   "Ali bin Sufyan, spokesman for LeJ Al-Alami"
//   the TITLE of ORG, PERSON        "the Deputy Chairman of Pakistan's Senate, Abdul Ghafoor Haideri"
//   TITLE PERSON                    "Provincial Home Minister Sarfraz Bugti" (no organisation)
//   PERSON of [the] [words] ORG     "X of the Islamabad-based think tank FATA Research Center":
//                                   an affiliation with no title stated (title empty)
// An organisation given as a place ("Pakistan's army chief") becomes that country's state
// actor: army for army/military titles, police for police titles, else the government; a
// first-level region ("Minister of Law in Pakistan's Punjab Province") the region's own body,
// with the region's government and the country's body as alternatives.
//
// Thread-safety: a pure function of the document.
#pragma once

#include <string>
#include <vector>

#include "dossier/document.h"

namespace dossier {

struct RoleMention {
  Span person;            // the person's mention
  std::string person_id;  // its entity (may be empty when unresolved)
  std::string title;      // "spokesman", "army chief", "Minister of Law"; empty: an affiliation
  std::string org_id;     // actor id of the organisation, or empty
  // Broader bodies to take, in order, when org_id is no known actor: a place's state actor is
  // derived by name ("Punjab's Minister of Law" -> actor:pk-punjab-interior-ministry), and
  // the province's government, then the country's, stand in when the lexicon lacks it.
  std::vector<std::string> org_alternatives;
  Span org;               // the organisation's mention (empty when none)
  Span evidence;          // from the first to the last token of the pattern
};

std::vector<RoleMention> find_roles(const Document& doc);

// Is this folded word a title or position word ("spokesman", "chief", "minister")?
bool is_title_word(std::string_view norm);
// Is this folded word an honorific that belongs to a name ("mullah", "sheikh", "maulana")?
bool is_name_honorific(std::string_view norm);
// May this folded word extend a title ("army", "interior", "former", "deputy")?
bool is_title_modifier(std::string_view norm);
// Is this folded word a rank or courtesy title before a name ("general", "col.", "mr.")?
bool is_rank_word(std::string_view norm);

}  // namespace dossier
