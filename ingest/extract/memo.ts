// One value per set of lexicon lists, made once and remade when one of the lists is another array
// or has changed length (tests and the lexicon editor add words to a loaded lexicon). The rules,
// stop sets and regexes built from the lexicon were made per document or per unit before (issue 11
// profile); every such cache of ingest/extract goes through this one.
const caches = new WeakMap<object, WeakMap<object, { lists: readonly unknown[][]; sizes: number[]; value: unknown }>>();

export function memoOnLists<T>(owner: object, key: object, lists: readonly unknown[][], build: () => T): T {
  let byKey = caches.get(owner);
  if (!byKey) caches.set(owner, (byKey = new WeakMap()));
  const hit = byKey.get(key);
  if (hit && hit.lists.length === lists.length && hit.lists.every((l, k) => l === lists[k] && l.length === hit.sizes[k])) return hit.value as T;
  const value = build();
  byKey.set(key, { lists, sizes: lists.map((l) => l.length), value });
  return value;
}
