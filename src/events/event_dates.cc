// Dates: the day an event happened, from the timexes near its trigger, dates told relative to
// another event ("two weeks after the bombing"), the dateline's filing date, timeline items.
// See event_stage.cc for the whole flow.

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/ids.h"
#include "entities/entity_stage.h"
#include "events/event_internal.h"

namespace dossier::event_internal {

namespace {

// The day a statement in the sentence was made: a DATE timex right after a report or claim verb
// ("police said on Tuesday", "claimed responsibility on Tuesday") or right before one ("Islamic
// State on Tuesday claimed"). It bounds an attack the sentence tells without a date of its own:
// the attack came before the statement.
bool is_statement_day(const Work& w, const Sentence& s, const Timex& t) {
  if (t.type != TimexType::DATE || !t.range || t.range->precision != DatePrecision::day) return false;
  const uint32_t a = w.doc.token_at_or_after(t.span.start);
  const uint32_t after = w.doc.token_at_or_after(t.span.end);
  if (after < s.end_token && w.words[after] == "'s") return false;  // "said Monday's attack"
  if (after < s.end_token && (w.cue(after, Cue::report_verb) || w.cue(after, Cue::claim_verb))) return true;
  if (a <= s.first_token) return false;
  uint32_t v = a - 1;
  if (w.words[v] == "on" && v > s.first_token) --v;
  if (w.cue(v, Cue::report_verb) || w.cue(v, Cue::claim_verb)) return true;
  return (w.words[v] == "responsibility" || w.words[v] == "credit") && v > s.first_token &&
         w.cue(v - 1, Cue::claim_verb);
}

// The DURATION timex that ends right before token `prep` ("a week" of "a week after"), or null.
const Timex* duration_before(const Work& w, uint32_t prep) {
  if (prep == 0) return nullptr;
  const uint32_t before = w.doc.tokens[prep - 1].span.end;
  for (const auto& t : w.doc.timexes)
    if (t.span.end == before && t.type == TimexType::DURATION) return &t;
  return nullptr;
}

// "The attack came after ...", "The bombing follows ...": is the verb at v ("came", "follows")
// said of an attack noun, its subject right before it?
bool said_of_attack(const Work& w, const Sentence& s, uint32_t v) {
  for (uint32_t b = v; b-- > s.first_token && b + 3 >= v;)
    if (const LexEntry* t = w.longest(b, LexClass::trigger);
        t && t->kind == TriggerKind::noun && b + t->length == v)
      return true;
  return false;
}

// "It was the second attack on a mosque in the city this month, after gunmen killed four people":
// an attack counted in a series ("the second", "the latest", "the first" attack) before token k.
bool counted_attack_before(const Work& w, const Sentence& s, uint32_t k) {
  for (uint32_t b = s.first_token; b + 2 < k; ++b) {
    const std::string_view n = w.words[b + 1];
    if (w.words[b] != "the" ||
        !((w.cue(b + 1, Cue::ordinal_next) && n != "separate") || n == "latest" || n == "first"))
      continue;
    // "the second attack", "the latest in a wave of bombings".
    for (uint32_t j = b + 2; j < k && j < b + (n == "latest" ? 7 : 5); ++j)
      if (const LexEntry* t = w.longest(j, LexClass::trigger); t && t->kind == TriggerKind::noun) return true;
  }
  return false;
}

// "The attack came a week after Taliban gunmen stormed the hotel": the "after" that opens a verb
// trigger's clause, with a stretch of time just before it (a duration, or "days", "weeks"), so
// that the trigger tells an earlier event. kNone when there is none. (A noun right after "after"
// is the anchor named, "a week after the bombing": see relative_date.) An attack that "came
// after" or "follows" another tells it as earlier too, with no stretch of time: "The attack
// follows a suicide bombing in Jalalabad", "The ambush came after gunmen stormed a hotel"; a noun
// so told is a new one, after "a" or "an" ("came a day after a Taliban ambush killed eight"). So
// does an attack counted in a series ("It was the second attack this month, after gunmen killed").
// The "after" of "The attack came [two weeks] after ..." or the "follows" of "The ambush follows
// ...", said of an attack noun; kNone when the sentence has neither.
uint32_t came_after(const Work& w, const Sentence& s) {
  for (uint32_t k = s.first_token + 1; k + 1 < s.end_token; ++k) {
    if (w.words[k] == "after") {
      const Timex* d = duration_before(w, k);
      uint32_t v = d ? w.doc.token_at_or_after(d->span.start) : k;
      if (v > s.first_token) --v;
      // ("came after midnight", "came after dark": a time, not an earlier attack.)
      const bool time_after =
          std::any_of(w.doc.timexes.begin(), w.doc.timexes.end(),
                      [&](const Timex& t) { return w.doc.token_at_or_after(t.span.start) == k + 1; }) ||
          w.words[k + 1] == "midnight" || w.words[k + 1] == "dark" || w.words[k + 1] == "nightfall" ||
          w.words[k + 1] == "dawn" || w.words[k + 1] == "sunset";
      if ((w.words[v] == "came" || w.words[v] == "comes" || w.words[v] == "come") && !time_after &&
          said_of_attack(w, s, v))
        return k;
    } else if ((w.words[k] == "follows" || w.words[k] == "followed") && w.words[k + 1] != "by" &&
               said_of_attack(w, s, k)) {
      return k;
    }
  }
  return kNone;
}

// Is token k the dash or colon after a date heading a timeline item ("March 18, 2017 - A man
// ...", "July 14, 2016: A gunman ...")? An item starts a paragraph; the item's words follow.
bool item_date_dash(const Work& w, const Sentence& s, uint32_t k) {
  if (k + 1 >= s.end_token) return false;
  const Token& t = w.doc.tokens[k];
  if (!t.has(kTokDash) && w.words[k] != ":") return false;
  return s.first_token == 0 || w.doc.tokens[s.first_token].has(kTokNewlineBefore);
}

// The DATE (or TIME: "Thursday evening", "Monday night") timex in a sentence closest to a
// token, with a calendar range.
// "the deadliest attack since a jihadist insurgency began in 2015", "the first attack since 2019":
// does a "since" stand between the attack noun at tok and the date at a, in the date's clause? (Not
// after a verb, nor a captivity, which lasts since its start: "beheaded a man they had held hostage
// since September".)
bool since_before(const Work& w, uint32_t tok, uint32_t a) {
  const LexEntry* t = w.longest(tok, LexClass::trigger);
  if (!t || t->kind != TriggerKind::noun || t->type == EventType::kidnapping ||
      t->type == EventType::hostage_taking)
    return false;
  bool since = false;
  for (uint32_t k = tok + 1; k < a; ++k) {
    if (w.words[k] == "since")
      since = true;
    else if (w.words[k] == "," || w.words[k] == ";" || w.cue(k, Cue::clause_break))
      since = false;
  }
  return since;
}

}  // namespace

int64_t day_number(const Date& d) {
  return time::days_from_civil(Date{d.y, d.m == 0 ? 1 : d.m, d.d == 0 ? 1 : d.d});
}

Date civil_from_days(int64_t z) { return time::civil_from_days(static_cast<long>(z)); }

bool overnight_near(const Work& w, const Sentence& s, const Hit& h) {
  for (uint32_t k = h.tok > s.first_token + 2 ? h.tok - 2 : s.first_token; k < h.tok; ++k)
    if (w.words[k] == "overnight") return true;
  // ... or at the end of its clause ("set fire to a school in the village of Kambari overnight",
  // "set fire to 12 trucks and a road construction machine in Jharkhand state overnight").
  for (uint32_t k = h.end; k < s.end_token && k < h.end + 20; ++k) {
    if (w.words[k] == "overnight") return same_clause_after(w, h.tok, k);
    if (w.words[k] == ",") break;
  }
  return false;
}

const Timex* statement_day(const Work& w, const Sentence& s) {
  for (const auto& t : w.doc.timexes) {
    if (t.span.end <= s.span.start) continue;
    if (t.span.start >= s.span.end) break;
    if (is_statement_day(w, s, t)) return &t;
  }
  return nullptr;
}

std::optional<Timex> recalled_date(const Work& w, const Sentence& s, uint32_t tok, const Date& pub) {
  // The word that recalls: "anniversary of", or "after" / "since" after a duration, within a few
  // words before the trigger and in its clause.
  uint32_t at = kNone;
  for (uint32_t k = tok; k-- > s.first_token + 1 && k + 20 > tok;) {
    const std::string_view x = w.words[k];
    if ((x == "anniversary" && w.words[k + 1] == "of") ||
        ((x == "after" || x == "since") && duration_before(w, k))) {
      at = k;
      break;
    }
    // Over a clause that goes on telling the attack ("..., in which gunmen killed 150 people",
    // "when gunmen stormed the school and killed 150"), not into another.
    const bool on =
        x == "which" || x == "who" || x == "that" || x == "when" || x == "and" ||
        (x == "," && (w.cue(k + 1, Cue::relative) || w.words[k + 1] == "in" || w.words[k + 1] == "when"));
    if (!on && (w.cue(k, Cue::clause_break) || x == ",")) return std::nullopt;
  }
  if (at == kNone) return std::nullopt;
  // The trigger is what the word recalls: the attack noun after it ("a year after the massacre",
  // "the anniversary of the attack"), or the verb of the attackers right after it ("two years since
  // gunmen killed"), or comes in a clause that goes on from one of those; not the news told after
  // a time clause of its own ("Six months after a peace deal was signed gunmen killed 12").
  uint32_t k = at + (w.words[at] == "anniversary" ? 2 : 1);
  while (k < tok && !w.has(k, LexClass::trigger) &&
         (w.np_word(k) || w.cue(k, Cue::determiner) || w.number_at(k) || w.mention_at[k] >= 0))
    ++k;
  if (k != tok && !w.has(k, LexClass::trigger)) return std::nullopt;
  // The age in years (an anniversary's ordinal, "fifth" or "5th") or the duration's amount.
  int months = 0;
  Timex out;
  out.span = w.doc.tokens[at].span;
  if (w.words[at] == "anniversary") {
    for (uint32_t b = at; b-- > s.first_token && b + 3 > at && months == 0;) {
      const LexEntry* e = w.longest(b, LexClass::background);
      const std::string_view x = w.words[b];
      int n = 0;
      if (e && b + e->length == at + 1 && !e->value.empty() &&
          std::isdigit(static_cast<unsigned char>(e->value[0])))
        n = std::atoi(e->value.c_str());
      else if (x.size() >= 3 && std::isdigit(static_cast<unsigned char>(x[0])) &&
               (x.ends_with("th") || x.ends_with("st") || x.ends_with("nd") || x.ends_with("rd")))
        n = std::atoi(std::string(x).c_str());
      if (n > 0 && n <= 200) months = 12 * n;
    }
  } else {
    const Timex* d = duration_before(w, at);
    char* stop = nullptr;
    const long n =
        d->value.size() > 2 && d->value[0] == 'P' ? std::strtol(d->value.c_str() + 1, &stop, 10) : 0;
    // Years or months ago; a shorter time ("two days after the attack") is the news's own week.
    if (n <= 0 || n > 200 || !stop || stop[1] != 0 || (*stop != 'Y' && *stop != 'M')) return std::nullopt;
    months = static_cast<int>(*stop == 'Y' ? 12 * n : n);
    out.span = d->span;
  }
  if (months == 0) return out;  // an anniversary of no told age: undated
  // The day the sentence tells of: a day's (or week's) timex of the last month, else the report's.
  std::optional<Date> day;
  if (pub.valid()) day = pub;
  for (const auto& t : w.doc.timexes) {
    if (t.span.end <= s.span.start) continue;
    if (t.span.start >= s.span.end) break;
    if (t.type == TimexType::DATE && t.range && t.range->precision <= DatePrecision::week && pub.valid() &&
        day_number(t.range->end) <= day_number(pub) && day_number(t.range->end) + 31 >= day_number(pub)) {
      day = t.range->end;
      break;
    }
  }
  if (!day) return out;
  const Date back = shifted(DateRange{*day, *day, DatePrecision::day}, 0, -months).start;
  if (w.words[at] == "anniversary") {
    out.range = DateRange{civil_from_days(day_number(back) - 3), civil_from_days(day_number(back) + 3),
                          DatePrecision::week};
  } else if (months % 12 == 0) {
    out.range = DateRange{Date{back.y, 1, 1}, Date{back.y, 12, 31}, DatePrecision::year};
  } else {
    out.range = DateRange{Date{back.y, back.m, 1}, Date{back.y, back.m, time::days_in_month(back.y, back.m)},
                          DatePrecision::month};
  }
  return out;
}

bool same_day_sequel(const Work& w, const Sentence& s, uint32_t tok) {
  for (uint32_t k = s.first_token; k + 1 < tok && k < s.first_token + 4; ++k) {
    const std::string_view x = w.words[k], y = w.words[k + 1];
    if ((x == "hours" || x == "minutes" || x == "moments") && y == "later") return true;
    if (x == "later" && k + 2 < tok && y == "that" && (w.words[k + 2] == "day" || w.words[k + 2] == "night"))
      return true;
  }
  return false;
}

bool same_date_as(const Timex& t, const EventDraft& e) {
  return e.src.date && t.range && t.range->start >= e.src.date->start && t.range->end <= e.src.date->end &&
         (e.anchored_date || *t.range == *e.src.date);
}

std::optional<DateRange> weekday_of_week(const Work& w, const Timex& t, const EventDraft& e) {
  if (!t.range || !e.src.date || e.src.date->precision != DatePrecision::week ||
      t.range->start != t.range->end || same_date_as(t, e))
    return std::nullopt;
  const uint32_t k = w.doc.token_at_or_after(t.span.start);
  static constexpr std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  if (k >= w.words.size() || std::find(std::begin(kDays), std::end(kDays), w.words[k]) == std::end(kDays))
    return std::nullopt;
  const int64_t day = day_number(t.range->start) - 7;
  if (day < day_number(e.src.date->start) || day > day_number(e.src.date->end)) return std::nullopt;
  return DateRange{civil_from_days(day), civil_from_days(day), DatePrecision::day};
}

bool separate_incident(const Work& w, const Sentence& s, uint32_t tok) {
  for (uint32_t k = s.first_token; k < tok; ++k)
    if (w.cue(k, Cue::separate_incident) && !(k > s.first_token && w.number_at(k - 1))) return true;
  return false;
}

bool roundup_opener(const Work& w, const Sentence& s, uint32_t tok) {
  uint32_t k = s.first_token;
  if (k < tok && (w.words[k] == "also" || w.words[k] == "and")) ++k;
  if (k < tok && w.words[k] == "elsewhere") return true;
  // "In other violence", "In another attack", "In other news"; not "In other words," nor "In
  // further comments,".
  if (k + 2 > tok || k + 2 >= s.end_token || w.words[k] != "in" ||
      (w.words[k + 1] != "other" && w.words[k + 1] != "another"))
    return false;
  const std::string_view n = w.words[k + 2];
  return w.has(k + 2, LexClass::trigger) || n == "violence" || n == "incident" || n == "incidents" ||
         n == "news" || n == "developments" || n == "fighting" || n == "unrest";
}

bool same_time(const Work& w, const Sentence& s, uint32_t tok) {
  for (uint32_t k = s.first_token; k < tok && k < s.first_token + 3; ++k)
    if (w.cue(k, Cue::same_time)) return true;
  return false;
}

bool named_after_preposition(const Work& w, const Sentence& s, const Hit& h) {
  if (h.entry->kind != TriggerKind::noun || h.tok < s.first_token + 2) return false;
  const std::string_view p = w.words[h.tok - 2];
  return p == "with" || p == "over" || p == "for" || p == "from" || p == "into" || p == "behind" ||
         p == "about";
}

bool claimed_object(const Work& w, const Sentence& s, const Hit& h) {
  if (h.entry->kind != TriggerKind::noun) return false;
  // (Not "claimed Wednesday's ambush": the day named is the attack's.)
  if (h.tok > s.first_token && w.words[h.tok - 1] == "'s") return false;
  for (uint32_t b = h.tok, n = 0; b-- > s.first_token && n < 4; ++n) {
    if (w.cue(b, Cue::claim_verb)) return n > 0;
    if (!(w.cue(b, Cue::determiner) || w.cue(b, Cue::claim_object) || w.words[b] == "'s" ||
          w.mention_at[b] >= 0 || w.doc.tokens[b].has(kTokCapitalized)))
      return false;
  }
  return false;
}

bool opens_with_day(const Work& w, const Sentence& s, const Timex& t) {
  if (t.range->precision != DatePrecision::day) return false;
  const uint32_t a = w.doc.token_at_or_after(t.span.start);
  return a < s.first_token + 3 && a >= s.first_token;
}

std::optional<RelativeDate> relative_date(const Work& w, const Sentence& s) {
  for (uint32_t i = s.first_token + 1; i + 1 < s.end_token; ++i) {
    const std::string_view x = w.words[i];
    if (x != "after" && x != "before") continue;
    const int sign = x == "after" ? 1 : -1;
    RelativeDate r;
    // The amount before: a duration the tagger found ("two weeks", "10 days"), "the day" / "the
    // morning", or a few hours ("hours", "shortly", "minutes").
    const std::string_view p = w.words[i - 1];
    if (p == "hours" || p == "minutes" || p == "moments" || p == "shortly") {
      r.first = i - 1;
    } else if ((p == "day" || p == "morning" || p == "night" || p == "evening") && i >= s.first_token + 2 &&
               w.words[i - 2] == "the") {
      r.first = i - 2;
      r.days = sign;
    } else {
      for (const Timex& t : w.doc.timexes) {
        if (t.span.start >= w.doc.tokens[i].span.start) break;
        if (t.type != TimexType::DURATION || t.span.end != w.doc.tokens[i - 1].span.end ||
            t.value.size() < 3 || t.value[0] != 'P' || !t.mod.empty())
          continue;
        // PnD, PnW, PnM, PnY; PTnH (hours) is the same day.
        if (t.value[1] == 'T') {
          r.first = w.doc.token_at_or_after(t.span.start);
          break;
        }
        // Any other amount ("a decade", "several weeks") is no date, still a time.
        r.first = w.doc.token_at_or_after(t.span.start);
        char* stop = nullptr;
        const long n = std::strtol(t.value.c_str() + 1, &stop, 10);
        r.vague = !stop || stop == t.value.c_str() + 1 || stop[0] == 0 || stop[1] != 0 || n <= 0 || n > 400;
        if (r.vague) break;
        if (*stop == 'D')
          r.days = sign * n;
        else if (*stop == 'W')
          r.days = sign * n * 7;
        else if (*stop == 'M')
          r.months = static_cast<int>(sign * n);
        else if (*stop == 'Y')
          r.months = static_cast<int>(sign * n * 12);
        else
          r.vague = true;
        break;
      }
    }
    if (r.first == kNone && (p == "days" || p == "weeks" || p == "months" || p == "years")) {
      r.first = i - 1;
      r.vague = true;
    }
    if (r.first == kNone) continue;
    // The event after: a determiner (or possessive), up to three modifiers and an attack noun.
    uint32_t k = i + 1;
    if (!w.cue(k, Cue::determiner)) continue;
    for (++k; k < s.end_token && k < i + 6; ++k) {
      if (const LexEntry* t = w.longest(k, LexClass::trigger); t && t->kind == TriggerKind::noun) {
        r.noun = k;
        r.entry = t;
        r.end = k + t->length;
        break;
      }
      if (!w.np_word(k)) break;
    }
    if (r.noun == kNone) continue;
    // "came a day after a Taliban ambush killed eight police": a new attack told, no time.
    if ((w.words[i + 1] == "a" || w.words[i + 1] == "an") && earlier_event_after(w, s, r.noun) != kNone)
      continue;
    return r;
  }
  return std::nullopt;
}

DateRange shifted(const DateRange& r, int64_t days, int months) {
  auto move = [&](const Date& d) {
    Date x = d;
    if (months != 0) {
      const int m0 = x.y * 12 + (x.m == 0 ? 0 : x.m - 1) + months;
      x.y = m0 / 12;
      if (x.m != 0) x.m = m0 % 12 + 1;
      if (x.d != 0 && x.m != 0) {
        x.d = std::min(x.d, time::days_in_month(x.y, x.m));
      }
    }
    if (days == 0 || x.d == 0) return x;
    return civil_from_days(day_number(x) + days);
  };
  return DateRange{move(r.start), move(r.end), r.precision};
}

uint32_t retaliation_for(const Work& w, const Sentence& s) {
  for (uint32_t k = s.first_token + 1; k + 2 < s.end_token; ++k) {
    if (w.words[k - 1] != "in") continue;
    const std::string_view x = w.words[k], y = w.words[k + 1];
    // (Not "in response to", mostly said of the news's attack: "in response to the attack, the
    // army sealed off the area".)
    if ((x == "retaliation" || x == "revenge" || x == "reprisal") && y == "for") return k + 1;
  }
  return kNone;
}

uint32_t earlier_event_after(const Work& w, const Sentence& s, uint32_t tok) {
  const LexEntry* t = w.longest(tok, LexClass::trigger);
  if (!t) return kNone;
  if (const uint32_t r = retaliation_for(w, s); r != kNone && r < tok) return r;
  // A noun trigger that is the subject of a verb opens that clause too: "two days after a roadside
  // bomb killed five soldiers".
  bool clause = true;
  if (t->kind == TriggerKind::noun) {
    const uint32_t v = tok + t->length;
    const LexEntry* vt = v < s.end_token ? w.longest(v, LexClass::trigger) : nullptr;
    clause = v < s.end_token &&
             (w.has(v, LexClass::kill) || w.has(v, LexClass::injure) ||
              (vt && vt->kind != TriggerKind::noun) || w.words[v] == "exploded" || w.words[v] == "went");
    // Else only a new attack, "a" or "an" before it and its modifiers.
    if (!clause && !indefinite_noun_trigger(w, s, tok)) return kNone;
  }
  // All the clause after "came after" tells the earlier event ("The attack comes two weeks after two
  // professors, an American and an Australian, were kidnapped near the campus").
  if (const uint32_t c = came_after(w, s); c != kNone && c < tok) return c;
  for (uint32_t k = tok; k-- > s.first_token + 1 && k + 10 > tok;) {
    if (w.words[k] == "after") {
      const std::string_view unit = w.words[k - 1];
      const Timex* d = duration_before(w, k);
      if (counted_attack_before(w, s, k) ||
          (clause && (d || unit == "days" || unit == "weeks" || unit == "months" || unit == "years")))
        return k;
      return kNone;
    }
    if (w.cue(k, Cue::clause_break) || w.has(k, LexClass::trigger)) return kNone;
  }
  return kNone;
}

bool attackers_told_after(const Work& w, uint32_t after, const Hit& x) {
  if (x.passive) return false;
  for (uint32_t k = after + 1; k < x.tok; ++k) {
    if (w.has(k, LexClass::perp)) return true;
    if (const int m = w.mention_at[k];
        m >= 0 && w.doc.mentions[static_cast<size_t>(m)].type == MentionType::ARMED_GROUP)
      return true;
  }
  return false;
}

std::optional<Timex> date_before_by(const Work& w, uint32_t after, const EventDraft& anchor) {
  const Timex* d = duration_before(w, after);
  if (!d || !anchor.src.date || !anchor.anchored_date) return std::nullopt;
  std::string_view v = d->value;
  char* stop = nullptr;
  const long n = v.size() >= 3 && v[0] == 'P' ? std::strtol(d->value.c_str() + 1, &stop, 10) : 0;
  if (n <= 0 || n > 400 || !stop || stop[0] == 0 || stop[1] != 0) return std::nullopt;
  int64_t days = 0;
  int months = 0;
  switch (*stop) {
    case 'D':
      days = -n;
      break;
    case 'W':
      days = -7 * n;
      break;
    case 'M':
      months = static_cast<int>(-n);
      break;
    case 'Y':
      months = static_cast<int>(-12 * n);
      break;
    default:
      return std::nullopt;
  }
  Timex out;
  out.span = d->span;
  out.type = TimexType::DATE;
  out.range = shifted(*anchor.src.date, days, months);
  // "a week after" tells the day only to the week, "a month after" to the month.
  if (*stop == 'W') {
    out.range->start = civil_from_days(day_number(out.range->start) - 3);
    out.range->end = civil_from_days(day_number(out.range->end) + 3);
    out.range->precision = std::max(out.range->precision, DatePrecision::week);
  } else if (*stop != 'D') {
    out.range->precision = std::max(out.range->precision, DatePrecision::month);
  }
  return out;
}

namespace {

// "Armed men stopped a bus on a highway near the town of X early Thursday, checked the passengers'
// cards and shot dead 14 of them": the sentence's one date, told after the attackers and before
// the trigger with only their deeds between (joined by commas and "and"; no report verb, other clause or
// other trigger), dates it however far back it is.
bool lone_date_before(const Work& w, const Sentence& s, const Timex& t, uint32_t a, uint32_t tok) {
  if (a >= tok || tok - a > 30) return false;
  for (const auto& o : w.doc.timexes)
    if (&o != &t && o.type == TimexType::DATE && s.span.start <= o.span.start && o.span.end <= s.span.end)
      return false;
  // The attackers are the sentence's subject, told before the date ("Hundreds of mourners on
  // Sunday buried 14 passengers shot dead by gunmen" dates the burial).
  bool attackers = false;
  for (uint32_t k = s.first_token; k < a && !attackers; ++k)
    attackers = w.has(k, LexClass::perp) || armed_group_word(w, k);
  if (!attackers) return false;
  for (uint32_t k = a; k < tok; ++k)
    if (w.cue(k, Cue::report_verb) || w.cue(k, Cue::relative) ||
        (w.cue(k, Cue::clause_break) && w.words[k] != "and") ||
        (w.has(k, LexClass::trigger) && w.longest(k, LexClass::trigger)->kind != TriggerKind::weak))
      return false;
  return true;
}

// "Five soldiers were killed when their convoy hit a bomb near the town of Boni on Saturday": the
// sentence's one date, after a casualty word, in the "when" clause that tells how they died, dates
// it however far after it is (no report verb or relative clause between).
bool lone_date_in_how(const Work& w, const Sentence& s, const Timex& t, uint32_t a, uint32_t tok) {
  if (a <= tok || a - tok > 30 || !(w.has(tok, LexClass::kill) || w.has(tok, LexClass::injure))) return false;
  for (const auto& o : w.doc.timexes)
    if (&o != &t && o.type == TimexType::DATE && s.span.start <= o.span.start && o.span.end <= s.span.end)
      return false;
  bool how = false;
  for (uint32_t k = tok + 1; k < a; ++k) {
    if (w.words[k] == "when" && !how) {
      how = true;
      continue;
    }
    if (w.cue(k, Cue::report_verb) || w.cue(k, Cue::relative) ||
        (w.cue(k, Cue::clause_break) && w.words[k] != "and"))
      return false;
  }
  return how;
}

// "The siege, which began on Saturday, ended on Monday", "the standoff at the mall, which started
// late on Friday,": is the relative clause at r (its pronoun, after a comma) said of an attack
// noun or a word for a siege, over the noun's own phrase, and does it tell when that began? Its
// date is the attack's, whatever else the sentence tells (a siege is dated at its start, not at
// the storming that ended it).
bool began_clause(const Work& w, const Sentence& s, uint32_t r) {
  if (r < s.first_token + 2 || r + 1 >= s.end_token) return false;
  bool head = false;
  for (uint32_t k = r - 1; k-- > s.first_token && k + 9 > r && !head;) {
    const LexEntry* t = w.longest(k, LexClass::trigger);
    const std::string_view x = w.words[k];
    if ((t && t->kind == TriggerKind::noun) || x == "siege" || x == "standoff" || x == "stand-off" ||
        (x == "crisis" && k > s.first_token && w.words[k - 1] == "hostage"))
      head = true;
    else if (!(w.np_word(k) || w.cue(k, Cue::determiner) || w.cue(k, Cue::locative_prep) || x == "of" ||
               w.mention_at[k] >= 0))
      return false;
  }
  if (!head) return false;
  uint32_t v = r + 1;
  if (v + 1 < s.end_token && (w.words[v] == "had" || w.words[v] == "has")) ++v;
  const std::string_view x = w.words[v];
  if (x == "broke" && v + 1 < s.end_token && w.words[v + 1] == "out")
    ++v;
  else if (x != "began" && x != "begun" && x != "started" && x != "erupted")
    return false;
  // A time must follow: "which began on Saturday", "which started late on Friday", "which began
  // when gunmen stormed the lobby"; not "the market, which began trading in 1990" (the clause
  // tells of the market).
  if (++v >= s.end_token) return false;
  const std::string_view y = w.words[v];
  if (y == "on" || y == "in" || y == "at" || y == "late" || y == "early" || y == "when" || y == "shortly" ||
      y == "overnight" || y == "around" || y == "before" || y == "after" || y == "last" || y == "this")
    return true;
  const uint32_t at = w.doc.tokens[v].span.start;
  for (const auto& t : w.doc.timexes)
    if (t.span.start == at && (t.type == TimexType::DATE || t.type == TimexType::TIME)) return true;
  return false;
}

}  // namespace

const Timex* timex_near(const Work& w, const Sentence& s, uint32_t tok) {
  const Timex* best = nullptr;
  uint32_t best_d = kNone;
  uint32_t pos = w.doc.tokens[tok].span.start;
  for (const auto& t : w.doc.timexes) {
    if (t.span.end <= s.span.start) continue;
    if (t.span.start >= s.span.end) break;
    if ((t.type != TimexType::DATE && t.type != TimexType::TIME) || !t.range) continue;
    if (w.dateline_head.overlaps(t.span)) continue;  // the day the report was filed, not the event's
    uint32_t d = t.span.start > pos ? t.span.start - pos : pos - t.span.start;
    // A date far from the trigger in a long sentence usually dates something else
    // ("authorities, who in September said ..., pinned the blame for the assault").
    uint32_t a = w.doc.token_at_or_after(t.span.start);
    // "British police said Wednesday the bomber who attacked a concert ...": the day of a
    // statement, not of the attack; "said Monday's attack" is the attack's.
    if (a > s.first_token) {
      uint32_t v = a - 1;
      if (w.words[v] == "on" && v > s.first_token) --v;
      const uint32_t after = w.doc.token_at_or_after(t.span.end);
      if (w.cue(v, Cue::report_verb) && !(after < s.end_token && w.words[after] == "'s")) continue;
      // "Islamic State on Tuesday claimed responsibility for ...": the day of the claim.
      if (is_statement_day(w, s, t)) continue;
      // "JNIM claimed the ambush on Wednesday": the day of the claim (the attack is named by its
      // noun right after the claim verb).
      if (v >= s.first_token + 2 && w.cue(v - 1, Cue::determiner) && w.cue(v - 2, Cue::claim_verb) &&
          w.has(v, LexClass::trigger) && !(after < s.end_token && w.words[after] == "'s"))
        continue;
      // "The death toll ... rose to 170 on Friday": the day of the count, not of the attack.
      bool count_day = false;
      for (uint32_t k = v + 1, n = 0; k-- > s.first_token && n < 6 && !count_day; ++n) {
        if (w.cue(k, Cue::toll_change) && toll_subject(w, s, k) != 0)  // not "a bomb hit a bus on Sunday"
          count_day = true;
        else if (w.has(k, LexClass::trigger))
          break;
      }
      if (count_day) continue;
    }
    // "Alejandro Aparicio, who took office in January, was ambushed": a date inside a relative
    // clause set off by commas dates what the clause tells, not the trigger outside it.
    // ("The siege, which began on Saturday, ended on Monday": a clause telling when the attack
    // began dates it before any other date.)
    bool began = false;
    {
      uint32_t r = kNone;
      for (uint32_t k = a; k-- > s.first_token && k + 12 > a;) {
        if (w.words[k] == ",") break;
        if (w.cue(k, Cue::relative) && k > s.first_token && w.words[k - 1] == ",") {
          r = k;
          break;
        }
      }
      began = r != kNone && began_clause(w, s, r);
      if (r != kNone && !began) {
        uint32_t c = w.doc.token_at_or_after(t.span.end);
        while (c < s.end_token && w.words[c] != ",") ++c;
        if (c < s.end_token && (tok < r || tok > c)) continue;
      }
    }
    // "a raid reminiscent of the 2014 kidnapping": a date before another attack noun is that
    // attack's.
    {
      uint32_t e = w.doc.token_at_or_after(t.span.end);
      for (uint32_t n = 0;
           e < s.end_token && n < 2 && e != tok && !w.has(e, LexClass::trigger) && w.np_word(e); ++n)
        ++e;
      if (e < s.end_token && e != tok && w.has(e, LexClass::trigger) &&
          w.longest(e, LexClass::trigger)->kind == TriggerKind::noun)
        continue;
    }
    // "the deadliest attack since a jihadist insurgency began in 2015": the time of what the
    // "since" clause after the trigger recalls.
    if (since_before(w, tok, a)) continue;
    uint32_t gap = a > tok ? a - tok : tok - a;
    const bool own_clause = a > tok && same_clause_after(w, tok, a);
    // A date opening the sentence before a comma dates all of it ("On 5 September 2019, at least 12
    // people, including ..., were killed when a suicide car bomber exploded"), after any date nearer.
    const uint32_t after = w.doc.token_at_or_after(t.span.end);
    const bool opener = a < tok && a <= s.first_token + 2 && after < s.end_token && w.words[after] == ",";
    // A date heading an item of a timeline ("Dec. 19, 2016 - A truck ploughed into a Christmas
    // market ...") dates the whole item, before any other date in it.
    const bool item = a < tok && a == s.first_token && item_date_dash(w, s, after);
    if (gap > 10 && !own_clause && !opener && !item && !began && !lone_date_before(w, s, t, a, tok) &&
        !lone_date_in_how(w, s, t, a, tok))
      continue;
    if (gap > 10 && opener) d += 1u << 21;
    // A date in the trigger's own clause after it wins over one before it, which often dates
    // another verb ("Pakistan on Saturday mourned the 56 people killed when a bomber attacked a
    // mosque on Friday"); an item's head date over both.
    if (!own_clause) d += 1u << 20;
    if (item || began) d = 0;
    if (d < best_d) {
      best_d = d;
      best = &t;
    }
  }
  return best;
}

const EventDraft* relative_reference(const Work& w, const RelativeDate& r) {
  auto kind_ok = [&](EventType t) {
    const EventType n = r.entry->type;
    auto bomb = [](EventType x) { return x == EventType::bombing || x == EventType::suicide_bombing; };
    if ((t == EventType::security_operation) != (n == EventType::security_operation)) return false;
    return n == EventType::armed_assault || n == t || (bomb(n) && bomb(t)) || t == EventType::other;
  };
  auto modifier_ok = [&](const EventDraft& e) {
    bool any = false;
    for (uint32_t k = r.noun; k-- > r.first && k + 4 > r.noun && w.np_word(k);) {
      if (const int m = w.mention_at[k]; m >= 0 && is_place_mention(w.doc.mentions[static_cast<size_t>(m)])) {
        any = true;
        const std::string& id = w.doc.mentions[static_cast<size_t>(m)].entity;
        if (!id.empty() && !e.src.place.empty() && place_within(w.doc, e.src.place, id)) return 1;
      } else if (w.has(k, LexClass::target)) {
        any = true;
        for (const Target& t : e.src.targets)
          if (norm_key(t.text).find(w.words[k]) != std::string::npos) return 1;
      }
    }
    return any ? 0 : -1;  // matches, does not match, has no modifier to match
  };
  const EventDraft* fallback = nullptr;
  for (size_t i = w.events.size(); i-- > 0;) {
    const EventDraft& e = w.events[i];
    if (!e.src.date || !e.anchored_date || !kind_ok(e.src.type)) continue;
    const int m = modifier_ok(e);
    if (m != 0) return &e;
    if (!fallback) fallback = &e;
  }
  return fallback;
}

}  // namespace dossier::event_internal
