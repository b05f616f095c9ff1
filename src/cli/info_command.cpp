// `ruralatlas info PATH... [--key COLUMN] [--json]`: what is in a data file.
#include <iostream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "io/dataset_info.hpp"

namespace ruralatlas::cli {

namespace {

std::string json_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') { out += "\\n"; continue; }
    out += c;
  }
  return out;
}

std::string extent_text(const core::Envelope& e) {
  if (core::is_empty(e)) return "unknown";
  return fmt::format("{:.6f}, {:.6f} – {:.6f}, {:.6f}", e.min_corner().x(), e.min_corner().y(), e.max_corner().x(),
                     e.max_corner().y());
}

const char* encoding_source(const std::string& how) {
  if (how == "cpg") return "from .cpg";
  if (how == "ldid") return "from the DBF language driver id";
  if (how == "detected") return "detected: no .cpg and no language driver id";
  return "by format";
}

void print_text(const io::DatasetInfo& info) {
  std::cout << info.path.string() << "\n  driver: " << info.driver << "\n";
  for (const auto& layer : info.layers) {
    std::cout << "  layer: " << layer.name << "\n";
    if (layer.geometry_type == "None")
      std::cout << "    table: " << layer.feature_count << " rows\n";
    else
      std::cout << "    geometry: " << layer.geometry_type << ", " << layer.feature_count << " features\n";
    if (layer.crs)
      std::cout << "    CRS: " << layer.crs->name << " (" << layer.crs->label() << ")\n"
                << "    extent: " << extent_text(layer.extent) << "\n"
                << "    extent (lon/lat): " << extent_text(layer.extent_lonlat) << "\n";
    else if (layer.geometry_type != "None")
      std::cout << "    CRS: none — add `crs: EPSG:<code>` to its layer file\n";
    std::cout << "    encoding: " << layer.encoding << " (" << encoding_source(layer.encoding_how) << ")\n";
    std::cout << "    fields (" << layer.fields.size() << "):\n";
    std::size_t name_width = 0;
    for (const auto& f : layer.fields) name_width = std::max(name_width, f.name.size());
    for (const auto& f : layer.fields)
      std::cout << "      " << fmt::format("{:<{}}  ", f.name, name_width) << core::to_string(f.type)
                << (f.width > 0 ? fmt::format("({})", f.width) : "") << "\n";
    if (layer.key) {
      const auto& key = *layer.key;
      std::cout << "    key " << key.column << ": "
                << (key.unique ? "unique" : fmt::format("NOT unique, {} duplicated rows", key.duplicate_count));
      if (!key.duplicates.empty()) {
        std::cout << " (e.g.";
        for (const auto& d : key.duplicates) std::cout << " " << d;
        std::cout << ")";
      }
      if (key.empty_count) std::cout << ", " << key.empty_count << " empty";
      std::cout << "\n";
    }
  }
}

void print_json(const io::DatasetInfo& info, bool last) {
  std::cout << "  {\"path\": \"" << json_escape(info.path.string()) << "\", \"driver\": \"" << info.driver
            << "\", \"layers\": [";
  for (std::size_t i = 0; i < info.layers.size(); ++i) {
    const auto& l = info.layers[i];
    std::cout << (i ? ", " : "") << "{\"name\": \"" << json_escape(l.name) << "\", \"geometry_type\": \""
              << l.geometry_type << "\", \"feature_count\": " << l.feature_count;
    if (l.crs)
      std::cout << ", \"crs\": {\"name\": \"" << json_escape(l.crs->name) << "\", \"epsg\": "
                << (l.crs->epsg ? std::to_string(*l.crs->epsg) : "null") << "}";
    std::cout << ", \"encoding\": \"" << l.encoding << "\", \"fields\": [";
    for (std::size_t f = 0; f < l.fields.size(); ++f)
      std::cout << (f ? ", " : "") << "{\"name\": \"" << json_escape(l.fields[f].name) << "\", \"type\": \""
                << core::to_string(l.fields[f].type) << "\"}";
    std::cout << "]";
    if (l.key)
      std::cout << ", \"key\": {\"column\": \"" << json_escape(l.key->column) << "\", \"unique\": "
                << (l.key->unique ? "true" : "false") << ", \"duplicate_rows\": " << l.key->duplicate_count << "}";
    std::cout << "}";
  }
  std::cout << "]}" << (last ? "" : ",") << "\n";
}

class InfoCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions&) override {
    auto* sub = app.add_subcommand("info", "Describe vector layers and tables: driver, geometry, count, CRS, extent, fields, encoding");
    sub->add_option("paths", m_paths, "data files (shapefile, GeoPackage, GeoJSON, CSV, XLSX, ...)")->required();
    sub->add_option("--key", m_key, "check that this column is a unique key (tables)");
    sub->add_flag("--json", m_json, "machine-readable output");
    return sub;
  }

  int run() override {
    std::vector<io::DatasetInfo> infos;
    for (const auto& path : m_paths) infos.push_back(io::describe_dataset(path, m_key));
    if (m_json) std::cout << "[\n";
    for (std::size_t i = 0; i < infos.size(); ++i) {
      if (m_json)
        print_json(infos[i], i + 1 == infos.size());
      else
        print_text(infos[i]);
    }
    if (m_json) std::cout << "]\n";
    return 0;
  }

 private:
  std::vector<std::string> m_paths;
  std::string m_key;
  bool m_json = false;
};

}  // namespace

std::unique_ptr<Command> make_info_command() { return std::make_unique<InfoCommand>(); }

}  // namespace ruralatlas::cli
