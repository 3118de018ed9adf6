// Sibling subjects of legislation (options.subjectTree; ingest/lexicon/subject-tree.txt; session 39). Two regulations of
// one parent subject's different branches (森林防火 / 草原防火, 失业保险 / 工伤保险, 居民委员会 / 村民委员会, 海上交通 /
// 内河交通) share the parent's whole wording (防火责任制, 扑救, 缴费, 待遇 …) and scored as links on the law mirror, although
// neither carries out the other; a narrower subject does carry out its parent (扬尘 → 大气污染防治法, 失业保险 → 社会保险法).
import { readFileSync } from 'node:fs';

/** parent → its children, in file order. */
export type SubjectTree = [string, string[]][];

/** The tree of a lexicon file (`parent: child | child …` per line, # comments). */
export function readSubjectTree(url: URL): SubjectTree {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l.includes(':'))
    .map((l) => {
      const [parent, rest] = l.split(':');
      return [parent.trim(), rest.split('|').map((w) => w.trim()).filter(Boolean)] as [string, string[]];
    });
}

/** The subjects a title names: each tree word in it, and the parents of each, up the tree. */
export function titleSubjects(title: string, tree: SubjectTree): Set<string> {
  const out = new Set<string>();
  const add = (s: string) => {
    if (out.has(s)) return;
    out.add(s);
    for (const [p, children] of tree) if (children.includes(s)) add(p);
  };
  for (const [p, children] of tree) {
    if (title.includes(p)) add(p);
    for (const c of children) if (title.includes(c)) add(c);
  }
  return out;
}

/** titleSubjects once per title and tree (siblingSubjects is asked per pair of documents). */
const subjects = new WeakMap<SubjectTree, Map<string, Set<string>>>();
function subjectsOf(title: string, tree: SubjectTree): Set<string> {
  let byTitle = subjects.get(tree);
  if (!byTitle) subjects.set(tree, (byTitle = new Map()));
  let out = byTitle.get(title);
  if (!out) byTitle.set(title, (out = titleSubjects(title, tree)));
  return out;
}

/** The first parent under which the two titles name different children and none in common, with the two children
 *  named (lower's, higher's), or undefined when the titles are no siblings. */
export function siblingSubjects(lower: string, higher: string, tree: SubjectTree): { parent: string; lower: string; higher: string } | undefined {
  const [l, h] = [subjectsOf(lower, tree), subjectsOf(higher, tree)];
  for (const [parent, children] of tree) {
    const lc = children.filter((c) => l.has(c));
    const hc = children.filter((c) => h.has(c));
    if (lc.length && hc.length && !lc.some((c) => hc.includes(c))) return { parent, lower: lc[0], higher: hc[0] };
  }
  return undefined;
}
