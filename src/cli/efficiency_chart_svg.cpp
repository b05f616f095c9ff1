#include "cli/efficiency_chart_svg.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace ruralatlas::cli {

namespace {

constexpr double kWidth = 480, kHeight = 300, kLeft = 56, kRight = 16, kTop = 28, kBottom = 44;

struct Scale {
  double max_k;
  double x(double k) const { return kLeft + (kWidth - kLeft - kRight) * k / max_k; }
  static double y(double pct) { return kTop + (kHeight - kTop - kBottom) * (1 - pct / 100); }
};

std::string polyline(const std::vector<std::pair<double, double>>& points, const Scale& s, const char* style) {
  std::string path;
  for (const auto& [k, pct] : points) path += fmt::format("{:.1f},{:.1f} ", s.x(k), Scale::y(pct));
  return fmt::format("<polyline fill=\"none\" {} points=\"{}\"/>\n", style, path);
}

}  // namespace

std::string efficiency_chart_svg(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight,
                                 double existing_weight, const std::string& weight) {
  const Scale s{static_cast<double>(std::max<std::size_t>(1, curve.empty() ? 1 : curve.back().new_sites))};
  auto pct = [&](double v) { return total_weight > 0 ? std::min(100.0, 100 * v / total_weight) : 0.0; };
  std::vector<std::pair<double, double>> covered{{0, pct(existing_weight)}}, bound{{0, pct(existing_weight)}};
  for (const auto& p : curve) {
    covered.emplace_back(static_cast<double>(p.new_sites), pct(p.solution.objective));
    bound.emplace_back(static_cast<double>(p.new_sites), pct(p.solution.bound));
  }
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "font-family=\"Noto Sans CJK SC, sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      "<text x=\"{2}\" y=\"16\" font-size=\"13\">{3} covered (%) by new sites</text>\n",
      kWidth, kHeight, kLeft, weight);
  for (int g = 0; g <= 100; g += 20)  // horizontal grid with labels
    svg += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#dddddd\"/>"
                       "<text x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>\n",
                       kLeft, kWidth - kRight, Scale::y(g), kLeft - 6, Scale::y(g) + 4, g);
  const auto step = std::max<std::size_t>(1, static_cast<std::size_t>(s.max_k) / 10);
  for (std::size_t k = 0; k <= static_cast<std::size_t>(s.max_k); k += step)
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", s.x(static_cast<double>(k)),
                       kHeight - kBottom + 16, k);
  svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">new sites (k)</text>\n", (kLeft + kWidth - kRight) / 2,
                     kHeight - 8);
  svg += polyline(bound, s, "stroke=\"#737373\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"");
  svg += polyline(covered, s, "stroke=\"#cb181d\" stroke-width=\"2\"");
  for (const auto& [k, p] : covered)
    svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"2.5\" fill=\"#cb181d\"/>\n", s.x(k), Scale::y(p));
  svg += fmt::format("<text x=\"{0}\" y=\"{1}\" fill=\"#cb181d\">— covered</text><text x=\"{0}\" y=\"{2}\" fill=\"#737373\">"
                     "- - proven bound</text>\n</svg>\n",
                     kWidth - kRight - 110, kHeight - kBottom - 24, kHeight - kBottom - 10);
  return svg;
}

}  // namespace ruralatlas::cli
