// Ingest driver: walking paths, reading bytes, gzip, format detection, the
// checks every input passes (empty, binary, UTF-8, size) and the container
// formats that hold many documents (JSON Lines, WARC, RSS/Atom). Each item is
// turned into a Document by make_text_document or make_html_document, which
// run the layout analysis (layout.h) that marks the body and fills metadata.
#include "ingest/ingest.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/ids.h"
#include "core/utf8.h"
#include "ingest/boilerplate.h"
#include "ingest/html.h"
#include "ingest/layout.h"

namespace dossier::ingest {

namespace fs = std::filesystem;

std::string_view to_string(Format f) {
  switch (f) {
    case Format::text: return "text";
    case Format::html: return "html";
    case Format::jsonl: return "jsonl";
    case Format::warc: return "warc";
    case Format::rss: return "rss";
  }
  return "text";
}

namespace {

std::string lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return o;
}

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

std::string at(std::string_view path, std::string_view where) {
  std::string s(path);
  s += ": ";
  s += where;
  s += ": ";
  return s;
}

bool is_gzip(std::string_view b) {
  return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f && static_cast<unsigned char>(b[1]) == 0x8b;
}

// Inflates gzip (all members, as in .warc.gz) up to `limit` bytes.
Status gunzip(std::string_view path, std::string_view in, uint64_t limit, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 32) != Z_OK) return Status(StatusCode::internal, std::string(path) + ": zlib init failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  size_t consumed_base = 0;
  char buf[1 << 16];
  Status st;
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    int rc = inflate(&zs, Z_NO_FLUSH);
    size_t produced = sizeof buf - zs.avail_out;
    out->append(buf, produced);
    if (out->size() > limit) {
      st = Status(StatusCode::too_large, std::string(path) + ": decompressed size above the limit of " +
                                             std::to_string(limit) + " bytes");
      break;
    }
    if (rc == Z_STREAM_END) {
      size_t used = consumed_base + (in.size() - consumed_base - zs.avail_in);
      if (used >= in.size() || zs.avail_in == 0) break;
      // next gzip member
      consumed_base = used;
      inflateReset(&zs);
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      st = Status(StatusCode::invalid_input,
                  at(path, "byte " + std::to_string(in.size())) + "truncated gzip stream (kept what was readable)");
      break;
    }
    if (rc != Z_OK) {
      size_t used = in.size() - zs.avail_in;
      st = Status(StatusCode::invalid_input,
                  at(path, "byte " + std::to_string(used)) + "corrupt gzip data (" + (zs.msg ? zs.msg : "zlib") + ")");
      break;
    }
  }
  inflateEnd(&zs);
  return st;
}

// Binary: a NUL byte anywhere, or many control bytes in the first 8 KB.
std::optional<std::string> binary_reason(std::string_view b) {
  const void* nul = std::memchr(b.data(), 0, b.size());
  if (nul) return "byte " + std::to_string(static_cast<const char*>(nul) - b.data()) + ": NUL byte, binary file";
  size_t n = std::min<size_t>(b.size(), 8192), ctrl = 0, first = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(b[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b) {
      if (ctrl++ == 0) first = i;
    }
  }
  if (ctrl > 0 && ctrl * 20 > n)
    return "byte " + std::to_string(first) + ": control bytes (" + std::to_string(ctrl) + " in the first " +
           std::to_string(n) + "), binary file";
  return std::nullopt;
}

bool only_space(std::string_view b) {
  return std::all_of(b.begin(), b.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; });
}

// Checks shared by all text formats; empty optional = fine.
std::optional<Status> check_text(std::string_view path, std::string_view b, bool need_utf8) {
  if (b.empty()) return Status(StatusCode::invalid_input, std::string(path) + ": empty file");
  if (only_space(b)) return Status(StatusCode::invalid_input, std::string(path) + ": empty file (only white space)");
  if (auto r = binary_reason(b)) return Status(StatusCode::invalid_input, std::string(path) + ": " + *r);
  if (need_utf8) {
    if (auto bad = utf8::first_invalid(b))
      return Status(StatusCode::invalid_input,
                    at(path, "byte " + std::to_string(*bad)) + "invalid UTF-8; document rejected");
  }
  return std::nullopt;
}

std::string normalize_newlines(std::string_view b) {
  if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
  std::string out;
  out.reserve(b.size());
  for (size_t i = 0; i < b.size(); ++i) {
    if (b[i] == '\r') {
      out += '\n';
      if (i + 1 < b.size() && b[i + 1] == '\n') ++i;
    } else {
      out += b[i];
    }
  }
  return out;
}

void set_ids(DocumentMeta& m, std::string_view bytes) {
  m.sha256 = sha256_hex(bytes);
  m.id = document_id(m.sha256);
}

bool looks_like_html(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i;
  std::string head = lower(s.substr(i, 1024));
  if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 || head.rfind("<head", 0) == 0 ||
      head.rfind("<body", 0) == 0)
    return true;
  int tags = 0;
  for (const char* t : {"<p>", "<p ", "<div", "<br", "</p>", "<span", "<a href", "<h1", "<h2", "<li>", "<table", "<meta"})
    if (head.find(t) != std::string::npos) ++tags;
  return tags >= 2 || (head.rfind("<", 0) == 0 && tags >= 1);
}

std::string strip_title_suffix(std::string t, const std::string& site) {
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: "}) {
    size_t p = t.rfind(sep);
    if (p == std::string::npos || p == 0) continue;
    std::string tail = t.substr(p + sep.size());
    bool site_match = !site.empty() && normalize_phrase(tail) == normalize_phrase(site);
    size_t tail_words = std::count(tail.begin(), tail.end(), ' ') + 1;
    if (site_match || (tail_words <= 4 && tail.size() * 2 < p)) {
      t.resize(p);
      break;
    }
  }
  return t;
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (s.empty()) return;
  std::string n = normalize_phrase(s);
  for (const auto& x : v)
    if (normalize_phrase(x) == n) return;
  v.push_back(s);
}

}  // namespace

Document make_text_document(std::string text, DocumentMeta meta) {
  Document doc;
  doc.meta = std::move(meta);
  if (doc.meta.format.empty()) doc.meta.format = "text";
  doc.text = std::move(text);
  std::vector<Paragraph> paras = split_paragraphs(doc.text);
  analyse_layout(doc.text, paras, doc.meta);
  doc.body = body_spans(paras);
  doc.furniture = furniture_spans(paras);
  return doc;
}

Document make_html_document(std::string_view html, DocumentMeta meta) {
  HtmlExtraction ex = extract_html(html);
  Document doc;
  doc.meta = std::move(meta);
  if (doc.meta.format.empty()) doc.meta.format = "html";
  const HtmlMeta& hm = ex.meta;
  std::string title = strip_title_suffix(hm.title, hm.site_name);
  if (doc.meta.title.empty()) doc.meta.title = title;
  if (doc.meta.authors.empty()) {
    const auto& bp = BoilerplatePhrases::get();
    for (const auto& a : hm.authors) {
      Byline by;
      if (parse_byline(a, &by) || parse_byline("By " + a, &by)) {  // "By A and B", "A | Outlet"
        for (auto& x : by.authors) add_unique(doc.meta.authors, x);
        for (auto& x : by.publishers) add_unique(doc.meta.publisher, x);
      } else if (bp.is_agency(normalize_phrase(a))) {
        add_unique(doc.meta.publisher, bp.agency_name(normalize_phrase(a)));
      } else {
        add_unique(doc.meta.authors, a);
      }
    }
  }
  if (!doc.meta.published && hm.published) {
    doc.meta.published = hm.published;
    doc.meta.published_how = hm.published_in_text ? PublishedHow::text : PublishedHow::metadata;
  }
  // Compose the text: title, then the kept blocks, separated by blank lines.
  std::vector<Paragraph> paras;
  std::string tnorm = normalize_phrase(doc.meta.title);
  bool has_title = false;
  for (const auto& b : ex.blocks)
    if (b.hint == ParagraphHint::title || (!tnorm.empty() && normalize_phrase(b.text) == tnorm)) has_title = true;
  auto append = [&](const std::string& t, ParagraphHint h) {
    if (!doc.text.empty()) doc.text += "\n\n";
    uint32_t s = static_cast<uint32_t>(doc.text.size());
    doc.text += t;
    paras.push_back({Span{s, static_cast<uint32_t>(doc.text.size())}, h, ParagraphKind::body});
  };
  if (!has_title && !doc.meta.title.empty()) append(doc.meta.title, ParagraphHint::title);
  for (const auto& b : ex.blocks) append(b.text, b.hint);
  if (auto bad = utf8::first_invalid(doc.text)) doc.text = utf8::repair(doc.text);  // gumbo output is UTF-8
  analyse_layout(doc.text, paras, doc.meta);
  doc.body = body_spans(paras);
  doc.furniture = furniture_spans(paras);
  if (!hm.site_name.empty()) {
    // "Outlet | Section | Section" -> "Outlet"
    std::string site = hm.site_name;
    size_t bar = site.find(" | ");
    if (bar != std::string::npos && bar > 0) site.resize(bar);
    add_unique(doc.meta.publisher, site);
  }
  return doc;
}

Format detect_format(std::string_view path, std::string_view bytes) {
  std::string p = lower(path);
  if (ends_with(p, ".gz")) p.resize(p.size() - 3);
  size_t i = 0;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
  std::string_view b = bytes.substr(i);
  if (b.rfind("WARC/", 0) == 0) return Format::warc;
  std::string head = lower(b.substr(0, 2048));
  bool xml_feed = head.find("<rss") != std::string::npos || head.find("<feed") != std::string::npos ||
                  head.find("<rdf:rdf") != std::string::npos;
  if ((head.rfind("<?xml", 0) == 0 || head.rfind("<rss", 0) == 0 || head.rfind("<feed", 0) == 0) && xml_feed)
    return Format::rss;
  if (ends_with(p, ".warc")) return Format::warc;
  if (ends_with(p, ".rss") || ends_with(p, ".atom")) return Format::rss;
  if (ends_with(p, ".jsonl") || ends_with(p, ".ndjson") || ends_with(p, ".json")) return Format::jsonl;
  if (ends_with(p, ".html") || ends_with(p, ".htm") || ends_with(p, ".xhtml")) return Format::html;
  if (!b.empty() && b[0] == '{') return Format::jsonl;
  if (looks_like_html(b)) return Format::html;
  return Format::text;
}

namespace {

void parse_text(std::string_view path, std::string_view bytes, const DocumentSink& docs,
                std::vector<Status>* errors) {
  if (auto e = check_text(path, bytes, true)) {
    errors->push_back(*e);
    return;
  }
  DocumentMeta m;
  m.path = std::string(path);
  m.format = "text";
  set_ids(m, bytes);
  docs(make_text_document(normalize_newlines(bytes), std::move(m)));
}

void parse_html(std::string_view path, std::string_view bytes, std::string_view declared_charset, DocumentMeta m,
                const DocumentSink& docs, std::vector<Status>* errors) {
  if (auto e = check_text(path, bytes, false)) {
    errors->push_back(*e);
    return;
  }
  auto utf = html_to_utf8(path, bytes, declared_charset);
  if (!utf.ok()) {
    errors->push_back(utf.status());
    return;
  }
  if (m.format.empty()) m.format = "html";
  if (m.sha256.empty()) set_ids(m, bytes);
  if (m.path.empty()) m.path = std::string(path);
  docs(make_html_document(*utf, std::move(m)));
}

std::string json_string(const nlohmann::json& j, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = j.find(k);
    if (it != j.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) return it->get<std::string>();
  }
  return {};
}

void parse_jsonl(std::string_view path, std::string_view bytes, const DocumentSink& docs,
                 std::vector<Status>* errors) {
  if (auto e = check_text(path, bytes, false)) {
    errors->push_back(*e);
    return;
  }
  size_t pos = 0, line_no = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    size_t end = nl == std::string_view::npos ? bytes.size() : nl;
    std::string_view line = bytes.substr(pos, end - pos);
    size_t line_start = pos;
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (only_space(line)) continue;
    std::string where = "line " + std::to_string(line_no);
    if (auto bad = utf8::first_invalid(line)) {
      errors->push_back(Status(StatusCode::invalid_input,
                               at(path, where + ", byte " + std::to_string(line_start + *bad)) +
                                   "invalid UTF-8; line rejected"));
      continue;
    }
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      std::string msg = e.what();
      size_t colon = msg.find("] ");
      if (colon != std::string::npos) msg = msg.substr(colon + 2);
      errors->push_back(Status(StatusCode::invalid_input, at(path, where) + "broken JSON: " + msg));
      continue;
    }
    if (!j.is_object()) {
      errors->push_back(Status(StatusCode::invalid_input, at(path, where) + "expected a JSON object"));
      continue;
    }
    std::string text = json_string(j, {"text", "content", "body", "article", "articleBody", "description"});
    if (text.empty() || only_space(text)) {
      errors->push_back(Status(StatusCode::invalid_input,
                               at(path, where) + "no text (fields tried: text, content, body, article, description)"));
      continue;
    }
    DocumentMeta m;
    m.format = "jsonl";
    std::string url = json_string(j, {"url", "link", "uri"});
    m.path = url.empty() ? std::string(path) : url;
    set_ids(m, line);
    m.title = json_string(j, {"title", "headline"});
    std::string published = json_string(j, {"published", "date", "datePublished", "pubDate", "published_at"});
    if (!published.empty()) {
      if (auto d = parse_metadata_date(published)) {
        m.published = d;
        m.published_how = PublishedHow::metadata;
      }
    }
    auto add_names = [&](const char* key, std::vector<std::string>& dst) {
      auto it = j.find(key);
      if (it == j.end()) return;
      if (it->is_string()) add_unique(dst, it->get<std::string>());
      else if (it->is_array())
        for (const auto& x : *it)
          if (x.is_string()) add_unique(dst, x.get<std::string>());
    };
    add_names("authors", m.authors);
    add_names("author", m.authors);
    add_names("publisher", m.publisher);
    if (looks_like_html(text)) {
      docs(make_html_document(text, std::move(m)));
    } else {
      docs(make_text_document(normalize_newlines(text), std::move(m)));
    }
  }
}

// "Name: value" headers up to a blank line. Returns the offset after the blank line or npos.
size_t parse_headers(std::string_view s, size_t pos, std::vector<std::pair<std::string, std::string>>& out) {
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) return std::string_view::npos;
    std::string_view line = s.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = nl + 1;
    if (line.empty()) return pos;
    size_t c = line.find(':');
    if (c == std::string_view::npos) continue;
    std::string_view v = line.substr(c + 1);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    out.emplace_back(lower(line.substr(0, c)), std::string(v));
  }
  return std::string_view::npos;
}

std::string header(const std::vector<std::pair<std::string, std::string>>& h, std::string_view name) {
  for (const auto& [k, v] : h)
    if (k == name) return v;
  return {};
}

std::string dechunk(std::string_view s) {
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) break;
    size_t len = std::strtoul(std::string(s.substr(pos, nl - pos)).c_str(), nullptr, 16);
    pos = nl + 1;
    if (len == 0) break;
    out.append(s.substr(pos, std::min(len, s.size() - pos)));
    pos += len;
    while (pos < s.size() && (s[pos] == '\r' || s[pos] == '\n')) ++pos;
  }
  return out;
}

void parse_warc(std::string_view path, std::string_view bytes, const IngestOptions& opt, const DocumentSink& docs,
                std::vector<Status>* errors) {
  size_t pos = 0;
  int record = 0;
  while (pos < bytes.size()) {
    while (pos < bytes.size() && (bytes[pos] == '\r' || bytes[pos] == '\n')) ++pos;
    if (pos >= bytes.size()) break;
    ++record;
    std::string where = "record " + std::to_string(record) + " at byte " + std::to_string(pos);
    if (bytes.compare(pos, 5, "WARC/") != 0) {
      errors->push_back(Status(StatusCode::invalid_input, at(path, where) + "expected a WARC record header"));
      return;
    }
    size_t rec_start = pos;
    std::vector<std::pair<std::string, std::string>> wh;
    size_t nl = bytes.find('\n', pos);
    size_t body = parse_headers(bytes, nl == std::string_view::npos ? bytes.size() : nl + 1, wh);
    if (body == std::string_view::npos) {
      errors->push_back(Status(StatusCode::invalid_input, at(path, where) + "truncated WARC header"));
      return;
    }
    std::string cl = header(wh, "content-length");
    char* endp = nullptr;
    unsigned long long len = std::strtoull(cl.c_str(), &endp, 10);
    if (cl.empty() || endp == cl.c_str()) {
      errors->push_back(Status(StatusCode::invalid_input, at(path, where) + "WARC record without Content-Length"));
      return;
    }
    bool truncated = body + len > bytes.size();
    std::string_view payload = bytes.substr(body, truncated ? bytes.size() - body : len);
    std::string_view rec_bytes = bytes.substr(rec_start, body + payload.size() - rec_start);
    pos = body + payload.size();
    if (truncated)
      errors->push_back(Status(StatusCode::invalid_input,
                               at(path, where) + "truncated record (" + std::to_string(payload.size()) + " of " +
                                   std::to_string(len) + " bytes); parsed what is there"));
    std::string type = lower(header(wh, "warc-type"));
    std::string ctype = lower(header(wh, "content-type"));
    std::string uri = header(wh, "warc-target-uri");
    if (!uri.empty() && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
    std::string_view content = payload;
    std::string http_ctype, charset, storage;
    if (type == "response" && ctype.find("application/http") != std::string::npos) {
      std::vector<std::pair<std::string, std::string>> hh;
      size_t status_end = payload.find('\n');
      if (status_end == std::string_view::npos) continue;
      std::string_view status_line = payload.substr(0, status_end);
      size_t sp = status_line.find(' ');
      int code = sp == std::string_view::npos ? 0 : std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
      size_t hb = parse_headers(payload, status_end + 1, hh);
      if (hb == std::string_view::npos) continue;
      if (code < 200 || code >= 300) continue;  // redirects, errors: not documents
      content = payload.substr(hb);
      http_ctype = lower(header(hh, "content-type"));
      if (lower(header(hh, "transfer-encoding")).find("chunked") != std::string::npos) {
        storage = dechunk(content);
        content = storage;
      }
      std::string ce = lower(header(hh, "content-encoding"));
      if (ce.find("gzip") != std::string::npos || ce.find("deflate") != std::string::npos) {
        std::string inflated;
        Status st = gunzip(path, content, opt.max_file_bytes, &inflated);
        if (!st.is_ok()) {
          errors->push_back(Status(st.code(), at(path, where) + st.message()));
          continue;
        }
        storage = std::move(inflated);
        content = storage;
      }
    } else if (type == "resource" || type == "conversion") {
      http_ctype = ctype;
    } else {
      continue;  // warcinfo, request, metadata, revisit
    }
    size_t cs = http_ctype.find("charset=");
    if (cs != std::string::npos) {
      charset = http_ctype.substr(cs + 8);
      charset = charset.substr(0, charset.find_first_of("; \""));
    }
    std::string item_path = uri.empty() ? std::string(path) : uri;
    std::string name = std::string(path) + " " + where;
    DocumentMeta m;
    m.format = "warc";
    m.path = item_path;
    set_ids(m, rec_bytes);
    bool html = http_ctype.find("html") != std::string::npos ||
                (http_ctype.empty() && looks_like_html(content.substr(0, 2048)));
    bool text = http_ctype.find("text/plain") != std::string::npos;
    if (html) {
      parse_html(name, content, charset, std::move(m), docs, errors);
    } else if (text) {
      if (auto e = check_text(name, content, true)) {
        errors->push_back(*e);
        continue;
      }
      docs(make_text_document(normalize_newlines(content), std::move(m)));
    }
  }
}

// --- RSS / Atom: a small tolerant XML scanner.

std::string xml_text(std::string_view inner) {
  // CDATA sections are literal; everything else has entities decoded.
  std::string out;
  size_t pos = 0;
  while (pos < inner.size()) {
    size_t c = inner.find("<![CDATA[", pos);
    if (c == std::string_view::npos) {
      out += decode_entities(inner.substr(pos));
      break;
    }
    out += decode_entities(inner.substr(pos, c - pos));
    size_t e = inner.find("]]>", c + 9);
    if (e == std::string_view::npos) {
      out.append(inner.substr(c + 9));
      break;
    }
    out.append(inner.substr(c + 9, e - c - 9));
    pos = e + 3;
  }
  return out;
}

// Inner XML of the first <name ...>...</name> in s (name compared case-insensitively), with its attributes.
bool xml_child(std::string_view s, std::string_view name, std::string_view* inner, std::string_view* attrs) {
  std::string ls = lower(s);
  std::string open = "<" + lower(name);
  size_t pos = 0;
  while ((pos = ls.find(open, pos)) != std::string::npos) {
    size_t after = pos + open.size();
    if (after < ls.size() && (ls[after] == '>' || ls[after] == ' ' || ls[after] == '/' || ls[after] == '\n' ||
                              ls[after] == '\t' || ls[after] == '\r')) {
      size_t gt = ls.find('>', after);
      if (gt == std::string::npos) return false;
      if (attrs) *attrs = s.substr(after, gt - after);
      if (ls[gt - 1] == '/') {
        if (inner) *inner = {};
        return true;
      }
      size_t close = ls.find("</" + lower(name) + ">", gt);
      if (close == std::string::npos) close = s.size();
      if (inner) *inner = s.substr(gt + 1, close - gt - 1);
      return true;
    }
    pos = after;
  }
  return false;
}

std::string xml_attr(std::string_view attrs, std::string_view name) {
  std::string la = lower(attrs);
  size_t p = la.find(std::string(name) + "=");
  if (p == std::string::npos) return {};
  p += name.size() + 1;
  if (p >= attrs.size()) return {};
  char q = attrs[p];
  if (q != '"' && q != '\'') return {};
  size_t e = attrs.find(q, p + 1);
  if (e == std::string_view::npos) return {};
  return decode_entities(attrs.substr(p + 1, e - p - 1));
}

void parse_feed(std::string_view path, std::string_view bytes, const DocumentSink& docs,
                std::vector<Status>* errors) {
  if (auto e = check_text(path, bytes, true)) {
    errors->push_back(*e);
    return;
  }
  std::string lb = lower(bytes);
  int item_no = 0;
  size_t pos = 0;
  for (;;) {
    size_t a = lb.find("<item", pos), b = lb.find("<entry", pos);
    size_t start = std::min(a, b);
    if (start == std::string::npos) break;
    bool atom = start == b;
    size_t name_end = start + (atom ? 6 : 5);
    if (name_end < lb.size() && lb[name_end] != '>' && lb[name_end] != ' ' && lb[name_end] != '\n' &&
        lb[name_end] != '\r' && lb[name_end] != '\t') {
      pos = name_end;
      continue;
    }
    std::string close = atom ? "</entry>" : "</item>";
    size_t end = lb.find(close, start);
    ++item_no;
    std::string where = "item " + std::to_string(item_no) + " at byte " + std::to_string(start);
    if (end == std::string::npos) {
      errors->push_back(Status(StatusCode::invalid_input, at(path, where) + "item not closed (truncated feed)"));
      end = bytes.size();
    } else {
      end += close.size();
    }
    std::string_view item = bytes.substr(start, end - start);
    pos = end;
    std::string_view inner, attrs;
    DocumentMeta m;
    m.format = "rss";
    set_ids(m, item);
    if (xml_child(item, "title", &inner, nullptr)) m.title = xml_text(inner);
    std::string link;
    {
      // Atom: <link rel="alternate" href=...>; RSS: <link>url</link>
      std::string_view rest = item;
      while (xml_child(rest, "link", &inner, &attrs)) {
        std::string href = xml_attr(attrs, "href");
        std::string rel = xml_attr(attrs, "rel");
        if (!href.empty() && (rel.empty() || rel == "alternate")) {
          link = href;
          break;
        }
        if (href.empty() && !inner.empty()) {
          link = xml_text(inner);
          break;
        }
        size_t adv = static_cast<size_t>(attrs.data() + attrs.size() - rest.data());
        rest = rest.substr(adv);
      }
      while (!link.empty() && (link.back() == ' ' || link.back() == '\n')) link.pop_back();
      while (!link.empty() && (link.front() == ' ' || link.front() == '\n')) link.erase(link.begin());
    }
    m.path = link.empty() ? std::string(path) : link;
    for (const char* dn : {"pubDate", "published", "dc:date", "updated"}) {
      if (xml_child(item, dn, &inner, nullptr)) {
        if (auto d = parse_metadata_date(xml_text(inner))) {
          m.published = d;
          m.published_how = PublishedHow::metadata;
          break;
        }
      }
    }
    for (const char* an : {"dc:creator", "author"}) {
      if (xml_child(item, an, &inner, nullptr)) {
        std::string_view nm;
        std::string who = xml_child(inner, "name", &nm, nullptr) ? xml_text(nm) : xml_text(inner);
        std::string_view w = who;
        while (!w.empty() && (w.front() == ' ' || w.front() == '\n')) w.remove_prefix(1);
        while (!w.empty() && (w.back() == ' ' || w.back() == '\n')) w.remove_suffix(1);
        // RSS <author> is often "mail@site (Name)"
        size_t lp = w.find('('), rp = w.rfind(')');
        if (w.find('@') != std::string_view::npos && lp != std::string_view::npos && rp > lp)
          w = w.substr(lp + 1, rp - lp - 1);
        if (!w.empty() && w.find('@') == std::string_view::npos) add_unique(m.authors, std::string(w));
        break;
      }
    }
    std::string content;
    for (const char* cn : {"content:encoded", "content", "description", "summary"}) {
      if (xml_child(item, cn, &inner, nullptr)) {
        content = xml_text(inner);
        if (!only_space(content)) break;
      }
    }
    if (content.empty() || only_space(content)) {
      errors->push_back(Status(StatusCode::invalid_input, at(path, where) + "item has no description or content"));
      continue;
    }
    if (content.find('<') != std::string::npos) {
      HtmlExtraction ex = extract_html(content, true);
      std::string text;
      for (const auto& blk : ex.blocks) {
        if (!text.empty()) text += "\n\n";
        text += blk.text;
      }
      if (!m.title.empty()) text = m.title + "\n\n" + text;
      docs(make_text_document(std::move(text), std::move(m)));
    } else {
      std::string text = normalize_newlines(content);
      if (!m.title.empty()) text = m.title + "\n\n" + text;
      docs(make_text_document(std::move(text), std::move(m)));
    }
  }
  if (item_no == 0)
    errors->push_back(Status(StatusCode::invalid_input, std::string(path) + ": feed has no <item> or <entry>"));
}

}  // namespace

size_t parse_bytes(std::string_view path, std::string_view bytes, const IngestOptions& options,
                   const DocumentSink& docs, std::vector<Status>* errors) {
  size_t count = 0;
  DocumentSink counted = [&](Document&& d) {
    ++count;
    docs(std::move(d));
  };
  std::vector<Status> local;
  if (!errors) errors = &local;
  if (bytes.size() > options.max_file_bytes) {
    errors->push_back(Status(StatusCode::too_large, std::string(path) + ": " + std::to_string(bytes.size()) +
                                                        " bytes, above the limit of " +
                                                        std::to_string(options.max_file_bytes)));
    return count;
  }
  std::string inflated;
  if (is_gzip(bytes)) {
    Status st = gunzip(path, bytes, options.max_file_bytes, &inflated);
    if (!st.is_ok()) {
      errors->push_back(st);
      if (st.code() == StatusCode::too_large || inflated.empty()) return count;
    }
    bytes = inflated;
  }
  if (bytes.empty()) {
    errors->push_back(Status(StatusCode::invalid_input, std::string(path) + ": empty file"));
    return count;
  }
  switch (detect_format(path, bytes)) {
    case Format::text: parse_text(path, bytes, counted, errors); break;
    case Format::html: parse_html(path, bytes, {}, DocumentMeta{}, counted, errors); break;
    case Format::jsonl: parse_jsonl(path, bytes, counted, errors); break;
    case Format::warc: parse_warc(path, bytes, options, counted, errors); break;
    case Format::rss: parse_feed(path, bytes, counted, errors); break;
  }
  return count;
}

std::vector<Document> parse_bytes(std::string_view path, std::string_view bytes, const IngestOptions& options,
                                  std::vector<Status>* errors) {
  std::vector<Document> docs;
  parse_bytes(path, bytes, options, [&](Document&& d) { docs.push_back(std::move(d)); }, errors);
  return docs;
}

namespace {

bool hidden_name(const fs::path& p) {
  std::string n = p.filename().string();
  return !n.empty() && n[0] == '.';
}

void read_file(const std::string& file, uint64_t size, const IngestOptions& opt,
               const std::function<void(Document&&)>& on_document, const std::function<void(const Status&)>& on_error,
               size_t& nerr) {
  if (size > opt.max_file_bytes) {
    ++nerr;
    on_error(Status(StatusCode::too_large, file + ": " + std::to_string(size) + " bytes, above the limit of " +
                                               std::to_string(opt.max_file_bytes) + " bytes; not read"));
    return;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    ++nerr;
    on_error(Status(StatusCode::io_error, file + ": cannot open (" + std::strerror(errno) + ")"));
    return;
  }
  std::string bytes;
  bytes.resize(size);
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<size_t>(in.gcount()));
  std::vector<Status> errors;
  parse_bytes(file, bytes, opt, on_document, &errors);
  for (auto& e : errors) {
    ++nerr;
    on_error(e);
  }
}

}  // namespace

size_t read_inputs(const std::vector<std::string>& paths, const IngestOptions& options,
                   const std::function<void(Document&&)>& on_document,
                   const std::function<void(const Status&)>& on_error) {
  size_t nerr = 0;
  for (const std::string& p : paths) {
    if (p == "-") {
      std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      if (bytes.size() > options.max_file_bytes) {
        ++nerr;
        on_error(Status(StatusCode::too_large, "-: stdin above the limit of " + std::to_string(options.max_file_bytes)));
        continue;
      }
      std::vector<Status> errors;
      parse_bytes("-", bytes, options, on_document, &errors);
      for (auto& e : errors) {
        ++nerr;
        on_error(e);
      }
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      ++nerr;
      on_error(Status(StatusCode::not_found, p + ": no such file or directory"));
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::pair<std::string, uint64_t>> files;
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        ++nerr;
        on_error(Status(StatusCode::io_error, p + ": cannot list (" + ec.message() + ")"));
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          ++nerr;
          on_error(Status(StatusCode::io_error, p + ": " + ec.message()));
          break;
        }
        if (hidden_name(it->path())) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) files.emplace_back(it->path().string(), it->file_size(ec));
      }
      std::sort(files.begin(), files.end());
      for (const auto& [f, size] : files) read_file(f, size, options, on_document, on_error, nerr);
      continue;
    }
    uint64_t size = fs::file_size(p, ec);
    if (ec) {
      ++nerr;
      on_error(Status(StatusCode::io_error, p + ": " + ec.message()));
      continue;
    }
    read_file(p, size, options, on_document, on_error, nerr);
  }
  return nerr;
}

}  // namespace dossier::ingest
