#include "frontend/CaseInsensitiveFileSystem.h"

#include <clang/Basic/FileManager.h>
#include <clang/Basic/FileSystemOptions.h>
#include <clang/Frontend/FrontendActions.h>
#include <clang/Frontend/TextDiagnosticBuffer.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using unloadcheck::CaseInsensitiveFileSystem;
namespace vfs = llvm::vfs;

namespace {

llvm::IntrusiveRefCntPtr<vfs::InMemoryFileSystem>
makeMemFS(std::initializer_list<std::pair<const char *, const char *>> Files) {
  auto FS = llvm::makeIntrusiveRefCnt<vfs::InMemoryFileSystem>();
  for (const auto &[Path, Content] : Files)
    FS->addFile(Path, 0, llvm::MemoryBuffer::getMemBufferCopy(Content));
  return FS;
}

std::string readAll(vfs::FileSystem &FS, const llvm::Twine &Path) {
  auto F = FS.openFileForRead(Path);
  if (!F)
    return "<open failed: " + F.getError().message() + ">";
  auto Buf = (*F)->getBuffer("");
  return Buf ? (*Buf)->getBuffer().str() : "<read failed>";
}

// Counts listings so the test can pin down the negative-result caching that
// keeps header search from re-listing directories on every probe.
class CountingFS : public vfs::ProxyFileSystem {
public:
  using ProxyFileSystem::ProxyFileSystem;
  vfs::directory_iterator dir_begin(const llvm::Twine &Dir,
                                    std::error_code &EC) override {
    ++DirBegins;
    return ProxyFileSystem::dir_begin(Dir, EC);
  }
  int DirBegins = 0;
};

struct TempDir {
  llvm::SmallString<128> Path;
  TempDir() {
    EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("cifs-test", Path));
  }
  ~TempDir() { llvm::sys::fs::remove_directories(Path); }

  std::string file(llvm::StringRef Rel, llvm::StringRef Content) const {
    llvm::SmallString<128> Full(Path);
    llvm::sys::path::append(Full, Rel);
    EXPECT_FALSE(llvm::sys::fs::create_directories(
        llvm::sys::path::parent_path(Full)));
    std::error_code EC;
    llvm::raw_fd_ostream Out(Full, EC);
    EXPECT_FALSE(EC) << Full.str().str();
    Out << Content;
    return std::string(Full);
  }
  std::string operator/(llvm::StringRef Rel) const {
    return (Path + "/" + Rel).str();
  }
};

} // namespace

TEST(CaseInsensitiveFileSystem, ExactMatchPassesThrough) {
  auto Mem = makeMemFS({{"/w/inc/driver.h", "exact"}});
  auto FS = llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(Mem);

  auto S = FS->status("/w/inc/driver.h");
  ASSERT_TRUE(S);
  EXPECT_EQ(S->getName(), "/w/inc/driver.h");
  EXPECT_EQ(readAll(*FS, "/w/inc/driver.h"), "exact");
}

TEST(CaseInsensitiveFileSystem, FileNameCaseDiffers) {
  auto Mem = makeMemFS({{"/w/inc/driver.h", "x"}});
  auto FS = llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(Mem);

  auto S = FS->status("/w/inc/Driver.H");
  ASSERT_TRUE(S);
  EXPECT_EQ(S->getName(), "/w/inc/Driver.H");
  EXPECT_FALSE(S->ExposesExternalVFSPath);
  EXPECT_EQ(S->getUniqueID(), Mem->status("/w/inc/driver.h")->getUniqueID());
  EXPECT_TRUE(FS->exists("/w/inc/DRIVER.h"));

  auto F = FS->openFileForRead("/w/inc/Driver.H");
  ASSERT_TRUE(F);
  EXPECT_EQ((*F)->status()->getName(), "/w/inc/Driver.H");
  EXPECT_EQ((*F)->status()->getUniqueID(), S->getUniqueID());
  EXPECT_EQ(readAll(*FS, "/w/inc/Driver.H"), "x");
}

TEST(CaseInsensitiveFileSystem, DirectoryCaseDiffers) {
  auto Mem = makeMemFS({{"/w/src/inc/driver.h", "x"}});
  auto FS = llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(Mem);

  EXPECT_EQ(readAll(*FS, "/W/Src/INC/Driver.h"), "x");
  auto Dir = FS->status("/w/SRC/Inc");
  ASSERT_TRUE(Dir);
  EXPECT_TRUE(Dir->isDirectory());
  EXPECT_EQ(Dir->getName(), "/w/SRC/Inc");
}

TEST(CaseInsensitiveFileSystem, Backslashes) {
  auto Mem = makeMemFS({{"/w/inc/driver.h", "x"}, {"/w/src/a.c", ""}});
  ASSERT_FALSE(Mem->setCurrentWorkingDirectory("/w/src"));
  auto FS = llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(Mem);

  EXPECT_EQ(readAll(*FS, "/w\\inc\\driver.h"), "x");
  EXPECT_EQ(readAll(*FS, "..\\inc\\driver.h"), "x");
  EXPECT_EQ(readAll(*FS, "..\\INC\\Driver.H"), "x");
  auto S = FS->status("/w/src\\..\\Inc\\Driver.H");
  ASSERT_TRUE(S);
  EXPECT_EQ(S->getName(), "/w/src\\..\\Inc\\Driver.H");
}

TEST(CaseInsensitiveFileSystem, MissingStaysMissing) {
  auto Mem = makeMemFS({{"/w/inc/driver.h", "x"}});
  auto FS = llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(Mem);

  for (const char *Missing :
       {"/w/inc/other.h", "/w/INC/Other.h", "/w/nope/driver.h",
        "\\w\\inc\\missing.h", "/w/inc/driver.h/x", "/w/inc/driver.hh"}) {
    SCOPED_TRACE(Missing);
    auto S = FS->status(Missing);
    ASSERT_FALSE(S);
    EXPECT_EQ(S.getError(), std::errc::no_such_file_or_directory);
    EXPECT_FALSE(FS->openFileForRead(Missing));
    EXPECT_FALSE(FS->exists(Missing));
    llvm::SmallString<64> Real;
    EXPECT_TRUE(FS->getRealPath(Missing, Real));
  }
}

TEST(CaseInsensitiveFileSystem, ExactMatchPreferredOverCaseVariant) {
  auto Mem = makeMemFS({{"/w/foo.h", "lower"},
                        {"/w/Foo.h", "title"},
                        {"/w/FOO.h", "upper"},
                        {"/w/d/Bar/x.h", "Bar"},
                        {"/w/d/bar/x.h", "bar"}});
  auto FS = llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(Mem);

  EXPECT_EQ(readAll(*FS, "/w/foo.h"), "lower");
  EXPECT_EQ(readAll(*FS, "/w/Foo.h"), "title");
  EXPECT_EQ(readAll(*FS, "/w/FOO.h"), "upper");
  // No exact match: first in byte-wise order, "FOO.h" < "Foo.h" < "foo.h".
  EXPECT_EQ(readAll(*FS, "/w/fOO.h"), "upper");
  // An exact directory component wins over a variant too.
  EXPECT_EQ(readAll(*FS, "/w/d/bar/X.H"), "bar");
  EXPECT_EQ(readAll(*FS, "/w/d/BAR/X.H"), "Bar");
}

TEST(CaseInsensitiveFileSystem, MissingDirectoriesAreListedOnce) {
  auto Counting = llvm::makeIntrusiveRefCnt<CountingFS>(
      makeMemFS({{"/w/inc/driver.h", "x"}}));
  auto FS = llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(Counting);

  // Header search shape: the same names probed under every -I directory.
  for (int Round = 0; Round < 3; ++Round)
    for (const char *Dir : {"/w/inc", "/w/km", "/w/shared", "/opt/wdk/inc"})
      for (const char *Name : {"ntddk.h", "wdm.h", "Driver.h"})
        FS->status(std::string(Dir) + "/" + Name);
  // Only "/", "/w" and "/w/inc": the missing directories are already absent
  // from their parents' listings, so they are never listed themselves.
  EXPECT_EQ(Counting->DirBegins, 3);
}

TEST(CaseInsensitiveFileSystem, RealFileSystem) {
  TempDir T;
  std::string Lower = T.file("Inc/driver.h", "lower");
  T.file("Inc/DRIVER.h", "upper");
  T.file("src/main.c", "");
  auto FS = llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(
      vfs::createPhysicalFileSystem());

  EXPECT_EQ(readAll(*FS, T / "Inc/driver.h"), "lower");
  EXPECT_EQ(readAll(*FS, T / "inc/driver.h"), "lower");
  EXPECT_EQ(readAll(*FS, T / "inc/DRIVER.h"), "upper");
  EXPECT_EQ(readAll(*FS, T / "INC/Driver.H"), "upper"); // "DRIVER.h" sorts first
  EXPECT_EQ(readAll(*FS, T / "src\\..\\inc\\driver.h"), "lower");
  EXPECT_FALSE(FS->exists(T / "inc/missing.h"));
  EXPECT_FALSE(FS->exists(T / "nope\\driver.h"));

  std::string Requested = T / "SRC\\..\\INC\\driver.h";
  auto S = FS->status(Requested);
  ASSERT_TRUE(S);
  EXPECT_EQ(S->getName(), Requested);
  llvm::sys::fs::UniqueID RealID;
  ASSERT_FALSE(llvm::sys::fs::getUniqueID(Lower, RealID));
  EXPECT_EQ(S->getUniqueID(), RealID);

  llvm::SmallString<128> Real, Expected;
  ASSERT_FALSE(FS->getRealPath(T / "inc/driver.h", Real));
  ASSERT_FALSE(llvm::sys::fs::real_path(Lower, Expected));
  EXPECT_EQ(Real, Expected);
}

TEST(CaseInsensitiveFileSystem, FileManagerSharesOneEntryAcrossSpellings) {
  TempDir T;
  std::string OnDisk = T.file("inc/other.h", "x");
  clang::FileManager Files(
      clang::FileSystemOptions(),
      llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(
          vfs::createPhysicalFileSystem()));

  std::string Spelling = T / "INC\\Other.H";
  auto Spelled = Files.getFileRef(Spelling, /*OpenFile=*/true);
  ASSERT_TRUE(bool(Spelled));
  auto Exact = Files.getFileRef(OnDisk, /*OpenFile=*/true);
  ASSERT_TRUE(bool(Exact));

  EXPECT_EQ(Spelled->getName(), Spelling);
  EXPECT_EQ(Exact->getName(), OnDisk);
  EXPECT_EQ(&Spelled->getFileEntry(), &Exact->getFileEntry());
  llvm::SmallString<128> Expected;
  ASSERT_FALSE(llvm::sys::fs::real_path(OnDisk, Expected));
  EXPECT_EQ(Files.getCanonicalName(*Spelled), Expected);
}

namespace {

// Runs a syntax-only compile over MainFile through a FileManager on FS, so
// the lookups are exactly the ones Clang's header search makes.
void expectCleanCompile(llvm::IntrusiveRefCntPtr<vfs::FileSystem> FS,
                        const std::string &MainFile,
                        const std::string &IncludeDir) {
  auto Files = llvm::makeIntrusiveRefCnt<clang::FileManager>(
      clang::FileSystemOptions(), FS);
  clang::TextDiagnosticBuffer Diags;
  // Once a header is known under one spelling, Clang warns about every other
  // spelling of it; expected noise for Windows sources.
  clang::tooling::ToolInvocation Invocation(
      {"clang", "-fsyntax-only", "-nostdinc", "-Wno-nonportable-include-path",
       "-I" + IncludeDir, MainFile},
      std::make_unique<clang::SyntaxOnlyAction>(), Files.get());
  Invocation.setDiagnosticConsumer(&Diags);

  EXPECT_TRUE(Invocation.run());
  for (auto It = Diags.err_begin(); It != Diags.err_end(); ++It)
    ADD_FAILURE() << "error: " << It->second;
  for (auto It = Diags.warn_begin(); It != Diags.warn_end(); ++It)
    ADD_FAILURE() << "warning: " << It->second;
}

// Each header is reached through several spellings. Had the FS produced a
// distinct file per spelling, the struct redefinitions would be errors.
constexpr const char *MainSource = R"c(
#include "SUB\Header.H"
#include "sub/header.h"
#include "Sub\HEADER.h"
#include <Other.h>
#include <other.H>
#include "..\Inc\Guarded.H"
#include "../inc/guarded.h"
int main(void) { return sub_value + other_value + guarded_value; }
)c";
constexpr const char *SubHeader =
    "#pragma once\nstruct Sub { int x; };\nenum { sub_value = 1 };\n";
constexpr const char *OtherHeader =
    "#pragma once\nstruct Other { int x; };\nenum { other_value = 2 };\n";
constexpr const char *GuardedHeader =
    "#ifndef GUARDED_H\n#define GUARDED_H\nstruct Guarded { int x; };\n"
    "enum { guarded_value = 3 };\n#endif\n";

} // namespace

TEST(CaseInsensitiveFileSystem, ClangParsesWindowsStyleIncludesInMemory) {
  auto Mem = makeMemFS({{"/w/src/main.c", MainSource},
                        {"/w/src/sub/header.h", SubHeader},
                        {"/w/inc/other.h", OtherHeader},
                        {"/w/inc/guarded.h", GuardedHeader}});
  expectCleanCompile(llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(Mem),
                     "/w/src/main.c", "/w/INC");
}

TEST(CaseInsensitiveFileSystem, ClangParsesWindowsStyleIncludesOnDisk) {
  TempDir T;
  std::string Main = T.file("src/main.c", MainSource);
  T.file("src/sub/header.h", SubHeader);
  T.file("inc/other.h", OtherHeader);
  T.file("inc/guarded.h", GuardedHeader);
  expectCleanCompile(llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(
                         vfs::createPhysicalFileSystem()),
                     Main, T / "INC");
}

TEST(CaseInsensitiveFileSystem, ClangStillReportsMissingHeaders) {
  auto Mem = makeMemFS({{"/w/src/main.c", "#include \"Missing.h\"\n"}});
  auto Files = llvm::makeIntrusiveRefCnt<clang::FileManager>(
      clang::FileSystemOptions(),
      llvm::makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(Mem));
  clang::TextDiagnosticBuffer Diags;
  clang::tooling::ToolInvocation Invocation(
      {"clang", "-fsyntax-only", "-nostdinc", "/w/src/main.c"},
      std::make_unique<clang::SyntaxOnlyAction>(), Files.get());
  Invocation.setDiagnosticConsumer(&Diags);
  EXPECT_FALSE(Invocation.run());
  ASSERT_EQ(std::distance(Diags.err_begin(), Diags.err_end()), 1);
  EXPECT_NE(Diags.err_begin()->second.find("not found"), std::string::npos);
}
