import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/host';
import { host } from '../host/hostClient';
import { useT } from '../i18n/useT';
import { reportError } from '../state/actions';
import { useUiStore } from '../state/uiStore';

/** "About the app": version, engine version, mode, data folder and database path, fresh from the host. */
export function AboutBlock() {
  const t = useT();
  const [info, setInfo] = useState<AppInfo | null>(() => useUiStore.getState().appInfo);

  useEffect(() => {
    let cancelled = false;
    host.getAppInfo().then(
      (fresh) => {
        if (cancelled) return;
        setInfo(fresh);
        useUiStore.setState({ appInfo: fresh });
      },
      (error: unknown) => {
        if (!cancelled) reportError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (!info) return null;
  return (
    <section className="panel about" data-testid="about-block">
      <h2>{t('settings.about')}</h2>
      <dl>
        <dt>{t('settings.version')}</dt>
        <dd data-testid="about-version">{info.version}</dd>
        <dt>{t('settings.engineVersion')}</dt>
        <dd>{info.engineVersion}</dd>
        <dt>{t('settings.mode')}</dt>
        <dd>{t(`settings.mode.${info.mode}`)}</dd>
        <dt>{t('settings.dataDirectory')}</dt>
        <dd className="path">{info.dataDirectory}</dd>
        <dt>{t('settings.database')}</dt>
        <dd className="path">{info.databasePath}</dd>
        <dt>{t('settings.schemaVersion')}</dt>
        <dd>{info.schemaVersion}</dd>
      </dl>
    </section>
  );
}
