import * as z from "zod";

/** `serve:` in mlgate.yml — what `mlgate serve` accepts and where it logs what it scored. */
export const serveSection = z
  .strictObject({
    inference_log: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Directory for the inference log (JSON Lines, one scored row a line), relative to mlgate.yml. Unset: no log (unless --inference-log).",
      ),
    sample_rate: z
      .number()
      .min(0)
      .max(1)
      .default(1)
      .describe("Share of the scored rows written to the inference log (each row drawn independently)."),
    rotate_bytes: z
      .number()
      .int()
      .min(1024)
      .default(64 * 1024 * 1024)
      .describe("An inference log file is closed and a new one started once it reaches this size."),
    max_body_bytes: z
      .number()
      .int()
      .positive()
      .default(32 * 1024 * 1024)
      .describe("Largest request body accepted; a longer one gets 413."),
    max_rows: z
      .number()
      .int()
      .positive()
      .default(100_000)
      .describe("Most rows one request may score; more gets 413."),
  })
  .describe("serve: the model server (Open Inference Protocol v2 and KServe V1 REST).");
export type ServeConfig = z.infer<typeof serveSection>;
