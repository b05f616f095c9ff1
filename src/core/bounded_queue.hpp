#pragma once
// A fixed-capacity queue between one producer and one consumer thread: the producer waits when
// it is full, so a fast reader cannot buffer a whole national layer ahead of a slower consumer.
// Either side can close it; pop() then drains what is left and returns nothing.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace ruralatlas::core {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity) {}

  /// False when the queue was closed (the consumer gave up): the producer should stop.
  bool push(T item) {
    std::unique_lock lock(m_mutex);
    m_not_full.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
    if (m_closed) return false;
    m_items.push_back(std::move(item));
    m_not_empty.notify_one();
    return true;
  }

  /// The next item, or nothing once the queue is closed and empty.
  std::optional<T> pop() {
    std::unique_lock lock(m_mutex);
    m_not_empty.wait(lock, [&] { return m_closed || !m_items.empty(); });
    if (m_items.empty()) return std::nullopt;
    T item = std::move(m_items.front());
    m_items.pop_front();
    m_not_full.notify_one();
    return item;
  }

  void close() {
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_not_full.notify_all();
    m_not_empty.notify_all();
  }

 private:
  std::size_t m_capacity;
  std::deque<T> m_items;
  bool m_closed = false;
  std::mutex m_mutex;
  std::condition_variable m_not_full, m_not_empty;
};

}  // namespace ruralatlas::core
