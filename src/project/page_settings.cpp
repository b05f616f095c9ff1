#include "project/page_settings.hpp"

namespace ruralatlas::project {

PageSettings page_settings_of(const ProjectSpec& spec) {
  const auto layout = spec.atlas && !spec.atlas->layout_file.empty() ? spec.atlas->layout_file : spec.layout_file;
  return {layout, spec.title, spec.subtitle, spec.source_note, spec.date};
}

LoadedMap with_page_settings(const LoadedMap& map, const PageSettings& settings) {
  auto edited = map;
  auto& spec = edited.spec;
  spec.layout_file = settings.layout_file;
  if (spec.atlas && !spec.atlas->layout_file.empty()) spec.atlas->layout_file = settings.layout_file;
  spec.title = settings.title;
  spec.subtitle = settings.subtitle;
  spec.source_note = settings.source_note;
  spec.date = settings.date;
  return edited;
}

}  // namespace ruralatlas::project
