// Long texts arrive on demand: a panel names the nodes whose text it shows, missing ones are
// fetched once (POST /api/texts) and put into the data graph, and the panel renders again.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.js';
import { hasText } from '../../graph/payload.js';
import { useExplorerContext } from '../../state/index.js';

export type TextsState = 'ready' | 'loading' | 'failed';

export function useTexts(ids: readonly string[]): TextsState {
  const { data } = useExplorerContext();
  const missing = ids.filter((id) => data.hasNode(id) && !hasText(data, id));
  const key = missing.join('\u0000');
  const [failed, setFailed] = useState<string | null>(null);
  const [, rerender] = useState(0);
  useEffect(() => {
    if (!key) return;
    let live = true;
    api.texts(key.split('\u0000')).then(
      ({ texts }) => {
        for (const [id, text] of Object.entries(texts)) if (data.hasNode(id)) data.mergeNodeAttributes(id, { text } as never);
        if (live) rerender((n) => n + 1);
      },
      () => live && setFailed(key),
    );
    return () => {
      live = false;
    };
  }, [data, key]);
  if (!missing.length) return 'ready';
  return failed === key ? 'failed' : 'loading';
}
