// Transparent huge pages for an incremental build's heap.
//
// A one-page edit rebuild at N = 10,000 takes over the last build's pages and
// records (~150 MB of fresh heap) and faulted them in 4 KB at a time: 40,000
// page faults, a third of its 0.2 s. With glibc's `glibc.malloc.hugetlb=1`
// tunable, malloc advises its heaps for 2 MB pages (where the system allows
// them: "madvise" in /sys/kernel/mm/transparent_hugepage/enabled, Debian's
// default) and the same build takes 2,600 faults and 0.17 s. glibc reads its
// tunables only from the environment when a program starts, hence the one
// re-execution. A full build gains nothing from it and peaks ~30 MB higher, so
// only a build that will update an earlier output asks for it.
#pragma once

#include <string>
#include <vector>

namespace renkei {

/// Runs renkei again as `args` (without the program name) with glibc's heap
/// on huge pages, unless GLIBC_TUNABLES already says how (the user's choice,
/// or this re-execution). Returns only when it does not, or cannot, re-run.
void RerunWithHugePageHeap(const std::vector<std::string>& args);

/// True when this process's heap was asked for huge pages (--timings says so).
bool HugePageHeap();

}  // namespace renkei
