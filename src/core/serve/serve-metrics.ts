import { Counter, Gauge, Histogram, Registry } from "./metrics.js";
import type { ScoredRows, ServedModel } from "./model.js";

/** Request latency buckets, in seconds: from a fraction of a millisecond (one row) to seconds (big batches). */
const LATENCY_BOUNDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Regression buckets in standard deviations of the training target around its mean. */
const Z_BOUNDS = [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3];

/** The server's metrics: what `GET /metrics` exposes. */
export class ServeMetrics {
  readonly registry = new Registry();
  readonly requests = this.registry.register(
    new Counter("mlgate_requests_total", "HTTP requests answered, by route and status code."),
  );
  readonly latency = this.registry.register(
    new Histogram("mlgate_request_duration_seconds", "Time to answer a request, by route.", LATENCY_BOUNDS),
  );
  readonly inFlight = this.registry.register(
    new Gauge("mlgate_requests_in_flight", "Requests being answered now."),
  );
  readonly rows = this.registry.register(new Counter("mlgate_rows_scored_total", "Rows the model scored."));
  readonly info = this.registry.register(
    new Gauge(
      "mlgate_model_info",
      "The model served: name, version (empty for a bundle directory) and digest.",
    ),
  );
  readonly classes?: Counter;
  readonly values?: Histogram;
  readonly logWritten = this.registry.register(
    new Counter("mlgate_inference_log_rows_total", "Rows written to the inference log."),
  );
  readonly logDropped = this.registry.register(
    new Counter(
      "mlgate_inference_log_dropped_total",
      "Rows the inference log dropped because its queue was full (responses never wait for the log).",
    ),
  );

  constructor(model: ServedModel) {
    const { name, version, digest } = model.identity;
    this.info.set(1, { model: name, version: version ?? "", digest });
    if (model.task === "classification") {
      this.classes = this.registry.register(
        new Counter("mlgate_predicted_class_total", "Rows predicted as each class."),
      );
      for (const c of model.classes) this.classes.touch({ class: c });
    } else {
      const target = model.manifest.preprocessing.target ?? { mean: 0, std: 1 };
      this.values = this.registry.register(
        new Histogram(
          "mlgate_prediction_value",
          "Predicted values (buckets at the training target's mean ± standard deviations).",
          Z_BOUNDS.map((z) => target.mean + z * target.std),
        ),
      );
      this.values.touch();
    }
    this.rows.touch();
    this.logWritten.touch();
    this.logDropped.touch();
    this.inFlight.set(0);
  }

  scored(result: ScoredRows): void {
    this.rows.inc({}, result.rows);
    if (result.task === "classification") {
      for (const label of result.labels) this.classes!.inc({ class: label });
    } else {
      for (const v of result.values) this.values!.observe(v);
    }
  }

  expose(): string {
    return this.registry.expose();
  }
}
