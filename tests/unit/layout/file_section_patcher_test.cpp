#include <gtest/gtest.h>

#include <QBuffer>

#include "core/error.hpp"
#include "layout/file_section_patcher.hpp"

using namespace ruralatlas;
using namespace ruralatlas::layout;

namespace {

// Upper-cases every section; returns the patched bytes.
QByteArray upper_sections(const QByteArray& input, std::size_t* changed = nullptr, std::size_t* seen = nullptr) {
  QByteArray bytes = input;
  QBuffer file(&bytes);
  file.open(QIODevice::ReadWrite);
  std::size_t count = 0;
  const auto n = patch_file_sections(file, "<<", ">>", [&](QByteArray& s, std::size_t index) {
    EXPECT_EQ(index, count++);
    s = s.toUpper();
  });
  if (changed) *changed = n;
  if (seen) *seen = count;
  return bytes;
}

}  // namespace

TEST(layout_file_section_patcher, PatchesEverySectionInPlaceAndNothingElse) {
  std::size_t changed = 0, seen = 0;
  EXPECT_EQ(upper_sections("ab <<cd>> ef <<gh>> <<IJ>> kl", &changed, &seen), "ab <<CD>> ef <<GH>> <<IJ>> kl");
  EXPECT_EQ(seen, 3u);
  EXPECT_EQ(changed, 2u) << "an unchanged section is not written back";
}

TEST(layout_file_section_patcher, SectionsAndKeysAcrossBlockBoundaries) {
  // Blocks are 1 MiB: put sections, and keys split in two, across the first boundaries.
  const qsizetype block = 1 << 20;
  QByteArray input(3 * block + 100, 'x');
  QByteArray expected = input;
  const auto put = [&](qsizetype at, const QByteArray& text, const QByteArray& patched) {
    input.replace(at, text.size(), text);
    expected.replace(at, patched.size(), patched);
  };
  put(block - 1, "<<abc>>", "<<ABC>>");                 // begin key split by the boundary
  put(2 * block - 4, "<<de>f>>", "<<DE>F>>");           // end key split by the boundary
  put(2 * block + 500, QByteArray("<<") + QByteArray(block + 10, 'q') + ">>",
      QByteArray("<<") + QByteArray(block + 10, 'Q') + ">>");  // a section longer than a block
  EXPECT_EQ(upper_sections(input), expected);
}

TEST(layout_file_section_patcher, UnterminatedSectionIsLeftAlone) {
  EXPECT_EQ(upper_sections("<<ab>> <<cd"), "<<AB>> <<cd");
}

TEST(layout_file_section_patcher, APatchThatChangesLengthIsRefused) {
  QByteArray bytes("<<ab>>");
  QBuffer file(&bytes);
  file.open(QIODevice::ReadWrite);
  EXPECT_THROW(patch_file_sections(file, "<<", ">>", [](QByteArray& s, std::size_t) { s += "!"; }), core::Error);
  EXPECT_EQ(bytes, "<<ab>>") << "nothing written";
}
