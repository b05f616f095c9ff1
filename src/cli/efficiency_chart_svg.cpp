#include "cli/efficiency_chart_svg.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace ruralatlas::cli {

namespace {

constexpr double kWidth = 480, kHeight = 300, kLeft = 64, kRight = 16, kTop = 28, kBottom = 44;
constexpr const char* kObjectiveColour = "#cb181d";
constexpr const char* kBoundColour = "#737373";

using Series = std::vector<std::pair<double, double>>;  ///< (k, value)

/// What a chart shows: the solver's objective and the proven bound for k = 0..max_k.
struct Chart {
  std::string title, y_label, objective_legend;
  Series objective, bound;
  double y_max = 100, y_step = 20;
  bool legend_top = false;  ///< where the curve leaves room: top right for falling curves
};

struct Scale {
  double max_k, y_max;
  double x(double k) const { return kLeft + (kWidth - kLeft - kRight) * k / max_k; }
  double y(double v) const { return kTop + (kHeight - kTop - kBottom) * (1 - v / y_max); }
};

/// A round tick step (1, 2 or 5 × 10^n) giving about five ticks up to `top`.
double tick_step(double top) {
  if (top <= 0) return 1;
  const double raw = top / 5, magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double m : {1.0, 2.0, 5.0})
    if (raw <= m * magnitude) return m * magnitude;
  return 10 * magnitude;
}

/// Whole numbers in full (no 1e+06), fractions as short as they go.
std::string tick_label(double v) { return std::abs(v) >= 1 ? fmt::format("{:.0f}", v) : fmt::format("{:g}", v); }

std::string polyline(const Series& points, const Scale& s, const std::string& style) {
  std::string path;
  for (const auto& [k, v] : points) path += fmt::format("{:.1f},{:.1f} ", s.x(k), s.y(v));
  return fmt::format("<polyline fill=\"none\" {} points=\"{}\"/>\n", style, path);
}

std::string chart_svg(const Chart& c) {
  const double max_k = c.objective.empty() ? 1 : std::max(1.0, c.objective.back().first);
  const Scale s{max_k, c.y_max};
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "font-family=\"Noto Sans CJK SC, sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      "<text x=\"{2}\" y=\"16\" font-size=\"13\">{3}</text>\n",
      kWidth, kHeight, kLeft, c.title);
  for (double g = 0; g <= c.y_max + 1e-9 * c.y_max; g += c.y_step)  // horizontal grid with labels
    svg += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#dddddd\"/>"
                       "<text x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>\n",
                       kLeft, kWidth - kRight, s.y(g), kLeft - 6, s.y(g) + 4, tick_label(g));
  svg += fmt::format("<text transform=\"translate(14 {:.1f}) rotate(-90)\" text-anchor=\"middle\">{}</text>\n",
                     (kTop + kHeight - kBottom) / 2, c.y_label);
  const auto step = std::max<std::size_t>(1, static_cast<std::size_t>(max_k) / 10);
  for (std::size_t k = 0; k <= static_cast<std::size_t>(max_k); k += step)
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", s.x(static_cast<double>(k)),
                       kHeight - kBottom + 16, k);
  svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">new sites (k)</text>\n", (kLeft + kWidth - kRight) / 2,
                     kHeight - 8);
  svg += polyline(c.bound, s, fmt::format("stroke=\"{}\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"", kBoundColour));
  svg += polyline(c.objective, s, fmt::format("stroke=\"{}\" stroke-width=\"2\"", kObjectiveColour));
  for (const auto& [k, v] : c.objective)
    svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"2.5\" fill=\"{}\"/>\n", s.x(k), s.y(v), kObjectiveColour);
  const double legend_y = c.legend_top ? kTop + 14 : kHeight - kBottom - 24;
  svg += fmt::format("<text x=\"{0}\" y=\"{1}\" fill=\"{3}\">— {4}</text><text x=\"{0}\" y=\"{2}\" fill=\"{5}\">"
                     "- - proven bound</text>\n</svg>\n",
                     kWidth - kRight - 110, legend_y, legend_y + 14, kObjectiveColour, c.objective_legend, kBoundColour);
  return svg;
}

}  // namespace

std::string efficiency_chart_svg(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight,
                                 double existing_weight, const std::string& weight) {
  auto pct = [&](double v) { return total_weight > 0 ? std::min(100.0, 100 * v / total_weight) : 0.0; };
  Chart c{weight + " covered by new sites", weight + " covered (%)", "covered", {{0, pct(existing_weight)}},
          {{0, pct(existing_weight)}}};
  for (const auto& p : curve) {
    c.objective.emplace_back(static_cast<double>(p.new_sites), pct(p.solution.objective));
    c.bound.emplace_back(static_cast<double>(p.new_sites), pct(p.solution.bound));
  }
  return chart_svg(c);
}

std::string cost_chart_svg(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight, bool median,
                           const std::string& unit, const std::string& weight, std::optional<double> existing_value) {
  const double divisor = median && total_weight > 0 ? total_weight : 1.0;
  Chart c;
  c.title = median ? fmt::format("mean trip to the nearest site, weighted by {}", weight)
                   : "worst trip to the nearest site";
  c.y_label = median ? fmt::format("mean trip ({})", unit) : fmt::format("worst trip ({})", unit);
  c.objective_legend = median ? "mean trip" : "worst trip";
  c.legend_top = true;
  if (existing_value) c.objective.emplace_back(0, *existing_value), c.bound.emplace_back(0, *existing_value);
  for (const auto& p : curve) {
    c.objective.emplace_back(static_cast<double>(p.new_sites), p.solution.objective / divisor);
    c.bound.emplace_back(static_cast<double>(p.new_sites), std::max(0.0, p.solution.bound / divisor));
  }
  double top = 0;
  for (const auto& [k, v] : c.objective) top = std::max(top, v);
  c.y_step = tick_step(top);
  c.y_max = std::max(c.y_step, std::ceil(top / c.y_step) * c.y_step);
  return chart_svg(c);
}

}  // namespace ruralatlas::cli
