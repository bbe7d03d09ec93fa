import { AgentKind, Flag, OFF_FIELD, Role } from '../model';
import type { TickCtx } from './context';
import { coarseAt } from '../runtime';
import { detExp } from '../../math/deterministic';

/**
 * Epstein civil-violence decisions (DOCTRINE.md section 7). Grievance G = H (1 - L) plus the group's
 * agitation and local incitement (orators while their group speaks, pushes, throws or breaches; active
 * provocateurs); estimated arrest probability P = 1 - exp(-k C / A) from police C and active protesters
 * A within vision (3 x 3 coarse cells, about 12 m); net risk N = R P, raised when wet or gassed.
 * The drive G - N - T does not flip the agent at once: it moves the agent's `arousal` (0..1) at
 * AROUSAL_RATE per second per unit of drive, and the agent is active from 0.5 (so a provocation makes
 * people riot over tens of seconds, and calm returns as gradually). Thresholds T are spread per person
 * (game.ts), so a stronger provocation moves more people, not everyone at once.
 * Each protester decides every DECIDE_EVERY ticks, staggered by index so the cost is spread.
 */
export const EPSTEIN_K = 2.3;
const OFF = OFF_FIELD, ARRESTED = Flag.arrested, DOWN = Flag.down, ACTIVE = Flag.active, SITTING = Flag.sitting, WET = Flag.wet, GASSED = Flag.gassed;
const PROTESTER = AgentKind.protester, ORATOR = Role.orator, PROVOCATEUR = Role.provocateur, coarseOf = coarseAt;
/** Ticks between two decisions of one protester. */
export const DECIDE_EVERY = 4;
/** Arousal gained per second per unit of drive (G - N - T): a drive of 0.1 makes a calm person riot in about 50 s. */
export const AROUSAL_RATE = 0.1;
/** Arousal at which a protester is active. */
const AROUSED = 0.5;
/** Crowd tasks in which a group's orators keep stirring it up (besides orasi, where they incite most). */
const ENGAGED = new Set(['push_line', 'breach', 'throw', 'burn_tyres', 'enter_building', 'take_hostage', 'sit_in']);

/** Spreads incitement into the coarse grid (orators during orasi, active provocateurs). */
function incite(ctx: TickCtx): void {
  const { game } = ctx;
  const a = game.world.agents;
  const rt = game.runtime;
  const cols = rt.coarseCols;
  const rows = rt.coarseRows;
  game.state.groups.forEach((g) => {
    const orasi = g.task.type === 'orasi';
    const engaged = ENGAGED.has(g.task.type);
    for (let i = g.first; i < g.first + g.count; i++) {
      const r = a.role[i]!;
      const f = a.flags[i]!;
      if ((f & (OFF | ARRESTED | DOWN)) !== 0) continue;
      let amount = 0;
      let radius = 0;
      if (r === ORATOR && orasi) { amount = 0.08; radius = 3; }
      else if (r === ORATOR && engaged) { amount = 0.04; radius = 2; }
      else if (r === PROVOCATEUR && (f & ACTIVE) !== 0) { amount = 0.03; radius = 1; }
      else continue;
      const c = coarseOf(rt, a.x[i]!, a.y[i]!);
      const cx = c % cols;
      const cy = (c - cx) / cols;
      for (let y = Math.max(0, cy - radius); y <= Math.min(rows - 1, cy + radius); y++) {
        for (let x = Math.max(0, cx - radius); x <= Math.min(cols - 1, cx + radius); x++) rt.coarseIncite[y * cols + x]! += amount;
      }
    }
  });
}

/** Runs this tick's share of decisions and reports group mood changes. */
export function decide(ctx: TickCtx): void {
  const { game } = ctx;
  const a = game.world.agents;
  const rt = game.runtime;
  const L = game.state.legitimacy;
  const cols = rt.coarseCols;
  const rows = rt.coarseRows;
  const decideSeconds = DECIDE_EVERY * ctx.dt;
  incite(ctx);
  game.state.groups.forEach((g, gi) => {
    let active = 0;
    let present = 0;
    const sitting = g.task.type === 'sit_in';
    for (let i = g.first; i < g.first + g.count; i++) {
      let f = a.flags[i]!;
      if ((f & (OFF | ARRESTED)) !== 0) continue;
      present++;
      f = sitting ? f | SITTING : f & ~SITTING;
      if ((f & DOWN) === 0 && (i + ctx.tick) % DECIDE_EVERY === 0 && a.kind[i] === PROTESTER) {
        const c = coarseOf(rt, a.x[i]!, a.y[i]!);
        const cx = c % cols;
        const cy = (c - cx) / cols;
        let C = 0;
        let A = 1;
        for (let y = Math.max(0, cy - 1); y <= Math.min(rows - 1, cy + 1); y++) {
          for (let x = Math.max(0, cx - 1); x <= Math.min(cols - 1, cx + 1); x++) {
            C += rt.coarsePolice[y * cols + x]!;
            A += rt.coarseActive[y * cols + x]!;
          }
        }
        const G = a.hardship[i]! * (1 - L) + g.agitation + rt.coarseIncite[c]!;
        const P = 1 - detExp((-EPSTEIN_K * C) / A);
        let N = a.riskAversion[i]! * P;
        if ((f & WET) !== 0) N += 0.1;
        if ((f & GASSED) !== 0) N += 0.3;
        let u = a.arousal[i]! + AROUSAL_RATE * decideSeconds * (G - N - a.threshold[i]!);
        u = u < 0 ? 0 : u > 1 ? 1 : u;
        a.arousal[i] = u;
        // A sit-in is a deliberate passive protest: nobody riots while sitting.
        f = u >= AROUSED && !sitting ? f | ACTIVE : f & ~ACTIVE;
      }
      if ((f & GASSED) !== 0 && a.exposure[i]! < 0.1) f &= ~GASSED;
      a.flags[i] = f;
      if ((f & ACTIVE) !== 0) active++;
    }
    ctx.out.groupActive[gi] = active;
    const step = Math.max(3, Math.ceil(present * 0.05));
    if (Math.abs(active - g.lastActive) >= step || (active === 0) !== (g.lastActive === 0)) {
      ctx.ev.push({ tick: ctx.tick, type: 'crowd_mood', groupId: g.id, active, present });
    } else ctx.out.groupActive[gi] = -1;
  });
}
