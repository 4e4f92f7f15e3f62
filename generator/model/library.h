// The in-memory model of a whole content directory (Zola's "Library"): what the
// loaders produce and what every renderer reads. Plain data; the rules that
// derive figures from it live in their own files (tabulation, budget_totals).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/amount.h"
#include "model/japanese_date.h"
#include "model/pamphlet.h"
#include "model/status.h"
#include "util/diagnostic.h"
#include "util/shared_text.h"

namespace renkei {

struct Contact {
  std::string name, department, phone, fax, email, address, hours, url;
  bool empty() const { return name.empty() && phone.empty() && email.empty() && address.empty(); }
  friend bool operator==(const Contact&, const Contact&) = default;
};

/// A facet of project models (e.g. lead_body = 連携拠点となる主体).
struct Taxonomy {
  std::string id, label;
  friend bool operator==(const Taxonomy&, const Taxonomy&) = default;
};

struct ReportSettings {
  std::vector<int> years;  ///< Pinned fiscal years; empty = every surveyed year.
  std::string as_of;       ///< e.g. 平成28年度末時点
  std::string source;      ///< e.g. the department that surveyed
  std::vector<std::string> notes;
  friend bool operator==(const ReportSettings&, const ReportSettings&) = default;
};

/// site.yaml `lint:`: settings of the Japanese text checks of `renkei check` (docs/lint.md).
struct LintSettings {
  std::vector<std::string> disable;  ///< Check ids turned off everywhere, e.g. kanji-run.
  std::vector<std::string> allow;    ///< Words never flagged, e.g. proper nouns in full-width.
  /// File relative to the content directory (e.g. status/2015.csv) -> check ids silenced there.
  std::map<std::string, std::vector<std::string>> ignore;
  int max_sentence_chars = 100;  ///< A longer sentence is noted (info).
  int max_kanji_run = 6;         ///< A run of this many kanji without ruby is noted (info).
  Location where;                ///< Of the `lint:` key; 0:0 when absent.
  friend bool operator==(const LintSettings&, const LintSettings&) = default;
};

struct Site {
  std::string title, publisher, base_url, description;
  std::string prefecture;         ///< Name, e.g. 東京都; may be empty.
  int prefecture_code = 0;        ///< 1..47, 0 when unknown.
  std::string municipality_code;  ///< 6 digits when the site belongs to one municipality.
  /// Entries on each page of the news and tag lists: a screenful or two on a
  /// phone, as the news lists of municipal sites show.
  int list_page_size = 20;
  Contact contact;
  std::vector<Taxonomy> taxonomies;
  ReportSettings report;
  LintSettings lint;
  /// Place of each text field by key path ("description", "contact.hours",
  /// "report.notes[0]"), for the text checks; absent ones are at `where`.
  std::map<std::string, Location> text_where;
  Location where;
  friend bool operator==(const Site&, const Site&) = default;
};

struct Municipality {
  std::string code;  ///< 6-digit 全国地方公共団体コード with check digit.
  std::string name, kana, prefecture;
  int prefecture_code = 0;
  std::string exclude;  ///< Empty = counted in denominators; otherwise the reason (e.g. 島しょ).
  Location where;
  bool counted() const { return exclude.empty(); }
  friend bool operator==(const Municipality&, const Municipality&) = default;
};

/// One survey indicator. Indicators of all items are kept in one vector in
/// document (pre-)order, which is the row order of every table.
struct Indicator {
  std::string id, label;
  bool rollup_any = false;    ///< Computed: done when any indicator below was done.
  int item = -1;              ///< Index into Library::items.
  int parent = -1;            ///< Index into Library::indicators, -1 at the top.
  int depth = 0;              ///< 0 at the top of its item.
  std::vector<int> children;  ///< Indices into Library::indicators.
  Location where;
  /// A node with children and no rollup has no figures of its own.
  bool heading_only() const { return !rollup_any && !children.empty(); }
  bool is_leaf() const { return children.empty(); }
  friend bool operator==(const Indicator&, const Indicator&) = default;
};

/// A program item (ア)〜(ク).
struct Item {
  std::string id, marker, label, purpose;
  std::vector<std::string> examples;
  std::vector<int> indicators;  ///< All of its indicators in pre-order.
  Location where;
  friend bool operator==(const Item&, const Item&) = default;
};

struct StatusRecord {
  int fiscal_year = 0;
  int municipality = -1;  ///< Index into Library::municipalities.
  int indicator = -1;     ///< Index into Library::indicators (always a leaf).
  Status status = Status::kNotDone;
  int note = -1;  ///< Index into Library::status_notes; -1: none (most records).
  /// Where it was read (see Library::WhereOf). A national site has 313,380
  /// records: a note and a Location of their own made each 88 bytes plus a
  /// heap copy of the path; now 32.
  int file = -1;  ///< Index into Library::status_files.
  int line = 0, column = 0;
  friend bool operator==(const StatusRecord&, const StatusRecord&) = default;
};

struct BudgetLine {
  std::string id, title, kind, category, part_of, note, source;
  int fiscal_year = 0;
  Amount amount;
  int parent = -1;         ///< Index of the part_of line, -1 when top level.
  std::vector<int> parts;  ///< Indices of lines that are part of this one.
  Location where;
  friend bool operator==(const BudgetLine&, const BudgetLine&) = default;
};

struct ProjectModel {
  std::string id, name, summary, body_markdown;
  /// Facet values by taxonomy id, in the order of Site::taxonomies.
  std::vector<std::pair<std::string, std::vector<std::string>>> facets;
  Location where;
  friend bool operator==(const ProjectModel&, const ProjectModel&) = default;
};

struct OutcomeFigure {
  std::string id, label, part_of;
  long long value = 0;
  int parent = -1;  ///< Index within Outcome::figures of the row it is inside (うち).
  friend bool operator==(const OutcomeFigure&, const OutcomeFigure&) = default;
};

struct Outcome {
  std::string id, activity, item;
  int fiscal_year = 0;
  std::vector<std::string> actions, effects;
  std::string figures_title, figures_unit;
  std::vector<OutcomeFigure> figures;
  Location where;
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

/// A front matter value renkei does not know, kept for templates.
struct PageParam {
  std::string scalar;
  std::vector<std::string> list;
  bool is_list = false;
  friend bool operator==(const PageParam&, const PageParam&) = default;
};

struct Page {
  std::string source;  ///< Path relative to content/pages, e.g. news/symposium.md
  std::string title, slug, description;
  std::string url_path;  ///< Output directory relative to the site root, e.g. "news/symposium/".
  int order = 0;
  std::optional<Date> date;
  bool draft = false;
  std::vector<std::string> tags;
  std::map<std::string, PageParam> params;
  /// Read from its file when something asks for it (load/page_body.h); the
  /// renderer reads it for one use (SharedText::Use), so that the bodies of
  /// all pages are never in memory at once.
  SharedText body_markdown;
  /// HashBytes(body_markdown), taken when the file is read: a rebuild keys its
  /// pages without reading 48 MB of text that did not change (N = 10,000).
  uint64_t body_key = 0;
  int body_line = 1;          ///< Line of the file where the body starts.
  size_t body_offset = 0;     ///< Byte of the file where the body starts.
  SharedText front_matter;    ///< The YAML text between the --- lines (for exact positions).
  int front_matter_line = 2;  ///< Line of the file where `front_matter` starts.
  Location where;
  friend bool operator==(const Page&, const Page&) = default;
};

struct Library {
  std::string content_dir;
  Site site;
  std::vector<Municipality> municipalities;
  std::vector<Item> items;
  std::vector<Indicator> indicators;
  std::vector<StatusRecord> statuses;
  std::vector<std::string> status_files;  ///< As shown in messages; StatusRecord::file.
  std::vector<std::string> status_notes;  ///< StatusRecord::note.
  std::vector<BudgetLine> budgets;
  std::vector<ProjectModel> models;
  std::vector<Outcome> outcomes;
  std::vector<Page> pages;
  std::vector<Pamphlet> pamphlets;

  /// Index lookups; -1 when absent.
  int FindIndicator(std::string_view id) const;
  int FindMunicipality(std::string_view six_digit_code) const;
  int FindItem(std::string_view id) const;
  /// The page a pamphlet's `page:` names: the one at that address (with or
  /// without its last /), else the one with that slug; -1 when none. With
  /// several of that slug, `ambiguous` (when given) is set and the last one
  /// is returned.
  int FindPage(std::string_view ref, bool* ambiguous = nullptr) const;
  /// Where status record `r` was read.
  Location WhereOf(const StatusRecord& r) const;
  /// The note of status record `r`; empty when it has none.
  const std::string& NoteOf(const StatusRecord& r) const;
};

}  // namespace renkei
