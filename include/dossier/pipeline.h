// One stage interface. A stage reads some layers of a Document and writes
// others; Pipeline::build() checks that every layer a stage reads has been
// written by an earlier stage (or by ingest), so a wrong order fails when the
// pipeline is assembled, not on the thousandth document.
//
// Stages are immutable after construction and safe to call from several
// threads at once; per-call scratch space lives in the Document.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/status.h"

namespace dossier {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual uint32_t reads() const = 0;   // Layer bits
  virtual uint32_t writes() const = 0;  // Layer bits
  virtual void run(Document& doc) const = 0;
};

class Resources;  // lexicons, gazetteers and models: see dossier/resources.h

class Pipeline {
 public:
  // Layers present before the first stage (what ingest produces).
  static constexpr uint32_t kIngestLayers = kLayerText | kLayerMeta | kLayerBody;

  // Checks the order; returns an internal error naming the stage and the
  // missing layer when a stage reads what nothing before it wrote.
  static Result<Pipeline> build(std::vector<std::unique_ptr<Stage>> stages);

  // The standard analysis: text, document date, time, quantities, entities,
  // events, relations. `resources` must outlive the pipeline.
  static Result<Pipeline> standard(const Resources& resources);

  void run(Document& doc) const;
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace dossier
