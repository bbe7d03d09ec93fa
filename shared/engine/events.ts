import type { PoliceOrderType, CrowdOrderType, ForceStage } from './forces';
import type { AiIntentRecord } from './orders';
import type {
  SituationLevel, IncidentKind, DisturbanceMarker, Verdict, RuleId, MeasureFacts, ConductKind, Echelon, OverallControl, GameOverReason, TurnScore,
} from './doctrineTypes';
import type { DamageState, PropertyKind } from './damage';

/**
 * Events: what happened, to whom, where, and which order caused it (`orderId`, null when nobody
 * ordered it). Every tick emits a list of them for the HUD, the storage and the debrief. Codes only;
 * their words are in shared/i18n/gameLabelMessages.ts (`event.<type>`).
 */

/** Fields every event carries. */
interface Base {
  /** Global tick at which it happened (tick 0 is the start of turn 0). */
  tick: number;
}
/** Causes of injuries. */
export type InjuryCause = 'projectile' | 'crush' | 'water' | 'gas' | 'fire' | 'baton' | 'assault' | 'arrest';

/** Why an order could not be carried out or started (a queued order is checked again when it starts). */
export type BlockReason = 'no_supplies' | 'out_of_reach' | 'unit_missing' | 'vehicle_climbed' | 'invalid_target' | 'gate_broken';

/** One event. */
export type GameEvent = Base &
  (
    | { type: 'turn_started'; turn: number }
    | { type: 'turn_resolved'; turn: number }
    | { type: 'game_over'; reason: GameOverReason }
    /** A police order took effect; the doctrine judges it at once (`measure_judged`, doctrine/judge.ts). */
    | { type: 'measure_applied'; orderId: string; unitId: string; order: PoliceOrderType; forceStage: ForceStage }
    | { type: 'crowd_action'; orderId: string; groupId: string; order: CrowdOrderType }
    /**
     * A standing order or task ended before it finished by itself: a stop order (`byOrderId`), its set
     * duration, or an order that replaced it. `order` is null when the ended task's order type is not known.
     */
    | { type: 'order_ended'; unitId: string; orderId: string; order: PoliceOrderType | null; reason: 'stopped' | 'duration' | 'replaced'; byOrderId?: string }
    /** What a computer player meant by its orders for this turn (its plan, triggers, the weakness it went for). */
    | { type: 'ai_intent'; playerId: string; intent: AiIntentRecord }
    /** Queued orders of a unit or group dropped because the player gave it a new first order. */
    | { type: 'orders_replaced'; actorId: string; orderIds: string[]; byOrderId: string }
    | { type: 'unit_arrived'; unitId: string; x: number; y: number }
    | { type: 'push_contact'; unitId: string; orderId: string | null; contacts: number; displaced: number; x: number; y: number }
    | { type: 'line_pressure'; unitId: string; pressure: number; x: number; y: number }
    | { type: 'gate_damaged'; gateId: string; remaining: number; groupId: string | null; orderId: string | null }
    | { type: 'gate_breached'; gateId: string; groupId: string | null; orderId: string | null; x: number; y: number }
    | { type: 'fence_breached'; wallId: string; segment: number; groupId: string | null; orderId: string | null; x: number; y: number }
    | { type: 'gate_opened' | 'gate_closed'; gateId: string; unitId: string; orderId: string | null }
    | { type: 'barrier_placed'; unitId: string; orderId: string | null; segment: number; x: number; y: number }
    | { type: 'projectiles_thrown'; groupId: string; orderId: string | null; count: number; hits: number; x: number; y: number }
    | { type: 'agent_injured'; agent: number; kind: 'officer' | 'protester' | 'protected'; cause: InjuryCause; orderId: string | null; x: number; y: number }
    | { type: 'agent_down'; agent: number; x: number; y: number }
    | { type: 'arrest_made'; agent: number; unitId: string; orderId: string | null; role: 'korlap' | 'orator' | 'provocateur' | 'protester' | 'bystander'; sajam: boolean; x: number; y: number }
    | { type: 'fire_started'; fireId: number; groupId: string; orderId: string | null; x: number; y: number }
    | { type: 'fire_out'; fireId: number; by: 'burnt_out' | 'water' | 'apar' }
    | { type: 'property_damaged'; target: string; amount: number; cause: 'projectile' | 'fire' | 'intrusion' | 'breach' | 'vandalism'; orderId: string | null }
    | { type: 'building_entered'; groupId: string; buildingId: string; orderId: string | null }
    /**
     * A building, fence panel, gate, door or parked car passed into another damage state (damage.ts:
     * intact, damaged, heavily damaged, destroyed); `target` as damage.ts names it.
     */
    | { type: 'damage_state_changed'; target: string; kind: PropertyKind; state: DamageState; cause: 'projectile' | 'fire' | 'intrusion' | 'breach'; groupId: string | null; orderId: string | null; x: number; y: number }
    | { type: 'hostage_taken'; agent: number; captor: number; groupId: string; orderId: string | null; x: number; y: number }
    | { type: 'hostage_freed'; agent: number; x: number; y: number }
    | { type: 'crowd_mood'; groupId: string; active: number; present: number }
    | { type: 'dispersed'; groupId: string; count: number }
    /**
     * Members of a crowd group have stood packed past the dangerous density (5.5 persons/m², sustained)
     * for a while: `people` of them, `critical` past 7/m² (crush injuries likely), the densest spot
     * (`peak` persons/m² at x, y) and the police unit driving people there (a push in contact, a water
     * cannon or gas aimed nearby), or null. Reported every 5 s while it lasts.
     */
    | { type: 'crowd_crush_risk'; groupId: string; people: number; critical: number; peak: number; x: number; y: number; unitId: string | null }
    | { type: 'water_cannon_fired'; unitId: string; orderId: string | null; hits: number; x: number; y: number; r: number; waterLeft: number }
    | { type: 'area_cleared'; unitId: string; orderId: string | null; x: number; y: number; r: number }
    | { type: 'gas_fired'; unitId: string; orderId: string | null; cloudId: number; x: number; y: number; r: number }
    | { type: 'gassed'; cloudId: number; count: number }
    | { type: 'appeal_made'; unitId: string; orderId: string | null; groupIds: string[]; appeals: number[] }
    | { type: 'negotiation_started' | 'negotiation_succeeded' | 'negotiation_failed'; unitId: string; groupId: string; orderId: string | null }
    | { type: 'delegation_arrived'; groupId: string; orderId: string | null; x: number; y: number }
    | { type: 'handover_completed'; unitId: string; relievedUnitId: string; kind: 'lapis_ganti' | 'lintas_ganti'; orderId: string | null }
    | { type: 'casualty_evacuated'; agent: number; unitId: string; orderId: string | null }
    /** Dokkes treated a walking injured person on the spot (first aid): no longer injured, stays on the field. */
    | { type: 'first_aid_given'; agent: number; unitId: string; orderId: string | null; x: number; y: number }
    | { type: 'escort_arrived'; unitId: string; personId: string; orderId: string | null }
    | { type: 'order_blocked'; unitId: string; orderId: string; reason: BlockReason }
    /** A scenario script event fired, by its own condition or injected by the instructor (script/). */
    | { type: 'script_event'; eventId: string; by: 'script' | 'instructor'; playerId: string | null }
    /** A reserve crowd group or police unit entered the field. */
    | { type: 'reinforcements_arrived'; side: 'crowd' | 'police'; id: string; count: number; x: number; y: number }
    /** Protesters climbed a police vehicle: it can neither drive nor spray until they are off. */
    | { type: 'vehicle_climbed'; unitId: string; groupId: string; climbers: number; x: number; y: number }
    | { type: 'vehicle_freed'; unitId: string; groupId: string }
    /** Doctrine (doctrine/*): the effective situation level changed; `cause` is the incident, 'calm' (sustained calm) or 'instructor'. */
    | { type: 'situation_level_changed'; from: SituationLevel; to: SituationLevel; cause: IncidentKind | 'calm' | 'instructor'; groupId: string | null; assessed: SituationLevel; overridden: boolean }
    /** An instructor set (level) or withdrew (null) an override of the situation level. */
    | { type: 'situation_level_overridden'; playerId: string; level: SituationLevel | null; previous: SituationLevel; reason: string }
    /** A Protap 1/X/2010 marker: the first sighting of an incident of this kind after two quiet minutes. */
    | { type: 'disturbance_marked'; marker: DisturbanceMarker; incident: IncidentKind; groupId: string | null }
    /** Kendali taktis passed to another unit (lapis / lintas ganti) or kendali umum to or from the Kapolda. */
    | { type: 'control_passed'; control: 'taktis'; fromUnitId: string | null; toUnitId: string; echelon: Echelon | null; playerId: string | null; cause: 'lapis_ganti' | 'lintas_ganti'; orderId: string | null }
    | { type: 'control_passed'; control: 'umum'; from: OverallControl; to: OverallControl; cause: 'situation_level' }
    /**
     * The Anev judgement of an order, with the rule and the facts it used: one per measure_applied when it
     * takes effect, and again (`standing: true`) for a standing measure still kept up when the level changes.
     */
    | { type: 'measure_judged'; orderId: string; unitId: string; playerId: string; order: PoliceOrderType; stage: ForceStage; level: SituationLevel; verdict: Verdict; rule: RuleId; citation: string; issues: RuleId[]; facts: MeasureFacts; standing?: true }
    /** Officers out of formation (or pursuing individuals) for a sustained time. */
    | { type: 'conduct_judged'; unitId: string; kind: ConductKind; verdict: Verdict; rule: RuleId; citation: string; officers: number; seconds: number; orderId: string | null; x: number; y: number }
    /** A crowd objective (setup.objectives.crowd[index]) was met. */
    | { type: 'objective_met'; index: number; objective: string; groupId: string | null }
    /** Score of both sides at the end of a turn (also kept in state.doctrine.scores). */
    | { type: 'turn_scored'; turn: number; score: TurnScore }
  );

/** Event type codes. */
export type GameEventType = GameEvent['type'];
