// Markdown for lint: cmark-gfm's tree gives the blocks (paragraphs, headings,
// table cells) whose text is checked, and the links, images, tables and
// headings whose structure is. Code spans and blocks, link destinations and
// raw HTML never reach the text checks.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

#include "lint/checks.h"
#include "util/text.h"

namespace renkei::lint {

namespace {

struct Placed {
  Location where;
  bool exact = false;
};

class Walker {
 public:
  Walker(const MarkdownSource& src, Sink& sink)
      : src_(src), sink_(sink), heading_level_(src.outer_heading) {}

  void Block(cmark_node* node);

 private:
  std::string_view Line(int md_line) const {
    if (md_line < 1 || md_line > static_cast<int>(src_.lines.size())) return {};
    return src_.lines[md_line - 1];
  }
  // The place of `node`, checked against the source: cmark's inline positions
  // are bytes and sometimes off, so `literal` (when given) is looked up on the line.
  Placed Place(cmark_node* node, std::string_view literal) const;
  void Inlines(cmark_node* parent, LintText& text);
  void TextBlock(cmark_node* node, TextKind kind);
  static std::string PlainText(cmark_node* node);

  const MarkdownSource& src_;
  Sink& sink_;
  int heading_level_;  // of the heading before
};

Placed Walker::Place(cmark_node* node, std::string_view literal) const {
  const int md_line = cmark_node_get_start_line(node);
  const int byte_col = cmark_node_get_start_column(node);
  const std::string_view line = Line(md_line);
  if (line.empty() || byte_col < 1) return {src_.fallback, false};
  const int file_line = src_.first_line + md_line - 1;
  auto at = [&](size_t byte) {
    return Placed{{src_.path, file_line, static_cast<int>(Utf8Length(line.substr(0, byte))) + 1},
                  true};
  };
  const size_t byte = std::min<size_t>(byte_col - 1, line.size());
  if (literal.empty() || line.substr(byte).starts_with(literal)) return at(byte);
  const size_t found = line.find(literal);
  if (found != std::string_view::npos) return at(found);
  Placed p = at(byte);
  p.exact = false;
  return p;
}

std::string Walker::PlainText(cmark_node* node) {
  std::string out;
  for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
    const cmark_node_type type = cmark_node_get_type(c);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
      out += cmark_node_get_literal(c);
    else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
      out += ' ';
    else
      out += PlainText(c);
  }
  return out;
}

void Walker::Inlines(cmark_node* parent, LintText& text) {
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT: {
        const std::string_view lit = cmark_node_get_literal(n);
        const Placed p = Place(n, lit);
        text.Append(lit, p.where, p.exact);
        break;
      }
      case CMARK_NODE_CODE: {
        const std::string_view lit = cmark_node_get_literal(n);
        text.Append(lit, Place(n, lit).where, false, Mark::kVerbatim);
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        text.AppendBreak();
        break;
      case CMARK_NODE_HTML_INLINE:
        CheckHtml(cmark_node_get_literal(n), Place(n, "<").where, sink_);
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: {
        const bool image = cmark_node_get_type(n) == CMARK_NODE_IMAGE;
        const std::string label = PlainText(n);
        const std::string_view url = cmark_node_get_url(n) ? cmark_node_get_url(n) : "";
        Placed p = Place(n, image ? "![" : "[");
        if (!p.exact) p = Place(n, label.empty() ? std::string_view(url) : label);
        if (image)
          CheckImageAlt(label, url, p.where, sink_);
        else
          CheckLinkText(label, url, p.where, sink_);
        Inlines(n, text);
        break;
      }
      default:
        Inlines(n, text);  // emphasis, strong, strikethrough
    }
  }
}

void Walker::TextBlock(cmark_node* node, TextKind kind) {
  LintText text(kind, src_.label);
  Inlines(node, text);
  CheckText(text, sink_);
}

void Walker::Block(cmark_node* node) {
  const std::string_view type = cmark_node_get_type_string(node);
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
      TextBlock(node, TextKind::kBody);
      return;
    case CMARK_NODE_HEADING:
      CheckHeadingLevel(cmark_node_get_heading_level(node), &heading_level_, PlainText(node),
                        Place(node, "").where, sink_);
      TextBlock(node, TextKind::kHeading);
      return;
    case CMARK_NODE_HTML_BLOCK:
      CheckHtml(cmark_node_get_literal(node), Place(node, "").where, sink_);
      return;
    case CMARK_NODE_CODE_BLOCK:
      return;
    default:
      break;
  }
  if (type == "table_cell") {
    TextBlock(node, TextKind::kTableCell);
    return;
  }
  if (type == "table") {
    cmark_node* header = cmark_node_first_child(node);
    bool empty = header != nullptr;
    for (cmark_node* cell = header ? cmark_node_first_child(header) : nullptr; cell;
         cell = cmark_node_next(cell))
      empty = empty && Trim(PlainText(cell)).empty();
    CheckTableHeader(empty, Place(node, "").where, sink_);
  }
  for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) Block(c);
}

}  // namespace

void LintMarkdown(std::string_view markdown, const MarkdownSource& source, Sink& sink) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(CMARK_OPT_DEFAULT),
                                                                cmark_parser_free);
  for (const char* ext : {"table", "autolink", "strikethrough"})
    if (cmark_syntax_extension* e = cmark_find_syntax_extension(ext))
      cmark_parser_attach_syntax_extension(parser.get(), e);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, void (*)(cmark_node*)> doc(cmark_parser_finish(parser.get()),
                                                         cmark_node_free);
  sink.set_label(source.label);
  Walker(source, sink).Block(doc.get());
  sink.set_label("");
}

}  // namespace renkei::lint
