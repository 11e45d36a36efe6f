import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  choosePublisher,
  githubPublisher
} from "./chunk-SRGFHEG2.js";
import "./chunk-BYQ2RDAE.js";
import "./chunk-Q6XWHT55.js";
import "./chunk-3HWKISYN.js";
import "./chunk-E7DB23Y5.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-RPKHHJJJ.js";
import "./chunk-OG4VE27J.js";
export {
  choosePublisher,
  githubPublisher
};
