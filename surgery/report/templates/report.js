// Behaviour of the report page: token labels filled in when a head is shown, show-all, hover read-out.
(function () {
  var TOK = JSON.parse(document.getElementById('tokens').textContent);
  function labels(el) {
    var toks = TOK[+el.dataset.w] || [];
    var frag = document.createDocumentFragment();
    toks.forEach(function (t) { var d = document.createElement('div'); d.textContent = t; d.title = t; frag.appendChild(d); });
    el.textContent = ''; el.appendChild(frag);
  }
  function fill(sec) {
    if (!sec || !sec.classList.contains('head') || sec.dataset.filled) return;
    sec.dataset.filled = '1';
    sec.querySelectorAll('.xlab, .ylab').forEach(function (el) { labels(el); });
  }
  function onHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id) fill(document.getElementById(id));
  }
  window.addEventListener('hashchange', onHash);
  onHash();
  document.getElementById('showall').addEventListener('click', function () {
    var all = document.body.classList.toggle('all');
    this.textContent = all ? 'hide heads' : 'show all heads';
    if (all) document.querySelectorAll('section.head').forEach(fill);
  });
  document.addEventListener('mousemove', function (e) {
    var img = e.target;
    if (!img.classList || !img.classList.contains('hm')) return;
    var n = +img.dataset.n, toks = TOK[+img.dataset.w] || [], r = img.getBoundingClientRect();
    var q = Math.min(n - 1, Math.floor((e.clientY - r.top) / r.height * n));
    var k = Math.min(n - 1, Math.floor((e.clientX - r.left) / r.width * n));
    var out = img.closest('figure').querySelector('.readout');
    out.textContent = 'query ' + q + ' ' + JSON.stringify(toks[q] || '') + '  ->  key ' + k + ' ' +
      JSON.stringify(toks[k] || '') + (k > q ? '  (masked)' : '');
  });
})();
