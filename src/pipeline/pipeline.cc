#include "dossier/pipeline.h"

#include <string>

#include "dossier/resources.h"
#include "entities/entity_stage.h"
#include "events/event_stage.h"
#include "quantity/quantity_stage.h"
#include "relations/relation_stage.h"
#include "text/tokenizer.h"
#include "time/time_stage.h"

namespace dossier {

namespace {
std::string layer_names(uint32_t bits) {
  static const char* kNames[] = {"text",      "meta",       "body",     "tokens",   "sentences", "doc-date",
                                 "timexes",   "quantities", "mentions", "entities", "events",    "relations"};
  std::string out;
  for (int i = 0; i < 12; ++i)
    if (bits & (1u << i)) out += (out.empty() ? "" : ", ") + std::string(kNames[i]);
  return out;
}
}  // namespace

Result<Pipeline> Pipeline::build(std::vector<std::unique_ptr<Stage>> stages) {
  uint32_t have = kIngestLayers;
  for (const auto& s : stages) {
    uint32_t missing = s->reads() & ~have;
    if (missing)
      return Status(StatusCode::internal, "pipeline: stage '" + std::string(s->name()) + "' reads " +
                                              layer_names(missing) + " before any stage writes it");
    have |= s->writes();
  }
  Pipeline p;
  p.stages_ = std::move(stages);
  return p;
}

Result<Pipeline> Pipeline::standard(const Resources& r) {
  std::vector<std::unique_ptr<Stage>> s;
  s.push_back(make_text_stage());
  s.push_back(make_document_date_stage());
  s.push_back(make_timex_stage());
  s.push_back(make_quantity_stage());
  s.push_back(make_entity_stage(r));
  s.push_back(make_event_stage(r));
  s.push_back(make_relation_stage(r));
  return build(std::move(s));
}

void Pipeline::run(Document& doc) const {
  for (const auto& s : stages_) s->run(doc);
}

}  // namespace dossier
