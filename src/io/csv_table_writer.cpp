#include "io/csv_table_writer.hpp"

#include <charconv>
#include <cstdio>
#include <memory>

#include "core/error.hpp"
#include "io/atomic_file_writer.hpp"
#include "io/wkt_text.hpp"

namespace ruralatlas::io {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

void append_text(std::string& line, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    line += text;
    return;
  }
  line += '"';
  for (const char c : text) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

void append_value(std::string& line, const core::Value& value) {
  char number[32];
  if (const auto* i = std::get_if<std::int64_t>(&value)) {
    line.append(number, std::to_chars(number, number + sizeof number, *i).ptr);
  } else if (const auto* d = std::get_if<double>(&value)) {
    line.append(number, std::to_chars(number, number + sizeof number, *d).ptr);
  } else if (const auto* s = std::get_if<std::string>(&value)) {
    append_text(line, *s);
  }
}

[[noreturn]] void write_failed(const std::filesystem::path& path) {
  throw core::Error(core::ErrorKind::Output, {path.string(), 0, {}, {}, {}, "cannot write the file (disk full?)",
                                              "free some space or choose another folder"});
}

}  // namespace

void write_csv_table(const core::Layer& layer, const std::filesystem::path& path, bool overwrite,
                     bool geometry_wkt) {
  AtomicFileWriter writer(path, overwrite);
  {
    File file(std::fopen(writer.temp_path().c_str(), "wb"));
    if (!file) write_failed(path);
    std::string line = geometry_wkt ? "WKT" : "";
    for (std::size_t i = 0; i < layer.fields.size(); ++i) {
      if (i || geometry_wkt) line += ',';
      append_text(line, layer.fields[i].name);
    }
    line += '\n';
    for (const auto& feature : layer.features) {
      if (geometry_wkt) {
        const auto start = line.size();
        append_wkt(line, feature.geometry);
        if (line.size() > start) line.insert(start, 1, '"'), line += '"';  // WKT holds no quotes
      }
      for (std::size_t i = 0; i < feature.attributes.size(); ++i) {
        if (i || geometry_wkt) line += ',';
        append_value(line, feature.attributes[i]);
      }
      line += '\n';
      if (line.size() > (1u << 16)) {
        if (std::fwrite(line.data(), 1, line.size(), file.get()) != line.size()) write_failed(path);
        line.clear();
      }
    }
    if (std::fwrite(line.data(), 1, line.size(), file.get()) != line.size() || std::fclose(file.release()) != 0)
      write_failed(path);
  }
  writer.commit();
}

}  // namespace ruralatlas::io
