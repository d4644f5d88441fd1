import { XapiForwardedEntity, XapiForwardingEntity } from './xapi-forwarding.entity';

/** Where forwarding learning records to the LRS stands, and the statements it accepted. */
export const XAPI_ENTITIES = [XapiForwardingEntity, XapiForwardedEntity];
