import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMMENT_BODY_LIMIT,
  commentBudget,
  commentMarker,
  findStickyComments,
  stickyCommentBody,
  upsertStickyComment
} from "./chunk-3WSHO5UH.js";
import "./chunk-PDW6HMQT.js";
import "./chunk-I2J6S7FN.js";
import "./chunk-62SJ64MT.js";
import "./chunk-OG4VE27J.js";
export {
  COMMENT_BODY_LIMIT,
  commentBudget,
  commentMarker,
  findStickyComments,
  stickyCommentBody,
  upsertStickyComment
};
