#include "style/color_ramp.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "core/error.hpp"

namespace ruralatlas::style {

namespace {

/// Palettes as concatenated "rrggbb" hex: sequential and diverging schemes hold one palette
/// per class count from 3 up (ColorBrewer's n-class palettes, light to dark, or from the
/// first-named hue to the last for diverging ones); qualitative schemes their full set.
struct BrewerScheme {
  std::string_view name;
  RampKind kind;
  std::array<std::string_view, 9> palettes;  ///< [i]: i + 3 classes; empty when undefined
};

// This product includes color specifications and designs developed by Cynthia Brewer
// (http://colorbrewer.org/), licensed under the Apache License, Version 2.0.
// clang-format off
constexpr BrewerScheme kSchemes[] = {
    {"YlGnBu", RampKind::Sequential,
     {"edf8b17fcdbb2c7fb8",
      "ffffcca1dab441b6c4225ea8",
      "ffffcca1dab441b6c42c7fb8253494",
      "ffffccc7e9b47fcdbb41b6c42c7fb8253494",
      "ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84",
      "ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84",
      "ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58"}},
    {"YlOrRd", RampKind::Sequential,
     {"ffeda0feb24cf03b20",
      "ffffb2fecc5cfd8d3ce31a1c",
      "ffffb2fecc5cfd8d3cf03b20bd0026",
      "ffffb2fed976feb24cfd8d3cf03b20bd0026",
      "ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026",
      "ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026",
      "ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026"}},
    {"OrRd", RampKind::Sequential,
     {"fee8c8fdbb84e34a33",
      "fef0d9fdcc8afc8d59d7301f",
      "fef0d9fdcc8afc8d59e34a33b30000",
      "fef0d9fdd49efdbb84fc8d59e34a33b30000",
      "fef0d9fdd49efdbb84fc8d59ef6548d7301f990000",
      "fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000",
      "fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000"}},
    {"Blues", RampKind::Sequential,
     {"deebf79ecae13182bd",
      "eff3ffbdd7e76baed62171b5",
      "eff3ffbdd7e76baed63182bd08519c",
      "eff3ffc6dbef9ecae16baed63182bd08519c",
      "eff3ffc6dbef9ecae16baed64292c62171b5084594",
      "f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594",
      "f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b"}},
    {"Greens", RampKind::Sequential,
     {"e5f5e0a1d99b31a354",
      "edf8e9bae4b374c476238b45",
      "edf8e9bae4b374c47631a354006d2c",
      "edf8e9c7e9c0a1d99b74c47631a354006d2c",
      "edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32",
      "f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32",
      "f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b"}},
    {"Reds", RampKind::Sequential,
     {"fee0d2fc9272de2d26",
      "fee5d9fcae91fb6a4acb181d",
      "fee5d9fcae91fb6a4ade2d26a50f15",
      "fee5d9fcbba1fc9272fb6a4ade2d26a50f15",
      "fee5d9fcbba1fc9272fb6a4aef3b2ccb181d99000d",
      "fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181d99000d",
      "fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d"}},
    {"Purples", RampKind::Sequential,
     {"efedf5bcbddc756bb1",
      "f2f0f7cbc9e29e9ac86a51a3",
      "f2f0f7cbc9e29e9ac8756bb154278f",
      "f2f0f7dadaebbcbddc9e9ac8756bb154278f",
      "f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486",
      "fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486",
      "fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d"}},
    {"RdYlGn", RampKind::Diverging,
     {"fc8d59ffffbf91cf60",
      "d7191cfdae61a6d96a1a9641",
      "d7191cfdae61ffffbfa6d96a1a9641",
      "d73027fc8d59fee08bd9ef8b91cf601a9850",
      "d73027fc8d59fee08bffffbfd9ef8b91cf601a9850",
      "d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850",
      "d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850",
      "a50026d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850006837",
      "a50026d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850006837"}},
    {"RdYlBu", RampKind::Diverging,
     {"fc8d59ffffbf91bfdb",
      "d7191cfdae61abd9e92c7bb6",
      "d7191cfdae61ffffbfabd9e92c7bb6",
      "d73027fc8d59fee090e0f3f891bfdb4575b4",
      "d73027fc8d59fee090ffffbfe0f3f891bfdb4575b4",
      "d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4",
      "d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4",
      "a50026d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4313695",
      "a50026d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4313695"}},
    {"RdBu", RampKind::Diverging,
     {"ef8a62f7f7f767a9cf",
      "ca0020f4a58292c5de0571b0",
      "ca0020f4a582f7f7f792c5de0571b0",
      "b2182bef8a62fddbc7d1e5f067a9cf2166ac",
      "b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac",
      "b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac",
      "b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac",
      "67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061",
      "67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061"}},
    {"Set1", RampKind::Qualitative, {"e41a1c377eb84daf4a984ea3ff7f00ffff33a65628f781bf999999"}},
    {"Set2", RampKind::Qualitative, {"66c2a5fc8d628da0cbe78ac3a6d854ffd92fe5c494b3b3b3"}},
    {"Paired", RampKind::Qualitative, {"a6cee31f78b4b2df8a33a02cfb9a99e31a1cfdbf6fff7f00cab2d66a3d9affff99b15928"}},
    {"Dark2", RampKind::Qualitative, {"1b9e77d95f027570b3e7298a66a61ee6ab02a6761d666666"}},

};
// clang-format on

constexpr int kSmallestPalette = 3;

std::vector<Color> parse_palette(std::string_view hex) {
  std::vector<Color> out;
  for (std::size_t i = 0; i + 6 <= hex.size(); i += 6)
    out.push_back(*Color::parse("#" + std::string(hex.substr(i, 6))));
  return out;
}

std::string_view largest_palette(const BrewerScheme& scheme) {
  std::string_view largest;
  for (auto p : scheme.palettes)
    if (!p.empty()) largest = p;
  return largest;
}

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::uint8_t mix(std::uint8_t a, std::uint8_t b, double t) {
  return static_cast<std::uint8_t>(std::lround(a + (b - a) * t));
}

}  // namespace

ColorRamp::ColorRamp(std::vector<Color> stops, RampKind kind, std::string name)
    : m_name(std::move(name)), m_kind(kind), m_stops(std::move(stops)) {
  if (m_stops.empty()) {
    core::Diagnostic d;
    d.message = "a colour ramp needs at least one colour";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
}

std::optional<ColorRamp> ColorRamp::brewer(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kSchemes); ++i) {
    const auto& scheme = kSchemes[i];
    if (!same_name(scheme.name, name)) continue;
    ColorRamp ramp(parse_palette(largest_palette(scheme)), scheme.kind, std::string(scheme.name));
    ramp.m_brewer = static_cast<int>(i);
    return ramp;
  }
  return std::nullopt;
}

std::vector<std::string_view> ColorRamp::brewer_names() {
  std::vector<std::string_view> names;
  for (const auto& scheme : kSchemes) names.push_back(scheme.name);
  return names;
}

Color ColorRamp::at(double t) const {
  if (m_stops.size() == 1 || !(t > 0)) return m_stops.front();
  if (t >= 1) return m_stops.back();
  const double x = t * static_cast<double>(m_stops.size() - 1);
  const auto i = static_cast<std::size_t>(x);
  const double f = x - static_cast<double>(i);
  const Color& a = m_stops[i];
  const Color& b = m_stops[std::min(i + 1, m_stops.size() - 1)];
  return Color{mix(a.r, b.r, f), mix(a.g, b.g, f), mix(a.b, b.b, f), mix(a.a, b.a, f)};
}

std::vector<Color> ColorRamp::colors(int n, bool reversed) const {
  std::vector<Color> out;
  if (n <= 0) return out;
  const BrewerScheme* scheme = m_brewer >= 0 ? &kSchemes[m_brewer] : nullptr;
  if (m_kind == RampKind::Qualitative) {
    if (static_cast<std::size_t>(n) > m_stops.size()) {
      core::Diagnostic d;
      d.message = "colour scheme '" + m_name + "' has " + std::to_string(m_stops.size()) + " colours, " +
                  std::to_string(n) + " classes need more";
      d.hint = "use fewer classes, list the colours yourself, or choose Paired (12 colours)";
      throw core::Error(core::ErrorKind::Config, std::move(d));
    }
    out.assign(m_stops.begin(), m_stops.begin() + n);
  } else if (scheme && n >= kSmallestPalette && n - kSmallestPalette < static_cast<int>(scheme->palettes.size()) &&
             !scheme->palettes[n - kSmallestPalette].empty()) {
    out = parse_palette(scheme->palettes[n - kSmallestPalette]);
  } else if (scheme && n < kSmallestPalette) {
    const auto three = parse_palette(scheme->palettes[0]);
    out = n == 1 ? std::vector<Color>{three[1]} : std::vector<Color>{three[0], three[2]};
  } else {
    for (int i = 0; i < n; ++i) out.push_back(at(n == 1 ? 0.5 : static_cast<double>(i) / (n - 1)));
  }
  if (reversed) std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace ruralatlas::style
