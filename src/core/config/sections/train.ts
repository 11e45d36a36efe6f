import * as z from "zod";

export const trainSection = z
  .strictObject({
    type: z.enum(["linear", "mlp"]).default("mlp").describe("Built-in model type."),
    hidden: z.array(z.number().int().positive()).default([64, 32]).describe("Hidden layer sizes (mlp)."),
    activation: z.enum(["relu", "tanh", "elu", "sigmoid"]).default("relu"),
    dropout: z.number().min(0).max(0.95).default(0),
    optimizer: z.enum(["adam", "sgd"]).default("adam"),
    learning_rate: z.number().positive().default(0.01),
    epochs: z.number().int().positive().default(50),
    batch_size: z.number().int().positive().default(64),
    validation_split: z.number().min(0).max(0.5).default(0.1),
    early_stopping: z
      .union([z.literal(false), z.strictObject({ patience: z.number().int().positive().default(5) })])
      .default({ patience: 5 })
      .describe("Stop when validation loss stops improving; `false` to disable."),
    class_weights: z
      .union([z.literal("balanced"), z.record(z.string(), z.number().positive())])
      .optional()
      .describe("`balanced` or a weight per class label."),
    seed: z.number().int().nonnegative().default(42),
    backend: z
      .enum(["auto", "tensorflow-gpu", "tensorflow", "webgpu", "wasm", "cpu"])
      .default("auto")
      .describe("tfjs backend; `auto` tries tensorflow-gpu → tensorflow → webgpu → wasm → cpu."),
    command: z
      .string()
      .optional()
      .describe("Bring your own framework: a command that trains and writes `$MLGATE_OUTPUT/model.onnx`."),
    timeout_minutes: z.number().positive().default(60).describe("Timeout for `command`."),
  })
  .describe("Training settings.");
export type TrainConfig = z.infer<typeof trainSection>;
