// Export the current view: PNG of the canvas as shown, GEXF (Gephi opens it) and graphology JSON
// of the filtered graph. The PNG is drawn from sigma's own layer canvases, right after a
// synchronous render (so the WebGL buffers still hold the frame), onto a white background.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName, visibleSubgraph } from '../graph/export.js';
import { useExplorer, useExplorerContext, useScoped } from '../state/index.js';
import { useSigmaMaybe } from '../views/GraphCanvas.js';
import { downloadBlob } from './download.js';

export function renderPng(container: HTMLElement, refresh: () => void): Promise<Blob> {
  refresh();
  const layers = [...container.querySelectorAll('canvas')].filter((c) => c.width > 0 && !c.classList.contains('sigma-mouse'));
  const width = layers[0]?.width ?? 1;
  const height = layers[0]?.height ?? 1;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  for (const layer of layers) ctx.drawImage(layer, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export function ExportMenu() {
  const { t } = useTranslation();
  const { data, view } = useExplorerContext();
  const sigma = useSigmaMaybe();
  const hidden = useExplorer((s) => s.hiddenTypes);
  const scope = useExplorer((s) => s.scope);
  const scoped = useScoped();
  const [open, setOpen] = useState(false);
  // The failure's message, worded in the page's language when drawn (a switch words it again).
  const [error, setError] = useState<string | null>(null);

  const visible = (id: string) => !hidden.has(data.getNodeAttribute(id, 'type')) && (!scoped || scoped.has(id));
  const parts = [
    ...scope.documents.map((d) => (data.hasNode(d) ? data.getNodeAttribute(d, 'name') : d)),
    ...scope.regions,
    ...scope.levels,
    ...scope.years.map(String),
    ...(hidden.size ? [`without-${[...hidden].sort().join('-')}`] : []),
  ];
  const run = (fn: () => Promise<void> | void) => async () => {
    setOpen(false);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const count = () => data.filterNodes(visible).length;
  const png = run(async () => {
    if (!sigma) return;
    // A drawing pass still running (a filter applied while the page loads: progressive-sigma.ts)
    // has only part of the graph in its buffers: the picture is taken when it is complete.
    await sigma.whenDrawn();
    const blob = await renderPng(sigma.getContainer(), () => sigma.drawNow());
    downloadBlob(exportFileName(parts, count(), 'png'), blob);
  });
  const gexf = run(async () => {
    // The GEXF writer is its own chunk, loaded on the first export.
    const { write: writeGexf } = await import('graphology-gexf/browser/index.js');
    const g = visibleSubgraph(data, view, visible, { flat: true });
    downloadBlob(exportFileName(parts, g.order, 'gexf'), new Blob([writeGexf(g)], { type: 'application/xml' }));
  });
  const json = run(() => {
    const g = visibleSubgraph(data, view, visible);
    downloadBlob(exportFileName(parts, g.order, 'json'), new Blob([JSON.stringify(g.export())], { type: 'application/json' }));
  });

  return (
    <div className="export-menu">
      <button type="button" className="toggle" data-testid="export-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('export.title')} ▾
      </button>
      {open && (
        <ul className="menu" role="menu">
          <li>
            <button type="button" role="menuitem" data-testid="export-png" onClick={png}>
              {t('export.png')}
            </button>
          </li>
          <li>
            <button type="button" role="menuitem" data-testid="export-gexf" onClick={gexf}>
              {t('export.gexf')}
            </button>
          </li>
          <li>
            <button type="button" role="menuitem" data-testid="export-json" onClick={json}>
              {t('export.json')}
            </button>
          </li>
        </ul>
      )}
      {error && (
        <p className="export-error" role="alert">
          {t('export.failed', { message: error })}
        </p>
      )}
    </div>
  );
}
