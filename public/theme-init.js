// Applies the reader's stored theme before first paint (a file, not inline, for the CSP), and
// marks the page as scripted so the theme button, whose slot is always laid out, becomes visible
// without moving anything.
document.documentElement.setAttribute('data-js', '');
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
