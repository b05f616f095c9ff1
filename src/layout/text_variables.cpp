#include "layout/text_variables.hpp"

namespace ruralatlas::layout {

namespace {

/// Calls on_text for literal runs and on_name for each {name}.
template <class OnText, class OnName>
void scan(const std::string& text, OnText on_text, OnName on_name) {
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "{{") == 0 || text.compare(i, 2, "}}") == 0) {
      on_text(std::string(1, text[i]));
      i += 2;
      continue;
    }
    if (text[i] == '{') {
      const auto close = text.find('}', i + 1);
      const auto next_open = text.find('{', i + 1);
      if (close != std::string::npos && (next_open == std::string::npos || next_open > close)) {
        on_name(text.substr(i + 1, close - i - 1), text.substr(i, close - i + 1));
        i = close + 1;
        continue;
      }
    }
    on_text(std::string(1, text[i]));
    ++i;
  }
}

}  // namespace

const std::vector<std::string>& known_text_variables() {
  static const std::vector<std::string> names{"title",     "subtitle",    "source",    "date",
                                                "crs",       "scale",       "page_name", "page_number",
                                                "page_count"};
  return names;
}

std::string substitute_variables(const std::string& text, const TextVariables& variables) {
  std::string out;
  scan(
      text, [&](const std::string& literal) { out += literal; },
      [&](const std::string& written_name, const std::string& written) {
        // {name|fallback}: the fallback stands in for an empty value ("未达标：{field:failing|无}").
        const auto bar = written_name.find('|');
        const auto it = variables.find(written_name.substr(0, bar));
        if (it == variables.end()) out += written;
        else if (it->second.empty() && bar != std::string::npos) out += written_name.substr(bar + 1);
        else out += it->second;
      });
  return out;
}

std::vector<std::string> variables_in(const std::string& text) {
  std::vector<std::string> names;
  scan(text, [](const std::string&) {},
       [&](const std::string& name, const std::string&) { names.push_back(name.substr(0, name.find('|'))); });
  return names;
}

}  // namespace ruralatlas::layout
