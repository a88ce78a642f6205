// Runs the analysis pipeline on worker threads while the calling thread keeps
// reading input and writing the store (a Store is single-threaded). Results
// come back in completion order; nothing downstream depends on order because
// the knowledge base is derived from the set of stored documents.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "dossier/pipeline.h"

namespace dossier::cli {

class ParallelAnalyzer {
 public:
  // jobs == 0 or 1: analyse on the calling thread, no workers.
  ParallelAnalyzer(const Pipeline& pipeline, unsigned jobs, size_t max_queued = 64)
      : pipeline_(pipeline), max_queued_(max_queued) {
    for (unsigned i = 0; jobs > 1 && i < jobs; ++i) workers_.emplace_back([this] { work(); });
  }
  ~ParallelAnalyzer() { finish([](Document&&) {}); }

  // Queues a document; calls `done` (on this thread) for every analysed one
  // that is ready. While too many are queued or in analysis it hands ready
  // ones to `done` (only this thread can) and waits for a worker otherwise.
  void submit(Document&& doc, const std::function<void(Document&&)>& done) {
    if (workers_.empty()) {
      pipeline_.run(doc);
      done(std::move(doc));
      return;
    }
    for (;;) {
      std::deque<Document> out;
      {
        std::unique_lock<std::mutex> lock(mu_);
        readied_.wait(lock, [&] { return todo_.size() + busy_ < max_queued_ || !ready_.empty(); });
        if (todo_.size() + busy_ < max_queued_) {
          todo_.push_back(std::move(doc));
          break;
        }
        out.swap(ready_);
      }
      for (auto& d : out) done(std::move(d));
    }
    work_.notify_one();
    drain(done, false);
  }

  // Waits for every queued document and hands each to `done`.
  void finish(const std::function<void(Document&&)>& done) {
    if (workers_.empty()) return;
    {
      std::lock_guard<std::mutex> lock(mu_);
      closing_ = true;
    }
    work_.notify_all();
    for (;;) {
      drain(done, true);
      std::lock_guard<std::mutex> lock(mu_);
      if (todo_.empty() && busy_ == 0 && ready_.empty()) break;
    }
    for (auto& t : workers_) t.join();
    workers_.clear();
  }

 private:
  void drain(const std::function<void(Document&&)>& done, bool wait) {
    std::deque<Document> out;
    {
      std::unique_lock<std::mutex> lock(mu_);
      if (wait) readied_.wait(lock, [&] { return !ready_.empty() || (todo_.empty() && busy_ == 0); });
      out.swap(ready_);
    }
    for (auto& d : out) done(std::move(d));
  }

  void work() {
    for (;;) {
      Document doc;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_.wait(lock, [&] { return !todo_.empty() || closing_; });
        if (todo_.empty()) return;
        doc = std::move(todo_.front());
        todo_.pop_front();
        ++busy_;
      }
      pipeline_.run(doc);
      {
        std::lock_guard<std::mutex> lock(mu_);
        ready_.push_back(std::move(doc));
        --busy_;
      }
      readied_.notify_all();
    }
  }

  const Pipeline& pipeline_;
  size_t max_queued_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_, readied_;  // readied_: a worker finished a document
  std::deque<Document> todo_, ready_;
  size_t busy_ = 0;
  bool closing_ = false;
};

}  // namespace dossier::cli
