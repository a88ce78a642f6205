#include "flow/redate.h"

namespace dossier {

Status redate_inferred_documents(Store& st, const Pipeline& pipeline, size_t* count) {
  *count = 0;
  for (int round = 0; round < 2; ++round) {
    auto docs = st.documents_to_reanalyse();
    if (!docs.ok()) return docs.status();
    if (docs->empty()) return Status::ok();
    for (const auto& meta : *docs) {
      auto doc = st.stored_document(meta.id);
      if (!doc.ok()) return doc.status();
      // The date stage keeps a date that is set; with none it looks in the text again (it found
      // nothing there the first time, so the document stays undated).
      doc->meta.published = meta.published;
      doc->meta.published_latest = meta.published_latest;
      doc->meta.published_how = meta.published ? PublishedHow::inferred : PublishedHow::none;
      pipeline.run(*doc);
      if (auto s = st.replace_document(*doc); !s) return s;
      ++*count;
    }
    if (auto s = st.rebuild_knowledge_base(); !s) return s;
  }
  return Status::ok();
}

}  // namespace dossier
