/* Offline site search. search/pages.js lists the pages; search/index-N.js hold,
   for every character and pair of adjacent characters, the pages containing it
   (gaps between page numbers, base 36). Both are loaded with <script src>, which
   works from file:// where fetch() does not. The gram rules match renkei's
   render/site/search_index.cc. */
(function () {
  var docs = [], shardCount = 1, shards = {}, base = '';
  var word = /[\p{L}\p{M}\p{N}]/u;

  function normalize(s) { return s.normalize('NFKC').toLowerCase(); }

  function grams(q) {
    var out = [], run = [];
    function flush() {
      if (run.length === 1) out.push(run[0]);
      for (var i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      run = [];
    }
    for (var ch of normalize(q)) {
      if (word.test(ch)) run.push(ch); else flush();
    }
    flush();
    return out;
  }

  function shardOf(gram) {
    var cps = Array.from(gram, function (c) { return c.codePointAt(0); });
    return (cps[0] * 31 + (cps[1] || 0)) % shardCount;
  }

  function postings(gram) {
    var text = (shards[shardOf(gram)] || {})[gram];
    if (!text) return [];
    var out = [], last = 0, parts = text.split(',');
    for (var i = 0; i < parts.length; i++) { last += parseInt(parts[i], 36); out.push(last); }
    return out;
  }

  function load(ids, done) {
    var waiting = 0;
    ids.forEach(function (id) {
      if (shards[id]) return;
      waiting++;
      var s = document.createElement('script');
      s.src = base + 'search/index-' + id + '.js';
      s.onload = s.onerror = function () { if (--waiting === 0) done(); };
      document.body.appendChild(s);
    });
    if (waiting === 0) done();
  }

  function show(query, found) {
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    list.textContent = '';
    if (!query) { status.textContent = ''; return; }
    status.textContent = found.length ? '「' + query + '」を含むページ：' + found.length + '件'
                                      : '「' + query + '」を含むページは見つかりませんでした。';
    found.forEach(function (i) {
      var d = docs[i], li = document.createElement('li'), a = document.createElement('a');
      a.href = base + d[0];
      a.textContent = d[1];
      li.appendChild(a);
      if (d[2]) { var p = document.createElement('p'); p.textContent = d[2]; li.appendChild(p); }
      list.appendChild(li);
    });
  }

  function search(query) {
    query = query.trim();
    var gs = grams(query);
    if (!gs.length) { show(query, []); return; }
    var ids = [];
    gs.forEach(function (g) { var id = shardOf(g); if (ids.indexOf(id) < 0) ids.push(id); });
    load(ids, function () {
      var result = null;
      gs.forEach(function (g) {
        var p = postings(g);
        var set = new Set(p);
        result = result === null ? p : result.filter(function (i) { return set.has(i); });
      });
      var terms = normalize(query).split(/\s+/);
      result = (result || []).map(function (i, order) {
        var title = normalize(docs[i][1]), text = normalize(docs[i][1] + ' ' + docs[i][2]);
        var score = 0;
        terms.forEach(function (t) { if (title.indexOf(t) >= 0) score += 2; else if (text.indexOf(t) >= 0) score += 1; });
        return { i: i, score: score, order: order };
      }).sort(function (a, b) { return b.score - a.score || a.order - b.order; })
        .map(function (r) { return r.i; });
      show(query, result);
    });
  }

  window.renkeiSearch = {
    pages: function (list, count) {
      docs = list;
      shardCount = count;
      var script = document.currentScript;
      base = script ? script.src.replace(/search\/pages\.js(\?.*)?$/, '') : '../';
      var q = new URLSearchParams(location.search).get('q') || '';
      var input = document.getElementById('search-query');
      if (input) input.value = q;
      search(q);
    },
    shard: function (id, map) { shards[id] = map; }
  };
})();
