// What the link threads are sent (ingest/link/parallel.ts): the documents as the linker reads
// them, serialised once into memory every thread shares. Its own module: the worker threads'
// bundle takes it without the pool.
import { deserialize, serialize } from 'node:v8';
import type { ProcessedDoc } from '../snapshot/types.js';

const NO_SPAN: [number, number] = [0, 0];

/** What the link threads read, serialised once into memory they all share (one copy in transit
 *  instead of one per thread, none of it on the main thread's heap). */
export function linkPayload(docs: ProcessedDoc[], ids: string[], withWords = true): SharedArrayBuffer {
  const bytes = serialize({ docs: docs.map((d) => forLinkThread(d, withWords)), ids });
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** The documents and ids of a link payload, each word of the documents' content words one string
 *  (a thread's copy of the corpus holds every word once, not once per occurrence). */
export function readLinkPayload(payload: SharedArrayBuffer): { docs: ProcessedDoc[]; ids: string[] } {
  const out = deserialize(new Uint8Array(payload)) as { docs: ProcessedDoc[]; ids: string[] };
  const words = new Map<string, string>();
  const one = (w: string) => words.get(w) ?? (words.set(w, w), w);
  for (const d of out.docs) {
    const byUnit = d.extraction.words;
    for (const path of Object.keys(byUnit)) byUnit[path] = byUnit[path].map(one);
  }
  return out;
}

/** A document as a link thread needs it (linkImplements reads nothing else: the same links).
 *  Without its content words when the thread is given the linker's indexes and no genre of the
 *  corpus compares measures pair by pair (then nothing in the thread reads the words). */
export function forLinkThread(d: ProcessedDoc, withWords = true): ProcessedDoc {
  const seen = new Set<string>();
  // The linker reads a mention's unit, type and canonical name only (link/index.ts linkUnits).
  const mentions = d.extraction.mentions
    .filter((m) => {
      const key = `${m.path}\u0000${m.type}\u0000${m.canonical}`;
      return !seen.has(key) && !!seen.add(key);
    })
    .map((m) => ({ path: m.path, type: m.type, canonical: m.canonical, surface: '', span: NO_SPAN }));
  return {
    sources: d.sources,
    clean: { ...d.clean, text: '', origin: [], dropped: [] },
    doc: d.doc,
    extraction: { ...d.extraction, mentions, targets: [], ...(withWords ? {} : { words: {} }) },
  };
}
