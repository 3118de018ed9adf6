// One error type for the whole ingest: which file, which stage, why (a closed set), and the cause.
export const INGEST_REASONS = [
  'not-found',
  'unreadable',
  'empty',
  'binary',
  'encoding',
  'unsupported-format',
  'no-text-layer',
  'too-large',
  'truncated',
  'no-structure',
  /** A zip (.docx) whose entries would inflate past the limits, or inflate to more than they declare. */
  'zip-bomb',
  /** Elements nested deeper than a browser builds (HTML, WordprocessingML). */
  'too-deep',
  /** More text, lines or measures in one document than the per-document limits (ingest/guard.ts). */
  'too-long',
  /** The extension names a binary format (.pdf, .docx) and the content is something else. */
  'format-mismatch',
  /** The file took longer than the per-file time limit through the per-file stages (ingest/guard.ts maxFileMs). */
  'too-slow',
] as const;
export type IngestReason = (typeof INGEST_REASONS)[number];

export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly file: string,
    readonly stage: 'read' | 'clean' | 'structure' | 'extract' | 'link' | 'snapshot',
    readonly reason: IngestReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`ingest: ${file}: ${message}`, options);
  }
  toJSON() {
    return { file: this.file, stage: this.stage, reason: this.reason, message: this.message };
  }
}

/**
 * The snapshot (or its report) could not be written: one line saying where and why, in words a user
 * acts on (the disk is full, the folder is read-only …). The previous snapshot is left as it was.
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly path: string,
    /** The system error code (ENOSPC, EROFS, ENOTDIR …), or a code of ours (NOT_A_FOLDER). */
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
