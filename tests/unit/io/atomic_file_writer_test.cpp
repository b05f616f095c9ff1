#include <unistd.h>

#include <fstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "io/atomic_file_writer.hpp"
#include "support/cli_runner.hpp"

using namespace ruralatlas;

namespace {

std::size_t entries(const std::filesystem::path& folder) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder), {}));
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST(AtomicFileWriter, NothingAppearsUntilCommit) {
  test::TempDir dir;
  const auto target = dir / "map.pdf";
  io::AtomicFileWriter writer(target);
  EXPECT_EQ(writer.temp_path().parent_path(), dir.path()) << "same folder, so the rename is atomic";
  EXPECT_EQ(writer.temp_path().extension(), ".pdf") << "drivers pick the format by extension";
  std::ofstream(writer.temp_path()) << "%PDF";
  EXPECT_FALSE(std::filesystem::exists(target));
  writer.commit();
  EXPECT_EQ(slurp(target), "%PDF");
  EXPECT_EQ(entries(dir.path()), 1u) << "no temporary file left";
}

TEST(AtomicFileWriter, ExceptionBeforeCommitLeavesNoFileAndKeepsTheOldOne) {
  test::TempDir dir;
  const auto target = dir / "map.png";
  std::ofstream(target) << "old";
  try {
    io::AtomicFileWriter writer(target);
    std::ofstream(writer.temp_path()) << "half";
    throw std::runtime_error("rendering failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(slurp(target), "old");
  EXPECT_EQ(entries(dir.path()), 1u) << "temporary file removed";
}

TEST(AtomicFileWriter, CommitReplacesAnExistingFile) {
  test::TempDir dir;
  const auto target = dir / "table.csv";
  std::ofstream(target) << "old";
  io::AtomicFileWriter writer(target);
  std::ofstream(writer.temp_path()) << "new";
  writer.commit();
  EXPECT_EQ(slurp(target), "new");
}

TEST(AtomicFileWriter, ShapefilePartsMoveTogether) {
  test::TempDir dir;
  {
    io::AtomicFileWriter writer(dir / "out.shp");
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
      std::ofstream(std::filesystem::path(writer.temp_path()).replace_extension(ext)) << ext;
    writer.commit();
  }
  for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
    EXPECT_EQ(slurp(dir / (std::string("out") + ext)), ext);
  EXPECT_EQ(entries(dir.path()), 5u);
}

TEST(AtomicFileWriter, UncommittedShapefileLeavesNoPart) {
  test::TempDir dir;
  {
    io::AtomicFileWriter writer(dir / "out.shp");
    for (const char* ext : {".shp", ".shx", ".dbf"})
      std::ofstream(std::filesystem::path(writer.temp_path()).replace_extension(ext)) << ext;
  }
  EXPECT_EQ(entries(dir.path()), 0u);
}

TEST(AtomicFileWriter, MissingFolderIsAnOutputErrorNamingThePath) {
  test::TempDir dir;
  const auto target = dir / "no_such_folder" / "map.pdf";
  try {
    io::AtomicFileWriter writer(target);
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Output);
    EXPECT_NE(std::string(e.what()).find(target.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("folder does not exist"), std::string::npos) << e.what();
  }
}

TEST(AtomicFileWriter, ExistingTargetWithoutOverwriteIsAnError) {
  test::TempDir dir;
  std::ofstream(dir / "map.pdf") << "old";
  EXPECT_THROW(io::AtomicFileWriter(dir / "map.pdf", false), core::Error);
}

TEST(AtomicFileWriter, ReadOnlyFolderIsAnOutputErrorBeforeAnyWork) {
  test::TempDir dir;
  const auto folder = dir / "ro";
  std::filesystem::create_directory(folder);
  std::filesystem::permissions(folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  if (::access(folder.c_str(), W_OK) == 0) {
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
    GTEST_SKIP() << "this user (root?) may write into a read-only folder, so the case cannot be made";
  }
  try {
    io::AtomicFileWriter writer(folder / "map.pdf");
    ADD_FAILURE() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Output);
    EXPECT_NE(std::string(e.what()).find("map.pdf"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("cannot write"), std::string::npos) << e.what();
  }
  std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
}

TEST(AtomicFileWriter, CommitWithoutWritingIsAnError) {
  test::TempDir dir;
  io::AtomicFileWriter writer(dir / "map.pdf");
  EXPECT_THROW(writer.commit(), core::Error);
  EXPECT_FALSE(std::filesystem::exists(dir / "map.pdf"));
}

TEST(AtomicFileWriter, FolderThatRefusesFilesIsAnOutputError) {
  // /proc exists as a folder but takes no new files, even from root (which ignores chmod).
  ASSERT_TRUE(std::filesystem::is_directory("/proc"));
  try {
    io::AtomicFileWriter writer("/proc/map.pdf");
    FAIL() << "expected an error";
  } catch (const core::Error& e) {
    EXPECT_EQ(e.kind(), core::ErrorKind::Output);
    EXPECT_NE(std::string(e.what()).find("/proc/map.pdf"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("cannot write in the output folder"), std::string::npos) << e.what();
  }
}
