/** A column's two sides made ready for the tests (sorted values or sketch CDFs; category table). */
export interface PreparedPair {
  name: string;
  kind: "numeric" | "categorical";
}
