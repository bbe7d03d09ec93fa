import { describe, expect, it, beforeEach } from 'vitest';
import { validateVenue } from '../../../../shared/venue/validate';
import { applyScale, clickAt, finishDrawing } from './toolActions';
import { chooseTool, emptyVenue, openVenue, redoVenue, undoVenue, useVenueEditor } from './venueEditorStore';

const venue = () => useVenueEditor.getState().doc.venue;
const outline = (tool: Parameters<typeof chooseTool>[0], points: [number, number][]) => {
  chooseTool(tool);
  for (const p of points) clickAt(p);
  clickAt(points[0]!);
};

beforeEach(() => openVenue(emptyVenue(), null));

describe('the venue editor tools', () => {
  it('draws a closed outline by clicking its first point again, snapped to the grid', () => {
    outline('ground', [[0, 0], [80.2, 0.1], [80, 6], [0, 6]]);
    expect(venue().ground).toEqual([expect.objectContaining({ kind: 'yard', polygon: [[0, 0], [80, 0], [80, 6], [0, 6]] })]);
    expect(useVenueEditor.getState().selection).toEqual({ list: 'ground', key: venue().ground[0]!.id });
  });

  it('builds the small venue of the e2e: fence with a gate snapped onto it, building with a hall, zones', () => {
    chooseTool('fence');
    for (const p of [[10, 10], [70, 10], [70, 55], [10, 55], [10, 10]] as [number, number][]) clickAt(p);
    finishDrawing();
    chooseTool('gate');
    clickAt([40, 11.2]);
    expect(venue().gates[0]).toMatchObject({ wallId: venue().walls[0]!.id, a: [38, 10], b: [42, 10] });
    outline('building', [[30, 35], [50, 35], [50, 48], [30, 48]]);
    expect(venue().buildings[0]!.entrances[0]).toMatchObject({ a: [39, 35], b: [41, 35] });
    outline('room', [[31, 36], [49, 36], [49, 47], [31, 47]]);
    expect(venue().buildings[0]!.rooms).toHaveLength(1);
    outline('arrival', [[25, 1], [55, 1], [55, 5], [25, 5]]);
    outline('staging', [[13, 13], [22, 13], [22, 22], [13, 22]]);
    expect(validateVenue(venue())).toEqual([]);
    // Undo takes back the staging zone (then the venue lacks one); redo restores it.
    undoVenue();
    expect(venue().policeStaging).toHaveLength(0);
    redoVenue();
    expect(venue().policeStaging).toHaveLength(1);
  });

  it('parks a car (an obstacle in the engine) where the plan is clicked', () => {
    chooseTool('car');
    clickAt([20.1, 30.2]);
    expect(venue().cars).toEqual([{ x: 20, y: 30, heading: 0, length: 4.5, width: 1.8 }]);
    expect(useVenueEditor.getState().selection).toEqual({ list: 'cars', key: '0' });
  });

  it('rescales the drawing from one measured distance when there is no background image', () => {
    outline('staging', [[10, 10], [20, 10], [20, 20], [10, 20]]);
    chooseTool('scale');
    expect(clickAt([10, 10])).toBe('none');
    expect(clickAt([20, 10])).toBe('askScale');
    applyScale(20);
    expect(venue().policeStaging[0]!.polygon).toEqual([[10, 10], [30, 10], [30, 30], [10, 30]]);
    expect(venue().bounds).toEqual({ minX: -10, minY: -10, maxX: 150, maxY: 110 });
  });

  it('rescales the background image, not the drawing, when one is laid under the plan', () => {
    useVenueEditor.setState({ background: { dataUrl: 'data:,', width: 800, height: 600, x: 0, y: 60, metresPerPixel: 0.1, opacity: 0.5 } });
    chooseTool('scale');
    clickAt([0, 60]);
    clickAt([40, 60]);
    applyScale(80);
    expect(useVenueEditor.getState().background).toMatchObject({ metresPerPixel: 0.2, x: 0, y: 60 });
    expect(useVenueEditor.getState().doc.past).toHaveLength(0);
  });
});
