import type { Draft } from 'immer';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { groundKinds, roomKinds, type VenueFile } from '../../../../shared/venue/schema';
import { useT } from '../../i18n/useT';
import { select } from './toolActions';
import { removeElement } from './venueDoc';
import { editVenue, indexedLists, useVenueEditor, type VenueSelection } from './venueEditorStore';

/**
 * The side panel's property form: the venue's own fields when nothing is selected, else the selected
 * element's (name, kind, storeys and rooms of a building, strength and state of a fence or gate ...).
 * Every change is one undoable edit.
 */

/** A labelled row. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="prop-row">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** A number input that edits on change when the value is a finite number. */
function NumberInput({ value, onChange, min, step = 0.5, testId }: { value: number; onChange(v: number): void; min?: number; step?: number; testId?: string }) {
  return <input type="number" value={value} min={min} step={step} data-testid={testId} onChange={(e) => { const v = Number(e.target.value); if (e.target.value !== '' && Number.isFinite(v)) onChange(v); }} />;
}

function TextInput({ value, onChange, testId, maxLength = 80 }: { value: string; onChange(v: string): void; testId?: string; maxLength?: number }) {
  return <input type="text" value={value} maxLength={maxLength} data-testid={testId} onChange={(e) => onChange(e.target.value)} />;
}

/** The venue's own fields. */
function VenueFields({ venue }: { venue: VenueFile }) {
  const t = useT();
  const b = venue.bounds;
  return (
    <div className="prop-group" data-testid="venue-fields">
      <h3>{t('editor.venueSettings')}</h3>
      <Row label={t('editor.field.name')}><TextInput value={venue.name} maxLength={120} testId="venue-name" onChange={(v) => editVenue((d) => { d.name = v; })} /></Row>
      <Row label={t('editor.field.id')}><TextInput value={venue.id} maxLength={48} testId="venue-id" onChange={(v) => editVenue((d) => { d.id = v.toLowerCase(); })} /></Row>
      <Row label={t('editor.field.description')}><textarea value={venue.description} maxLength={2000} rows={2} onChange={(e) => editVenue((d) => { d.description = e.target.value; })} /></Row>
      <Row label={t('editor.field.width')}><NumberInput value={b.maxX - b.minX} min={10} step={5} onChange={(v) => editVenue((d) => { d.bounds.maxX = d.bounds.minX + v; })} /></Row>
      <Row label={t('editor.field.depth')}><NumberInput value={b.maxY - b.minY} min={10} step={5} onChange={(v) => editVenue((d) => { d.bounds.maxY = d.bounds.minY + v; })} /></Row>
      <label className="prop-check"><input type="checkbox" checked={venue.approximate} onChange={(e) => editVenue((d) => { d.approximate = e.target.checked; })} />{t('editor.field.approximate')}</label>
    </div>
  );
}

/** Edits the element of `list` with id `key` (by index for trees). */
function editElement<L extends VenueSelection['list']>(list: L, key: string, change: (item: Draft<VenueFile[L][number]>) => void): void {
  editVenue((d) => {
    const items = d[list] as Draft<VenueFile[L][number]>[];
    const item = indexedLists.has(list) ? items[Number(key)] : items.find((x) => (x as { id?: string }).id === key);
    if (item) change(item);
  });
}

/** The selected element's fields. */
function ElementFields({ venue, selection }: { venue: VenueFile; selection: VenueSelection }) {
  const t = useT();
  const { list, key } = selection;
  const item = (indexedLists.has(list) ? (venue[list as 'trees' | 'cars'] as unknown[])[Number(key)] : (venue[list] as { id: string }[]).find((x) => x.id === key)) as Record<string, unknown> | undefined;
  if (!item) return null;
  const set = (change: (x: Record<string, unknown>) => void) => editElement(list, key, change as never);
  const fields: ReactNode[] = [];
  if (typeof item.name === 'string') fields.push(<Row key="name" label={t('editor.field.name')}><TextInput value={item.name} testId="element-name" onChange={(v) => set((x) => { x.name = v; })} /></Row>);
  if (list === 'ground') {
    fields.push(<Row key="kind" label={t('editor.field.kind')}><select value={String(item.kind)} onChange={(e) => set((x) => { x.kind = e.target.value; })}>{groundKinds.map((k) => <option key={k} value={k}>{t(`editor.ground.${k}` as MessageKey)}</option>)}</select></Row>);
  }
  if (list === 'buildings') fields.push(<BuildingFields key="building" venue={venue} id={key} />);
  if (list === 'walls') {
    fields.push(<Row key="kind" label={t('editor.field.kind')}><select value={String(item.kind)} onChange={(e) => set((x) => { x.kind = e.target.value; })}><option value="fence">{t('editor.field.wallKind.fence')}</option><option value="wall">{t('editor.field.wallKind.wall')}</option></select></Row>);
  }
  if (list === 'barriers') {
    fields.push(<Row key="kind" label={t('editor.field.kind')}><select value={String(item.kind)} onChange={(e) => set((x) => { x.kind = e.target.value; })}><option value="concrete">{t('editor.field.barrierKind.concrete')}</option><option value="vehicle">{t('editor.field.barrierKind.vehicle')}</option></select></Row>);
  }
  if (list === 'protectedPlaces') {
    fields.push(<Row key="kind" label={t('editor.field.kind')}><select value={String(item.kind)} onChange={(e) => set((x) => { x.kind = e.target.value; })}>{['pleno_hall', 'documents', 'office'].map((k) => <option key={k} value={k}>{t(`editor.place.${k}` as MessageKey)}</option>)}</select></Row>);
  }
  if (list === 'protectedPeople') {
    fields.push(<Row key="role" label={t('editor.field.role')}><select value={String(item.role)} onChange={(e) => set((x) => { x.role = e.target.value; })}>{['ketua_kpu', 'kpu_staff', 'paslon'].map((k) => <option key={k} value={k}>{t(`editor.person.${k}` as MessageKey)}</option>)}</select></Row>);
    fields.push(<Row key="count" label={t('editor.field.count')}><NumberInput value={Number(item.count)} min={1} step={1} onChange={(v) => set((x) => { x.count = Math.max(1, Math.min(50, Math.round(v))); })} /></Row>);
  }
  if (list === 'trees') fields.push(<Row key="radius" label={t('editor.field.radius')}><NumberInput value={Number(item.radius)} min={0.5} onChange={(v) => set((x) => { x.radius = Math.max(0.5, v); })} /></Row>);
  if (list === 'cars') {
    fields.push(<Row key="heading" label={t('editor.field.heading')}><NumberInput value={Math.round((Number(item.heading) * 180) / Math.PI)} step={15} onChange={(v) => set((x) => { x.heading = Math.round(((v * Math.PI) / 180) * 1000) / 1000; })} /></Row>);
    fields.push(<Row key="length" label={t('editor.field.length')}><NumberInput value={Number(item.length)} min={1} step={0.5} onChange={(v) => set((x) => { x.length = Math.max(1, v); })} /></Row>);
    fields.push(<Row key="width" label={t('editor.field.carWidth')}><NumberInput value={Number(item.width)} min={1} step={0.1} onChange={(v) => set((x) => { x.width = Math.max(1, v); })} /></Row>);
  }
  if (typeof item.height === 'number' && list !== 'buildings') fields.push(<Row key="height" label={t('editor.field.height')}><NumberInput value={item.height} min={0.5} onChange={(v) => set((x) => { x.height = Math.max(0.1, v); })} /></Row>);
  if (typeof item.strength === 'number') fields.push(<Row key="strength" label={t('editor.field.strength')}><NumberInput value={item.strength} min={1} step={5} testId="element-strength" onChange={(v) => set((x) => { x.strength = Math.max(1, v); })} /></Row>);
  if (typeof item.breachable === 'boolean') fields.push(<label key="breachable" className="prop-check"><input type="checkbox" checked={item.breachable} onChange={(e) => set((x) => { x.breachable = e.target.checked; })} />{t('editor.field.breachable')}</label>);
  if (list === 'gates') fields.push(<label key="open" className="prop-check"><input type="checkbox" checked={item.state === 'open'} onChange={(e) => set((x) => { x.state = e.target.checked ? 'open' : 'closed'; })} />{t('editor.field.open')}</label>);
  return (
    <div className="prop-group" data-testid="element-fields">
      <h3>{t('editor.selected')}: {t(`editor.list.${list}` as MessageKey)}</h3>
      {fields}
      <button type="button" className="button button-small button-danger" data-testid="delete-element" onClick={() => { editVenue((d) => { if (list === 'trees' || list === 'cars') d[list].splice(Number(key), 1); else removeElement(d, list, key); }); select(null); }}>
        {t('editor.deleteElement')}
      </button>
    </div>
  );
}

/** A building's storeys, height, rooms and doors. */
function BuildingFields({ venue, id }: { venue: VenueFile; id: string }) {
  const t = useT();
  const building = venue.buildings.find((b) => b.id === id);
  if (!building) return null;
  const change = (f: (b: Draft<VenueFile['buildings'][number]>) => void) => editVenue((d) => { const b = d.buildings.find((x) => x.id === id); if (b) f(b); });
  return (
    <>
      <Row label={t('editor.field.storeys')}><NumberInput value={building.storeys} min={1} step={1} testId="building-storeys" onChange={(v) => change((b) => { b.storeys = Math.max(1, Math.min(20, Math.round(v))); })} /></Row>
      <Row label={t('editor.field.height')}><NumberInput value={building.height} min={2} onChange={(v) => change((b) => { b.height = Math.max(1, v); })} /></Row>
      <h4>{t('editor.field.rooms')}</h4>
      {building.rooms.map((r, k) => (
        <div className="prop-sub" key={r.id}>
          <input type="text" value={r.name} maxLength={80} aria-label={t('editor.field.name')} data-testid={`room-name-${k}`} onChange={(e) => change((b) => { b.rooms[k]!.name = e.target.value; })} />
          <select value={r.kind} aria-label={t('editor.field.kind')} data-testid={`room-kind-${k}`} onChange={(e) => change((b) => { b.rooms[k]!.kind = e.target.value as typeof r.kind; })}>
            {roomKinds.map((kind) => <option key={kind} value={kind}>{t(`editor.room.${kind}` as MessageKey)}</option>)}
          </select>
          <button type="button" className="button button-small" aria-label={t('editor.delete')} onClick={() => change((b) => { b.rooms.splice(k, 1); })}>×</button>
        </div>
      ))}
      <h4>{t('editor.field.entrances')}</h4>
      {building.entrances.map((e, k) => (
        <div className="prop-sub" key={e.id}>
          <input type="text" value={e.name} maxLength={80} aria-label={t('editor.field.name')} onChange={(ev) => change((b) => { b.entrances[k]!.name = ev.target.value; })} />
          <label className="prop-check"><input type="checkbox" checked={e.state === 'open'} onChange={(ev) => change((b) => { b.entrances[k]!.state = ev.target.checked ? 'open' : 'closed'; })} />{t('editor.field.open')}</label>
          {building.entrances.length > 1 && <button type="button" className="button button-small" aria-label={t('editor.delete')} onClick={() => change((b) => { b.entrances.splice(k, 1); })}>×</button>}
        </div>
      ))}
    </>
  );
}

/** The property panel for the current selection. */
export function VenueProperties() {
  const venue = useVenueEditor((s) => s.doc.venue);
  const selection = useVenueEditor((s) => s.selection);
  return selection ? <ElementFields venue={venue} selection={selection} /> : <VenueFields venue={venue} />;
}
