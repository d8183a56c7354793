export {
  createSsojetAdapter,
  SSOJET_CAPABILITIES,
  SSOJET_DEFAULT_BASE_URL,
  type SsojetAdapter,
  type SsojetAdapterOptions,
} from './ssojetAdapter.js';
export type * from './wireTypes.js';
