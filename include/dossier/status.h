// Expected failures travel as a Status with a stable code and a message that
// names the input and the position ("seeds/a.html: byte 1024: truncated tag").
// Asserts are for bugs; exceptions do not cross module boundaries.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dossier {

enum class StatusCode : int {
  ok = 0,
  not_found,       // a missing file, an unknown id
  invalid_input,   // bad bytes, a broken line, an unreadable format
  unsupported,     // a format or option we do not handle
  too_large,       // above a configured limit
  io_error,        // the operating system said no
  store_error,     // the database said no
  internal,        // a bug: should not happen
};

std::string_view to_string(StatusCode c);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status ok() { return {}; }
  bool is_ok() const { return code_ == StatusCode::ok; }
  explicit operator bool() const { return is_ok(); }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid_input: seeds/a.jsonl: line 3: ..." for logs.
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::ok;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}    // NOLINT
  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(v_); }
  const T& value() const { return std::get<T>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dossier
