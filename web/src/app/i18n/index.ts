import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { buildMessages, type WebModule } from '../modules';
import { en } from './en';
import { zh } from './zh';

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

/**
 * Loads the shell's dictionary and the modules'; main.tsx calls it before the first render. The
 * wiring list comes in as an argument: importing it here would loop back (the list names the
 * pages, and the pages translate).
 */
export function startI18n(modules: readonly WebModule[]): void {
  void i18n.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: buildMessages(zh, modules, 'zh') },
      en: { translation: buildMessages(en, modules, 'en') },
    },
    lng: storedLang(),
    fallbackLng: 'zh-CN',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  applyToDocument(currentLang());
  i18n.on('languageChanged', () => applyToDocument(currentLang()));
}

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
