import { useTranslation } from 'react-i18next';
import { CountCard } from '../workbench/CountCard';
import { usePeople } from './api';

/** 本辖区人员: the total of the people list the user sees. */
export function PeopleCountCard() {
  const { t } = useTranslation();
  const people = usePeople({}, 1, 1);
  return <CountCard title={t('workbench.peopleCount')} value={people.data?.total} error={people.error} />;
}
