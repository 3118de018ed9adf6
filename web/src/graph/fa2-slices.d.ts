/** The flat input of the ForceAtlas2 run (see fa2-slices.js). */
export interface Fa2Input {
  /** Node ids in the order nodes are added (sorted). */
  ids: string[];
  /** Seed positions, by index of ids. */
  xs: Float64Array;
  ys: Float64Array;
  /** Edge extremities as indices into ids, in the data graph's edge order (self loops left out). */
  sources: Int32Array;
  targets: Int32Array;
  /** Iterations in all, and per slice. */
  total: number;
  slice: number;
}

export function fa2Slices(input: Fa2Input): Generator<void, [string, number, number][], void>;
