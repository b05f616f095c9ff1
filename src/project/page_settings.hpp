#pragma once
// What the window's layout panel edits on a map's printed page: the layout template and the
// texts it prints ({title}, {subtitle}, {source}, {date}). Applied to a copy of the map, so
// every later print — preview, Export map, atlas — uses them; the project file is untouched.
#include <filesystem>
#include <string>

#include "project/map_pipeline.hpp"

namespace ruralatlas::project {

struct PageSettings {
  std::filesystem::path layout_file;  ///< a layouts/*.yaml template
  std::string title, subtitle, source_note;
  std::string date;  ///< empty: today's date when printed
};

PageSettings page_settings_of(const ProjectSpec& spec);

/// `map` with the settings; an atlas with its own template takes the chosen one too.
LoadedMap with_page_settings(const LoadedMap& map, const PageSettings& settings);

}  // namespace ruralatlas::project
