/* Text size (標準/大/特大) and colour scheme switches, remembered across pages.
   Without JavaScript the switches stay hidden and the site works as it is. */
(function () {
  var prefs = document.getElementById('prefs');
  if (!prefs) return;
  var root = document.documentElement;
  var defaults = { size: 'normal', scheme: 'standard' };
  function current(name) { return root.getAttribute('data-' + name) || defaults[name]; }
  function refresh() {
    var buttons = prefs.querySelectorAll('button[data-pref]');
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      b.setAttribute('aria-pressed', String(current(b.getAttribute('data-pref')) === b.getAttribute('data-value')));
    }
  }
  prefs.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-pref]');
    if (!b) return;
    var name = b.getAttribute('data-pref');
    var value = b.getAttribute('data-value');
    if (value === defaults[name]) root.removeAttribute('data-' + name);
    else root.setAttribute('data-' + name, value);
    try { localStorage.setItem('renkei-' + name, value); } catch (err) { /* not remembered */ }
    refresh();
  });
  refresh();
  prefs.hidden = false;
})();
