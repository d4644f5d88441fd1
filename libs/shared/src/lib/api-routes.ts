/** Path prefix of every API route; the portal is served from `/`. */
export const API_PREFIX = 'api';
export const SESSION_COOKIE = 'atolye_session';
