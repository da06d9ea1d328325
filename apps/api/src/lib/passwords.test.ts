import { describe, expect, it } from "vitest";
import { DEMO_COACH, DEMO_JOBSEEKER, DEMO_PASSWORD } from "../../../../prisma/seed/demo-accounts.ts";
import { passwordProblem } from "./passwords.ts";

const ada = { email: "ada.lovelace@example.com", name: "Ada Lovelace" };

describe("passwordProblem", () => {
  it.each([
    ["password12", /common password/],
    ["1234567890", /common password/],
    ["qwertyuiop", /common password/],
    ["Password123!", /common password/],
    ["iloveyou12", /common password/],
    ["          ", /repeats/],
    ["aaaaaaaaaaaa", /repeats/],
    ["abababababab", /repeats/],
    ["abcdefghijkl", /sequence|common/],
    ["ada.lovelace@example.com", /email or your name/],
    ["ADA.LOVELACE", /email or your name/],
    ["adalovelace2026", /email or your name/],
    ["Ada Lovelace!!", /email or your name/],
    ["ecalevoladA", /email or your name/],
    ["lovelace-1815", /email or your name/],
  ])("refuses %j, saying why", (password, why) => {
    expect(passwordProblem(password, ada)).toMatch(why);
  });

  it.each([
    "correct horse battery",
    "long enough password",
    "bench password 2026",
    "correct horse 1a2b3c4d",
    DEMO_PASSWORD,
    "Ada's garden of 7 lemon trees",
  ])("accepts %j (the fixtures' and the demo's passwords among them)", (password) => {
    expect(passwordProblem(password, ada)).toBeNull();
  });

  it("accepts the demo password for the demo accounts", () => {
    expect(passwordProblem(DEMO_PASSWORD, DEMO_JOBSEEKER)).toBeNull();
    expect(passwordProblem(DEMO_PASSWORD, DEMO_COACH)).toBeNull();
  });
});
