import {
  LogframeEvidenceEntity,
  LogframeIndicatorEntity,
  LogframeItemEntity,
  LogframeValueEntity,
} from './logframe.entity';

/** The programme's logframe: its items, their indicators, values entered by hand and their evidence. */
export const LOGFRAME_ENTITIES = [
  LogframeItemEntity,
  LogframeIndicatorEntity,
  LogframeEvidenceEntity,
  LogframeValueEntity,
];
