// ActorLexicon: what dossier knows about armed groups, state bodies, international
// organisations and news outlets before reading anything (resources/actors/), and a matcher
// that finds their names in a tokenized Document.
//
// What it promises:
//  - load() reads groups.tsv (+ countries.tsv and state_templates.tsv when present), checks
//    every row and reports the first bad one as "<file>:<line>: <what is wrong>";
//  - every alias matches in its routine spelling variants (case, hyphen/space, -e-/-i-,
//    al-/al /Al, dotted acronyms, apostrophes, diacritics, possessive 's) without them being
//    written in the file;
//  - acronyms match only the exact letters ("IS" never matches "is", "JeM" is not "JEM"), and
//    capitalised words of a name must be capitalised in the text;
//  - match() returns non-overlapping longest matches, left to right, with every candidate
//    record (a short name can belong to several groups; the caller picks by context).
//
// Thread-safety: immutable after load(); every method is const and safe to call concurrently.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"

namespace dossier {

// One known actor, as the resource files describe it.
struct ActorRecord {
  std::string id;        // "actor:<slug>"
  std::string name;      // canonical
  ActorKind kind = ActorKind::organization;
  std::string country;   // ISO alpha-2 or ""
  std::string parent;    // "actor:<slug>" or ""
  std::string wikidata;  // Q-id or ""
  std::vector<std::string> aliases;  // as written in the file (canonical name not repeated)
  bool outlet = false;   // a news outlet or agency: its mentions are document metadata
  std::string source;    // "groups.tsv:12" (or "state_templates.tsv:3+PK")

  // The knowledge-base record (no documents, no roles).
  Actor to_actor() const;
};

// A religious or ethnic community (communities.tsv): what a NORP mention such as "Shia
// pilgrims" or "the Hazara community" links to. Not an actor: it takes no part in events or
// relations as an agent, and the knowledge base holds no record of it.
struct CommunityRecord {
  std::string id;      // "community:<slug>"
  std::string name;    // canonical ("Shia Muslims")
  std::string kind;    // "religious" or "ethnic"
  std::string parent;  // "community:<slug>" or "" (Ismailis -> Shia Muslims)
  std::vector<std::string> aliases;
};

// One lexicon hit in a document.
struct ActorMatch {
  Span span;                  // bytes, without a trailing possessive
  uint32_t first_token = 0;   // token range [first_token, end_token)
  uint32_t end_token = 0;
  std::vector<uint32_t> candidates;  // record indices, in file order, all passing the case rules
  bool acronym = false;       // matched through an exact-letter acronym ("LeJ", "I.S.")
};

class ActorLexicon {
 public:
  // Reads <dir>/groups.tsv and, when present, <dir>/countries.tsv, <dir>/state_templates.tsv
  // and <dir>/communities.tsv.
  static Result<std::unique_ptr<ActorLexicon>> load(const std::string& dir);
  // The same from in-memory file contents (tests). The optional files may be empty.
  static Result<std::unique_ptr<ActorLexicon>> from_strings(std::string_view groups,
                                                            std::string_view countries = {},
                                                            std::string_view templates = {},
                                                            std::string_view communities = {});
  ~ActorLexicon();

  size_t size() const { return records_.size(); }
  const ActorRecord& record(uint32_t index) const { return records_[index]; }
  const std::vector<ActorRecord>& records() const { return records_; }
  // By id, with or without the "actor:" prefix; null when unknown.
  const ActorRecord* by_id(std::string_view id) const;
  int index_of(std::string_view id) const;  // -1 when unknown
  // The record itself, then its parent, grandparent ... (stops at cycles, which load rejects).
  std::vector<const ActorRecord*> parent_chain(std::string_view id) const;
  // Is `id` the same as, or a faction/branch (at any depth) of, `ancestor`?
  bool descends_from(std::string_view id, std::string_view ancestor) const;

  // Records a name denotes, ignoring case rules ("islamic state of iraq and syria" ->
  // islamic-state). File order. Empty when the name is unknown.
  std::vector<uint32_t> lookup(std::string_view name) const;
  // The community a name denotes ("Shiites", "shia muslims", "Hazara"), case-insensitive;
  // null when the name is none.
  const CommunityRecord* community(std::string_view name) const;
  const std::vector<CommunityRecord>& communities() const { return communities_; }
  // Longest non-overlapping matches over doc.tokens (needs Tokens). Sorted by position.
  std::vector<ActorMatch> match(const Document& doc) const;

  // The normal form used for matching and for ids of unknown names: pieces of the name,
  // lower case, without diacritics, apostrophes, dots, a leading "the" or a trailing "'s",
  // -i- folded to -e-, joined by '-'. "The Lashkar-i-Jhangvi's" -> "lashkar-e-jhangvi".
  static std::string name_key(std::string_view name);

  // Split a token's text into normalised match pieces (exposed for the entity stage and
  // tests): "Lashkar-i-Jhangvi" -> {lashkar, e, jhangvi}; "I.S." -> {is}; "'s" -> {}.
  struct Piece {
    std::string key;
    Span span;  // bytes into the text the token came from
  };
  static void split_pieces(std::string_view text, uint32_t offset, std::vector<Piece>& out);

  struct Impl;

 private:
  ActorLexicon();
  std::vector<ActorRecord> records_;
  std::unordered_map<std::string, uint32_t> by_id_;  // "actor:x" -> index
  std::vector<CommunityRecord> communities_;
  std::unordered_map<std::string, uint32_t> community_keys_;  // name_key of every alias -> index
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier
