/** Status 0: the request never got an answer (offline, server down). */
export const NETWORK_ERROR_STATUS = 0;
