// `ruralatlas access PRESET... --out DIR`: population coverage by admin unit for coverage
// presets (Rural Access Index, tap water, three-phase power), one table per zone layer.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/table_files.hpp"
#include "project/preset_coverage.hpp"

namespace ruralatlas::cli {

namespace {

std::string percent(std::optional<double> pct) { return pct ? fmt::format("{:.1f}%", *pct) : "no data"; }

class AccessCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions& global) override {
    m_global = &global;
    auto* sub = app.add_subcommand("access", "Villages and people covered per township and county, from coverage presets");
    sub->add_option("presets", m_presets, "preset files, e.g. criteria/presets/rural_access_index.yaml")->required();
    sub->add_option("-o,--out", m_out, "folder for <preset>_by_<zones>.csv and .gpkg");
    sub->add_flag("--overwrite", m_overwrite, "replace existing output files");
    return sub;
  }

  int run() override {
    std::vector<project::CoveragePreset> presets;  // read them all first: a typo fails before any work
    for (const auto& path : m_presets) presets.push_back(project::read_coverage_preset(path));
    if (!m_out.empty()) std::filesystem::create_directories(m_out);
    for (const auto& preset : presets) run_preset(preset);
    return 0;
  }

 private:
  void run_preset(const project::CoveragePreset& preset) const {
    const auto result = project::run_coverage_preset(preset);
    const auto& t = result.total;
    if (!m_global->quiet) {
      std::cout << fmt::format("{} — {}\n", preset.name, preset.title)
                << fmt::format("  villages covered {} of {} ({})", t.villages_covered, t.villages - t.villages_no_data,
                               percent(t.villages_covered_pct()));
      if (t.villages_no_data) std::cout << fmt::format(", {} without data", t.villages_no_data);
      std::cout << "\n";
      if (!preset.population.empty())
        std::cout << fmt::format("  {} covered {:.0f} of {:.0f} ({})\n", preset.population, t.population_covered,
                                 t.population, percent(t.population_covered_pct()));
      if (preset.distance) std::cout << fmt::format("  distances in {}\n", result.metric_crs.label());
    }
    for (const auto& zone : result.zones) {
      if (zone.villages_outside)
        std::cerr << fmt::format("warning: {} villages lie outside every zone of {}\n", zone.villages_outside, zone.table.name);
      if (m_out.empty()) continue;
      for (const auto& path : write_table_files(zone.table, m_out / (preset.name + "_by_" + zone.table.name), m_overwrite))
        if (!m_global->quiet) std::cout << "  wrote " << path.string() << "\n";
    }
  }

  const GlobalOptions* m_global = nullptr;
  std::vector<std::filesystem::path> m_presets;
  std::filesystem::path m_out;
  bool m_overwrite = false;
};

}  // namespace

std::unique_ptr<Command> make_access_command() { return std::make_unique<AccessCommand>(); }

}  // namespace ruralatlas::cli
