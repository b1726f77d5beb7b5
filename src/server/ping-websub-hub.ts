import { WebsubError } from './websub-error.js';

/** Tells a WebSub hub that a feed changed: `POST hub.mode=publish&hub.url=<feed>`; 2xx is success. */
export async function pingWebsubHub(
  hub: string,
  feedUrl: string,
  timeoutMs: number,
): Promise<void> {
  const context = { hub, feedUrl };
  let response: Response;
  try {
    response = await fetch(hub, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feedUrl }).toString(),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    throw new WebsubError('unable to reach the hub', context, { cause: error });
  }
  await response.body?.cancel();
  if (!response.ok)
    throw new WebsubError(`hub answered HTTP ${response.status}`, {
      ...context,
      status: response.status,
    });
}
