import { describe, expect, it } from "vitest";
import { nextPath } from "./session-gates.tsx";

describe("nextPath", () => {
  it.each([
    ["?next=%2Fcontacts%3Fq%3Dada", "/contacts?q=ada"],
    ["", "/"],
    ["?next=https%3A%2F%2Fevil.example", "/"],
    ["?next=%2F%2Fevil.example", "/"],
    ["?next=%2F%5Cevil.example", "/"],
  ])("%s → %s", (search, expected) => {
    expect(nextPath(search)).toBe(expected);
  });
});
