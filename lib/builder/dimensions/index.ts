import type { DimensionId } from '../model';
import { availability } from './availability';
import { changeCoupling } from './change-coupling';
import { compliance } from './compliance';
import { consistency } from './consistency';
import { dataOwnership } from './data-ownership';
import { latency } from './latency';
import { operations } from './operations';
import { reference } from './reference';
import { resourceFit } from './resource-fit';
import { teamFit } from './team-fit';
import type { Dimension } from './types';
import { unplaced } from './unplaced';

/** Every dimension, in the order the panel shows them. */
export const DIMENSIONS: Record<DimensionId, Dimension> = {
  unplaced,
  latency,
  availability,
  consistency,
  'data-ownership': dataOwnership,
  'change-coupling': changeCoupling,
  'resource-fit': resourceFit,
  'team-fit': teamFit,
  operations,
  compliance,
  reference,
};
