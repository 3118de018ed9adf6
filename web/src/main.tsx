// Entry point. The boot is split over tasks so that no one task holds it whole (issue 11: no
// main-thread task over 200 ms while loading): React's own code is evaluated first, then, after a
// yield to the browser, the languages, the explorer's state and the loading page (mount.tsx), which
// React renders in tasks of its own. Evaluating all of it at once was the page's longest task
// (180-217 ms on a quiet machine, session 41's bench).
import { startPerf } from './perf.js';
import './styles.css';

/** Resolves in a later task (a message, not a timer: no 4 ms clamp, not throttled while loading). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

startPerf();
void import('react-dom/client')
  .then(nextTask)
  .then(() => import('./mount.js'))
  .then((m) => m.mount(document.getElementById('root')!));
