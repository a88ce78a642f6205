// The argument role model: a linear multiclass scorer over hashed features
// of candidate noun phrases, deciding whether a phrase near an attack is its
// perpetrator (individual or organisation), target, victim, weapon, or none.
// The weights are the mean of an averaged perceptron (RoleTrainer) and a
// softmax regression (RoleLogisticTrainer, its log-odds scaled to the
// perceptron's units), trained on the MUC-4 training split by `muc4_eval
// train-model` (see resources/events/ROLES_MODEL_CARD.md); the scorer does not
// care which learner made them. The features are made by the event stage
// (event_roles.cc, role_candidates), whose feature set is versioned by
// kRoleFeatureVersion: a model trained with another feature set is refused.
//
// File format (little endian): magic "DSRM", uint32 format version, uint32
// length + feature version string, uint32 length + notes, uint32 buckets,
// uint32 classes, uint32 count, then count x (uint32 bucket, float[classes]).
//
// Thread-safety: immutable after load(); share one instance across threads.
// RoleTrainer is single-threaded scratch state.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dossier/status.h"

namespace dossier {

// Classes in model order.
enum class RoleClass : uint8_t { none, perp_individual, perp_org, target, victim, weapon, kCount };
constexpr int kRoleClasses = static_cast<int>(RoleClass::kCount);
constexpr uint32_t kRoleBuckets = 1u << 18;

class RoleModel {
 public:
  static Result<std::shared_ptr<const RoleModel>> load(const std::string& path,
                                                      std::string_view feature_version);
  static Status save(const std::string& path, const std::vector<float>& weights,
                     std::string_view feature_version, const std::string& notes);
  explicit RoleModel(std::vector<float> weights) : w_(std::move(weights)) {}

  // Adds the weights of the features (bucket ids < kRoleBuckets) into out.
  void score(const std::vector<uint32_t>& features, float out[kRoleClasses]) const;
  const std::string& notes() const { return notes_; }

 private:
  std::vector<float> w_;  // kRoleBuckets x kRoleClasses
  std::string notes_;
};

struct RoleExample {
  std::vector<uint32_t> features;
  int label = 0;    // RoleClass
  int group = -1;   // examples of one document share a group (for shuffling by document)
};

// Multiclass averaged perceptron over RoleExamples; deterministic for a seed.
class RoleTrainer {
 public:
  RoleTrainer();
  // One pass over the examples in the given order.
  void epoch(const std::vector<RoleExample>& examples, const std::vector<size_t>& order);
  // The averaged weights, for RoleModel.
  std::vector<float> averaged() const;
  long updates() const { return mistakes_; }

 private:
  std::vector<float> w_;
  std::vector<double> total_;
  std::vector<long> stamp_;
  long clock_ = 0, mistakes_ = 0;
};

// Multiclass logistic regression (softmax) over RoleExamples, trained by AdaGrad with an L2
// penalty on the weights an example touches; the weights returned are the average of the
// iterates (as the perceptron's). Its scores are log-odds: s[c] - s[none] is log P(c) / P(none).
// Deterministic for an order.
class RoleLogisticTrainer {
 public:
  // rate: AdaGrad's base step; l2: the penalty's weight per touch.
  RoleLogisticTrainer(float rate, float l2);
  // One pass over the examples in the given order; returns the mean log loss of the pass.
  double epoch(const std::vector<RoleExample>& examples, const std::vector<size_t>& order);
  // The averaged weights, for RoleModel.
  std::vector<float> averaged() const;
  // The last iterate's weights.
  const std::vector<float>& current() const { return w_; }

 private:
  float rate_, l2_;
  std::vector<float> w_, g2_;
  std::vector<double> total_;
  std::vector<long> stamp_;
  long clock_ = 0;
};

}  // namespace dossier
