// `ruralatlas atlas PROJECT [--by LAYER] [--name-field F] [--filter EXPR] [--layout FILE]
//  [--out DIR] [--format pdf|png|svg] [--one-file|--per-page] [--overview] [--dpi N] [--page NAME]`:
// one page per feature of a layer. The project's `atlas:` section gives the defaults; the
// options override it, or stand in for it when the project has none.
#include <iostream>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "core/error.hpp"
#include "project/atlas_export.hpp"
#include "project/printed_map.hpp"
#include "project/project_file.hpp"

namespace ruralatlas::cli {

namespace {

project::OutputFormat parse_format(const std::string& word) {
  if (word == "pdf") return project::OutputFormat::Pdf;
  if (word == "png") return project::OutputFormat::Png;
  if (word == "svg") return project::OutputFormat::Svg;
  core::Diagnostic d;
  d.message = "unknown output format '" + word + "'";
  d.hint = "use --format pdf, png or svg";
  throw core::Error(core::ErrorKind::Usage, std::move(d));
}

[[noreturn]] void usage_error(std::string message, std::string hint) {
  core::Diagnostic d;
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw core::Error(core::ErrorKind::Usage, std::move(d));
}

class AtlasCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions& global) override {
    m_global = &global;
    auto* sub = app.add_subcommand("atlas", "Print one page per feature of a layer (townships, counties, …)");
    sub->add_option("project", m_project, "project file (projects/*.yaml)")->required();
    sub->add_option("--by", m_by, "the layer whose features become pages (default: the project's atlas: layer)");
    sub->add_option("--name-field", m_name_field, "field naming each page (default: the atlas: section's, or 'name')");
    sub->add_option("--filter", m_filter, "only features matching, e.g. \"county = '会宁县'\"");
    sub->add_option("--layout", m_layout, "page layout (default: the atlas: section's, or the project's)");
    sub->add_option("-o,--out", m_out, "output folder (created if missing)")->capture_default_str();
    sub->add_option("-f,--format", m_format, "pdf, png or svg")->capture_default_str();
    auto* one = sub->add_flag("--one-file", m_one_file, "all pages in one PDF (the default for PDF)");
    sub->add_flag("--per-page", m_per_page, "one file per page (always so for PNG and SVG)")->excludes(one);
    sub->add_flag("--overview", m_overview, "an overview page of all the atlas's features first");
    sub->add_option("--dpi", m_dpi, "PNG resolution")->capture_default_str()->check(CLI::Range(10.0, 1200.0));
    sub->add_option("--page", m_pages, "print only the pages of these names (repeat, or separate by commas)")
        ->delimiter(',');
    return sub;
  }

  int run() override {
    const auto format = parse_format(m_format);
    const auto spec = project::read_project_file(m_project);
    const auto atlas = atlas_spec(spec);
    const bool verbose = !m_global->quiet;
    const bool tty = isatty(2);
    auto step = [&](const std::string& what) {
      if (verbose) std::cerr << "  " << what << "…\n";
    };
    const auto map = project::printed_map(project::load_map(spec, step), project::layer_visibility(spec));
    if (verbose)
      for (const auto& note : map.notes) std::cerr << note << "\n";

    project::AtlasRequest request;
    request.out_dir = m_out;
    request.format = format;
    request.one_file = !m_per_page;
    request.png_dpi = m_dpi;
    request.only_pages = m_pages;
    if (verbose)
      request.progress = [tty](std::size_t number, std::size_t count, const std::string& name) {
        // On a terminal one line is rewritten; in a log every page is a line.
        std::cerr << fmt::format("{}page {}/{} {}", tty ? "\r\033[K" : "", number, count, name) << (tty ? "" : "\n")
                  << std::flush;
      };
    const auto result = project::export_atlas(map, atlas, request);
    if (verbose && tty) std::cerr << "\n";
    if (verbose) {
      for (const auto& warning : result.warnings) std::cerr << "warning: " << warning << "\n";
      std::cerr << fmt::format("{} pages in {} file(s)\n", result.page_count, result.files.size());
    }
    for (const auto& file : result.files) std::cout << file.string() << "\n";
    return 0;
  }

 private:
  project::AtlasSpec atlas_spec(const project::ProjectSpec& spec) const {
    project::AtlasSpec atlas = spec.atlas.value_or(project::AtlasSpec{});
    if (!spec.atlas) {
      atlas.file = spec.file;
      if (m_by.empty())
        usage_error(spec.file.string() + " has no atlas: section, so the command does not know which layer to page by",
                    "give --by LAYER (e.g. --by townships) and --name-field, or add an atlas: section");
      atlas.name_field = "name";
    }
    if (!m_by.empty()) {
      if (m_by != atlas.layer) {  // the section's tables belong to its own layer
        atlas.table.reset();
        atlas.indicators.reset();
      }
      atlas.layer = m_by;
    }
    if (!m_name_field.empty()) atlas.name_field = m_name_field;
    if (!m_filter.empty()) atlas.filter = m_filter;
    if (!m_layout.empty()) atlas.layout_file = m_layout;
    if (m_overview) atlas.overview = true;
    return atlas;
  }

  const GlobalOptions* m_global = nullptr;
  std::string m_project, m_by, m_name_field, m_filter, m_layout;
  std::vector<std::string> m_pages;
  std::string m_out = "out";
  std::string m_format = "pdf";
  bool m_one_file = false, m_per_page = false, m_overview = false;
  double m_dpi = 150.0;
};

}  // namespace

std::unique_ptr<Command> make_atlas_command() { return std::make_unique<AtlasCommand>(); }

}  // namespace ruralatlas::cli
