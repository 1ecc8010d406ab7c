import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLang, setLang } from './i18n';

export function LanguageToggle() {
  const { t } = useTranslation();
  const target = currentLang() === 'en' ? 'zh-CN' : 'en';
  return (
    // `lang` on the button lets screen readers pronounce "English"/"中文" in its own language.
    <Button lang={target} title={t('header.switchLanguageLabel')} onClick={() => setLang(target)}>
      {t('header.switchLanguage')}
    </Button>
  );
}
