import type { Company, CompanyStatus } from "@traction/db";
import type { TCompany, TCreateCompany, TUpdateCompany } from "@traction/schemas";
import type { RecordSpec } from "../records/record-spec.ts";
import { countInsiders } from "./count-insiders.ts";

interface CompanyQuery {
  status?: CompanyStatus;
  priority?: number;
}

export const companySpec: RecordSpec<Company, TCompany, TCreateCompany, TUpdateCompany, CompanyQuery> = {
  noun: "Company",
  model: (db) => db.company,
  filters: ({ status, priority }) => ({
    ...(status ? { status } : {}),
    ...(priority !== undefined ? { priority } : {}),
  }),
  present: async (db, ownerId, rows) => {
    const insiders = await countInsiders(
      db,
      ownerId,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({ ...row, insiderCount: insiders.get(row.id) ?? 0 }));
  },
};
