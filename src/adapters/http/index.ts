export * from './httpClient.js';
export * from './retryAfter.js';
