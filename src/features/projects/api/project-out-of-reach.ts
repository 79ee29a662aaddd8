// How GET /groups/{groupId} says the user cannot have this project: 404 for a
// project that does not exist or that they have no role in (the server does
// not tell the two apart), 400 for an id that is not one.
import { ApiError } from "../../../lib/api-error.ts";

export function isProjectOutOfReach(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.errorCode === "PATH_PARAM_PARSE_ERROR");
}
