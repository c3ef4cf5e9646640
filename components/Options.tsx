import { useEffect, useState } from 'preact/hooks';
import type { DataStatus } from '../lib/protocol';
import { DataStatusView } from './DataStatusView';

export interface OptionsApi {
  status: () => Promise<DataStatus>;
}

export function Options({ api, today }: { api: OptionsApi; today: string }) {
  const [status, setStatus] = useState<DataStatus>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      api.status().then((s) => {
        setStatus(s);
        if (s.state === 'installing') timer = setTimeout(poll, 300);
      }, (e: Error) => setError(e.message));
    void poll();
    return () => clearTimeout(timer);
  }, []);
  return (
    <main class="options">
      <h1>Footnote</h1>
      {error ? <p class="error" role="alert">Footnote cannot reach its data: {error}</p> : <DataStatusView status={status} today={today} />}
    </main>
  );
}
