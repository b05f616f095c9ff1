#include "style/manual_breaks.hpp"

#include <cmath>

#include "core/error.hpp"

namespace ruralatlas::style {

ManualBreaks::ManualBreaks(std::vector<double> breaks) : m_breaks(std::move(breaks)) {
  for (std::size_t i = 0; i < m_breaks.size(); ++i) {
    if (!std::isfinite(m_breaks[i]) || (i > 0 && !(m_breaks[i] > m_breaks[i - 1]))) {
      core::Diagnostic d;
      d.message = "manual class breaks must be numbers in ascending order without repeats";
      d.hint = "e.g. breaks: [60, 80, 90] for the classes < 60, 60–80, 80–90 and ≥ 90";
      throw core::Error(core::ErrorKind::Config, std::move(d));
    }
  }
  if (static_cast<int>(m_breaks.size()) + 1 > kMaxClasses) {
    core::Diagnostic d;
    d.message = std::to_string(m_breaks.size()) + " manual breaks make too many classes";
    d.hint = "use at most " + std::to_string(kMaxClasses - 1) + " breaks";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
}

std::vector<double> ManualBreaks::compute_breaks(std::span<const double>, int) const { return m_breaks; }

}  // namespace ruralatlas::style
