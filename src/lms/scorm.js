/*
 * Roadmap Quiz in a learning management system: the launch page's script, for SCORM 1.2 and SCORM 2004 4th
 * edition. Plain JavaScript, no dependencies; `lms-package` writes the quiz's settings into launch.html.
 *
 * It finds the LMS's API the standard way (up the parent windows, then the opener's), runs the quiz (embed.html)
 * in a frame, and turns the quiz's postMessage protocol (README, "Embedding") into SCORM calls: each `answered`
 * becomes an interaction, `completed` the score and status, and each `state` (the attempt as a snapshot, sent
 * because the frame's URL says keep=host) the suspend_data that lets a relaunch resume, on any device. No quiz
 * logic lives here: the quiz grades, scores and keeps its place; this script only carries what it says.
 */
(function () {
  'use strict';
  var SOURCE = 'roadmap-quiz';
  var settings = JSON.parse(document.getElementById('roadmap-quiz-package').textContent);
  var v2004 = settings.standard === 'scorm2004';
  var LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'];
  var TITLES = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced', expert: 'Expert' };
  // The longest value each field takes (SCORM 1.2 RTE 3.4, SCORM 2004 RTE 4.2). suspend_data never comes near
  // its limit (the quiz's snapshots stay within 4,000 characters); a typed answer may, and is shortened visibly.
  var LIMITS = v2004 ? { suspend: 64000, response: 4000 } : { suspend: 4096, response: 255 };
  var F = v2004 ? {
    initialize: 'Initialize', terminate: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit',
    lastError: 'GetLastError', errorText: 'GetErrorString', api: 'API_1484_11',
    suspend: 'cmi.suspend_data', exit: 'cmi.exit', sessionTime: 'cmi.session_time', score: 'cmi.score.'
  } : {
    initialize: 'LMSInitialize', terminate: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue',
    commit: 'LMSCommit', lastError: 'LMSGetLastError', errorText: 'LMSGetErrorString', api: 'API',
    suspend: 'cmi.suspend_data', exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time',
    score: 'cmi.core.score.'
  };

  var statusLine = document.getElementById('lms-status');
  var api = null;
  var open = false;
  var closed = false;
  var startedAt = Date.now();
  var shownAt = Date.now();
  var interactions = 0;
  var objectives = 0;
  var completedAwaitingState = false;
  var frame = null;

  function say(text) {
    statusLine.textContent = text;
    statusLine.hidden = false;
  }

  // The SCORM way: this window and its parents, then the window that opened this one and its parents. A window
  // of another origin cannot be read, and ends the walk.
  function apiIn(win) {
    for (var hops = 0; win && hops < 500; hops++) {
      try {
        if (win[F.api]) return win[F.api];
      } catch (e) {
        return null;
      }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }

  function findApi() {
    var found = apiIn(window);
    try {
      if (!found && window.opener) found = apiIn(window.opener);
      if (!found && window.top && window.top.opener) found = apiIn(window.top.opener);
    } catch (e) {
      found = null;
    }
    return found;
  }

  function call(name, a, b) {
    try {
      return String(b === undefined ? api[name](a) : api[name](a, b));
    } catch (e) {
      return 'false';
    }
  }

  function lastError() {
    var code = call(F.lastError);
    return code + ' ' + call(F.errorText, code);
  }

  function get(key) {
    return open ? call(F.get, key) : '';
  }

  function set(key, value) {
    if (open && !closed && call(F.set, key, String(value)) !== 'true' && window.console) {
      console.warn('Roadmap Quiz: the LMS refused ' + key + ' (' + lastError() + ')');
    }
  }

  // A failed commit is tried once more at once, and the learner hears what happened. Nothing is lost either way:
  // the values stay set in the LMS's runtime, and the next commit sends them again.
  function commit() {
    if (!open || closed) return;
    if (call(F.commit, '') === 'true') return;
    var error = lastError();
    if (call(F.commit, '') === 'true') {
      say('Saving to the course failed once (' + error + ') and worked on the second try.');
    } else {
      say('Saving to the course failed (' + error + '). The quiz goes on; your answers are sent again with ' +
        'the next save.');
    }
  }

  function pad(n, width) {
    var text = String(n);
    while (text.length < width) text = '0' + text;
    return text;
  }

  // CMITimespan: HH:MM:SS.SS in SCORM 1.2, an ISO 8601 duration in SCORM 2004.
  function timespan(ms) {
    var seconds = Math.max(0, ms) / 1000;
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds - h * 3600 - m * 60;
    if (v2004) return 'PT' + h + 'H' + m + 'M' + s.toFixed(2) + 'S';
    return pad(h, 2) + ':' + pad(m, 2) + ':' + pad(s.toFixed(2), 5);
  }

  function clockTime(date) {
    if (v2004) return date.toISOString();
    return pad(date.getHours(), 2) + ':' + pad(date.getMinutes(), 2) + ':' + pad(date.getSeconds(), 2);
  }

  // A typed answer as an interaction's response: line breaks shown as ⏎ (the response fields hold one line),
  // and an answer longer than the field ends in … where it was shortened, never cut silently.
  function typedResponse(text) {
    var chars = Array.from(text.replace(/\r\n?|\n/g, '\u23ce'));
    if (chars.length > LIMITS.response) chars = chars.slice(0, LIMITS.response - 1).concat('\u2026');
    return chars.join('');
  }

  function onAnswered(m) {
    var n = interactions++;
    var p = 'cmi.interactions.' + n + '.';
    var right = m.correct === true;
    set(p + 'id', m.questionId);
    set(p + 'type', m.typed ? (v2004 ? 'long-fill-in' : 'fill-in') : 'choice');
    set(p + (v2004 ? 'timestamp' : 'time'), clockTime(new Date(shownAt)));
    if (m.response) {
      var response = m.typed ? typedResponse(m.response) : (v2004 ? m.response.split(',').join('[,]') : m.response);
      set(p + (v2004 ? 'learner_response' : 'student_response'), response);
    }
    if (v2004 && m.skipped) set(p + 'description', 'Answered "I don\'t know"');
    set(p + 'result', right ? 'correct' : (v2004 ? 'incorrect' : 'wrong'));
    set(p + 'latency', timespan(Date.now() - shownAt));
    if (closed) say('This new try is not sent to the course. To try again for the course, launch the activity again.');
  }

  function objective(id, percent, description) {
    var p = 'cmi.objectives.' + objectives++ + '.';
    set(p + 'id', id);
    set(p + 'score.raw', percent);
    set(p + 'score.min', 0);
    set(p + 'score.max', 100);
    if (v2004) {
      set(p + 'score.scaled', String(percent / 100));
      set(p + 'completion_status', 'completed');
      set(p + 'description', description);
    } else {
      set(p + 'status', 'completed');
    }
  }

  function passed(m, percent) {
    if (settings.passMark != null) return percent >= settings.passMark;
    if (settings.passLevel != null && m.level) return LEVELS.indexOf(m.level) >= LEVELS.indexOf(settings.passLevel);
    return null;
  }

  function estimate(m) {
    if (typeof m.theta !== 'number' || typeof m.se !== 'number') return '';
    return '\u03b8 ' + m.theta.toFixed(2) + ', SE ' + m.se.toFixed(2);
  }

  function onCompleted(m) {
    var percent = Math.round(m.score * 100);
    var pass = passed(m, percent);
    set(F.score + 'raw', percent);
    set(F.score + 'min', 0);
    set(F.score + 'max', 100);
    if (v2004) {
      set('cmi.score.scaled', String(Math.round(m.score * 10000) / 10000));
      set('cmi.completion_status', 'completed');
      set('cmi.progress_measure', 1);
      set('cmi.success_status', pass === null ? 'unknown' : (pass ? 'passed' : 'failed'));
    } else {
      set('cmi.core.lesson_status', pass === null ? 'completed' : (pass ? 'passed' : 'failed'));
    }
    var summary = m.correct + ' of ' + m.total + ' right';
    if (m.mode === 'placement' && m.level) {
      var sure = m.levelProbabilities ? Math.round(m.levelProbabilities[m.level] * 100) : 0;
      summary = 'Placed at ' + TITLES[m.level] + ' (' + sure + '% sure; ' + estimate(m) + '); ' + summary;
      objective('placed-' + m.level, sure, summary);
    } else if (m.mode === 'level' && m.mastery) {
      summary += ' (' + estimate(m) + ')';
      m.mastery.forEach(function (s) {
        var mastery = Math.round(s.mastery * 100);
        objective('section-' + s.section, mastery, 'Mastery of ' + s.section + ': ' + mastery + '%');
      });
    } else if (estimate(m)) {
      summary += ' (' + estimate(m) + ')';
    }
    if (!v2004) set('cmi.comments', 'Roadmap Quiz: ' + summary + '.');
    completedAwaitingState = true;
    commit();
    // The quiz sends the finished attempt as `state` next; finish then, or after a moment if it never comes.
    setTimeout(function () { close(); }, 3000);
  }

  function onState(m) {
    if (typeof m.attempt !== 'string') return;
    if (m.attempt.length <= LIMITS.suspend) {
      set(F.suspend, m.attempt);
    } else {
      say('Your place in this quiz is too long for the course to keep, so it was not sent; your answers and ' +
        'result are.');
    }
    shownAt = Date.now();
    commit();
    if (completedAwaitingState) close();
  }

  // A clean end: the time spent, "suspend" so that a relaunch finds the attempt (resumed, or its result shown),
  // a last commit, and LMSFinish / Terminate.
  function close() {
    if (!open || closed) return;
    set(F.sessionTime, timespan(Date.now() - startedAt));
    set(F.exit, 'suspend');
    commit();
    if (call(F.terminate, '') !== 'true') say('The course did not close the session cleanly (' + lastError() + ').');
    closed = true;
  }

  function post(type, extra) {
    var message = { source: SOURCE, version: 1, type: type };
    for (var key in extra || {}) message[key] = extra[key];
    if (frame && frame.contentWindow) frame.contentWindow.postMessage(message, window.location.origin);
  }

  var begun = false;
  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!frame || event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
    if (!m || m.source !== SOURCE || typeof m.type !== 'string') return;
    if (m.type === 'ready' && open && !begun) {
      begun = true;
      var saved = get(F.suspend);
      post('begin', { attempt: saved || null });
    } else if (m.type === 'resize' && typeof m.height === 'number' && m.height > 0) {
      frame.style.height = Math.ceil(m.height) + 'px';
    } else if (m.type === 'answered') {
      onAnswered(m);
    } else if (m.type === 'completed') {
      onCompleted(m);
    } else if (m.type === 'state') {
      onState(m);
    }
  });
  window.addEventListener('pagehide', close);
  window.addEventListener('beforeunload', close);

  api = findApi();
  if (api && call(F.initialize, '') === 'true') {
    open = true;
    interactions = Number(get('cmi.interactions._count')) || 0;
    objectives = Number(get('cmi.objectives._count')) || 0;
    if (v2004) {
      if (get('cmi.completion_status') === 'unknown' || get('cmi.completion_status') === 'not attempted') {
        set('cmi.completion_status', 'incomplete');
      }
    } else if (get('cmi.core.lesson_status') === 'not attempted') {
      set('cmi.core.lesson_status', 'incomplete');
    }
  } else {
    say(api ? 'The course would not start a session (' + lastError() + '), so results will not reach it.'
      : 'This quiz is not connected to a course, so your results will not reach it.');
  }

  // With the LMS, the LMS keeps the learner's place (keep=host); without one, the browser does, as elsewhere.
  var query = settings.quiz + (open ? '&keep=host' : '&store=lms') + '&origin=' +
    encodeURIComponent(window.location.origin);
  frame = document.createElement('iframe');
  frame.title = settings.title;
  frame.src = 'embed.html?' + query;
  document.querySelector('main').appendChild(frame);
})();
