/**
 * Venue model: the schema of venue files, the parser and compiler, geometry helpers, the navigation
 * grid and the two bundled venues of the mission.
 */
export * from './schema';
export * from './geometry';
export * from './compile';
export * from './navgrid';
export { bundledVenues, getVenue, isBundledVenue, registerVenue, venueRevisionId, type VenueId, type RegisterVenueResult } from './venues';
