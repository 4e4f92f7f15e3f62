#include "serve/live_reload.h"

#include <utility>

#include "render/opendata/table_writer.h"

namespace renkei {

void LiveReload::Built(bool changed, std::string error) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!changed && error == state_.error) return;  // nothing for a page to do
    if (changed) ++state_.site;
    state_.error = std::move(error);
    ++state_.version;
  }
  changed_.notify_all();
}

LiveReload::State LiveReload::Current() const {
  std::lock_guard<std::mutex> lock(mu_);
  return state_;
}

LiveReload::State LiveReload::Wait(uint64_t seen, std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mu_);
  changed_.wait_for(lock, timeout, [&] { return stopped_ || state_.version != seen; });
  return state_;
}

void LiveReload::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
  }
  changed_.notify_all();
}

std::string StateJson(const LiveReload::State& state) {
  return "{\"version\":" + std::to_string(state.version) +
         ",\"site\":" + std::to_string(state.site) +
         ",\"error\":" + opendata::JsonString(state.error) + "}";
}

std::string InjectReloadScript(std::string html, uint64_t site) {
  // An external script, not inline code, so that a page's Content-Security-Policy
  // allowing only 'self' scripts lets it run.
  const std::string tag =
      "<script src=\"/__renkei/live.js\" data-site=\"" + std::to_string(site) + "\"></script>";
  size_t at = html.rfind("</body>");
  if (at == std::string::npos) at = html.rfind("</BODY>");
  if (at == std::string::npos) at = html.size();
  html.insert(at, tag);
  return html;
}

std::string_view ReloadScript() {
  // The errors are inserted with textContent: they quote the content, which
  // must never be read as markup.
  return R"JS(// renkei serve: reloads this page when the site is rebuilt, and shows the
// errors of a failed build over it (the page is then the last good site).
(function () {
  'use strict';
  var me = document.currentScript;
  var site = Number(me && me.getAttribute('data-site'));
  var seen = 0;
  var box = null;
  function show(error) {
    if (!error) {
      if (box) box.remove();
      box = null;
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.id = 'renkei-serve-errors';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:1em;right:1em;bottom:1em;max-height:60vh;' +
        'overflow:auto;z-index:2147483647;margin:0;padding:1em;background:#fff;color:#a00;' +
        'border:3px solid #c00;box-shadow:0 0 1em rgba(0,0,0,.4);white-space:pre-wrap;' +
        'font:14px/1.5 monospace;text-align:left';
      document.body.appendChild(box);
    }
    box.textContent = 'renkei serve: ビルドに失敗しました。表示しているのは前回のサイトです。\n' +
      'The last build failed; this is the last good site.\n\n' + error;
  }
  function poll() {
    fetch('/__renkei/wait?v=' + seen, {cache: 'no-store'})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.site !== site) {
          location.reload();
          return;
        }
        show(s.error);
        var again = s.version === seen ? 500 : 0;  // a timed-out wait: ask again
        seen = s.version;
        setTimeout(poll, again);
      }, function () {
        setTimeout(poll, 1000);  // the server is restarting or stopped
      });
  }
  poll();
})();
)JS";
}

}  // namespace renkei
