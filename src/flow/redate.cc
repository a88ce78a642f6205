#include "flow/redate.h"

#include "ingest/ingest.h"

namespace dossier {

Status redate_inferred_documents(Store& st, const Pipeline& pipeline, uint64_t max_file_bytes, size_t* count) {
  *count = 0;
  for (int round = 0; round < 2; ++round) {
    auto docs = st.documents_to_reanalyse();
    if (!docs.ok()) return docs.status();
    if (docs->empty()) return Status::ok();
    size_t replaced = 0;
    for (const auto& meta : *docs) {
      if (meta.path.empty() || meta.path == "-") continue;  // stdin cannot be read again
      Status failed;
      ingest::IngestOptions opts;
      opts.max_file_bytes = max_file_bytes;
      ingest::read_inputs(
          {meta.path}, opts,
          [&](Document&& doc) {
            if (doc.meta.sha256 != meta.sha256 || !failed.is_ok()) return;
            doc.meta.published = meta.published;
            doc.meta.published_latest = meta.published_latest;
            doc.meta.published_how = PublishedHow::inferred;
            pipeline.run(doc);
            if (auto s = st.replace_document(doc); !s) failed = s;
            else ++replaced;
          },
          [](const Status&) {});  // gone or changed since: keep the stored analysis
      if (!failed.is_ok()) return failed;
    }
    *count += replaced;
    if (replaced == 0) return Status::ok();
    if (auto s = st.rebuild_knowledge_base(); !s) return s;
  }
  return Status::ok();
}

}  // namespace dossier
