// Why a pure read step gave up; index.ts turns it into an IngestError naming the file.
import type { IngestReason } from '../errors.js';

export class ReadProblem extends Error {
  override readonly name = 'ReadProblem';
  constructor(
    readonly reason: IngestReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
