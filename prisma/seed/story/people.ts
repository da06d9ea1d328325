/**
 * Whom Dana meets: peers from the support groups (the same few, every week),
 * then a connector (Ray, the plumber whose clients are the big offices in
 * town), insiders (office staff who know what is going on), hiring managers
 * met on the gala committee and at the association, a recruiter, and family.
 */
import type { CompanyStatus, Prisma, Relationship } from "@traction/db";
import { idOf, type Calendar, type Ids } from "./calendar.ts";

const COMPANIES: Array<{ key: string; name: string; priority: number; status: CompanyStatus; notes: string }> = [
  {
    key: "northwind",
    name: "Northwind Logistics",
    priority: 1,
    status: "INTERVIEWING",
    notes: "Regional 3PL, 600 staff. Ops analytics team of four.",
  },
  {
    key: "contoso",
    name: "Contoso Freight",
    priority: 1,
    status: "CONNECTED",
    notes: "Building a network-planning team this year.",
  },
  { key: "fabrikam", name: "Fabrikam Foods", priority: 2, status: "CLOSED", notes: "Hiring freeze until Q2 (Helen)." },
  {
    key: "tailspin",
    name: "Tailspin Distribution",
    priority: 3,
    status: "RESEARCHING",
    notes: "Helen's suggestion; new DC opening next spring.",
  },
];

interface Person {
  key: string;
  name: string;
  relationship: Relationship;
  /** Days ago she met them (the contact is recorded that evening). */
  metDaysAgo: number;
  metAt?: string;
  company?: string;
  title?: string;
  targetCompany?: string;
  email?: string;
  tags?: string[];
  notes?: string;
}

const PEOPLE: Person[] = [
  {
    key: "tom",
    name: "Tom Becker",
    relationship: "PEER_JOBSEEKER",
    metDaysAgo: 55,
    metAt: "circle1",
    title: "Former retail store manager",
    tags: ["support group"],
  },
  {
    key: "linda",
    name: "Linda Park",
    relationship: "PEER_JOBSEEKER",
    metDaysAgo: 55,
    metAt: "circle1",
    title: "Marketing coordinator",
    tags: ["support group"],
  },
  {
    key: "greg",
    name: "Greg Olsen",
    relationship: "PEER_JOBSEEKER",
    metDaysAgo: 52,
    metAt: "jobClub1",
    title: "Laid-off logistics supervisor",
    tags: ["support group"],
  },
  {
    key: "sam",
    name: "Sam Rivera",
    relationship: "FRIEND_FAMILY",
    metDaysAgo: 50,
    notes: "Brother-in-law. His neighbour works at Tailspin.",
  },
  {
    key: "janet",
    name: "Janet Cole",
    relationship: "OTHER",
    metDaysAgo: 39,
    metAt: "sorting1",
    company: "Harbor Food Bank",
    title: "Volunteer coordinator",
  },
  {
    key: "ray",
    name: "Ray Delgado",
    relationship: "CONNECTOR",
    metDaysAgo: 33,
    metAt: "breakfast1",
    company: "Delgado Plumbing",
    title: "Owner",
    email: "ray@delgadoplumbing.example",
    tags: ["plumber", "corporate clients"],
    notes: "Maintenance contracts with Northwind's and Contoso's offices. Knows the office managers by name.",
  },
  {
    key: "nina",
    name: "Nina Shah",
    relationship: "OTHER",
    metDaysAgo: 33,
    metAt: "breakfast1",
    company: "Shah Insurance",
    title: "Broker",
    tags: ["business breakfast"],
  },
  {
    key: "kevin",
    name: "Kevin Wu",
    relationship: "HIRING_MANAGER",
    metDaysAgo: 27,
    metAt: "scpa1",
    company: "Contoso Freight",
    title: "Analytics manager",
    targetCompany: "contoso",
    tags: ["association"],
  },
  {
    key: "maria",
    name: "Maria Lopez",
    relationship: "INSIDER",
    metDaysAgo: 26,
    metAt: "breakfast2",
    company: "Northwind Logistics",
    title: "Office manager",
    targetCompany: "northwind",
    email: "maria.lopez@northwind.example",
    notes: "Runs the office for the COO; hears about every opening before it is posted.",
  },
  {
    key: "helen",
    name: "Helen Brooks",
    relationship: "HIRING_MANAGER",
    metDaysAgo: 24,
    metAt: "committee1",
    company: "Fabrikam Foods",
    title: "VP Operations; food bank board chair",
    targetCompany: "fabrikam",
    tags: ["gala committee", "board"],
  },
  {
    key: "priya",
    name: "Priya Nair",
    relationship: "RECRUITER",
    metDaysAgo: 16,
    metAt: "meetup1",
    company: "Bluebird Talent",
    title: "Supply-chain recruiter",
  },
  {
    key: "denise",
    name: "Denise Harper",
    relationship: "INSIDER",
    metDaysAgo: 12,
    company: "Contoso Freight",
    title: "Executive assistant to the COO",
    targetCompany: "contoso",
    notes: "Introduced by Ray by email.",
  },
  {
    key: "marcus",
    name: "Marcus Lee",
    relationship: "OTHER",
    metDaysAgo: 10,
    metAt: "gala",
    company: "Tailspin Distribution",
    title: "CFO; gala sponsor",
    targetCompany: "tailspin",
  },
];

export async function seedPeople(tx: Prisma.TransactionClient, ownerId: string, cal: Calendar, places: Ids): Promise<Ids> {
  const ids: Ids = {};
  for (const [index, company] of COMPANIES.entries()) {
    const createdAt = cal.at(35 - index * 4, 10);
    const { key, ...fields } = company;
    ids[key] = (await tx.company.create({ data: { ownerId, ...fields, createdAt, updatedAt: createdAt } })).id;
  }
  for (const [index, person] of PEOPLE.entries()) {
    const createdAt = cal.at(person.metDaysAgo, 22 + index / 60);
    const row = await tx.contact.create({
      data: {
        ownerId,
        name: person.name,
        relationship: person.relationship,
        company: person.company ?? null,
        title: person.title ?? null,
        email: person.email ?? null,
        tags: person.tags ?? [],
        notes: person.notes ?? null,
        metAtEventId: person.metAt ? idOf(places, person.metAt) : null,
        companyId: person.targetCompany ? idOf(ids, person.targetCompany) : null,
        createdAt,
        updatedAt: createdAt,
      },
    });
    ids[person.key] = row.id;
  }
  return ids;
}
