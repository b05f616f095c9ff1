#include "project/yaml_map.hpp"

#include <algorithm>
#include <fstream>

#include "core/error.hpp"

namespace ruralatlas::project {

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

int yaml_line(const YAML::Node& node) { return node.Mark().line + 1; }

YAML::Node load_yaml_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) core::throw_config_error(path.string(), 0, "cannot open file", "check the path");
  try {
    return YAML::Load(in);
  } catch (const YAML::Exception& e) {
    core::throw_config_error(path.string(), e.mark.line + 1, "YAML syntax error: " + e.msg);
  }
}

YamlMap::YamlMap(const YAML::Node& node, std::filesystem::path file, std::string what)
    : m_node(node), m_file(std::move(file)), m_what(std::move(what)) {
  if (!node.IsMap())
    core::throw_config_error(m_file.string(), node.IsDefined() ? yaml_line(node) : 0,
                             "expected a mapping of keys for the " + m_what);
}

bool YamlMap::has(const std::string& key) const { return static_cast<bool>(m_node[key]); }

int YamlMap::line_of(const std::string& key) const {
  for (const auto& kv : m_node)
    if (kv.first.as<std::string>() == key) return yaml_line(kv.first);
  return line();
}

void YamlMap::fail(const std::string& key, const std::string& message, const std::string& hint) const {
  core::Diagnostic d;
  d.file = m_file.string();
  d.line = line_of(key);
  d.message = "'" + key + "': " + message;
  d.hint = hint;
  throw core::Error(core::ErrorKind::Config, std::move(d));
}

YAML::Node YamlMap::child(const std::string& key) {
  m_used.insert(key);
  return m_node[key];
}

std::optional<std::string> YamlMap::optional_string(const std::string& key) {
  YAML::Node n = child(key);
  if (!n) return std::nullopt;
  if (!n.IsScalar()) fail(key, "expected text");
  return n.as<std::string>();
}

void YamlMap::missing(const std::string& key, const std::string& what_it_is) const {
  for (const auto& kv : m_node) {
    const auto written = kv.first.as<std::string>();
    if (written != key && edit_distance(written, key) <= 2) {
      core::Diagnostic d;
      d.file = m_file.string();
      d.line = yaml_line(kv.first);
      d.message = "unknown key '" + written + "' in the " + m_what;
      d.hint = "did you mean '" + key + "'?";
      throw core::Error(core::ErrorKind::Config, std::move(d));
    }
  }
  core::throw_config_error(m_file.string(), line(), "missing required key '" + key + "' in the " + m_what,
                           what_it_is);
}

std::string YamlMap::required_string(const std::string& key) {
  if (!has(key)) missing(key, {});
  return *optional_string(key);
}

std::optional<double> YamlMap::optional_number(const std::string& key) {
  YAML::Node n = child(key);
  if (!n) return std::nullopt;
  try {
    if (!n.IsScalar()) throw YAML::Exception(n.Mark(), "not a scalar");
    return n.as<double>();
  } catch (const YAML::Exception&) {
    fail(key, "expected a number, got '" + (n.IsScalar() ? n.as<std::string>() : std::string("a list or mapping")) + "'");
  }
}

double YamlMap::number(const std::string& key, double fallback) {
  return optional_number(key).value_or(fallback);
}

int YamlMap::integer(const std::string& key, int fallback) {
  YAML::Node n = child(key);
  if (!n) return fallback;
  try {
    return n.as<int>();
  } catch (const YAML::Exception&) {
    fail(key, "expected a whole number, got '" + (n.IsScalar() ? n.as<std::string>() : std::string("a list or mapping")) + "'");
  }
}

bool YamlMap::boolean(const std::string& key, bool fallback) {
  YAML::Node n = child(key);
  if (!n) return fallback;
  try {
    return n.as<bool>();
  } catch (const YAML::Exception&) {
    fail(key, "expected true or false, got '" + (n.IsScalar() ? n.as<std::string>() : std::string("a list or mapping")) + "'");
  }
}

std::vector<std::string> YamlMap::string_list(const std::string& key) {
  YAML::Node n = child(key);
  std::vector<std::string> out;
  if (!n) return out;
  if (n.IsScalar()) return {n.as<std::string>()};
  if (!n.IsSequence()) fail(key, "expected a list of text");
  for (const auto& item : n) {
    if (!item.IsScalar()) fail(key, "expected a list of text");
    out.push_back(item.as<std::string>());
  }
  return out;
}

void YamlMap::finish(const std::vector<std::string>& also_allowed) {
  std::vector<std::string> known(m_used.begin(), m_used.end());
  known.insert(known.end(), also_allowed.begin(), also_allowed.end());
  for (const auto& kv : m_node) {
    const auto key = kv.first.as<std::string>();
    if (m_used.count(key) || std::find(also_allowed.begin(), also_allowed.end(), key) != also_allowed.end())
      continue;
    std::string hint;
    std::size_t best = 3;
    for (const auto& k : known) {
      auto dist = edit_distance(key, k);
      if (dist < best) {
        best = dist;
        hint = "did you mean '" + k + "'?";
      }
    }
    core::Diagnostic d;
    d.file = m_file.string();
    d.line = yaml_line(kv.first);
    d.message = "unknown key '" + key + "' in the " + m_what;
    d.hint = hint;
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
}

std::filesystem::path YamlMap::resolve_path(const std::string& written) const {
  if (written.rfind("PG:", 0) == 0) return written;  // a PostGIS connection, not a file
  std::filesystem::path p(written);
  if (p.is_absolute()) return p;
  return (m_file.parent_path() / p).lexically_normal();
}

}  // namespace ruralatlas::project

namespace ruralatlas::project {

style::Color read_color(YamlMap& map, const std::string& key, style::Color fallback) {
  auto color = read_optional_color(map, key, fallback);
  if (!color) map.fail(key, "a colour is required here", "write colours as \"#rrggbb\" or \"#rrggbbaa\"");
  return *color;
}

std::optional<style::Color> read_optional_color(YamlMap& map, const std::string& key,
                                                std::optional<style::Color> fallback) {
  auto text = map.optional_string(key);
  if (!text) return fallback;
  if (*text == "none") return std::nullopt;
  auto color = style::Color::parse(*text);
  if (!color) map.fail(key, "'" + *text + "' is not a colour", "write colours as \"#rrggbb\", \"#rrggbbaa\" or none");
  return color;
}

}  // namespace ruralatlas::project
