/* Applies the reader's text size and colour scheme before the page is drawn. */
(function () {
  try {
    var d = document.documentElement;
    var size = localStorage.getItem('renkei-size');
    var scheme = localStorage.getItem('renkei-scheme');
    if (size) d.setAttribute('data-size', size);
    if (scheme) d.setAttribute('data-scheme', scheme);
  } catch (e) { /* storage may be disabled: keep the defaults */ }
})();
