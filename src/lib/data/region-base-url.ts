/**
 * Where the region base is, relative to the page (Vite `public/`): in a module of its own so
 * vite.config.ts can name it to the service worker (cached on first use) without the schemas.
 */
export const REGION_BASE_URL = 'geo/china-regions.json';
