import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zh };
  }
}

export type Lang = 'zh-CN' | 'en';

const STORAGE_KEY = 'zhifa.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    // Storage can be blocked (privacy mode); Chinese is the default anyway.
    return 'zh-CN';
  }
}

// Screen readers pick pronunciation from <html lang>; antd date pickers read month names from dayjs.
function applyToDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = i18n.t('app.title');
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zh }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
});
applyToDocument(currentLang());
i18n.on('languageChanged', () => applyToDocument(currentLang()));

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisting is acceptable; the switch still applies to this page.
  }
  void i18n.changeLanguage(lang);
}

export default i18n;
