/*
 * Roadmap Quiz embed script, protocol version 1. Plain JavaScript, no dependencies.
 *
 * A course page adds  <div data-roadmap-quiz="section:collections" data-length="8"></div>  (or "level:advanced",
 * or "placement"; data-typed="1" has code questions answered by typing their output) and loads this file from
 * the folder the quiz is served from. The script creates the iframe, keeps its height equal to its content, and
 * re-emits the quiz's messages as DOM events on the div: roadmap-quiz:ready, roadmap-quiz:resize,
 * roadmap-quiz:answered and roadmap-quiz:completed (the message is event.detail). It also adopts iframes already
 * on the page whose src is this folder's embed.html (or index.html?embed=1), so sizing works whichever loads
 * first; those get the events on the iframe element.
 *
 * Either side can start the handshake: the quiz sends "ready" when it starts, and this script sends "hello" to
 * every frame it manages, which the quiz answers with "ready" and its height.
 * window.RoadmapQuiz.scan() picks up elements added later; .restart(el) and .setTheme(el, theme) command a quiz.
 */
(function () {
  'use strict';
  var SOURCE = 'roadmap-quiz';
  var VERSION = 1;
  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : window.location.href);
  var quizOrigin = base.origin;
  var quizPage = new URL('embed.html', base).href;
  // The page's own quiz frames: embed.html, or index.html?embed=1 which forwards to it.
  var framePages = [quizPage, new URL('index.html', base).href];
  var managed = [];

  function frameUrl(el) {
    var spec = el.getAttribute('data-roadmap-quiz') || '';
    var at = spec.indexOf(':');
    var kind = at < 0 ? spec : spec.slice(0, at);
    var value = at < 0 ? '1' : spec.slice(at + 1);
    var params = new URLSearchParams();
    // An unknown kind is passed on as it is, so the frame itself says what is wrong with it.
    params.set(kind || 'quiz', value);
    ['length', 'typed', 'theme', 'store'].forEach(function (name) {
      var given = el.getAttribute('data-' + name);
      if (given) params.set(name, given);
    });
    params.set('origin', window.location.origin);
    return quizPage + '?' + params.toString();
  }

  function isQuizFrame(frame) {
    var src = frame.getAttribute('src');
    if (!src) return false;
    var url = new URL(src, window.location.href);
    var page = url.origin + url.pathname;
    return page === framePages[0] || (page === framePages[1] && url.searchParams.get('embed') === '1');
  }

  function post(entry, type, extra) {
    var message = { source: SOURCE, version: VERSION, type: type };
    for (var key in extra || {}) message[key] = extra[key];
    if (entry.frame.contentWindow) entry.frame.contentWindow.postMessage(message, quizOrigin);
  }

  function manage(frame, target) {
    for (var i = 0; i < managed.length; i++) if (managed[i].frame === frame) return;
    var entry = { frame: frame, target: target };
    managed.push(entry);
    post(entry, 'hello');
    frame.addEventListener('load', function () { post(entry, 'hello'); });
  }

  function scan() {
    var hosts = document.querySelectorAll('[data-roadmap-quiz]:not(iframe)');
    for (var i = 0; i < hosts.length; i++) {
      var el = hosts[i];
      if (el.querySelector('iframe[data-roadmap-quiz-frame]')) continue;
      var frame = document.createElement('iframe');
      frame.setAttribute('data-roadmap-quiz-frame', '');
      frame.src = frameUrl(el);
      frame.title = el.getAttribute('data-title') || 'Python quiz';
      frame.style.cssText = 'display:block;width:100%;border:0;height:' + (el.getAttribute('data-height') || '320') + 'px';
      el.appendChild(frame);
      manage(frame, el);
    }
    var frames = document.querySelectorAll('iframe');
    for (var j = 0; j < frames.length; j++) {
      if (isQuizFrame(frames[j])) manage(frames[j], frames[j].hasAttribute('data-roadmap-quiz-frame') ? frames[j].parentNode : frames[j]);
    }
  }

  window.addEventListener('message', function (event) {
    var entry = null;
    for (var i = 0; i < managed.length; i++) if (managed[i].frame.contentWindow === event.source) entry = managed[i];
    var data = event.data;
    if (!entry || !data || data.source !== SOURCE || typeof data.type !== 'string') return;
    if (data.type === 'resize' && typeof data.height === 'number' && data.height > 0) {
      entry.frame.style.height = Math.ceil(data.height) + 'px';
    }
    entry.target.dispatchEvent(new CustomEvent('roadmap-quiz:' + data.type, { detail: data, bubbles: true }));
  });

  function entryFor(el) {
    for (var i = 0; i < managed.length; i++) if (managed[i].target === el || managed[i].frame === el) return managed[i];
    return null;
  }

  window.RoadmapQuiz = {
    version: VERSION,
    scan: scan,
    restart: function (el) { var e = entryFor(el); if (e) post(e, 'restart'); },
    setTheme: function (el, theme) { var e = entryFor(el); if (e) post(e, 'setTheme', { theme: theme }); }
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
