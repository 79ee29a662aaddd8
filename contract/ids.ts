import { z } from "zod";

/** 24 lowercase hex characters, as a MongoDB ObjectId prints. */
export const OBJECT_ID = /^[a-f0-9]{24}$/;
export const objectIdSchema = z.string().regex(OBJECT_ID);
export const PUBLIC_KEY = /^[a-z]{8}$/;
