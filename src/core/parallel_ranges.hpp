#pragma once
// Splits [0, count) into one contiguous range per hardware thread and runs them concurrently.
// For read-only queries over shared indexes (R-trees are safe to query from many threads);
// each range writes only its own slots of the output.
#include <cstddef>
#include <functional>

namespace ruralatlas::core {

/// Calls work(begin, end) for disjoint ranges covering [0, count), on up to
/// std::thread::hardware_concurrency() threads (one when count is small). The first exception
/// thrown by any range is rethrown here after every thread has finished.
void parallel_ranges(std::size_t count, const std::function<void(std::size_t begin, std::size_t end)>& work);

}  // namespace ruralatlas::core
