import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMMENT_BODY_LIMIT,
  commentBudget,
  commentMarker,
  findStickyComments,
  stickyCommentBody,
  upsertStickyComment
} from "./chunk-Q6XWHT55.js";
import "./chunk-3HWKISYN.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-A4QG2QOJ.js";
import "./chunk-OG4VE27J.js";
export {
  COMMENT_BODY_LIMIT,
  commentBudget,
  commentMarker,
  findStickyComments,
  stickyCommentBody,
  upsertStickyComment
};
