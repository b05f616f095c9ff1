// `ruralatlas scorecard CRITERIA... --villages LAYER --by ZONES --out DIR`: every village
// against criteria rules (e.g. the 17 Dingxi village exit criteria), summed up to townships.
#include <filesystem>
#include <future>
#include <iostream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/table_files.hpp"
#include "project/village_scorecards.hpp"

namespace ruralatlas::cli {

namespace {

class ScorecardCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions& global) override {
    m_global = &global;
    auto* sub = app.add_subcommand("scorecard", "Check every village against criteria rules and summarise by township");
    sub->add_option("criteria", m_criteria, "criteria files, e.g. criteria/dingxi_village_exit.yaml")->required();
    sub->add_option("--villages", m_villages, "layer file of the villages with their indicators")
        ->default_val("layers/village_criteria.yaml");
    sub->add_option("--by", m_zones, "layer file of the zones to summarise by")->default_val("layers/townships.yaml");
    sub->add_option("-o,--out", m_out, "folder for scorecard_villages.{csv,gpkg} and scorecard_<zones>.{csv,gpkg}");
    sub->add_flag("--overwrite", m_overwrite, "replace existing output files");
    return sub;
  }

  int run() override {
    std::vector<project::CriteriaFile> criteria;
    for (const auto& path : m_criteria) criteria.push_back(project::read_criteria_file(path));
    auto run = project::score_village_file(criteria, m_villages);
    if (!m_global->quiet) print_summary(run);
    project::read_zones(run, m_zones);  // before any output: a bad zones file stops the run here
    // The village tables (a national GeoPackage takes seconds) are written while the villages
    // are located in the zones and summed, which only reads them.
    std::future<std::vector<std::filesystem::path>> village_files;
    if (!m_out.empty()) {
      std::filesystem::create_directories(m_out);
      village_files = std::async(std::launch::async,
                                 [&] { return write_table_files(run.villages, m_out / "scorecard_villages", m_overwrite); });
    }
    project::summarise_by_zones(run);
    if (run.villages_outside)
      std::cerr << fmt::format("warning: {} villages lie outside every zone of {}\n", run.villages_outside, m_zones.string());
    if (m_out.empty()) return 0;
    auto written = village_files.get();
    const auto zones = write_table_files(run.zones, m_out / ("scorecard_" + run.zones.name), m_overwrite);
    written.insert(written.end(), zones.begin(), zones.end());
    if (!m_global->quiet)
      for (const auto& path : written) std::cout << "  wrote " << path.string() << "\n";
    return 0;
  }

 private:
  void print_summary(const project::ScorecardRun& run) const {
    const auto n = run.scores.size();
    std::size_t meeting_all = 0;
    double met = 0, applicable = 0;
    std::vector<std::size_t> fails(run.rules.size(), 0), no_data(run.rules.size(), 0);
    for (const auto& s : run.scores) {
      meeting_all += s.meets_all();
      met += s.met;
      applicable += s.applicable;
      for (std::size_t r = 0; r < run.rules.size(); ++r) {
        fails[r] += s.items[r] == analysis::ItemOutcome::Fail;
        no_data[r] += s.items[r] == analysis::ItemOutcome::NoData;
      }
    }
    const double dn = n ? static_cast<double>(n) : 1.0;
    std::cout << fmt::format("{} villages, {} rules: {} meet every applicable item ({:.1f}%), {:.2f} of {:.2f} items met on average\n",
                             n, run.rules.size(), meeting_all, 100.0 * static_cast<double>(meeting_all) / dn, met / dn,
                             applicable / dn)
              << "  rule       fail  no data  label\n";
    for (std::size_t r = 0; r < run.rules.size(); ++r)
      std::cout << fmt::format("  {:<9} {:>5} {:>8}  {}\n", run.rules[r].id, fails[r], no_data[r], run.rules[r].label);
  }

  const GlobalOptions* m_global = nullptr;
  std::vector<std::filesystem::path> m_criteria;
  std::filesystem::path m_villages, m_zones, m_out;
  bool m_overwrite = false;
};

}  // namespace

std::unique_ptr<Command> make_scorecard_command() { return std::make_unique<ScorecardCommand>(); }

}  // namespace ruralatlas::cli
