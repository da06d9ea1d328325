import { Prisma, type Company, type CompanyStatus } from "@traction/db";
import type { TCompany, TCreateCompany, TUpdateCompany } from "@traction/schemas";
import type { RecordSpec } from "../records/record-spec.ts";
import { INSIDER_COUNT } from "./count-insiders.ts";

interface CompanyQuery {
  status?: CompanyStatus;
  priority?: number;
}

export const companySpec: RecordSpec<Company, TCompany, TCreateCompany, TUpdateCompany, CompanyQuery> = {
  noun: "Company",
  model: (db) => db.company,
  table: { name: "Company", columns: Prisma.CompanyScalarFieldEnum },
  computed: { insiderCount: INSIDER_COUNT },
  filters: ({ status, priority }) => ({
    ...(status ? { status } : {}),
    ...(priority !== undefined ? { priority } : {}),
  }),
};
