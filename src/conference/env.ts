import { z } from 'zod';

/** The conference to answer about: a folder under `data/`. Shared by the CLI and the server config. */
export const ConferenceIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'must be the name of a folder under data/ (lower-case letters, digits, dashes)')
  .default('kubecon-2017-austin');
