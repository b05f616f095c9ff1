#include "core/parallel_ranges.hpp"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ruralatlas::core {

namespace {
constexpr std::size_t kMinimumPerThread = 4096;  // below this, starting a thread costs more than it saves
}

void parallel_ranges(std::size_t count, const std::function<void(std::size_t, std::size_t)>& work) {
  const std::size_t hardware = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t threads = std::clamp<std::size_t>(count / kMinimumPerThread, 1, hardware);
  if (threads == 1) {
    work(0, count);
    return;
  }
  std::exception_ptr first_error;
  std::mutex error_mutex;
  std::vector<std::jthread> pool;
  const std::size_t step = (count + threads - 1) / threads;
  for (std::size_t begin = 0; begin < count; begin += step)
    pool.emplace_back([&, begin] {
      try {
        work(begin, std::min(count, begin + step));
      } catch (...) {
        const std::lock_guard lock(error_mutex);
        if (!first_error) first_error = std::current_exception();
      }
    });
  pool.clear();  // joins
  if (first_error) std::rethrow_exception(first_error);
}

}  // namespace ruralatlas::core
