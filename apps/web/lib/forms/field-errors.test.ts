import { describe, expect, it } from "vitest";
import { describeError, fromProblem } from "./field-errors.ts";

const base = { type: "urn:traction:problem:validation-failed", title: "Bad Request", status: 400, detail: "The body is invalid" };

describe("fromProblem", () => {
  it("puts errors for this form's fields next to them, the first message per field", () => {
    const errors = fromProblem(
      {
        ...base,
        errors: [
          { path: "email", message: "is taken" },
          { path: "email", message: "is long" },
        ],
      },
      ["email", "password"],
    );
    expect(errors).toEqual({ fields: { email: "is taken" }, form: null });
  });

  it("keeps errors for fields the form does not have, so nothing is lost", () => {
    const errors = fromProblem({ ...base, errors: [{ path: "(body)", message: "is not JSON" }] }, ["email"]);
    expect(errors).toEqual({ fields: {}, form: "The body is invalid. (body) is not JSON" });
  });

  it("uses the detail when no field is named", () => {
    expect(fromProblem({ ...base, status: 429, detail: "Too many attempts" }, ["email"]).form).toBe("Too many attempts");
  });
});

describe("describeError", () => {
  it("reads the API's lower-case messages after the label and leaves sentences alone", () => {
    expect(describeError("Email", "must be an email address")).toBe("Email must be an email address");
    expect(describeError("Name", "At most 120 characters")).toBe("At most 120 characters");
  });
});
