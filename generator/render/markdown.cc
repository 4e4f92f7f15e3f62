#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "render/markdown_arena.h"
#include "util/html_escape.h"

namespace renkei {

namespace {

// A private-use character stands for "\{" while cmark parses, so an escaped
// brace never starts furigana.
constexpr std::string_view kEscapedBrace = "\xEE\x80\x80";  // U+E000

/// The GFM extensions renkei renders with. Each is attached to a page's
/// parser only when the page has what it looks for (UsedExtensions): cmark-gfm
/// tries the table extension on every line of every paragraph and stops its
/// text runs at every ':' and 'w' for the autolinks. Over the benchmark's
/// 1,000 pages it ran 338 M instructions with all five attached, 265 M with
/// none; a 10,000-page build runs 1.5% fewer this way. The HTML is the same.
struct Extensions {
  cmark_syntax_extension *table = nullptr, *autolink = nullptr, *strikethrough = nullptr,
                         *tasklist = nullptr, *tagfilter = nullptr;
};

const Extensions& GetExtensions() {
  static Extensions ext;
  static std::once_flag once;
  std::call_once(once, [] {
    cmark_gfm_core_extensions_ensure_registered();
    ext.table = cmark_find_syntax_extension("table");
    ext.autolink = cmark_find_syntax_extension("autolink");
    ext.strikethrough = cmark_find_syntax_extension("strikethrough");
    ext.tasklist = cmark_find_syntax_extension("tasklist");
    ext.tagfilter = cmark_find_syntax_extension("tagfilter");
  });
  return ext;
}

/// True when some line of `text` could be a table's delimiter row: only '|',
/// ':', '-' and blanks, with a '-' (cmark-gfm's table_start is narrower).
/// Only the lines with a '-' are looked at, each up to its first other character.
bool HasDelimiterRowShape(std::string_view text) {
  for (size_t dash = text.find('-'); dash != std::string_view::npos;) {
    const size_t start = text.rfind('\n', dash) + 1;  // npos + 1 = 0: the first line
    size_t i = start;
    while (i < text.size() && std::string_view("|:- \t\r").find(text[i]) != std::string_view::npos)
      ++i;
    if (i == text.size() || text[i] == '\n') return true;  // the whole line (it has the dash)
    const size_t end = text.find('\n', i);
    if (end == std::string_view::npos) return false;
    dash = text.find('-', end);
  }
  return false;
}

/// The extensions `markdown` can use, by what each of them looks for: a
/// delimiter row (tables), ':' of a URL, "www." or '@' of an e-mail address
/// (autolinks), '~' (strikethrough), '[' (task list items), '<' (raw HTML,
/// which the tag filter filters).
std::vector<cmark_syntax_extension*> UsedExtensions(std::string_view markdown) {
  const Extensions& ext = GetExtensions();
  const auto has = [&](std::string_view what) {
    return markdown.find(what) != std::string_view::npos;
  };
  std::vector<cmark_syntax_extension*> used;
  const auto use = [&](cmark_syntax_extension* e, bool needed) {
    if (e && needed) used.push_back(e);
  };
  use(ext.table, HasDelimiterRowShape(markdown));
  use(ext.autolink, has(":") || has("@") || has("www."));
  use(ext.strikethrough, has("~"));
  use(ext.tasklist, has("["));
  use(ext.tagfilter, has("<"));
  return used;
}

size_t Utf8CharLen(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

std::vector<std::string_view> Utf8Chars(std::string_view s) {
  std::vector<std::string_view> chars;
  for (size_t i = 0; i < s.size();) {
    size_t n = std::min(Utf8CharLen(static_cast<unsigned char>(s[i])), s.size() - i);
    chars.push_back(s.substr(i, n));
    i += n;
  }
  return chars;
}

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}

/// One `{base|reading|...}` found in text.
struct Ruby {
  size_t begin = 0, end = 0;  // byte range of the whole braces
  std::string_view base;
  std::vector<std::string_view> readings;
};

/// Finds the next furigana at or after `from`; false when there is none.
bool FindRuby(std::string_view text, size_t from, Ruby* r) {
  for (size_t open = text.find('{', from); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    size_t close = text.find_first_of("{}\n", open + 1);
    if (close == std::string_view::npos) return false;
    if (text[close] != '}') continue;
    std::string_view inner = text.substr(open + 1, close - open - 1);
    size_t bar = inner.find('|');
    if (bar == 0 || bar == std::string_view::npos) continue;
    Ruby found;
    found.begin = open;
    found.end = close + 1;
    found.base = inner.substr(0, bar);
    bool ok = true;
    for (size_t start = bar + 1;;) {
      size_t next = inner.find('|', start);
      std::string_view reading = inner.substr(
          start, next == std::string_view::npos ? std::string_view::npos : next - start);
      if (reading.empty()) ok = false;
      found.readings.push_back(reading);
      if (next == std::string_view::npos) break;
      start = next + 1;
    }
    if (!ok) continue;
    *r = found;
    return true;
  }
  return false;
}

void AppendRuby(std::string& out, const Ruby& r) {
  out += "<ruby>";
  std::vector<std::string_view> chars;
  if (r.readings.size() > 1) chars = Utf8Chars(r.base);
  if (r.readings.size() > 1 && chars.size() == r.readings.size()) {
    for (size_t i = 0; i < chars.size(); ++i) {
      AppendHtmlEscaped(out, chars[i]);
      out += "<rt>";
      AppendHtmlEscaped(out, r.readings[i]);
      out += "</rt>";
    }
  } else {
    AppendHtmlEscaped(out, r.base);
    out += "<rt>";
    for (std::string_view reading : r.readings) AppendHtmlEscaped(out, reading);
    out += "</rt>";
  }
  out += "</ruby>";
}

/// Splits a text node at its furigana into text and raw-HTML (custom inline) nodes.
/// Inside an image (alt text), furigana becomes its base text.
void ExpandFurigana(cmark_node* text_node, bool in_image, cmark_mem* mem) {
  std::string text = cmark_node_get_literal(text_node);
  Ruby r;
  if (!FindRuby(text, 0, &r)) {
    if (text.find(kEscapedBrace) != std::string::npos) {
      ReplaceAll(text, kEscapedBrace, "{");
      cmark_node_set_literal(text_node, text.c_str());
    }
    return;
  }
  auto insert_text = [&](std::string piece) {
    ReplaceAll(piece, kEscapedBrace, "{");
    if (piece.empty()) return;
    cmark_node* n = cmark_node_new_with_mem(CMARK_NODE_TEXT, mem);
    cmark_node_set_literal(n, piece.c_str());
    cmark_node_insert_before(text_node, n);
  };
  size_t pos = 0;
  do {
    insert_text(text.substr(pos, r.begin - pos));
    if (in_image) {
      insert_text(std::string(r.base));
    } else {
      std::string html;
      AppendRuby(html, r);
      cmark_node* n = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, mem);
      cmark_node_set_on_enter(n, html.c_str());
      cmark_node_set_on_exit(n, "");
      cmark_node_insert_before(text_node, n);
    }
    pos = r.end;
  } while (FindRuby(text, pos, &r));
  insert_text(text.substr(pos));
  cmark_node_free(text_node);
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

/// The link target as it should be written, or "" to drop it.
std::string FixUrl(std::string_view url, const MarkdownOptions& opt) {
  size_t skip = 0;
  while (skip < url.size() && static_cast<unsigned char>(url[skip]) <= ' ') ++skip;
  std::string_view u = url.substr(skip);
  for (std::string_view bad : {"javascript:", "vbscript:", "file:", "data:"})
    if (StartsWithNoCase(u, bad)) return "";
  std::string out(url);
  if (u.empty() || u[0] == '#' || u[0] == '?' || u.starts_with("//")) return out;
  const size_t path_end = u.find_first_of("?#");
  const size_t colon = u.find(':');
  if (colon != std::string_view::npos && colon < u.find('/') && colon < path_end)
    return out;  // has a scheme: https:, mailto:, tel:
  std::string path(u.substr(0, path_end));
  std::string rest(path_end == std::string_view::npos ? "" : u.substr(path_end));
  if (path.starts_with("/")) path = opt.root + path.substr(1);
  if (path.empty() || path.ends_with("/")) path += "index.html";
  return path + rest;
}

std::string RenderWithCmark(std::string_view markdown, const MarkdownOptions& opt) {
  int options = CMARK_OPT_SAFE | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
  if (opt.footnotes) options |= CMARK_OPT_FOOTNOTES;
  const MarkdownArenaScope arena;  // everything cmark allocates below goes at its end
  cmark_parser* parser = cmark_parser_new_with_mem(options, arena.mem());
  for (cmark_syntax_extension* e : UsedExtensions(markdown))
    cmark_parser_attach_syntax_extension(parser, e);

  std::string escaped;
  const bool has_escape = markdown.find("\\{") != std::string_view::npos;
  if (has_escape) {
    escaped.assign(markdown);
    ReplaceAll(escaped, "\\{", kEscapedBrace);
    markdown = escaped;
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* doc = cmark_parser_finish(parser);

  const bool has_brace = markdown.find('{') != std::string_view::npos || has_escape;
  if (has_brace) cmark_consolidate_text_nodes(doc);
  std::vector<std::pair<cmark_node*, bool>> texts;
  std::vector<cmark_node*> dropped;  // links and images whose target was dropped
  cmark_iter* iter = cmark_iter_new(doc);
  int image_depth = 0;
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_IMAGE) image_depth += ev == CMARK_EVENT_ENTER ? 1 : -1;
    if (ev != CMARK_EVENT_ENTER) continue;
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      const char* url = cmark_node_get_url(node);
      std::string fixed = FixUrl(url ? url : "", opt);
      if (has_escape) ReplaceAll(fixed, kEscapedBrace, "{");
      if (fixed.empty() && url && *url) dropped.push_back(node);
      if (fixed != (url ? url : "")) cmark_node_set_url(node, fixed.c_str());
    } else if (type == CMARK_NODE_TEXT && has_brace) {
      texts.emplace_back(node, image_depth > 0);
    } else if (has_escape && (type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK ||
                              type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK)) {
      std::string lit = cmark_node_get_literal(node);
      ReplaceAll(lit, kEscapedBrace, "\\{");
      cmark_node_set_literal(node, lit.c_str());
    }
  }
  cmark_iter_free(iter);
  for (auto [node, in_image] : texts) ExpandFurigana(node, in_image, arena.mem());
  // A dropped link keeps its text; a dropped image keeps its alt text.
  for (auto it = dropped.rbegin(); it != dropped.rend(); ++it) {
    cmark_node* node = *it;
    while (cmark_node* child = cmark_node_first_child(node)) {
      cmark_node_unlink(child);
      cmark_node_insert_before(node, child);
    }
    cmark_node_free(node);
  }

  const char* html = cmark_render_html_with_mem(
      doc, options, cmark_parser_get_syntax_extensions(parser), arena.mem());
  std::string result(html);
  cmark_parser_free(parser);  // the tree and the HTML need no freeing: the arena drops them
  return result;
}

bool IsBlockTag(std::string_view name) {
  // By length first: a page has a few hundred tags, and comparing each with
  // all 27 block tags in turn was a tenth of HtmlToText.
  switch (name.size()) {
    case 1:
      return name == "p";
    case 2:
      if (name[0] == 'h') return (name[1] >= '1' && name[1] <= '6') || name[1] == 'r';
      return name == "li" || name == "ul" || name == "ol" || name == "td" || name == "th" ||
             name == "tr" || name == "br" || name == "dt" || name == "dd";
    case 3:
      return name == "pre" || name == "div" || name == "nav";
    case 5:
      return name == "table";
    case 6:
      return name == "header" || name == "footer";
    case 7:
      return name == "caption" || name == "section";
    case 10:
      return name == "blockquote" || name == "figcaption";
    default:
      return false;
  }
}

void AppendCodePoint(std::string& out, unsigned long cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string RenderMarkdown(std::string_view markdown, const MarkdownOptions& options) {
  return RenderWithCmark(markdown, options);
}

std::string StripFurigana(std::string_view text) {
  std::string out;
  Ruby r;
  size_t pos = 0;
  while (FindRuby(text, pos, &r)) {
    out.append(text.substr(pos, r.begin - pos));
    out.append(r.base);
    pos = r.end;
  }
  out.append(text.substr(pos));
  return out;
}

std::string FuriganaHtml(std::string_view text) {
  std::string out;
  Ruby r;
  size_t pos = 0;
  while (FindRuby(text, pos, &r)) {
    AppendHtmlEscaped(out, text.substr(pos, r.begin - pos));
    AppendRuby(out, r);
    pos = r.end;
  }
  AppendHtmlEscaped(out, text.substr(pos));
  return out;
}

namespace {

/// Where the run of text from `i` ends: at the next tag, entity or space.
size_t TextRunEnd(std::string_view html, size_t i) {
  const auto stops = [](char c) {
    return c == '<' || c == '&' || c == ' ' || c == '\n' || c == '\t' || c == '\r';
  };
  constexpr uint64_t kHighBits = 0x8080808080808080;
  while (i < html.size()) {
    // Eight bytes at a time while they all belong to multibyte characters
    // (most of a Japanese text), which none of the stops is.
    uint64_t eight = 0;
    if (i + 8 <= html.size()) std::memcpy(&eight, html.data() + i, 8);
    if ((eight & kHighBits) == kHighBits) {
      i += 8;
      continue;
    }
    if (stops(html[i])) break;
    ++i;
  }
  return i;
}

}  // namespace

std::string HtmlToText(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  bool space = false;
  int in_rt = 0;
  auto put_space = [&] { space = !out.empty(); };
  for (size_t i = 0; i < html.size();) {
    const char c = html[i];
    if (c == '<') {
      // Tags are short: scanned here, where a call of memchr for each was a
      // fifth of this function.
      size_t end = i + 1;
      while (end < html.size() && html[end] != '>') ++end;
      if (end == html.size()) break;
      std::string_view tag = html.substr(i + 1, end - i - 1);
      const bool closing = !tag.empty() && tag[0] == '/';
      if (closing) tag.remove_prefix(1);
      size_t name_end = 0;
      while (name_end < tag.size() && tag[name_end] != ' ' && tag[name_end] != '\t' &&
             tag[name_end] != '\n' && tag[name_end] != '/')
        ++name_end;
      std::string_view name = tag.substr(0, name_end);
      if (name == "rt" || name == "rp") in_rt += closing ? -1 : 1;
      if (IsBlockTag(name)) put_space();
      i = end + 1;
      continue;
    }
    if (in_rt > 0) {
      ++i;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      put_space();
      ++i;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    if (c == '&') {
      size_t semi = html.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) {
        std::string_view ent = html.substr(i + 1, semi - i - 1);
        bool known = true;
        if (ent == "amp")
          out += '&';
        else if (ent == "lt")
          out += '<';
        else if (ent == "gt")
          out += '>';
        else if (ent == "quot")
          out += '"';
        else if (ent == "apos")
          out += '\'';
        else if (ent.size() > 1 && ent[0] == '#') {
          const bool hex = ent[1] == 'x' || ent[1] == 'X';
          std::string digits(ent.substr(hex ? 2 : 1));
          AppendCodePoint(out, std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10));
        } else {
          known = false;
        }
        if (known) {
          i = semi + 1;
          continue;
        }
      }
    }
    // The rest of a run of text up to the next tag, entity or space, in one
    // append (one push_back per byte was a third of this function).
    const size_t j = TextRunEnd(html, i + 1);
    out.append(html.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace renkei
