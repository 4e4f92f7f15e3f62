#include "load/library_archive.h"

#include <concepts>
#include <cstdint>
#include <cstring>
#include <map>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include "util/varint.h"

namespace renkei {

namespace {

template <class T, class U>
concept Like = std::same_as<std::remove_const_t<T>, U>;

// The field lists: one per model type, for Writer (const) and Reader alike.
// The size checks make a new field a compile error until it is listed here
// (sizes of Debian 12's x86-64 libstdc++, the one platform renkei targets).

template <class A, Like<Diagnostic> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Diagnostic) == 80);
  a(x.where, x.severity, x.message);
}
template <class A, Like<Date> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Date) == 12);
  a(x.year, x.month, x.day);
}
template <class A, Like<Amount> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Amount) == 32);
  a(x.yen, x.container_yen);
}
template <class A, Like<Contact> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Contact) == 256);
  a(x.name, x.department, x.phone, x.fax, x.email, x.address, x.hours, x.url);
}
template <class A, Like<Taxonomy> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Taxonomy) == 64);
  a(x.id, x.label);
}
template <class A, Like<ReportSettings> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(ReportSettings) == 112);
  a(x.years, x.as_of, x.source, x.notes);
}
template <class A, Like<LintSettings> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(LintSettings) == 144);
  a(x.disable, x.allow, x.ignore, x.max_sentence_chars, x.max_kanji_run, x.where);
}
template <class A, Like<Site> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Site) == 832);
  a(x.title, x.publisher, x.base_url, x.description, x.prefecture, x.prefecture_code,
    x.municipality_code, x.list_page_size, x.contact, x.taxonomies, x.report, x.lint, x.text_where,
    x.where);
}
template <class A, Like<Municipality> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Municipality) == 208);
  a(x.code, x.name, x.kana, x.prefecture, x.prefecture_code, x.exclude, x.where);
}
template <class A, Like<Indicator> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Indicator) == 144);
  a(x.id, x.label, x.rollup_any, x.item, x.parent, x.depth, x.children, x.where);
}
template <class A, Like<Item> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Item) == 216);
  a(x.id, x.marker, x.label, x.purpose, x.examples, x.indicators, x.where);
}
// Status records are kept as their bytes, not field by field: a national site
// has 313,380, and decoding eight varints each was most of a rebuild's
// loading. (The archive is read only by the binary that wrote it.)
template <class T>
constexpr bool kKeptAsBytes = false;
template <>
constexpr bool kKeptAsBytes<StatusRecord> = true;
static_assert(std::has_unique_object_representations_v<StatusRecord>,  // no padding: same bytes
              "StatusRecord is written as its bytes");
static_assert(std::is_trivially_copyable_v<StatusRecord>);
template <class A, Like<BudgetLine> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(BudgetLine) == 336);
  a(x.id, x.title, x.kind, x.category, x.part_of, x.note, x.source, x.fiscal_year, x.amount,
    x.parent, x.parts, x.where);
}
template <class A, Like<ProjectModel> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(ProjectModel) == 192);
  a(x.id, x.name, x.summary, x.body_markdown, x.facets, x.where);
}
template <class A, Like<OutcomeFigure> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(OutcomeFigure) == 112);
  a(x.id, x.label, x.part_of, x.value, x.parent);
}
template <class A, Like<Outcome> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Outcome) == 280);
  a(x.id, x.activity, x.item, x.fiscal_year, x.actions, x.effects, x.figures_title, x.figures_unit,
    x.figures, x.where);
}
template <class A, Like<PageParam> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(PageParam) == 64);
  a(x.scalar, x.list, x.is_list);
}
template <class A, Like<Page> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Page) == 424);
  // Not body_markdown: the load cache reads it from the page's file when it
  // is asked for (LoadCache::TakePage), at body_offset.
  a(x.source, x.title, x.slug, x.description, x.url_path, x.order, x.date, x.draft, x.tags,
    x.params, x.body_key, x.body_line, x.body_offset, x.front_matter, x.front_matter_line, x.where);
}

template <class A, Like<PamphletEvent> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(PamphletEvent) == 304);
  a(x.date, x.start, x.end, x.doors, x.place, x.address, x.organiser, x.capacity, x.fee,
    x.apply_markdown);
}
template <class A, Like<PamphletBlock> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(PamphletBlock) == 616);
  a(x.kind, x.panel, x.heading, x.ref, x.section, x.markdown, x.alt, x.url, x.height_mm, x.event,
    x.where, x.key_path);
}
template <class A, Like<Pamphlet> T>
void Fields(A& a, T& x) {
  static_assert(sizeof(Pamphlet) == 264);
  a(x.id, x.title, x.subtitle, x.format, x.modes, x.qr_url, x.large_print, x.blocks, x.where,
    x.key_path);
}

template <class T>
concept Number = std::is_integral_v<T> || std::is_enum_v<T>;

/// Appends values: numbers as zigzag varints, containers with their sizes,
/// model types by their field lists (Fields below), and each Location's path
/// once per archive (313,380 status records name 470 files).
class Writer {
 public:
  template <class... T>
  void operator()(const T&... values) {
    (Put(values), ...);
  }
  std::string& bytes() { return out_; }

  template <Number T>
  void Put(T v) {
    const auto n = static_cast<int64_t>(v);
    PutVarint((static_cast<uint64_t>(n) << 1) ^ (n < 0 ? ~uint64_t{0} : 0), &out_);  // zigzag
  }
  void Put(const std::string& s) { PutString(s, &out_); }
  void Put(const SharedText& s) { PutString(s, &out_); }
  void Put(const Location& l) {
    const auto [it, added] = paths_.emplace(l.path, paths_.size());
    Put(it->second);
    if (added) Put(l.path);
    Put(l.line);
    Put(l.column);
  }
  template <class T>
  void Put(const std::vector<T>& v) {
    Put(v.size());
    if constexpr (kKeptAsBytes<T>) {
      if (!v.empty()) out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    } else {
      for (const T& x : v) Put(x);
    }
  }
  template <class T>
  void Put(const std::optional<T>& v) {
    Put(v.has_value());
    if (v) Put(*v);
  }
  template <class K, class V>
  void Put(const std::map<K, V>& m) {
    Put(m.size());
    for (const auto& [k, v] : m) (*this)(k, v);
  }
  template <class A, class B>
  void Put(const std::pair<A, B>& p) {
    (*this)(p.first, p.second);
  }
  template <class T>
  requires std::is_class_v<T>
  void Put(const T& v) { Fields(*this, v); }

 private:
  std::string out_;
  std::unordered_map<std::string, size_t> paths_;
};

/// Reads what Writer wrote, into the same types. Every size is checked against
/// the bytes left, so a damaged archive fails (ok() is false) instead of
/// allocating wildly or reading past its end.
class Reader {
 public:
  /// With an `owner` keeping `in` alive, SharedText values borrow their bytes
  /// from `in` instead of copying them.
  explicit Reader(std::string_view in, std::shared_ptr<const void> owner = nullptr)
      : in_(in), owner_(std::move(owner)) {}
  template <class... T>
  void operator()(T&... values) {
    (Get(values), ...);
  }
  /// True when every value was read and nothing is left over.
  bool done() const { return ok_ && in_.empty(); }

  template <Number T>
  void Get(T& v) {
    uint64_t u = 0;
    if (!ok_ || !GetVarint(&in_, &u)) return Fail();
    v = static_cast<T>(static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1));
  }
  void Get(std::string& s) {
    if (!ok_ || !GetString(&in_, &s)) Fail();
  }
  void Get(SharedText& s) {
    std::string_view v;
    if (!ok_ || !GetView(&in_, &v)) return Fail();
    s = owner_ ? SharedText(v, owner_) : SharedText(std::string(v));
  }
  void Get(Location& l) {
    size_t n = 0;
    Get(n);
    if (ok_ && n == paths_.size()) {
      paths_.emplace_back();
      Get(paths_.back());
    }
    if (!ok_ || n >= paths_.size()) return Fail();
    l.path = paths_[n];
    (*this)(l.line, l.column);
  }
  template <class T>
  void Get(std::vector<T>& v) {
    size_t n = 0;
    Get(n);
    if (!ok_ || n > in_.size()) return Fail();  // every value takes a byte at least
    v.clear();
    if constexpr (kKeptAsBytes<T>) {
      if (n > in_.size() / sizeof(T)) return Fail();
      v.resize(n);
      if (n > 0)  // an empty vector's data() may be null, which memcpy must not get
        std::memcpy(static_cast<void*>(v.data()), in_.data(), n * sizeof(T));
      in_.remove_prefix(n * sizeof(T));
    } else {
      v.resize(n);
      for (T& x : v) Get(x);
    }
  }
  template <class T>
  void Get(std::optional<T>& v) {
    bool has = false;
    Get(has);
    v.reset();
    if (has) Get(v.emplace());
  }
  template <class K, class V>
  void Get(std::map<K, V>& m) {
    size_t n = 0;
    Get(n);
    m.clear();
    for (size_t i = 0; ok_ && i < n; ++i) {
      std::pair<K, V> kv;
      (*this)(kv.first, kv.second);
      m.insert(std::move(kv));
    }
  }
  template <class A, class B>
  void Get(std::pair<A, B>& p) {
    (*this)(p.first, p.second);
  }
  template <class T>
  requires std::is_class_v<T>
  void Get(T& v) { Fields(*this, v); }

 private:
  void Fail() { ok_ = false; }

  std::string_view in_;
  std::shared_ptr<const void> owner_;
  bool ok_ = true;
  std::vector<std::string> paths_;
};

/// The records of a Library and their diagnostics, listed once: for writing,
/// reading and taking over.
template <Like<Library> L, Like<LoadedRecords> D>
auto RecordMembers(L& lib, D& d) {
  return std::tie(lib.site, lib.municipalities, lib.items, lib.indicators, lib.statuses,
                  lib.status_files, lib.status_notes, lib.budgets, lib.models, lib.outcomes,
                  d.first, d.statuses, d.others);
}

}  // namespace

std::string EncodeRecords(const Library& lib, const LoadedRecords& diags) {
  Writer w;
  std::apply(w, RecordMembers(lib, diags));
  return std::move(w.bytes());
}

bool DecodeRecords(std::string_view bytes, Library* lib, LoadedRecords* diags) {
  Library records;  // all or nothing
  LoadedRecords records_diags;
  Reader r(bytes);
  auto from = RecordMembers(records, records_diags);
  std::apply(r, from);
  if (!r.done()) return false;
  // Member by member: the Library's pages may be loading on another thread.
  auto to = RecordMembers(*lib, *diags);
  [&]<size_t... I>(std::index_sequence<I...>) {
    ((std::get<I>(to) = std::move(std::get<I>(from))), ...);
  }
  (std::make_index_sequence<std::tuple_size_v<decltype(to)>>());
  return true;
}

std::string EncodePamphlets(const std::vector<Pamphlet>& pamphlets,
                            const std::vector<Diagnostic>& diags) {
  Writer w;
  w.Put(pamphlets);
  w.Put(diags);
  return std::move(w.bytes());
}

bool DecodePamphlets(std::string_view bytes, std::vector<Pamphlet>* pamphlets,
                     std::vector<Diagnostic>* diags) {
  Reader r(bytes);
  r(*pamphlets, *diags);
  return r.done();
}

std::string EncodePage(const LoadedPage& p) {
  return EncodePage(p.page ? &*p.page : nullptr, p.diags);
}

std::string EncodePage(const Page* page, const std::vector<Diagnostic>& diags) {
  Writer w;
  // Room for its front matter and the fields around it at once.
  if (page) w.bytes().reserve(page->front_matter.size() + 512);
  w.Put(page != nullptr);  // as Put(std::optional<Page>) writes it
  if (page) w.Put(*page);
  w.Put(diags);
  return std::move(w.bytes());
}

bool DecodePage(std::string_view bytes, LoadedPage* p, std::shared_ptr<const void> owner) {
  Reader r(bytes, std::move(owner));
  r(p->page, p->diags);
  return r.done();
}

}  // namespace renkei
