// Wraps find_document_date and find_timexes as pipeline stages.
#include "time/time_stage.h"

namespace dossier {
namespace {

class DocumentDateStage final : public Stage {
 public:
  DocumentDateStage() : lex_(time::TimeLexicon::default_lexicon()) {}
  std::string_view name() const override { return "document_date"; }
  uint32_t reads() const override { return kLayerText | kLayerMeta | kLayerBody; }
  uint32_t writes() const override { return kLayerDocDate; }
  void run(Document& doc) const override {
    if (doc.meta.published && doc.meta.published->valid()) {
      if (doc.meta.published_how == PublishedHow::none) doc.meta.published_how = PublishedHow::metadata;
      return;
    }
    doc.meta.published.reset();
    auto found = time::find_document_date(doc.text, lex_);
    if (!found) {
      doc.meta.published_how = PublishedHow::none;
      return;
    }
    doc.meta.published = found->date;
    doc.meta.published_how = found->how;
    if (doc.meta.dateline_text.empty() && !found->dateline_text.empty())
      doc.meta.dateline_text = found->dateline_text;
  }

 private:
  const time::TimeLexicon& lex_;
};

class TimexStage final : public Stage {
 public:
  TimexStage() : lex_(time::TimeLexicon::default_lexicon()) {}
  std::string_view name() const override { return "timexes"; }
  uint32_t reads() const override { return kLayerText | kLayerMeta | kLayerBody | kLayerDocDate; }
  uint32_t writes() const override { return kLayerTimexes; }
  void run(Document& doc) const override {
    std::optional<Date> anchor;
    auto ref = doc.meta.reference_date();
    if (ref && ref->valid() && ref->d != 0) anchor = ref;
    doc.timexes = time::find_timexes(doc.text, anchor, lex_);
  }

 private:
  const time::TimeLexicon& lex_;
};

}  // namespace

std::unique_ptr<Stage> make_document_date_stage() { return std::make_unique<DocumentDateStage>(); }
std::unique_ptr<Stage> make_timex_stage() { return std::make_unique<TimexStage>(); }

}  // namespace dossier
