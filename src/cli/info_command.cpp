// `ruralatlas info PATH... [--key COLUMN] [--json]`: what is in a data file.
#include <cmath>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "io/dataset_info.hpp"

namespace ruralatlas::cli {

namespace {

std::string extent_text(const core::Envelope& e, int decimals) {
  if (core::is_empty(e)) return "unknown";
  return fmt::format("{:.{}f}, {:.{}f} – {:.{}f}, {:.{}f}", e.min_corner().x(), decimals, e.min_corner().y(), decimals,
                     e.max_corner().x(), decimals, e.max_corner().y(), decimals);
}

std::string encoding_source(const std::string& how, bool shapefile) {
  if (how == "cpg") return "from .cpg";
  if (how == "ldid") return "from the DBF language driver id";
  if (how == "detected")
    return shapefile ? "detected: no .cpg and no language driver id" : "detected from the bytes";
  return "by format";
}

void print_text(const io::DatasetInfo& info) {
  const bool shapefile = info.driver == "ESRI Shapefile";
  std::cout << info.path.string() << "\n  driver: " << info.driver << "\n";
  for (const auto& layer : info.layers) {
    std::cout << "  layer: " << layer.name << "\n";
    if (layer.geometry_type == "None")
      std::cout << "    table: " << layer.feature_count << " rows\n";
    else
      std::cout << "    geometry: " << layer.geometry_type << ", " << layer.feature_count << " features\n";
    if (layer.crs) {
      const int decimals = layer.crs->is_geographic ? 6 : 1;
      std::cout << "    CRS: " << layer.crs->name << " (" << layer.crs->label() << ")\n"
                << "    extent: " << extent_text(layer.extent, decimals) << "\n"
                << "    extent (lon/lat): " << extent_text(layer.extent_lonlat, 6) << "\n";
    } else if (layer.geometry_type != "None") {
      std::cout << "    CRS: none — add `crs: EPSG:<code>` to its layer file\n";
    }
    std::cout << "    encoding: " << layer.encoding << " (" << encoding_source(layer.encoding_how, shapefile) << ")\n";
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

/// Minimal JSON output: strings escaped per RFC 8259, non-finite numbers as null.
std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) out += fmt::format("\\u{:04x}", c);
        else out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string json_number(double value) { return std::isfinite(value) ? fmt::format("{}", value) : "null"; }

std::string json_extent(const core::Envelope& e) {
  if (core::is_empty(e)) return "null";
  return "[" + json_number(e.min_corner().x()) + ", " + json_number(e.min_corner().y()) + ", " +
         json_number(e.max_corner().x()) + ", " + json_number(e.max_corner().y()) + "]";
}

std::string json_layer(const io::LayerInfo& l) {
  std::ostringstream out;
  out << "{\"name\": " << json_string(l.name) << ", \"geometry_type\": " << json_string(l.geometry_type)
      << ", \"feature_count\": " << l.feature_count << ", \"crs\": ";
  if (l.crs)
    out << "{\"name\": " << json_string(l.crs->name) << ", \"epsg\": "
        << (l.crs->epsg ? std::to_string(*l.crs->epsg) : "null")
        << ", \"is_geographic\": " << (l.crs->is_geographic ? "true" : "false") << "}";
  else
    out << "null";
  out << ", \"extent\": " << json_extent(l.extent) << ", \"extent_lonlat\": " << json_extent(l.extent_lonlat)
      << ", \"encoding\": " << json_string(l.encoding) << ", \"encoding_source\": " << json_string(l.encoding_how)
      << ", \"fields\": [";
  for (std::size_t f = 0; f < l.fields.size(); ++f)
    out << (f ? ", " : "") << "{\"name\": " << json_string(l.fields[f].name)
        << ", \"type\": " << json_string(core::to_string(l.fields[f].type)) << ", \"width\": " << l.fields[f].width
        << "}";
  out << "]";
  if (l.key) {
    out << ", \"key\": {\"column\": " << json_string(l.key->column)
        << ", \"unique\": " << (l.key->unique ? "true" : "false") << ", \"duplicate_rows\": " << l.key->duplicate_count
        << ", \"duplicates\": [";
    for (std::size_t d = 0; d < l.key->duplicates.size(); ++d) out << (d ? ", " : "") << json_string(l.key->duplicates[d]);
    out << "], \"empty_rows\": " << l.key->empty_count << "}";
  }
  out << "}";
  return out.str();
}

void print_json(const io::DatasetInfo& info, bool last) {
  std::cout << "  {\"path\": " << json_string(info.path.string()) << ", \"driver\": " << json_string(info.driver)
            << ", \"layers\": [";
  for (std::size_t i = 0; i < info.layers.size(); ++i) std::cout << (i ? ", " : "") << json_layer(info.layers[i]);
  std::cout << "]}" << (last ? "" : ",") << "\n";
}

class InfoCommand final : public Command {
 public:
  CLI::App* setup(CLI::App& app, const GlobalOptions&) override {
    auto* sub = app.add_subcommand(
        "info", "Describe vector layers and tables: driver, geometry, count, CRS, extent, fields, encoding");
    sub->add_option("paths", m_paths, "data files (shapefile, GeoPackage, GeoJSON, CSV, XLSX, ODS, ...)")->required();
    sub->add_option("--key", m_key, "check that this column is a unique key (reports duplicates and empty keys)");
    sub->add_flag("--json", m_json, "machine-readable output: a JSON array, one object per path");
    return sub;
  }

  int run() override {
    // Every path is read before anything is printed, so a bad one gives one clear error and
    // no half report (and --json output is either complete or absent).
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
