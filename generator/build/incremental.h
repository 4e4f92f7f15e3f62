// What changed since the last build. BuildState fingerprints every input (the
// content, the templates, the assets and the renkei binary itself) against the
// previous build's manifest, so that a build with nothing changed can stop at
// once, and a build with a few changes can take every output whose key did not
// change over from the previous tree (OutputTree::Reuse).
#pragma once

#include <cstdint>
#include <future>
#include <map>
#include <ostream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "build/manifest.h"
#include "build/stamps.h"
#include "render/render_context.h"
#include "util/diagnostic.h"
#include "util/scanned_content.h"
#include "write/output_tree.h"

namespace renkei {

class BuildState {
 public:
  /// Reads the manifest in settings.out_dir (if any) and fingerprints the inputs.
  BuildState(const std::string& content_dir, const BuildSettings& settings);

  /// True when no input changed since the last successful build and all of its
  /// output files are still there, unchanged in size.
  bool UpToDate() const;
  /// Prints what the last build printed about the content (its warnings).
  void ReplayDiagnostics(std::ostream& msg, bool quiet) const;
  size_t previous_outputs() const { return previous_.out.size(); }
  /// Each file of the previous output and the key it was rendered under,
  /// moved out (10,600 paths at N = 10,000: copying them faulted in 1 MB):
  /// after it, previous_outputs() is 0.
  StringMap<OutputFile> TakePreviousFiles();
  const InputKeys& keys() const { return keys_; }
  /// Every input by name ("content/pages/a.md", "renkei") and its hash.
  const std::map<std::string, uint64_t>& inputs() const { return inputs_; }
  /// The content directory's entries and the files read to be hashed, by
  /// their names in it ("pages/a.md"): for the loaders (once).
  ScannedContent TakeScannedContent() { return std::move(scanned_); }

  /// Starts writing down this build's stamps (10,000 lines at N = 10,000), for
  /// Record, while the build goes on: once it is known not to be up to date.
  void StartStamps();
  /// For a build that is UpToDate: writes this build's stamps over the last
  /// one's when it read inputs that the next build need not read again (a
  /// fresh checkout with its output restored, as a CI cache does, has no stamp
  /// of its own: without this, every up-to-date build read all its inputs).
  /// The site itself is not touched.
  void KeepStamps();
  /// Writes this build's manifest and stamps into `out`, after everything else
  /// was written.
  void Record(OutputTree& out, const Diagnostics& diags);

 private:
  struct InputFile {
    std::string name, path;  // "content/pages/a.md", where it is on disk
    bool stamped = false;    // lstat worked: stamp is valid
    FileStamp stamp;
    int dir_fd = -1;         // its root folder opened (the content's), or -1
    size_t relative_at = 0;  // where path's part relative to that folder starts
  };
  /// Adds every regular file under `dir` to files_, named "<as>/<relative path>".
  void ListFiles(const std::string& dir, const std::string& as);
  /// Hashes files_ into inputs_, on every core: files whose stamp did not
  /// change since the last build keep their hash without being read. Of the
  /// content files the loaders read, scanned_ keeps the records' bytes and
  /// the pages' hashes.
  void HashFiles(int jobs);

  std::string out_dir_;
  Manifest previous_;
  /// Every input by name ("content/pages/a.md") and hash, sorted: hashed in
  /// this order into the build's keys.
  std::map<std::string, uint64_t> inputs_;
  uint64_t inputs_key_ = 0;  ///< All of them in one key (Manifest::inputs).
  Stamps previous_stamps_;
  int64_t taken_ns_ = 0;  ///< When this build started listing its inputs.
  /// Inputs read because their stamp was new or changed, which the stamps of
  /// this build would spare the next one (changed well before taken_ns_).
  size_t restamped_ = 0;
  /// This build's stamps, names into inputs_ (kept as a list: see Stamps::Serialize).
  std::vector<Stamps::Named> current_stamps_;
  std::future<std::string> stamps_text_;  // current_stamps_ serialized (StartStamps)
  std::vector<InputFile> files_;  // their names moved into inputs_ once hashed
  int content_fd_ = -1;  // the content's root, open until its files are read
  ScannedContent scanned_;
  InputKeys keys_;
};

/// When the build of the output tree `tree` finished: the modification time of
/// its manifest (ns since the epoch), 0 when it has none.
int64_t FinishedAt(const std::string& tree);
/// The spare of the output `out_dir` (the tree the next build updates in
/// place) as listed now, for OutputTree::SetRecycled: listed while the content
/// loads, before the build takes it over.
RecycledTree ListSpare(const std::string& out_dir);

}  // namespace renkei
