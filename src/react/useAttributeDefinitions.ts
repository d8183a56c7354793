import { rosterKeys } from '../core/cacheKeys.js';
import type { AttributeDefinition } from '../core/model.js';
import { userDetailsAvailable } from '../core/userDetails.js';
import { useRosterContext } from './context.js';
import { useRosterQuery, type RosterQueryResult } from './useRosterQuery.js';

export interface UseAttributeDefinitionsResult extends RosterQueryResult<AttributeDefinition[]> {
  /** False where the backend does not define its custom attributes: each is then typed by its value. */
  isSupported: boolean;
}

/** The custom attributes the backend defines, with their types and whether each may be edited. */
export function useAttributeDefinitions(): UseAttributeDefinitionsResult {
  const { adapter, keyBase } = useRosterContext('useAttributeDefinitions');
  const isSupported = userDetailsAvailable(adapter).attributeDefinitions;
  const key = isSupported ? rosterKeys.attributeDefinitions(keyBase) : null;
  const { isPreviousData: _, ...query } = useRosterQuery('useAttributeDefinitions', key, (signal) => adapter.listAttributeDefinitions!({ signal }));
  return { ...query, isSupported };
}
