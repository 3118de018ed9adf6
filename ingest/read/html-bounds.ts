// Bounds of a saved page, measured before the DOM is built: parse5 (behind cheerio) spends time
// quadratic in the nesting depth (10,000 nested <div>s: 6 s; 100,000: minutes), and the DOM walks
// recurse. htmlparser2's streaming tokenizer (already under cheerio) counts elements and tracks
// depth with HTML's implied end tags (<p> closed by a block, <li> by <li>, void elements), and
// stops at the first limit passed.
import { Parser } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import type { IngestLimits } from '../guard.js';
import { ReadProblem } from './problem.js';

export function checkHtmlBounds(html: string, limits: Pick<IngestLimits, 'maxDepth' | 'maxHtmlElements'>): void {
  let depth = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        elements++;
        depth++;
        if (depth > limits.maxDepth) {
          throw new ReadProblem('too-deep', `elements nested more than ${limits.maxDepth} deep (browsers stop nesting at 512); refused`);
        }
        if (elements > limits.maxHtmlElements) {
          throw new ReadProblem('too-long', `more than ${limits.maxHtmlElements.toLocaleString('en')} HTML elements in one page; refused`);
        }
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html); // a ReadProblem thrown from a callback ends the parse
}

/** Depth of a built tree, without recursion: the second check, on the tree parse5 actually built. */
export function treeDepth(root: AnyNode): number {
  let max = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    const children = (node as { children?: AnyNode[] }).children;
    if (children) for (const c of children) stack.push([c, d + 1]);
  }
  return max;
}
