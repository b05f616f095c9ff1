// `ruralatlas join LAYER_FILE [--report FILE.csv] [--strict] [--out FILE] [--overwrite]`:
// apply a layer file's table joins and say exactly what matched and what did not.
#include <iostream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "core/error.hpp"
#include "io/vector_layer_writer.hpp"
#include "project/join_report_csv.hpp"
#include "project/layer_loader.hpp"

namespace ruralatlas::cli {

namespace {

void print_report(const project::LoadedLayer& loaded) {
  for (const auto& join : loaded.joins) {
    const auto& r = join.report;
    std::cout << "join " << loaded.layer.name << " (" << analysis::join_names(join.spec.layer_keys) << ") ← "
              << join.spec.table.string() << " (" << analysis::join_names(join.spec.table_keys) << ")\n"
              << fmt::format("  features {:>8}   matched {:>8}   without a row {:>6}\n", r.features, r.matched,
                             r.features_without_row.size())
              << fmt::format("  table rows {:>6}   without a feature {:>6}   without a key {:>6}\n", r.rows,
                             r.rows_without_feature.size(), r.rows_without_key)
              << fmt::format("  duplicated keys {:>3}   non-numeric cells in numeric columns {:>6}\n",
                             r.duplicate_keys.size(), r.type_problems.size());
    auto show = [](const char* what, std::size_t n, auto&& print_one) {
      if (n == 0) return;
      std::cout << "  " << what << ":";
      for (std::size_t i = 0; i < n && i < 5; ++i) print_one(i);
      std::cout << (n > 5 ? fmt::format(" … ({} in all)", n) : "") << "\n";
    };
    show("features without a row", r.features_without_row.size(), [&](std::size_t i) {
      std::cout << " " << r.features_without_row[i].second << " (fid " << r.features_without_row[i].first << ")";
    });
    show("rows without a feature", r.rows_without_feature.size(), [&](std::size_t i) {
      std::cout << " " << r.rows_without_feature[i].second << " (row " << r.rows_without_feature[i].first << ")";
    });
    show("duplicated keys", r.duplicate_keys.size(),
         [&](std::size_t i) { std::cout << " " << r.duplicate_keys[i].key << " ×" << r.duplicate_keys[i].rows; });
    show("non-numeric cells", r.type_problems.size(), [&](std::size_t i) {
      const auto& p = r.type_problems[i];
      std::cout << " row " << p.row << " " << p.column << "='" << p.value << "'";
    });
  }
}

class JoinCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions&) override {
    auto* sub = app.add_subcommand("join", "Apply a layer file's table joins and report matched, unmatched, duplicate keys and type problems");
    sub->add_option("layer", m_layer_file, "layer file (layers/*.yaml) with `joins:`")->required();
    sub->add_option("--report", m_report, "also write every problem as CSV (one line each)");
    sub->add_flag("--strict", m_strict, "exit 1 if any feature or row is unmatched");
    sub->add_option("-o,--out", m_out, "write the joined layer (.gpkg, .shp, .geojson, .csv)");
    sub->add_flag("--overwrite", m_overwrite, "replace existing output files");
    return sub;
  }

  int run() override {
    const auto spec = project::read_layer_file(m_layer_file);
    if (spec.joins.empty())
      core::throw_config_error(m_layer_file, 0, "the layer file has no `joins:`", "add a join to an indicator table");
    const auto loaded = project::load_layer(spec);
    for (const auto& w : loaded.warnings) std::cerr << "warning: " << w.to_string() << "\n";
    print_report(loaded);
    if (!m_report.empty()) project::write_join_report_csv(m_report, loaded.joins, m_overwrite);
    if (!m_out.empty()) io::write_vector_layer(loaded.layer, m_out, {m_overwrite});
    std::size_t unmatched = 0;
    for (const auto& j : loaded.joins) unmatched += j.report.features_without_row.size() + j.report.rows_without_feature.size();
    if (m_strict && unmatched > 0) {
      std::cerr << "ruralatlas: error: " << m_layer_file << ": " << unmatched
                << " unmatched features or rows (--strict); see the report above\n";
      return 1;
    }
    return 0;
  }

 private:
  std::string m_layer_file, m_report, m_out;
  bool m_strict = false, m_overwrite = false;
};

}  // namespace

std::unique_ptr<Command> make_join_command() { return std::make_unique<JoinCommand>(); }

}  // namespace ruralatlas::cli
