#pragma once
// A subcommand: options are declared in setup(), work happens in run() (osmium-tool's split).
#include <memory>

#include <CLI/CLI.hpp>

namespace ruralatlas::cli {

struct GlobalOptions {
  bool quiet = false;
};

class Command {
 public:
  virtual ~Command() = default;
  /// Adds the subcommand and its options to `app`.
  virtual CLI::App* setup(CLI::App& app, const GlobalOptions& global) = 0;
  /// Does the work; returns the exit code. Errors are thrown as core::Error.
  virtual int run() = 0;
};

std::unique_ptr<Command> make_info_command();
std::unique_ptr<Command> make_render_command();
std::unique_ptr<Command> make_join_command();
std::unique_ptr<Command> make_aggregate_command();
std::unique_ptr<Command> make_coverage_command();
std::unique_ptr<Command> make_travel_command();
std::unique_ptr<Command> make_access_command();
std::unique_ptr<Command> make_scorecard_command();
std::unique_ptr<Command> make_atlas_command();
std::unique_ptr<Command> make_site_command();

}  // namespace ruralatlas::cli
