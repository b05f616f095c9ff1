#pragma once
// A made-up village layer as large as a national one, for the attribute table's tests and
// timings: Chinese names and townships (some sharing "会宁"), codes, mixed-case notes, counts
// and percentages with nulls, blanks and numbers stored as text, points over Gansu.
#include <cstddef>
#include <cstdint>

#include "core/layer.hpp"

namespace ruralatlas::test {

/// `count` villages with 6 named fields plus `indicator_fields` real-valued ones (ind_01, …),
/// the same for the same seed.
core::Layer synthetic_villages(std::size_t count, std::size_t indicator_fields = 4, std::uint32_t seed = 1);

}  // namespace ruralatlas::test
