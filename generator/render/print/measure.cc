#include "render/print/measure.h"

#include <cstdlib>
#include <sstream>

namespace renkei {

namespace {

constexpr const char kBegin[] = "<pre>RENKEI-MEASURE[";

// 96 CSS pixels = 1 inch = 25.4 mm. Differences under 0.5 mm are rounding.
constexpr const char kScript[] = R"(<script>
(function () {
  var out = [], px = 25.4 / 96;
  document.querySelectorAll('.sheet').forEach(function (sheet, s) {
    sheet.querySelectorAll('[data-panel]').forEach(function (panel) {
      var body = panel.querySelector('.panel-body');
      var over = (body.scrollHeight - body.clientHeight) * px;
      var wide = (body.scrollWidth - body.clientWidth) * px;
      if (over > 0.5 || wide > 0.5)
        out.push(s + ' ' + panel.dataset.panel + ' ' + over.toFixed(1) + ' ' + wide.toFixed(1));
    });
  });
  var pre = document.createElement('pre');
  pre.textContent = 'RENKEI-' + 'MEASURE[' + out.join(';') + ']';
  document.body.appendChild(pre);
})();
</script>
)";

}  // namespace

std::string WithMeasureScript(const std::string& html) {
  const size_t end = html.rfind("</body>");
  if (end == std::string::npos) return html + kScript;
  return html.substr(0, end) + kScript + html.substr(end);
}

bool ParseMeasurement(const std::string& dom, std::vector<PanelOverflow>* out) {
  const size_t begin = dom.find(kBegin);
  if (begin == std::string::npos) return false;
  const size_t from = begin + sizeof(kBegin) - 1;
  const size_t end = dom.find(']', from);
  if (end == std::string::npos) return false;
  std::stringstream entries(dom.substr(from, end - from));
  std::string entry;
  while (std::getline(entries, entry, ';')) {
    std::istringstream fields(entry);
    PanelOverflow o;
    if (fields >> o.sheet >> o.panel >> o.over_mm >> o.wide_mm) out->push_back(o);
  }
  return true;
}

}  // namespace renkei
