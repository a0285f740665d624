#include "report/AtomicFile.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace unloadcheck;

namespace {

// A fresh directory per test, removed afterwards, so that "nothing else is
// in it" is a meaningful check.
class AtomicFileTest : public ::testing::Test {
protected:
  void SetUp() override {
    const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("unloadcheck-atomic-" + std::to_string(::getpid()) + "-" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(dir_))
      names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  static std::string read(const fs::path &path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }

  fs::path dir_;
};

} // namespace

TEST_F(AtomicFileTest, WritesCompleteFileAndNoTemporary) {
  std::string path = (dir_ / "out.sarif").string();
  std::string error;
  ASSERT_TRUE(writeFileAtomically(path, "{\"version\": \"2.1.0\"}\n", error)) << error;
  EXPECT_EQ(error, "");
  EXPECT_EQ(read(path), "{\"version\": \"2.1.0\"}\n");
  EXPECT_EQ(entries(), std::vector<std::string>{"out.sarif"});
}

TEST_F(AtomicFileTest, ReplacesExistingFile) {
  std::string path = (dir_ / "out.sarif").string();
  std::ofstream(path) << "an older and much longer log that must not survive in part";
  std::string error;
  ASSERT_TRUE(writeFileAtomically(path, "new", error)) << error;
  EXPECT_EQ(read(path), "new");
  EXPECT_EQ(entries(), std::vector<std::string>{"out.sarif"});
}

TEST_F(AtomicFileTest, MissingDirectoryFailsAndCreatesNothing) {
  std::string path = (dir_ / "missing" / "out.sarif").string();
  std::string error;
  EXPECT_FALSE(writeFileAtomically(path, "content", error));
  EXPECT_EQ(error, "cannot write '" + path + "': No such file or directory");
  EXPECT_TRUE(entries().empty());
}

TEST_F(AtomicFileTest, FailedRenameLeavesNoTemporary) {
  // The temporary file is written, then the rename onto a non-empty
  // directory fails: the temporary must be cleaned up.
  fs::create_directories(dir_ / "out.sarif" / "occupied");
  std::string path = (dir_ / "out.sarif").string();
  std::string error;
  EXPECT_FALSE(writeFileAtomically(path, "content", error));
  EXPECT_EQ(error.rfind("cannot write '" + path + "': ", 0), 0u) << error;
  EXPECT_EQ(entries(), std::vector<std::string>{"out.sarif"});
  EXPECT_TRUE(fs::is_directory(dir_ / "out.sarif" / "occupied"));
}

TEST_F(AtomicFileTest, EmptyPathIsAnError) {
  std::string error;
  EXPECT_FALSE(writeFileAtomically("", "content", error));
  EXPECT_EQ(error, "cannot write '': not a file name");
}
