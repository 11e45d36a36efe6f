import { planned } from "./planned.js";

planned("deploy");
