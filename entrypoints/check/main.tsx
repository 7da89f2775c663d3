import { render } from 'preact';
import { CheckPage } from '~/components/check/CheckPage';
import { loadStyleDictionary, saveStyleDictionary } from '~/components/check/dictionary-store';
import { t, uiLanguage } from '~/utils/i18n';

document.documentElement.lang = uiLanguage();
document.title = `${t('extName')} — ${t('checkTitle')}`;
render(<CheckPage loadDictionary={loadStyleDictionary} saveDictionary={saveStyleDictionary} />, document.getElementById('app')!);
