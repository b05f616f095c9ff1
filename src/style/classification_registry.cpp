#include "style/classification_registry.hpp"

#include <iterator>
#include <string>

#include "core/error.hpp"
#include "style/edit_distance.hpp"
#include "style/equal_interval_breaks.hpp"
#include "style/fisher_jenks_breaks.hpp"
#include "style/head_tail_breaks.hpp"
#include "style/manual_breaks.hpp"
#include "style/pretty_breaks.hpp"
#include "style/quantile_breaks.hpp"
#include "style/standard_deviation_breaks.hpp"

namespace ruralatlas::style {

namespace {

using Factory = std::unique_ptr<ClassificationMethod> (*)(std::vector<double> breaks);

template <class Method>
std::unique_ptr<ClassificationMethod> make(std::vector<double>) {
  return std::make_unique<Method>();
}

std::unique_ptr<ClassificationMethod> make_manual(std::vector<double> breaks) {
  if (breaks.empty()) {
    core::Diagnostic d;
    d.message = "classification method 'manual' needs its breaks";
    d.hint = "e.g. breaks: [60, 80, 90]";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  return std::make_unique<ManualBreaks>(std::move(breaks));
}

constexpr ClassificationMethodInfo kMethods[] = {
    {"equal-interval", "Equal interval", false},
    {"quantile", "Quantile (equal count)", false},
    {"jenks", "Natural breaks (Fisher-Jenks)", false},
    {"manual", "Manual breaks", true},
    {"pretty", "Pretty breaks (round numbers)", false},
    {"standard-deviation", "Standard deviation", false},
    {"head-tail", "Head/tail breaks", false},
};
constexpr Factory kFactories[] = {make<EqualIntervalBreaks>, make<QuantileBreaks>, make<FisherJenksBreaks>,
                                  make_manual,           make<PrettyBreaks>, make<StandardDeviationBreaks>,
                                  make<HeadTailBreaks>};
static_assert(std::size(kMethods) == std::size(kFactories));

std::string_view canonical(std::string_view id) {
  if (id == "natural-breaks" || id == "fisher-jenks" || id == "natural_breaks") return "jenks";
  if (id == "equal_interval") return "equal-interval";
  if (id == "stddev" || id == "std-dev" || id == "standard_deviation") return "standard-deviation";
  if (id == "head_tail" || id == "headtail") return "head-tail";
  return id;
}

}  // namespace

std::span<const ClassificationMethodInfo> classification_methods() { return kMethods; }

std::unique_ptr<ClassificationMethod> make_classification_method(std::string_view id,
                                                                 std::vector<double> manual_breaks) {
  id = canonical(id);
  for (std::size_t i = 0; i < std::size(kMethods); ++i)
    if (kMethods[i].id == id) return kFactories[i](std::move(manual_breaks));
  std::vector<std::string_view> ids;
  std::string listed;
  for (const auto& m : kMethods) {
    ids.push_back(m.id);
    listed += (listed.empty() ? "" : ", ") + std::string(m.id);
  }
  core::Diagnostic d;
  d.message = "unknown classification method '" + std::string(id) + "'";
  const auto nearest = detail::nearest_name(id, ids);
  d.hint = (nearest.empty() ? std::string() : "did you mean '" + nearest + "'? ") + "use one of " + listed;
  throw core::Error(core::ErrorKind::Config, std::move(d));
}

}  // namespace ruralatlas::style
