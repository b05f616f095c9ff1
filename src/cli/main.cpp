// The one translation boundary: errors become messages and exit codes here
// (0 success, 1 data or processing error, 2 usage or configuration error).
#include <clocale>
#include <exception>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "core/error.hpp"

namespace {

int exit_code_for(ruralatlas::core::ErrorKind kind) {
  using ruralatlas::core::ErrorKind;
  switch (kind) {
    case ErrorKind::Usage:
    case ErrorKind::Config: return 2;
    case ErrorKind::InputData:
    case ErrorKind::Output:
    case ErrorKind::Internal: return 1;
  }
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::setlocale(LC_ALL, "C.UTF-8");
  using namespace ruralatlas;
  CLI::App app{"RuralAtlas: coverage maps for rural revitalisation planning"};
  app.require_subcommand(1);
  app.fallthrough();  // global options such as --quiet may also follow the subcommand
  app.set_version_flag("--version", "ruralatlas 0.1.0");
  cli::GlobalOptions global;
  app.add_flag("-q,--quiet", global.quiet, "no progress output");

  std::vector<std::unique_ptr<cli::Command>> commands;
  commands.push_back(cli::make_info_command());
  commands.push_back(cli::make_join_command());
  commands.push_back(cli::make_aggregate_command());
  commands.push_back(cli::make_coverage_command());
  commands.push_back(cli::make_travel_command());
  commands.push_back(cli::make_access_command());
  commands.push_back(cli::make_scorecard_command());
  commands.push_back(cli::make_render_command());
  commands.push_back(cli::make_atlas_command());
  commands.push_back(cli::make_site_command());
  std::vector<std::pair<CLI::App*, cli::Command*>> parsed;
  for (auto& command : commands) parsed.emplace_back(command->setup(app, global), command.get());

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    for (auto& [sub, command] : parsed)
      if (sub->parsed()) return command->run();
    return 2;
  } catch (const core::Error& e) {
    std::cerr << "ruralatlas: error: " << e.what() << '\n';
    return exit_code_for(e.kind());
  } catch (const std::exception& e) {
    std::cerr << "ruralatlas: internal error: " << e.what()
              << " (please report this with the command you ran)\n";
    return 1;
  }
}
