/**
 * THE MATRIX's columns, in report order: writes to users, then to definitions (roles,
 * organizations), then one user whole (details, invitations) and many users by CSV. Each scenario
 * drives one write through the components (real clicks and typing), then reads the backend's own
 * state; `cannot` says, from the adapter's declared capabilities and methods, when a backend cannot
 * back it.
 */
import { CSV_EXPORT_SCENARIOS } from './scenarios/csvExport.js';
import { CSV_IMPORT_SCENARIOS } from './scenarios/csvImport.js';
import { DEFINITION_SCENARIOS } from './scenarios/definitions.js';
import { DETAILS_SCENARIOS } from './scenarios/details.js';
import { INVITATION_SCENARIOS } from './scenarios/invitations.js';
import { ORGANIZATION_SCENARIOS } from './scenarios/organizations.js';
import { ROLE_SCENARIOS } from './scenarios/roles.js';
import { TABLE_SCENARIOS } from './scenarios/table.js';
import type { Scenario } from './types.js';

const [create, invite, ...rowAndBulk] = TABLE_SCENARIOS;

export const SCENARIOS: Scenario[] = [
  create!,
  invite!,
  ...ROLE_SCENARIOS,
  ...ORGANIZATION_SCENARIOS,
  ...rowAndBulk,
  ...DEFINITION_SCENARIOS,
  ...DETAILS_SCENARIOS,
  ...INVITATION_SCENARIOS,
  ...CSV_IMPORT_SCENARIOS,
  ...CSV_EXPORT_SCENARIOS,
];
