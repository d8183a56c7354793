/**
 * SSOJet's legacy (seed-navigation) management API, field names exactly as SSOJet spells them.
 * Source: shared/reference/ssojet-api.md §2.1, §2.2, §3. The odd casing (`_id`, `LastLoginAt`,
 * `Name`, `WhiteListDomains`, `email_id`, `role_id`) is SSOJet's, not a typo here.
 */

/** RFC 3339 text, often with nanoseconds (`2024-07-15T06:27:32.003681223Z`). */
export type SsojetTimestamp = string;

/** A role as held on a user record; the element shape is undocumented, so both forms are read. */
export type SsojetUserRoleRef = string | { role_id?: string; id?: string; _id?: string; role_name?: string };

/** `GET /api/v1/users`, `GET /api/v1/users/{id}`, and the answer of most user writes. */
export interface SsojetUser {
  _id: string;
  account_id?: string;
  /** Only in the Create User answer; `"000000000000000000000000"` means none. */
  organization_id?: string;
  connection_id?: string;
  email: string;
  first_name?: string;
  last_name?: string;
  groups?: unknown[] | null;
  raw_attributes?: Record<string, unknown> | null;
  roles?: SsojetUserRoleRef[] | null;
  passkey_credential?: object | null;
  /** The phone login id; `""` when the user has none. */
  phone_id?: string;
  created_at?: SsojetTimestamp;
  modified_at?: SsojetTimestamp;
  email_verified?: boolean;
  is_active?: boolean;
  LastLoginAt?: SsojetTimestamp | null;
  tenants?: object | null;
  identities?: unknown[] | null;
}

/**
 * The current API's `GET /api/v1/users?cursor=&limit=` (OpenAPI users/get; ssokit's
 * `MemberListResponseSchema`): one page and the cursor of the next, `""` on the last page.
 * The legacy API answers a bare `SsojetUser[]` instead.
 */
export interface SsojetUserPage {
  limit: number;
  next_cursor: string;
  users: SsojetUser[];
}

/** `GET /api/v1/users/{email}/email` answers a slimmer record keyed `id`, not `_id`. */
export interface SsojetUserByEmail {
  id: string;
  account_id?: string;
  connection_type?: string;
  email: string;
  first_name?: string;
  last_name?: string;
  created_at?: SsojetTimestamp;
  modified_at?: SsojetTimestamp;
  is_active?: boolean;
  LastLoginAt?: SsojetTimestamp | null;
}

/**
 * Body of `POST /api/v1/users`: every field required. The answer is documented two ways: the
 * example is the created `SsojetUser` (with `organization_id`), the prose schema `SsojetStatus`.
 */
export interface SsojetCreateUserBody {
  first_name: string;
  last_name: string;
  email: string;
}

/** The Create User prose's answer schema. */
export interface SsojetStatus {
  status: string;
  message: string;
}

/** Body of `PUT /api/v1/users/{id}`: every field required, so it replaces the record. */
export interface SsojetUpdateUserBody {
  email: string;
  first_name: string;
  last_name: string;
  groups: unknown[] | Record<string, never>;
  raw_attributes: Record<string, unknown>;
}

/** Body of `POST /api/v1/users/{id}/verify`: a string, not a boolean. */
export interface SsojetVerifyUserBody {
  verification_status: 'true' | 'false';
}

/**
 * One entry of `GET /api/v1/users/{id}/loginlogs` (legacy "GET User Login Logs"): every key
 * PascalCase, every field a documented-required string, `""` when unknown. `Name` is the agent's
 * short name ("Amazon CloudFront"; the current docs' `name`: "Name of the user agent", "Chrome").
 */
export interface SsojetLoginLog {
  IpAddress: string;
  Country: string;
  City: string;
  UserAgent: string;
  Name: string;
  Os: string;
  Device: string;
  /** RFC 3339 (the example has milliseconds: `2024-07-10T12:16:19.647Z`). */
  CreatedAt: SsojetTimestamp;
}

/** The Login Logs answer: no paging documented. (A Go service may write `null` for none.) */
export interface SsojetLoginLogs {
  login_logs: SsojetLoginLog[] | null;
}

/**
 * Body of `PUT /api/v1/users/{id}/roles`: replaces the whole set (singular name, array value).
 * Its answer is documented two ways (seed 000): prose says the updated user, the example says
 * `text/plain` `{}`. Nothing the adapter does depends on it.
 */
export interface SsojetSetUserRolesBody {
  role_id: string[];
}

/** `GET /api/v1/roles`. */
export interface SsojetRole {
  id: string;
  name: string;
  slug?: string;
  description?: string;
  /** Permission ids; may be null. (The current generation spells it `permission_ids`.) */
  permission_id?: string[] | null;
  is_deleted?: boolean;
  is_active?: boolean;
}

/** `GET /api/v1/permissions`; `is_active`/`is_default` only in the current docs' records. */
export interface SsojetPermission {
  id: string;
  name: string;
  slug?: string;
  description?: string;
  is_active?: boolean;
  is_default?: boolean;
}

/**
 * Body of `POST /api/v1/roles` (Create New Role): all three required; `slug` is "the unique
 * identifier for the role". Permissions cannot be set here. The answer is the whole role list.
 */
export interface SsojetCreateRoleBody {
  name: string;
  slug: string;
  description: string;
}

/** Body of `PUT /api/v1/roles/{roleId}` (Update Existing Role): every field, so it replaces. Answer: the role list. */
export interface SsojetUpdateRoleBody extends SsojetCreateRoleBody {
  permission_id: string[];
}

/** Body of `PUT /api/v1/permissions/{permissionId}`: all three required. Answer: the permission. */
export interface SsojetUpdatePermissionBody {
  name: string;
  slug: string;
  description: string;
}

/**
 * Body of `POST /api/v1/permissions`: documented by the current OpenAPI reference only
 * (operations/permissions/post: name, description, is_active, is_default; 201 with the
 * permission). `slug` is the legacy record's field, sent so that Update Permission finds one.
 */
export interface SsojetCreatePermissionBody extends SsojetUpdatePermissionBody {
  is_active: boolean;
  is_default: boolean;
}

/**
 * Body of `POST /api/v1/organization` (Add New Organization) and `PUT
 * /api/account/organization/{id}` (Update Organization). The prose spells the list
 * `WhiteListDomain`, the samples `WhiteListDomains`; the samples' spelling is sent.
 */
export interface SsojetOrganizationBody {
  Name: string;
  WhiteListDomains: string[];
  AllowProfilesOutsideOrganization: boolean;
}

/** `GET /api/v1/organizations`. */
export interface SsojetOrganization {
  id: string;
  name: string;
  WhiteListDomains?: string[] | null;
  /** The spelling of Add New Organization's answer and of Get All Organization's prose. */
  WhiteListDomain?: string[] | null;
  allow_profiles_outside_organization?: boolean;
  sso_connection_token?: string;
  domain?: string;
  WorkspaceName?: string;
  is_active?: boolean;
}

/** One organization in `GET /api/account/identity/users/{id}/organizations`. */
export interface SsojetUserOrganization {
  id: string;
  Name: string;
  WhiteListDomains?: string[] | null;
  AllowProfilesOutsideOrganization?: boolean;
  domain?: string;
  WorkspaceName?: string;
  roles?: Array<{ role_id: string; role_name?: string; permissions?: string[] | null }> | null;
  is_active?: boolean;
  status?: string;
}

export interface SsojetUserOrganizations {
  id: string;
  email_id: string;
  organizations: SsojetUserOrganization[] | null;
}

/** SSOJet's error body (current docs, `model.APIErrorResponse`); `error` is the HTTP status. */
export interface SsojetErrorBody {
  error: number;
  error_code: string;
  error_description: string;
}
