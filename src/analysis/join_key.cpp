#include "analysis/join_key.hpp"

#include <algorithm>

namespace ruralatlas::analysis {

namespace {

/// Full-width forms U+FF01–U+FF5E are ASCII + 0xFEE0, encoded EF BC 81 – EF BD 9E.
std::string halfwidth(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c0 = static_cast<unsigned char>(text[i]);
    if (c0 == 0xEF && i + 2 < text.size()) {
      const auto c1 = static_cast<unsigned char>(text[i + 1]), c2 = static_cast<unsigned char>(text[i + 2]);
      const unsigned code = ((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
      if (code >= 0xFF01 && code <= 0xFF5E) {
        out += static_cast<char>(code - 0xFEE0);
        i += 2;
        continue;
      }
    }
    if (c0 == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x80) {  // U+3000 ideographic space
      out += ' ';
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

}  // namespace

std::string normalize_key(const core::Value& value, const KeyNormalization& options) {
  std::string key = core::to_text(value);
  if (options.fullwidth_to_halfwidth) key = halfwidth(key);
  key = trim(key);
  const bool digits = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits && options.zero_pad > 0 && key.size() < static_cast<std::size_t>(options.zero_pad))
    key.insert(0, static_cast<std::size_t>(options.zero_pad) - key.size(), '0');
  return key;
}

}  // namespace ruralatlas::analysis
