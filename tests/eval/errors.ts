// The eval's one error type: a reason from a closed set, so callers and tests match on it.
export const EVAL_REASONS = ['invalid-gold', 'pipeline-missing', 'pipeline-failed', 'invalid-snapshot', 'bad-arguments'] as const;
export type EvalReason = (typeof EVAL_REASONS)[number];

export class EvalError extends Error {
  override readonly name = 'EvalError';
  constructor(
    readonly reason: EvalReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
