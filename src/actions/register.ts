import { planned } from "./planned.js";

planned("register");
