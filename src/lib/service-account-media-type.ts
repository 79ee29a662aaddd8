// Every Service Accounts operation exists in one resource version only
// (2024-08-05), so its requests ask for it (the API keys' default is
// 2023-01-01). Kept apart from contract/service-accounts.ts, whose schemas
// would bring zod into whatever imports the constant.
export const SERVICE_ACCOUNT_MEDIA_TYPE = "application/vnd.atlas.2024-08-05+json";
