#include "support/synthetic_villages.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>

namespace ruralatlas::test {

namespace {

constexpr std::array kSyllables{"会", "宁", "王", "岘", "河", "畔", "新", "庄", "杨", "崖", "头", "大", "沟", "柳", "树", "川"};
constexpr std::array kTownships{"会宁县城关镇", "会师镇", "王岘镇", "河畔镇", "新庄乡", "杨崖集乡", "Dagou Township", "LIUSHU"};
constexpr std::array kNotes{"well water", "Well Water", "WELL", "tap", "水窖", "自来水", "Ǆemal", "straße"};

std::string village_name(std::mt19937& random) {
  std::uniform_int_distribution<std::size_t> syllable(0, kSyllables.size() - 1);
  std::string name;
  for (int i = 0; i < 2 + static_cast<int>(random() % 2); ++i) name += kSyllables[syllable(random)];
  return name + "村";
}

}  // namespace

core::Layer synthetic_villages(std::size_t count, std::size_t indicator_fields, std::uint32_t seed) {
  core::Layer layer;
  layer.name = "synthetic_villages";
  layer.source = "synthetic";
  layer.encoding = "UTF-8";
  layer.geometry_kind = core::GeometryKind::Point;
  layer.fields = {{"name", core::FieldType::String},     {"township", core::FieldType::String},
                  {"code", core::FieldType::String},     {"note", core::FieldType::String},
                  {"population", core::FieldType::Integer}, {"tap_water_pct", core::FieldType::Real}};
  for (std::size_t f = 1; f <= indicator_fields; ++f) {
    char name[16];
    std::snprintf(name, sizeof name, "ind_%02zu", f);
    layer.fields.push_back({name, core::FieldType::Real});
  }
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> unit(0, 1);
  layer.features.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    core::Feature f;
    f.fid = static_cast<std::int64_t>(i) + 1;
    f.geometry = core::MultiPoint{{103 + 4 * unit(random), 35 + 3 * unit(random)}};
    auto& a = f.attributes;
    a.emplace_back(village_name(random));
    a.emplace_back(std::string(kTownships[random() % kTownships.size()]));
    a.emplace_back(std::to_string(620422000000 + random() % 1000000));
    const auto note = random() % 10;
    if (note < 2)
      a.emplace_back(std::monostate{});
    else if (note < 3)
      a.emplace_back(std::string());
    else
      a.emplace_back(std::string(kNotes[random() % kNotes.size()]));
    if (random() % 20 == 0)
      a.emplace_back(std::monostate{});
    else
      a.emplace_back(static_cast<std::int64_t>(random() % 5000));
    const auto rate = random() % 20;
    if (rate == 0)
      a.emplace_back(std::monostate{});
    else if (rate == 1)
      a.emplace_back(std::string("-"));  // no number, as some indicator sheets say it
    else if (rate == 2)
      a.emplace_back(std::to_string(random() % 101) + "%");  // a number stored as text
    else
      a.emplace_back(std::round(unit(random) * 1000) / 10);  // repeats, to test ties
    for (std::size_t k = 0; k < indicator_fields; ++k) {
      if (random() % 10 == 0)
        a.emplace_back(std::monostate{});
      else
        a.emplace_back(unit(random) * 100);
    }
    layer.features.push_back(std::move(f));
  }
  return layer;
}

}  // namespace ruralatlas::test
