// `ruralatlas render PROJECT [--out DIR] [--format pdf,png,svg] [--dpi N]`: print a map.
#include <iostream>
#include <unistd.h>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "core/error.hpp"
#include "layout/scale_bar_spec.hpp"
#include "project/map_export.hpp"
#include "project/printed_map.hpp"
#include "project/project_file.hpp"

namespace ruralatlas::cli {

namespace {

std::vector<project::OutputFormat> parse_formats(const std::string& text) {
  std::vector<project::OutputFormat> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    const auto word = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (word == "pdf") out.push_back(project::OutputFormat::Pdf);
    else if (word == "png") out.push_back(project::OutputFormat::Png);
    else if (word == "svg") out.push_back(project::OutputFormat::Svg);
    else {
      core::Diagnostic d;
      d.message = "unknown output format '" + word + "'";
      d.hint = "use --format with pdf, png and/or svg, e.g. --format pdf,png";
      throw core::Error(core::ErrorKind::Usage, std::move(d));
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

class RenderCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions& global) override {
    m_global = &global;
    auto* sub = app.add_subcommand("render", "Print a project's map to PDF, PNG and/or SVG through its layout");
    sub->add_option("project", m_project, "project file (projects/*.yaml)")->required();
    sub->add_option("-o,--out", m_out, "output folder (created if missing)")->capture_default_str();
    sub->add_option("-f,--format", m_formats, "comma-separated: pdf, png, svg")->capture_default_str();
    sub->add_option("--dpi", m_dpi, "PNG resolution")->capture_default_str()->check(CLI::Range(10.0, 1200.0));
    return sub;
  }

  int run() override {
    const auto formats = parse_formats(m_formats);
    const bool verbose = !m_global->quiet;
    const bool tty = isatty(2);
    auto progress = [&](const std::string& step) {
      if (verbose && tty) std::cerr << "  " << step << "…\n";
    };
    const auto spec = project::read_project_file(m_project);
    // One map: only the columns its styles draw are read.
    // Layers saved hidden (`visible: false`) are left out, as the window's Export map does.
    const auto map = project::printed_map(project::load_map(spec, progress, {.only_styled_fields = true}),
                                          project::layer_visibility(spec));
    if (verbose)
      for (const auto& note : map.notes) std::cerr << note << "\n";
    progress("drawing");
    const auto result = project::export_map(map, {m_out, formats, m_dpi});
    if (verbose)
      std::cerr << fmt::format("scale {}, {} labels placed, {} dropped for lack of room\n",
                               layout::representative_fraction(result.scale_denominator), result.labels_placed,
                               result.labels_dropped);
    if (verbose)
      for (const auto& warning : result.warnings) std::cerr << "warning: " << warning << "\n";
    for (const auto& file : result.files) std::cout << file.string() << "\n";
    return 0;
  }

 private:
  const GlobalOptions* m_global = nullptr;
  std::string m_project;
  std::string m_out = "out";
  std::string m_formats = "pdf,png";
  double m_dpi = 150.0;
};

}  // namespace

std::unique_ptr<Command> make_render_command() { return std::make_unique<RenderCommand>(); }

}  // namespace ruralatlas::cli
