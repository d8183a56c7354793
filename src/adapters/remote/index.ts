export { createRemoteAdapter, loadRemoteAdapter, REMOTE_DEFAULT_CAPABILITIES, type RemoteAdapterOptions } from './remoteAdapter.js';
export { DEFAULT_BASE_PATH, PROTOCOL_ROUTES, ROSTER_REQUEST_HEADER, ROSTER_REQUEST_HEADER_VALUE, type CapabilitiesResponse, type ProtocolRoute } from '../../core/protocol.js';
