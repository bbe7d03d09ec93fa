import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import { Matrix4, Vector3 } from 'three';
import type { FrameHub } from '../frameHub';
import { useHubUpdater } from '../sceneDriver';
import { declutter, type LabelBoxes, type MapLabel } from './mapLabels';
import './mapLabels.css';

/** Height above the ground (m) where a label hangs over its unit's centre. */
const LABEL_HEIGHT = 3.2;

/**
 * The label elements and their measured sizes, shared between the HTML layer (which creates them when
 * the unit list changes) and the projector inside the canvas (which moves them). Not React state.
 */
export interface LabelSlots {
  labels: MapLabel[];
  els: (HTMLDivElement | null)[];
  boxes: LabelBoxes;
  /** Bumped when the labels were re-created or re-measured: the projector places them again. */
  version: number;
}

/** Empty slots (one per scene). */
export function createLabelSlots(): LabelSlots {
  return { labels: [], els: [], boxes: boxesFor(0), version: 0 };
}

function boxesFor(n: number): LabelBoxes {
  return { x: new Float32Array(n), y: new Float32Array(n), w: new Float32Array(n), h: new Float32Array(n), shown: new Uint8Array(n) };
}

/**
 * The labels as HTML over the canvas (crisp text in any language, no textures, no draw calls): one
 * absolutely placed element per label, created when the unit list changes and measured once; the
 * projector moves them. Hidden (not removed) when labels are switched off.
 */
export function MapLabelsHtml({ labels, slots, visible }: { labels: MapLabel[]; slots: LabelSlots; visible: boolean }) {
  useLayoutEffect(() => {
    slots.labels = labels;
    slots.els.length = labels.length;
    slots.boxes = boxesFor(labels.length);
    labels.forEach((_, i) => {
      const el = slots.els[i];
      slots.boxes.w[i] = el?.offsetWidth ?? 0;
      slots.boxes.h[i] = el?.offsetHeight ?? 0;
    });
    slots.version++;
  }, [labels, slots, visible]);
  return (
    <div className="map-labels" data-testid="map-labels" aria-hidden="true" style={{ display: visible ? 'block' : 'none' }}>
      {labels.map((label, i) => (
        <div
          key={label.id}
          ref={(el) => void (slots.els[i] = el)}
          className={`map-label tone-${label.tone}`}
          data-testid={`map-label-${label.id}`}
          style={{ visibility: 'hidden' }}
        >
          <span className="map-label-text">{label.text}</span>
          {label.sub && <span className="map-label-sub">{label.sub}</span>}
        </div>
      ))}
    </div>
  );
}

/**
 * Inside the canvas: each frame that the people moved, the camera moved or the labels changed, projects
 * every unit's live centre (the hub's `ucx/ucy`) to the screen, de-clutters, and writes each element's
 * transform. No React state, no allocation per frame; nothing at all when nothing moved.
 */
export function LabelProjector({ hub, slots, visible }: { hub: FrameHub; slots: LabelSlots; visible: boolean }) {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const last = useMemo(() => ({ view: new Matrix4(), projection: new Matrix4(), w: 0, h: 0, version: -1 }), []);
  const v = useMemo(() => new Vector3(), []);
  useHubUpdater(hub, () => {
    if (!visible) return;
    const cameraMoved = !last.view.equals(camera.matrixWorld) || !last.projection.equals(camera.projectionMatrix) || last.w !== size.width || last.h !== size.height;
    if (!hub.moved && !cameraMoved && last.version === slots.version) return;
    last.view.copy(camera.matrixWorld);
    last.projection.copy(camera.projectionMatrix);
    last.w = size.width;
    last.h = size.height;
    last.version = slots.version;
    const { labels, els, boxes } = slots;
    const n = labels.length;
    for (let i = 0; i < n; i++) {
      const u = labels[i]!.index;
      boxes.shown[i] = 0;
      if (u >= hub.un.length || !(hub.un[u]! > 0)) continue;
      v.set(hub.ucx[u]! - hub.site.cx, LABEL_HEIGHT, hub.site.cy - hub.ucy[u]!).project(camera);
      if (v.z > 1 || v.x < -1.2 || v.x > 1.2 || v.y < -1.2 || v.y > 1.2) continue;
      boxes.x[i] = ((v.x + 1) / 2) * size.width;
      boxes.y[i] = ((1 - v.y) / 2) * size.height;
      boxes.shown[i] = 1;
    }
    declutter(boxes, n);
    for (let i = 0; i < n; i++) {
      const el = els[i];
      if (!el) continue;
      if (!boxes.shown[i]) {
        el.style.visibility = 'hidden';
        continue;
      }
      el.style.visibility = 'visible';
      el.style.transform = `translate(${Math.round(boxes.x[i]! - boxes.w[i]! / 2)}px, ${Math.round(boxes.y[i]! - boxes.h[i]!)}px)`;
    }
  });
  return null;
}
