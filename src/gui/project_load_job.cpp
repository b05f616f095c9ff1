#include "gui/project_load_job.hpp"

#include <exception>

#include "core/error.hpp"
#include "gui/project_extent.hpp"
#include "project/project_file.hpp"

namespace ruralatlas::gui {

namespace {
/// Thrown out of load_map's progress callback to stop a superseded load.
struct LoadCancelled {};
}  // namespace

LoadOutcome load_project_map(const QString& file, const LoadJobHooks& hooks) {
  LoadOutcome outcome;
  outcome.file = file;
  try {
    const auto spec = project::read_project_file(file.toStdString());
    auto map = std::make_shared<project::LoadedMap>(project::load_map(spec, [&hooks](const std::string& step) {
      if (hooks.cancelled && hooks.cancelled()) throw LoadCancelled{};
      if (hooks.progress) hooks.progress(QString::fromStdString(step));
    }));
    outcome.extent = project_extent(*map);
    if (core::is_empty(outcome.extent)) core::throw_input_error(spec.file.string(), "the project's layers hold no features");
    outcome.map = std::move(map);
  } catch (const LoadCancelled&) {
    outcome.cancelled = true;
  } catch (const std::exception& e) {
    outcome.error = QString::fromStdString(e.what());
  }
  return outcome;
}

}  // namespace ruralatlas::gui
