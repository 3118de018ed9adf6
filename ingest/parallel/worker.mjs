// Worker thread entry: registers tsx's loader in this thread (the pool may run under plain node,
// tsx or vitest), then hands piscina the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { default: task } = await import('./worker-task.ts');
export default task;
