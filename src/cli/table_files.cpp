#include "cli/table_files.hpp"

#include <future>

#include "core/error.hpp"
#include "io/vector_layer_writer.hpp"

namespace ruralatlas::cli {

std::vector<std::filesystem::path> write_table_files(const core::Layer& layer, const std::filesystem::path& stem, bool overwrite) {
  auto csv_path = stem, gpkg_path = stem;
  csv_path += ".csv";
  gpkg_path += ".gpkg";
  for (const auto& path : {csv_path, gpkg_path})  // check both before writing either
    if (!overwrite && std::filesystem::exists(path))
      throw core::Error(core::ErrorKind::Output, {path.string(), 0, {}, {}, {}, "the output file exists",
                                                  "pass --overwrite to replace it, or choose another folder"});
  // The GeoPackage (SQLite and its R-tree) is the slower of the two: the CSV is written beside it.
  auto csv = std::async(std::launch::async, [&] { io::write_vector_layer(layer, csv_path, {overwrite, true}); });
  io::write_vector_layer(layer, gpkg_path, {overwrite});
  csv.get();
  return {csv_path, gpkg_path};
}

}  // namespace ruralatlas::cli
