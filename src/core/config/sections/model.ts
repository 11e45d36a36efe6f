import * as z from "zod";

export const modelSection = z
  .strictObject({
    name: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9._-]*$/,
        "lowercase letters, digits, '.', '_' or '-', starting with a letter or digit",
      )
      .describe("Model name; used in the registry, the PR comment marker and the check run name."),
    task: z.enum(["classification", "regression"]).describe("What the model predicts."),
    label: z.string().min(1).describe("Target column in the data files."),
    features: z
      .array(z.string().min(1))
      .optional()
      .describe("Feature columns. Default: every column except the label and `ignore`."),
    ignore: z.array(z.string()).default([]).describe("Columns never used as features (ids, timestamps)."),
  })
  .describe("The model this repository trains and gates.");
export type ModelConfig = z.infer<typeof modelSection>;
