// dossier: the command line. Thin by design: parse arguments, call the
// library, print. Extraction logic lives in src/, never here.
//
// Exit codes (spec §1): 0 ok, 1 bad input or usage, 2 internal failure.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "analysis/network.h"
#include "analysis/timeline.h"
#include "cli/format.h"
#include "cli/parallel.h"
#include "core/utf8.h"
#include "dossier/pipeline.h"
#include "dossier/resources.h"
#include "dossier/store.h"
#include "export/export.h"
#include "export/json.h"
#include "flow/redate.h"
#include "ingest/ingest.h"
#include "merge/merge.h"

namespace dossier::cli {
namespace {

constexpr int kExitOk = 0, kExitBadInput = 1, kExitInternal = 2;

int exit_code_for(const Status& s) {
  switch (s.code()) {
    case StatusCode::ok: return kExitOk;
    case StatusCode::not_found:
    case StatusCode::invalid_input:
    case StatusCode::unsupported:
    case StatusCode::too_large: return kExitBadInput;
    default: return kExitInternal;
  }
}

int fail(const Status& s) {
  std::fprintf(stderr, "dossier: %s\n", s.to_string().c_str());
  return exit_code_for(s);
}

// Progress on a terminal: count, rate, and (when the total is known) ETA.
// Silent when stderr is not a terminal.
class Progress {
 public:
  explicit Progress(std::string what) : what_(std::move(what)), tty_(isatty(2) != 0) {}
  void set_total(uint64_t total) { total_ = total; }
  void tick(uint64_t n = 1) {
    count_ += n;
    if (!tty_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    draw(now);
  }
  void done() {
    if (tty_ && count_ > 0) {
      draw(std::chrono::steady_clock::now());
      std::fputc('\n', stderr);
    }
  }

 private:
  void draw(std::chrono::steady_clock::time_point now) {
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? static_cast<double>(count_) / secs : 0;
    std::string eta;
    if (total_ > count_ && rate > 0) {
      auto left = static_cast<long>(static_cast<double>(total_ - count_) / rate);
      eta = "  ETA " + std::to_string(left / 60) + ":" + (left % 60 < 10 ? "0" : "") + std::to_string(left % 60);
    }
    std::fprintf(stderr, "\r%s: %llu%s  %.1f/s%s   ", what_.c_str(), static_cast<unsigned long long>(count_),
                 total_ ? ("/" + std::to_string(total_)).c_str() : "", rate, eta.c_str());
    std::fflush(stderr);
  }
  std::string what_;
  bool tty_;
  uint64_t count_ = 0, total_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_{};
};

struct FilterArgs {
  std::string actor, place, from, to, type;
  int64_t min_killed = -1;
  bool asserted_only = false;
  size_t limit = 0;
  void add_to(CLI::App* app) {
    app->add_option("--actor", actor, "Only what involves this actor (id or name), with its factions");
    app->add_option("--place", place, "Only what happened in this place (id or name), or inside it");
    app->add_option("--from", from, "Earliest date, YYYY-MM-DD");
    app->add_option("--to", to, "Latest date, YYYY-MM-DD");
    app->add_option("--type", type, "Event or relation type, e.g. suicide_bombing, cooperates_with");
    app->add_option("--min-killed", min_killed, "Events with at least this many killed (best estimate)");
    app->add_flag("--asserted-only", asserted_only, "Relations: leave out denied ones");
    app->add_option("--limit", limit, "At most this many rows");
  }
  Result<KbFilter> to_filter() const {
    KbFilter f;
    f.actor = actor;
    f.place = place;
    f.type = type;
    f.asserted_only = asserted_only;
    f.limit = limit;
    if (min_killed >= 0) f.min_killed = min_killed;
    if (!from.empty()) {
      f.from = Date::parse_iso(from);
      if (!f.from) return Status(StatusCode::invalid_input, "--from: not a date (YYYY-MM-DD): " + from);
    }
    if (!to.empty()) {
      f.to = Date::parse_iso(to);
      if (!f.to) return Status(StatusCode::invalid_input, "--to: not a date (YYYY-MM-DD): " + to);
    }
    return f;
  }
};

Result<std::unique_ptr<Store>> open_store(const std::string& db) { return Store::open(db); }

struct Analyzer {
  std::unique_ptr<Resources> resources;
  std::optional<Pipeline> pipeline;
  static Result<Analyzer> make() {
    Analyzer a;
    auto r = Resources::load_default();
    if (!r.ok()) return r.status();
    a.resources = std::move(*r);
    auto p = Pipeline::standard(*a.resources);
    if (!p.ok()) return p.status();
    a.pipeline.emplace(std::move(*p));
    return a;
  }
};

Status apply_published(Document& doc, const std::string& published) {
  if (published.empty()) return Status::ok();
  auto d = Date::parse_iso(published);
  if (!d || d->d == 0) return Status(StatusCode::invalid_input, "--published: not a date (YYYY-MM-DD): " + published);
  doc.meta.published = *d;
  doc.meta.published_how = PublishedHow::metadata;
  return Status::ok();
}

// ---------------------------------------------------------------- ingest

int cmd_ingest(const std::string& db, const std::vector<std::string>& paths, const std::string& published,
               size_t batch_size, unsigned jobs, uint64_t max_bytes) {
  if (!published.empty() && !Date::parse_iso(published))
    return fail(Status(StatusCode::invalid_input, "--published: not a date (YYYY-MM-DD): " + published));
  auto analyzer = Analyzer::make();
  if (!analyzer.ok()) return fail(analyzer.status());
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  Store& st = **store;

  Progress progress("ingest");
  size_t added = 0, duplicates = 0, errors = 0, in_batch = 0;
  Status fatal;
  if (auto s = st.begin(); !s) return fail(s);
  auto on_error = [&](const Status& s) {
    ++errors;
    std::fprintf(stderr, "%sdossier: %s\n", isatty(2) ? "\n" : "", s.to_string().c_str());
  };
  ParallelAnalyzer parallel(*analyzer->pipeline, jobs);
  auto store_one = [&](Document&& doc) {
    if (!fatal.is_ok()) return;
    auto put = st.put_document(doc);
    if (!put.ok()) return on_error(Status(put.status().code(), doc.meta.path + ": " + put.status().message()));
    if (*put) ++added;
    else ++duplicates;
    if (++in_batch >= batch_size) {
      if (auto s = st.commit(); !s) fatal = s;
      else if (auto b = st.begin(); !b) fatal = b;
      in_batch = 0;
    }
  };
  auto on_document = [&](Document&& doc) {
    if (!fatal.is_ok()) return;
    progress.tick();
    if (auto s = apply_published(doc, published); !s) return on_error(s);
    auto have = st.has_document(doc.meta.sha256);
    if (!have.ok()) return on_error(have.status());
    if (*have) {
      ++duplicates;
      return;
    }
    parallel.submit(std::move(doc), store_one);
  };
  ingest::IngestOptions opts;
  opts.max_file_bytes = max_bytes;
  ingest::read_inputs(paths, opts, on_document, on_error);
  parallel.finish(store_one);
  progress.done();
  if (!fatal.is_ok()) {
    (void)st.rollback();
    return fail(fatal);
  }
  // Nothing new stored: the knowledge base is as it was (every earlier ingest and correction
  // rebuilt it in the transaction that changed it).
  if (added > 0) {
    if (auto s = st.rebuild_knowledge_base(); !s) {
      (void)st.rollback();
      return fail(s);
    }
  }
  if (auto s = st.commit(); !s) return fail(s);
  // Dating undated documents is a second transaction: if it fails, the ingest stands.
  size_t redated = 0;
  if (auto s = st.begin(); !s) return fail(s);
  if (auto s = redate_inferred_documents(st, *analyzer->pipeline, &redated); !s) {
    (void)st.rollback();
    std::fprintf(stderr, "dossier: re-dating undated documents failed (the ingest is stored): %s\n", s.to_string().c_str());
    return kExitInternal;
  }
  if (auto c = st.commit(); !c) return fail(c);
  std::fprintf(stderr, "ingested %zu new document%s, %zu already stored, %zu error%s\n", added, added == 1 ? "" : "s",
               duplicates, errors, errors == 1 ? "" : "s");
  if (redated)
    std::fprintf(stderr, "dated %zu undated document%s from dated reports of the same events (published_how = inferred)\n",
                 redated, redated == 1 ? "" : "s");
  return errors ? kExitBadInput : kExitOk;
}

// ---------------------------------------------------------------- annotate

int cmd_annotate(const std::vector<std::string>& paths, const std::string& published, uint64_t max_bytes) {
  if (!published.empty() && !Date::parse_iso(published))
    return fail(Status(StatusCode::invalid_input, "--published: not a date (YYYY-MM-DD): " + published));
  auto analyzer = Analyzer::make();
  if (!analyzer.ok()) return fail(analyzer.status());
  size_t errors = 0;
  auto on_error = [&](const Status& s) {
    ++errors;
    std::fprintf(stderr, "dossier: %s\n", s.to_string().c_str());
  };
  ingest::IngestOptions opts;
  opts.max_file_bytes = max_bytes;
  ingest::read_inputs(
      paths, opts,
      [&](Document&& doc) {
        if (auto s = apply_published(doc, published); !s) return on_error(s);
        analyzer->pipeline->run(doc);
        std::cout << annotation_to_json(doc).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      },
      on_error);
  std::cout.flush();
  return errors ? kExitBadInput : kExitOk;
}

// ---------------------------------------------------------------- listings

int cmd_list(const std::string& db, const std::string& what, const FilterArgs& fa, const std::string& format) {
  auto filter = fa.to_filter();
  if (!filter.ok()) return fail(filter.status());
  if (format != "table" && format != "json" && format != "csv")
    return fail(Status(StatusCode::invalid_input, "--format: expected table, json or csv, got " + format));
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  auto kb = (*store)->knowledge_base(*filter);
  if (!kb.ok()) return fail(kb.status());
  Names names(*kb);
  if (what == "events") print_events(std::cout, *kb, names, format);
  else if (what == "actors") print_actors(std::cout, *kb, names, format);
  else print_relations(std::cout, *kb, names, format);
  return kExitOk;
}

// ---------------------------------------------------------------- show

int cmd_show(const std::string& db, const std::string& key) {
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  auto kb = (*store)->knowledge_base(KbFilter{});
  if (!kb.ok()) return fail(kb.status());
  Names names(*kb);
  ShowContext ctx;
  auto rule = (*store)->setting("casualty_rule");
  if (!rule.ok()) return fail(rule.status());
  ctx.rule = casualty_rule_from(*rule);
  Store& st = **store;
  Status members_status;
  auto members_of = [&](const std::string& event_id, ShowContext& c) {
    auto m = st.event_members(event_id);
    if (!m.ok()) {
      members_status = m.status();
      return;
    }
    for (auto& x : *m) c.members.emplace(x.source, std::move(x));
  };
  if (!show_record(std::cout, *kb, names, key, &ctx, members_of))
    return fail(Status(StatusCode::not_found, "no actor, place or event matches \"" + key + "\""));
  if (!members_status.is_ok()) return fail(members_status);
  return kExitOk;
}

// ---------------------------------------------------------------- search

int cmd_search(const std::string& db, const std::string& query, size_t limit) {
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  auto hits = (*store)->search(query, limit);
  if (!hits.ok()) return fail(hits.status());
  if (hits->empty()) {
    std::fprintf(stderr, "no matches for \"%s\"\n", query.c_str());
    return kExitOk;
  }
  for (const auto& h : *hits)
    std::cout << h.document << "  [" << h.kind << "]  " << (h.title.empty() ? "(untitled)" : h.title) << "\n    "
              << h.snippet << "\n";
  return kExitOk;
}

// ---------------------------------------------------------------- analysis

// Finds an actor by id, name or alias (case-insensitive).
const Actor* find_actor(const KnowledgeBase& kb, const std::string& key) {
  const std::string k = utf8::fold(key);
  for (const auto& a : kb.actors)
    if (a.id == key || utf8::fold(a.name) == k) return &a;
  for (const auto& a : kb.actors)
    for (const auto& al : a.aliases)
      if (utf8::fold(al) == k) return &a;
  return nullptr;
}

int cmd_timeline(const std::string& db, const std::string& key, bool no_factions) {
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  auto kb = (*store)->knowledge_base(KbFilter{});
  if (!kb.ok()) return fail(kb.status());
  const Actor* a = find_actor(*kb, key);
  if (!a) return fail(Status(StatusCode::not_found, "no actor matches \"" + key + "\""));
  std::cout << "TIMELINE " << a->name << (no_factions ? "" : " (with its factions)") << "\n";
  for (const auto& t : actor_timeline(*kb, a->id, !no_factions)) {
    std::string when = "undated   ";
    if (t.date) when = t.date->precision == DatePrecision::day ? t.date->start.iso()
                       : t.date->precision == DatePrecision::year ? std::to_string(t.date->start.y) + "      "
                                                                   : Date{t.date->start.y, t.date->start.m, 0}.iso() + "   ";
    std::cout << "  " << when << "  " << t.kind << "  " << t.summary << "  (" << t.sources << " source"
              << (t.sources == 1 ? "" : "s") << ")\n";
  }
  return kExitOk;
}

struct NetworkArgs {
  int hops = 2;
  std::string from, to;
  std::vector<std::string> types;
  bool all = false;
  size_t key_players = 3;
  std::string format = "table";
};

int cmd_network(const std::string& db, const std::string& key, const NetworkArgs& na) {
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  auto kb = (*store)->knowledge_base(KbFilter{});
  if (!kb.ok()) return fail(kb.status());
  NetworkFilter nf;
  nf.asserted_only = !na.all;
  if (!na.from.empty() && !(nf.from = Date::parse_iso(na.from)))
    return fail(Status(StatusCode::invalid_input, "--from: not a date (YYYY-MM-DD): " + na.from));
  if (!na.to.empty() && !(nf.to = Date::parse_iso(na.to)))
    return fail(Status(StatusCode::invalid_input, "--to: not a date (YYYY-MM-DD): " + na.to));
  for (const auto& t : na.types) {
    auto rt = relation_type_from(t);
    if (!rt) return fail(Status(StatusCode::invalid_input, "--type: not a relation type: " + t));
    nf.types.push_back(*rt);
  }
  Network net = Network::from_relations(kb->relations, nf);
  std::string title = "the whole network";
  if (!key.empty()) {
    const Actor* a = find_actor(*kb, key);
    if (!a) return fail(Status(StatusCode::not_found, "no actor matches \"" + key + "\""));
    net = net.ego(a->id, na.hops);
    title = std::to_string(na.hops) + " hops around " + a->name;
  }
  Names names(*kb);
  auto m = net.measures();
  std::sort(m.begin(), m.end(), [](const NodeMeasures& x, const NodeMeasures& y) {
    return x.betweenness != y.betweenness ? x.betweenness > y.betweenness : x.id < y.id;
  });
  double q = 0, frag = 0;
  net.communities(&q);
  auto kp = net.key_players(na.key_players, &frag);
  if (na.format == "json") {
    nlohmann::json j;
    j["nodes"] = nlohmann::json::array();
    for (const auto& n : m)
      j["nodes"].push_back({{"id", n.id}, {"name", names.actor(n.id)}, {"degree", n.degree}, {"betweenness", n.betweenness},
                            {"eigenvector", n.eigenvector}, {"core", n.core}, {"community", n.community}});
    j["edges"] = nlohmann::json::array();
    for (size_t i = 0; i < net.size(); ++i)
      for (auto [v, w] : net.neighbours(i))
        if (static_cast<size_t>(v) > i) j["edges"].push_back({{"source", net.nodes()[i]}, {"target", net.nodes()[static_cast<size_t>(v)]}, {"weight", w}});
    j["modularity"] = q;
    j["key_players"] = kp;
    j["fragmentation"] = frag;
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << "NETWORK: " << title << ": " << net.size() << " actors, " << net.edge_count() << " ties, modularity "
            << q << "\n\n";
  std::printf("%-40s %7s %7s %7s %5s %5s\n", "ACTOR", "DEGREE", "BETWEEN", "EIGEN", "CORE", "COMM");
  for (const auto& n : m)
    std::printf("%-40.40s %7.3f %7.3f %7.3f %5d %5d\n", names.actor(n.id).c_str(), n.degree, n.betweenness, n.eigenvector,
                n.core, n.community);
  std::cout << "\nkey players (removing them fragments the network to " << frag << "):";
  for (const auto& k : kp) std::cout << " " << names.actor(k) << ";";
  std::cout << "\n";
  return kExitOk;
}

// ---------------------------------------------------------------- corrections

// A correction in one transaction: `change` (adding or removing overrides, a
// setting), the rebuild, and the re-dating of undated documents the rebuild
// asks for (the analysis resources are loaded only then). All or nothing.
Status correct(Store& st, const std::function<Status()>& change) {
  if (auto s = st.begin(); !s) return s;
  auto run = [&]() -> Status {
    if (auto s = change(); !s) return s;
    if (auto s = st.rebuild_knowledge_base(); !s) return s;
    auto todo = st.documents_to_reanalyse();
    if (!todo.ok()) return todo.status();
    if (todo->empty()) return Status::ok();
    auto analyzer = Analyzer::make();
    if (!analyzer.ok()) return analyzer.status();
    size_t redated = 0;
    return redate_inferred_documents(st, *analyzer->pipeline, &redated);
  };
  if (auto s = run(); !s) {
    (void)st.rollback();
    return s;
  }
  return st.commit();
}

int cmd_rebuild(const std::string& db, const std::string& rule) {
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  Store& st = **store;
  auto s = correct(st, [&]() { return rule.empty() ? Status::ok() : st.set_setting("casualty_rule", rule); });
  if (!s) return fail(s);
  auto r = st.setting("casualty_rule");
  std::fprintf(stderr, "rebuilt the knowledge base (casualty rule: %s)\n",
               std::string(to_string(casualty_rule_from(r.ok() ? *r : ""))).c_str());
  return kExitOk;
}

// `unmerge EVENT [--document DOC | --source SRC]...`: the chosen sources leave
// the event (each becomes, or joins, another event); with none chosen every
// source is set apart. `unmerge ACTOR --alias NAME`: documents that named the
// actor only by that alias get an actor of their own.
int cmd_unmerge(const std::string& db, const std::string& key, const std::vector<std::string>& picks,
                const std::string& alias, const std::string& note) {
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  Store& st = **store;
  auto kb = st.knowledge_base(KbFilter{});
  if (!kb.ok()) return fail(kb.status());
  const Event* event = nullptr;
  for (const auto& e : kb->events)
    if (e.id == key) event = &e;
  if (!event) {
    const Actor* a = find_actor(*kb, key);
    if (!a) return fail(Status(StatusCode::not_found, "no event or actor matches \"" + key + "\""));
    if (alias.empty())
      return fail(Status(StatusCode::invalid_input, "unmerge of an actor needs --alias NAME (the alias to split off)"));
    bool known = std::any_of(a->aliases.begin(), a->aliases.end(),
                             [&](const std::string& x) { return utf8::fold(x) == utf8::fold(alias); });
    if (!known) return fail(Status(StatusCode::invalid_input, "\"" + alias + "\" is not an alias of " + a->name));
    if (auto s = correct(st, [&]() { return st.add_merge_override({0, "alias_apart", a->id, alias, note, ""}); }); !s)
      return fail(s);
    std::fprintf(stderr, "split \"%s\" off %s; undo with `dossier overrides --remove N`\n", alias.c_str(), a->name.c_str());
    return kExitOk;
  }
  if (event->sources.size() < 2) return fail(Status(StatusCode::invalid_input, key + " has a single source: nothing to unmerge"));
  std::set<std::string> chosen;
  for (const auto& p : picks) {
    size_t before = chosen.size();
    for (const auto& s : event->sources)
      if (s.id == p || s.document == p) chosen.insert(s.id);
    if (chosen.size() == before) return fail(Status(StatusCode::not_found, "no source or document \"" + p + "\" in " + key));
  }
  if (chosen.size() == event->sources.size())
    return fail(Status(StatusCode::invalid_input, "every source of " + key +
                                                      " is named: name the ones to take out, or none to set all apart"));
  size_t n = 0;
  auto s = correct(st, [&]() -> Status {
    for (const auto& a : event->sources)
      for (const auto& b : event->sources) {
        if (!(a.id < b.id)) continue;
        bool split = chosen.empty() || (chosen.count(a.id) != chosen.count(b.id));
        if (!split) continue;
        if (auto s = st.add_merge_override({0, "event_apart", a.id, b.id, note, ""}); !s) return s;
        ++n;
      }
    return Status::ok();
  });
  if (!s) return fail(s);
  std::fprintf(stderr, "kept %zu pair%s of sources apart; undo with `dossier overrides --remove N`\n", n, n == 1 ? "" : "s");
  return kExitOk;
}

int cmd_merge(const std::string& db, const std::string& a, const std::string& b, const std::string& note) {
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  Store& st = **store;
  auto kb = st.knowledge_base(KbFilter{});
  if (!kb.ok()) return fail(kb.status());
  const Event *ea = nullptr, *eb = nullptr;
  for (const auto& e : kb->events) {
    if (e.id == a) ea = &e;
    if (e.id == b) eb = &e;
  }
  if (!ea && !eb) {
    // Two actors: b's mentions, events and relations become a's.
    const Actor* aa = find_actor(*kb, a);
    const Actor* ab = find_actor(*kb, b);
    if (!aa) return fail(Status(StatusCode::not_found, "no event or actor matches \"" + a + "\""));
    if (!ab) return fail(Status(StatusCode::not_found, "no event or actor matches \"" + b + "\""));
    if (aa == ab) return fail(Status(StatusCode::invalid_input, "\"" + a + "\" and \"" + b + "\" are one actor already"));
    if (auto s = correct(st, [&]() { return st.add_merge_override({0, "actor_together", aa->id, ab->id, note, ""}); }); !s)
      return fail(s);
    std::fprintf(stderr, "merged %s into %s; undo with `dossier overrides --remove N`\n", ab->name.c_str(), aa->name.c_str());
    return kExitOk;
  }
  if (!ea) return fail(Status(StatusCode::not_found, "no event \"" + a + "\""));
  if (!eb) return fail(Status(StatusCode::not_found, "no event \"" + b + "\""));
  if (ea == eb) return fail(Status(StatusCode::invalid_input, "the same event twice"));
  // Earlier unmerges between the two take precedence; say so rather than do nothing silently.
  auto ov = st.merge_overrides();
  if (!ov.ok()) return fail(ov.status());
  for (const auto& o : *ov)
    if (o.kind == "event_apart")
      for (const auto& x : ea->sources)
        for (const auto& y : eb->sources)
          if (MergeConstraints::key(x.id, y.id) == MergeConstraints::key(o.a, o.b))
            return fail(Status(StatusCode::invalid_input, "override " + std::to_string(o.id) +
                                                              " keeps these events apart; remove it first (dossier overrides --remove " +
                                                              std::to_string(o.id) + ")"));
  // Every pair across the two events, so that a later unmerge of one source leaves the rest merged.
  auto s = correct(st, [&]() -> Status {
    for (const auto& x : ea->sources)
      for (const auto& y : eb->sources)
        if (auto s = st.add_merge_override({0, "event_together", x.id, y.id, note, ""}); !s) return s;
    return Status::ok();
  });
  if (!s) return fail(s);
  std::fprintf(stderr, "merged; undo with `dossier overrides --remove N`\n");
  return kExitOk;
}

int cmd_overrides(const std::string& db, const std::vector<int64_t>& remove) {
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  Store& st = **store;
  if (!remove.empty()) {
    auto s = correct(st, [&]() -> Status {
      for (int64_t id : remove)
        if (auto s = st.remove_merge_override(id); !s) return s;
      return Status::ok();
    });
    if (!s) return fail(s);
  }
  auto ov = st.merge_overrides();
  if (!ov.ok()) return fail(ov.status());
  if (ov->empty()) {
    std::cout << "no merge overrides\n";
    return kExitOk;
  }
  std::printf("%-5s %-15s %-40s %-40s %-20s %s\n", "N", "KIND", "A", "B", "CREATED", "NOTE");
  for (const auto& o : *ov)
    std::printf("%-5lld %-15s %-40s %-40s %-20s %s\n", static_cast<long long>(o.id), o.kind.c_str(), o.a.c_str(),
                o.b.c_str(), o.created.c_str(), o.note.c_str());
  return kExitOk;
}

// ---------------------------------------------------------------- export

int cmd_export(const std::string& db, const std::string& format, const FilterArgs& fa, const std::string& out) {
  auto filter = fa.to_filter();
  if (!filter.ok()) return fail(filter.status());
  auto store = open_store(db);
  if (!store.ok()) return fail(store.status());
  auto kb = (*store)->knowledge_base(*filter);
  if (!kb.ok()) return fail(kb.status());
  if (out.empty() || out == "-") {
    auto s = write_export(*kb, format, std::cout);
    std::cout.flush();
    return s ? kExitOk : fail(s);
  }
  std::ofstream f(out, std::ios::binary);
  if (!f) return fail(Status(StatusCode::io_error, out + ": cannot write"));
  auto s = write_export(*kb, format, f);
  return s ? kExitOk : fail(s);
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"dossier: a knowledge base of armed groups, attacks and their relations, built from news reports"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dossier 0.1.0");
  std::string db = "./dossier.db";
  auto add_db = [&](CLI::App* c) {
    c->add_option("--db", db, "Knowledge base: a SQLite file path or a postgresql:// URL")->capture_default_str();
  };

  std::vector<std::string> paths;
  std::string published;
  size_t batch = 1000;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  uint64_t max_bytes = 64ull << 20;
  auto* ingest = app.add_subcommand("ingest", "Read articles (files, folders, - for stdin), analyse, merge into the knowledge base");
  ingest->add_option("paths", paths, "Files or folders (recursively); - reads stdin")->required();
  ingest->add_option("--published", published, "Document date YYYY-MM-DD when the input has none, or to override it");
  ingest->add_option("--batch", batch, "Documents per transaction")->capture_default_str();
  ingest->add_option("-j,--jobs", jobs, "Analysis threads")->capture_default_str();
  ingest->add_option("--max-bytes", max_bytes, "Largest input file accepted, in bytes")->capture_default_str();
  add_db(ingest);

  auto* annotate = app.add_subcommand("annotate", "Analyse without storing; one JSON object per document (JSON Lines)");
  annotate->add_option("paths", paths, "Files or folders; - reads stdin")->required();
  annotate->add_option("--published", published, "Document date YYYY-MM-DD when the input has none, or to override it");
  annotate->add_option("--max-bytes", max_bytes, "Largest input file accepted, in bytes")->capture_default_str();

  FilterArgs filters;
  std::string format = "table";
  std::map<std::string, CLI::App*> lists;
  for (const char* what : {"events", "actors", "relations"}) {
    auto* c = app.add_subcommand(what, std::string("List ") + what + " in the knowledge base");
    filters.add_to(c);
    c->add_option("--format", format, "table, json or csv")->capture_default_str();
    add_db(c);
    lists[what] = c;
  }

  std::string key;
  auto* show = app.add_subcommand("show", "A dossier on one actor, place or event, with every source");
  show->add_option("id-or-name", key, "An id, a name or an alias")->required();
  add_db(show);

  std::string query;
  size_t limit = 20;
  auto* search = app.add_subcommand("search", "Full-text search over stored articles and evidence");
  search->add_option("query", query, "Words or a phrase in quotes")->required();
  search->add_option("--limit", limit, "At most this many hits")->capture_default_str();
  add_db(search);

  std::string export_format, out;
  auto* exp = app.add_subcommand("export", "Write the knowledge base (or a filtered part)");
  exp->add_option("--format", export_format, "json, csv, graphml, gexf, stix or geojson")
      ->required()
      ->check(CLI::IsMember({"json", "csv", "graphml", "gexf", "stix", "geojson"}));
  exp->add_option("-o,--output", out, "Output file (default: standard output)");
  filters.add_to(exp);
  add_db(exp);

  bool no_factions = false;
  auto* timeline = app.add_subcommand("timeline", "An actor's events and relations in date order");
  timeline->add_option("actor", key, "An id, a name or an alias")->required();
  timeline->add_flag("--no-factions", no_factions, "Leave out the actor's factions");
  add_db(timeline);

  NetworkArgs na;
  auto* network = app.add_subcommand("network", "The relation network (around an actor) with centrality, communities and key players");
  network->add_option("actor", key, "Centre of an ego network (default: the whole network)");
  network->add_option("--hops", na.hops, "Ego network radius")->capture_default_str();
  network->add_option("--from", na.from, "Relations dated on or after YYYY-MM-DD (undated ones kept)");
  network->add_option("--to", na.to, "Relations dated on or before YYYY-MM-DD");
  network->add_option("--type", na.types, "Relation types to keep (repeatable)");
  network->add_flag("--all", na.all, "Include denied relations");
  network->add_option("--key-players", na.key_players, "Size of the key-player set")->capture_default_str();
  network->add_option("--format", na.format, "table or json")->check(CLI::IsMember({"table", "json"}))->capture_default_str();
  add_db(network);

  std::vector<std::string> picks;
  std::string alias, note;
  auto* unmerge = app.add_subcommand("unmerge", "Undo a merge: take sources out of an event, or an alias off an actor");
  unmerge->add_option("event-or-actor", key, "An event id, or an actor (id, name or alias)")->required();
  unmerge->add_option("--source,--document", picks, "Event: the source or document ids to take out (repeatable; default all apart)");
  unmerge->add_option("--alias", alias, "Actor: the alias whose documents get an actor of their own");
  unmerge->add_option("--note", note, "Why, kept with the correction");
  add_db(unmerge);

  std::string other;
  auto* merge = app.add_subcommand("merge", "Put two events together (one event, all their sources), or make the second actor part of the first");
  merge->add_option("event", key, "An event id, or the actor to keep (id, name or alias)")->required();
  merge->add_option("other", other, "Another event id, or the actor to merge into the first")->required();
  merge->add_option("--note", note, "Why, kept with the correction");
  add_db(merge);

  std::vector<int64_t> remove;
  auto* overrides = app.add_subcommand("overrides", "List the analyst's merge corrections, or remove some (undo)");
  overrides->add_option("--remove", remove, "Numbers of corrections to remove (repeatable); the knowledge base is rebuilt");
  add_db(overrides);

  std::string rule;
  auto* rebuild_cmd = app.add_subcommand("rebuild", "Re-derive the knowledge base from the stored analyses");
  rebuild_cmd->add_option("--casualty-rule", rule, "best_estimate (UCDP-style median, the default) or conservative (ACLED-style lowest); kept in the store")
      ->check(CLI::IsMember({"best_estimate", "conservative"}));
  add_db(rebuild_cmd);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitBadInput;
  }

  if (ingest->parsed()) return cmd_ingest(db, paths, published, std::max<size_t>(batch, 1), jobs, max_bytes);
  if (annotate->parsed()) return cmd_annotate(paths, published, max_bytes);
  for (auto& [what, c] : lists)
    if (c->parsed()) return cmd_list(db, what, filters, format);
  if (show->parsed()) return cmd_show(db, key);
  if (search->parsed()) return cmd_search(db, query, limit);
  if (exp->parsed()) return cmd_export(db, export_format, filters, out);
  if (timeline->parsed()) return cmd_timeline(db, key, no_factions);
  if (network->parsed()) return cmd_network(db, key, na);
  if (unmerge->parsed()) return cmd_unmerge(db, key, picks, alias, note);
  if (merge->parsed()) return cmd_merge(db, key, other, note);
  if (overrides->parsed()) return cmd_overrides(db, remove);
  if (rebuild_cmd->parsed()) return cmd_rebuild(db, rule);
  return kExitBadInput;
}

}  // namespace dossier::cli

int main(int argc, char** argv) {
  try {
    return dossier::cli::run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dossier: internal error: %s\n", e.what());
    return 2;
  }
}
