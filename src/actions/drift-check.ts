import { planned } from "./planned.js";

planned("drift-check");
