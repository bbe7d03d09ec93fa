import type { APIRequestContext } from '@playwright/test';

/**
 * The host API as the specs use it to record sessions without playing them through the UI, and a
 * small KPU setup to record (the shape of shared/engine/fixtures.ts `smallSetup`; the host fills the
 * defaults).
 */

/** A small game on the KPU venue: one police player with one Dalmas platoon, one crowd player. */
export const SMALL_SETUP = {
  venueId: 'kpu-office',
  turnLimit: 10,
  players: [
    { id: 'polisi', name: 'Kapolres', side: 'police', controls: ['awal-1'] },
    { id: 'massa', name: 'Massa', side: 'crowd', controls: ['massa-1'] },
  ],
  police: [{ id: 'awal-1', type: 'dalmas_awal', staging: 'yard-west' }],
  crowd: [{ id: 'massa-1', arrival: 'lot-south', size: 40 }],
};

/** Calls a host method through browser mode's endpoint; throws with the host's message when it fails. */
export async function callHost<T = unknown>(request: APIRequestContext, method: string, args: unknown[]): Promise<T> {
  const response = await request.post('/api/host', { data: { method, args } });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}
