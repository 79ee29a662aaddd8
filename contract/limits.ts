// Limits the server enforces and the console mirrors.
export const LIMITS = {
  descMin: 1,
  descMax: 250,
  keysPerOrg: 500,
  accessListEntriesPerKey: 200,
  itemsPerPageMax: 500,
  itemsPerPageDefault: 100,
  bodyBytesMax: 1024 * 1024,
} as const;

export const MEDIA_TYPE = "application/vnd.atlas.2023-01-01+json";
export const API_BASE = "/api/atlas/v2";
