// The linker's measures (LinkUnit: id, document, offset, text, entities, content words, frame,
// group, genre, role, penalty actors, procedure steps) as a few flat typed arrays in shared memory, built once by the main thread
// (ingest/link/parallel.ts). A link thread reads its measures from them instead of deserialising
// its own copy of the documents (issue 11: ≈ 1.3 GB a thread at 10,000 documents): a measure's
// small fields are read once per thread, its id, text, entities and words are made again from the
// arrays each time the linker asks for them (the same strings, in the same order).
import type { Genre } from '../../graph-schema/index.js';
import type { LinkUnit } from './implements.js';
import type { ArticleRole } from './options.js';
import { Grow } from './grow.js';

/** Strings end to end as UTF-16 code units (string i: chars[at[i]..at[i + 1]]). */
export interface StringTable {
  chars: Uint16Array;
  at: Int32Array;
}

export interface UnitStore {
  docIndex: Int32Array;
  offset: Int32Array;
  /** Bits: 1 a frame unit (preamble, general heading), 2 a dual penalty article, 4 an open unit (LinkUnit.dual, .open). */
  flags: Uint8Array;
  /** Index into `labels`, -1 for none. */
  group: Int16Array;
  genre: Int16Array;
  role: Int16Array;
  /** The few distinct group, genre and role names. */
  labels: string[];
  ids: StringTable;
  texts: StringTable;
  /** Entities of unit i, in their Set's order: entityNames[entity[entityAt[i]..entityAt[i + 1]]]. */
  entityAt: Int32Array;
  entity: Int32Array;
  entityNames: StringTable;
  /** Content words of unit i, in order (empty when the store was built without them). */
  wordAt: Int32Array;
  word: Int32Array;
  wordNames: StringTable;
  /** Penalty actors (options.penaltyActors) and procedure steps (options.procedureStages) of unit i,
   *  as for entities; an empty list reads back as none (the linker treats both alike). */
  actorAt: Int32Array;
  actor: Int32Array;
  actorNames: StringTable;
  stageAt: Int32Array;
  stage: Int32Array;
  stageNames: StringTable;
}

const CHUNK = 8192;

function shared<T extends Int32Array | Int16Array | Uint16Array | Uint8Array>(C: new (b: SharedArrayBuffer) => T, bytesPer: number, n: number): T {
  return new C(new SharedArrayBuffer(Math.max(1, n) * bytesPer));
}

/** Strings as one shared table. */
export function stringTable(strings: string[]): StringTable {
  const at = shared(Int32Array, 4, strings.length + 1);
  let total = 0;
  strings.forEach((s, i) => ((at[i] = total), (total += s.length)));
  at[strings.length] = total;
  const chars = shared(Uint16Array, 2, total);
  strings.forEach((s, i) => {
    for (let k = 0, a = at[i]; k < s.length; k++) chars[a + k] = s.charCodeAt(k);
  });
  return { chars, at };
}

/** String i of a table. */
export function stringAt(t: StringTable, i: number): string {
  const [a, e] = [t.at[i], t.at[i + 1]];
  if (e - a <= CHUNK) return String.fromCharCode.apply(null, t.chars.subarray(a, e) as unknown as number[]);
  let out = '';
  for (let k = a; k < e; k += CHUNK) out += String.fromCharCode.apply(null, t.chars.subarray(k, Math.min(e, k + CHUNK)) as unknown as number[]);
  return out;
}

/** Every string of a table. */
export function allStrings(t: StringTable): string[] {
  return Array.from({ length: t.at.length - 1 }, (_, i) => stringAt(t, i));
}

/** Strings added one at a time, then one shared table. */
class StringsGrow {
  private readonly chars = new Grow(Uint16Array);
  private readonly at = new Grow(Int32Array);
  add(s: string): void {
    this.at.push(this.chars.length);
    for (let k = 0; k < s.length; k++) this.chars.push(s.charCodeAt(k));
  }
  done(): StringTable {
    this.at.push(this.chars.length);
    return { chars: this.chars.done(true), at: this.at.done(true) };
  }
}

/** Lists of strings added one at a time, then one table of the distinct strings and, per list,
 *  their indexes in order. */
class ListsGrow {
  private readonly ids = new Map<string, number>();
  private readonly at = new Grow(Int32Array);
  private readonly ix = new Grow(Int32Array);
  add(list: Iterable<string>): void {
    this.at.push(this.ix.length);
    for (const s of list) this.ix.push(this.ids.get(s) ?? this.ids.set(s, this.ids.size).get(s)!);
  }
  done(): { at: Int32Array; ix: Int32Array; names: StringTable } {
    this.at.push(this.ix.length);
    return { at: this.at.done(true), ix: this.ix.done(true), names: stringTable([...this.ids.keys()]) };
  }
}

/** The units in shared memory, added one at a time: the caller need not hold every LinkUnit at
 *  once (ingest/link/parallel.ts builds them one document at a time; issue 11). */
export class UnitStoreBuilder {
  private readonly labels: string[] = [];
  private readonly small = { docIndex: new Grow(Int32Array), offset: new Grow(Int32Array), flags: new Grow(Int32Array), group: new Grow(Int32Array), genre: new Grow(Int32Array), role: new Grow(Int32Array) };
  private readonly ids = new StringsGrow();
  private readonly texts = new StringsGrow();
  private readonly lists = { entities: new ListsGrow(), words: new ListsGrow(), actors: new ListsGrow(), stages: new ListsGrow() };
  /** Without the units' content words unless `withWords` (their lists are then empty). */
  constructor(private readonly withWords = true) {}
  private label(s: string | undefined): number {
    if (s === undefined) return -1;
    const i = this.labels.indexOf(s);
    return i >= 0 ? i : this.labels.push(s) - 1;
  }
  add(u: LinkUnit): void {
    const m = this.small;
    m.docIndex.push(u.docIndex);
    m.offset.push(u.offset);
    m.flags.push((u.frame ? 1 : 0) | (u.dual ? 2 : 0) | (u.open ? 4 : 0));
    m.group.push(this.label(u.group));
    m.genre.push(this.label(u.genre));
    m.role.push(this.label(u.role));
    this.ids.add(u.id);
    this.texts.add(u.text);
    this.lists.entities.add(u.entities);
    this.lists.words.add(this.withWords ? u.words : []);
    this.lists.actors.add(u.actors ?? []);
    this.lists.stages.add(u.stages ?? []);
  }
  done(): UnitStore {
    const m = this.small;
    const copy = <T extends Uint8Array | Int16Array>(C: new (b: SharedArrayBuffer) => T, bytesPer: number, from: Int32Array): T => {
      const out = shared(C, bytesPer, from.length);
      out.set(from);
      return out;
    };
    const [entities, words, actors, stages] = [this.lists.entities.done(), this.lists.words.done(), this.lists.actors.done(), this.lists.stages.done()];
    return {
      docIndex: m.docIndex.done(true),
      offset: m.offset.done(true),
      flags: copy(Uint8Array, 1, m.flags.done()),
      group: copy(Int16Array, 2, m.group.done()),
      genre: copy(Int16Array, 2, m.genre.done()),
      role: copy(Int16Array, 2, m.role.done()),
      labels: this.labels,
      ids: this.ids.done(),
      texts: this.texts.done(),
      entityAt: entities.at,
      entity: entities.ix,
      entityNames: entities.names,
      wordAt: words.at,
      word: words.ix,
      wordNames: words.names,
      actorAt: actors.at,
      actor: actors.ix,
      actorNames: actors.names,
      stageAt: stages.at,
      stage: stages.ix,
      stageNames: stages.names,
    };
  }
}

/** The units in shared memory; without their content words unless `withWords`. */
export function buildUnitStore(units: LinkUnit[], withWords = true): UnitStore {
  const b = new UnitStoreBuilder(withWords);
  for (const u of units) b.add(u);
  return b.done();
}

/** The store without its units' content words (as built without them): what a link thread gets
 *  when nothing in it reads the words. */
export function withoutWords(s: UnitStore): UnitStore {
  const n = s.ids.at.length - 1;
  return { ...s, wordAt: shared(Int32Array, 4, n + 1), word: shared(Int32Array, 4, 0), wordNames: stringTable([]) };
}

/** A unit read from the store: what LinkUnit has, its strings made when asked for. */
class StoredUnit implements LinkUnit {
  readonly docIndex: number;
  readonly offset: number;
  readonly frame?: boolean;
  readonly dual?: boolean;
  readonly open?: boolean;
  readonly group?: string;
  readonly genre?: Genre;
  readonly role?: ArticleRole;
  readonly actors?: string[];
  readonly stages?: string[];
  constructor(
    private readonly s: UnitStore,
    private readonly i: number,
    private readonly names: { entities: string[]; words: string[]; actors: string[]; stages: string[] },
  ) {
    this.docIndex = s.docIndex[i];
    this.offset = s.offset[i];
    this.frame = (s.flags[i] & 1) === 1;
    if (s.flags[i] & 2) this.dual = true;
    if (s.flags[i] & 4) this.open = true;
    if (s.group[i] >= 0) this.group = s.labels[s.group[i]];
    if (s.genre[i] >= 0) this.genre = s.labels[s.genre[i]] as Genre;
    if (s.role[i] >= 0) this.role = s.labels[s.role[i]] as ArticleRole;
    // Read once: the candidate filter asks for a unit's actors on every pair.
    const list = (at: Int32Array, ix: Int32Array, names: string[]) => Array.from(ix.subarray(at[i], at[i + 1]), (k) => names[k]);
    const actors = list(s.actorAt, s.actor, names.actors);
    const stages = list(s.stageAt, s.stage, names.stages);
    if (actors.length) this.actors = actors;
    if (stages.length) this.stages = stages;
  }
  /** The id, decoded at its first read and kept (session 62, perf: the linker reads every measure's id in several
   *  passes over every measure in each link part — linkFromInputs' docOf, unitOf, siblings and article filters —, 16
   *  parts a thread, each pass decoding every id from the shared table again; ≈ 50–70 bytes a measure kept). A private
   *  field: not an own enumerable property of the unit. */
  #id: string | undefined;
  get id(): string {
    return (this.#id ??= stringAt(this.s.ids, this.i));
  }
  get text(): string {
    return stringAt(this.s.texts, this.i);
  }
  get entities(): Set<string> {
    const { entityAt, entity } = this.s;
    const out = new Set<string>();
    for (let k = entityAt[this.i]; k < entityAt[this.i + 1]; k++) out.add(this.names.entities[entity[k]]);
    return out;
  }
  get words(): string[] {
    const { wordAt, word } = this.s;
    const out: string[] = [];
    for (let k = wordAt[this.i]; k < wordAt[this.i + 1]; k++) out.push(this.names.words[word[k]]);
    return out;
  }
}

/** The units of a store, as the linker reads them (one small object per unit; each word and
 *  entity name one string for the whole thread). */
export function readUnitStore(s: UnitStore): LinkUnit[] {
  const names = { entities: allStrings(s.entityNames), words: allStrings(s.wordNames), actors: allStrings(s.actorNames), stages: allStrings(s.stageNames) };
  return Array.from({ length: s.ids.at.length - 1 }, (_, i) => new StoredUnit(s, i, names));
}
