#pragma once
// Strict reading of one YAML mapping from a project, layer, style or layout file:
// typed getters that report file:line on a wrong type, and finish() that rejects
// keys nobody asked for (typos), suggesting the nearest known key.
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "style/color.hpp"

namespace ruralatlas::project {

/// Parses a YAML file; syntax errors and missing files become core::Error with file:line.
YAML::Node load_yaml_file(const std::filesystem::path& path);

class YamlMap {
 public:
  /// `node` must be a mapping, else a Config error naming `what` (e.g. "style file").
  YamlMap(const YAML::Node& node, std::filesystem::path file, std::string what);

  bool has(const std::string& key) const;
  std::string required_string(const std::string& key);
  std::optional<std::string> optional_string(const std::string& key);
  double number(const std::string& key, double fallback);
  std::optional<double> optional_number(const std::string& key);
  int integer(const std::string& key, int fallback);
  bool boolean(const std::string& key, bool fallback);
  std::vector<std::string> string_list(const std::string& key);
  /// Raw child node (marks the key as used); undefined node when absent.
  YAML::Node child(const std::string& key);
  /// Throws a Config error for the first unused key, with "did you mean" from used/allowed keys.
  void finish(const std::vector<std::string>& also_allowed = {});

  const std::filesystem::path& file() const { return m_file; }
  int line_of(const std::string& key) const;
  int line() const { return m_node.Mark().line + 1; }
  [[noreturn]] void fail(const std::string& key, const std::string& message,
                         const std::string& hint = {}) const;
  /// A required key is absent: if a key spelled almost like it is present, the error
  /// points at that line ("unknown key 'layres' … did you mean 'layers'?").
  [[noreturn]] void missing(const std::string& key, const std::string& what_it_is) const;

  /// Resolves a path written in this file relative to the file's folder.
  std::filesystem::path resolve_path(const std::string& written) const;

 private:
  YAML::Node m_node;
  std::filesystem::path m_file;
  std::string m_what;
  std::set<std::string> m_used;
};

/// "#rrggbb" / "#rrggbbaa" under `key`, `fallback` when absent; an error with file:line otherwise.
style::Color read_color(YamlMap& map, const std::string& key, style::Color fallback);
/// Like read_color, but `none` (or absence with a nullopt fallback) means no colour.
std::optional<style::Color> read_optional_color(YamlMap& map, const std::string& key,
                                                std::optional<style::Color> fallback);

/// Line (1-based) of a node, for messages.
int yaml_line(const YAML::Node& node);

}  // namespace ruralatlas::project
