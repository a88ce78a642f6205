// The stage wrapper around find_quantities(const Document&): the scanner does
// the work; the stage only replaces the layer.
#include "quantity/quantity_stage.h"

#include "quantity/quantity.h"

namespace dossier {
namespace {

class QuantityStage final : public Stage {
 public:
  std::string_view name() const override { return "quantities"; }
  uint32_t reads() const override { return kLayerText | kLayerTokens | kLayerSentences; }
  uint32_t writes() const override { return kLayerQuantities; }
  void run(Document& doc) const override { doc.quantities = find_quantities(doc); }
};

}  // namespace

std::unique_ptr<Stage> make_quantity_stage() { return std::make_unique<QuantityStage>(); }

}  // namespace dossier
