// Live Markdown preview for the content editor. The page works without it: "Save and preview" renders the same
// previews on the server. Here each Markdown field is sent, a moment after typing stops, to the editor's
// Markdown handler, which renders it with the public site's pipeline (so the preview is exactly what will show).
(function () {
  var form = document.getElementById('editor');
  if (!form || !window.fetch) return;
  var url = form.getAttribute('data-markdown');
  var token = form.querySelector('input[name="__RequestVerificationToken"]');
  var timers = new WeakMap();
  form.addEventListener('input', function (event) {
    var field = event.target;
    if (!field.matches || !field.matches('textarea.markdown')) return;
    clearTimeout(timers.get(field));
    timers.set(field, setTimeout(function () {
      var body = new URLSearchParams();
      body.set('text', field.value);
      if (token) body.set('__RequestVerificationToken', token.value);
      fetch(url, { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          var output = document.getElementById(field.getAttribute('data-preview'));
          if (html === null || !output) return;
          output.innerHTML = html; // sanitised server-side by the same HtmlSanitizer as the public pages
          output.closest('details').open = true;
        })
        .catch(function () { /* offline: the server preview on save still works */ });
    }, 400));
  });
})();
