import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  AlreadyExistsError,
  apiBaseUrl,
  defaultTiming,
  githubClient,
  githubError,
  isAlreadyExists,
  isRequestError,
  readActionsContext,
  requestErrorMessage,
  tokenFrom,
  unlessNotFound
} from "./chunk-PDW6HMQT.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  AlreadyExistsError,
  apiBaseUrl,
  defaultTiming,
  githubClient,
  githubError,
  isAlreadyExists,
  isRequestError,
  readActionsContext,
  requestErrorMessage,
  tokenFrom,
  unlessNotFound
};
