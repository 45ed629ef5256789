/*
 * Mali civilian harm: embed loader, protocol version 1. https://mali-civilian-harm.github.io/embed/
 *
 * Include once or many times, anywhere on the page:
 *   <iframe src="https://…/embed/v1/<chart-id>/" data-mali-harm-embed …></iframe>
 *   <script src="https://…/embed/v1/loader.js" async></script>
 *
 * It does one thing: sets the height of our iframes to the height their content reports. It trusts
 * a message only if it comes from this script's own origin, from the contentWindow of one of our
 * iframes (marked data-mali-harm-embed, src on our origin), and is exactly
 * {type: 'mali-harm-embed:height', version: 1, height: <number>}. Everything else is ignored.
 * It stores nothing, sends nothing, and adds no globals (a symbol keeps it from running twice).
 */
(function () {
  'use strict';
  var TYPE = 'mali-harm-embed:height';
  var VERSION = 1;
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 5000;
  var ATTRIBUTE = 'data-mali-harm-embed';

  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin;
  try {
    origin = new URL(script.src).origin;
  } catch (e) {
    return;
  }
  if (!origin || origin === 'null') return;

  var guard = typeof Symbol === 'function' ? Symbol.for('mali-harm-embed:' + origin) : '__maliHarmEmbed:' + origin;
  if (window[guard]) return;
  try {
    Object.defineProperty(window, guard, { value: true });
  } catch (e) {
    return;
  }

  function isHeightMessage(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    var keys = Object.keys(data).sort();
    if (keys.join(',') !== 'height,type,version') return false;
    return (
      data.type === TYPE &&
      data.version === VERSION &&
      typeof data.height === 'number' &&
      isFinite(data.height)
    );
  }

  // Looked up per message, so iframes added after the loader ran are found too.
  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[' + ATTRIBUTE + ']');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== source) continue;
      try {
        if (new URL(frame.src, document.baseURI).origin !== origin) return null;
      } catch (e) {
        return null;
      }
      return frame;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.source) return;
    var frame = frameFor(event.source);
    if (!frame) return;
    var data = event.data;
    if (!isHeightMessage(data)) return;
    var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
    frame.style.height = height + 'px';
  });
})();
