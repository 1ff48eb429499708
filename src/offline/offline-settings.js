/*
 * Settings' "Offline" section, in plain JavaScript beside the service worker it talks to (sw.js): the whole bank
 * kept on this device or not, a download with its progress, the space it takes, and a way to remove it. The app
 * draws the section's elements (src/ui/offline_bank.rs) and index.html loads this file when Settings shows them,
 * so none of it weighs on the first view.
 */
const byId = (id) => document.getElementById(id);
const megabytes = (bytes) => (bytes / 1e6).toFixed(1);

let current = null;

function show({ status, done = null, total = 0, download = false, remove = false }) {
  const section = byId('offline-bank');
  if (!section) return;
  byId('offline-status').textContent = status;
  const progress = byId('offline-progress');
  progress.hidden = done === null;
  if (done !== null) {
    progress.max = total;
    progress.value = done;
  }
  byId('offline-download').hidden = !download;
  byId('offline-remove').hidden = !remove;
}

function heard(message) {
  if (message.type === 'bank-progress') {
    show({ status: `Downloading: ${message.done} of ${message.total} questions…`, done: message.done, total: message.total });
  } else if (message.type === 'bank-status') {
    const { cached, total, bytes, failed } = message;
    const missed = failed ? ` ${failed} could not be fetched: try again when the connection is better.` : '';
    if (cached >= total && total > 0) {
      show({ status: `All ${total} questions are available offline, using ${megabytes(bytes)} MB on this device.`, remove: true });
    } else if (cached === 0) {
      show({ status: `Only the quizzes you start are kept offline. The whole bank is about 650 kB to download.${missed}`, download: true });
    } else {
      show({ status: `${cached} of ${total} questions are kept offline (${megabytes(bytes)} MB).${missed}`, download: true, remove: true });
    }
  }
}

/** Wires the section the app has just drawn to the service worker. */
function attach() {
  const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (!worker) {
    show({ status: 'This browser cannot keep the bank for offline use here: it needs a service worker, which starts from your second visit.' });
    return;
  }
  if (!current) {
    current = (event) => heard(event.data || {});
    navigator.serviceWorker.addEventListener('message', current);
  }
  byId('offline-download').onclick = () => {
    show({ status: 'Starting the download…', done: 0, total: 1 });
    worker.postMessage({ type: 'bank-download' });
  };
  byId('offline-remove').onclick = () => worker.postMessage({ type: 'bank-remove' });
  worker.postMessage({ type: 'bank-status' });
}

// Loaded by a script element (index.html): the first time, this is the call; afterwards the page calls it.
window.roadmapOfflineAttach = attach;
attach();
