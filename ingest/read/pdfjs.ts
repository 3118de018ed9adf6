// pdf.js, loaded on the first PDF and without its side effects on the rest of the process.
// Its legacy build (the one that runs in Node 20) installs core-js polyfills as it loads, and two of
// them REPLACE built-ins Node 20 already has: `Array.prototype.push` (a JavaScript loop with a
// property-descriptor check on every call, for a 2^32-length edge case) and `JSON.parse` (a
// JavaScript parser, for the source-text-access proposal). Every push and every JSON.parse of the
// whole ingest (clean, extract, link, the spill file, the snapshot) then ran several times slower
// (`node --cpu-prof`: pdf.js's `push` under clean's and extract's loops; issue 11). So:
// - nothing imports pdf.js before a PDF is read (a batch without PDFs never loads it, ≈ 1.5 s a
//   thread less); and
// - the built-ins it replaced get their own functions back once it has loaded. What it only ADDS
//   (`Promise.withResolvers`, `Set.prototype.union`, … which pdf.js itself calls) stays.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Built-ins whose own properties are put back after pdf.js has loaded. */
const GUARDED: object[] = [
  Array,
  Array.prototype,
  JSON,
  Object,
  Object.prototype,
  Function.prototype,
  String,
  String.prototype,
  Number,
  Number.prototype,
  Math,
  Map.prototype,
  Set.prototype,
  Promise,
  Promise.prototype,
  RegExp.prototype,
  Uint8Array.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  ArrayBuffer.prototype,
];

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const saved = GUARDED.map((o) => new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!])));
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      GUARDED.forEach((o, i) => restore(o, saved[i]));
    }
  })();
  return loading;
}

function restore(o: object, before: Map<string | symbol, PropertyDescriptor>): void {
  for (const [key, was] of before) {
    const now = Object.getOwnPropertyDescriptor(o, key);
    if (now && (!Object.is(now.value, was.value) || now.get !== was.get || now.set !== was.set)) {
      Object.defineProperty(o, key, was);
    }
  }
}
