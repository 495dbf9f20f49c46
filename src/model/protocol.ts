/** What the encoder's caller and its thread share (see `encoder.ts`). */
export interface EncoderShared {
  /** The model folder, as a URL. */
  dir: string;
  /** One Int32: `WAITING`, then `DONE` or `FAILED`, set by the thread. */
  control: SharedArrayBuffer;
  /** The vector, `DIMENSIONS` float32s. */
  output: SharedArrayBuffer;
}

export const WAITING = 0;
export const DONE = 1;
export const FAILED = 2;
