// 中文 / English: labels and messages only; names and texts from the documents stay Chinese.
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.js';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <button
      type="button"
      className="toggle lang"
      data-testid="language-switch"
      title={t('top.languageTitle')}
      onClick={() => setLanguage(english ? 'zh' : 'en')}
    >
      {english ? '中文' : 'English'}
    </button>
  );
}
