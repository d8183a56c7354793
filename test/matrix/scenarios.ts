/**
 * THE MATRIX's columns, in report order: writes to users, then to definitions (roles,
 * organizations). Each scenario drives one write through the components (real clicks and typing),
 * then reads the backend's own state; `cannot` says, from the adapter's declared capabilities and
 * methods, when a backend cannot back it.
 */
import { DEFINITION_SCENARIOS } from './scenarios/definitions.js';
import { ORGANIZATION_SCENARIOS } from './scenarios/organizations.js';
import { ROLE_SCENARIOS } from './scenarios/roles.js';
import { TABLE_SCENARIOS } from './scenarios/table.js';
import type { Scenario } from './types.js';

const [create, invite, ...rowAndBulk] = TABLE_SCENARIOS;

export const SCENARIOS: Scenario[] = [create!, invite!, ...ROLE_SCENARIOS, ...ORGANIZATION_SCENARIOS, ...rowAndBulk, ...DEFINITION_SCENARIOS];
