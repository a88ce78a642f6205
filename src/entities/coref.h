// Within-document coreference for actors: descriptions ("the group", "the terror group",
// "the militant network", "this terrorist organization"), "the latter"/"the former", the
// possessive "its" before a leadership noun ("its leader", "its spokesman") and personal
// pronouns (he/she/his/him) -- each resolved only where the text makes it clear, otherwise
// left out (an unresolved description is not a mention of anyone).
//
// An apposition after a group's name ("the Taliban, Pakistan's biggest militant group,") is that
// group outright, and is not counted again as a group in view. A part of a group that the
// document names ("A faction of ... Lashkar-e-Jhangvi (LeJ)" and later "Al Alami", LeJ's one
// faction in the lexicon; a lede's "A splinter group of X" and the next sentence's group of
// X's country) is that part, in view in its sentence, while the whole it is named from is no
// antecedent there; the same for "an LeJ faction, Al Alami". These two and a description right
// before a name ("the banned Pakistani group Lashkar-e-Jhangvi") are mentions of the group they
// describe; the relation stage reads their words (they are followed by "of" or a name).
//
// Antecedents of group descriptions are scored over the current and two previous sentences:
// each earlier group mention counts by distance (1, 0.6, 0.3), the first group mention of a
// sentence (usually its subject) counts extra, the most recent one a little; the best must
// beat the runner-up by a margin. "the latter" is the most recent of at least two distinct
// actors in the window, "the former" the one before it. He/she resolve only when exactly one
// person is in view (the current sentence so far, else the previous one).
//
// Thread-safety: a pure function of the document.
#pragma once

#include <vector>

#include "dossier/document.h"

namespace dossier {

class ActorLexicon;
class PlaceGazetteer;

// Adds nominal and pronoun mentions (MentionForm::nominal / pronoun) with their antecedent's
// entity to doc.mentions, keeping it sorted. Needs tokens, sentences and linked name mentions.
// `places` (may be null) lets "the Pakistani group" prefer groups of that country.
void resolve_coreference(Document& doc, const ActorLexicon& lexicon, const PlaceGazetteer* places = nullptr);

// Definite titles that stand for a person the document has named ("the army chief said",
// "the army chief's call"): "the" + title words (modifiers and a core title, see roles.h), not
// followed by a name, a capitalised word or "of". The person is the one, among those named in
// the six sentences before, who holds a role with exactly those words, or a role in the body of
// an earlier bare title with those words ("Pakistan's army chief has ..." and later "General
// Qamar Javed Bajwa", whose rank the roles reader gave the Pakistan Army). Only when exactly one
// person fits. The bare title itself ("Pakistan's army chief has ...") is that person too when
// exactly one person named near it, not in its sentence, holds a role in that body. Needs doc.actors with
// roles (after the records are built); returns the mentions (MentionForm::nominal, PERSON), sorted, without
// adding them.
std::vector<Mention> find_title_descriptions(const Document& doc);

}  // namespace dossier
