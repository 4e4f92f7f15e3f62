// The text fields of site.yaml and of the records that residents and staff
// read (labels, notes, effects). The loaders keep one place per record, so a
// finding is reported there with the field's name; --fix finds the text from
// that line on.
#include "lint/checks.h"

namespace renkei::lint {

namespace {

class RecordLinter {
 public:
  RecordLinter(const Library& lib, Sink& sink) : lib_(lib), sink_(sink) {}

  void Field(const Location& where, const char* name, const std::string& value) {
    if (value.empty()) return;
    Begin(where.path);
    LintText text(TextKind::kField, std::string("`") + name + "`");
    text.Append(value, where, false);
    CheckText(text, sink_);
  }
  void Fields(const Location& where, const char* name, const std::vector<std::string>& values) {
    for (const std::string& v : values) Field(where, name, v);
  }
  /// `outer_heading`: the level of the heading the text is shown under.
  void Markdown(const Location& where, const char* name, const std::string& value,
                int outer_heading = 1) {
    if (value.empty()) return;
    Begin(where.path);
    LintMarkdown(value,
                 {where.path, {}, where.line, where, std::string("`") + name + "`", outer_heading},
                 sink_);
  }

 private:
  void Begin(const std::string& path) {
    if (path == current_) return;
    current_ = path;
    sink_.BeginFile(FileIgnores(lib_, path), {});
  }

  const Library& lib_;
  Sink& sink_;
  std::string current_ = "\n";
};

Location SitePlace(const Site& site, const std::string& key) {
  auto it = site.text_where.find(key);
  return it != site.text_where.end() && it->second.line > 0 ? it->second : site.where;
}

}  // namespace

void LintRecords(const Library& lib, Sink& sink) {
  RecordLinter r(lib, sink);
  const Site& site = lib.site;
  for (const auto& [name, value] :
       {std::pair<const char*, const std::string*>{"title", &site.title},
        {"publisher", &site.publisher},
        {"description", &site.description},
        {"contact.name", &site.contact.name},
        {"contact.department", &site.contact.department},
        {"contact.address", &site.contact.address},
        {"contact.hours", &site.contact.hours},
        {"report.as_of", &site.report.as_of},
        {"report.source", &site.report.source}})
    r.Field(SitePlace(site, name), name, *value);
  for (size_t i = 0; i < site.report.notes.size(); ++i)
    r.Field(SitePlace(site, "report.notes[" + std::to_string(i) + "]"), "report.notes",
            site.report.notes[i]);
  for (const Municipality& m : lib.municipalities) {
    r.Field(m.where, "name", m.name);
    r.Field(m.where, "kana", m.kana);
  }
  for (const Item& item : lib.items) {
    r.Field(item.where, "label", item.label);
    r.Field(item.where, "purpose", item.purpose);
    r.Fields(item.where, "examples", item.examples);
  }
  for (const Indicator& ind : lib.indicators) r.Field(ind.where, "label", ind.label);
  for (const StatusRecord& s : lib.statuses) r.Field(lib.WhereOf(s), "note", lib.NoteOf(s));
  for (const BudgetLine& b : lib.budgets) {
    r.Field(b.where, "title", b.title);
    r.Field(b.where, "category", b.category);
    r.Field(b.where, "note", b.note);
    r.Field(b.where, "source", b.source);
  }
  for (const ProjectModel& m : lib.models) {
    r.Field(m.where, "name", m.name);
    r.Field(m.where, "summary", m.summary);
    r.Markdown(m.where, "body", m.body_markdown);
  }
  for (const Outcome& o : lib.outcomes) {
    r.Field(o.where, "activity", o.activity);
    r.Fields(o.where, "actions", o.actions);
    r.Fields(o.where, "effects", o.effects);
    r.Field(o.where, "figures.title", o.figures_title);
    for (const OutcomeFigure& f : o.figures) r.Field(o.where, "figures.label", f.label);
  }
  for (const Pamphlet& p : lib.pamphlets) {
    r.Field(p.where, "title", p.title);
    r.Field(p.where, "subtitle", p.subtitle);
    for (const PamphletBlock& b : p.blocks) {
      r.Field(b.where, "heading", b.heading);
      r.Markdown(b.where, "text", b.markdown, 2);  // under the section's <h2>
      r.Field(b.where, "alt", b.alt);
      for (const auto& [name, value] :
           {std::pair<const char*, const std::string*>{"place", &b.event.place},
            {"address", &b.event.address},
            {"organiser", &b.event.organiser},
            {"capacity", &b.event.capacity},
            {"fee", &b.event.fee}})
        r.Field(b.where, name, *value);
      r.Markdown(b.where, "apply", b.event.apply_markdown, 3);  // under <h3>申し込み
    }
  }
}

}  // namespace renkei::lint
