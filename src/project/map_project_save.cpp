#include "project/map_project_save.hpp"

#include <algorithm>
#include <set>

#include "core/error.hpp"
#include "project/layer_file_writer.hpp"
#include "project/project_file_writer.hpp"
#include "project/style_file_writer.hpp"

namespace ruralatlas::project {

namespace {

/// Names files written next to the project, never one that exists or was written in this save.
class SideFileNames {
 public:
  SideFileNames(std::filesystem::path folder, std::string project_stem)
      : m_folder(std::move(folder)), m_stem(std::move(project_stem)) {}

  std::filesystem::path next(const std::string& layer_name, const std::string& kind) {
    const auto base = m_stem + "-" + layer_name;
    for (int n = 1;; ++n) {
      auto path = m_folder / (base + (n == 1 ? "" : "-" + std::to_string(n)) + "." + kind + ".yaml");
      if (!std::filesystem::exists(path) && m_taken.insert(path).second) return path;
    }
  }

 private:
  std::filesystem::path m_folder;
  std::string m_stem;
  std::set<std::filesystem::path> m_taken;
};

LayerFileSpec layer_spec_with_window_joins(const MapLayer& layer) {
  LayerFileSpec spec;
  if (!layer.origin.layer_file.empty()) {
    spec = read_layer_file(layer.origin.layer_file);
  } else {
    spec.name = layer.layer->name;
    spec.title = layer.style.title;
    spec.source = layer.origin.vector_file;
    spec.source_layer = layer.origin.source_layer;
  }
  spec.joins.insert(spec.joins.end(), layer.origin.window_joins.begin(), layer.origin.window_joins.end());
  return spec;
}

}  // namespace

SavedProject save_map_project(const LoadedMap& map, const std::vector<bool>& visible,
                              const std::filesystem::path& project_file) {
  SavedProject saved;
  saved.spec = map.spec;
  saved.spec.file = project_file;
  const bool same_file =
      !map.spec.file.empty() && std::filesystem::absolute(project_file) == std::filesystem::absolute(map.spec.file);
  if (!same_file) saved.spec.name = project_file.stem().string();  // the new project's output files
  saved.spec.layers.clear();
  SideFileNames names(project_file.parent_path(), project_file.stem().string());
  for (std::size_t i = 0; i < map.layers.size(); ++i) {
    const auto& layer = map.layers[i];
    auto origin = layer.origin;
    if (origin.in_memory_only()) {
      saved.unsaved_layers.push_back(layer.style.title.empty() ? layer.layer->name : layer.style.title);
      saved.origins.push_back(std::move(origin));
      continue;
    }
    if (origin.layer_file.empty() || !origin.window_joins.empty()) {
      const auto file = names.next(layer.layer->name, "layer");
      write_layer_file(layer_spec_with_window_joins(layer), file);
      saved.written.push_back(file);
      origin = {.layer_file = file, .vector_file = {}, .style_file = origin.style_file, .window_joins = {}, .source_layer = {}};
    }
    if (origin.style_file.empty()) {
      const auto file = names.next(layer.layer->name, "style");
      write_style_file(layer.style, file);
      saved.written.push_back(file);
      origin.style_file = file;
    }
    saved.spec.layers.push_back({origin.layer_file, origin.style_file, layer.in_locator, visible.at(i)});
    saved.origins.push_back(std::move(origin));
  }
  if (saved.spec.layers.empty())
    core::throw_input_error(project_file.string(), "the map has no layer read from a file to save",
                            "add a layer file or a vector file first; analysis results are not saved");
  auto& extent_layer = saved.spec.extent_layer;
  const bool extent_layer_kept = std::any_of(map.layers.begin(), map.layers.end(), [&](const MapLayer& l) {
    return l.layer->name == extent_layer && !l.origin.in_memory_only();
  });
  if (!extent_layer_kept) extent_layer.clear();  // else `render` fails: no such layer
  write_project_file(saved.spec, project_file);
  saved.written.push_back(project_file);
  return saved;
}

}  // namespace ruralatlas::project
