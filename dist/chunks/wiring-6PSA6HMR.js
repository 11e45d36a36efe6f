import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  chooseDeployPorts,
  chooseDeployTarget,
  chooseDeploymentLog,
  chooseDriftPorts,
  choosePublisher,
  chooseRegistry,
  configuredChampion,
  deployDir,
  kitRoot
} from "./chunk-HDL5QZEC.js";
import "./chunk-OEO3WH64.js";
import "./chunk-RYEXQM2O.js";
import "./chunk-5EU7FAAZ.js";
import "./chunk-TK3KZ7H5.js";
import "./chunk-YGBQGAWD.js";
import "./chunk-DEFAIO2G.js";
import "./chunk-3WSHO5UH.js";
import "./chunk-PDW6HMQT.js";
import "./chunk-2VVLOP77.js";
import "./chunk-6O7DFYOK.js";
import "./chunk-EZI4AYPW.js";
import "./chunk-Z2KXVVDY.js";
import "./chunk-WLXISTF7.js";
import "./chunk-FW7P332B.js";
import "./chunk-EANIINQF.js";
import "./chunk-KZ2VNCYO.js";
import "./chunk-HZQMMYM6.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-FHBWZ2UA.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  chooseDeployPorts,
  chooseDeployTarget,
  chooseDeploymentLog,
  chooseDriftPorts,
  choosePublisher,
  chooseRegistry,
  configuredChampion,
  deployDir,
  kitRoot
};
