// Linear scoring and training for the argument role model: an averaged
// perceptron, and a softmax regression by AdaGrad (per-weight step sizes, so
// rare features still learn) whose iterates are averaged too. Averaging uses
// the usual lazy trick: each weight keeps the sum of its past values up to the
// last time it changed (total_) and when that was (stamp_), so an update costs
// O(features) and the average is computed once at the end. The regression's
// L2 penalty is applied to the weights an example touches only (lazily, like
// the averaging): frequent features are held back more, which is what a
// penalty per occurrence means.
#include "events/role_model.h"

#include <cmath>
#include <cstring>
#include <fstream>

namespace dossier {
namespace {

constexpr char kMagic[4] = {'D', 'S', 'R', 'M'};
constexpr uint32_t kFormat = 1;

void put32(std::ofstream& o, uint32_t v) { o.write(reinterpret_cast<const char*>(&v), 4); }
void put_str(std::ofstream& o, std::string_view s) {
  put32(o, static_cast<uint32_t>(s.size()));
  o.write(s.data(), static_cast<std::streamsize>(s.size()));
}

struct Reader {
  const std::string& b;
  size_t p = 0;
  bool ok = true;
  uint32_t u32() {
    if (p + 4 > b.size()) {
      ok = false;
      return 0;
    }
    uint32_t v;
    std::memcpy(&v, b.data() + p, 4);
    p += 4;
    return v;
  }
  float f32() {
    uint32_t v = u32();
    float f;
    std::memcpy(&f, &v, 4);
    return f;
  }
  std::string str() {
    uint32_t n = u32();
    if (!ok || p + n > b.size()) {
      ok = false;
      return {};
    }
    std::string s = b.substr(p, n);
    p += n;
    return s;
  }
};

// The average of each weight over the `clock` updates so far, from the lazy sums (see the file
// comment): what it summed up to its last change, plus its value since.
std::vector<float> lazy_average(const std::vector<float>& w, const std::vector<double>& total,
                                const std::vector<long>& stamp, long clock) {
  std::vector<float> a(w.size());
  const double n = static_cast<double>(clock ? clock : 1);
  for (size_t k = 0; k < w.size(); ++k) {
    const double t = total[k] + static_cast<double>(clock - stamp[k]) * w[k];
    a[k] = static_cast<float>(t / n);
  }
  return a;
}

}  // namespace

Result<std::shared_ptr<const RoleModel>> RoleModel::load(const std::string& path,
                                                         std::string_view feature_version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::not_found, path + ": cannot open");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 4) != 0)
    return Status(StatusCode::invalid_input, path + ": not a role model (bad magic)");
  Reader r{bytes, 4};
  uint32_t fmt = r.u32();
  if (fmt != kFormat)
    return Status(StatusCode::unsupported, path + ": role model format " + std::to_string(fmt));
  std::string fv = r.str();
  if (fv != feature_version)
    return Status(StatusCode::invalid_input, path + ": trained with features '" + fv +
                                                 "', the stage makes '" + std::string(feature_version) +
                                                 "': retrain (muc4_eval train-model)");
  std::string notes = r.str();
  uint32_t buckets = r.u32(), classes = r.u32(), count = r.u32();
  if (!r.ok || buckets != kRoleBuckets || classes != static_cast<uint32_t>(kRoleClasses))
    return Status(StatusCode::invalid_input, path + ": role model shape does not match");
  std::vector<float> w(static_cast<size_t>(kRoleBuckets) * kRoleClasses, 0.0f);
  for (uint32_t i = 0; i < count && r.ok; ++i) {
    uint32_t bucket = r.u32();
    if (bucket >= kRoleBuckets) r.ok = false;
    for (int c = 0; c < kRoleClasses; ++c) {
      float v = r.f32();
      if (r.ok) w[static_cast<size_t>(bucket) * kRoleClasses + static_cast<size_t>(c)] = v;
    }
  }
  if (!r.ok || r.p != bytes.size())
    return Status(StatusCode::invalid_input, path + ": role model truncated or corrupt at byte " +
                                                 std::to_string(r.p));
  auto m = std::make_shared<RoleModel>(std::move(w));
  m->notes_ = std::move(notes);
  return std::shared_ptr<const RoleModel>(std::move(m));
}

Status RoleModel::save(const std::string& path, const std::vector<float>& weights,
                       std::string_view feature_version, const std::string& notes) {
  std::ofstream o(path, std::ios::binary | std::ios::trunc);
  if (!o) return Status(StatusCode::io_error, path + ": cannot write");
  o.write(kMagic, 4);
  put32(o, kFormat);
  put_str(o, feature_version);
  put_str(o, notes);
  put32(o, kRoleBuckets);
  put32(o, kRoleClasses);
  uint32_t count = 0;
  for (uint32_t b = 0; b < kRoleBuckets; ++b)
    for (int c = 0; c < kRoleClasses; ++c)
      if (weights[static_cast<size_t>(b) * kRoleClasses + static_cast<size_t>(c)] != 0.0f) {
        ++count;
        break;
      }
  put32(o, count);
  for (uint32_t b = 0; b < kRoleBuckets; ++b) {
    const float* row = weights.data() + static_cast<size_t>(b) * kRoleClasses;
    bool any = false;
    for (int c = 0; c < kRoleClasses; ++c) any = any || row[c] != 0.0f;
    if (!any) continue;
    put32(o, b);
    for (int c = 0; c < kRoleClasses; ++c) {
      uint32_t u;
      std::memcpy(&u, &row[c], 4);
      put32(o, u);
    }
  }
  if (!o) return Status(StatusCode::io_error, path + ": write failed");
  return Status::ok();
}

void RoleModel::score(const std::vector<uint32_t>& features, float out[kRoleClasses]) const {
  for (int c = 0; c < kRoleClasses; ++c) out[c] = 0.0f;
  for (uint32_t f : features) {
    const float* row = w_.data() + static_cast<size_t>(f) * kRoleClasses;
    for (int c = 0; c < kRoleClasses; ++c) out[c] += row[c];
  }
}

RoleTrainer::RoleTrainer()
    : w_(static_cast<size_t>(kRoleBuckets) * kRoleClasses, 0.0f),
      total_(w_.size(), 0.0),
      stamp_(w_.size(), 0) {}

void RoleTrainer::epoch(const std::vector<RoleExample>& examples, const std::vector<size_t>& order) {
  for (size_t idx : order) {
    const RoleExample& ex = examples[idx];
    ++clock_;
    float s[kRoleClasses] = {};
    for (uint32_t f : ex.features)
      for (int c = 0; c < kRoleClasses; ++c) s[c] += w_[static_cast<size_t>(f) * kRoleClasses + static_cast<size_t>(c)];
    int best = 0;
    for (int c = 1; c < kRoleClasses; ++c)
      if (s[c] > s[best]) best = c;
    if (best == ex.label) continue;
    ++mistakes_;
    auto bump = [&](uint32_t f, int c, float d) {
      size_t k = static_cast<size_t>(f) * kRoleClasses + static_cast<size_t>(c);
      total_[k] += static_cast<double>(clock_ - stamp_[k]) * w_[k];
      stamp_[k] = clock_;
      w_[k] += d;
    };
    for (uint32_t f : ex.features) {
      bump(f, ex.label, 1.0f);
      bump(f, best, -1.0f);
    }
  }
}

std::vector<float> RoleTrainer::averaged() const { return lazy_average(w_, total_, stamp_, clock_); }

RoleLogisticTrainer::RoleLogisticTrainer(float rate, float l2)
    : rate_(rate),
      l2_(l2),
      w_(static_cast<size_t>(kRoleBuckets) * kRoleClasses, 0.0f),
      g2_(w_.size(), 0.0f),
      total_(w_.size(), 0.0),
      stamp_(w_.size(), 0) {}

double RoleLogisticTrainer::epoch(const std::vector<RoleExample>& examples,
                                  const std::vector<size_t>& order) {
  double loss = 0;
  for (size_t idx : order) {
    const RoleExample& ex = examples[idx];
    ++clock_;
    double s[kRoleClasses] = {};
    for (uint32_t f : ex.features)
      for (int c = 0; c < kRoleClasses; ++c)
        s[c] += w_[static_cast<size_t>(f) * kRoleClasses + static_cast<size_t>(c)];
    double mx = s[0];
    for (int c = 1; c < kRoleClasses; ++c) mx = std::max(mx, s[c]);
    double z = 0;
    for (int c = 0; c < kRoleClasses; ++c) z += std::exp(s[c] - mx);
    double p[kRoleClasses];
    for (int c = 0; c < kRoleClasses; ++c) p[c] = std::exp(s[c] - mx) / z;
    loss -= std::log(std::max(p[ex.label], 1e-12));
    for (uint32_t f : ex.features)
      for (int c = 0; c < kRoleClasses; ++c) {
        size_t k = static_cast<size_t>(f) * kRoleClasses + static_cast<size_t>(c);
        float g = static_cast<float>(p[c] - (c == ex.label ? 1.0 : 0.0)) + l2_ * w_[k];
        if (g == 0.0f) continue;
        total_[k] += static_cast<double>(clock_ - stamp_[k]) * w_[k];
        stamp_[k] = clock_;
        g2_[k] += g * g;
        w_[k] -= rate_ * g / std::sqrt(g2_[k] + 1e-6f);
      }
  }
  return order.empty() ? 0.0 : loss / static_cast<double>(order.size());
}

std::vector<float> RoleLogisticTrainer::averaged() const { return lazy_average(w_, total_, stamp_, clock_); }

}  // namespace dossier
