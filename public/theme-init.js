// Applies the reader's stored theme before first paint (a file, not inline, for the CSP).
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
