#include "gui/caseless_text_search.hpp"

#include <QChar>
#include <array>

namespace ruralatlas::gui {

namespace {

constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> fold{};
  for (int c = 0; c < 128; ++c) fold[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return fold;
}();

/// Length of the UTF-8 sequence led by `lead` (1 for a stray byte).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xf0 && lead < 0xf8) return 4;
  if (lead >= 0xe0) return lead < 0xf0 ? 3 : 1;
  if (lead >= 0xc2) return 2;
  return 1;
}

/// The code point of a well-formed sequence of `length` bytes at `s`; 0 when malformed.
char32_t decode(const unsigned char* s, std::size_t length) {
  char32_t cp = length == 2 ? s[0] & 0x1f : length == 3 ? s[0] & 0x0f : s[0] & 0x07;
  for (std::size_t i = 1; i < length; ++i) {
    if ((s[i] & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3f);
  }
  return cp;
}

void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x800) {
    out += static_cast<char>(0xc0 | (cp >> 6));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xe0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
  }
  out += static_cast<char>(0x80 | (cp & 0x3f));
}

/// No letter of `utf8` changes when case-folded.
bool folds_to_itself(std::string_view utf8) {
  const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
  for (std::size_t i = 0; i < utf8.size();) {
    if (s[i] < 0x80) {
      if (s[i] >= 'A' && s[i] <= 'Z') return false;
      ++i;
      continue;
    }
    const std::size_t length = sequence_length(s[i]);
    const char32_t cp = length > 1 && i + length <= utf8.size() ? decode(s + i, length) : 0;
    if (cp != 0 && QChar::toCaseFolded(cp) != cp) return false;
    i += cp != 0 ? length : 1;
  }
  return true;
}

}  // namespace

void fold_case(std::string_view utf8, std::string& out) {
  out.clear();
  const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
  for (std::size_t i = 0; i < utf8.size();) {
    if (s[i] < 0x80) {
      out += kAsciiFold[s[i++]];
      continue;
    }
    const std::size_t length = sequence_length(s[i]);
    const char32_t cp = length > 1 && i + length <= utf8.size() ? decode(s + i, length) : 0;
    if (cp == 0) {
      out += static_cast<char>(s[i++]);  // malformed: the byte as is
      continue;
    }
    append_utf8(QChar::toCaseFolded(cp), out);
    i += length;
  }
}

CaselessNeedle::CaselessNeedle(std::string_view utf8) { fold_case(utf8, m_folded); }

bool CaselessNeedle::found_in(std::string_view utf8) const {
  // Most cells are their own case fold (Chinese text, codes, numbers): the plain search
  // answers for them, and only cells with letters that fold are copied folded.
  if (utf8.find(m_folded) != std::string_view::npos) return true;
  if (folds_to_itself(utf8)) return false;
  thread_local std::string folded;
  fold_case(utf8, folded);
  return folded.find(m_folded) != std::string::npos;
}

}  // namespace ruralatlas::gui
