// "Read" and "Cascade" in the side panel of a document or a measure: open the document reader on
// its document, or the cascade from it.
import { useTranslation } from 'react-i18next';
import { openResearch, useDispatch, useExplorerContext } from '../../state/index.js';

export function ResearchButtons({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useExplorerContext();
  const dispatch = useDispatch();
  const a = data.getNodeAttributes(id);
  if (a.type !== 'Document' && a.type !== 'Measure') return null;
  const docId = a.type === 'Measure' ? a.docId : id;
  const readable = data.hasNode(docId) && (data.getNodeAttributes(docId) as { inCorpus?: boolean }).inCorpus;
  return (
    <div className="research-buttons">
      {readable && (
        <button type="button" data-testid="read-button" title={t('research.readTitle')} onClick={() => dispatch(openResearch('reader', docId))}>
          {t('research.read')}
        </button>
      )}
      <button type="button" data-testid="cascade-button" title={t('research.cascadeTitle')} onClick={() => dispatch(openResearch('cascade', id))}>
        {t('research.cascade')}
      </button>
    </div>
  );
}
