export { renderJourney } from './render-journey.js';
export type { RenderJourneyOptions, RenderedJourney } from './render-journey.js';
export type { MapProblem } from '@journey-maps/model';
